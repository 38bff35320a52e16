"""Check any legal source: find where a text departs from the law the course holds.

    >>> from datetime import date
    >>> report = check("《中华人民共和国民法典》第一千零三十四条 然人的个人信息受法律保护。", on=date(2025, 7, 6))
    >>> [(f.kind, f.ref) for f in report.findings]
    [('altered_quote', 'civil_code/1034')]

:func:`check` reads a text (a web page, a handout, an essay; simplified or traditional characters) and returns a
:class:`Report` whose :class:`Finding` s each say what kind of departure it is, which article it concerns, the
passage as written, what the official text says and why, with cited steps (:class:`pilaw.law.steps.Step`):

* ``altered_quote`` — a passage presented as an article's text (after a heading such as ``第一千零三十四条``, or
  in quotation marks after ``…规定``) differs from every version of that article: characters lost, added or
  changed. Punctuation and spacing are set apart (kind ``punctuation``, a note);
* ``outdated_version`` — the passage, a penalty band or the wording belongs to a version no longer in force on
  ``on`` (or not yet), or the article itself has ended (and, where data says so, was renumbered);
* ``wrong_penalty`` — a punishment attributed to an article that no version of it contains;
* ``outdated_term`` — a crime name or an authority replaced by a later act (``crime_names.json``,
  ``terms.json``);
* ``claim_not_found`` — an amount or a multiple attributed to a law whose provisions in the corpus do not
  contain it;
* ``unknown_article`` — an article (or paragraph) number the cited law does not have;
* ``not_in_corpus`` — a real article, or a law, the course does not hold: the checker says so rather than guess;
* ``cited_not_quoted`` — an article named without its text or any statement about it (a note);
* ``mixed_paragraphs`` — one sentence joins the wording of several paragraphs of an article that state separate
  rules (a reading).

Citations are read in the forms pages use (``《中华人民共和国民法典》第一千零三十四条``, ``民法典第1034条``,
``刑法第二百五十三条之一``, ``第253条之一``, ``《个人信息保护法》第六十九条第二款``, ``本法第十条``), with Chinese or
Arabic numerals and full-width characters. Law names map to the corpus's keys through ``data/terms.json``.
Traditional characters are converted for matching with OpenCC's ``t2s`` (the pure-Python
``opencc-python-reimplemented``, which also runs in the browser); the findings quote the text as written.

The package, in the order its modules build on each other: ``script`` (conversion, normal form), ``records``
(kinds and records), ``data``, ``numbers``, ``layout`` (lines, sentences), ``citations``, ``matching`` (diff and
alignment), ``findings`` (cited steps, one helper that builds a finding), ``names`` (replaced names),
``quotes``, ``penalties``, ``claims``, ``articles`` (citations on their own), ``checker`` (:func:`check`) and
``page`` (the examples).
"""

from pilaw.teaching.sources.checker import check, iter_kinds
from pilaw.teaching.sources.citations import find_citations
from pilaw.teaching.sources.data import article_count, law_label, law_names, terms
from pilaw.teaching.sources.numbers import cn_number, numbers_in
from pilaw.teaching.sources.page import PAGE_ORDER, ErratumFound, clean_example, errata_found, page_text
from pilaw.teaching.sources.records import (
    ALTERED_QUOTE,
    CHANGED,
    CHECK,
    CITED_NOT_QUOTED,
    CLAIM_NOT_FOUND,
    EQUAL,
    ERROR,
    EXTRA,
    KINDS,
    MAX_CHARS,
    MISSING,
    MIXED_PARAGRAPHS,
    NOT_IN_CORPUS,
    NOTE,
    OUTDATED_TERM,
    OUTDATED_VERSION,
    PUNCT,
    PUNCTUATION,
    UNKNOWN_ARTICLE,
    WRONG_PENALTY,
    Citation,
    DiffSpan,
    Finding,
    Note,
    Quote,
    Report,
)
from pilaw.teaching.sources.script import (
    converter_name,
    is_mark,
    normal_form,
    to_simplified,
    to_traditional,
    to_traditional_hk,
)

__all__ = [
    "ALTERED_QUOTE",
    "CHANGED",
    "CHECK",
    "CITED_NOT_QUOTED",
    "CLAIM_NOT_FOUND",
    "EQUAL",
    "ERROR",
    "EXTRA",
    "KINDS",
    "MAX_CHARS",
    "MISSING",
    "MIXED_PARAGRAPHS",
    "NOTE",
    "NOT_IN_CORPUS",
    "OUTDATED_TERM",
    "OUTDATED_VERSION",
    "PAGE_ORDER",
    "PUNCT",
    "PUNCTUATION",
    "UNKNOWN_ARTICLE",
    "WRONG_PENALTY",
    "Citation",
    "DiffSpan",
    "ErratumFound",
    "Finding",
    "Note",
    "Quote",
    "Report",
    "article_count",
    "check",
    "clean_example",
    "cn_number",
    "converter_name",
    "errata_found",
    "find_citations",
    "is_mark",
    "iter_kinds",
    "law_label",
    "law_names",
    "normal_form",
    "numbers_in",
    "page_text",
    "terms",
    "to_simplified",
    "to_traditional",
    "to_traditional_hk",
]
