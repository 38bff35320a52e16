"""The course's glossary: the terms of art the lessons use, each defined once in Chinese and English with the
provisions that define or use it (``lib/pilaw/data/glossary.json``). Lessons link a term at its first use to its
entry in the glossary notebook (``12_glossary.ipynb#<the term in Chinese>``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pilaw import law
from pilaw.law.errors import LawError

__all__ = ["AREAS", "Term", "term", "terms"]

#: the glossary's sections, in order: (key, Chinese, English)
AREAS = (
    ("civil", "民事", "Civil law"),
    ("administrative", "行政", "Administrative law"),
    ("criminal", "刑事", "Criminal law"),
    ("procedure", "程序", "Procedure"),
)


@dataclass(frozen=True)
class Term:
    id: str
    zh: str
    en: str
    area: str
    refs: tuple[str, ...]
    definition_en: str
    definition_zh: str
    verified: bool = True
    note_en: str = ""
    note_zh: str = ""
    #: names the course does not use for this concept (one concept, one name) …
    not_zh: tuple[str, ...] = ()
    #: … and the longer official phrases in which such a name may still stand
    keep_zh: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        """The fragment a lesson links to: the heading's own anchor, the Chinese term. (A static page — a handout —
        scrolls to it; JupyterLab 4 opens the glossary at its top, as it neither decodes a Chinese fragment nor keeps
        an ASCII ``<a id>`` in Markdown.)"""
        return self.zh


@cache
def terms() -> tuple[Term, ...]:
    """Every term, in the glossary's order (by area, then as listed)."""
    raw = law.data("glossary.json")["terms"]
    order = [key for key, _zh, _en in AREAS]
    found = tuple(
        Term(
            **{
                **entry,
                "refs": tuple(entry["refs"]),
                "not_zh": tuple(entry.get("not_zh", ())),
                "keep_zh": tuple(entry.get("keep_zh", ())),
            }
        )
        for entry in raw
    )
    return tuple(sorted(found, key=lambda t: order.index(t.area)))


def term(ident: str) -> Term:
    for entry in terms():
        if ident in (entry.id, entry.zh):
            return entry
    raise LawError(f"术语表中没有“{ident}”", f"no term {ident!r} in the glossary")
