"""The glossary: every term defined in both languages with provisions that exist, its notebook and catalog in step
with the data, and every lesson's link pointing at a term that exists."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pilaw import law
from pilaw.show.glossary import term_markdown
from pilaw.teaching.glossary import AREAS, term, terms

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\]\(12_glossary\.ipynb#([^)]+)\)")
CORPUS = {p.ref for p in law.provisions()}


def test_the_glossary_defines_each_term_in_both_languages_under_a_known_area():
    assert len(terms()) >= 20
    assert len({t.id for t in terms()}) == len({t.zh for t in terms()}) == len(terms())
    for t in terms():
        assert t.zh and t.en and t.definition_en and t.definition_zh, t.id
        assert t.area in {key for key, _zh, _en in AREAS}


@pytest.mark.parametrize("entry", terms(), ids=lambda t: t.id)
def test_every_provision_a_term_names_is_in_the_corpus(entry):
    assert set(entry.refs) <= CORPUS


def test_a_term_resting_on_text_outside_the_corpus_says_so_on_screen():
    for t in terms():
        if not t.verified:
            assert t.note_en and t.note_zh and "⚠" in term_markdown(t) and t.note_zh in term_markdown(t, True)
    assert not term("拘役").verified and not term("管制").verified


def test_the_glossary_notebook_and_its_chinese_catalog_are_in_step_with_the_data():
    done = subprocess.run(
        [sys.executable, "tools/glossary.py", "--check"], check=False, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_every_link_of_every_lesson_to_the_glossary_names_a_term_and_each_term_is_linked_once_per_lesson():
    anchors = {t.anchor for t in terms()}
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        prose = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        linked = LINK.findall(prose)
        assert set(linked) <= anchors, path.name
        assert len(linked) == len(set(linked)), f"{path.name} links a term twice"


def test_the_lessons_link_the_terms_they_teach():
    prose = ""
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        prose += json.dumps(json.loads(path.read_text(encoding="utf-8"))["cells"], ensure_ascii=False)
    for zh in ("司法解释", "拘役", "管制", "情节严重", "单位犯罪", "从旧兼从轻", "过错推定"):
        assert f"[{zh}](12_glossary.ipynb#{term(zh).anchor})" in prose, zh
