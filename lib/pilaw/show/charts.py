"""The course's charts as Vega-Lite v5 specifications: plain dicts built in Python, drawn by the notebook front end.

JupyterLab, Voila and JupyterLite render the mime type :data:`MIME` themselves, so no plotting library is
imported, here or in the kernel, and the charts work in the no-install site too. ``"$schema"`` is only a
name: nothing is fetched. :func:`pilaw.show.course.plot` shows a chart; :func:`bundle` is what it displays.

* :func:`roster_uniqueness` — people by class size (unique in red), and unique people as columns are added
  (:func:`pilaw.teaching.roster.uniqueness`, :func:`pilaw.teaching.roster.growth`; notebook 01 and its combination calculator).
* :func:`claims_and_awards` — published cases: award against claim, log scale, each point labelled
  (:func:`pilaw.teaching.cases.cases`; notebook 05).
* :func:`routes_diagram` — who answers on which route, coloured by status (:func:`pilaw.teaching.routes.engaged`; notebook 06).
* :func:`ratio_growth` — the ratio to the standard of art. 5 of the 2017 interpretation, and a case's shares
  (:func:`pilaw.rules.criminal.pi_severity`; notebook 08).
* :func:`pipl66_caps` — PIPL art. 66 para. 2: the two caps of a serious case against turnover, where they
  cross, and (as commentary, not text) "whichever is higher" (:func:`pilaw.rules.administrative.pipl_serious_caps`;
  notebook 10).

Every number drawn comes from a library function; none is computed here. Amounts are exact (Decimal,
Fraction) everywhere else in pilaw; a chart turns them into floats only to place marks (see :func:`_num`),
while every label shows the exact text (:func:`pilaw.law.money.format_yuan`). Each spec is at most
:data:`WIDTH` pixels wide (a 1280×720 projector) and carries a one-line ``description``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from pilaw.law.errors import InputError
from pilaw.law.money import format_yuan, parse_yuan, yuan_zh
from pilaw.law.text import date_zh, percent_text
from pilaw.rules import administrative
from pilaw.rules.administrative import pipl_serious_caps
from pilaw.show.theme import AMBER, BLUE, BORDER_GREY, CHART_WIDTH, GREEN, LIGHT_GREY, PALE_BLUE, RED, TEXT_GREY
from pilaw.teaching import roster
from pilaw.teaching.examples import LI_SI_COUNTS, LI_SI_DAY

__all__ = [
    "MIME",
    "SCHEMA",
    "WIDTH",
    "bundle",
    "claims_and_awards",
    "crossing_turnover",
    "pipl66_cap_words",
    "pipl66_caps",
    "ratio_growth",
    "roster_uniqueness",
    "routes_diagram",
]

Spec = dict[str, Any]  # a Vega-Lite specification, as JSON-ready Python
MIME = "application/vnd.vegalite.v5+json"
SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"  # a name only: nothing is fetched
WIDTH = CHART_WIDTH  # pixels, everything included (pilaw.show.theme): fits a notebook's output area on a projector
FIT = {"type": "fit", "contains": "padding"}  # a single or layered view: WIDTH is the whole chart
FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
CONFIG = {
    "font": FONT,
    "title": {"fontSize": 13, "subtitleFontSize": 11, "subtitleColor": TEXT_GREY},
    "axis": {"labelFontSize": 10, "titleFontSize": 11},
    "legend": {"labelFontSize": 10, "labelLimit": 420},
    "view": {"stroke": BORDER_GREY},
}

GREY = LIGHT_GREY  # a chart's grey (guides, a reading that is not the text); every colour is pilaw.show.theme's
MILLION = Decimal(10) ** 6  # plotting unit of the PIPL chart: 百万元 (million yuan) — a unit, not a legal figure
LOG_SPAN = Decimal(10) ** 4  # a log plot starts four decades below its right end unless told otherwise
LINEAR_HEADROOM, LOG_HEADROOM = 1.5, 30  # room above the lines for the legend (layout, not law)


def _num(value: Decimal | Fraction | int) -> float:
    """An exact amount or ratio as a float, for placing a mark only: a chart needs a number on an axis.
    Labels and every computation keep the exact value (Decimal → float is allowed here, for drawing)."""
    return float(value)


def _spec(description: str, title: object, body: Mapping[str, Any]) -> Spec:
    return {"$schema": SCHEMA, "description": description, "title": title, "config": CONFIG, **body}


def bundle(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The display bundle of a chart: the spec under :data:`MIME`, and its one-line description as plain text."""
    return {MIME: dict(spec), "text/plain": spec["description"]}


def _both(zh: str, en: str) -> str:
    return f"{zh} · {en}"


def _decades(low: float, high: float) -> list[float]:
    """The powers of ten from ``low`` to ``high``: the ticks of a log axis (one label and one grid line a decade)."""
    ticks, tick = [], 10.0 ** math.floor(math.log10(low))
    while tick <= high * 1.000001:
        if tick >= low * 0.999999:
            ticks.append(tick)
        tick *= 10
    return ticks


# ------------------------------------------------------------------------------------------------ notebook 01: roster


def roster_uniqueness(columns: Iterable[str] | str, size: int | str = roster.DEFAULT_SIZE) -> Spec:
    """Two panels from :func:`pilaw.teaching.roster.uniqueness` and :func:`pilaw.teaching.roster.growth` (Civil Code art. 1034
    para. 2, identification in combination with other information). Left: people by class size — a class of 1
    (in red) is a person the release singles out. Right: unique people as the columns are added one at a time,
    in the order given."""
    columns = [columns] if isinstance(columns, str) else list(columns) if isinstance(columns, Iterable) else columns
    result = roster.uniqueness(columns, size)
    steps = roster.growth(columns, size) if result.columns else ()
    bars = [{"size": str(s), "people": p, "unique": s == 1} for s, p in result.people_by_class_size]
    added = [{"column": f"+ {roster.COLUMNS[c][0]} {roster.COLUMNS[c][1]}", "unique": u} for c, u in steps]
    size_title = _both("组的大小（公开值相同的人数）", "class size (people sharing the released values)")
    left = {
        "name": "class_sizes",
        "width": 370,
        "height": 240,
        "title": f"唯一可识别 unique: {result.unique} / {result.people} · k = {result.k}",
        "data": {"values": bars},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "size", "type": "ordinal", "sort": None, "title": size_title, "axis": {"labelAngle": 0}},
            "y": {"field": "people", "type": "quantitative", "title": _both("人数", "people")},
            "color": {"condition": {"test": "datum.unique", "value": RED}, "value": PALE_BLUE},
        },
    }
    right = {
        "name": "growth",
        "width": 230,
        "height": 240,
        "title": _both("逐列增加", "adding columns, one at a time"),
        "data": {"values": added},
        "mark": {"type": "line", "point": {"color": RED}, "color": RED, "tooltip": True},
        "encoding": {
            "x": {
                "field": "column",
                "type": "ordinal",
                "sort": None,
                "title": None,
                "axis": {"labelAngle": -30, "labelLimit": 140},
            },
            "y": {
                "field": "unique",
                "type": "quantitative",
                "title": _both("可被唯一识别的人数", "unique people"),
                "scale": {"domain": [0, result.people]},
            },
        },
    }
    description = (
        f"Chart: releasing {', '.join(roster.COLUMNS[c][1] for c in result.columns) or 'no column'} "
        f"singles out {result.unique} of {result.people} people (k = {result.k})."
    )
    title = {
        "text": _both(
            "每多公开一列，可被唯一识别的人只增不减", "Each column released can only add people who stand out"
        ),
        "subtitle": _both("虚构花名册", f"fictional roster of {result.people}"),
    }
    return _spec(description, title, {"hconcat": [left, right], "spacing": 24})


# ------------------------------------------------------------------------------------------ notebook 05: compensation


def claims_and_awards() -> Spec:
    """Published cases (:func:`pilaw.teaching.cases.cases`): the amount awarded against the amount claimed, log scale, each
    point labelled with its case id. Left: cases with a stated claim, with the line award = claim. Right: awards
    with no stated claim, in order of size. Hollow markers and "≈" mark an approximate award. Dashed lines: the
    source page's 500 and 3,000 yuan (what the page claims, not law; :func:`pilaw.rules.compensation.page_claim`). Cases
    that cannot be drawn on a log scale (award not stated, or nothing awarded) are named in the subtitle."""
    from pilaw.rules.compensation import page_claim
    from pilaw.teaching.cases import KINDS, Case, cases

    page = page_claim()
    every = cases()
    drawable = [c for c in every if c.awarded is not None and c.awarded > 0]
    with_claim = [c for c in drawable if c.claimed is not None and c.claimed > 0]
    without = sorted((c for c in drawable if c not in with_claim), key=lambda c: c.awarded or 0)
    left_out = [c for c in every if c not in drawable]
    kinds = ("individual", "public_interest")
    kind_label = {k: _both(KINDS[k]["zh"], KINDS[k]["en"]) for k in kinds}

    def row(c: Case) -> dict[str, Any]:
        assert c.awarded is not None  # only drawable cases are drawn
        return {
            "id": c.id,
            "label": ("≈" if c.awarded_approximate else "") + c.id,
            "name": c.name_en,
            "kind": kind_label[c.kind],
            "approximate": c.awarded_approximate,
            "claimed": None if c.claimed is None else _num(c.claimed),
            "awarded": _num(c.awarded),
            "claimed_yuan": "未说明 not stated" if c.claimed is None else format_yuan(c.claimed),
            "awarded_yuan": ("≈ " if c.awarded_approximate else "") + format_yuan(c.awarded),
        }

    amounts = [a for a in (*(c.claimed for c in with_claim), *(c.awarded for c in drawable)) if a is not None]
    low, high = _num(min([*amounts, page.property_floor])) / 2, _num(max(amounts)) * 3  # margins (layout)
    log_scale = {"type": "log", "domain": [low, high]}
    log_axis = {"format": ",~f", "values": _decades(low, high)}
    awarded_y = {
        "field": "awarded",
        "type": "quantitative",
        "scale": log_scale,
        "axis": log_axis,
        "title": _both("判赔金额（元，对数刻度）", "amount awarded (yuan, log scale)"),
    }
    colour = {
        "field": "kind",
        "type": "nominal",
        "title": None,
        "scale": {"domain": [kind_label[k] for k in kinds], "range": [BLUE, RED]},
        "legend": {"orient": "top-left", "fillColor": "white", "padding": 4},
    }
    shape = {
        "field": "kind",
        "type": "nominal",
        "scale": {"domain": [kind_label[k] for k in kinds], "range": ["circle", "square"]},
    }
    tooltip = [
        {"field": "id"},
        {"field": "name", "title": "case"},
        {"field": "claimed_yuan", "title": "claimed (yuan)"},
        {"field": "awarded_yuan", "title": "awarded (yuan)"},
    ]
    floors = [
        {
            "amount": _num(page.property_floor),
            "zh": f"网页所称 ≥ {format_yuan(page.property_floor)}（不是法律）",
            "en": f"page claims ≥ {format_yuan(page.property_floor)} (not law)",
        },
        {
            "amount": _num(page.mental_floor),
            "zh": f"网页所称精神损害 ≥ {format_yuan(page.mental_floor)}（不是法律）",
            "en": f"page claims ≥ {format_yuan(page.mental_floor)} mental (not law)",
        },
    ]

    def floor_rules(panel: str) -> dict[str, Any]:
        return {
            "name": f"{panel}_page_floors",
            "data": {"values": floors},
            "mark": {"type": "rule", "color": AMBER, "strokeDash": [5, 3]},
            "encoding": {"y": {"field": "amount", "type": "quantitative", "scale": log_scale}},
        }

    def points(panel: str, rows: list[dict[str, Any]], x: dict[str, Any]) -> dict[str, Any]:
        encoding = {"x": x, "y": awarded_y, "color": colour, "shape": shape, "tooltip": tooltip}
        return {
            "data": {"values": rows},
            "layer": [
                {
                    "name": f"{panel}_cases",
                    "mark": {"type": "point", "filled": True, "size": 60, "opacity": 1},
                    "transform": [{"filter": "!datum.approximate"}],
                    "encoding": encoding,
                },
                {
                    "name": f"{panel}_approximate",
                    "mark": {"type": "point", "filled": False, "size": 60, "strokeWidth": 1.5},
                    "transform": [{"filter": "datum.approximate"}],
                    "encoding": encoding,
                },
                {
                    "name": f"{panel}_labels",
                    "mark": {"type": "text", "align": "left", "dx": 6, "dy": -6, "fontSize": 10},
                    "encoding": {"x": x, "y": awarded_y, "text": {"field": "label"}},
                },
            ],
        }

    claimed_x = {
        "field": "claimed",
        "type": "quantitative",
        "scale": log_scale,
        "axis": log_axis,
        "title": _both("主张金额（元，对数刻度）", "amount claimed (yuan, log scale)"),
    }
    ends = [
        {"claimed": low, "awarded": low, "text": ""},
        {"claimed": high, "awarded": high, "text": "判赔 = 主张 award = claim"},
    ]
    diagonal = {
        "data": {"values": ends},
        "layer": [
            {
                "name": "award_equals_claim",
                "mark": {"type": "line", "color": GREY, "strokeDash": [2, 2], "strokeWidth": 1},
                "encoding": {"x": claimed_x, "y": awarded_y},
            },
            {
                "mark": {
                    "type": "text",
                    "align": "right",
                    "baseline": "top",
                    "dx": -4,
                    "dy": 4,
                    "color": GREY,
                    "fontSize": 10,
                },
                "encoding": {"x": claimed_x, "y": awarded_y, "text": {"field": "text"}},
            },
        ],
    }
    left = {
        "width": 230,
        "height": 320,
        "title": _both("有明确主张", "claim stated"),
        "layer": [floor_rules("claimed"), diagonal, points("claimed", [row(c) for c in with_claim], claimed_x)],
    }
    case_x = {
        "field": "id",
        "type": "ordinal",
        "sort": None,
        "axis": {"labelAngle": 0},
        "title": ["未说明主张的案件，按判赔金额排序", "cases with no stated claim, by award"],
    }
    floor_texts = [
        {
            "data": {"values": floors},
            "mark": {
                "type": "text",
                "align": "left",
                "baseline": baseline,
                "x": 0,
                "dx": 2,
                "dy": dy,
                "color": AMBER,
                "fontSize": 10,
            },
            "encoding": {"y": {"field": "amount", "type": "quantitative", "scale": log_scale}, "text": {"field": line}},
        }
        for line, baseline, dy in (("zh", "bottom", -2), ("en", "top", 2))
    ]
    right = {
        "width": 300,
        "height": 320,
        "title": _both("未说明主张", "no claim stated"),
        "layer": [floor_rules("unclaimed"), *floor_texts, points("unclaimed", [row(c) for c in without], case_x)],
    }
    not_drawn = [
        f"{c.id}: "
        + (
            "未说明判赔 award not stated"
            if c.awarded is None
            else "无主张、无判赔 nothing claimed, nothing awarded"
            if not c.claimed
            else "无判赔 nothing awarded"
        )
        for c in left_out
    ] or ["—"]
    title = {
        "text": _both(
            "已公开的个人信息案件：主张与判赔（元）", "Published personal-information cases: claims and awards (yuan)"
        ),
        "subtitle": [
            "空心点与 “≈”：约数 · hollow point and “≈”: approximate award",
            "未画出（对数刻度无法显示） · not drawn (no award on a log scale): " + not_drawn[0],
            *not_drawn[1:],
        ],
    }
    description = (
        f"Chart: claims and awards in {len(drawable)} published cases (log scale), beside the page's "
        f"{format_yuan(page.property_floor)} and {format_yuan(page.mental_floor)} yuan (not law)."
    )
    return _spec(description, title, {"hconcat": [left, right], "spacing": 16})


# ------------------------------------------------------------------------------------------------ notebook 06: routes

DIAGRAM_PARTY = {
    "leaker": ("泄露者", "the leaker"),
    "holder": ("持有单位（雇主）", "the holder (employer)"),
    "recipient": ("接收者", "the recipient"),
}
ROW_HEIGHT = 42  # pixels per card row (layout, not law)


def routes_diagram(result: object = None) -> dict[str, Any]:
    """The decision map of :func:`pilaw.teaching.routes.engaged` as a picture: parties down, routes across, one card per
    engagement and party, coloured by status (red engaged, amber open, grey not engaged). Each card's ``key`` is
    ``"<engagement key>@<party>"``. ``result``: a :class:`pilaw.teaching.routes.Routes`; default 赵六's case
    (:func:`pilaw.teaching.routes.example`). Colours and marks are the HTML matrix's (:data:`pilaw.show.theme.STATUS_COLOURS`)."""
    from pilaw.show.theme import STATUS_COLOURS, STATUS_MARKS
    from pilaw.teaching.routes import Party, Routes, Status, example

    result = example() if result is None else result
    if not isinstance(result, Routes):
        raise InputError(
            "result", "需要 engaged() 的结果", f"needs the Routes engaged() returns, not {type(result).__name__}"
        )
    parties = [p for p in Party if any(p in e.targets for e in result.engagements)]
    status_label = {s: _both(*s.short) for s in Status}
    cards, labels, separators = [], [], []
    top = 0
    for party in parties:
        rows = max(1, *(len([e for e in r.engagements if party in e.targets]) for r in result.routes))
        zh, en = DIAGRAM_PARTY[party.value]
        labels += [
            {"x": -0.97, "y": top + rows / 2 - 0.2, "text": zh},
            {"x": -0.97, "y": top + rows / 2 + 0.2, "text": en},
        ]
        separators.append({"y": top})
        for i, route in enumerate(result.routes):
            for k, e in enumerate(e for e in route.engagements if party in e.targets):
                cards.append(
                    {
                        "key": f"{e.key}@{party.value}",
                        "route": route.title_en,
                        "party": party.value,
                        "status": status_label[e.status],
                        "engaged": e.status is Status.ENGAGED,
                        "x": i + 0.02,
                        "x2": i + 0.98,
                        "y": top + k + 0.08,
                        "y2": top + k + 0.92,
                        "tx": i + 0.05,
                        "zh_y": top + k + 0.3,
                        "en_y": top + k + 0.7,
                        "zh": f"{STATUS_MARKS[e.status.value]} {e.title_zh}",
                        "en": e.title_en,
                    }
                )
        top += rows
    heads = [{"x": i + 0.5, "y": -0.5, "text": _both(r.title_zh, r.title_en)} for i, r in enumerate(result.routes)]
    n = len(result.routes)
    x = {"type": "quantitative", "scale": {"domain": [-1, n]}, "axis": None}
    y = {"type": "quantitative", "scale": {"domain": [top, -1]}, "axis": None}
    colour = {
        "field": "status",
        "type": "nominal",
        "title": None,
        "scale": {"domain": [status_label[s] for s in Status], "range": [STATUS_COLOURS[s.value] for s in Status]},
        "legend": {"orient": "bottom", "direction": "horizontal", "symbolType": "square"},
    }
    card_layer = {
        "name": "cards",
        "data": {"values": cards},
        "mark": {"type": "rect", "cornerRadius": 4, "strokeWidth": 1.2},
        "encoding": {
            "x": {"field": "x", **x},
            "x2": {"field": "x2"},
            "y": {"field": "y", **y},
            "y2": {"field": "y2"},
            "fill": colour,
            "stroke": colour,
            "fillOpacity": {"condition": {"test": "datum.engaged", "value": 0.3}, "value": 0.15},
            "tooltip": [
                {"field": "route"},
                {"field": "zh", "title": "中文"},
                {"field": "en", "title": "English"},
                {"field": "status"},
            ],
        },
    }
    limit = WIDTH / (n + 1) * 0.9  # a card's width in pixels, about: longer titles end in "…" (the tooltip has them)
    card_text = [
        {
            "data": {"values": cards},
            "mark": {"type": "text", "align": "left", "baseline": "middle", "fontSize": 10, "limit": limit},
            "encoding": {"x": {"field": "tx", **x}, "y": {"field": f"{line}_y", **y}, "text": {"field": line}},
        }
        for line in ("zh", "en")
    ]
    head_text = {
        "data": {"values": heads},
        "mark": {"type": "text", "fontWeight": "bold", "fontSize": 12},
        "encoding": {"x": {"field": "x", **x}, "y": {"field": "y", **y}, "text": {"field": "text"}},
    }
    party_text = {
        "data": {"values": labels},
        "mark": {"type": "text", "align": "left", "baseline": "middle", "fontWeight": "bold", "fontSize": 11},
        "encoding": {"x": {"field": "x", **x}, "y": {"field": "y", **y}, "text": {"field": "text"}},
    }
    rules = {
        "data": {"values": separators},
        "mark": {"type": "rule", "color": "#ddd"},
        "encoding": {"y": {"field": "y", **y}},
    }
    engaged = [c["key"] for c in cards if c["engaged"]]
    description = (
        f"Diagram: routes engaged by the facts of {result.on.isoformat()} — "
        f"{', '.join(engaged) or 'none'} engaged; {len(cards)} cards in all."
    )
    title = {
        "text": _both("谁在哪条路径上承担责任", "Who answers on which route"),
        "subtitle": _both(f"行为日期 {date_zh(result.on)}", f"date of the conduct {result.on.isoformat()}"),
    }
    return _spec(
        description,
        title,
        {
            "width": WIDTH,
            "height": (top + 1) * ROW_HEIGHT,
            "autosize": FIT,
            "view": {"stroke": None},
            "layer": [rules, card_layer, *card_text, head_text, party_text],
        },
    )


# -------------------------------------------------------------------------------------- notebook 08: severity ratio

GROUP_COLOURS = {"sensitive": RED, "safety": BLUE, "other": GREEN}
#: one category stands for its group on the left panel (all categories of a group share the standard)
GROUP_EXAMPLE = {"sensitive": "credit", "safety": "transaction", "other": "other"}
GROUP_NAMES = {"sensitive": ("征信等", "credit …"), "safety": ("交易等", "transaction …"), "other": ("其他", "other")}


def ratio_growth(
    counts: Mapping[str, object] | None = None, *, insider: bool = False, on: object = None
) -> dict[str, Any]:
    """Two panels from :func:`pilaw.rules.criminal.pi_severity` (art. 5 of the
    2017 interpretation). Left: the ratio to the standard against the pieces of one group (log-log: each group is a
    straight line; it reaches 1 = 情节严重 at 50, 500 or 5,000 pieces and the tenfold line at ten times that).
    Right: this case's shares stacked into its combined ratio (art. 5 para. 1 item 6). Defaults: 李四's
    35 credit and 150 transaction records, on the notebook's date."""
    from pilaw.law.inputs import parse_date
    from pilaw.law.text import fraction_text
    from pilaw.rules.criminal import CATEGORIES, CATEGORY_LABELS, pi_severity, pi_threshold_table

    day = parse_date(LI_SI_DAY if on is None else on, "on 行为日期", allow_text=False)
    case = pi_severity(LI_SI_COUNTS if counts is None else counts, insider=insider, on=day)
    table = pi_threshold_table(day)
    rows = {row.key: row for row in table.rows}
    multiple = Fraction(table.multiple.value)
    biggest = max(rows[group].serious for group in GROUP_EXAMPLE)
    xs = [1, int(biggest * multiple * 2)]  # from one piece to twice the largest tenfold standard (layout, not law)
    lines: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    for group, example in GROUP_EXAMPLE.items():
        ratios = [pi_severity({example: x}, insider=insider, on=day).ratio for x in xs]
        standard = Fraction(xs[0]) / ratios[0]
        item_zh, item_en = rows[group].item_zh, rows[group].item_en
        zh, en = GROUP_NAMES[group]
        names[group] = f"{item_zh} {zh} {fraction_text(standard)}条 · {item_en}, {en} {fraction_text(standard)}"
        lines += [
            {"group": group, "label": names[group], "pieces": x, "ratio": _num(r), "ratio_text": fraction_text(r)}
            for x, r in zip(xs, ratios, strict=False)
        ]
    levels: list[dict[str, Any]] = [
        {"level": "serious", "ratio": 1, "colour": AMBER, "text": _both("情节严重", "serious")},
        {
            "level": "especially_serious",
            "ratio": _num(multiple),
            "colour": RED,
            "text": _both("情节特别严重", "especially serious"),
        },
    ]

    def level_rules(panel: str, shown: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "name": f"{panel}_levels",
            "data": {"values": shown},
            "mark": {"type": "rule", "strokeDash": [5, 3]},
            "encoding": {
                "y": {"field": "ratio", "type": "quantitative"},
                "color": {"field": "colour", "type": "nominal", "scale": None},
            },
        }

    low, high = min(v["ratio"] for v in lines), max(v["ratio"] for v in lines)
    ratio_title = _both("与标准之比", "ratio to the standard")
    left = {
        "width": 400,
        "height": 280,
        "title": _both("内部人员（标准减半）", "insider (half the standards)")
        if insider
        else _both("按类别增长", "growth by category"),
        "layer": [
            {
                "name": "groups",
                "data": {"values": lines},
                "mark": {"type": "line", "strokeWidth": 2},
                "encoding": {
                    "x": {
                        "field": "pieces",
                        "type": "quantitative",
                        "scale": {"type": "log"},
                        "axis": {"format": ",~f", "values": _decades(xs[0], xs[-1])},
                        "title": _both("条数", "pieces"),
                    },
                    "y": {
                        "field": "ratio",
                        "type": "quantitative",
                        "scale": {"type": "log"},
                        "axis": {"format": ",~f", "values": _decades(low, high)},
                        "title": ratio_title,
                    },
                    "color": {
                        "field": "label",
                        "type": "nominal",
                        "title": None,
                        "scale": {"domain": list(names.values()), "range": list(GROUP_COLOURS.values())},
                        "legend": {"orient": "top-left", "fillColor": "white", "padding": 4, "labelLimit": 300},
                    },
                    "tooltip": [
                        {"field": "label", "title": "group"},
                        {"field": "pieces", "format": ","},
                        {"field": "ratio_text", "title": "ratio"},
                    ],
                },
            },
            level_rules("growth", levels),
            {
                "data": {"values": levels},
                "mark": {"type": "text", "align": "left", "baseline": "bottom", "x": 0, "dx": 4, "dy": -2},
                "encoding": {
                    "y": {"field": "ratio", "type": "quantitative"},
                    "text": {"field": "text"},
                    "color": {"field": "colour", "type": "nominal", "scale": None},
                },
            },
        ],
    }
    shares: list[dict[str, Any]] = []
    for order, share in enumerate(case.shares):
        zh, en = CATEGORY_LABELS[share.category]
        shares.append(
            {
                "order": order,
                "expression": case.expression,
                "group": CATEGORIES[share.category][0],
                "label": f"{zh} {en} {share.text}",
                "fraction": _num(share.fraction),
            }
        )
    total = sum((share.fraction for share in case.shares), Fraction(0))
    top = _num(max(total, Fraction(1))) * 1.35  # headroom for the legend (layout, not law)
    right = {
        "width": 150,
        "height": 280,
        "title": _both("本案合计", "this case"),
        "layer": [
            {
                "name": "shares",
                "data": {"values": shares},
                "mark": {"type": "bar", "stroke": "white", "tooltip": True},
                "encoding": {
                    "x": {
                        "field": "expression",
                        "type": "nominal",
                        "title": None,
                        "axis": {"labelAngle": 0, "labelLimit": 220},
                    },
                    "y": {
                        "field": "fraction",
                        "type": "quantitative",
                        "stack": "zero",
                        "title": ratio_title,
                        "scale": {"domain": [0, top]},
                    },
                    "order": {"field": "order"},
                    "color": {
                        "field": "label",
                        "type": "nominal",
                        "title": None,
                        "sort": None,
                        "scale": {
                            "domain": [s["label"] for s in shares],
                            "range": [GROUP_COLOURS[s["group"]] for s in shares],
                        },
                        "legend": {"orient": "top", "direction": "vertical", "labelLimit": 220},
                    },
                },
            },
            level_rules("case", [v for v in levels if v["ratio"] <= top]),
        ],
    }
    description = (
        f"Chart: the ratio to the standard grows with the pieces of each group; this case: {case.expression} "
        f"({case.severity.en})."
    )
    title = {
        "text": _both(
            "侵犯公民个人信息罪：条数与“情节严重”", "The personal-information crime: pieces and 'serious circumstances'"
        ),
        "subtitle": _both(f"行为日期 {date_zh(day)}", f"date of the conduct {day.isoformat()}"),
    }
    return _spec(
        description,
        title,
        {"hconcat": [left, right], "spacing": 30, "resolve": {"scale": {"color": "independent", "y": "independent"}}},
    )


# ----------------------------------------------------------------------------------------------- notebook 10: PIPL 66


def crossing_turnover(on: object = None) -> Decimal:
    """The turnover at which the two serious-case caps of PIPL art. 66 para. 2 are equal (1,000,000,000 yuan):
    :func:`pilaw.rules.administrative.pipl_crossing_turnover`. Below it the fixed cap is the larger, above it the
    turnover cap."""
    return administrative.pipl_crossing_turnover(on)


def pipl66_cap_words(on: object = None) -> str:
    """The words of the serious-case cap (PIPL art. 66 para. 2): :func:`pilaw.rules.administrative.pipl66_cap_words`."""
    return administrative.pipl66_cap_words(on)


def _positive(value: object, field: str) -> Decimal:
    amount = parse_yuan(value, field)
    if amount <= 0:
        raise InputError(field, "须大于0", "must be more than 0")
    return amount


def pipl66_caps(
    max_turnover: object = "3,000,000,000",
    *,
    mark: object = None,
    mark_label: str = "",
    log: bool = False,
    min_turnover: object = None,
    on: object = None,
) -> Spec:
    """PIPL art. 66 para. 2's two caps of a serious case against the previous year's turnover.

    Series (``key`` of each point of the ``caps`` layer): ``fixed_cap`` — the fixed 50,000,000 yuan cap;
    ``turnover_cap`` — 5 % of turnover; ``higher_reading`` — "whichever is higher", drawn faint and dashed
    because it is a commentary reading, not the text (which says "或者", or). Layer ``crossing`` — the point where
    the caps meet (1,000,000,000 yuan turnover), when it lies in the plotted range; layer ``mark`` — an optional
    company's turnover (``mark``, named ``mark_label``) with its two caps.

    ``max_turnover``: the right end of the turnover axis (yuan). ``log``: log-log axes (then the left end is
    ``min_turnover``, default four decades below the right end). ``on``: date of the conduct (default today).
    Amounts are plotted in 百万元 (million yuan); every label gives the exact yuan.
    """
    if not isinstance(log, bool):
        raise InputError("log", "须为 True 或 False", f"must be True or False, not {log!r}")
    right = _positive(max_turnover, "最大营业额 max_turnover")
    marked = None if mark is None else parse_yuan(mark, "标出的营业额 mark")
    if marked is not None:
        right = max(right, marked)
    if log:
        left = right / LOG_SPAN if min_turnover is None else _positive(min_turnover, "最小营业额 min_turnover")
        if marked is not None and marked > 0:
            left = min(left, marked)
    else:
        left = Decimal(0) if min_turnover is None else parse_yuan(min_turnover, "最小营业额 min_turnover")
    if left >= right:
        raise InputError("最小营业额 min_turnover", "须小于最大营业额", "must be less than max_turnover")

    fixed, _cap, _higher, _lower = pipl_serious_caps(right, on=on)
    cross = crossing_turnover(on)
    xs = [left] + ([cross] if left < cross < right else []) + [right]
    caps = [pipl_serious_caps(x, on=on) for x in xs]
    ratio_text = percent_text(administrative.pipl_serious_ratio(on))
    quoted = pipl66_cap_words(on)

    def m(amount: Decimal) -> float:  # drawing only, in million yuan: exact amounts stay Decimal everywhere else
        return _num(amount / MILLION)

    series = {  # key → (label, colour, dash, width, opacity, which of the four caps)
        "higher_reading": (
            _both("取较高者（学界的理解，不是条文用语）", "whichever is higher (commentary reading, not the text)"),
            GREY,
            [6, 3],
            7,
            0.45,
            2,
        ),
        "fixed_cap": (
            _both(f"固定上限 {yuan_zh(fixed)}", f"fixed cap {format_yuan(fixed)} yuan"),
            BLUE,
            [1, 0],
            2,
            1,
            0,
        ),
        "turnover_cap": (
            _both(f"上一年度营业额的{ratio_text.replace(' ', '')}", f"{ratio_text} of last year's turnover"),
            RED,
            [1, 0],
            2,
            1,
            1,
        ),
    }
    points = [
        {
            "key": key,
            "label": label,
            "turnover": m(x),
            "cap": m(c[index]),
            "turnover_yuan": format_yuan(x),
            "cap_yuan": format_yuan(c[index]),
        }
        for key, (label, _colour, _dash, _width, _opacity, index) in series.items()
        for x, c in zip(xs, caps, strict=False)
    ]
    labels = [s[0] for s in series.values()]

    def legend_scale(position: int) -> dict[str, Any]:
        return {"domain": labels, "range": [s[position] for s in series.values()]}

    top = max(m(c[2]) for c in caps)
    ceiling = top * (LOG_HEADROOM if log else LINEAR_HEADROOM)
    x_ticks = {"values": _decades(m(left), m(right))} if log else {}
    y_ticks = {"values": _decades(min(m(c[3]) for c in caps), ceiling)} if log else {}
    x_axis = {
        "field": "turnover",
        "type": "quantitative",
        "axis": {"format": ",~f", "labelFlush": True, **x_ticks},
        "title": _both("上一年度营业额（百万元）", "previous year's turnover (million yuan)"),
        "scale": (
            {"type": "log", "domain": [m(left), m(right)]} if log else {"domain": [m(left), m(right)], "nice": False}
        ),
    }
    y_axis = {
        "field": "cap",
        "type": "quantitative",
        "axis": {"format": ",~f", **y_ticks},
        "title": _both("罚款上限（百万元）", "fine cap (million yuan)"),
        "scale": {"type": "log", "domainMax": ceiling} if log else {"domain": [0, ceiling], "nice": False},
    }
    layers = [
        {
            "name": "caps",
            "data": {"values": points},
            "mark": {"type": "line", "tooltip": True},
            "encoding": {
                "x": x_axis,
                "y": y_axis,
                "detail": {"field": "key"},
                "color": {
                    "field": "label",
                    "type": "nominal",
                    "title": None,
                    "sort": labels,
                    "scale": legend_scale(1),
                    "legend": {"orient": "top-left", "fillColor": "white", "padding": 6, "labelLimit": 640},
                },
                "strokeDash": {"field": "label", "type": "nominal", "sort": labels, "scale": legend_scale(2)},
                "strokeWidth": {"field": "label", "type": "nominal", "sort": labels, "scale": legend_scale(3)},
                "opacity": {"field": "label", "type": "nominal", "sort": labels, "scale": legend_scale(4)},
                "tooltip": [
                    {"field": "label", "title": "cap"},
                    {"field": "turnover_yuan", "title": "turnover (yuan)"},
                    {"field": "cap_yuan", "title": "cap (yuan)"},
                ],
            },
        }
    ]
    annotations = []
    if left < cross < right:
        layers.append(
            {
                "name": "crossing",
                "data": {"values": [{"turnover": m(cross), "cap": m(fixed)}]},
                "mark": {"type": "point", "filled": True, "size": 80, "color": "black"},
                "encoding": {"x": x_axis, "y": y_axis},
            }
        )
        annotations.append(
            {
                "turnover": m(cross),
                "cap": m(fixed),
                "colour": "black",
                "dy": 26,
                "align": "left",
                "text": _both(f"交点：营业额{yuan_zh(cross)}", f"crossing: turnover {format_yuan(cross)} yuan"),
            }
        )
    if marked is not None and (not log or marked > 0):
        m_fixed, m_cap, _h, _l = pipl_serious_caps(marked, on=on)
        name = mark_label or _both("示例", "example")
        layers.append(
            {
                "name": "mark_line",
                "data": {"values": [{"turnover": m(marked)}]},
                "mark": {"type": "rule", "color": GREEN, "strokeDash": [2, 3], "strokeWidth": 1.5},
                "encoding": {"x": x_axis},
            }
        )
        layers.append(
            {
                "name": "mark",
                "data": {
                    "values": [
                        {"turnover": m(marked), "cap": m(m_fixed), "cap_yuan": format_yuan(m_fixed), "label": name},
                        {"turnover": m(marked), "cap": m(m_cap), "cap_yuan": format_yuan(m_cap), "label": name},
                    ]
                },
                "mark": {"type": "square", "size": 70, "color": GREEN, "tooltip": True},
                "encoding": {"x": x_axis, "y": y_axis},
            }
        )
        span = (
            (math.log10(m(marked) / m(left)) / math.log10(m(right) / m(left)))
            if log
            else m(marked - left) / m(right - left)
        )
        side = "right" if span > 0.5 else "left"  # the company's name on the side with more room
        annotations += [
            {
                "turnover": m(marked),
                "cap": m(m_cap),
                "colour": RED,
                "dy": -8,
                "align": "left",
                "text": format_yuan(m_cap),
            },
            {
                "turnover": m(marked),
                "cap": m(m_fixed),
                "colour": BLUE,
                "dy": 12,
                "align": "left",
                "text": format_yuan(m_fixed),
            },
            {"turnover": m(marked), "cap": None, "colour": GREEN, "dy": -24, "align": side, "text": name},
            {
                "turnover": m(marked),
                "cap": None,
                "colour": GREEN,
                "dy": -10,
                "align": side,
                "text": _both(f"营业额 {yuan_zh(marked)}", f"turnover {format_yuan(marked)} yuan"),
            },
        ]
    for note in annotations:  # one text layer each: offsets and alignment are mark properties, not channels
        at_bottom = note["cap"] is None  # the company's name sits at the foot of its line, clear of the legend
        layers.append(
            {
                "data": {"values": [note]},
                "mark": {
                    "type": "text",
                    "dx": 6 if note["align"] == "left" else -6,
                    "dy": note["dy"],
                    "align": note["align"],
                    "color": note["colour"],
                    "fontSize": 10,
                    "baseline": "middle",
                    **({"y": "height"} if at_bottom else {}),
                },
                "encoding": {"x": x_axis, **({} if at_bottom else {"y": y_axis}), "text": {"field": "text"}},
            }
        )
    title_en = "PIPL art. 66 para. 2 (serious case): the text says 'or', not 'whichever is higher'"
    description = (
        f"Chart: PIPL art. 66 para. 2 caps against turnover — fixed {format_yuan(fixed)} yuan or {ratio_text} "
        f"of turnover, crossing at {format_yuan(cross)} yuan; 'whichever is higher' is commentary, not the text"
        + (" (log scale)." if log else ".")
    )
    return _spec(
        description,
        {"text": [f"个人信息保护法第六十六条第二款：“{quoted}”", title_en]},
        {"width": WIDTH, "height": 420, "autosize": FIT, "layer": layers},
    )
