"""Notebook 11 (综合案例 · Case study): the whole walk of :mod:`pilaw.teaching.case_study` as one calculator.

* :func:`case_calculator` — the key facts as inputs (conduct date, records sold per category, the employee's gain,
  records leaked from the database, turnover, serious case, refusal of the regulator's order, the fraud victim's
  loss, what the shop did after the leak) → every route, section by section, with a summary table and the cited
  steps. Defaults: the facts of
  :class:`pilaw.teaching.case_study.CaseFacts` on :data:`pilaw.teaching.case_study.CONDUCT_DATE`.
* :func:`section_view`, :func:`summary_view`, :func:`facts_view` — one part of a walk, for the notebook's text.

The review quiz is the lesson's exercise bank, lib/pilaw/data/exercises/11_case_study.json.

A thin adapter: parse → :func:`pilaw.teaching.case_study.walk` → HTML; no rule is decided here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan
from pilaw.law.steps import PAGE_CLAIM
from pilaw.law.text import date_zh
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
from pilaw.show.render import html as html_view
from pilaw.show.theme import BORDER_GREY, COLUMN_WIDTH, ERROR_STYLE, GREY, PAGE_WIDTH
from pilaw.teaching.case_study import (
    CONDUCT_DATE,
    LABELS,
    SHOP_EN,
    SHOP_ZH,
    CaseFacts,
    Outcome,
    Row,
    Section,
    summary_table,
    walk,
)
from pilaw.widgets import Calculator, checkbox, date_picker, hbox, text, vbox

BOX = f"max-width:{PAGE_WIDTH};font-size:14px;line-height:1.5;overflow-x:auto"
TABLE = "border-collapse:collapse;margin:4px 0;width:100%"
CELL = f"border:1px solid {BORDER_GREY};padding:3px 6px;text-align:left;vertical-align:top"
NOT_IN_FORCE_STYLE = f"color:{GREY}"  # a route whose law was not in force that day
PAGE_STYLE = ERROR_STYLE  # what the source page claims, not law

# --------------------------------------------------------------------------- the inputs

_DEFAULTS = CaseFacts()

#: Short labels for the calculator (the full ones, in :data:`pilaw.teaching.case_study.LABELS`, name a field in errors).
SHORT_LABELS = {
    "sold_transaction": ("出售：订单记录（条）", "Sold: order records"),
    "sold_whereabouts": ("出售：物流轨迹（条）", "Sold: tracking records"),
    "employee_gain": ("员工违法所得（元）", "Employee's gain"),
    "exposed_transaction": ("数据库泄露：订单记录", "DB leak: order records"),
    "exposed_whereabouts": ("数据库泄露：物流轨迹", "DB leak: tracking records"),
    "turnover": ("上一年度营业额（元）", "Turnover"),
    "victim_loss": ("被骗客户损失（元）", "Victim's loss"),
    "serious": ("情节严重（个人信息保护法第六十六条）", "Serious (PIPL art. 66)"),
    "refused": ("经监管部门责令改正而拒不改正", "Refused the regulator's order"),
    "remedied": ("泄露后已补救", "Remedied after the leak"),
    "authority_reported": ("已通知履行个人信息保护职责的部门", "Notified the department with PI-protection duties"),
    "persons_informed": ("已通知客户", "Notified the customers"),
}


def _number_text(value: Decimal | int | None) -> str:
    return "" if value is None else format_yuan(value)


@dataclass(frozen=True)
class Walked:
    """What the calculator shows: the facts as read, the date, the sections of the walk and the summary rows."""

    facts: CaseFacts
    on: date
    sections: tuple[Section, ...]
    rows: tuple[Row, ...]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def outcome(self, key: str) -> Outcome:
        return next(o for s in self.sections for o in s.outcomes if o.key == key)


def compute(on: object, **values: Any) -> Walked:
    """Read the inputs into :class:`CaseFacts` (which names any bad field in Chinese and English), then walk."""
    on = parse_date(on, "行为日期 date of the conduct", required=True, allow_text=False)
    facts = CaseFacts(**values)
    sections = walk(facts, on)
    return Walked(facts, on, sections, summary_table(sections))


# --------------------------------------------------------------------------- HTML


def _label(ref: str, on: date) -> str:
    try:
        return cite_label(ref, on)
    except LawError:
        return cite_label(ref)


def _caveats(section: Section) -> str:
    """A yellow note for every unverified (or excerpted) provision the section cites and that was in force."""
    notes, seen = [], set()
    for ref in (*section.refs, *(s.cites for s in section.steps)):
        if ref in seen or ref == PAGE_CLAIM:
            continue
        seen.add(ref)
        try:
            prov = law.provision(ref, section.on)
        except LawError:
            continue
        if not prov.verified:
            notes.append(
                f"<div style='{CAVEAT_STYLE}'>⚠ {html.escape(_label(ref, section.on))}：未经官方文本核实 "
                f"not checked against the official text. {html.escape(prov.note)}</div>"
            )
    return "".join(notes)


def summary_html(rows: tuple[Row, ...], on: date) -> str:
    """The compact table: route, who, provision, outcome; routes not in force that day are greyed."""
    body = []
    for row in rows:
        style = (
            f"{CELL};{NOT_IN_FORCE_STYLE}"
            if not row.applies
            else (f"{CELL};{PAGE_STYLE}" if row.ref == PAGE_CLAIM else CELL)
        )
        body.append(
            f"<tr><td style='{style}'>{html.escape(row.route_zh)}<br>{html.escape(row.route_en)}</td>"
            f"<td style='{style}'>{html.escape(row.who_zh)}<br>{html.escape(row.who_en)}</td>"
            f"<td style='{style}'><small>{html.escape(_label(row.ref, on))}</small></td>"
            f"<td style='{style}'><b>{html.escape(row.outcome_zh)}</b><br>{html.escape(row.outcome_en)}</td></tr>"
        )
    return (
        f"<table style='{TABLE}'><thead><tr><th style='{CELL}'>路径 Route</th><th style='{CELL}'>谁 Who</th>"
        f"<th style='{CELL}'>依据 Provision</th><th style='{CELL}'>结果 Outcome</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
        "<small>红色：来源网页所称，不是法律。灰色：当日不适用。 Red: what the source page claims, not law. "
        "Grey: not applicable on that day.</small>"
    )


def section_html(section: Section, open_steps: bool = False) -> str:
    """One section: its title, how the facts were read, each outcome with its cited steps (folded), caveats."""
    on = section.on
    parts = [
        f"<h4 style='margin:6px 0'>{html.escape(section.title_zh)}<br>{html.escape(section.title_en)}</h4>",
        "<div><b>事实与所适用的规则 How the facts are read</b></div>",
        steps_html(section.reading, on),
    ]
    for o in section.outcomes:
        colour = NOT_IN_FORCE_STYLE if not o.applies else (PAGE_STYLE if o.ref == PAGE_CLAIM else "color:inherit")
        parts.append(
            f"<div style='margin-top:8px;{colour}'><b>{html.escape(o.route_zh)} · {html.escape(o.route_en)}"
            f" — {html.escape(o.who_zh)} · {html.escape(o.who_en)}</b> "
            f"<small>({html.escape(_label(o.ref, on))})</small><br>"
            f"<b>{html.escape(o.outcome_zh)}</b><br>{html.escape(o.outcome_en)}</div>"
            f"<details{' open' if open_steps else ''}><summary>逐步理由与依据 Step-by-step reasoning and basis "
            f"({len(o.steps)})</summary>{steps_html(o.steps, on)}</details>"
        )
    parts.append(_caveats(section))
    return f"<div style='{BOX}'>{''.join(parts)}</div>"


def facts_html(facts: CaseFacts, on: date) -> str:
    """The facts of the case as a two-column table (Chinese and English labels)."""
    rows = [("行为日期", "date of the conduct", f"{date_zh(on)} · {on.isoformat()}")]
    for name, (zh, en) in LABELS.items():
        value = getattr(facts, name)
        if isinstance(value, bool):
            shown = "是 yes" if value else "否 no"
        elif value is None:
            shown = "难以确定 / 未知 cannot be determined / unknown"
        else:
            shown = format_yuan(value)
        rows.append((zh, en, shown))
    body = "".join(
        f"<tr><td style='{CELL}'>{html.escape(zh)}<br><small>{html.escape(en)}</small></td>"
        f"<td style='{CELL}'><b>{html.escape(v)}</b></td></tr>"
        for zh, en, v in rows
    )
    return (
        f"<div style='{BOX}'><b>{SHOP_ZH} · {SHOP_EN}（虚构 fictional）</b>"
        f"<table style='{TABLE}'><tbody>{body}</tbody></table></div>"
    )


def render(walked: Walked) -> str:
    """The summary table first, then every section with its steps (folded)."""
    head = (
        f"<div style='{BOX}'><b>{SHOP_ZH} · {SHOP_EN} — 行为日期 {date_zh(walked.on)} · conduct on {walked.on.isoformat()}</b>"
        f"{summary_html(walked.rows, walked.on)}</div>"
    )
    sections = "".join(
        f"<details><summary><b>{html.escape(s.title_zh)} · {html.escape(s.title_en)}</b></summary>"
        f"{section_html(s)}</details>"
        for s in walked.sections
    )
    return (
        head + f"<div style='{BOX}'><b>各部分详情（点击展开） Each section in detail (click to open)</b>"
        f"{sections}</div>"
    )


def section_view(section: Section) -> object:
    """Display one section of a walk in a notebook."""
    return html_view(section_html(section))


def summary_view(sections: tuple[Section, ...]) -> object:
    """Display the summary table of a walk in a notebook."""
    on = sections[0].on
    return html_view(f"<div style='{BOX}'>{summary_html(summary_table(sections), on)}</div>")


def facts_view(facts: CaseFacts | None = None, on: date = CONDUCT_DATE) -> object:
    """Display the facts of the case in a notebook."""
    return html_view(facts_html(CaseFacts() if facts is None else facts, on))


# --------------------------------------------------------------------------- the calculator


class CaseCalculator(Calculator):
    """The case calculator, laid out in two columns of inputs within 900 px."""

    @cached_property
    def widget(self) -> W.VBox:
        names = list(self.inputs)
        left = vbox([self.inputs[n] for n in names[: (len(names) + 1) // 2]], width=COLUMN_WIDTH)
        right = vbox([self.inputs[n] for n in names[(len(names) + 1) // 2 :]], width=COLUMN_WIDTH)
        return vbox([hbox([left, right]), self.button, self.result], max_width=PAGE_WIDTH)


def case_calculator(
    on: date | None = CONDUCT_DATE,
    sold_transaction: str = _number_text(_DEFAULTS.sold_transaction),
    sold_whereabouts: str = _number_text(_DEFAULTS.sold_whereabouts),
    employee_gain: str = _number_text(_DEFAULTS.employee_gain),
    exposed_transaction: str = _number_text(_DEFAULTS.exposed_transaction),
    exposed_whereabouts: str = _number_text(_DEFAULTS.exposed_whereabouts),
    turnover: str = _number_text(_DEFAULTS.turnover),
    serious: bool = _DEFAULTS.serious,
    refused: bool = _DEFAULTS.refused,
    victim_loss: str = _number_text(_DEFAULTS.victim_loss),
    remedied: bool = _DEFAULTS.remedied,
    authority_reported: bool = _DEFAULTS.authority_reported,
    persons_informed: bool = _DEFAULTS.persons_informed,
) -> CaseCalculator:
    """The whole case as one calculator; the defaults are the facts of the case on 2025-11-15. The last three boxes
    are what the shop did after the leak: they move the duties of PIPL art. 57 (and Civil Code art. 1038)."""

    def box(name: str, value: str) -> W.Text:
        zh, en = SHORT_LABELS[name]
        return text(zh, en, value, width="100%")

    inputs = {
        "on": date_picker("行为日期", "Date of the conduct", on),
        "sold_transaction": box("sold_transaction", sold_transaction),
        "sold_whereabouts": box("sold_whereabouts", sold_whereabouts),
        "employee_gain": box("employee_gain", employee_gain),
        "exposed_transaction": box("exposed_transaction", exposed_transaction),
        "exposed_whereabouts": box("exposed_whereabouts", exposed_whereabouts),
        "turnover": box("turnover", turnover),
        "victim_loss": box("victim_loss", victim_loss),
        "serious": checkbox(*SHORT_LABELS["serious"], serious),
        "refused": checkbox(*SHORT_LABELS["refused"], refused),
        "remedied": checkbox(*SHORT_LABELS["remedied"], remedied),
        "authority_reported": checkbox(*SHORT_LABELS["authority_reported"], authority_reported),
        "persons_informed": checkbox(*SHORT_LABELS["persons_informed"], persons_informed),
    }
    return CaseCalculator(inputs, compute=compute, render=render)
