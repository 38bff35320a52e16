"""The checker: one text, read on one date, every check in turn."""

from __future__ import annotations

from collections.abc import Iterator

from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date
from pilaw.teaching.sources.articles import check_citations
from pilaw.teaching.sources.citations import find_citations
from pilaw.teaching.sources.claims import check_claims
from pilaw.teaching.sources.findings import State
from pilaw.teaching.sources.names import check_terms
from pilaw.teaching.sources.penalties import check_paraphrases
from pilaw.teaching.sources.quotes import check_quote, find_quotes
from pilaw.teaching.sources.records import KINDS, MAX_CHARS, Note, Report
from pilaw.teaching.sources.script import FOLD, converter_name, to_simplified


def check(text: object, *, on: object = None) -> Report:
    """Check a legal source against the corpus, as read on ``on`` (default today).

    ``text`` must be text (:class:`InputError` otherwise, and for empty text or more than :data:`MAX_CHARS`
    characters). Returns a :class:`Report` whose findings are in text order.
    """
    if isinstance(text, (bytes, bytearray)):
        raise InputError(
            "text 文字",
            "需要文字，不是字节；请先解码（例如 UTF-8）",
            "needs text, not bytes: decode it first (e.g. UTF-8)",
        )
    if not isinstance(text, str):
        raise InputError("text 文字", f"需要文字，不是 {type(text).__name__}", f"needs text, not {type(text).__name__}")
    if not text.strip():
        raise InputError("text 文字", "是空的：请粘贴要检查的文字", "is empty: paste the text to check")
    if len(text) > MAX_CHARS:
        raise InputError(
            "text 文字",
            f"太长（{len(text)}字）：一次最多检查{MAX_CHARS}字，请分段检查",
            f"is too long ({len(text):,} characters): at most {MAX_CHARS:,} at a time; check it in parts",
        )
    day = parse_date(on, "on 日期")
    # lone surrogates and other unencodable code points are kept as written but compared as a mark
    safe = text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text
    if len(safe) != len(text):  # pragma: no cover - "replace" keeps one character for one
        safe = text
    simplified = to_simplified(safe)
    script = "traditional" if simplified != safe else "simplified"
    state = State(text=text, norm=simplified.translate(FOLD), on=day)

    citations = find_citations(state.norm)
    quotes = find_quotes(state, citations)
    for quote in quotes:
        check_quote(state, quote)
    outside = [c for c in citations if not state.inside_quote(c.start, c.end)]
    check_paraphrases(state, outside)
    check_terms(state)
    check_claims(state, outside)
    check_citations(state, outside)

    notes = []
    if script == "traditional":
        notes.append(
            Note(
                f"原文是繁体字：比较之前已用 OpenCC（t2s，{converter_name()}）转为简体；引文照原文显示。",
                f"The text is in traditional characters: it was converted to simplified with OpenCC (t2s, "
                f"{converter_name()}) before comparing; quotations are shown as written.",
            )
        )
    findings = sorted(state.findings, key=lambda f: (f.start, f.end, f.kind))
    return Report(
        text=text,
        on=day,
        script=script,
        simplified=simplified,
        findings=tuple(findings),
        citations=tuple(citations),
        quotes=tuple(quotes),
        notes=tuple(notes),
    )


def iter_kinds() -> Iterator[tuple[str, str, str, str]]:
    """Every kind of finding with its labels and severity, in the order of :data:`KINDS`."""
    for kind, (zh, en, severity) in KINDS.items():
        yield kind, zh, en, severity
