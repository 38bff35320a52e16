"""Notebook 06 (员工泄露客户信息 · When an employee leaks customer data): the decision map and its diagram.

Thin adapters around :func:`pilaw.teaching.routes.engaged`; nothing here decides a point of law:

* :func:`decision_map` — a form (who leaked, what, counts per category, to whom, the gain, the employer's
  loss, whether the list is a trade secret, whether the employer failed its security duties, the date)
  → a matrix of who answers on which route (civil / administrative / criminal), then each route as a
  section with its provisions and cited steps, and the check of the source page's "privacy" articles.
  Defaults: 赵六 (Zhao Liu, fictional), a sales employee of 星河网店 (Xinghe Online Shop, fictional), sold
  600 customers' contact and order records to a competitor for 8,000 yuan on 2025-11-03.
* :func:`matrix_html`, :func:`render_routes` — the HTML, usable on any :class:`pilaw.teaching.routes.Routes`.
* :func:`pilaw.show.charts.routes_diagram` draws the same matrix (a Vega-Lite chart).
* The exercises are in the lesson's bank, ``lib/pilaw/data/exercises/06_employee_leaks.json``.
"""

from __future__ import annotations

import html
from datetime import date
from functools import cached_property

import ipywidgets as W

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.money import format_yuan, yuan_zh
from pilaw.law.steps import PAGE_CLAIM
from pilaw.law.text import date_zh
from pilaw.rules.criminal import CATEGORIES, CATEGORY_LABELS
from pilaw.show import source_page as page_view
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
from pilaw.show.theme import BORDER_GREY, COLUMN_WIDTH, LIGHT_GREY, PAGE_WIDTH, STATUS_COLOURS, STATUS_MARKS, TEXT_GREY
from pilaw.teaching import routes
from pilaw.teaching.routes import (
    TO_WHOM,
    WHAT,
    WHO,
    Engagement,
    Party,
    Route,
    Routes,
    Status,
    example,
)
from pilaw.widgets import Calculator, checkbox, date_picker, dropdown, grid, hbox, html_widget, label, text, vbox

__all__ = [
    "DEFAULT_DAY",
    "DEFAULT_PIECES",
    "decision_map",
    "example",
    "matrix_html",
    "page_check_html",
    "render_routes",
]

BOX = f"max-width:{PAGE_WIDTH};font-size:14px;line-height:1.45"
CELL = f"border:1px solid {BORDER_GREY};padding:4px 6px;text-align:left;vertical-align:top"
# One row of the page width for the two amounts: the employer's loss has the long label, so it takes the wider share.
GAIN_WIDTH, LOSS_WIDTH = "340px", "550px"

# The worked example's facts, as the form's defaults (pilaw.teaching.routes.EXAMPLE).
DEFAULT_DAY: date = routes.EXAMPLE["on"]  # type: ignore[assignment]
DEFAULT_PIECES: dict[str, int] = dict(routes.EXAMPLE["pieces"])  # type: ignore[call-overload]
DEFAULT_GAIN: str = routes.EXAMPLE["gain"]  # type: ignore[assignment]

WHO_OPTIONS = [
    ("网店员工 · employee of a shop", "employee"),
    ("医院医务人员 · hospital medical staff", "medical_staff"),
    ("外部人员 · an outsider", "outsider"),
]
WHAT_OPTIONS = [
    ("客户名单（联系方式、订单） · customer list (contacts, orders)", "customer_list"),
    ("患者病历资料 · patient records", "patient_records"),
    ("客户账户与财产信息 · customer accounts and property", "financial_records"),
]
TO_WHOM_OPTIONS = [
    ("竞争对手 · a competitor", "competitor"),
    ("诈骗团伙 · a fraud ring", "fraud_ring"),
    ("公众（网上公开） · the public (posted online)", "public"),
]

DAY_FIELD = "on 行为日期"


# --------------------------------------------------------------------------------------------- HTML


def _badge(status: Status) -> str:
    zh, en = status.short
    return (
        f"<span style='color:{STATUS_COLOURS[status.value]};white-space:nowrap'><b>{STATUS_MARKS[status.value]} {zh}</b> "
        f"<small>{en}</small></span>"
    )


def _refs(refs: tuple[str, ...], on: date) -> str:
    labels = []
    for ref in refs:
        prov = law.provision(ref, on) if law.is_in_force(ref, on) else law.versions(ref)[-1]
        short = law.laws()[prov.law]
        labels.append(f"{short.short_zh}{prov.article_zh}")
    return "、".join(labels)


def _card(e: Engagement, on: date) -> str:
    return (
        f"<div style='margin:2px 0 6px 0'>{_badge(e.status)}<br><b>{html.escape(e.title_zh)}</b> "
        f"<small>{html.escape(e.title_en)}</small><br><small style='color:{TEXT_GREY}'>{html.escape(_refs(e.refs, on))}"
        "</small></div>"
    )


def matrix_html(result: Routes) -> str:
    """Who answers on which route: parties down, routes across; each cell the engagements with their status."""
    head = "".join(
        f"<th style='{CELL};width:250px'>{html.escape(r.title_zh)}<br><small>{html.escape(r.title_en)}</small></th>"
        for r in result.routes
    )
    rows = []
    for party in Party:
        cells = []
        any_card = False
        for route in result.routes:
            cards = [e for e in route.engagements if party in e.targets]
            any_card = any_card or bool(cards)
            body = "".join(_card(e, result.on) for e in cards) or f"<small style='color:{LIGHT_GREY}'>—</small>"
            cells.append(f"<td style='{CELL}'>{body}</td>")
        if not any_card:
            continue
        zh, en = result.party_label(party)
        rows.append(
            f"<tr><td style='{CELL};width:130px'><b>{html.escape(zh)}</b><br><small>{html.escape(en)}</small>"
            f"</td>{''.join(cells)}</tr>"
        )
    legend = " · ".join(f"{_badge(s)}: {html.escape(s.zh)} / {html.escape(s.en)}" for s in Status)
    return (
        f"<table style='border-collapse:collapse;max-width:{PAGE_WIDTH}'><thead><tr><th style='{CELL}'>"
        f"当事人 Party</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<div style='font-size:12px;margin:2px 0 8px 0'>{legend}</div>"
    )


def _facts_line(result: Routes) -> str:
    who_zh, who_en = WHO[result.who]
    what_zh, what_en, _items = WHAT[result.what]
    to_zh, to_en = TO_WHOM[result.to_whom]
    entered = [(k, n) for k, n in result.pieces if n]
    pieces = "、".join(f"{CATEGORIES[k][1]}{n}条" for k, n in entered) or "未输入条数"
    pieces_en = ", ".join(f"{n:,} {CATEGORIES[k][2]}" for k, n in entered) or "no counts entered"
    flags_zh = "；".join(
        x
        for x, on in (
            ("客户名单是商业秘密", result.customer_list_is_secret),
            ("持有单位未采取必要的安全措施", result.employer_failed_security),
        )
        if on
    )
    flags_en = "; ".join(
        x
        for x, on in (
            ("the list is a trade secret", result.customer_list_is_secret),
            ("the holder failed to take security measures", result.employer_failed_security),
        )
        if on
    )
    loss = "" if result.employer_loss is None else f"；权利人损失{yuan_zh(result.employer_loss)}"
    loss_en = "" if result.employer_loss is None else f"; the owner's loss {format_yuan(result.employer_loss)} yuan"
    return (
        f"<p><b>{date_zh(result.on)}</b>：{html.escape(who_zh)}把{html.escape(what_zh)}"
        f"（{html.escape(pieces)}）给了{html.escape(to_zh)}，违法所得{yuan_zh(result.gain)}{html.escape(loss)}"
        f"{'；' + html.escape(flags_zh) if flags_zh else ''}。<br><small>{html.escape(who_en)} passed "
        f"{html.escape(what_en)} ({html.escape(pieces_en)}) to {html.escape(to_en)} for {format_yuan(result.gain)} "
        f"yuan{html.escape(loss_en)}{'; ' + html.escape(flags_en) if flags_en else ''}.</small></p>"
    )


def _unverified(result: Routes) -> str:
    notes: list[tuple[str, str]] = []
    for route in result.routes:
        for ref in route.refs:
            if law.is_in_force(ref, result.on):
                prov = law.provision(ref, result.on)
                if not prov.verified and ref not in [n for n, _ in notes]:
                    notes.append((ref, prov.note))
    if not notes:
        return ""
    items = "".join(f"<li>{html.escape(cite_label(ref, result.on))}: {html.escape(note)}</li>" for ref, note in notes)
    return (
        f"<div style='{CAVEAT_STYLE}'><b>⚠ 以下条文未经官方文本核实 · These texts are not checked against the official "
        f"text:</b><ul style='margin:2px 0'>{items}</ul></div>"
    )


def _section(route: Route, on: date) -> str:
    counts = {s: len(route.with_status(s)) for s in Status}
    summary = (
        f"{html.escape(route.title_zh)} · {html.escape(route.title_en)} — "
        f"{counts[Status.ENGAGED]} 适用 engaged, {counts[Status.OPEN]} 待定 open, "
        f"{counts[Status.NOT_ENGAGED]} 不适用 not engaged"
    )
    parts = []
    for e in route.engagements:
        targets = "、".join(p.zh for p in e.targets) + " · " + ", ".join(p.en for p in e.targets)
        refs = "; ".join(cite_label(ref, on if law.is_in_force(ref, on) else None) for ref in e.refs)
        opened = " open" if e.status is Status.ENGAGED else ""
        parts.append(
            f"<details{opened} style='margin:4px 0 4px 12px'><summary>{_badge(e.status)} <b>{html.escape(e.title_zh)}</b> "
            f"{html.escape(e.title_en)}</summary><div style='margin-left:12px'><small>{label('针对：', 'against:')} {html.escape(targets)}"
            f" · {label('由谁提出：', 'brought by:')} {html.escape(e.by_zh)} · {html.escape(e.by_en)}<br>{label('依据：', 'provisions:')} "
            f"{html.escape(refs)}</small>{steps_html(e.steps, on)}</div></details>"
        )
    return f"<details open style='margin:6px 0'><summary><b>{summary}</b></summary>{''.join(parts)}</details>"


def render_routes(result: Routes) -> str:
    """The facts, the matrix, any caveats, the three routes as sections with their steps, and the page check."""
    sections = "".join(_section(route, result.on) for route in result.routes)
    page = (
        f"<details style='margin:6px 0'><summary><b>网页说这是“隐私”问题（第一千零三十二条、第一千零三十四条、第一千二百二十六条）"
        "· The page calls it a 'privacy' matter (arts. 1032, 1034, 1226)</b></summary>"
        f"{steps_html(result.page_check, result.on)}</details>"
    )
    return (
        f"<div style='{BOX}'>{_facts_line(result)}{matrix_html(result)}{_unverified(result)}{sections}{page}"
        "<small>这是对条文的逐项适用，不是判决：是否构成商业秘密、是否知情、单位是否尽到义务等事实问题，由法院或机关认定。 "
        "An item-by-item application of the texts, not a verdict: questions of fact — a trade secret, knowledge, whether "
        "the holder did its duty — are for a court or an authority.</small></div>"
    )


def page_check_html(result: Routes | None = None) -> str:
    """The page's own section on an employee's leak, exactly as the page has it, then what Civil Code arts. 1032,
    1034 and 1226 really cover for these facts (:attr:`pilaw.teaching.routes.Routes.page_check`). Defaults to 赵六's case."""
    result = example() if result is None else result
    return (
        f"<div style='{BOX}'>{page_view.page_html(['cited_articles', 'authority'])}"
        f"{steps_html([s for s in result.page_check if s.cites != PAGE_CLAIM], result.on)}</div>"
    )


# --------------------------------------------------------------------------------------------- the form


def _count(value: object) -> object:
    """An empty count box means none (0); anything else goes to the rule, which parses it."""
    return 0 if isinstance(value, str) and not value.strip() else value


def compute(
    who: str,
    what: str,
    to_whom: str,
    gain: object,
    employer_loss: object,
    customer_list_is_secret: bool,
    employer_failed_security: bool,
    on: object,
    **counts: object,
) -> Routes:
    """Parse the form (an empty count box = 0, an empty loss box = cannot be determined), then
    :func:`pilaw.teaching.routes.engaged`."""
    if not isinstance(on, date):
        raise InputError(DAY_FIELD, "请选择行为日期", "choose the date of the conduct")
    pieces = {key: _count(value) for key, value in counts.items()}
    return routes.engaged(
        who=who,
        what=what,
        to_whom=to_whom,
        gain=gain,
        pieces=pieces,
        customer_list_is_secret=customer_list_is_secret,
        employer_failed_security=employer_failed_security,
        employer_loss=employer_loss,
        on=on,
    )


class _DecisionMap(Calculator):
    """The form in rows that fit 900 px: the three choices, the counts two to a row, the money, the facts, the date."""

    @cached_property
    def widget(self) -> W.VBox:
        boxes = [self.inputs[key] for key in CATEGORIES]
        parts = [
            self.inputs["who"],
            self.inputs["what"],
            self.inputs["to_whom"],
            html_widget(
                "<b>条数（按2017年个人信息刑事解释第五条的类别） · Pieces per category (2017 interpretation art. 5)</b>"
            ),
            grid(boxes, grid_template_columns=f"repeat(2, {COLUMN_WIDTH})", width="auto"),
            hbox([self.inputs["gain"], self.inputs["employer_loss"]]),
            self.inputs["customer_list_is_secret"],
            self.inputs["employer_failed_security"],
            self.inputs["on"],
            self.button,
            self.result,
        ]
        return vbox(parts, max_width=PAGE_WIDTH)


def decision_map(
    *,
    who: str = "employee",
    what: str = "customer_list",
    to_whom: str = "competitor",
    pieces: dict[str, object] | None = None,
    gain: str = DEFAULT_GAIN,
    employer_loss: str = "",
    customer_list_is_secret: bool = False,
    employer_failed_security: bool = False,
    on: date | None = DEFAULT_DAY,
) -> Calculator:
    """The decision-map form. Defaults: 赵六 of 星河网店 sold 600 customers' contact and order records to a
    competitor for 8,000 yuan on 2025-11-03 (counted as 600 pieces of transaction information); the list is
    not marked a trade secret and the shop is taken to have had security measures. ``calc.outcome`` is a
    :class:`pilaw.teaching.routes.Routes`."""
    chosen = dict(DEFAULT_PIECES if pieces is None else pieces)
    unknown = set(chosen) - set(CATEGORIES)
    if unknown:
        raise InputError("pieces", f"未知的信息类别：{sorted(unknown)}", f"unknown categories: {sorted(unknown)}")
    inputs: dict[str, W.ValueWidget] = {
        "who": dropdown("谁泄露", "Who leaked", WHO_OPTIONS, who),
        "what": dropdown("泄露了什么", "What", WHAT_OPTIONS, what),
        "to_whom": dropdown("给了谁", "To whom", TO_WHOM_OPTIONS, to_whom),
    }
    for key in CATEGORIES:
        zh, en = CATEGORY_LABELS[key]
        # two boxes to a row: the examples in brackets would squeeze the box to a sliver
        inputs[key] = text(zh.split("（")[0], en.split(" (")[0], str(chosen.get(key, 0)), width="100%")
    inputs["gain"] = text("违法所得（元）", "Illegal gain (yuan)", gain, width=GAIN_WIDTH)
    inputs["employer_loss"] = text(
        "雇主损失（元，空＝难以确定）", "Employer's loss (yuan, empty = unknown)", employer_loss, width=LOSS_WIDTH
    )
    inputs["customer_list_is_secret"] = checkbox(
        "客户名单构成商业秘密（事实问题）", "the list is a trade secret (a question of fact)", customer_list_is_secret
    )
    inputs["employer_failed_security"] = checkbox(
        "雇主未采取必要的安全措施", "the employer failed to take security measures", employer_failed_security
    )
    inputs["on"] = date_picker("行为日期", "Date of the conduct", on)
    return _DecisionMap(inputs, compute=compute, render=render_routes, button=("分析", "Map the routes"))
