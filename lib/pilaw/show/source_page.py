"""HTML for notebook 04 (and 06, 07, 08): the source page as written, its passages beside the official texts, the
answer key of its errors, and its 500 / 3,000 yuan rule beside the law.

Nothing here compares or decides anything: the comparisons, the errata and the check of the claim come from
:mod:`pilaw.teaching.source_page`; this module only draws them.

* :func:`diff_html` — a comparison's left text with the differences marked;
* :func:`comparison_html` — both texts side by side, the marked diff and the cited steps;
* :func:`page_html` — passages or claims exactly as the page has them, without any answer;
* :func:`errata_html` — the answer key: each error, what the page says, what the law says;
* :func:`claim_html` — the page's 500 / 3,000 yuan rule beside the law for one set of facts.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from pilaw.law.errors import LawError
from pilaw.law.money import format_yuan, yuan_zh
from pilaw.law.text import date_zh
from pilaw.show.render import CAVEAT_STYLE, cite_label, steps_html
from pilaw.show.theme import (
    ADDED_BACKGROUND,
    BORDER_GREY,
    GREEN,
    GREY,
    LOST_BACKGROUND,
    PAGE_BACKGROUND,
    PAGE_WIDTH,
    RED,
)
from pilaw.teaching import source_page as sp
from pilaw.teaching.cases import Comparison as ClaimComparison
from pilaw.teaching.source_page import CHANGED, EQUAL, EXTRA, MISSING, Comparison

__all__ = [
    "ADDED_STYLE",
    "LOST_STYLE",
    "PAGE_STYLE",
    "claim_html",
    "comparison_html",
    "diff_html",
    "errata_html",
    "page_html",
]

# The tints behind marked text: pale versions of the theme's green and red.
LOST_STYLE = f"color:{GREEN};background:{LOST_BACKGROUND};text-decoration:underline;text-decoration-thickness:2px"
ADDED_STYLE = f"color:{RED};background:{ADDED_BACKGROUND};text-decoration:line-through"
PAGE_STYLE = f"background:{PAGE_BACKGROUND};border:1px dashed {GREY};padding:6px;font-family:serif"
BOX = f"max-width:{PAGE_WIDTH};font-size:15px;line-height:1.7"
TOP_LEFT = "vertical-align:top;text-align:left"


def _text_html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _legend(c: Comparison) -> str:
    if c.versions:
        new_zh, new_en = c.right_label_zh.split("（")[0], c.right_label_en.split(" (")[0]
        return (
            f'<small><span style="{LOST_STYLE}">绿色下划线</span> = {escape(new_zh)}新增的字 · '
            f'<span style="{ADDED_STYLE}">红色删除线</span> = {escape(new_zh)}删去或改写的字<br>'
            f'<span style="{LOST_STYLE}">green underline</span> = added in the {escape(new_en)} · '
            f'<span style="{ADDED_STYLE}">red strike-through</span> = deleted or rewritten in the '
            f"{escape(new_en)}</small>"
        )
    left_short = c.left_label_zh.split("（")[0]
    return (
        f'<small><span style="{LOST_STYLE}">绿色下划线</span> = {escape(left_short)}没有的字 · '
        f'<span style="{ADDED_STYLE}">红色删除线</span> = {escape(left_short)}多出或改写的字<br>'
        f'<span style="{LOST_STYLE}">green underline</span> = not in {escape(c.left_label_en)} · '
        f'<span style="{ADDED_STYLE}">red strike-through</span> = added or rewritten by '
        f"{escape(c.left_label_en)}</small>"
    )


def diff_html(comparison: Comparison) -> str:
    """The left text with the differences marked: green underline = lost (in the official text only),
    red strike-through = added on the left. Paragraph breaks are kept."""
    parts = []
    for span in comparison.spans:
        if span.kind in (EXTRA, CHANGED):
            parts.append(f'<del style="{ADDED_STYLE}">{_text_html(span.left)}</del>')
        if span.kind in (MISSING, CHANGED):
            parts.append(f'<ins style="{LOST_STYLE}">{_text_html(span.right)}</ins>')
        if span.kind == EQUAL:
            parts.append(_text_html(span.left))
    return f'<div style="{BOX}">{_legend(comparison)}<div style="margin-top:6px">{"".join(parts)}</div></div>'


def _caveat(c: Comparison) -> str:
    if c.right_verified:
        return ""
    return (
        f'<div style="{CAVEAT_STYLE}"><b>⚠ 未经官方文本核实 Not checked against the official text.</b> '
        f"{escape(c.right_note)}</div>"
    )


def comparison_html(comparison: Comparison) -> str:
    """Side by side (left as on the page, right the official text), then the marked diff, then the cited steps."""
    c = comparison
    left_title = "网页原文 As on the page" if c.converted else escape(f"{c.left_label_zh} · {c.left_label_en}")
    table = (
        '<table style="width:100%;border-collapse:collapse;table-layout:fixed"><thead><tr>'
        f'<th style="text-align:left;width:50%">{left_title}</th>'
        f'<th style="text-align:left">{escape(c.right_label_zh)}<br><small>{escape(c.right_label_en)}</small></th>'
        "</tr></thead><tbody><tr>"
        f'<td style="{TOP_LEFT}"><div style="{PAGE_STYLE if c.converted else ""}">'
        f"{_text_html(c.left_original_zh)}</div></td>"
        f'<td style="{TOP_LEFT}">{_text_html(c.right_zh)}</td>'
        "</tr></tbody></table>"
    )
    heading = (
        f"<b>差异 Differences</b> <small>（{escape(c.left_label_zh)} · {escape(c.left_label_en)}"
        f"：{len(c.differences)} 处 · lost {c.lost} · added {c.added}）</small>"
    )
    return (
        f'<div style="{BOX}"><h4 style="margin:4px 0">{escape(c.label_zh)} · {escape(c.label_en)}</h4>'
        f"{_caveat(c)}{table}{heading}{diff_html(c)}{steps_html(c.steps, c.on)}</div>"
    )


def page_html(keys: Iterable[str] | str) -> str:
    """Passages or claims exactly as the page has them (traditional characters), without any answer."""
    page = sp.source_page()
    blocks = "".join(
        f'<p><b>{escape(label_zh)} · {escape(label_en)}</b></p><div style="{PAGE_STYLE}">{_text_html(text)}</div>'
        for label_zh, label_en, text in sp.page_texts(keys)
    )
    return (
        f'<div style="{BOX}"><small>网页 The page: 《{escape(page.title_zh)}》（{date_zh(page.dated)}） · '
        f"{escape(page.url)}</small>{blocks}</div>"
    )


def errata_html(keys: Iterable[str] | None = None) -> str:
    """The answer key: each error of the page, what the page says, what the law says (with its article), and why."""
    chosen = sp.errata() if keys is None else tuple(sp.erratum(k) for k in keys)
    rows = []
    for number, e in enumerate(chosen, 1):
        try:
            basis = cite_label(e.ref, e.on)
        except LawError:
            basis = e.ref
        rows.append(
            f"<tr><td style='vertical-align:top'>{number}</td>"
            f"<td style='{TOP_LEFT}'><b>{escape(e.title_zh)}</b><br><small>{escape(e.title_en)}</small></td>"
            f"<td style='{TOP_LEFT}'><span style=\"{ADDED_STYLE}\">{escape(e.page_says_zh)}</span></td>"
            f"<td style='{TOP_LEFT}'><span style=\"{LOST_STYLE}\">{escape(e.law_says_zh)}</span>"
            f"<br><small>{escape(basis)}</small></td>"
            f"<td style='{TOP_LEFT}'>{escape(e.explain_zh)}<br><small>{escape(e.explain_en)}</small></td></tr>"
        )
    return (
        f'<div style="{BOX}"><table style="border-collapse:collapse;width:100%"><thead><tr><th>#</th>'
        "<th>错误 Error</th><th>网页 The page</th><th>法律 The law</th><th>说明 Why</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def claim_html(check: ClaimComparison) -> str:
    """The page's 500 / 3,000 yuan rule beside the law for one set of facts (:func:`pilaw.teaching.source_page.check_claim`),
    the two answers row by row, and the cited steps."""
    at_least = check.page.property_is_minimum or check.page.mental_is_minimum
    page_total = ("不低于 at least " if at_least else "") + format_yuan(check.page.total)
    law_total = (
        "由法院确定 set by the court"
        if check.law.total is None
        else f"{yuan_zh(check.law.total)} · {format_yuan(check.law.total)} yuan"
    )
    found = (
        "网页的规则在国家法律中未找到（截至2026年年中），来源不明 The page's rule was not found in national law "
        "as of mid-2026; its origin is unknown"
    )
    cell = f"border:1px solid {BORDER_GREY};padding:3px 6px;{TOP_LEFT}"
    rows = "".join(
        f"<tr><td style='{cell}'>{escape(r.label_zh)}<br><small>{escape(r.label_en)}</small></td>"
        f"<td style='{cell}'>{escape(r.page_zh)}<br><small>{escape(r.page_en)}</small></td>"
        f"<td style='{cell}'>{escape(r.law_zh)}<br><small>{escape(r.law_en)}</small></td></tr>"
        for r in check.rows
    )
    return (
        f'<div style="{BOX}"><table style="border-collapse:collapse"><tr>'
        f'<td style="text-align:left;padding-right:16px"><span style="{ADDED_STYLE}">网页所称 The page: '
        f"{page_total} 元 yuan</span></td>"
        f'<td style="text-align:left"><span style="{LOST_STYLE}">法律 The law: {escape(law_total)}</span></td>'
        f"</tr></table><small>{'' if check.found_in_law else escape(found)}</small>"
        f'<table style="border-collapse:collapse;margin:4px 0"><thead><tr><th></th><th>网页所称 The page</th>'
        f"<th>法律 The law</th></tr></thead><tbody>{rows}</tbody></table>{steps_html(check.steps)}</div>"
    )
