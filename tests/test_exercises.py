"""The exercise banks (lib/pilaw/data/exercises/): well-formed, answers out of the notebooks' code, options
balanced so that neither the position nor the length of an option gives its answer away, feedback for every
distractor, and a written task with a model answer in every lesson that has a bank."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest

from pilaw.teaching import exercises
from pilaw.teaching.exercises import Amount, Choice, Short

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
LESSONS = exercises.lessons()
CHOICES = [e for e in exercises.bank() if isinstance(e, Choice)]


def test_every_bank_belongs_to_a_notebook_of_the_course():
    assert all((NOTEBOOKS / f"{lesson}.ipynb").exists() for lesson in LESSONS)


def test_exercise_ids_are_unique():
    ids = [e.id for e in exercises.bank()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_lesson_with_a_bank_has_a_written_task_with_a_model_answer_and_a_marking_guide(lesson):
    written = [e for e in exercises.bank(lesson) if isinstance(e, Short)]
    assert written, f"{lesson}: no short-answer task"
    assert all(e.model_zh and e.model_en and len(e.guide) >= 2 for e in written)


@pytest.mark.parametrize("exercise", CHOICES, ids=lambda e: e.id)
def test_every_option_has_its_own_feedback(exercise):
    assert len(exercise.options) >= 3
    for option in exercise.options:
        assert option.feedback_zh.strip() and option.feedback_en.strip(), f"{exercise.id}: {option.en!r}"
    wrong = [o.feedback_en for i, o in enumerate(exercise.options) if i != exercise.answer]
    assert len(set(wrong)) == len(wrong), f"{exercise.id}: distractors share one feedback"


def test_the_right_answer_sits_in_every_position_about_as_often_as_chance_would_put_it_there():
    """Over the whole bank, no position holds the answer much more often than chance (mean + 2.5 sd)."""
    if len(CHOICES) < 8:
        pytest.skip("fewer than eight multiple-choice exercises")
    counts = Counter(e.answer for e in CHOICES)
    for position in range(max(len(e.options) for e in CHOICES)):
        p = [1 / len(e.options) for e in CHOICES if position < len(e.options)]
        mean, sd = sum(p), math.sqrt(sum(q * (1 - q) for q in p))
        assert counts[position] <= mean + 2.5 * sd, f"position {position}: {counts[position]} of {len(CHOICES)}"


def test_the_longest_option_is_the_answer_no_more_often_than_chance_would_make_it():
    if len(CHOICES) < 8:
        pytest.skip("fewer than eight multiple-choice exercises")
    longest = [e for e in CHOICES if max(range(len(e.options)), key=lambda i: len(e.options[i].en)) == e.answer]
    p = [1 / len(e.options) for e in CHOICES]
    mean, sd = sum(p), math.sqrt(sum(q * (1 - q) for q in p))
    assert len(longest) <= mean + 2.5 * sd, f"{len(longest)} of {len(CHOICES)} answers are the longest option"


@pytest.mark.parametrize("exercise", [e for e in exercises.bank() if isinstance(e, Amount)], ids=lambda e: e.id)
def test_an_amount_exercise_has_a_hint_for_a_wrong_first_try(exercise):
    assert exercise.hint_zh and exercise.hint_en


def _code_cells(path: Path) -> list[str]:
    return ["".join(c["source"]) for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code"]


@pytest.mark.parametrize("lesson", LESSONS)
def test_a_lesson_with_a_bank_defines_no_exercise_in_its_code(lesson):
    for source in _code_cells(NOTEBOOKS / f"{lesson}.ipynb"):
        assert not re.search(r"\b(Choice|Amount)\(", source), f"{lesson}: an exercise with its answer in a code cell"


def test_a_written_answer_shows_the_model_answer_only_after_something_is_written():
    from pilaw.widgets.quiz import quiz

    task = Short("t/1", "t", "argue", "论证。", "Argue.", "参考。", "Model.", (("一", "one"), ("二", "two")))
    (item,) = quiz(task).items
    item.button.click()
    assert "Write your own answer first" in item.feedback.value and not item.revealed
    item.input.value = "  "
    item.button.click()
    assert not item.revealed
    item.input.value = "Both readings: …"
    item.button.click()
    assert item.revealed and "Model." in item.feedback.value and "two" in item.feedback.value


def test_a_distractor_s_own_feedback_comes_first_and_the_explanation_after_one_retry():
    from pilaw.teaching.exercises import Option
    from pilaw.widgets.quiz import from_bank, quiz

    options = tuple(Option(f"选{i}", f"option {i}", f"反馈{i}", f"feedback {i}") for i in range(3))
    exercise = Choice("t/2", "t", "哪个？", "Which?", options, 2, "解析。", "Explanation.")
    (item,) = quiz(from_bank(exercise)).items
    item.input.value = 0
    item.button.click()
    assert "feedback 0" in item.feedback.value and "Explanation." not in item.feedback.value
    item.input.value = 1
    item.button.click()
    assert "feedback 1" in item.feedback.value and "Explanation." in item.feedback.value
    item.input.value = 2
    item.button.click()
    assert item.correct is True and "Explanation." in item.feedback.value
