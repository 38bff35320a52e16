"""A published case as the course's reference records it, for a lesson's "reading a judgment · 阅读判决".

:func:`judgment_html` draws one case of :func:`pilaw.teaching.cases.judgment`: the name and case number, court and
date, the facts, what was awarded and ordered, how the amount was fixed, and the sources with their grade (O, M,
R, as the reference defines them). Every value is the reference's own words; only its "not stated" is said in full,
"not stated in the sources read". Nothing is added: no reasoning the reference does not record.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import unquote

from pilaw.law.money import format_yuan, yuan_zh
from pilaw.show.render import html
from pilaw.show.theme import BORDER_GREY, BOX_STYLE, CAVEAT_STYLE, PAGE_WIDTH, TEXT_GREY
from pilaw.teaching.cases import Judgment, judgment

__all__ = ["NOT_STATED", "NOT_STATED_EN", "NOT_STATED_ZH", "as_recorded", "judgment_html", "show_judgment"]

NOT_STATED_ZH = "所读资料未载明"
NOT_STATED_EN = "not stated in the sources read"
NOT_STATED = f"{NOT_STATED_ZH} · {NOT_STATED_EN}"

# the reference's "not stated" (bare, or "… in sources read"), unless it already says where ("in the openings")
_NOT_STATED = re.compile(r"\bnot stated(?: in sources read)?(?! in\b)")
_WHOLLY_NOT_STATED = re.compile(r"not stated(?: in (?:the )?sources read)?")

_LABEL = f"text-align:left;vertical-align:top;padding:4px 8px;border-top:1px solid {BORDER_GREY};white-space:nowrap"
_VALUE = f"text-align:left;vertical-align:top;padding:4px 8px;border-top:1px solid {BORDER_GREY}"
_EN = f"color:{TEXT_GREY}"


def as_recorded(text: str) -> str:
    """The reference's words as HTML; a field that is wholly "not stated" in both languages, and any other "not
    stated" said in full ("not stated in the sources read")."""
    if _WHOLLY_NOT_STATED.fullmatch(text.strip()):
        return escape(NOT_STATED)
    return escape(_NOT_STATED.sub(NOT_STATED_EN, text))


def _label(zh: str, en: str) -> str:
    return f"<th style='{_LABEL}'>{zh}<br><small style='{_EN}'>{en}</small></th>"


def _money(j: Judgment) -> str:
    if j.awarded is None:
        return as_recorded(j.awarded_as_stated)
    total = f"{'≈ ' if j.awarded_approximate else ''}{yuan_zh(j.awarded)} · {format_yuan(j.awarded)} yuan"
    return f"<b>{total}</b><br><small>记录 as recorded: {as_recorded(j.awarded_as_stated)}</small>"


def _source(url: str, label: str) -> str:
    shown = escape(unquote(url))
    note = f" ({escape(label)})" if label else ""
    return (
        f'<li><a href="{escape(url, quote=True)}" target="_blank" rel="noopener" '
        f"style='overflow-wrap:anywhere'>{shown}</a>{note}</li>"
    )


def judgment_html(case_id: str) -> str:
    """One case (``"B3"``) as a bilingual record, in the course's look: pure, returns HTML."""
    j = judgment(case_id)
    numbers = "<br>".join(escape(n) for n in j.numbers) if j.numbers else escape(NOT_STATED)
    rows = (
        ("参考资料所记案名", "Name as recorded", as_recorded(j.title)),
        ("案号", "Case number", numbers),
        ("法院与日期", "Court and date", as_recorded(j.court)),
        ("案情", "Facts: what was leaked or misused", as_recorded(j.facts)),
        ("损失或获益能否确定", "Loss or gain determinable?", as_recorded(j.loss_or_gain)),
        ("判赔金额", "Money awarded", _money(j)),
        ("其他判项", "Other orders", as_recorded(j.orders)),
        ("数额如何确定", "How the amount was fixed", as_recorded(j.how_fixed)),
    )
    body = "".join(f"<tr>{_label(zh, en)}<td style='{_VALUE}'>{value}</td></tr>" for zh, en, value in rows)
    grades = "; ".join(f"{g.letter} = {escape(g.zh)} · {escape(g.en)}" for g in j.grades)
    sources = "".join(_source(s.url, s.label) for s in j.sources)
    caveat = f"<div style='{CAVEAT_STYLE}'>⚠ {escape(j.caveat_zh)} · {escape(j.caveat_en)}</div>" if j.caveat_zh else ""
    return (
        f"<div style='{BOX_STYLE};max-width:{PAGE_WIDTH}'>"
        f"<div><small style='{_EN}'>阅读判决 Reading a judgment · {escape(j.id)}</small></div>"
        f"<b>{escape(j.title_zh)}</b><br><i>{escape(j.name_en)}</i>"
        f"<table style='border-collapse:collapse;margin-top:6px'><tbody>{body}</tbody></table>"
        f"<div style='margin-top:6px'><b>来源 Sources</b> — 可靠性 grade <b>{escape(j.grade)}</b> ({grades})"
        f"<ol style='margin:2px 0'>{sources}</ol></div>{caveat}"
        f"<small style='{_EN}'>法院网站本身未能读取：以上据所列来源，录自课程参考资料 {escape(j.reference.split(' ')[0])}。"
        f" The court sites themselves could not be read: the above is as the listed sources give it, recorded in "
        f"the course reference {escape(j.reference.split(' ')[0])}.</small></div>"
    )


def show_judgment(case_id: str) -> object:
    """Display a case in a notebook: ``show_judgment("B3")``."""
    return html(judgment_html(case_id))
