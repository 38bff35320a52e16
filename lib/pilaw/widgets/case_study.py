"""Notebook 11 (综合案例 · Case study): the whole walk of :mod:`pilaw.teaching.case_study` as one calculator, and a review quiz.

* :func:`case_calculator` — the key facts as inputs (conduct date, records sold per category, the employee's gain,
  records leaked from the database, turnover, serious case, refusal of the regulator's order, the fraud victim's
  loss, what the shop did after the leak) → every route, section by section, with a summary table and the cited
  steps. Defaults: the facts of
  :class:`pilaw.teaching.case_study.CaseFacts` on :data:`pilaw.teaching.case_study.CONDUCT_DATE`.
* :func:`section_view`, :func:`summary_view`, :func:`facts_view` — one part of a walk, for the notebook's text.
* :func:`review_quiz` — questions across notebooks 01–10, each explanation naming the notebook to revisit.

A thin adapter: parse → :func:`pilaw.teaching.case_study.walk` → HTML; no rule is decided here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan
from pilaw.law.steps import PAGE_CLAIM
from pilaw.show.course import NOTEBOOKS
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
from pilaw.widgets.quiz import Amount, Choice, Quiz, quiz

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
    "refused": ("拒不改正监管部门的命令", "Refused the regulator's order"),
    "remedied": ("泄露后已补救", "Remedied after the leak"),
    "authority_reported": ("已通知主管部门", "Notified the authority"),
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
        f"<table style='{TABLE}'><thead><tr><th style='{CELL}'>途径 Route</th><th style='{CELL}'>谁 Who</th>"
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
        "<div><b>事实如何对应到规则 How the facts are read</b></div>",
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
    rows = [("行为日期", "date of the conduct", on.isoformat())]
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
        f"<div style='{BOX}'><b>{SHOP_ZH} · {SHOP_EN} — 行为日期 conduct on {walked.on.isoformat()}</b>"
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


# --------------------------------------------------------------------------- the review quiz


def revisit(number: int) -> tuple[str, str]:
    """'复习：07 侵犯公民个人信息罪' / 'Revisit: 07 The personal-information crime (07_….ipynb)'."""
    nb = NOTEBOOKS[number]
    return (f"复习：{nb.file[:2]} {nb.title_zh}（{nb.file}）。", f"Revisit: {nb.file[:2]} {nb.title_en} ({nb.file}).")


def _q(
    kind: type[Choice] | type[Amount],
    prompt_zh: str,
    prompt_en: str,
    answer: Any,
    explain_zh: str,
    explain_en: str,
    notebook: int,
    *options: str,
    **units: str,
) -> Choice | Amount:
    zh, en = revisit(notebook)
    if kind is Choice:
        return Choice(prompt_zh, prompt_en, list(options), answer, f"{explain_zh}{zh}", f"{explain_en} {en}")
    return Amount(prompt_zh, prompt_en, answer, f"{explain_zh}{zh}", f"{explain_en} {en}", **units)


#: The notebooks the review quiz covers, in the order of its questions (the last one returns to 04: causation).
QUIZ_NOTEBOOKS = (1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 4)


def _quiz_amounts() -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """The review quiz's amounts, computed by the walk of the default case: the fraud victim's property damages,
    art. 219's top band (years), the employee's quantity ratio, and the PIPL art. 66 turnover cap."""
    walked = {o.key: o.result for s in walk() for o in s.outcomes}
    years = Fraction(law.value("criminal_law219.top_band_max_years", CONDUCT_DATE))
    return (
        walked["victim_law"].property,
        _decimal(years),
        _decimal(walked["employee_253_1"].ratio),
        walked["pipl66"].cap_turnover,
    )


def _decimal(value: Fraction) -> Decimal:
    """An exact ratio as the decimal a student types (10.4 for 52/5)."""
    return Decimal(value.numerator) / Decimal(value.denominator)


def review_quiz() -> Quiz:
    """Twelve questions on the case, across notebooks 01–10; each explanation names the notebook to revisit.
    Every amount asked for is computed by the library (:func:`_quiz_amounts`)."""
    victim, top_219, ratio, turnover_cap = _quiz_amounts()
    return quiz(
        _q(
            Choice,
            "星河网店收集的信息中，哪一项是个人信息保护法第二十八条列明的敏感个人信息？",
            "Which of the shop's data does PIPL art. 28 list as sensitive personal information?",
            2,
            "第二十八条列明“行踪轨迹”；姓名、电话、购物记录未列明，是否敏感视情况而定（列举以“等”结尾）。"
            "把物流轨迹视为行踪轨迹是一种读法。",
            "Art. 28 lists 行踪轨迹 (whereabouts); names, phone numbers and shopping histories are not listed and depend "
            "on the facts (the list ends with 等). Reading delivery tracking as whereabouts is itself a reading.",
            1,
            "姓名 — names",
            "手机号码 — phone numbers",
            "物流轨迹（行踪轨迹）— delivery tracking (whereabouts)",
            "订单记录 — order histories",
        ),
        _q(
            Choice,
            "泄露发生后，民法典第一千零三十八条第二款要求网店做什么？",
            "After the leak, what does Civil Code art. 1038 para. 2 require of the shop?",
            1,
            "及时采取补救措施，按照规定告知自然人并向有关主管部门报告；经营者还须依消费者权益保护法第二十九条立即补救。",
            "Take remedial measures in time, inform the persons per the rules and report to the competent authority; "
            "as a business it must also remedy immediately under CRPL art. 29.",
            2,
            "只修复数据库 — only fix the database",
            "及时补救、按照规定告知本人、向主管部门报告 — remedy in time, inform the persons, report to the authority",
            "法院判决前什么都不用做 — nothing until a court orders it",
            "向每位客户赔偿500元 — pay each customer 500 yuan",
        ),
        _q(
            Choice,
            "来源网页把“500元/3000元”规则的依据写成民法典。对照官方文本的结论是什么？",
            "The source page gives the Civil Code as the basis of its 500 / 3,000 yuan rule. What did checking the "
            "official texts show?",
            1,
            "民法典没有任何条文含有500元或3000元的数额；经查，国家法律、行政法规和司法解释中均未发现这一规则（检索截至2026年年中），来源不明。",
            "No article of the Civil Code contains a 500 or 3,000 yuan figure; the rule was not found in national law, "
            "administrative regulations or judicial interpretations as of mid-2026, and its origin is unknown.",
            3,
            "民法典第一千一百八十二条规定了它 — Civil Code art. 1182 contains it",
            "民法典没有这些数额，国家法律中未找到这一规则 — the Civil Code has no such figures; not found in national law",
            "个人信息保护法第六十九条规定了它 — PIPL art. 69 contains it",
            "它来自第一千零三十四条 — it comes from art. 1034",
        ),
        _q(
            Amount,
            "被骗客户损失12,000元，另有合理维权开支800元（网络侵权）。依个人信息保护法第六十九条，最多可主张的财产损失赔偿是多少元？",
            "The fraud victim lost 12,000 yuan and spent 800 yuan of reasonable costs (online). Under PIPL art. 69, what "
            "is the most property damages can be?",
            victim,
            "按损失计算；合理开支可以认定为财产损失（网络侵害人身权益规定第十二条第一款）：12,000 + 800 = 12,800元。"
            "网页的规则只算损失，得12,000元。",
            "The loss is the measure, and reasonable costs count as loss (online-rights provisions art. 12 para. 1): "
            "12,000 + 800 = 12,800 yuan. The page's rule counts the loss only: 12,000.",
            4,
        ),
        _q(
            Choice,
            "另一名客户没有可证明的损失，网店的获益也难以确定（网络侵权）。法律给出什么？",
            "Another customer has no provable loss and the shop's gain cannot be determined (online). What does the law "
            "give?",
            1,
            "法院根据实际情况酌定，网络侵权（须证明的事实）上限为500,000元；第六十九条没有最低额，网页的“不低于500元”"
            "经查在国家法律、行政法规和司法解释中均未发现（检索截至2026年年中）。",
            "The court decides on the actual circumstances, up to 500,000 yuan online (a fact to be shown); art. 69 has "
            "no minimum, and the page's 'at least 500 yuan' was not found in national law, administrative regulations "
            "or judicial interpretations as of mid-2026.",
            4,
            "不低于500元 — at least 500 yuan",
            "法院酌定，500,000元以下，无最低额 — the court decides, up to 500,000 yuan, no minimum",
            "一律不赔 — nothing, ever",
            "3,000元 — 3,000 yuan",
        ),
        _q(
            Choice,
            "员工把订单记录卖给诈骗团伙。这一泄露可能同时引起哪些责任？",
            "The employee sold order records to a fraud ring. Which liabilities can this one leak engage?",
            1,
            "民事（网店作为处理者，过错推定）、行政（网店被罚款）、刑事（员工构成侵犯公民个人信息罪）可以同时存在。",
            "Civil (the shop as processor, fault presumed), administrative (fines on the shop) and criminal (the "
            "employee under art. 253-1) can all arise at once.",
            5,
            "只有员工的刑事责任 — only the employee's criminal liability",
            "对网店的民事、行政责任和对员工的刑事责任都可能 — civil and administrative liability of the shop and criminal "
            "liability of the employee, together",
            "只有网店的罚款 — only the shop's fine",
            "都没有，因为是员工个人所为 — none: the employee acted alone",
        ),
        _q(
            Amount,
            "假设客户名单构成商业秘密：对2021年3月1日以后的行为，刑法第二百一十九条最高一档的最高刑是多少年？",
            "Suppose the customer list were a trade secret: for conduct after 2021-03-01, what is the maximum of art. "
            "219's top band, in years?",
            top_219,
            "刑法修正案（十一）自2021-03-01起把最高刑由七年提高到十年。",
            "Amendment XI raised the top band's maximum from seven to ten years from 2021-03-01.",
            6,
            unit_zh="年",
            unit_en="years",
        ),
        _q(
            Amount,
            "员工（内部人员）出售2,000条订单记录和60条物流轨迹。按相应比例合计的数量比例是多少？（精确值）",
            "The employee (an insider) sold 2,000 order records and 60 delivery-tracking records. What is the combined "
            "quantity ratio (exact)?",
            ratio,
            "内部人员标准减半：2,000 ÷ 250 + 60 ÷ 25 = 8 + 2.4 = 10.4（即52/5），达到10倍，情节特别严重。",
            "An insider's standards are halved: 2,000 ÷ 250 + 60 ÷ 25 = 8 + 2.4 = 10.4 (52/5) — ten times reached: "
            "情节特别严重 (especially serious).",
            7,
            unit_zh="（比例）",
            unit_en="(ratio)",
        ),
        _q(
            Choice,
            "数据库泄露4,000条订单记录和100条物流轨迹，比例恰为1。如果物流轨迹只有99条呢？",
            "The database leaked 4,000 order records and 100 tracking records — a ratio of exactly 1. What if only 99 "
            "tracking records leaked?",
            1,
            "4,000 ÷ 5,000 + 99 ÷ 500 = 499/500 < 1：按数量未“造成严重后果”，第二百八十六条之一不成立（第二百五十三条之一标准的十倍）。",
            "4,000 ÷ 5,000 + 99 ÷ 500 = 499/500 < 1: no 'serious consequences' on the numbers, so art. 286-1 is not made "
            "out (its standards are ten times those of art. 253-1).",
            8,
            "仍然造成严重后果 — still serious consequences",
            "未达到：499/500 < 1 — below: 499/500 < 1",
            "情节特别严重 — especially serious",
            "取决于营业额 — it depends on the turnover",
        ),
        _q(
            Amount,
            "星河网店上一年度营业额1,200,000,000元。个人信息保护法第六十六条情节严重时，营业额上限是多少元？",
            "The shop's turnover last year was 1,200,000,000 yuan. In a serious PIPL art. 66 case, what is the turnover "
            "cap, in yuan?",
            turnover_cap,
            "1,200,000,000 × 5% = 60,000,000元；固定上限为50,000,000元。条文用“或者”，不是“取较高者”。",
            "1,200,000,000 × 5 % = 60,000,000 yuan; the fixed cap is 50,000,000. The text says 'or' (或者), not "
            "'whichever is higher'.",
            9,
        ),
        _q(
            Choice,
            "把行为日期移到2026-01-01。网络安全法对网店规定什么罚款？",
            "Move the conduct date to 2026-01-01. What fine does the Cybersecurity Law set for the shop?",
            1,
            "2025年修正后第七十一条只指向“有关法律、行政法规”，本法不设数额；最明显的是个人信息保护法第六十六条（推论）。"
            "文本仅在一个镜像中核实。",
            "The amended art. 71 only refers to the relevant laws: no figure of its own; the obvious one is PIPL art. 66 "
            "(an inference). The text is verified in one mirror only.",
            9,
            "仍是第六十四条：1,000,000元以下 — still art. 64: up to 1,000,000 yuan",
            "第七十一条：本法不设数额，依照有关法律处罚 — art. 71: no figure of its own, punished under other laws",
            "不再处罚 — no penalty any more",
            "营业额的5% — 5 % of turnover",
        ),
        _q(
            Choice,
            "个人信息保护法第六十九条推定网店有过错。被骗客户要拿到赔偿，还须证明什么？",
            "PIPL art. 69 presumes the shop's fault. What must the fraud victim still show to be compensated?",
            2,
            "第六十九条第一款只推定过错。损害和因果关系仍须原告证明；诈骗分子的行为介入时，法院可能分担责任。"
            "案例B2（2018年，当时适用侵权责任法）：被骗10余万元，判携程赔偿经济损失50,000元，报道未说明理由。",
            "Art. 69 para. 1 presumes fault only. The claimant still shows the damage and the causal link; where a "
            "fraudster's act intervenes, a court may apportion. Case B2 (2018, under the Tort Liability Law then in "
            "force): a fraud loss of over 100,000 yuan, Ctrip ordered to pay 50,000 yuan; the reports do not say why.",
            4,
            "什么都不用证明：过错推定包括一切 — nothing: the presumption covers everything",
            "网店有过错 — that the shop was at fault",
            "损害，以及泄露与损害之间的因果关系 — the damage, and the causal link (causation) between the leak and it",
            "诈骗分子已被判刑 — that the fraudsters were convicted",
        ),
    )
