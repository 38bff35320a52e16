#!/usr/bin/env python3
"""Write the glossary notebook, notebooks/12_glossary.ipynb, and its Chinese catalog from the glossary's data, and
link each lesson's first use of a term to its entry.

    .venv/bin/python tools/glossary.py          # rewrite the notebook and locale/zh/12_glossary.po, then link
    .venv/bin/python tools/glossary.py --check  # exit 1 if either is out of step with lib/pilaw/data/glossary.json

The notebook's cells are Markdown, one heading per term, whose anchor is the term: a lesson links
``[司法解释](12_glossary.ipynb#司法解释)``. In a handout the link lands on the term; JupyterLab 4 opens the glossary
at its top (it does not decode a Chinese fragment, and drops an ``<a id>`` from Markdown), terms grouped by area. The Chinese edition's cells come from the same
data (the Chinese definitions), written straight into the catalog, so the two editions cannot disagree.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from pilaw.show.course import SETUP_CELL  # noqa: E402
from pilaw.show.glossary import area_heading, link, term_markdown  # noqa: E402
from pilaw.teaching.glossary import AREAS, terms  # noqa: E402

NOTEBOOK = ROOT / "notebooks" / "12_glossary.ipynb"
CATALOG = ROOT / "locale" / "zh" / "12_glossary.po"
TITLE = (
    "# 术语表 · Glossary\n\n本课程使用的法律术语，各附中英文定义和相关条文。课文中一个术语第一次出现时，都链接到这里。\n\n"
    "The terms of art the course uses, each defined in English and Chinese with the provisions that define or use it. "
    "A lesson links a term here where it first uses it."
)
TITLE_ZH = "# 术语表\n\n本课程使用的法律术语，各附定义和相关条文。课文中一个术语第一次出现时，都链接到这里。"
SUMMARY = (
    "## Summary · 小结\n\nWhere a definition rests on a provision outside the course's corpus, the entry says so (⚠). "
    "Back to the start: [00 · 从这里开始 Start here](00_start_here.ipynb)."
)
SUMMARY_ZH = (
    "## 小结\n\n定义所依据的条文不在本课程法规库中的，条目中注明（⚠）。返回：[00 · 从这里开始](00_start_here.ipynb)。"
)


def cells() -> list[tuple[str, str, str]]:
    """(kind, English source, Chinese source) for every cell of the glossary notebook."""
    found = [("markdown", TITLE, TITLE_ZH), ("code", SETUP_CELL, "")]
    for key, _zh, _en in AREAS:
        inside = [t for t in terms() if t.area == key]
        if not inside:
            continue
        found.append(("markdown", area_heading(key), area_heading(key, chinese=True)))
        found += [("markdown", term_markdown(t), term_markdown(t, chinese=True)) for t in inside]
    found.append(("markdown", SUMMARY, SUMMARY_ZH))
    return found


def notebook_text() -> str:
    nb_cells = []
    for index, (kind, text, _zh) in enumerate(cells()):
        cell = {"cell_type": kind, "id": str(index), "metadata": {}, "source": text.splitlines(keepends=True)}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        nb_cells.append(cell)
    nb = {
        "cells": nb_cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def catalog() -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Project-Id-Version": "pilaw", "Language": "zh_CN", "Content-Type": "text/plain; charset=UTF-8"}
    for index, (kind, text, zh) in enumerate(cells()):
        if kind == "markdown" and po.find(text) is None:
            po.append(polib.POEntry(msgid=text, msgstr=zh, occurrences=[(f"notebooks/{NOTEBOOK.name}", str(index))]))
    return po


# ------------------------------------------------------------------------------ links from the lessons

HAN = re.compile(r"[\u4e00-\u9fff]")
LINKED = re.compile(r"\[[^\]]*\]\([^)]*\)|`[^`]*`|<[^>]*>|^#+ .*$", re.MULTILINE)


def link_first_uses(text: str, done: set[str], anchors: dict[str, object]) -> str:
    """``text`` with the first use (in the lesson so far: ``done``) of each term linked; headings, code, markup and
    existing links are left as they are."""
    protected = [(m.start(), m.end()) for m in LINKED.finditer(text)]
    for zh, term in sorted(anchors.items(), key=lambda pair: -len(pair[0])):
        if zh in done:
            continue
        for match in re.finditer(re.escape(zh), text):
            start, end = match.span()
            if any(a <= start < b or a < end <= b for a, b in protected):
                continue
            if HAN.match(text[start - 1 : start] or " ") or HAN.match(text[end : end + 1] or " "):
                continue  # inside a longer Chinese word or a quoted phrase (侵犯公民个人信息罪, 并处罚金)
            if f"12_glossary.ipynb#{term.anchor}" in text:  # type: ignore[attr-defined]
                break
            text = text[:start] + link(term, zh) + text[end:]  # type: ignore[arg-type]
            done.add(zh)
            protected = [(m.start(), m.end()) for m in LINKED.finditer(text)]
            break
    return text


def link_lessons() -> list[str]:
    """Link the first use of every term in every lesson (not the start page, not the glossary itself)."""
    anchors = {t.zh: t for t in terms()}
    changed = []
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        if path.name in ("00_start_here.ipynb", NOTEBOOK.name):
            continue
        nb = json.loads(path.read_text(encoding="utf-8"))
        raw = path.read_text(encoding="utf-8")
        done: set[str] = {zh for zh, t in anchors.items() if f"12_glossary.ipynb#{t.anchor}" in raw}
        for cell in nb["cells"][1:]:  # the title cell stays plain
            if cell["cell_type"] != "markdown":
                continue
            text = "".join(cell["source"])
            new = link_first_uses(text, done, anchors)
            if new != text:
                cell["source"] = new.splitlines(keepends=True)
        text = json.dumps(nb, ensure_ascii=False, indent=1) + "\n"
        if text != path.read_text(encoding="utf-8"):
            path.write_text(text, encoding="utf-8")
            changed.append(path.name)
    return changed


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        stale = NOTEBOOK.read_text(encoding="utf-8") != notebook_text() if NOTEBOOK.exists() else True
        po = polib.pofile(str(CATALOG), wrapwidth=0) if CATALOG.exists() else None
        stale = stale or po is None or [(e.msgid, e.msgstr) for e in po] != [(e.msgid, e.msgstr) for e in catalog()]
        if stale:
            print("the glossary notebook or its catalog is out of step: run tools/glossary.py", file=sys.stderr)
        return 1 if stale else 0
    NOTEBOOK.write_text(notebook_text(), encoding="utf-8")
    CATALOG.parent.mkdir(parents=True, exist_ok=True)
    catalog().save(str(CATALOG))
    print(f"wrote {NOTEBOOK.relative_to(ROOT)} and {CATALOG.relative_to(ROOT)} ({len(terms())} terms)")
    print("linked first uses in:", ", ".join(link_lessons()) or "nothing new")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
