"""The glossary as the glossary notebook's Markdown cells: one heading per term, whose anchor (the term in Chinese) a
lesson links to (``12_glossary.ipynb#司法解释``). The English edition's cell is bilingual, the Chinese
edition's Chinese only (tools/glossary.py writes both)."""

from __future__ import annotations

from pilaw.law.errors import LawError
from pilaw.show import edition
from pilaw.show.render import cite_label
from pilaw.teaching.glossary import AREAS, Term, terms

__all__ = ["area_heading", "link", "term_markdown"]


def _cites(term: Term) -> str:
    labels = []
    for ref in term.refs:
        try:
            labels.append(cite_label(ref))
        except LawError:
            labels.append(ref)
    return "；".join(labels) if edition.zh() else "; ".join(labels)


def _quoted(term: Term) -> list[str]:
    return [f"“{name}”" for name in term.not_zh]


def _names(term: Term) -> str:
    return "".join(_quoted(term))


def term_markdown(term: Term, chinese: bool = False) -> str:
    """One term's cell: its heading (the Chinese term: the anchor), its definitions, its provisions, any caveat."""
    before = edition.current()
    edition.set_edition("zh" if chinese else "en")
    try:
        cites = _cites(term)
    finally:
        edition.set_edition(before)
    area = next((zh, en) for key, zh, en in AREAS if key == term.area)
    if chinese:
        lines = [f"### {term.zh}", "", f"*{area[0]}*", "", term.definition_zh]
        if term.not_zh:
            lines += ["", f"本课程统一写作“{term.zh}”，不写作{_names(term)}。"]
        if cites:
            lines += ["", f"相关条文：{cites}"]
        if not term.verified or term.note_zh:
            lines += ["", f"> ⚠ {term.note_zh}"]
        return "\n".join(lines)
    lines = [
        f"### {term.zh}",
        "",
        f"**{term.en}** · {area[0]} {area[1]}",
        "",
        term.definition_en,
        "",
        term.definition_zh,
    ]
    if term.not_zh:
        lines += [
            "",
            f"*One concept, one name · 统一用语:* the course writes {term.zh}, never {' / '.join(_quoted(term))}.",
        ]
    if cites:
        lines += ["", f"*Provisions · 相关条文:* {cites}"]
    if not term.verified or term.note_en:
        lines += ["", f"> ⚠ {term.note_zh} {term.note_en}"]
    return "\n".join(lines)


def area_heading(key: str, chinese: bool = False) -> str:
    zh, en = next((zh, en) for k, zh, en in AREAS if k == key)
    count = sum(t.area == key for t in terms())
    if chinese:
        return f"## {zh}\n\n本部分共{count}个术语。"
    return f"## {zh} · {en}\n\n{count} terms."


def link(term: Term, text: str) -> str:
    """A Markdown link from a lesson to the term's entry."""
    return f"[{text}](12_glossary.ipynb#{term.anchor})"
