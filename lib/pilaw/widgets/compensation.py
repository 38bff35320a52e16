"""Civil compensation: the page's claimed 500 / 3,000 yuan rule and the law, side by side, and real awards.

A thin adapter around :func:`pilaw.teaching.cases.compare`: the same inputs go to both rules; each answer is shown
with its cited steps. The tables (scenarios, floors, published cases) only render what
:mod:`pilaw.teaching.cases` returns.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cached_property

import ipywidgets as W

from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan, yuan_zh
from pilaw.law.text import date_zh
from pilaw.rules.compensation import page_claim
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
from pilaw.show.theme import (
    AMBER,
    BORDER_GREY,
    CAVEAT_BACKGROUND,
    COLUMN_WIDTH,
    GREEN,
    LAW_BACKGROUND,
    PAGE_WIDTH,
    RED,
)
from pilaw.teaching import cases as cases_module
from pilaw.teaching.cases import Case, Comparison, compare, floor_sources, grade_caveat, scenarios
from pilaw.widgets import Calculator, checkbox, date_picker, hbox, text, vbox

WIDTH = PAGE_WIDTH
COLUMN = COLUMN_WIDTH
INPUT = "400px"  # an input inside a column (pilaw.show.theme has no name for it yet)
PAGE_STYLE = f"background:{CAVEAT_BACKGROUND};border:1px solid {AMBER};padding:6px;vertical-align:top;text-align:left"
LAW_STYLE = f"background:{LAW_BACKGROUND};border:1px solid {GREEN};padding:6px;vertical-align:top;text-align:left"
CELL = f"border:1px solid {BORDER_GREY};padding:4px 6px;vertical-align:top;text-align:left"
EMPTY_HINT = "空 = 难以确定 · empty = cannot be determined"


def _compute(
    gain: object,
    loss: object,
    costs: object,
    on: object,
    severe_mental_harm: bool,
    mental_claim: object,
    online: bool,
) -> Comparison:
    on = parse_date(on, "行为日期 date of the conduct", required=True)
    return compare(
        gain=gain,
        loss=loss,
        severe_mental_harm=severe_mental_harm,
        mental_claim=mental_claim,
        online=online,
        costs=costs,
        on=on,
    )


def _e(text_: str) -> str:
    return html.escape(text_)


def answers_html(result: Comparison) -> str:
    """The two answers as a three-column table: what is compared, what the page claims, what the law says."""
    rows = []
    for row in result.rows:
        mark = (
            f"<span style='color:{GREEN}'>＝ 相同 same</span>"
            if row.same
            else f"<span style='color:{RED}'>≠ 不同 differs</span>"
        )
        rows.append(
            f"<tr><td style='{CELL}'><b>{_e(row.label_zh)}</b><br>{_e(row.label_en)}<br><small>{mark}</small></td>"
            f"<td style='{PAGE_STYLE}'>{_e(row.page_zh)}<br><i>{_e(row.page_en)}</i></td>"
            f"<td style='{LAW_STYLE}'>{_e(row.law_zh)}<br><i>{_e(row.law_en)}</i></td></tr>"
        )
    law_refs = " · ".join(cite_label(ref, result.on) for ref in result.law.basis)
    head = (
        f"<tr><th style='{CELL};width:18%'></th>"
        f"<th style='{PAGE_STYLE};width:41%'>网页所称（非法律）<br>What the page claims (not law)</th>"
        f"<th style='{LAW_STYLE}'>法律 The law<br><small>{_e(law_refs)}</small></th></tr>"
    )
    return f"<table style='width:100%;border-collapse:collapse;table-layout:fixed'>{head}{''.join(rows)}</table>"


def law_why(result: Comparison) -> str:
    """Three lines, in words, on why the law's answer is what it is: who proves fault, the measure, mental harm."""
    law = result.law
    if "pipl/69" in law.basis:
        fault = (
            "过错推定：处理者须证明自己没有过错（个人信息保护法第六十九条第一款）。 Fault is presumed: the processor "
            "must prove it was not at fault (PIPL art. 69 para. 1)."
        )
    else:
        fault = (
            "个人信息保护法尚未施行，没有法律推定过错：由被侵权人证明过错（民法典第一千一百六十五条第一款，一种理解）。 "
            "The PIPL is not yet in force and no law presumes fault: the injured person proves it (Civil Code art. "
            "1165 para. 1, a reading)."
        )
    known = law.property if law.property is not None else law.property_max
    if law.court_decides or known is None:
        bound = f"网络侵权，上限{yuan_zh(law.upper_bound)}" if law.upper_bound is not None else "非网络侵权没有法定上限"
        bound_en = (
            f"up to {format_yuan(law.upper_bound)} yuan online" if law.upper_bound is not None else "no ceiling offline"
        )
        measure = (
            f"损失和获益都难以确定：由法院根据实际情况确定，没有法定最低额（{bound}）。 Neither loss nor gain can be "
            f"determined: the court sets the amount on the circumstances, with no statutory minimum ({bound_en})."
        )
    else:
        measure = (
            f"按已知的损失或者获益（合理开支计入损失）：{yuan_zh(known)}，没有最低额，也不提高至任何保底数额。 "
            f"The known loss or gain (costs count as loss) is the measure: {format_yuan(known)} yuan, with no minimum "
            "and nothing lifted to a floor."
        )
    if law.mental is None:
        mental = (
            "严重精神损害：有权请求，数额由法院酌定，法律没有规定任何数额（民法典第一千一百八十三条）。 Serious "
            "mental harm: a right to claim, the amount set by the court; the law fixes none (Civil Code art. 1183)."
        )
    else:
        mental = (
            "没有主张严重精神损害：精神损害赔偿为0（民法典第一千一百八十三条以严重为前提）。 No serious mental harm "
            "is entered: no mental-distress damages (Civil Code art. 1183 requires serious harm)."
        )
    return "".join(f"<div>{_e(line)}</div>" for line in (fault, measure, mental))


def render(result: Comparison) -> str:
    """Headline table, a verdict line, the page's caveat, then the cited steps: differences, page, law."""
    if result.same:
        verdict = (
            f"<div style='color:{GREEN}'><b>在这组事实下两者的数字相同。</b> On these facts the two give the same "
            "figure — but only the law is law.</div>"
        )
    else:
        verdict = (
            f"<div style='color:{RED}'><b>在这组事实下两者的答案不同。</b> On these facts the two answers differ.</div>"
        )
    claim = page_claim()
    caveat = (
        f"<div style='{CAVEAT_STYLE}'><b>⚠ 网页所称不是法律 The page's rule is not law.</b> "
        f"{_e(claim.finding_zh)}<br>{_e(claim.finding_en)}</div>"
    )
    on = result.on
    return (
        f"<div style='max-width:{WIDTH};font-size:14px;line-height:1.5'>"
        f"<div><b>行为日期 {date_zh(on)} · date of the conduct {on.isoformat()}</b></div>"
        f"{answers_html(result)}{verdict}{caveat}"
        f"<details open><summary><b>差异及其依据 · Where they differ, and why ({len(result.steps)})</b></summary>"
        f"{steps_html(result.steps, on)}</details>"
        f"<details open><summary><b>网页所称的计算 · The page's answer, step by step ({len(result.page.steps)})</b>"
        f"</summary>{steps_html(result.page.steps, on)}</details>"
        f"<details open><summary><b>法律的计算 · The law's answer, step by step ({len(result.law.steps)})</b></summary>"
        f"{steps_html(result.law.steps, on, why=law_why(result))}</details>"
        "<small>对条文和网页文字的逐项比较，不是判决。 A step-by-step comparison of texts, not a verdict.</small></div>"
    )


class CompensationCalculator(Calculator):
    """The calculator in two columns (≤ 900 px): amounts and date on the left, the other facts on the right."""

    @cached_property
    def widget(self) -> W.VBox:
        left = vbox([self.inputs[name] for name in ("gain", "loss", "costs", "on")], width=COLUMN)
        right = vbox([self.inputs[name] for name in ("severe_mental_harm", "mental_claim", "online")], width=COLUMN)
        return vbox([hbox([left, right]), self.button, self.result], max_width=WIDTH)


def compensation_calculator(
    *,
    gain: str = "",
    loss: str = "",
    costs: str = "0",
    on: date | None = None,
    severe_mental_harm: bool = False,
    mental_claim: str = "",
    online: bool = False,
) -> CompensationCalculator:
    """The page against the law on the same facts. Defaults: gain and loss both 难以确定, no serious mental harm,
    conduct on the page's own date, and 网络侵权 unticked — online infringement is a fact to enter, not a default
    (ticking it brings in the SPC online-rights provisions art. 12 para. 2). The page says "at least 500"; the law
    leaves the amount to the court, with no bound offline and up to 500,000 yuan online."""
    on = page_claim().dated if on is None else on
    inputs = {
        # two columns inside a notebook at 1280×720: every input 400 px wide
        "gain": text("侵权人获利（元）", "Infringer's gain (yuan)", gain, placeholder=EMPTY_HINT, width=INPUT),
        "loss": text("被侵权人损失（元）", "Loss suffered (yuan)", loss, placeholder=EMPTY_HINT, width=INPUT),
        "costs": text("合理开支（元）", "Reasonable costs (yuan)", costs, width=INPUT),
        "on": date_picker("行为日期", "Date of the conduct", on, width=INPUT),
        "severe_mental_harm": checkbox("造成严重精神损害", "Serious mental harm", severe_mental_harm, width=INPUT),
        "mental_claim": text(
            "精神损害主张（元）",
            "Mental claim (yuan)",
            mental_claim,
            placeholder="空 = 未主张 · empty = none claimed",
            width=INPUT,
        ),
        "online": checkbox("网络侵权", "Online infringement", online, width=INPUT),
    }
    return CompensationCalculator(inputs, compute=_compute, render=render, button=("比较", "Compare"))


# --------------------------------------------------------------------------- tables


def _html(markup: str) -> object:
    try:
        from IPython import display
    except ImportError:  # outside IPython: plain markup
        return markup
    html_object: Callable[[str], object] = display.HTML
    return html_object(markup)


def page_claim_html() -> str:
    """The page's claim paragraph, copied exactly, with its translation and the finding that it is not law."""
    claim = page_claim()
    return (
        f"<div style='max-width:{WIDTH};font-size:14px;line-height:1.6'>"
        f"<div style='{PAGE_STYLE}'><b>网页所称（非法律） What the page claims (not law)</b><br>"
        f"<small>{_e(claim.title_zh)} · {claim.dated.isoformat()} · {_e(claim.source_url)}</small><br>"
        f"“{_e(claim.quote_zh)}”<br><i>{_e(claim.translation_en)}</i></div>"
        f"<div style='{CAVEAT_STYLE}'><b>⚠ 经查 Finding.</b> {_e(claim.finding_zh)}<br>{_e(claim.finding_en)}</div>"
        "</div>"
    )


def page_claim_box() -> object:
    return _html(page_claim_html())


def scenarios_html() -> str:
    """The fixed scenarios of :func:`pilaw.teaching.cases.scenarios`: facts, page's total, law's total, same or not."""
    rows = []
    for s in scenarios():
        total = s.comparison.row("total")
        mark = "＝ 相同 same" if s.comparison.same else "≠ 不同 differs"
        colour = GREEN if s.comparison.same else RED
        rows.append(
            f"<tr><td style='{CELL}'>{_e(s.title_zh)}<br><i>{_e(s.title_en)}</i></td>"
            f"<td style='{PAGE_STYLE}'>{_e(total.page_zh)}<br><i>{_e(total.page_en)}</i></td>"
            f"<td style='{LAW_STYLE}'>{_e(total.law_zh)}<br><i>{_e(total.law_en)}</i></td>"
            f"<td style='{CELL};color:{colour}'>{mark}</td></tr>"
        )
    on = scenarios()[0].comparison.on
    day = on.isoformat()
    head = (
        f"<tr><th style='{CELL}'>事实 Facts</th><th style='{PAGE_STYLE}'>网页所称（非法律）合计<br>Page's total "
        f"(not law)</th><th style='{LAW_STYLE}'>法律：合计<br>Law: total</th><th style='{CELL}'></th></tr>"
    )
    return (
        f"<div style='max-width:{WIDTH};font-size:14px'><table style='border-collapse:collapse;width:100%'>"
        f"{head}{''.join(rows)}</table><small>行为日期均为{date_zh(on)}（网页的日期）。金额为虚构示例。 "
        f"Conduct dated {day} (the page's date) in every row; the amounts are fictional.</small></div>"
    )


def scenarios_table() -> object:
    return _html(scenarios_html())


def floors_html() -> str:
    """The two real fixed floors near the page's numbers, quoted from the corpus, marked as an inference."""
    rows = []
    for f in floor_sources():
        rows.append(
            f"<tr><td style='{PAGE_STYLE}'>{_e(f.page_label_zh)}<br><i>{_e(f.page_label_en)}</i></td>"
            f"<td style='{CELL}'><b>{_e(cite_label(f.ref))}</b><br>“{_e(f.clause_zh)}”<br><i>{_e(f.clause_en)}</i></td>"
            f"<td style='{CELL}'>{_e(f.scope_zh)}<br><i>{_e(f.scope_en)}</i></td></tr>"
        )
    first = floor_sources()[0]
    head = (
        f"<tr><th style='{PAGE_STYLE}'>网页的数字 The page's number</th><th style='{CELL}'>最接近的真实规定 "
        f"Nearest real rule</th><th style='{CELL}'>适用范围 What it covers</th></tr>"
    )
    return (
        f"<div style='max-width:{WIDTH};font-size:14px'>"
        f"<div style='{CAVEAT_STYLE}'><b>⚠ 推测 Inference.</b> {_e(first.caveat_zh)}<br>{_e(first.caveat_en)}</div>"
        f"<table style='border-collapse:collapse;width:100%'>{head}{''.join(rows)}</table></div>"
    )


def floors_table() -> object:
    return _html(floors_html())


def _amount(value: Decimal | None, approximate: bool, as_stated: str) -> str:
    if value is None:
        return f"未说明 not stated<br><small>{_e(as_stated)}</small>"
    shown = format_yuan(value)
    if approximate:
        return f"≈ {shown}<br><small>“{_e(as_stated)}”：约数，原文为“…余” (approximate: “over”)</small>"
    return f"{shown}<br><small>{_e(as_stated)}</small>"


def _awarded(c: Case) -> str:
    if c.awarded is None:
        return _amount(None, False, c.awarded_as_stated)
    if len(c.award_parts) > 1:
        parts = "<br>".join(f"{_e(p.party)}: {format_yuan(p.amount)}" for p in c.award_parts)
        return f"{format_yuan(c.awarded)}<br><small>{parts}</small>"
    if not c.award_parts:
        return f"{format_yuan(c.awarded)}<br><small>{_e(c.awarded_as_stated)}</small>"
    part = c.award_parts[0]
    return _amount(c.awarded, c.awarded_approximate, part.as_stated)


def case_row_html(c: Case) -> str:
    """One case as a table row: case, what was leaked, claim, award, measure, grade, sources."""
    measure = cases_module.MEASURES[c.measure]
    measure_text = f"{_e(measure['zh'])} {_e(measure['en'])}"
    if not c.measure_stated:
        measure_text += "<br><small>（未明说 not stated as such）</small>"
    caveat_zh, caveat_en = grade_caveat(c)
    grade = (
        f"<b>{_e(c.grade)}</b><br><small>"
        + "; ".join(f"{g}: {_e(cases_module.GRADES[g]['en'])}" for g in c.grades)
        + "</small>"
    )
    if caveat_en:
        grade += f"<div style='color:{AMBER}'><small>⚠ {_e(caveat_zh)}<br>{_e(caveat_en)}</small></div>"
    links = " ".join(
        f"<a href='{_e(s.url)}' target='_blank' rel='noopener' title='{_e(s.label)}'>[{i}]</a>"
        for i, s in enumerate(c.sources, 1)
    )
    kind = cases_module.KINDS[c.kind]
    claimed = (
        f"{format_yuan(c.claimed)}<br><small>{_e(c.claimed_as_stated)}</small>"
        if c.claimed is not None
        else f"—<br><small>{_e(c.claimed_as_stated)}</small>"
    )
    return (
        f"<tr><td style='{CELL}'><b>{c.id}</b></td>"
        f"<td style='{CELL}'>{_e(c.title_zh)}<br><i>{_e(c.name_en)}</i><br><small>{_e(c.court)} · "
        f"{_e(kind['zh'])} {_e(kind['en'])}</small></td>"
        f"<td style='{CELL}'><small>{_e(c.leaked)}</small></td>"
        f"<td style='{CELL}'>{claimed}</td><td style='{CELL}'>{_awarded(c)}</td>"
        f"<td style='{CELL}'>{measure_text}<br><small>{_e(c.measure_note)}</small></td>"
        f"<td style='{CELL}'>{grade}<br>{links}</td></tr>"
    )


def cases_table_html() -> str:
    """All fifteen cases with their sources and reliability grades."""
    head = "".join(
        f"<th style='{CELL};width:{w}%'>{h}</th>"
        for h, w in (
            ("#", 5),
            ("案件 Case · court", 22),
            ("泄露或滥用的信息 What was leaked", 15),
            ("主张 Claimed (yuan)", 11),
            ("判赔 Awarded (yuan)", 12),
            ("计算方法 Measure", 19),
            ("来源与可靠性 Sources, grade", 16),
        )
    )
    grades = "; ".join(
        f"<b>{g}</b> = {_e(v['zh'])} {_e(v['en'])}" + (f" ({_e(v['caveat_en'])})" if v["caveat_en"] else "")
        for g, v in cases_module.GRADES.items()
    )
    return (
        f"<div style='max-width:{WIDTH};font-size:13px;line-height:1.4'>"
        f"<table style='border-collapse:collapse;width:100%;table-layout:fixed;overflow-wrap:anywhere'><thead>"
        f"<tr>{head}</tr></thead><tbody>{''.join(case_row_html(c) for c in cases_module.cases())}</tbody></table>"
        f"<small>{grades}. “≈” = 原文为“…余”的约数，按所述整数记录 an amount stated as “over …” (…余), kept as "
        "the stated round figure. 未说明 = the sources read do not state it; nothing was estimated.</small></div>"
    )


def cases_table() -> object:
    return _html(cases_table_html())
