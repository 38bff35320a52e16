"""The fines calculators of notebook 10: thin adapters around :mod:`pilaw.rules.administrative`.

* :func:`pipl66_calculator` — PIPL art. 66: serious or not, refusal to correct, turnover, illegal gain → the
  fine range(s) with cited steps. Defaults: the fictional 星河网店 (Xinghe Online Shop), a serious case with a
  turnover of 1,200,000,000 yuan, where the two caps differ (50,000,000 and 60,000,000).
* :func:`regime_by_date` — a conduct date and an illegal gain → what the Cybersecurity Law, the Consumer
  Rights Protection Law and the AUCL (trade secrets) provide for that day, beside PIPL art. 66.
* :func:`concurrence_html` — Administrative Penalty Law art. 29 (:func:`administrative.one_act_one_fine`): which
  of several fines for one act may be imposed; :func:`fine_steps_html` — any result's steps, e.g. the art. 37
  comparison of :func:`administrative.cybersecurity_fine` with a decision date.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

import ipywidgets as W

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan, parse_optional_yuan, yuan_zh
from pilaw.law.text import date_zh
from pilaw.rules import administrative
from pilaw.rules.administrative import Concurrence, FineRange, pipl66_cap_words
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
from pilaw.show.theme import BORDER_GREY, GREY, PAGE_WIDTH
from pilaw.teaching import examples
from pilaw.widgets import Calculator, checkbox, date_picker, label, text, vbox

WIDTH = PAGE_WIDTH
LONG_LABEL = "640px"  # a box with a long bilingual label: room for the label and the amount
EXAMPLE_NAME_ZH, EXAMPLE_NAME_EN = examples.COMPANY_ZH, examples.COMPANY_EN
EXAMPLE_TURNOVER = examples.XINGHE_TURNOVER  # the running shop's previous-year turnover (a fact of the example)
EXAMPLE_DATE = date(2024, 8, 1)
REGIME_DATE = date(2025, 12, 31)
REGIME_GAIN = "30,000"

TURNOVER_FIELD = "上一年度营业额 turnover"
GAIN_FIELD = "违法所得 illegal gain"
DATE_FIELD = "行为日期 date of the conduct"
BOX = f"max-width:{WIDTH};font-size:14px;line-height:1.5"
TABLE = "border-collapse:collapse;margin:4px 0"
CELL = f"border:1px solid {BORDER_GREY};padding:3px 6px;text-align:left;vertical-align:top"
COMMENTARY = f"color:{GREY};font-style:italic"


def range_text(low: Decimal | None, high: Decimal | None) -> tuple[str, str]:
    """A fine range in words: "不罚款 no fine", "up to …", "… to …", or "no figure of its own"."""
    if low is None and high is None:
        return "本法不设数额", "no figure of its own"
    if high is None:
        return "取决于理解（见下）", "depends on the reading (see below)"
    if high == 0:
        return "不罚款（0元）", "no fine (0 yuan)"
    if not low:
        return f"{yuan_zh(high)}以下", f"up to {format_yuan(high)} yuan"
    return f"{yuan_zh(low)}至{yuan_zh(high)}", f"{format_yuan(low)} to {format_yuan(high)} yuan"


def _range_cell(low: Decimal | None, high: Decimal | None) -> str:
    zh, en = range_text(low, high)
    return f"<b>{html.escape(zh)}</b><br>{html.escape(en)}"


def _items(pairs: Iterable[tuple[str, str]]) -> str:
    return (
        "<ul style='margin:2px 0'>"
        + "".join(f"<li>{html.escape(zh)} · {html.escape(en)}</li>" for zh, en in pairs)
        + "</ul>"
    )


def _steps(result: FineRange, on: date, title_zh: str, title_en: str, open_: bool = True, why: str = "") -> str:
    return (
        f"<details{' open' if open_ else ''}><summary>{html.escape(title_zh)} · {html.escape(title_en)} "
        f"({len(result.steps)})</summary>{steps_html(result.steps, on, why=why)}</details>"
    )


# --------------------------------------------------------------------------- (a) PIPL art. 66


def compute_pipl66(
    serious: bool, refused_to_correct: bool, turnover: object, illegal_gain: object, on: object
) -> FineRange:
    """Parse the inputs (naming the fields in Chinese and English), then :func:`administrative.pipl_fine`."""
    return administrative.pipl_fine(
        serious=serious,
        refused_to_correct=refused_to_correct,
        turnover=parse_optional_yuan(turnover, TURNOVER_FIELD),
        illegal_gain=parse_optional_yuan(illegal_gain, GAIN_FIELD),
        on=parse_date(on, DATE_FIELD, required=True),
    )


def _why_pipl66(fine: FineRange) -> str:
    """Three lines in words: which paragraph, what the refusal does, and why a serious case has two caps."""
    if fine.readings:
        return (
            "<b>为什么 Why:</b> 情节严重适用第二款，由省级以上履行个人信息保护职责的部门决定；拒不改正在这里不起作用。 A serious case falls under para. 2, "
            "decided by an authority at or above provincial level; a refusal to correct plays no part.<br>"
            "两个上限——固定数额和上一年度营业额的百分之五——用“或者”连接，条文没有说取较高者。 The two caps — a fixed sum and 5 % of "
            "last year's turnover — are joined by 或者; the text does not say which applies.<br>"
            "所以结果是两种理解，学界“取较高者”的观点另列。 So the result is two readings, with the commentary's 'whichever is higher' "
            "shown apart."
        )
    return (
        "<b>为什么 Why:</b> 一般情形适用第一款：先责令改正、警告、没收违法所得。 The ordinary case falls under para. 1: an order "
        "to correct, a warning, confiscation.<br>"
        "对单位的罚款只在拒不改正时才并处。 A fine on the organisation is added only after a refusal to correct.<br>"
        "对直接负责的主管人员和其他直接责任人员的罚款是否也以拒不改正为前提，条文不清楚（尚无定论）。 Whether the persons' fine also waits for a refusal is "
        "not settled."
    )


def render_pipl66(fine: FineRange) -> str:
    """The fine(s) on the organisation — both readings of a serious case — the persons, the measures, the steps."""
    on, rows = fine.on or date.today(), []
    if fine.readings:
        words = html.escape(pipl66_cap_words(on)).replace("或者", "<u>或者</u>", 1)
        head = (
            f"<b>情节严重：条文写“{words}”</b><br>"
            "Serious case: the text says up to the fixed cap <b>or</b> (或者) up to the turnover share — "
            "two readings of the text, and a third from commentary:"
        )
        for number, (zh, en, cap) in enumerate(fine.readings):
            commentary = number == len(fine.readings) - 1
            amount = (
                "营业额未知 turnover unknown" if cap is None else f"<b>{yuan_zh(cap)} · {format_yuan(cap)} yuan</b>"
            )
            style = f"{CELL};{COMMENTARY}" if commentary else CELL
            rows.append(
                f"<tr><td style='{style}'>{html.escape(zh)}<br>{html.escape(en)}</td>"
                f"<td style='{style}'>{amount}</td></tr>"
            )
        head += (
            f"<table style='{TABLE}'><thead><tr><th style='{CELL}'>理解 Reading</th>"
            f"<th style='{CELL}'>罚款上限 Cap on the fine</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
        if fine.max_fine is not None:
            head += (
                f"<div>两个上限相等：各种理解都是 <b>{yuan_zh(fine.max_fine)}</b>。 "
                f"The two caps are equal: every reading gives {format_yuan(fine.max_fine)} yuan.</div>"
            )
        elif fine.larger_cap is not None:
            larger_zh, larger_en = (
                ("营业额上限", "the turnover cap") if fine.larger_cap == "turnover" else ("固定上限", "the fixed cap")
            )
            head += (
                f"<div>两个上限不同，较大的是{larger_zh}。条文没有说“取较高者”：那是学界的一种理解（灰色斜体）。<br>"
                f"The caps differ; the larger is {larger_en}. The text does not say 'whichever is higher': that is a "
                "commentary reading "
                "(grey italics).</div>"
            )
        head += "<div>罚款无法定下限 No statutory minimum: 0 元 yuan.</div>"
    else:
        head = f"<b>对单位罚款 Fine on the organisation:</b> {_range_cell(fine.min_fine, fine.max_fine)}"
    head += (
        f"<div><b>{label('对直接负责的主管人员和其他直接责任人员：', 'Responsible persons:')}</b> "
        f"{_range_cell(fine.person_min, fine.person_max)}</div>"
    )
    if fine.confiscation is not None:
        head += (
            f"<div><b>没收违法所得 Confiscation of illegal gains:</b> {yuan_zh(fine.confiscation)} · {format_yuan(fine.confiscation)} yuan "
            "（不是罚款 not a fine）</div>"
        )
    head += "<div><b>其他措施 Other measures:</b></div>" + _items(zip(fine.measures_zh, fine.measures_en, strict=False))
    return (
        f"<div style='{BOX}'>{head}"
        f"{_steps(fine, on, '逐步理由与依据', 'Step-by-step reasoning and basis', why=_why_pipl66(fine))}"
        "<small>罚款在范围内的具体数额由行政机关决定。 Within the range, the authority decides the amount.</small></div>"
    )


def pipl66_calculator(
    serious: bool = True,
    refused_to_correct: bool = False,
    turnover: str = EXAMPLE_TURNOVER,
    illegal_gain: str = "",
    on: date | None = EXAMPLE_DATE,
) -> Calculator:
    """PIPL art. 66 calculator; defaults: 星河网店, a serious case, turnover 1,200,000,000 yuan."""
    inputs = {
        "serious": checkbox("情节严重", "Serious circumstances", serious),
        "refused_to_correct": checkbox("拒不改正", "Refused to correct", refused_to_correct),
        "turnover": text(
            "上一年度营业额（元，可留空）", "Previous year's turnover (yuan; may be empty)", turnover, width=LONG_LABEL
        ),
        "illegal_gain": text(
            "违法所得（元，可留空）", "Illegal gain (yuan; may be empty)", illegal_gain, width=LONG_LABEL
        ),
        "on": date_picker("行为日期", "Date of the conduct", on),
    }
    return FinesCalculator(inputs, compute=compute_pipl66, render=render_pipl66)


class FinesCalculator(Calculator):
    """A calculator kept within 900 px, so a projected screen shows it whole."""

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([*self.inputs.values(), self.button, self.result], max_width=WIDTH)


# --------------------------------------------------------------------------- (b) which regime on this date


@dataclass(frozen=True)
class Regime:
    """One law's answer for the day: its result, or the reason it did not apply (not yet in force)."""

    key: str
    name_zh: str
    name_en: str
    result: FineRange | None
    absent_zh: str = ""
    absent_en: str = ""


@dataclass(frozen=True)
class Regimes:
    """What each law provides for conduct on ``on`` with illegal gain ``illegal_gain`` (None = none)."""

    on: date
    illegal_gain: Decimal | None
    regimes: tuple[Regime, ...]

    def get(self, key: str) -> FineRange | None:
        return next(r.result for r in self.regimes if r.key == key)


def _try(key: str, name_zh: str, name_en: str, rule: Callable[..., FineRange], **kwargs: object) -> Regime:
    try:
        return Regime(key, name_zh, name_en, rule(**kwargs))
    except LawError as error:  # before the law's first version: not in force that day
        return Regime(key, name_zh, name_en, None, error.zh, error.en)


def compute_regimes(on: object, illegal_gain: object) -> Regimes:
    """Each law's fine for the same conduct date and illegal gain (parse → call; no law is decided here)."""
    day = parse_date(on, DATE_FIELD, required=True)
    gain = parse_optional_yuan(illegal_gain, GAIN_FIELD)
    return Regimes(
        day,
        gain,
        (
            _try(
                "cybersecurity",
                "网络安全法",
                "Cybersecurity Law",
                administrative.cybersecurity_fine,
                illegal_gain=gain,
                on=day,
            ),
            _try(
                "consumer",
                "消费者权益保护法",
                "Consumer Rights Protection Law",
                administrative.consumer_fine,
                illegal_gain=gain,
                on=day,
            ),
            _try(
                "aucl",
                "反不正当竞争法（商业秘密）",
                "AUCL (trade secrets)",
                administrative.aucl_trade_secret_fine,
                serious=False,
                on=day,
            ),
            _try(
                "aucl_serious",
                "反不正当竞争法（商业秘密，情节严重）",
                "AUCL (trade secrets, serious)",
                administrative.aucl_trade_secret_fine,
                serious=True,
                on=day,
            ),
            _try(
                "pipl",
                "个人信息保护法（一般情形，拒不改正）",
                "PIPL (ordinary case, refusal to correct)",
                administrative.pipl_fine,
                refused_to_correct=True,
                illegal_gain=gain,
                on=day,
            ),
        ),
    )


def regime_notes(regime: Regime) -> tuple[tuple[str, str], ...]:
    """Short notes under a law's article, as the rule gives them: how it reaches personal information, and what
    may displace it."""
    return () if regime.result is None else regime.result.notes


def _caveats(result: FineRange, on: date) -> list[str]:
    """The caveat of every unverified provision a result relies on (article or a step's citation)."""
    notes, seen = [], set()
    for ref in (result.article, *(s.cites for s in result.steps)):
        if ref in seen:
            continue
        seen.add(ref)
        prov = law.provision(ref, on)
        if not prov.verified:
            notes.append(
                f"<div style='{CAVEAT_STYLE}'>⚠ {html.escape(cite_label(ref, on))}: 仅据一个非官方转载文本核对 "
                f"verified in one mirror only. {html.escape(prov.note)}</div>"
            )
    return notes


def render_regimes(outcome: Regimes) -> str:
    """A table of the laws for the day, the caveats, then each law's cited steps."""
    on = outcome.on
    gain = (
        "无违法所得 no illegal gain"
        if not outcome.illegal_gain
        else f"违法所得{yuan_zh(outcome.illegal_gain)} · illegal gain {format_yuan(outcome.illegal_gain)} yuan"
    )
    rows, details = [], []
    for regime in outcome.regimes:
        result = regime.result
        if result is None:
            rows.append(
                f"<tr><td style='{CELL}'>{html.escape(regime.name_zh)}<br>{html.escape(regime.name_en)}</td>"
                f"<td style='{CELL}' colspan='3'>当日未生效 Not in force that day: {html.escape(regime.absent_zh)}"
                f"<br>{html.escape(regime.absent_en)}</td></tr>"
            )
            continue
        persons = (
            "—"
            if result.person_min is None and result.person_max is None
            else _range_cell(result.person_min, result.person_max)
        )
        rows.append(
            f"<tr><td style='{CELL}'>{html.escape(regime.name_zh)}<br>{html.escape(regime.name_en)}</td>"
            f"<td style='{CELL}'>{html.escape(cite_label(result.article, on))}"
            + "".join(f"<br><small>{html.escape(zh)}<br>{html.escape(en)}</small>" for zh, en in regime_notes(regime))
            + "</td>"
            f"<td style='{CELL}'>{_range_cell(result.min_fine, result.max_fine)}</td>"
            f"<td style='{CELL}'>{persons}</td></tr>"
        )
        details.append(_steps(result, on, regime.name_zh, regime.name_en, open_=False))
    caveats = []
    for regime in outcome.regimes:
        if regime.result is not None:
            caveats += [c for c in _caveats(regime.result, on) if c not in caveats]
    table = (
        f"<table style='{TABLE}'><thead><tr><th style='{CELL}'>法律 Law</th>"
        f"<th style='{CELL}'>当日适用的条文 Article in force that day</th>"
        f"<th style='{CELL}'>对单位罚款 Fine on the organisation</th>"
        f"<th style='{CELL}'>直接负责的主管人员和其他直接责任人员 Responsible persons</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return (
        f"<div style='{BOX}'><b>行为日期 {date_zh(on)} · conduct on {on.isoformat()} · {gain}</b>{table}"
        f"{''.join(caveats)}"
        "<div><small>个人信息保护法一行按“拒不改正”的一般情形列出；情节严重时见上面的计算器。"
        "反不正当竞争法的罚款不以违法所得计算，仅适用于构成商业秘密的信息。 The PIPL row assumes the ordinary case "
        "with a refusal to correct (for a serious case, use the calculator above). AUCL fines do not depend on "
        "the illegal gain and apply only to information that is a trade secret.</small></div>"
        "<div><small>这些行是同一行为可能适用的规定，不是相加：行政处罚法第二十九条——同一个违法行为不得给予两次以上罚款，"
        "按照罚款数额高的规定处罚。 The rows are alternatives for one act, not a sum: Administrative Penalty Law "
        "art. 29 — one act is fined once, under the provision with the higher fine.</small></div>"
        f"<div><b>逐步理由与依据 · Step-by-step reasoning and basis</b> (点击展开 click to open)</div>"
        f"{''.join(details)}</div>"
    )


def regime_by_date(on: date | None = REGIME_DATE, illegal_gain: str = REGIME_GAIN) -> Calculator:
    """Which fines apply to conduct on this date? Defaults: 2025-12-31 (the last day of CSL art. 64), gain 30,000."""
    inputs = {
        "on": date_picker("行为日期", "Date of the conduct", on),
        "illegal_gain": text(
            "违法所得（元，可留空）", "Illegal gain (yuan; may be empty)", illegal_gain, width=LONG_LABEL
        ),
    }
    return FinesCalculator(inputs, compute=compute_regimes, render=render_regimes)


# --------------------------------------------------------------------------- (c) one act, one fine


def concurrence_html(result: Concurrence) -> str:
    """Administrative Penalty Law art. 29 for one act: each provision's range and what becomes of it, then the steps."""
    on, rows = result.on, []
    for fine in result.ranges:
        if fine is result.applied:
            verdict = "<b>适用：按此罚款</b><br>applies: the one fine"
        elif fine in result.displaced:
            verdict = "不得另外再罚<br>cannot be added"
        elif fine in result.without_fine:
            verdict = "本案不罚款<br>no fine on these facts"
        else:
            verdict = "取决于理解<br>depends on the reading"
        rows.append(
            f"<tr><td style='{CELL}'>{html.escape(cite_label(fine.article, on, fine.paragraph, fine.item))}</td>"
            f"<td style='{CELL}'>{_range_cell(fine.min_fine, fine.max_fine)}</td><td style='{CELL}'>{verdict}</td></tr>"
        )
    table = (
        f"<table style='{TABLE}'><thead><tr><th style='{CELL}'>条文 Provision</th>"
        f"<th style='{CELL}'>对单位罚款 Fine on the organisation</th><th style='{CELL}'>结果 Result</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return (
        f"<div style='{BOX}'><b>同一行为，只罚一次（{date_zh(on)}） · One act, one fine ({on.isoformat()})</b>{table}"
        f"{steps_html(result.steps, on)}</div>"
    )


def fine_steps_html(fine: FineRange, on: date | None = None) -> str:
    """One result's range and its cited steps (open), as the law stood on ``on`` — e.g. the Cybersecurity Law with a
    decision date, shown on that date (default: the conduct date, where the article was in force then)."""
    day = on or (fine.on if fine.on is not None and law.is_in_force(fine.article, fine.on) else None)
    label = cite_label(fine.article, day, fine.paragraph, fine.item)
    steps = (
        f"<details open><summary>逐步理由与依据 · Step-by-step reasoning and basis ({len(fine.steps)})</summary>"
        f"{steps_html(fine.steps, day)}</details>"
    )
    return f"<div style='{BOX}'><b>{html.escape(label)}</b>: {_range_cell(fine.min_fine, fine.max_fine)}{steps}</div>"
