"""Notebook 07: trade secrets (侵犯商业秘密) — the crime of Criminal Law art. 219 and civil damages under the AUCL.

Thin adapters around the rules; nothing here decides a point of law:

* :func:`art219_diff_html` — the two texts of art. 219 (1997 / Amendment XI) with every change marked,
  from :func:`pilaw.teaching.source_page.art219_versions` (the pre-2021 text carries its caveat).
* :func:`thresholds_html` — the three generations of numeric thresholds (2004, 2020, 2025
  interpretations), read from the dated figures.
* :func:`offence_calculator` — a conduct date, a trial date, the loss, the illegal gain, a repeat within
  two years, the owner's bankruptcy → which text of art. 219, which interpretation's figures, which band
  (:func:`pilaw.rules.criminal.trade_secret`). Defaults: the fictional engineer 王五 (Wang Wu) of 远峰科技
  (Yuanfeng Technology), who took the customer list: loss 2,600,000 yuan, conduct 2024-03-01, trial 2025-06-01.
* :func:`damages_calculator` — the same facts on two conduct dates, side by side, under AUCL 2019 art. 17
  and 2025 art. 22 (:func:`pilaw.rules.compensation.trade_secret_damages`). Defaults: the day before and the day
  the 2025 text took effect (2025-10-14 / 2025-10-15).
* The exercises are in the lesson's bank, ``lib/pilaw/data/exercises/07_trade_secrets.json``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw import law
from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan, parse_optional_yuan, yuan_zh
from pilaw.law.text import date_zh, fraction_text
from pilaw.rules import compensation, criminal
from pilaw.rules.compensation import TradeSecretAward
from pilaw.rules.criminal import Severity, TradeSecretAssessment, TradeSecretThresholdRow
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
from pilaw.show.source_page import comparison_html
from pilaw.show.theme import BORDER_GREY, COLUMN_WIDTH, GREEN, PAGE_WIDTH, RED
from pilaw.teaching import examples
from pilaw.teaching import source_page as sp
from pilaw.widgets import Calculator, checkbox, date_picker, hbox, label, text, vbox

WIDTH = PAGE_WIDTH
COLUMN = COLUMN_WIDTH
BOX = f"max-width:{WIDTH};font-size:14px;line-height:1.5"
TABLE = "border-collapse:collapse;margin:4px 0"
CELL = f"border:1px solid {BORDER_GREY};padding:3px 6px;text-align:left;vertical-align:top"

# The worked example (facts of a fictional case, not legal figures).
PERSON_ZH, PERSON_EN = "王五", "Wang Wu"
COMPANY_ZH = "远峰科技"
COMPANY_EN = examples.FIRMS[COMPANY_ZH][0]
EXAMPLE_CONDUCT = date(2024, 3, 1)
EXAMPLE_TRIAL = date(2025, 6, 1)
EXAMPLE_LOSS = "2,600,000"
EXAMPLE_GAIN = "0"

# The civil example: 远峰科技 sues the competitor that used the list.
DAMAGES_TRIAL = date(2026, 6, 1)
DAMAGES_LOSS = "800,000"
DAMAGES_GAIN = "1,200,000"
DAMAGES_MULTIPLIER = "2"
DAMAGES_COSTS = "50,000"

CONDUCT_FIELD = "行为日期 date of the conduct"
TRIAL_FIELD = "审理日期 date of the trial"
LOSS_FIELD = "损失数额 loss"
GAIN_FIELD = "违法所得 illegal gain"
CIVIL_GAIN_FIELD = "侵权获利 infringer's gain"
COSTS_FIELD = "合理开支 reasonable costs"
UNKNOWN_HINT = "空＝难以确定 empty = cannot be determined"


def aucl_2025_from() -> date:
    """The first day of the 2025 AUCL text (art. 22), read from the corpus."""
    return law.versions("aucl/22")[0].effective_from


def amendment_xi_from() -> date:
    """The first day of the Amendment XI text of art. 219, read from the corpus."""
    return law.versions("criminal_law/219")[-1].effective_from


def _amount_or_zero(value: object, field: str) -> Decimal:
    """An amount; an empty box counts as 0 (nothing established)."""
    amount = parse_optional_yuan(value, field)
    return Decimal(0) if amount is None else amount


def _caveat_box(zh: str, en: str) -> str:
    return f'<div style="{CAVEAT_STYLE}"><b>⚠ {html.escape(zh)}</b><br>{html.escape(en)}</div>'


# --------------------------------------------------------------------------- the texts and the thresholds


def art219_diff_html() -> str:
    """Art. 219, 1997 text against the Amendment XI text: both texts, the marked differences, the cited steps."""
    return comparison_html(sp.art219_versions())


def _yuan(value: object) -> str:
    """A figure's amount (Decimal yuan in the data) with thousands separators; '—' for none."""
    return "—" if value is None else format_yuan(Decimal(str(value)))


def _yuan_zh(value: object) -> str:
    """The same amount as Chinese prose writes it (100万元); '—' for none."""
    return "—" if value is None else yuan_zh(Decimal(str(value)))


def _figure_cell(fig: law.Figure | None, amount: Decimal | None = None, note_zh: str = "", note_en: str = "") -> str:
    if fig is None:
        return f"<td style='{CELL}'>—</td>"
    shown = fig.value if amount is None else amount
    return (
        f"<td style='{CELL}'><b>{_yuan_zh(shown)}</b> · {_yuan(shown)} yuan<br><small>{html.escape(fig.label_zh)}{html.escape(note_zh)}"
        f"<br>{html.escape(fig.label_en)}{html.escape(note_en)}</small></td>"
    )


def _top_cell(row: TradeSecretThresholdRow) -> str:
    if row.top.unit == "yuan":
        return _figure_cell(row.top)
    multiple = fraction_text(Fraction(row.top.value))
    entry = _yuan(row.entry.value)
    return _figure_cell(row.top, row.top_amount, f"（{entry}元 × {multiple}）", f" ({entry} × {multiple})")


def _repeat_cell(row: TradeSecretThresholdRow) -> str:
    if row.repeat is None or row.repeat_top is None:
        return _figure_cell(None)
    top = format_yuan(row.repeat_top)
    return (
        f"<td style='{CELL}'><b>{_yuan_zh(row.repeat.value)}</b> · {_yuan(row.repeat.value)} yuan<br><small>{html.escape(row.repeat.label_zh)}<br>"
        f"{html.escape(row.repeat.label_en)}</small><div style='{CAVEAT_STYLE}'><small>"
        f"十倍即{yuan_zh(row.repeat_top)}为情节特别严重？这是对文本的一种解读，尚无定论。<br>"
        f"Ten times = {top} yuan as 情节特别严重? A textual reading, not settled.</small></div></td>"
    )


def thresholds_html() -> str:
    """The three generations of figures for art. 219 (:func:`pilaw.rules.criminal.trade_secret_threshold_table`),
    each with its dates and the words it defines."""
    rows = []
    for row in criminal.trade_secret_threshold_table():
        until = row.effective_to.isoformat() if row.effective_to else "至今 today"
        rows.append(
            f"<tr><td style='{CELL}'>{html.escape(cite_label(row.ref))}<br><small>{row.effective_from.isoformat()} – "
            f"{until}</small></td>{_figure_cell(row.entry)}{_top_cell(row)}{_repeat_cell(row)}</tr>"
        )
    head = (
        f"<tr><th style='{CELL}'>司法解释 Interpretation</th><th style='{CELL}'>入罪标准 Entry tier</th>"
        f"<th style='{CELL}'>加重档 Top tier</th><th style='{CELL}'>二年内受过处罚后再次实施 Repeat within two years of a punishment</th></tr>"
    )
    return (
        f"<div style='{BOX}'><table style='{TABLE}'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
        "<small>每个数额都读自带日期的数据（<code>pilaw.law.figure</code>），标签引用解释原文。 "
        "Every figure is read from the dated data; each label quotes the interpretation.</small></div>"
    )


# --------------------------------------------------------------------------- the crime: art. 219 by date


def compute_offence(
    conduct_date: object,
    trial_date: object,
    loss: object,
    illegal_gain: object,
    repeat_within_two_years: bool,
    owner_bankrupt: bool,
    unit: bool = False,
) -> TradeSecretAssessment:
    """Parse the boxes (naming each field in Chinese and English), then :func:`pilaw.rules.criminal.trade_secret`."""
    return criminal.trade_secret(
        loss=_amount_or_zero(loss, LOSS_FIELD),
        illegal_gain=_amount_or_zero(illegal_gain, GAIN_FIELD),
        conduct_date=parse_date(conduct_date, CONDUCT_FIELD, required=True, allow_text=False),
        trial_date=parse_date(trial_date, TRIAL_FIELD, required=True, allow_text=False),
        repeat_within_two_years=repeat_within_two_years,
        owner_bankrupt=owner_bankrupt,
        unit=unit,
    )


def offence_why(result: TradeSecretAssessment) -> str:
    """Three or four lines, in words, on why the result is what it is: which text, which figures, the amount."""
    figures = cite_label(result.interpretation_ref)
    lines = [
        f"条文：行为时与审理时的文本按刑法第十二条作为整体比较，适用{date_zh(result.text_from)}起施行的文本。 Text: "
        "by art. 12 the regimes of the conduct and of the trial are compared whole; the text in force from "
        f"{result.text_from.isoformat()} applies.",
        f"数额标准：适用{figures}。规则：行为时的解释；审理时的解释对被告人更有利或行为时没有解释的，适用审理时的解释。 "
        "Figures: as named. The rule: the interpretation of the conduct, unless the one at trial is more favourable "
        "to the defendant or none existed at the conduct.",
        f"结论：计入{yuan_zh(result.amount)}，{result.severity.zh}。 Result: {format_yuan(result.amount)} yuan "
        f"counted: {result.severity.en}.",
    ]
    if result.contested:
        lines.append(
            "这一结论取决于受过处罚后再次实施情形的十倍标准的字面理解，尚无定论。 The result rests on the literal reading of the tenfold "
            "figure for conduct repeated after such a punishment: not settled."
        )
    return "".join(f"<div>{html.escape(line)}</div>" for line in lines)


def render_offence(result: TradeSecretAssessment) -> str:
    """The answer in four lines (text, figures, result, band), any caveat, then every cited step."""
    text_version = result.text_version
    until = text_version.effective_to.isoformat() if text_version.effective_to else "至今 today"
    colour = GREEN if result.severity is Severity.NONE else RED
    rows = [
        ("适用的条文文本", "Text of art. 219 applied", f"{text_version.effective_from.isoformat()} – {until}"),
        ("适用的数额标准", "Figures applied", cite_label(result.interpretation_ref)),
        ("计入的数额", "Amount counted", f"{yuan_zh(result.amount)} · {format_yuan(result.amount)} yuan"),
        (
            "结论",
            "Result",
            result.severity.en
            if result.severity.zh in result.severity.en
            else f"{result.severity.zh} · {result.severity.en}",
        ),
    ]
    table = "".join(
        f"<tr><td style='{CELL}'><b>{zh}</b><br>{en}</td><td style='{CELL}'>{html.escape(value)}</td></tr>"
        for zh, en, value in rows
    )
    band = (
        f"<div style='color:{colour};margin:4px 0'><b>法定刑 Band:</b> {html.escape(result.band_zh)}<br>"
        f"{html.escape(result.band_en)}</div>"
    )
    if result.fine is not None:
        who_zh, who_en = ("单位犯罪（第二百二十条）", "Unit crime (art. 220)") if result.unit else ("罚金", "Fine")
        band += (
            f"<div style='margin:4px 0'><b>{who_zh} · {who_en}:</b> {html.escape(result.penalty_zh)}<br>"
            f"{html.escape(result.penalty_en)}</div>"
        )
    caveats = ""
    if not text_version.verified:
        caveats += _caveat_box(
            "所适用的是修正前的文本，未经官方文本核实。",
            f"The pre-2021 text applies; it has not been checked against the official text. {text_version.note}",
        )
    if result.contested:
        caveats += _caveat_box(
            "结论取决于一个有争议的理解（受过处罚后再次实施情形的十倍标准），尚无定论；见下方步骤。",
            "The result depends on a contested reading (the tenfold figure for conduct repeated after such a punishment), "
            "not settled; see the steps below.",
        )
    return (
        f"<div style='{BOX}'><table style='{TABLE}'><tbody>{table}</tbody></table>{band}{caveats}"
        f"<details open><summary>逐步理由与依据 · Step-by-step reasoning and basis ({len(result.steps)})</summary>"
        f"{steps_html(result.steps, why=offence_why(result))}</details>"
        "<small>这是对条文和司法解释的逐步适用，不是判决：“其他情节严重的情形”和量刑情节不在其中。 "
        "A step-by-step application of the texts, not a verdict: 'other serious circumstances' and sentencing "
        "factors are left out.</small></div>"
    )


class TwoColumns(Calculator):
    """A calculator laid out in two columns (≤ 900 px): dates on the left, amounts and facts on the right."""

    left: tuple[str, ...] = ()

    @cached_property
    def widget(self) -> W.VBox:
        left = [w for name, w in self.inputs.items() if name in self.left]
        right = [w for name, w in self.inputs.items() if name not in self.left]
        return vbox(
            [hbox([vbox(left, width=COLUMN), vbox(right, width=COLUMN)]), self.button, self.result], max_width=WIDTH
        )


class OffenceCalculator(TwoColumns):
    left = ("conduct_date", "trial_date")


NARROW = "430px"


def offence_calculator(
    conduct_date: date | None = EXAMPLE_CONDUCT,
    trial_date: date | None = EXAMPLE_TRIAL,
    loss: str = EXAMPLE_LOSS,
    illegal_gain: str = EXAMPLE_GAIN,
    repeat_within_two_years: bool = False,
    owner_bankrupt: bool = False,
    unit: bool = False,
) -> OffenceCalculator:
    """Art. 219 by date. Defaults: 王五 of 远峰科技 took the customer list; loss 2,600,000 yuan."""
    return OffenceCalculator(
        {
            "conduct_date": date_picker("行为日期", "Date of the conduct", conduct_date, width=NARROW),
            "trial_date": date_picker("审理日期", "Date of the trial", trial_date, width=NARROW),
            "loss": text("损失数额（元）", "Loss to the owner (yuan)", loss, width=NARROW),
            "illegal_gain": text(
                "违法所得（元）", "Illegal gain (yuan)", illegal_gain, "空＝0 empty = 0", width=NARROW
            ),
            "repeat_within_two_years": checkbox(
                "二年内受过刑事处罚或者行政处罚后再次实施",
                "Repeat within two years of a punishment",
                repeat_within_two_years,
            ),
            "owner_bankrupt": checkbox("权利人因此破产、倒闭", "Owner bankrupt or closed", owner_bankrupt),
            "unit": checkbox("单位犯罪（公司实施，第二百二十条）", "A unit (company) did it (art. 220)", unit),
        },
        compute=compute_offence,
        render=render_offence,
    )


# --------------------------------------------------------------------------- civil damages (AUCL) by date


@dataclass(frozen=True)
class DamagesComparison:
    """The same facts judged on two conduct dates: ``first`` and ``second`` are the two awards."""

    first_date: date
    second_date: date
    trial_date: date
    first: TradeSecretAward
    second: TradeSecretAward

    @property
    def difference(self) -> Decimal | None:
        """second.total − first.total, or None when either total is left to the court."""
        if self.first.total is None or self.second.total is None:
            return None
        return self.second.total - self.first.total


def compute_damages(
    first_date: object,
    second_date: object,
    trial_date: object,
    loss: object,
    gain: object,
    wilful: bool,
    serious: bool,
    multiplier: object,
    costs: object,
) -> DamagesComparison:
    """Parse the boxes, then :func:`pilaw.rules.compensation.trade_secret_damages` once for each conduct date.

    An empty loss or gain box means 难以确定 (cannot be determined); an empty costs box means none claimed.
    """
    first_day = parse_date(first_date, "行为日期（甲） conduct date (A)", required=True)
    second_day = parse_date(second_date, "行为日期（乙） conduct date (B)", required=True)
    trial = parse_date(trial_date, TRIAL_FIELD, required=True)
    facts: dict[str, Any] = {
        "loss": parse_optional_yuan(loss, LOSS_FIELD),
        "gain": parse_optional_yuan(gain, CIVIL_GAIN_FIELD),
        "wilful": wilful,
        "serious": serious,
        "multiplier": multiplier,
        "costs": _amount_or_zero(costs, COSTS_FIELD),
        "trial_date": trial,
    }
    return DamagesComparison(
        first_date=first_day,
        second_date=second_day,
        trial_date=trial,
        first=compensation.trade_secret_damages(conduct_date=first_day, **facts),
        second=compensation.trade_secret_damages(conduct_date=second_day, **facts),
    )


def _yuan_or(amount: Decimal | None, missing_zh: str = "—", missing_en: str = "") -> str:
    if amount is None:
        return f"{missing_zh} {missing_en}".strip()
    return f"{yuan_zh(amount)}"


def _award_column(award: TradeSecretAward) -> list[str]:
    base_kind = {"loss": label("实际损失", "loss"), "gain": label("侵权获利", "gain"), None: label("无", "none")}[
        award.base_kind
    ]
    if award.court_decides:
        total = (
            f"由法院确定，{_yuan_zh(award.upper_bound)}以下 · set by the court, up to {_yuan(award.upper_bound)} yuan"
        )
    else:
        total = f"<b>{_yuan_or(award.total)}</b>"
    return [
        html.escape(cite_label(award.article)),
        f"{html.escape(base_kind)}: {_yuan_or(award.base)}",
        f"× {award.multiplier}",
        _yuan_or(award.damages, "法院确定", "court decides"),
        _yuan_or(award.total_cap, "—", "(before the 2026 interpretation / no punitive multiple)"),
        _yuan_or(award.costs),
        total,
    ]


def render_damages(c: DamagesComparison) -> str:
    """The two awards side by side, the difference, then the cited steps of each."""
    labels = [
        ("适用条文", "Article"),
        ("计算基数", "Base"),
        ("倍数", "Multiple applied"),
        ("赔偿（基数×倍数）", "Damages (base × multiple)"),
        ("总额上限（2026年解释）", "Cap on the total (2026)"),
        ("合理开支（另加）", "Reasonable costs (added)"),
        ("合计", "Total"),
    ]
    first, second = _award_column(c.first), _award_column(c.second)
    rows = "".join(
        f"<tr><td style='{CELL}'><b>{zh}</b><br>{en}</td><td style='{CELL}'>{a}</td><td style='{CELL}'>{b}</td></tr>"
        for (zh, en), a, b in zip(labels, first, second, strict=False)
    )
    head = (
        f"<tr><th style='{CELL}'></th><th style='{CELL}'>行为日期（甲）{date_zh(c.first_date)} · Conduct (A): {c.first_date.isoformat()}</th>"
        f"<th style='{CELL}'>行为日期（乙）{date_zh(c.second_date)} · Conduct (B): {c.second_date.isoformat()}</th></tr>"
    )
    if c.difference is None:
        diff = (
            "<div>至少一方的数额由法院确定，无法相减。 At least one amount is for the court to set: no difference "
            "can be computed.</div>"
        )
    elif c.difference == 0:
        diff = "<div>两个日期结果相同。 The two dates give the same total.</div>"
    else:
        sign = "+" if c.difference > 0 else "−"
        diff = (
            f"<div><b>差额 Difference (B − A): {sign}{yuan_zh(abs(c.difference))} · {sign}{format_yuan(abs(c.difference))} yuan</b> — "
            "同样的事实，只因行为日期不同。 Same facts; only the conduct date differs.</div>"
        )
    details = "".join(
        f"<details><summary>{label_zh} · {label_en}: {day.isoformat()} ({len(award.steps)})</summary>"
        f"{steps_html(award.steps)}</details>"
        for label_zh, label_en, day, award in (
            ("甲的步骤", "Steps for A", c.first_date, c.first),
            ("乙的步骤", "Steps for B", c.second_date, c.second),
        )
    )
    return (
        f"<div style='{BOX}'><small>审理日期 {date_zh(c.trial_date)} · Trial: {c.trial_date.isoformat()}</small>"
        f"<table style='{TABLE}'><thead>{head}</thead><tbody>{rows}</tbody></table>{diff}{details}"
        "<small>倍数只在故意（2019年文本：恶意）且情节严重时适用，由法院在幅度内确定；这里的倍数是你的假设。 "
        "A multiple applies only with intent (2019 text: malice) and serious circumstances, and the court picks it "
        "within the range; the multiple here is your assumption.</small></div>"
    )


class DamagesCalculator(TwoColumns):
    left = ("first_date", "second_date", "trial_date")


def damages_calculator(
    first_date: date | None = None,
    second_date: date | None = None,
    trial_date: date | None = DAMAGES_TRIAL,
    loss: str = DAMAGES_LOSS,
    gain: str = DAMAGES_GAIN,
    wilful: bool = True,
    serious: bool = True,
    multiplier: str = DAMAGES_MULTIPLIER,
    costs: str = DAMAGES_COSTS,
) -> DamagesCalculator:
    """AUCL damages on two conduct dates. Defaults: the last day of the 2019 text and the first of the 2025 text."""
    changed = aucl_2025_from()
    first_date = changed - timedelta(days=1) if first_date is None else first_date
    second_date = changed if second_date is None else second_date
    return DamagesCalculator(
        {
            "first_date": date_picker("行为日期（甲）", "Conduct date (A)", first_date, width=NARROW),
            "second_date": date_picker("行为日期（乙）", "Conduct date (B)", second_date, width=NARROW),
            "trial_date": date_picker("审理日期", "Date of the trial", trial_date, width=NARROW),
            "loss": text("实际损失（元）", "Actual loss (yuan)", loss, UNKNOWN_HINT, width=NARROW),
            "gain": text("侵权获利（元）", "Infringer's gain (yuan)", gain, UNKNOWN_HINT, width=NARROW),
            "wilful": checkbox("故意（恶意）", "Intentional (malicious)", wilful),
            "serious": checkbox("情节严重", "Serious circumstances", serious),
            "multiplier": text("倍数（1–5）", "Multiple (1–5)", multiplier, width=NARROW),
            "costs": text("合理开支（元）", "Reasonable costs (yuan)", costs, "空＝0 empty = 0", width=NARROW),
        },
        compute=compute_damages,
        render=render_damages,
    )
