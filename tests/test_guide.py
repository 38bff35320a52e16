"""The teacher's guide (docs/teaching.md) is generated from the course's data and never falls out of step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pilaw.show.course import NOTEBOOKS
from pilaw.teaching import exercises

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "teaching.md"


def test_the_guide_is_in_step_with_the_course_data():
    done = subprocess.run(
        [sys.executable, "tools/guide.py", "--check"], check=False, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_the_guide_gives_every_lesson_its_minutes_and_every_written_task():
    text = GUIDE.read_text(encoding="utf-8")
    for nb in NOTEBOOKS:
        assert f"### {nb.file[:2]} {nb.title_zh} · {nb.title_en} — {nb.minutes} 分钟 minutes" in text
    for task in exercises.bank():
        if isinstance(task, exercises.Short):
            assert " ".join(task.prompt_en.split()) in text


def test_the_guide_names_no_right_option_and_no_model_answer():
    text = GUIDE.read_text(encoding="utf-8")
    for item in exercises.bank():
        if isinstance(item, exercises.Choice):
            right = item.options[item.answer]
            assert f"“{' '.join(right.en.split())}”" not in text, item.id
        if isinstance(item, exercises.Short):
            assert " ".join(item.model_en.split()) not in text, item.id
