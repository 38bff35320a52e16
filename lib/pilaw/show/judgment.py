"""A published case as the course's reference records it, for a lesson's "reading a judgment": name and number,
court and date, the facts, what was ordered and how the amount was fixed, the sources and their grade. Only what
the reference records is shown; what it does not state is said to be not stated in the sources read."""

from __future__ import annotations

from html import escape

from pilaw.law.money import format_yuan
from pilaw.show.render import CAVEAT_STYLE, html
from pilaw.show.theme import BOX_STYLE
from pilaw.teaching.cases import GRADES, case, grade_caveat

__all__ = ["judgment_html", "show_judgment"]

NOT_STATED = "所读资料未载明 not stated in the sources read"


def _or_not_stated(text: str) -> str:
    return escape(text) if text and text.strip().lower() != "not stated" else NOT_STATED


def judgment_html(case_id: str) -> str:
    c = case(case_id)
    grade = GRADES.get(c.grade)
    awarded = f"{format_yuan(c.awarded)} 元 yuan" if c.awarded is not None else NOT_STATED
    rows = [
        ("法院与日期", "Court and date", escape(c.court)),
        ("案情（据报道）", "Facts (as reported)", escape(c.leaked)),
        ("判赔金额", "Money awarded", f"<b>{awarded}</b> — {_or_not_stated(c.awarded_as_stated)}"),
        ("其他判项", "Other orders", _or_not_stated(c.non_money_orders)),
        ("数额如何确定", "How the amount was fixed", _or_not_stated(c.how_fixed_as_stated)),
        ("原告主张", "Claimed", _or_not_stated(c.claimed_as_stated)),
    ]
    body = "".join(
        f"<tr><th style='text-align:left;vertical-align:top;padding:3px 8px'>{zh}<br><small>{en}</small></th>"
        f"<td style='text-align:left;vertical-align:top;padding:3px 8px'>{value}</td></tr>"
        for zh, en, value in rows
    )
    sources = " · ".join(
        f'<a href="{escape(s.url)}" target="_blank" rel="noopener">{escape(s.label or s.url.split("/")[2])}</a>'
        for s in c.sources
    )
    grade_text = f"{escape(grade['zh'])} · {escape(grade['en'])}" if grade else escape(c.grade)
    caveat_zh, caveat_en = grade_caveat(c)
    caveat = f"<div style='{CAVEAT_STYLE}'>⚠ {escape(caveat_zh)} · {escape(caveat_en)}</div>" if caveat_zh else ""
    return (
        f"<div style='{BOX_STYLE}'><b>{escape(c.name_zh)}</b><br><i>{escape(c.name_en)}</i>"
        f"<table style='border-collapse:collapse;margin-top:6px'><tbody>{body}</tbody></table>"
        f"<small>来源 Sources ({grade_text}): {sources}. 本课程未能读到法院网站原文：以上据所列报道。 The court's own site "
        f"could not be read: the above is as the listed reports give it.</small>{caveat}</div>"
    )


def show_judgment(case_id: str) -> object:
    """Display a case in a notebook: ``show_judgment("B3")``."""
    return html(judgment_html(case_id))
