"""Notebook 08 (侵犯公民个人信息罪 · The personal-information crime): the severity calculator and its chart.

Thin adapters around :func:`pilaw.rules.criminal.pi_severity` and :func:`pilaw.rules.criminal.crime_name`:

* :func:`severity_calculator` — counts per category of information, the illegal gain, insider status and
  the date of the conduct → 情节严重 / 情节特别严重, the exact combined fraction of the standard
  (art. 5 para. 1 item 6), the band of art. 253-1, the crime name and the cited steps.
* :func:`crime_name_finder` — a date → the crime name(s) of art. 253-1 and the text then in force.
* :func:`standards_html` — the numeric standards of art. 5 on a date, read from the dated figures.
* :func:`pilaw.show.charts.ratio_growth` draws how the combined ratio grows with the pieces of each group, and a
  case's shares (a Vega-Lite chart built from :func:`assess`).

Every figure shown comes from :mod:`pilaw.law` or from a result of :mod:`pilaw.rules.criminal`; none is written here.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cached_property

import ipywidgets as W

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan, parse_yuan
from pilaw.law.steps import Kind, Step, of_kind
from pilaw.law.text import date_zh, fraction_text
from pilaw.rules.criminal import (
    CATEGORIES,
    CATEGORY_LABELS,
    Assessment,
    Severity,
    Share,
    crime_name,
    pi_severity,
    pi_threshold_table,
)
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
from pilaw.show.theme import AMBER, GREEN, PAGE_WIDTH, RED
from pilaw.teaching.examples import LI_SI_COUNTS, LI_SI_DAY
from pilaw.widgets import Calculator, checkbox, date_picker, grid, html_widget, text, vbox

__all__ = [
    "DEFAULT_COUNTS",
    "DEFAULT_DAY",
    "Case",
    "NameOnDate",
    "assess",
    "crime_name_finder",
    "name_on",
    "render_case",
    "render_name",
    "severity_calculator",
    "standards_html",
]

REF = "criminal_law/253-1"
REF5 = "spc_2017_personal_information/5"
REF6 = "spc_2017_personal_information/6"

#: The worked example: 李四 (Li Si, fictional) resold 35 credit records and 150 transaction records.
DEFAULT_COUNTS: dict[str, int] = dict(LI_SI_COUNTS)
DEFAULT_DAY = LI_SI_DAY

WIDE = ("other_safety",)
# The count boxes: two to a row inside the page width, or one wide box for a long label (layout, not law).
BOX_COLUMNS = "repeat(2, 410px)"
BOX_WIDTH, WIDE_BOX_WIDTH = "400px", "620px"

SEVERITY_COLOURS = {Severity.NONE: GREEN, Severity.SERIOUS: AMBER, Severity.ESPECIALLY_SERIOUS: RED}


# ---------------------------------------------------------------------------------------------------- the case


def share_text(share: Share) -> str:
    """'35/50' — unreduced, as a student writes it."""
    return share.text


@dataclass(frozen=True)
class Case:
    """What the calculator shows: the :class:`~pilaw.rules.criminal.Assessment` and the inputs it was computed from
    (``counts``: the categories entered with more than 0 pieces, in the order of :data:`~pilaw.rules.criminal.CATEGORIES`)."""

    assessment: Assessment
    counts: tuple[tuple[str, int], ...]
    illegal_gain: object
    insider: bool
    on: date
    shares: tuple[Share, ...]
    unit: bool = False
    lawful_business: bool = False

    @property
    def severity(self) -> Severity:
        return self.assessment.severity

    @property
    def ratio(self) -> Fraction:
        return self.assessment.ratio

    @property
    def gain_ratio(self) -> Fraction:
        return self.assessment.gain_ratio

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.assessment.steps

    @property
    def crime_name_zh(self) -> str:
        return self.assessment.crime_name_zh

    @property
    def sentence_zh(self) -> str:
        return self.assessment.sentence_zh

    @property
    def sentence_en(self) -> str:
        return self.assessment.sentence_en

    @property
    def expression(self) -> str:
        """'35/50 + 150/500 = 1': the shares as typed, and their exact sum (art. 5 para. 1 item 6)."""
        return self.assessment.expression


def _day(on: object) -> date:
    if on is None:
        raise InputError("on 行为日期", "请选择行为日期", "choose the date of the conduct")
    return parse_date(on, "on 行为日期", allow_text=False)


def assess(
    counts: Mapping[str, object],
    *,
    illegal_gain: object = 0,
    insider: bool = False,
    unit: bool = False,
    lawful_business: bool = False,
    on: object,
) -> Case:
    """Call :func:`pilaw.rules.criminal.pi_severity`; its shares let the sum be shown unreduced (35/50 + 150/500).

    ``on`` is required (a cleared date picker is an input error, not "today").
    """
    day = _day(on)
    result = pi_severity(
        counts, illegal_gain=illegal_gain, insider=insider, unit=unit, lawful_business=lawful_business, on=day
    )
    kept = tuple((share.category, share.count) for share in result.shares)
    return Case(result, kept, illegal_gain, insider, day, result.shares, unit, lawful_business)


# ---------------------------------------------------------------------------------------------------- rendering


def _caveat(zh: str, en: str, title: str = "本计算器不评估 Not assessed here") -> str:
    return f'<div style="{CAVEAT_STYLE}"><b>⚠ {title}.</b> {html.escape(zh)}<br><small>{html.escape(en)}</small></div>'


def cite_on(ref: str, on: date) -> str:
    """The provision's label on ``on``, or its latest version's where it was not yet in force that day."""
    try:
        return cite_label(ref, on)
    except LawError:
        return cite_label(ref)


def render_case(case: Case) -> str:
    """The verdict, the exact fraction, the crime name, the band, what is not assessed, then the cited steps."""
    a = case.assessment
    colour = SEVERITY_COLOURS[a.severity]
    gain_yuan = format_yuan(parse_yuan(case.illegal_gain, "illegal_gain"))
    insider_zh = "是：第二款，标准减半（第五条第一款第八项），从重处罚" if case.insider else "否"
    insider_en = (
        "yes: para. 2 — half the standards (art. 5 para. 1 item 8), heavier punishment (从重处罚)"
        if case.insider
        else "no"
    )
    rows = [
        (
            "结论",
            "Result",
            f"<b style='color:{colour};font-size:18px'>{html.escape(a.severity.zh)}</b>",
            html.escape(a.severity.en),
        ),
        (
            "数量比例（第六项合计）",
            "Quantity ratio (item 6 adds up)",
            f"<b style='font-size:17px'>{html.escape(case.expression)}</b>",
            f"{fraction_text(case.ratio)} × the standard, exact (never rounded) · 精确计算，不作四舍五入",
        ),
        (
            "违法所得比例（第七项）",
            "Illegal-gain ratio (item 7)",
            f"{gain_yuan} 元 → <b>{fraction_text(case.gain_ratio)}</b>",
            "pieces and money are not added together · 条数与金额不相加",
        ),
        ("内部人员", "Insider", html.escape(insider_zh), html.escape(insider_en)),
        ("罪名", "Crime name", f"<b>{html.escape(a.crime_name_zh)}</b>", html.escape(a.crime_name_en)),
        ("法定刑", "Sentencing band", html.escape(a.sentence_zh), html.escape(a.sentence_en)),
    ]
    if a.fine is not None:
        rows.append(("罚金（第十二条）", "Fine (art. 12)", html.escape(a.fine.text_zh), html.escape(a.fine.text_en)))
    if case.unit:
        rows.insert(
            1,
            (
                "单位犯罪",
                "Unit crime",
                "是：对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员判处刑罚（双罚）",
                "yes: the unit is fined and its responsible persons are punished (double penalty)",
            ),
        )
    if case.lawful_business:
        art6 = any(step.cites == REF6 and step.item is not None for step in a.steps)  # item 1: the profit counted
        rows.insert(
            1,
            (
                "为合法经营而购买（第六条）",
                "Bought for lawful business (art. 6)",
                f"适用：只看获利，比例 <b>{fraction_text(case.gain_ratio)}</b>" if art6 else "不适用：按第五条",
                "applies: only the profit counts" if art6 else "does not apply: art. 5 governs",
            ),
        )
    table = "".join(
        f"<tr><td style='text-align:left;vertical-align:top;white-space:nowrap'>{zh}<br><small>{en}</small></td>"
        f"<td style='text-align:left;vertical-align:top'>{value_zh}</td>"
        f"<td style='text-align:left;vertical-align:top'><small>{value_en}</small></td></tr>"
        for zh, en, value_zh, value_en in rows
    )
    return (
        f"<div style='max-width:{PAGE_WIDTH}'>"
        f"<p><small>行为日期 {date_zh(case.on)} · conduct on {case.on.isoformat()} · 依据 {html.escape(cite_on(REF, case.on))} · "
        f"{html.escape(cite_on(REF5, case.on))}</small></p>"
        f"<table style='border-collapse:collapse'>{table}</table>"
        + "".join(_caveat(s.text_zh, s.text_en) for s in of_kind(a.steps, Kind.NOT_ASSESSED))
        + f"{steps_html(a.steps, case.on, why=_why(case))}</div>"
    )


def _why(case: Case) -> str:
    """Three lines in words: what the counts add up to, what the money adds, and what that makes of the case."""
    a = case.assessment
    insider = "内部人员的标准减半（第八项）。 An insider's standards are halved (item 8). " if case.insider else ""
    return (
        f"<b>为什么 Why:</b> 各类条数按各自标准折算后相加：{html.escape(case.expression)}。 Each count is taken as a "
        f"share of its own standard, and the shares are added: {html.escape(case.expression)}.<br>"
        f"违法所得另算，不与条数相加：比例 {fraction_text(case.gain_ratio)}。 The illegal gain is a separate route, not added "
        f"to the pieces: {fraction_text(case.gain_ratio)} of its standard.<br>{insider}"
        f"达到1为情节严重，达到10为情节特别严重：结论是{html.escape(a.severity.zh)}。 A share of 1 is 情节严重, 10 is "
        f"情节特别严重: here, {html.escape(a.severity.en)}."
    )


class _SeverityCalculator(Calculator):
    """The ten count boxes sit under the three items of art. 5 para. 1, two to a row, so the widget fits 900 px."""

    @cached_property
    def widget(self) -> W.VBox:
        parts: list[W.Widget] = []
        for row in pi_threshold_table().rows:
            boxes = [self.inputs[k] for k, (g, _zh, _en) in CATEGORIES.items() if g == row.key]
            if not boxes:
                continue
            parts.append(
                html_widget(
                    f"<b>第五条第一款{row.item_zh} · art. 5 para. 1 {row.item_en}</b> "
                    f"<small>（标准 standard: {fraction_text(row.serious)} 条 pieces）</small>"
                )
            )
            parts.append(grid(boxes, grid_template_columns=BOX_COLUMNS, width="auto"))
        parts.append(html_widget("<b>其他事实 · Other facts</b>"))
        facts = ("illegal_gain", "insider", "unit", "lawful_business", "on")
        parts += [*(self.inputs[k] for k in facts), self.button, self.result]
        return vbox(parts, max_width=PAGE_WIDTH)


def severity_calculator(
    counts: Mapping[str, object] | None = None,
    *,
    illegal_gain: object = "0",
    insider: bool = False,
    on: date = DEFAULT_DAY,
    unit: bool = False,
    lawful_business: bool = False,
) -> Calculator:
    """Counts per category, the illegal gain, insider or not, and the date → severity, fraction, band and steps.

    Defaults: the worked example of notebook 08 — 35 credit records and 150 transaction records sold on
    2024-03-15 by someone who did not obtain them at work: 35/50 + 150/500 = 1, exactly 情节严重.
    ``calc.outcome`` is a :class:`Case`.
    """
    chosen = dict(DEFAULT_COUNTS if counts is None else counts)
    unknown = set(chosen) - set(CATEGORIES)
    if unknown:
        raise InputError("counts", f"未知的信息类别：{sorted(unknown)}", f"unknown categories: {sorted(unknown)}")
    inputs: dict[str, W.ValueWidget] = {}
    for key in CATEGORIES:
        zh, en = CATEGORY_LABELS[key]
        if key in WIDE:  # a long label: the whole row, so the input keeps its room
            inputs[key] = text(zh, en, str(chosen.get(key, 0)), width=WIDE_BOX_WIDTH, grid_column="1 / span 2")
        else:
            inputs[key] = text(zh, en, str(chosen.get(key, 0)), width=BOX_WIDTH)
    inputs["illegal_gain"] = text("违法所得（元）", "Illegal gain (yuan)", str(illegal_gain))
    inputs["insider"] = checkbox(
        "内部人员：履职或服务中获得（第二款）", "insider: obtained on duty or in service (para. 2)", insider
    )
    inputs["unit"] = checkbox("单位犯罪：公司自己出售（第四款）", "a unit (company) did it (para. 4)", unit)
    inputs["lawful_business"] = checkbox(
        "为合法经营而购买、收受（解释第六条）", "bought for lawful business (interpretation art. 6)", lawful_business
    )
    inputs["on"] = date_picker("行为日期", "Date of the conduct", on)

    def compute(
        illegal_gain: object, insider: bool, unit: bool, lawful_business: bool, on: object, **counts: object
    ) -> Case:
        return assess(
            counts, illegal_gain=illegal_gain, insider=insider, unit=unit, lawful_business=lawful_business, on=on
        )

    return _SeverityCalculator(inputs, compute=compute, render=render_case, button=("评估", "Assess"))


# ---------------------------------------------------------------------------------------------------- crime names


@dataclass(frozen=True)
class NameOnDate:
    """The crime name(s) of art. 253-1 on a day, and the version of the article then in force."""

    on: date
    name_zh: str
    name_en: str
    text_from: date
    text_to: date | None
    steps: tuple[Step, ...]


def name_on(on: object) -> NameOnDate:
    """The crime name(s) of art. 253-1 on ``on`` (:func:`pilaw.rules.criminal.crime_name`) and the text then in force.

    Before 2015-11-01 (Amendment VII text; names from 2009-10-16): 出售、非法提供公民个人信息罪 (para. 1) and
    非法获取公民个人信息罪 (para. 2). From 2015-11-01 (Amendment IX): 侵犯公民个人信息罪. A day before a name
    was fixed raises :class:`~pilaw.law.errors.LawError`.
    """
    day = _day(on)
    zh, en = crime_name(day)
    prov = law.provision(REF, day)
    until = date_zh(prov.effective_to) if prov.effective_to else "现行"
    steps = (
        Step(
            f"{date_zh(day)}施行的是{date_zh(prov.effective_from)}起的刑法第二百五十三条之一文本（至{until}）。",
            f"On {day.isoformat()} the text of art. 253-1 in force from {prov.effective_from.isoformat()} applied "
            f"(until {until}).",
            REF,
        ),
        Step(
            f"罪名（由最高人民法院、最高人民检察院的罪名补充规定确定，不是刑法条文本身）：{zh}。",
            f"Crime name (fixed by the SPC/SPP supplementary provisions on crime names, not by the article itself): {en}.",
            REF,
        ),
    )
    return NameOnDate(day, zh, en, prov.effective_from, prov.effective_to, steps)


def render_name(result: NameOnDate) -> str:
    return (
        f"<div style='max-width:{PAGE_WIDTH}'><div style='font-size:18px'><b>{html.escape(result.name_zh)}</b></div>"
        f"<div>{html.escape(result.name_en)}</div>{steps_html(result.steps, result.on)}</div>"
    )


def crime_name_finder(on: date = date(2012, 1, 1)) -> Calculator:
    """Pick a date: which crime name(s) art. 253-1 carried then, and which text of the article was in force."""
    return Calculator(
        {"on": date_picker("日期", "Date", on)}, compute=name_on, render=render_name, button=("查罪名", "Look up")
    )


# ---------------------------------------------------------------------------------------------------- standards table


def standards_html(on: date = DEFAULT_DAY) -> str:
    """The standards of art. 5 on ``on`` (:func:`pilaw.rules.criminal.pi_threshold_table`): 情节严重, ten times
    that, and half for an insider."""
    table = pi_threshold_table(_day(on))
    multiple, half = Fraction(table.multiple.value), Fraction(table.insider_fraction.value)
    rows = []
    for row in table.rows:
        unit = "元 yuan" if row.figure.unit == "yuan" else "条 pieces"
        cells = [row.serious, row.especially, row.insider, row.insider_especially]
        rows.append(
            f"<tr><td style='text-align:left'>{row.item_zh} {row.item_en}</td>"
            f"<td style='text-align:left'><small>{html.escape(row.figure.label_zh)}</small></td>"
            + "".join(f"<td style='text-align:right'>{fraction_text(c)}</td>" for c in cells)
            + f"<td>{unit}</td></tr>"
        )
    head = (
        "<tr><th>第五条第一款 art. 5 para. 1</th><th>条文 text</th><th>情节严重<br>serious</th>"
        f"<th>情节特别严重<br>×{fraction_text(multiple)}</th><th>内部人员 insider<br>×{fraction_text(half)}</th>"
        f"<th>内部人员 特别严重<br>insider ×{fraction_text(half * multiple)}</th><th></th></tr>"
    )
    return (
        f"<div style='max-width:{PAGE_WIDTH}'><table style='border-collapse:collapse'><thead>{head}</thead>"
        f"<tbody>{''.join(rows)}</tbody></table><small>行为日期 {date_zh(table.on)} · conduct on {table.on.isoformat()} · "
        f"{html.escape(cite_label(REF5, table.on))}</small></div>"
    )
