"""Notebook 07 (侵犯公民个人信息罪 · The personal-information crime): the severity calculator and its chart.

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
from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan, parse_yuan
from pilaw.law.steps import Step
from pilaw.rules.criminal import CATEGORIES, Assessment, Severity, Share, crime_name, pi_severity
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
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

MAX_WIDTH = "900px"
REF = "criminal_law/253-1"
REF5 = "spc_2017_personal_information/5"

#: The worked example: 李四 (Li Si, fictional) resold 35 credit records and 150 transaction records.
DEFAULT_COUNTS: dict[str, int] = {"credit": 35, "transaction": 150}
DEFAULT_DAY = date(2024, 3, 15)

#: group → (figure key, item of art. 5 para. 1 in Chinese and English)
GROUPS: dict[str, tuple[str, str, str]] = {
    "sensitive": ("spc2017.pieces.sensitive", "第三项", "item 3"),
    "safety": ("spc2017.pieces.safety", "第四项", "item 4"),
    "other": ("spc2017.pieces.other", "第五项", "item 5"),
}

#: Short labels for the input boxes (the full names are in :data:`pilaw.rules.criminal.CATEGORIES`).
SHORT_LABELS: dict[str, tuple[str, str]] = {
    "whereabouts": ("行踪轨迹", "whereabouts"),
    "communication_content": ("通信内容", "communication content"),
    "credit": ("征信", "credit"),
    "property": ("财产", "property"),
    "accommodation": ("住宿", "accommodation"),
    "communication_records": ("通信记录", "communication records"),
    "health": ("健康生理", "health"),
    "transaction": ("交易", "transaction"),
    "other_safety": ("其他影响人身财产安全（如身份证、人脸）", "other safety-relevant (ID card, face …)"),
    "other": ("其他个人信息", "any other"),
}

WIDE = ("other_safety",)

SEVERITY_COLOURS = {Severity.NONE: "#1b5e20", Severity.SERIOUS: "#b26a00", Severity.ESPECIALLY_SERIOUS: "#b00020"}

NOT_ASSESSED_ZH = (
    "本计算器只看数字（第五条第一款第三项至第八项、第二款第三项）。它不评估：第一款第一项（出售或者提供行踪轨迹信息，"
    "被他人用于犯罪）、第二项（知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供）、第九项（曾受刑事处罚"
    "或者二年内受过行政处罚又实施）、第十项（其他情节严重的情形）；第二款第一项、第二项、第四项（死亡、重伤等严重后果，"
    "重大经济损失或者恶劣社会影响，其他情节特别严重的情形）。条数应当已按第十一条计算（不重复计算、累计计算、按查获数量认定）。"
    "是否“违反国家有关规定”、行为是否属于出售、提供或者非法获取，也假定已经认定。"
)
NOT_ASSESSED_EN = (
    "This calculator looks at the numbers only (art. 5 para. 1 items 3-8, para. 2 item 3). It does not assess: para. 1 "
    "item 1 (whereabouts information sold or provided and then used for a crime), item 2 (supplying someone known or "
    "who ought to be known to use the information for crime), item 9 (a repeat after a criminal punishment, or within "
    "two years of an administrative penalty), item 10 (other serious circumstances); para. 2 items 1, 2 and 4 (death, "
    "serious injury and similar consequences; major economic loss or a seriously bad social impact; other especially "
    "serious circumstances). The counts are taken as already counted under art. 11 (no double counting, cumulative "
    "counting, batches as seized). That the conduct breached 'relevant State provisions' and was a sale, provision or "
    "illegal obtaining is also assumed."
)


# ---------------------------------------------------------------------------------------------------- the case


def share_text(share: Share) -> str:
    """'35/50' — unreduced, as a student writes it."""
    return f"{share.count:,}/{_frac(share.standard)}"


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
        if not self.shares:
            return "0"
        return " + ".join(share_text(s) for s in self.shares) + f" = {_frac(self.ratio)}"


def _frac(value: Fraction) -> str:
    value = Fraction(value)
    return f"{value.numerator:,}" if value.denominator == 1 else f"{value.numerator:,}/{value.denominator:,}"


def _day(on: object) -> date:
    if on is None:
        raise InputError("on 行为日期", "请选择行为日期", "choose the date of the conduct")
    return parse_date(on, "on 行为日期", allow_text=False)


def assess(counts: Mapping[str, object], *, illegal_gain: object = 0, insider: bool = False, on: object) -> Case:
    """Call :func:`pilaw.rules.criminal.pi_severity`; its shares let the sum be shown unreduced (35/50 + 150/500).

    ``on`` is required (a cleared date picker is an input error, not "today").
    """
    day = _day(on)
    result = pi_severity(counts, illegal_gain=illegal_gain, insider=insider, on=day)
    kept = tuple((share.category, share.count) for share in result.shares)
    return Case(result, kept, illegal_gain, insider, day, result.shares)


# ---------------------------------------------------------------------------------------------------- rendering


def _caveat(zh: str, en: str, title: str = "本计算器不评估 Not assessed here") -> str:
    return f'<div style="{CAVEAT_STYLE}"><b>⚠ {title}.</b> {html.escape(zh)}<br><small>{html.escape(en)}</small></div>'


def render_case(case: Case) -> str:
    """The verdict, the exact fraction, the crime name, the band, what is not assessed, then the cited steps."""
    a = case.assessment
    colour = SEVERITY_COLOURS[a.severity]
    fraction_code = f"Fraction({case.ratio.numerator}, {case.ratio.denominator})"
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
            f"<code>{fraction_code}</code>",
        ),
        (
            "违法所得比例（第七项）",
            "Illegal-gain ratio (item 7)",
            f"{gain_yuan} 元 → <b>{_frac(case.gain_ratio)}</b>",
            "pieces and money are not added together · 条数与金额不相加",
        ),
        ("内部人员", "Insider", html.escape(insider_zh), html.escape(insider_en)),
        ("罪名", "Crime name", f"<b>{html.escape(a.crime_name_zh)}</b>", html.escape(a.crime_name_en)),
        ("刑罚幅度", "Sentencing band", html.escape(a.sentence_zh), html.escape(a.sentence_en)),
    ]
    table = "".join(
        f"<tr><td style='text-align:left;vertical-align:top;white-space:nowrap'>{zh}<br><small>{en}</small></td>"
        f"<td style='text-align:left;vertical-align:top'>{value_zh}</td>"
        f"<td style='text-align:left;vertical-align:top'><small>{value_en}</small></td></tr>"
        for zh, en, value_zh, value_en in rows
    )
    return (
        f"<div style='max-width:{MAX_WIDTH}'>"
        f"<p><small>行为日期 Conduct on {case.on.isoformat()} · 依据 {html.escape(cite_label(REF, case.on))} · "
        f"{html.escape(cite_label(REF5, case.on))}</small></p>"
        f"<table style='border-collapse:collapse'>{table}</table>"
        f"{_caveat(NOT_ASSESSED_ZH, NOT_ASSESSED_EN)}"
        f"{steps_html(a.steps, case.on)}</div>"
    )


class _SeverityCalculator(Calculator):
    """The ten count boxes sit under the three items of art. 5 para. 1, two to a row, so the widget fits 900 px."""

    @cached_property
    def widget(self) -> W.VBox:
        parts: list[W.Widget] = []
        for group, (key, item_zh, item_en) in GROUPS.items():
            standard = law.figure_versions(key)[-1]
            parts.append(
                html_widget(
                    f"<b>第五条第一款{item_zh} · art. 5 para. 1 {item_en}</b> "
                    f"<small>（标准 standard: {standard.value:,} 条 pieces）</small>"
                )
            )
            boxes = [self.inputs[k] for k, (g, _zh, _en) in CATEGORIES.items() if g == group]
            parts.append(grid(boxes, grid_template_columns="repeat(2, 410px)", width="auto"))
        parts.append(html_widget("<b>其他事实 · Other facts</b>"))
        parts += [self.inputs["illegal_gain"], self.inputs["insider"], self.inputs["on"], self.button, self.result]
        return vbox(parts, max_width=MAX_WIDTH)


def severity_calculator(
    counts: Mapping[str, object] | None = None,
    *,
    illegal_gain: object = "0",
    insider: bool = False,
    on: date = DEFAULT_DAY,
) -> Calculator:
    """Counts per category, the illegal gain, insider or not, and the date → severity, fraction, band and steps.

    Defaults: the worked example of notebook 07 — 35 credit records and 150 transaction records sold on
    2024-03-15 by someone who did not obtain them at work: 35/50 + 150/500 = 1, exactly 情节严重.
    ``calc.outcome`` is a :class:`Case`.
    """
    chosen = dict(DEFAULT_COUNTS if counts is None else counts)
    unknown = set(chosen) - set(CATEGORIES)
    if unknown:
        raise InputError("counts", f"未知的信息类别：{sorted(unknown)}", f"unknown categories: {sorted(unknown)}")
    inputs: dict[str, W.ValueWidget] = {}
    for key in CATEGORIES:
        zh, en = SHORT_LABELS[key]
        if key in WIDE:  # a long label: the whole row, so the input keeps its room
            inputs[key] = text(zh, en, str(chosen.get(key, 0)), width="620px", grid_column="1 / span 2")
        else:
            inputs[key] = text(zh, en, str(chosen.get(key, 0)), width="400px")
    inputs["illegal_gain"] = text("违法所得（元）", "Illegal gain (yuan)", str(illegal_gain))
    inputs["insider"] = checkbox(
        "内部人员：履职或服务中获得（第二款）", "insider: obtained on duty or in service (para. 2)", insider
    )
    inputs["on"] = date_picker("行为日期", "Date of the conduct", on)

    def compute(illegal_gain, insider, on, **counts):
        return assess(counts, illegal_gain=illegal_gain, insider=insider, on=on)

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
    until = prov.effective_to.isoformat() if prov.effective_to else "现行 in force"
    steps = (
        Step(
            f"{day.isoformat()}施行的是{prov.effective_from.isoformat()}起的刑法第二百五十三条之一文本（至{until}）。",
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
        f"<div style='max-width:{MAX_WIDTH}'><div style='font-size:18px'><b>{html.escape(result.name_zh)}</b></div>"
        f"<div>{html.escape(result.name_en)}</div>{steps_html(result.steps, result.on)}</div>"
    )


def crime_name_finder(on: date = date(2012, 1, 1)) -> Calculator:
    """Pick a date: which crime name(s) art. 253-1 carried then, and which text of the article was in force."""
    return Calculator(
        {"on": date_picker("日期", "Date", on)}, compute=name_on, render=render_name, button=("查罪名", "Look up")
    )


# ---------------------------------------------------------------------------------------------------- standards table


def standards_html(on: date = DEFAULT_DAY) -> str:
    """The standards of art. 5 on ``on``, read from the dated figures: 情节严重, ten times that, and half for an insider."""
    day = _day(on)
    multiple = law.value("spc2017.especially_serious_multiple", day)
    half = law.value("spc2017.insider_fraction", day)
    rows = []
    for key, item_zh, item_en in [*GROUPS.values(), ("spc2017.illegal_gain", "第七项", "item 7")]:
        fig = law.figure(key, day)
        value = Fraction(fig.value)
        unit = "元 yuan" if fig.unit == "yuan" else "条 pieces"
        cells = [_frac(value), _frac(value * multiple), _frac(value * half), _frac(value * half * multiple)]
        rows.append(
            f"<tr><td style='text-align:left'>{item_zh} {item_en}</td>"
            f"<td style='text-align:left'><small>{html.escape(fig.label_zh)}</small></td>"
            + "".join(f"<td style='text-align:right'>{c}</td>" for c in cells)
            + f"<td>{unit}</td></tr>"
        )
    head = (
        "<tr><th>第五条第一款 art. 5 para. 1</th><th>条文 text</th><th>情节严重<br>serious</th>"
        f"<th>情节特别严重<br>×{_frac(multiple)}</th><th>内部人员 insider<br>×{_frac(half)}</th>"
        f"<th>内部人员 特别严重<br>insider ×{_frac(half * multiple)}</th><th></th></tr>"
    )
    return (
        f"<div style='max-width:{MAX_WIDTH}'><table style='border-collapse:collapse'><thead>{head}</thead>"
        f"<tbody>{''.join(rows)}</tbody></table><small>行为日期 conduct on {day.isoformat()} · "
        f"{html.escape(cite_label(REF5, day))}</small></div>"
    )
