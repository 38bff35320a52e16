"""The notebooks, read as files: the shared first cell, the course map, and the house rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pilaw.show.course import LESSON_MINUTES, NOTEBOOKS, SETUP_CELL

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHINESE_EDITION = sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))  # built by tools/edition.py


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
        assert path.name in mapped, f"{path.name} is missing from pilaw.show.course.NOTEBOOKS"
        assert path.name in readme, f"{path.name} is missing from README.md"


def test_every_lesson_fits_a_class_period_and_the_readme_gives_its_minutes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for nb in NOTEBOOKS:
        assert 0 < nb.minutes <= LESSON_MINUTES, nb.file
        row = next(line for line in readme.splitlines() if line.startswith(f"| {nb.file[:2]} | `{nb.file}`"))
        assert row.endswith(f"| {nb.minutes} |"), row


def test_the_readme_has_the_course_map_in_chinese_too():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    chinese = readme[readme.index("## 中文说明") :]
    for nb in NOTEBOOKS:
        assert f"| {nb.file[:2]} | `{nb.file}` {nb.title_zh} | {nb.goal_zh} | {nb.minutes} |" in chinese, nb.file


def test_the_course_map_is_numbered_in_reading_order():
    numbers = [int(nb.file[:2]) for nb in NOTEBOOKS]
    assert numbers == list(range(len(NOTEBOOKS)))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_notebook_opens_with_a_title_and_then_the_shared_setup_cell(path):
    nb_cells = cells(path)
    assert nb_cells[0]["cell_type"] == "markdown" and source(nb_cells[0]).startswith("# ")
    first_code = next(c for c in nb_cells if c["cell_type"] == "code")
    assert source(first_code) == SETUP_CELL


@pytest.mark.parametrize("path", FILES + CHINESE_EDITION, ids=lambda p: str(p.relative_to(ROOT / "notebooks")))
def test_no_notebook_asks_for_input_or_pastes_a_statute(path):
    for cell in cells(path):
        text = source(cell)
        if cell["cell_type"] == "code":
            assert not re.search(r"\binput\(", text), "use a widget with a default, not input()"
        # statute texts come from pilaw.law; a pasted article heading in prose is a sign of copying
        assert not re.search(r"第[一二三四五六七八九十百千零]+条\s+\S{20,}", text), "render provisions from pilaw.law"


@pytest.mark.parametrize("path", FILES + CHINESE_EDITION, ids=lambda p: str(p.relative_to(ROOT / "notebooks")))
def test_each_notebook_ends_with_a_summary(path):
    last = source([c for c in cells(path) if c["cell_type"] == "markdown"][-1])
    assert ("小结" if path.parent.name == "zh" else "Summary") in last


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_charts_go_through_course_plot_and_no_notebook_imports_matplotlib(path):
    for cell in cells(path):
        if cell["cell_type"] == "code":
            text = source(cell)
            assert "matplotlib" not in text, "draw with pilaw.show.course.plot(pilaw.show.charts.<chart>, ...)"
            assert "plot(" not in text or "from pilaw.show.course import plot" in text or "plot(charts." in text


def test_plot_displays_the_chart_as_a_vega_lite_bundle_with_a_one_line_description(monkeypatch):
    from datetime import date

    from pilaw.show import charts, course

    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kwargs: shown.append((objs, kwargs)))
    course.plot(charts.pipl66_caps, max_turnover="3,000,000,000", on=date(2024, 8, 1))
    [((bundle,), kwargs)] = shown
    assert kwargs == {"raw": True}
    assert set(bundle) == {"application/vnd.vegalite.v5+json", "text/plain"}
    spec = bundle["application/vnd.vegalite.v5+json"]
    assert spec["$schema"].endswith("/vega-lite/v5.json") and "layer" in spec
    assert bundle["text/plain"] == spec["description"] and "\n" not in bundle["text/plain"]
    assert "1,000,000,000" in bundle["text/plain"]
