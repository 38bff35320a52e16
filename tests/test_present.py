"""App mode's arguments (``make present``): every notebook for one person; one lesson with kernels ready for a
class, and the kernels of closed pages shut down."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("course_tool", ROOT / "tools" / "course.py")
assert SPEC and SPEC.loader
course = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(course)


def test_alone_app_mode_serves_every_notebook_and_starts_a_kernel_per_page():
    args = course.present_args()
    assert args[1] == "notebooks" and "--Voila.ip=127.0.0.1" in args
    assert not any("preheat" in a or "pool" in a for a in args)


def test_for_a_class_one_lesson_is_run_ahead_in_as_many_kernels_as_students():
    args = course.present_args("10_administrative_fines", 30, host="0.0.0.0")
    assert args[1] == "notebooks/10_administrative_fines.ipynb" and "--Voila.ip=0.0.0.0" in args
    assert "--preheat_kernel=True" in args and "--pool_size=30" in args
    assert f"--MappingKernelManager.cull_idle_timeout={course.CLASS_CULL_SECONDS}" in args
    assert f"--VoilaKernelManager.fill_delay={course.CLASS_REFILL_SECONDS}" in args  # not while the class arrives


def test_a_lesson_of_the_chinese_edition_can_be_served_to_a_class():
    assert course.present_args("zh/00_start_here.ipynb", 5)[1] == "notebooks/zh/00_start_here.ipynb"


def test_a_class_without_a_lesson_or_a_lesson_that_does_not_exist_is_refused_in_both_languages():
    with pytest.raises(SystemExit, match=r"LESSON=10_administrative_fines.*整班"):
        course.present_args(None, 30)
    with pytest.raises(SystemExit, match=r"No lesson '99_nothing'.*没有"):
        course.present_args("99_nothing", 30)
