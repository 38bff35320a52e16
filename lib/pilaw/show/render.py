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
from pilaw.show.theme import AMBER, BOX_STYLE, CAVEAT_STYLE

__all__ = ["BOX_STYLE", "CAVEAT_STYLE", "cite_label", "html", "provision_html", "show", "steps_html"]


def html(markup: str) -> object:
    """Markup for a notebook to display: ``IPython.display.HTML`` in IPython, the plain markup outside it."""
    try:
        from IPython.display import HTML
    except ImportError:  # outside IPython: plain markup
        return markup
    return HTML(markup)  # type: ignore[no-untyped-call]


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
            f"{escape(prov.note)}</div>"
        )
    rows = "".join(
        f'<tr><td style="vertical-align:top;width:50%;text-align:left">{escape(zh)}</td>'
        f'<td style="vertical-align:top;text-align:left">{escape(en)}</td></tr>'
        for zh, en in zip(prov.paragraphs_zh, prov.paragraphs_en, strict=False)
    )
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


def _kind_note(step: Step) -> str:
    """What kind of step it is, under its basis, unless it applies the law (most do) or the basis already says it
    (the page's claim)."""
    if step.kind is Kind.APPLIES or (step.kind is Kind.PAGE and step.cites == PAGE_CLAIM):
        return ""
    return f'<br><i style="color:{AMBER}">{escape(step.kind.zh)} · {escape(step.kind.en)}</i>'


def steps_html(steps: Iterable[Step], on: date | None = None) -> str:
    """The reasoning of a result as a numbered table: Chinese, English, and the provision each step applies, with the
    kind of any step that does not simply apply the law (a reading of unsettled law, not assessed, unverified text)."""
    rows = []
    for number, step in enumerate(steps, 1):
        try:
            basis = cite_label(step.cites, on)
        except LawError:
            basis = step.cites
        rows.append(
            f"<tr><td>{number}</td><td style='text-align:left'>{escape(step.text_zh)}</td>"
            f"<td style='text-align:left'>{escape(step.text_en)}</td>"
            f"<td style='text-align:left'><small>{escape(basis)}{_kind_note(step)}</small></td></tr>"
        )
    return (
        '<table style="border-collapse:collapse"><thead><tr><th>#</th><th>步骤</th><th>Step</th>'
        f"<th>依据 Basis</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def show(ref: str, on: date | None = None) -> object:
    """Display a provision in a notebook."""
    return html(provision_html(ref, on))
