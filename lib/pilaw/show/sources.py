"""HTML of a source check (:func:`pilaw.teaching.sources.check`): the text with its passages marked, then one row
per finding — the passage as written, why, and the official text with the differences marked — and the steps."""

from __future__ import annotations

from html import escape

from pilaw.law.errors import LawError
from pilaw.law.text import date_zh
from pilaw.show.render import cite_label, steps_html
from pilaw.show.theme import (
    AMBER,
    BORDER_GREY,
    BOX_STYLE,
    CAVEAT_BACKGROUND,
    CAVEAT_STYLE,
    GREEN,
    GREY,
    HIGHLIGHT,
    PAGE_WIDTH,
    RED,
)
from pilaw.teaching import sources as src

SEVERITY_COLOUR = {src.ERROR: RED, src.CHECK: AMBER, src.NOTE: GREY}
SEVERITY_LABEL = {src.ERROR: "错误 error", src.CHECK: "须核对 check", src.NOTE: "提示 note"}
MARK_STYLE = {
    src.ERROR: f"background:{HIGHLIGHT};border-bottom:2px solid {RED}",
    src.CHECK: f"background:{CAVEAT_BACKGROUND};border-bottom:2px solid {AMBER}",
    src.NOTE: f"border-bottom:2px dotted {GREY}",
}
LOST_STYLE = f"color:{GREEN};text-decoration:underline;text-decoration-thickness:2px"
ADDED_STYLE = f"color:{RED};text-decoration:line-through"
PUNCT_STYLE = f"color:{GREY};text-decoration:underline dotted"
CELL = f"vertical-align:top;text-align:left;border-top:1px solid {BORDER_GREY};padding:4px"
TEXT_STYLE = "white-space:pre-wrap;font-family:serif"
PREVIEW = 4000  # characters of the text shown marked; the findings list everything


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def marked_text(report: src.Report, limit: int = PREVIEW) -> str:
    """The text as written, each finding's passage marked (numbered as in the table); the first ``limit``
    characters only."""
    shown = report.text[:limit]
    parts, pos = [], 0
    for number, finding in enumerate(report.findings, 1):
        start, end = max(finding.start, pos), min(finding.end, len(shown))
        if start >= end:
            continue
        parts.append(escape(shown[pos:start]))
        parts.append(
            f'<mark style="{MARK_STYLE[finding.severity]}" title="{escape(finding.label_en)}">{escape(shown[start:end])}'
            f"<sup>{number}</sup></mark>"
        )
        pos = end
    parts.append(escape(shown[pos:]))
    more = (
        f"<br><small>……（只显示前{limit}字，下面列出全部结果 only the first {limit:,} characters are shown; "
        "every finding is listed below）</small>"
        if len(report.text) > limit
        else ""
    )
    return f'<div style="{TEXT_STYLE}">{"".join(parts)}</div>{more}'


def diff_html(finding: src.Finding) -> str:
    """The official side of the diff: green underline = lost in the text, red strike-through = added or changed in
    the text, dotted = punctuation or spacing only."""
    parts = []
    for span in finding.diff:
        if span.kind == src.EQUAL:
            parts.append(_text(span.right))
        elif span.kind == src.PUNCT:
            parts.append(f'<span style="{PUNCT_STYLE}">{_text(span.right) or "␣"}</span>')
        else:
            if span.left:
                parts.append(f'<del style="{ADDED_STYLE}">{_text(span.left)}</del>')
            if span.right:
                parts.append(f'<ins style="{LOST_STYLE}">{_text(span.right)}</ins>')
    return "".join(parts)


def _official(finding: src.Finding) -> str:
    if finding.diff:
        legend = (
            f'<br><small><span style="{LOST_STYLE}">下划线</span> = 原文少了 lost · '
            f'<span style="{ADDED_STYLE}">删除线</span> = 原文多出或改写 added or changed · '
            f'<span style="{PUNCT_STYLE}">虚线</span> = 仅标点 punctuation only</small>'
        )
        return diff_html(finding) + legend
    if finding.expected:
        return _text(finding.expected)
    return "<small>—</small>"


def _basis(finding: src.Finding, report: src.Report) -> str:
    if finding.ref is None:
        return ""
    try:
        return f"<br><small>{escape(cite_label(finding.ref, report.on))}</small>"
    except LawError:
        try:
            return f"<br><small>{escape(cite_label(finding.ref))}</small>"
        except LawError:
            return f"<br><small>{escape(finding.ref)}</small>"


def finding_row(number: int, finding: src.Finding, report: src.Report) -> str:
    colour = SEVERITY_COLOUR[finding.severity]
    return (
        f'<tr><td style="{CELL}">{number}</td>'
        f'<td style="{CELL};color:{colour}"><b>{escape(finding.label_zh)}</b><br><small>{escape(finding.label_en)}'
        f"<br>{escape(SEVERITY_LABEL[finding.severity])}</small></td>"
        f'<td style="{CELL}"><mark style="{MARK_STYLE[finding.severity]}">{_text(finding.quote)}</mark>'
        f"{_basis(finding, report)}</td>"
        f'<td style="{CELL}">{escape(report.to_reader(finding.explain_zh))}<br><small>{escape(finding.explain_en)}</small>'
        f"<details><summary><small>步骤 Steps</small></summary>{steps_html(finding.steps, None)}</details></td>"
        f'<td style="{CELL}">{_official(finding)}</td></tr>'
    )


def errata_found_html(report: src.Report) -> str:
    """The course's stored errata of the page, each beside the kinds of finding the check gave it (or why none)."""
    rows = []
    for number, item in enumerate(src.errata_found(report), 1):
        e = item.erratum
        if item.findings:
            kinds = "<br>".join(
                f'<span style="color:{SEVERITY_COLOUR[f.severity]}">{escape(f.label_zh)}</span> '
                f"<small>{escape(f.label_en)}</small>"
                for f in {f.kind: f for f in item.findings}.values()
            )
        elif item.not_law:
            kinds = (
                f'<span style="color:{GREY}">不是法律问题，检查器不查 not a question of law</span><br><small>'
                "对照的是课程还原的文本，不是官方文本 measured against the course's restored reading, not an official "
                "text</small>"
            )
        else:
            kinds = f'<b style="color:{RED}">未找到 not found</b>'
        rows.append(
            f'<tr><td style="{CELL}">{number}</td><td style="{CELL}">{escape(e.title_zh)}<br><small>'
            f"{escape(e.title_en)}</small></td>"
            f'<td style="{CELL}"><span style="{TEXT_STYLE}">{escape(e.page_says_zh)}</span></td>'
            f'<td style="{CELL}">{kinds}</td></tr>'
        )
    found = sum(bool(i.findings) for i in src.errata_found(report))
    return (
        f'<div style="{BOX_STYLE};max-width:{PAGE_WIDTH}"><b>课程记录的{len(rows)}处错误中，检查器自己找到{found}处 · '
        f"the checker finds {found} of the {len(rows)} errors the course records</b>"
        '<table style="border-collapse:collapse;width:100%;table-layout:fixed"><thead><tr>'
        '<th style="width:4%">#</th><th style="width:36%;text-align:left">错误 Error</th>'
        '<th style="width:30%;text-align:left">网页原文 The page says</th>'
        '<th style="text-align:left">检查结果 Finding</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def report_html(report: src.Report) -> str:
    """The whole report: a summary, the text marked, the findings table and any notes."""
    counts = {severity: sum(f.severity == severity for f in report.findings) for severity in SEVERITY_LABEL}
    if report.findings:
        summary = f"<b>找到{len(report.findings)}处 {len(report.findings)} finding(s)</b>：" + " · ".join(
            f"{escape(SEVERITY_LABEL[s])} {n}" for s, n in counts.items() if n
        )
    else:
        summary = (
            f'<b style="color:{GREEN}">没有发现问题 No finding</b>：引文与课程语料库中{date_zh(report.on)}有效的条文一致。'
            f"The quotations match the corpus texts in force on {report.on.isoformat()}."
        )
    cited = len({c.ref for c in report.citations if c.ref})
    head = (
        f"<div>{summary}<br><small>按{date_zh(report.on)}有效的法律核对 · checked against the law in force on "
        f"{report.on.isoformat()} · 引用条文 articles cited: {cited} · 引文 quotations: {len(report.quotes)}"
        f"</small></div>"
    )
    notes = "".join(
        f'<div style="{CAVEAT_STYLE}"><small>{escape(report.to_reader(n.text_zh))}<br>{escape(n.text_en)}</small></div>'
        for n in report.notes
    )
    rows = "".join(finding_row(i, f, report) for i, f in enumerate(report.findings, 1))
    table = (
        '<table style="border-collapse:collapse;width:100%;table-layout:fixed"><thead><tr>'
        '<th style="width:3%">#</th><th style="width:13%;text-align:left">类别 Kind</th>'
        '<th style="width:24%;text-align:left">原文 As written</th>'
        '<th style="width:30%;text-align:left">说明 Why</th>'
        '<th style="text-align:left">官方文本 Official text</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        if report.findings
        else ""
    )
    return (
        f'<div style="{BOX_STYLE};max-width:{PAGE_WIDTH}">{head}{notes}'
        f"<details open><summary>原文 The text</summary>{marked_text(report)}</details>{table}</div>"
    )
