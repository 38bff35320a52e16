"""HTML for the notebooks: provisions side by side (official Chinese, unofficial English), and cited steps.

Nothing here computes law; it only shows what ``pilaw.law`` holds and what a rule returned.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.steps import PAGE_CLAIM, Kind, Step

CAVEAT_STYLE = "background:#fff3cd;border-left:4px solid #b26a00;padding:4px 8px;margin:4px 0"
BOX_STYLE = "border:1px solid #ccc;border-radius:4px;padding:8px;margin:8px 0;font-size:15px;line-height:1.6"


def _article_en(ref: str) -> str:
    return "art. " + ref.split("/", 1)[1]


def cite_label(ref: str, on: date | None = None) -> str:
    """“民法典第一千一百八十二条 · Civil Code art. 1182” for a corpus reference; the page's claim is marked as not law."""
    if ref == PAGE_CLAIM:
        return "网页所称（非法律） · what the page claims (not law)"
    prov = law.provision(ref, on) if on is not None else law.versions(ref)[-1]
    short = law.laws()[prov.law]
    return f"{short.short_zh}{prov.article_zh} · {short.short_en} {_article_en(ref)}"


def provision_html(ref: str, on: date | None = None) -> str:
    """One provision, Chinese beside English, with its dates, source and any caveat."""
    prov = law.provision(ref, on)
    names = law.laws()[prov.law]
    until = prov.effective_to.isoformat() if prov.effective_to else "现行有效 in force"
    caveat = ""
    if not prov.verified or prov.excerpt:
        caveat = (
            f'<div style="{CAVEAT_STYLE}"><b>⚠ 未经官方文本核实 Not checked against the official text.</b> '
            f"{html.escape(prov.note)}</div>"
        )
    rows = "".join(
        f'<tr><td style="vertical-align:top;width:50%;text-align:left">{html.escape(zh)}</td>'
        f'<td style="vertical-align:top;text-align:left">{html.escape(en)}</td></tr>'
        for zh, en in zip(prov.paragraphs_zh, prov.paragraphs_en, strict=False)
    )
    return (
        f'<div style="{BOX_STYLE}">'
        f"<b>{html.escape(prov.law_zh)} {html.escape(prov.article_zh)}</b><br>"
        f"<b>{html.escape(names.en)}, {_article_en(ref)}</b><br>"
        f"<small>施行 In force: {prov.effective_from.isoformat()} — {until} · "
        f'<a href="{html.escape(prov.source)}" target="_blank" rel="noopener">来源 source</a></small>'
        f"{caveat}"
        f'<table style="width:100%;border-collapse:collapse"><thead><tr><th style="text-align:left">官方中文 Official Chinese</th>'
        f'<th style="text-align:left">English ({html.escape(law.UNOFFICIAL)})</th></tr></thead><tbody>{rows}</tbody></table>'
        "</div>"
    )


def steps_html(steps: Iterable[Step], on: date | None = None) -> str:
    """The reasoning of a result as a numbered table: Chinese, English, and the provision each step applies."""
    rows = []
    for number, step in enumerate(steps, 1):
        try:
            basis = cite_label(step.cites, on)
        except LawError:
            basis = step.cites
        kind = (
            "" if step.kind is Kind.APPLIES else f"<br><i>{html.escape(step.kind.zh)} · {html.escape(step.kind.en)}</i>"
        )
        rows.append(
            f"<tr><td>{number}</td><td style='text-align:left'>{html.escape(step.text_zh)}</td>"
            f"<td style='text-align:left'>{html.escape(step.text_en)}</td>"
            f"<td style='text-align:left'><small>{html.escape(basis)}{kind}</small></td></tr>"
        )
    return (
        '<table style="border-collapse:collapse"><thead><tr><th>#</th><th>步骤</th><th>Step</th>'
        f"<th>依据 Basis</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def show(ref: str, on: date | None = None):
    """Display a provision in a notebook."""
    from IPython.display import HTML

    return HTML(provision_html(ref, on))
