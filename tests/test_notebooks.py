"""The notebooks, read as files: the shared first cell, the course map, and the house rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pilaw.course import NOTEBOOKS, SETUP_CELL

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "notebooks").glob("*.ipynb"))


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    return "".join(cell["source"])


def test_the_course_has_notebooks():
    assert FILES, "no notebooks found"


def test_every_notebook_file_is_on_the_course_map_and_in_the_readme():
    mapped = {nb.file for nb in NOTEBOOKS}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in FILES:
        assert path.name in mapped, f"{path.name} is missing from pilaw.course.NOTEBOOKS"
        assert path.name in readme, f"{path.name} is missing from README.md"


def test_the_course_map_is_numbered_in_reading_order():
    numbers = [int(nb.file[:2]) for nb in NOTEBOOKS]
    assert numbers == list(range(len(NOTEBOOKS)))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_notebook_opens_with_a_title_and_then_the_shared_setup_cell(path):
    nb_cells = cells(path)
    assert nb_cells[0]["cell_type"] == "markdown" and source(nb_cells[0]).startswith("# ")
    first_code = next(c for c in nb_cells if c["cell_type"] == "code")
    assert source(first_code) == SETUP_CELL


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_notebook_asks_for_input_or_pastes_a_statute(path):
    for cell in cells(path):
        text = source(cell)
        if cell["cell_type"] == "code":
            assert not re.search(r"\binput\(", text), "use a widget with a default, not input()"
        # statute texts come from pilaw.law; a pasted article heading in prose is a sign of copying
        assert not re.search(r"第[一二三四五六七八九十百千零]+条\s+\S{20,}", text), "render provisions from pilaw.law"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_notebook_ends_with_a_summary(path):
    assert "Summary" in source([c for c in cells(path) if c["cell_type"] == "markdown"][-1])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_charts_go_through_course_plot_so_the_no_install_site_shows_a_note_not_a_traceback(path):
    for cell in cells(path):
        if cell["cell_type"] == "code":
            assert "import matplotlib" not in source(cell), "draw with pilaw.course.plot(draw_function, ...)"


def test_a_chart_without_matplotlib_becomes_a_one_line_note(monkeypatch, capsys):
    import sys

    from pilaw import course

    shown = []
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)  # import fails, as in the browser-only site
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj))
    course.plot(lambda: shown.append("drawn"))
    assert shown and shown != ["drawn"] and "matplotlib" in shown[0].data
