"""Where a text was checked (one mirror, secondary pages) is said once per lesson, in its numbered notes on the
texts: the prose carries a footnote mark instead, so that it reads as teaching, and the on-screen caveats that
matter (the law is unsettled here; this text is unverified) stand out. Every mark has its note, in both editions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = {
    "en": ("notebooks", "#Notes-on-the-texts", "### Notes on the texts"),
    "zh": ("notebooks/zh", "#文本说明", "### 文本说明"),
}
LESSONS = sorted(path.name for path in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
PROVENANCE = re.compile(
    r"verified in one (?:community )?mirror|secondary (?:web )?pages|只在一个(?:社区)?镜像|二手网页"
)


def _markdown(edition: str, name: str) -> list[str]:
    folder = EDITIONS[edition][0]
    cells = json.loads((ROOT / folder / name).read_text(encoding="utf-8"))["cells"]
    return ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown"]


def _body_and_notes(edition: str, name: str) -> tuple[str, list[str]]:
    heading = EDITIONS[edition][2]
    text = "\n".join(_markdown(edition, name))
    if heading not in text:
        return text, []
    body, notes = text.split(heading, 1)
    return body, re.findall(r"^(\d+)\. ", notes.split("\n###")[0].split("\n\n")[0], flags=re.MULTILINE)


@pytest.mark.parametrize("edition", sorted(EDITIONS))
@pytest.mark.parametrize("name", LESSONS)
def test_every_footnote_mark_has_its_note_and_every_note_its_mark(name, edition):
    body, notes = _body_and_notes(edition, name)
    anchor = EDITIONS[edition][1]
    marks = set(re.findall(r"<sup>\[(\d+)\]\(" + re.escape(anchor) + r"\)</sup>", body))
    assert marks == set(notes)
    assert notes == [str(n) for n in range(1, len(notes) + 1)]


@pytest.mark.parametrize("edition", sorted(EDITIONS))
@pytest.mark.parametrize("name", LESSONS)
def test_outside_its_notes_a_lesson_says_where_a_text_was_checked_at_most_once(name, edition):
    """Once: the legend that says what a yellow box means; the further-reading list of sources is not prose."""
    body, _notes = _body_and_notes(edition, name)
    body = re.split(r"### (?:Further reading|延伸阅读)", body)[0]
    said = PROVENANCE.findall(body)
    assert len(said) <= 1, said


def test_the_two_editions_have_the_same_notes():
    for name in LESSONS:
        assert _body_and_notes("en", name)[1] == _body_and_notes("zh", name)[1], name
