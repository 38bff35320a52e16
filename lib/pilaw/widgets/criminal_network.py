"""Notebook 09 (拒不履行信息网络安全管理义务罪 · The network-security-duty crime): two calculators.

Thin adapters around :mod:`pilaw.rules.criminal`:

* :func:`duty_checker` — the elements of Criminal Law art. 286-1 as a checklist: a network service provider
  (网络服务提供者), ordered by the regulator to correct (经监管部门责令采取改正措施), refused (拒不改正), and a
  consequence — the leak of user information with serious consequences (para. 1 item 2), counted with the
  2019 interpretation art. 4, or another serious consequence of its items 5–8 — plus the unit crime
  (para. 2) and the heavier-offence rule (para. 3). It calls :func:`pilaw.rules.criminal.network_duty_checklist`
  and shows its elements and cited steps. Defaults: the fictional 星河网店 (Xinghe Online Shop) was ordered to fix a
  vulnerability, refused, and 600 whereabouts records leaked.
* :func:`thresholds_calculator` — :func:`pilaw.rules.criminal.threshold_table`: the counting standards of art. 286-1
  (2019 interpretation art. 4) beside those of art. 253-1 (2017 interpretation art. 5), both read from the dated
  figures, their ratio computed exactly, the penalty bands side by side, and one count judged under both rules
  (:func:`pilaw.rules.criminal.pi_severity` and :func:`pilaw.rules.criminal.network_leak_serious`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cached_property

import ipywidgets as W

from pilaw.law import Figure, money
from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date
from pilaw.law.text import chinese_number, date_zh, fraction_text
from pilaw.rules.criminal import (
    CATEGORIES,
    CATEGORY_LABELS,
    NETWORK_ITEMS,
    OTHER_CONSEQUENCES,
    Assessment,
    DutyChecklist,
    Severity,
    Thresholds,
    item_label,
    network_duty_checklist,
    network_item,
    network_leak_serious,
    pi_severity,
    threshold_table,
)
from pilaw.show.render import cite_label, steps_html
from pilaw.show.theme import BORDER_GREY, GREEN, GREY, LIGHT_GREY, PAGE_WIDTH, RED, TEXT_GREY
from pilaw.widgets import Calculator, checkbox, date_picker, dropdown, hbox, html_widget, label, text, vbox
from pilaw.widgets.criminal_pi import cite_on as _cite

WIDTH = PAGE_WIDTH
COLUMN = "410px"
ROW = "820px"  # both columns: fits the notebook area of a 1280 px screen with the file browser open
LABEL_WIDTH = "305px"
COUNT_BOX = "400px"  # inside its 410 px column with the widget's own margins, so the box is not cut off
EXAMPLE_NAME_ZH, EXAMPLE_NAME_EN = "星河网店", "Xinghe Online Shop"
EXAMPLE_DATE = date(2024, 6, 1)
EXAMPLE_PIECES = {"whereabouts": "600"}  # the fictional shop's leak: 600 whereabouts records

ART = "criminal_law/286-1"
ART_253_1 = "criminal_law/253-1"
DATE_FIELD = "行为日期 date of the conduct"

BOX = f"max-width:{WIDTH};font-size:14px;line-height:1.5"
TABLE = "border-collapse:collapse;margin:4px 0"
CELL = f"border:1px solid {BORDER_GREY};padding:3px 6px;text-align:left;vertical-align:top"
YES, NO = GREEN, RED
COMMENTARY = (
    f"color:{TEXT_GREY};font-style:italic;background:#f4f4f4;border-left:4px solid {LIGHT_GREY};padding:4px 8px;"
    "margin:6px 0"
)

# Short English names for the count boxes (the Chinese names are the library's, from the interpretations).
SHORT_EN = {key: en for key, (_zh, en) in CATEGORY_LABELS.items()}
GROUPS = tuple(NETWORK_ITEMS)
NONE = "none"


def consequence_options() -> list[tuple[str, str]]:
    """The dropdown: none, or one of art. 4 items 5–8 (text from the corpus)."""
    options = [("无（只看泄露条数） · none (only the leaked pieces count)", NONE)]
    for number in OTHER_CONSEQUENCES:
        zh, _en = network_item(number)
        words = re.sub(r"^（[一二三四五六七八九十]+）", "", zh)
        options.append((f"第四条第{chinese_number(number)}项：{words} · art. 4 item {number}", f"item{number}"))
    return options


def _count(raw: object, key: str) -> int:
    """A count box: empty means 0; anything else is read by :func:`pilaw.law.money.parse_count`."""
    if isinstance(raw, str) and not raw.strip():
        return 0
    _group, zh, _en = CATEGORIES[key]
    return money.parse_count(raw, f"{zh} {SHORT_EN[key]}（条数 pieces）")


# --------------------------------------------------------------------------- (a) the elements


def compute_duty(
    on: object,
    provider: bool,
    ordered: bool,
    refused: bool,
    consequence: str,
    unit: bool,
    heavier: bool,
    **counts: object,
) -> DutyChecklist:
    """Parse the boxes, then :func:`pilaw.rules.criminal.network_duty_checklist`."""
    day = parse_date(on, DATE_FIELD, required=True, allow_text=False)
    return network_duty_checklist(
        provider=provider,
        ordered=ordered,
        refused=refused,
        pieces={key: _count(counts[key], key) for key in CATEGORIES},
        consequence=None if consequence == NONE else int(consequence.removeprefix("item")),
        unit=unit,
        heavier=heavier,
        on=day,
    )


def _mark(met: bool | None) -> str:
    if met is None:
        return f"<span style='color:{GREY}'>— 前提 premise</span>"
    return f"<b style='color:{YES}'>✓ 具备 met</b>" if met else f"<b style='color:{NO}'>✗ 不具备 not met</b>"


def _why_duty(check: DutyChecklist) -> str:
    """Three lines in words: every element is needed, what the count adds up to, and the result."""
    missing = [e for e in check.elements if e.met is False]
    if check.leak is not None:
        share = fraction_text(check.leak.ratio)
        count = (
            f"泄露条数按各自标准折算合计为 {share}，达到1才算“造成严重后果”。 The leaked pieces add up to {share} of the "
            "standard; 1 is a 'serious consequence'.<br>"
        )
    else:
        count = ""
    result = (
        "每一项要件都具备，所以构成本罪。 Every element is met, so the offence is made out."
        if check.made_out
        else f"有{len(missing)}项要件不具备，所以不构成本罪。 {len(missing)} element(s) fail, so it is not made out."
    )
    return (
        "<b>为什么 Why:</b> 本罪要求全部要件同时具备：网络服务提供者、不履行法律、行政法规规定的信息网络安全管理义务、经监管部门责令采取改正措施、拒不改正、造成严重后果——条数再多也不能代替拒不改正。 "
        "Every element is needed at once — a network service provider, failure of the information-network security duties "
        "laid down by laws and administrative regulations, the regulator's order to take corrective measures, a refusal "
        "to correct and a serious consequence; no count replaces the "
        f"refusal.<br>{count}{result}"
    )


def render_duty(check: DutyChecklist) -> str:
    """The verdict and penalty, the checklist (✓ / ✗), then every cited step."""
    a = check.assessment
    on = check.on
    if check.made_out:
        verdict = (
            "✓ 具备本罪的全部要件，但同时构成处罚较重的其他犯罪，依照处罚较重的规定定罪处罚（第三款） · Every element "
            "of art. 286-1 is met, but the conduct also constitutes a heavier crime, under which it is convicted (para. 3)"
            if check.heavier
            else "✓ 构成拒不履行信息网络安全管理义务罪 · The art. 286-1 offence is made out"
        )
        head = f"<div style='color:{YES}'><b>{verdict}</b></div>"
        head += (
            f"<div><b>定罪 Conviction:</b> {html.escape(a.crime_name_zh)} · {html.escape(a.crime_name_en)}</div>"
            f"<div><b>刑罚 Penalty:</b> {html.escape(a.sentence_zh)}<br><small>{html.escape(a.sentence_en)}</small></div>"
        )
    else:
        missing = [e for e in check.elements if e.met is False]
        head = (
            f"<div style='color:{NO}'><b>✗ 不构成本罪 · The art. 286-1 offence is not made out</b> — "
            f"{len(missing)} 项要件不具备 element(s) not met</div>"
        )
    rows = "".join(
        f"<tr><td style='{CELL}'>{number}</td><td style='{CELL}'>{html.escape(e.zh)}<br><small>{html.escape(e.en)}"
        f"</small></td><td style='{CELL}'><small>{html.escape(_cite(e.cites, on))}</small></td>"
        f"<td style='{CELL}'>{_mark(e.met)}</td></tr>"
        for number, e in enumerate(check.elements, 1)
    )
    table = (
        f"<table style='{TABLE}'><thead><tr><th style='{CELL}'>#</th><th style='{CELL}'>要件 Element</th>"
        f"<th style='{CELL}'>依据 Basis</th><th style='{CELL}'>本案 This case</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    extras = []
    if check.unit:
        extras.append(
            "单位犯罪（第二款）：对单位判处罚金，并对直接负责的主管人员和其他直接责任人员依照第一款处罚。 "
            "Unit crime (para. 2): the unit is fined; its responsible persons are punished under para. 1."
        )
    if check.heavier:
        extras.append(
            "同时构成其他犯罪（第三款）：依照处罚较重的规定定罪处罚。 Also another crime (para. 3): the heavier "
            "provision governs."
        )
    extra = "".join(f"<div><small>{html.escape(x)}</small></div>" for x in extras)
    return (
        f"<div style='{BOX}'>{head}{table}{extra}"
        f"<details open><summary>逐步理由与依据 · Step-by-step reasoning and basis ({len(a.steps)})</summary>"
        f"{steps_html(a.steps, on, why=_why_duty(check))}</details>"
        "<small>这是对条文要件的逐项核对，不是判决；第一款第一项、第三项、第四项不在本计算器范围内。 An element-by-element "
        "reading of the texts, not a verdict; para. 1 items 1, 3 and 4 are outside this calculator.</small></div>"
    )


class NetworkCalculator(Calculator):
    """A calculator kept within 900 px, so a projected screen shows it whole."""

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([*self.inputs.values(), self.button, self.result], max_width=WIDTH)


class DutyChecker(NetworkCalculator):
    """The elements on the left, the leaked pieces (grouped by art. 4 item) on the right."""

    @cached_property
    def widget(self) -> W.VBox:
        left = vbox(
            [
                html_widget("<b>要件 · Elements (art. 286-1)</b>"),
                *(self.inputs[k] for k in ("on", "provider", "ordered", "refused")),
                html_widget("<b>第二款、第三款 · Paras. 2 and 3</b>"),
                self.inputs["unit"],
                self.inputs["heavier"],
            ],
            width=COLUMN,
        )
        right: list[W.Widget] = [html_widget("<b>泄露条数 · Leaked pieces (2019 interpretation art. 4)</b>")]
        for group in GROUPS:
            item = NETWORK_ITEMS[group]
            item_zh, item_en = item_label(item)
            right.append(html_widget(f"<small>第四条{item_zh} · art. 4 {item_en}</small>"))
            right += [self.inputs[key] for key, (g, _zh, _en) in CATEGORIES.items() if g == group]
        return vbox(
            [hbox([left, vbox(right, width=COLUMN)]), self.inputs["consequence"], self.button, self.result],
            max_width=WIDTH,
        )


def duty_checker(
    provider: bool = True,
    ordered: bool = True,
    refused: bool = True,
    pieces: dict[str, str] | None = None,
    consequence: str = NONE,
    unit: bool = True,
    heavier: bool = False,
    on: date | None = EXAMPLE_DATE,
) -> DutyChecker:
    """The art. 286-1 checklist. Defaults: 星河网店, ordered to fix a vulnerability, refused; 600 whereabouts records leaked."""
    pieces = EXAMPLE_PIECES if pieces is None else pieces
    unknown = set(pieces) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories: {sorted(unknown)}")
    inputs: dict[str, W.ValueWidget] = {
        "on": date_picker("行为日期", "Date of the conduct", on, width="330px"),
        "provider": checkbox("是网络服务提供者", "Is a network service provider", provider),
        "ordered": checkbox("经监管部门责令改正", "Ordered by the regulator to correct", ordered),
        "refused": checkbox("拒不改正", "Refused to correct", refused),
        "unit": checkbox("单位犯罪（公司）", "A unit (company) committed it", unit),
        "heavier": checkbox("同时构成较重的其他犯罪", "Also a heavier crime", heavier),
        "consequence": dropdown(
            "其他严重后果", "Other serious consequence", consequence_options(), consequence, width=ROW
        ),
    }
    for key, (_group, zh, _en) in CATEGORIES.items():
        inputs[key] = text(
            zh, SHORT_EN[key], pieces.get(key, ""), placeholder="0", width=COUNT_BOX, description_width=LABEL_WIDTH
        )
    return DutyChecker(inputs, compute=compute_duty, render=render_duty, button=("检查", "Check"))


# --------------------------------------------------------------------------- (b) ten times higher


@dataclass(frozen=True)
class Comparison:
    """The table, and one count judged under art. 253-1 (if sold, provided or obtained) and art. 286-1 (if leaked)."""

    thresholds: Thresholds
    category: str
    count: int
    pi: Assessment
    network: Assessment


def compute_comparison(on: object, category: str, count: object) -> Comparison:
    """Parse the count, then :func:`threshold_table`, :func:`pilaw.rules.criminal.pi_severity` and
    :func:`pilaw.rules.criminal.network_leak_serious` for the same pieces on the same day."""
    day = parse_date(on, DATE_FIELD, required=True, allow_text=False)
    if category not in CATEGORIES:
        raise InputError("信息类别 category", "请选择一个信息类别", "choose a category")
    pieces = {category: _count(count, category)}
    table = threshold_table(day)
    return Comparison(
        table, category, pieces[category], pi_severity(pieces, on=day), network_leak_serious(pieces, on=day)
    )


def _has_guanzhi(fig: Figure) -> str:
    return label("含管制", "includes 管制") if "管制" in fig.label_zh else label("无管制", "no 管制")


def _band_cell(fig: Figure) -> str:
    return (
        f"{html.escape(fig.label_zh)}<br><small>{html.escape(fig.label_en)}</small><br>"
        f"<small><b>{_has_guanzhi(fig)}</b></small>"
    )


def render_comparison(c: Comparison) -> str:
    """The figure table, the bands, one count under both rules, the commentators' explanation, the steps."""
    t = c.thresholds
    on = t.on
    first = t.rows[0]
    head = (
        f"<tr><th style='{CELL}'>信息类别 Information</th>"
        f"<th style='{CELL}'>第二百五十三条之一：情节严重<br><small style='font-weight:normal'>art. 253-1 情节严重 · "
        f"{html.escape(cite_label(first.pi.ref, on))}</small></th>"
        f"<th style='{CELL}'>第二百五十三条之一：情节特别严重（×{fraction_text(Fraction(t.multiple.value))}）<br><small style='font-weight:normal'>art. 253-1 "
        f"情节特别严重 · {html.escape(cite_label(t.multiple.ref, on))}</small></th>"
        f"<th style='{CELL}'>第二百八十六条之一：造成严重后果<br><small style='font-weight:normal'>art. 286-1 · "
        f"{html.escape(cite_label(first.network.ref, on))}</small></th>"
        f"<th style='{CELL}'>倍数 Ratio<br><small>286-1 ÷ 253-1</small></th></tr>"
    )
    rows = "".join(
        f"<tr><td style='{CELL}'>{html.escape(r.label_zh)}<br><small>{html.escape(r.label_en)}</small></td>"
        f"<td style='{CELL}'><b>{fraction_text(Fraction(r.pi.value))}</b> 条 pieces<br><small>第五条第一款{r.pi_item[0]} "
        f"art. 5 para. 1 {r.pi_item[1]}</small></td>"
        f"<td style='{CELL}'><b>{fraction_text(r.pi_top)}</b> 条 pieces</td>"
        f"<td style='{CELL}'><b>{fraction_text(Fraction(r.network.value))}</b> 条 pieces<br><small>第四条{r.network_item[0]} "
        f"art. 4 {r.network_item[1]}</small></td>"
        f"<td style='{CELL}'><b>× {fraction_text(r.ratio)}</b></td></tr>"
        for r in t.rows
    )
    rows += (
        f"<tr><td style='{CELL}'><b>刑罚 Penalty</b></td><td style='{CELL}'>{_band_cell(t.pi_basic)}</td>"
        f"<td style='{CELL}'>{_band_cell(t.pi_top_band)}</td><td style='{CELL}' colspan='2'>"
        f"{_band_cell(t.network_band)}<br><small>唯一一档 the only band</small></td></tr>"
    )
    table = f"<table style='{TABLE}'><thead>{head}</thead><tbody>{rows}</tbody></table>"
    same = all(r.network_equals_pi_top for r in t.rows)
    notes = []
    if same:
        notes.append(
            f"第二百八十六条之一的入罪条数，正好等于第二百五十三条之一“情节特别严重”的条数（标准的"
            f"{fraction_text(Fraction(t.multiple.value))}倍）。 Art. 286-1's entry count equals the count at which art. 253-1 "
            f"becomes 情节特别严重 ({fraction_text(Fraction(t.multiple.value))} times its standard)."
        )
    if "管制" in t.network_band.label_zh and not any("管制" in f.label_zh for f in (t.pi_basic, t.pi_top_band)):
        notes.append(
            "三档刑罚中只有第二百八十六条之一的含“管制”；本课程评析的网页把“管制”写进了侵犯公民个人信息罪的刑罚，"
            "这是错误的。 Of the three bands only art. 286-1's includes 管制 (public surveillance); the web page "
            "the course audits attached 管制 to the personal-information crime, which is wrong."
        )
    commentary = (
        f"<div style='{COMMENTARY}'><b>为什么高十倍？学界的解释（不是法律条文） · Why ten times higher? The explanation "
        "commentators give (not text of the law).</b><br>2019年信息网络犯罪解释本身没有说明理由。通常的解释是责任较轻：网络服务提供者没有"
        "自己出售、提供或者非法获取信息，而是未尽用户信息的安全管理义务；而且本罪还要求监管部门责令改正而拒不改正。<br>"
        "The 2019 interpretation gives no reason. The usual explanation is lower culpability: the provider did not "
        "itself sell, provide or illegally obtain the information, it failed to manage user data; and the offence "
        "also needs a regulator's order to correct that was refused.</div>"
    )

    _g, zh, en = CATEGORIES[c.category]
    pi, net = c.pi, c.network
    net_zh = "达到“造成严重后果”" if net.severity is Severity.SERIOUS else "未达到“造成严重后果”"
    net_en = (
        "reaches 'serious consequences'"
        if net.severity is Severity.SERIOUS
        else "does not reach 'serious consequences'"
    )
    count_table = (
        f"<table style='{TABLE}'><thead><tr><th style='{CELL}'>同样 {c.count} 条{html.escape(zh)} · the same "
        f"{c.count:,} pieces of {html.escape(en)}</th><th style='{CELL}'>标准的倍数 Share of the standard</th>"
        f"<th style='{CELL}'>结论 Result</th></tr></thead><tbody>"
        f"<tr><td style='{CELL}'>出售、提供或者非法获取（第二百五十三条之一）<br><small>sold, provided or illegally obtained "
        f"(art. 253-1)</small></td><td style='{CELL}'><b>{fraction_text(pi.ratio)}</b></td>"
        f"<td style='{CELL}'><b>{html.escape(pi.severity.zh)}</b><br><small>{html.escape(pi.sentence_zh)}</small></td></tr>"
        f"<tr><td style='{CELL}'>平台拒不改正致使泄露（第二百八十六条之一）<br><small>leaked by a platform that refused an "
        f"order (art. 286-1)</small></td><td style='{CELL}'><b>{fraction_text(net.ratio)}</b></td>"
        f"<td style='{CELL}'><b>{net_zh}</b><br><small>{html.escape(net_en)}</small></td></tr></tbody></table>"
    )
    details = (
        f"<details><summary>第二百五十三条之一的步骤 · Steps under art. 253-1 ({len(pi.steps)})</summary>"
        f"{steps_html(pi.steps, on)}</details>"
        f"<details><summary>第二百八十六条之一的步骤 · Steps under art. 286-1 ({len(net.steps)})</summary>"
        f"{steps_html(net.steps, on)}</details>"
    )
    return (
        f"<div style='{BOX}'><b>行为日期 {date_zh(on)} · conduct on {on.isoformat()}</b>{table}"
        + "".join(f"<div><small>{html.escape(n)}</small></div>" for n in notes)
        + commentary
        + count_table
        + details
        + "</div>"
    )


def thresholds_calculator(
    category: str = "whereabouts", count: str = "600", on: date | None = EXAMPLE_DATE
) -> NetworkCalculator:
    """The two sets of standards side by side, and one count under both. Defaults: 600 whereabouts records."""
    inputs = {
        "on": date_picker("行为日期", "Date of the conduct", on, width="330px"),
        "category": dropdown(
            "信息类别",
            "Category",
            [(f"{zh} · {SHORT_EN[key]}", key) for key, (_g, zh, _en) in CATEGORIES.items()],
            category,
            width=COLUMN,
        ),
        "count": text("条数", "Pieces", count, placeholder="0", width="330px"),
    }
    return NetworkCalculator(inputs, compute=compute_comparison, render=render_comparison)
