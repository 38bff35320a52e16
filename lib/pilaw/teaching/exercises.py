"""The course's exercises as data: one bank per lesson in ``lib/pilaw/data/exercises/<lesson>.json``.

A bank holds three kinds of exercise:

* ``choice`` — options, each with the feedback a student who picks it should read (a distractor is a mistake
  students really make, and its feedback says what is wrong with it); the right option's index;
* ``amount`` — a number typed and compared exactly (yuan unless the unit says otherwise), with a hint for a
  wrong first try;
* ``short`` — a written answer (characterise the facts, apply the rule, argue both readings, spot the issues, read
  a judgment), with a model answer and a marking guide shown only after the student has written something.

:func:`bank` lists every exercise with its lesson, kind, options and answer, so that tests can check them — the
balance of answer positions and lengths, feedback for every distractor, a short-answer task in every lesson —
and a notebook loads its own with one call (``pilaw.widgets.quiz.lesson_quiz("05_compensation")``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from pilaw import law
from pilaw.law.errors import LawError

__all__ = ["KINDS", "TASKS", "Amount", "Choice", "Exercise", "Option", "Short", "bank", "lessons"]

KINDS = ("choice", "amount", "short")
#: what a short-answer task asks the student to do
TASKS = {
    "characterise": ("定性：这些事实属于什么", "characterise the facts"),
    "apply": ("适用规则", "apply the rule"),
    "argue": ("论证两种解读", "argue both readings"),
    "spot": ("找出问题", "spot the issues"),
    "case": ("阅读判决", "read a judgment"),
}


@dataclass(frozen=True)
class Option:
    zh: str
    en: str
    feedback_zh: str
    feedback_en: str


@dataclass(frozen=True)
class Choice:
    id: str
    lesson: str
    prompt_zh: str
    prompt_en: str
    options: tuple[Option, ...]
    answer: int
    explain_zh: str
    explain_en: str
    kind: str = "choice"


@dataclass(frozen=True)
class Amount:
    id: str
    lesson: str
    prompt_zh: str
    prompt_en: str
    answer: Decimal
    hint_zh: str
    hint_en: str
    explain_zh: str
    explain_en: str
    unit_zh: str = "元"
    unit_en: str = "yuan"
    kind: str = "amount"


@dataclass(frozen=True)
class Short:
    id: str
    lesson: str
    task: str
    prompt_zh: str
    prompt_en: str
    model_zh: str
    model_en: str
    guide: tuple[tuple[str, str], ...]  # what a good answer does, point by point: (zh, en)
    sources: tuple[str, ...] = ()  # corpus references or case ids the task rests on
    kind: str = "short"


Exercise = Choice | Amount | Short


def _bad(lesson: str, what: str) -> LawError:
    return LawError(f"练习库“{lesson}”有误：{what}", f"exercise bank {lesson!r} is malformed: {what}")


def _exercise(lesson: str, raw: dict[str, Any]) -> Exercise:
    kind, ident = raw.get("kind"), f"{lesson}/{raw.get('id')}"
    if kind == "choice":
        options = tuple(Option(**option) for option in raw["options"])
        if not 0 <= raw["answer"] < len(options):
            raise _bad(lesson, f"{ident}: answer out of range")
        return Choice(ident, lesson, raw["prompt_zh"], raw["prompt_en"], options, raw["answer"],
                      raw["explain_zh"], raw["explain_en"])  # fmt: skip
    if kind == "amount":
        return Amount(ident, lesson, raw["prompt_zh"], raw["prompt_en"], Decimal(raw["answer"]), raw["hint_zh"],
                      raw["hint_en"], raw["explain_zh"], raw["explain_en"], raw.get("unit_zh", "元"),
                      raw.get("unit_en", "yuan"))  # fmt: skip
    if kind == "short":
        if raw["task"] not in TASKS:
            raise _bad(lesson, f"{ident}: unknown task {raw['task']!r}")
        guide = tuple((point["zh"], point["en"]) for point in raw["guide"])
        return Short(ident, lesson, raw["task"], raw["prompt_zh"], raw["prompt_en"], raw["model_zh"],
                     raw["model_en"], guide, tuple(raw.get("sources", ())))  # fmt: skip
    raise _bad(lesson, f"{ident}: unknown kind {kind!r}")


@cache
def _banks() -> dict[str, tuple[Exercise, ...]]:
    banks = {}
    for path in sorted((law.DATA / "exercises").glob("*.json")):
        lesson = path.stem
        banks[lesson] = tuple(_exercise(lesson, raw) for raw in law.data(f"exercises/{path.name}"))
    return banks


def lessons() -> tuple[str, ...]:
    """The lessons that have a bank, by notebook file stem (``"05_compensation"``)."""
    return tuple(_banks())


def bank(lesson: str | None = None) -> tuple[Exercise, ...]:
    """Every exercise of the course, or of one lesson (its notebook's file stem), in the order they are asked."""
    banks = _banks()
    if lesson is None:
        return tuple(exercise for exercises in banks.values() for exercise in exercises)
    if lesson not in banks:
        raise LawError(f"没有练习库“{lesson}”", f"no exercise bank {lesson!r}")
    return banks[lesson]
