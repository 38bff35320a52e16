"""HTML for the notebooks: provisions side by side (official Chinese, unofficial English), and cited steps.

Nothing here computes law; it only shows what ``pilaw.law`` holds and what a rule returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.steps import PAGE_CLAIM, Kind, Step
from pilaw.law.text import date_zh, pinpoint_zh
from pilaw.show import edition
from pilaw.show.theme import AMBER, BOX_STYLE, CAVEAT_STYLE, HIGHLIGHT

__all__ = ["BOX_STYLE", "CAVEAT_STYLE", "cite_label", "html", "provision_html", "show", "steps_html"]


def html(markup: str) -> object:
    """Markup for a notebook to display: ``IPython.display.HTML`` in IPython, the plain markup outside it."""
    try:
        from IPython.display import HTML
    except ImportError:  # outside IPython: plain markup
        return markup
    return HTML(markup)  # type: ignore[no-untyped-call]


HIGHLIGHT_ROW = f' style="background:{HIGHLIGHT}"'


def _article_en(ref: str) -> str:
    return "art. " + ref.split("/", 1)[1]


def cite_label(ref: str, on: date | None = None, paragraph: int | None = None, item: int | None = None) -> str:
    """“民法典第一千一百八十二条 · Civil Code art. 1182” for a corpus reference, “个人信息保护法第六十六条第二款 · PIPL
    art. 66 para. 2” with a paragraph (and item); the page's claim is marked as not law."""
    if ref == PAGE_CLAIM:
        return "网页所称（非法律）" if edition.zh() else "网页所称（非法律） · what the page claims (not law)"
    prov = law.provision(ref, on) if on is not None else law.versions(ref)[-1]
    short = law.laws()[prov.law]
    label_zh = f"{short.short_zh}{prov.article_zh}{pinpoint_zh(paragraph, item)}"
    if edition.zh():
        return f"{law.cited_name(short.short_zh)}{prov.article_zh}{pinpoint_zh(paragraph, item)}"
    para_en = "" if paragraph is None else f" para. {paragraph}" + ("" if item is None else f" item {item}")
    return f"{label_zh} · {short.short_en} {_article_en(ref)}{para_en}"


def provision_html(ref: str, on: date | None = None, paragraph: int | None = None, item: int | None = None) -> str:
    """One provision, Chinese beside English, with its dates, source and any caveat; with ``paragraph`` (and
    ``item``) the words that decide are highlighted and named above the text. In the Chinese edition the official
    Chinese stands alone, the unofficial English folded beneath it."""
    prov = law.provision(ref, on)
    marked = set(prov.lines_of(paragraph, item)) if paragraph is not None else set()
    if edition.zh():
        return _provision_zh(prov, ref, on, marked, cite_label(ref, on, paragraph, item) if marked else "")
    names = law.laws()[prov.law]
    if prov.effective_to is not None:
        until = prov.effective_to.isoformat()
    elif prov.status_as_of is not None:
        day = prov.status_as_of.isoformat()
        until = f"？（{day}时仍有效，其后未核实 in force as of {day}; later status not checked）"
    else:
        until = "现行有效 in force"
    caveat = ""
    if not prov.verified or prov.excerpt:
        caveat = (
            f'<div style="{CAVEAT_STYLE}"><b>⚠ 未经官方文本核实 Not checked against the official text.</b> '
            f"{escape(prov.note_zh)} {escape(prov.note)}</div>"
        )
    rows = "".join(
        f'<tr{HIGHLIGHT_ROW if index in marked else ""}><td style="vertical-align:top;width:50%;text-align:left">'
        f'{escape(zh)}</td><td style="vertical-align:top;text-align:left">{escape(en)}</td></tr>'
        for index, (zh, en) in enumerate(zip(prov.paragraphs_zh, prov.paragraphs_en, strict=True))
    )
    if marked:
        label = cite_label(ref, on, paragraph, item)
        caveat += f"<div><small>突出显示 Highlighted: <b>{escape(label)}</b></small></div>"

    return (
        f'<div style="{BOX_STYLE}">'
        f"<b>{escape(prov.law_zh)} {escape(prov.article_zh)}</b><br>"
        f"<b>{escape(names.en)}, {_article_en(ref)}</b><br>"
        f"<small>施行 In force: {prov.effective_from.isoformat()} — {until} · "
        f'<a href="{escape(prov.source)}" target="_blank" rel="noopener">来源 source</a></small>'
        f"{caveat}"
        f'<table style="width:100%;border-collapse:collapse"><thead><tr><th style="text-align:left">官方中文 Official Chinese</th>'
        f'<th style="text-align:left">English ({escape(law.UNOFFICIAL)})</th></tr></thead><tbody>{rows}</tbody></table>'
        "</div>"
    )


def _provision_zh(prov: law.Provision, ref: str, on: date | None, marked: set[int], label: str) -> str:
    """The Chinese edition's provision: the official text, its dates in 年月日, the English translation folded."""
    if prov.effective_to is not None:
        until = f"至{date_zh(prov.effective_to)}"
    elif prov.status_as_of is not None:
        until = f"（{date_zh(prov.status_as_of)}时仍有效，其后的效力状态未核实）"
    else:
        until = "，现行有效"
    caveat = ""
    if not prov.verified or prov.excerpt:
        caveat = f'<div style="{CAVEAT_STYLE}"><b>⚠ 未经官方文本核实。</b>{escape(prov.note_zh)}</div>'
    if label:
        caveat += f"<div><small>突出显示：<b>{escape(label)}</b></small></div>"
    paragraphs = "".join(
        f'<p style="margin:4px 0{f";background:{HIGHLIGHT}" if index in marked else ""}">{escape(zh)}</p>'
        for index, zh in enumerate(prov.paragraphs_zh)
    )
    english = "".join(f"<p style='margin:4px 0'>{escape(en)}</p>" for en in prov.paragraphs_en)
    return (
        f'<div style="{BOX_STYLE}">'
        f"<b>{escape(law.book_title(prov.law_zh))}{escape(prov.article_zh)}</b><br>"
        f"<small>自{date_zh(prov.effective_from)}起施行{until} · "
        f'<a href="{escape(prov.source)}" target="_blank" rel="noopener">来源</a></small>'
        f'{caveat}<div data-official="zh-Hans" lang="zh-Hans">{paragraphs}</div>'
        f"<details><summary><small>英文译文（非官方译文，以中文文本为准）</small></summary>{english}</details>"
        "</div>"
    )


def _kind_note(step: Step) -> str:
    """What kind of step it is, under its basis, unless it applies the law (most do) or the basis already says it
    (the page's claim)."""
    if step.kind is Kind.APPLIES or (step.kind is Kind.PAGE and step.cites == PAGE_CLAIM):
        return ""
    label = escape(step.kind.zh) if edition.zh() else f"{escape(step.kind.zh)} · {escape(step.kind.en)}"
    return f'<br><i style="color:{AMBER}">{label}</i>'


#: a longer reasoning opens folded, under its summary: the why first, every step a click away
FOLD_AFTER = 6


def steps_html(steps: Iterable[Step], on: date | None = None, *, why: str = "") -> str:
    """The reasoning of a result as a numbered table: Chinese, English, and the provision each step applies, with the
    kind of any step that does not simply apply the law (a reading of unsettled law, not assessed, unverified text).

    ``why`` (HTML, three to five lines) says in words why the result is what it is; it stands above the table. A
    table of more than :data:`FOLD_AFTER` steps is folded away under a summary naming how many steps it holds and
    how many do not simply apply the law."""
    steps = tuple(steps)
    chinese = edition.zh()
    rows = []
    for number, step in enumerate(steps, 1):
        try:
            basis = cite_label(step.cites, on, step.paragraph, step.item)
        except LawError:
            basis = step.cites + (pinpoint_zh(step.paragraph, step.item) if chinese else step.pinpoint_en)
        english = "" if chinese else f"<td style='text-align:left'>{escape(step.text_en)}</td>"
        rows.append(
            f"<tr><td>{number}</td><td style='text-align:left'>{escape(step.text_zh)}</td>{english}"
            f"<td style='text-align:left'><small>{escape(basis)}{_kind_note(step)}</small></td></tr>"
        )
    heads = ("#", "步骤", "依据") if chinese else ("#", "步骤", "Step", "依据 Basis")
    table = (
        '<table style="border-collapse:collapse"><thead><tr>'
        f"{''.join(f'<th>{h}</th>' for h in heads)}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    head = f"<div>{why}</div>" if why else ""
    if len(steps) <= FOLD_AFTER:
        return head + table
    flagged = sum(step.kind is not Kind.APPLIES for step in steps)
    note_zh = f"，其中{flagged}步并非直接适用法律" if flagged else ""
    if chinese:
        return f"{head}<details><summary>全部{len(steps)}个步骤{note_zh}，每一步注明依据</summary>{table}</details>"
    note_en = f", {flagged} of them not simply applying the law" if flagged else ""
    return (
        f"{head}<details><summary>全部{len(steps)}个步骤{note_zh} · All {len(steps)} steps{note_en}, each naming its "
        f"provision</summary>{table}</details>"
    )


def show(ref: str, on: date | None = None, paragraph: int | None = None, item: int | None = None) -> object:
    """Display a provision in a notebook, the cited paragraph (and item) highlighted: ``show("pipl/66", paragraph=2)``."""
    return html(provision_html(ref, on, paragraph, item))
