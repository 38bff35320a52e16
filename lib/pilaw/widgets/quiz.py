"""Exercises with instant feedback: multiple choice or a number, checked on the spot, explained either way."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw.law.errors import InputError, LawError
from pilaw.law.money import parse_yuan
from pilaw.show.theme import ERROR_STYLE, GREEN
from pilaw.teaching import exercises as bank
from pilaw.teaching import progress
from pilaw.widgets import error_html, hbox, html_widget, make, push_button, vbox

RIGHT = f"color:{GREEN}"
WRONG = ERROR_STYLE


@dataclass(frozen=True)
class Choice:
    """A multiple-choice question. ``options`` are the labels shown; ``answer`` is the index of the right one."""

    prompt_zh: str
    prompt_en: str
    options: Sequence[str]
    answer: int
    explain_zh: str
    explain_en: str
    #: per option, what a student who picks it should read: ``(zh, en)``; empty: no option-specific feedback
    feedback: Sequence[tuple[str, str]] = ()
    id: str = ""  # the bank's id (``"05_compensation/page-floor"``), where the question comes from a bank


@dataclass(frozen=True)
class Amount:
    """A question whose answer is an amount or a number, typed by the student and compared exactly."""

    prompt_zh: str
    prompt_en: str
    answer: Decimal
    explain_zh: str
    explain_en: str
    unit_zh: str = "元"
    unit_en: str = "yuan"
    hint_zh: str = ""  # shown after a wrong first try
    hint_en: str = ""
    id: str = ""


class Item:
    """One question on screen: the prompt, an input, a check button and the feedback line."""

    def __init__(self, number: int, question: Choice | Amount):
        self.question = question
        prompt = f"<b>{number}. {html.escape(question.prompt_zh)}</b><br>{html.escape(question.prompt_en)}"
        if isinstance(question, Choice):
            # long options wrap badly inside radio buttons: list them in the prompt, choose by letter
            letters = [chr(ord("A") + i) for i in range(len(question.options))]
            prompt += "".join(
                f"<div style='margin-left:1em'><b>{letter}.</b> {html.escape(text)}</div>"
                for letter, text in zip(letters, question.options, strict=False)
            )
            self.input = make(
                W.RadioButtons,
                options=[(letter, i) for i, letter in enumerate(letters)],
                value=None,
                orientation="horizontal",
                layout_={"width": "auto"},
            )
        else:
            self.input = make(
                W.Text, value="", placeholder=f"{question.unit_zh} {question.unit_en}", description="答案 Answer"
            )
        self.prompt = html_widget(prompt)
        self.button = push_button("检查", "Check")
        self.feedback = html_widget()
        self.correct: bool | None = None
        self.wrong_tries = 0
        self.button.on_click(self.check)

    def check(self, *_ignored: object) -> None:
        """Right: the explanation. Wrong: the first time, what is wrong with that choice (or a hint) and one more
        try; the second time, the explanation."""
        q = self.question
        if isinstance(q, Choice):
            if self.input.value is None:
                self.feedback.value = f'<span style="{WRONG}">请先选择一个答案。 Choose an answer first.</span>'
                self.correct = None
                return
            self.correct = self.input.value == q.answer
        else:
            try:
                self.correct = parse_yuan(self.input.value, "答案 answer") == q.answer
            except InputError as error:
                self.feedback.value = error_html(error)
                self.correct = None
                return
        progress.attempt(q.id, self.input.value, self.correct)  # kept on this machine only: pilaw.teaching.progress
        if self.correct:
            self.feedback.value = (
                f'<span style="{RIGHT}"><b>✓ 正确 Right.</b></span> {html.escape(q.explain_zh)}<br>'
                f"{html.escape(q.explain_en)}"
            )
            return
        self.wrong_tries += 1
        zh, en = self._why_wrong()
        if self.wrong_tries == 1:
            self.feedback.value = (
                f'<span style="{WRONG}"><b>✗ 再想想 Not quite — try once more.</b></span> '
                f"{html.escape(zh)}<br>{html.escape(en)}"
            )
            return
        self.feedback.value = (
            f'<span style="{WRONG}"><b>✗ 再想想 Not quite.</b></span> {html.escape(zh)}<br>{html.escape(en)}'
            f"<br><b>解析 Explanation:</b> {html.escape(q.explain_zh)}<br>{html.escape(q.explain_en)}"
        )

    def _why_wrong(self) -> tuple[str, str]:
        """The feedback for the choice made (a distractor's own), or the amount's hint."""
        q = self.question
        if isinstance(q, Choice) and q.feedback:
            zh, en = q.feedback[int(self.input.value)]
            return zh, en
        if isinstance(q, Amount) and q.hint_zh:
            return q.hint_zh, q.hint_en
        return "", ""

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([self.prompt, hbox([self.input, self.button]), self.feedback])


class ShortItem:
    """A written answer: a text area, and a button that shows the model answer and the marking guide — only once
    the student has written something."""

    def __init__(self, number: int, question: bank.Short):
        self.question = question
        task_zh, task_en = bank.TASKS[question.task]
        self.prompt = html_widget(
            f"<b>{number}. {html.escape(question.prompt_zh)}</b><br>{html.escape(question.prompt_en)}"
            f"<br><small>（{html.escape(task_zh)} · {html.escape(task_en)}）</small>"
        )
        self.input = make(
            W.Textarea,
            value="",
            description="你的回答 Your answer",  # a label a screen reader reads, not only a placeholder
            placeholder="先写下你的回答 Write your answer first",
            layout_={"width": "100%"},
        )
        self.button = push_button("看参考答案", "Show the model answer")
        self.feedback = html_widget()
        self.correct: bool | None = None  # not marked: a written answer is compared by the student
        self.revealed = False
        self.button.on_click(self.check)

    def check(self, *_ignored: object) -> None:
        if not self.input.value.strip():
            self.feedback.value = f'<span style="{WRONG}">请先写下你的回答，再看参考答案。 Write your own answer first, then compare.</span>'
            return
        q = self.question
        guide = "".join(f"<li>{html.escape(zh)}<br>{html.escape(en)}</li>" for zh, en in q.guide)
        self.revealed = True
        progress.attempt(q.id, progress.WRITTEN, None)  # that one was written, never its text
        self.feedback.value = (
            f"<b>参考答案 Model answer.</b> {html.escape(q.model_zh)}<br>{html.escape(q.model_en)}"
            f"<br><b>评分要点 What a good answer does:</b><ul>{guide}</ul>"
        )

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([self.prompt, self.input, self.button, self.feedback])


def from_bank(exercise: bank.Exercise) -> Choice | Amount | bank.Short:
    """A bank exercise as a question this module shows."""
    if isinstance(exercise, bank.Choice):
        return Choice(
            exercise.prompt_zh,
            exercise.prompt_en,
            [f"{option.zh} · {option.en}" for option in exercise.options],
            exercise.answer,
            exercise.explain_zh,
            exercise.explain_en,
            feedback=[(option.feedback_zh, option.feedback_en) for option in exercise.options],
            id=exercise.id,
        )
    if isinstance(exercise, bank.Amount):
        return Amount(
            exercise.prompt_zh,
            exercise.prompt_en,
            exercise.answer,
            exercise.explain_zh,
            exercise.explain_en,
            exercise.unit_zh,
            exercise.unit_en,
            exercise.hint_zh,
            exercise.hint_en,
            id=exercise.id,
        )
    return exercise


class Quiz:
    """A list of questions; each is checked on its own as soon as its button is pressed."""

    def __init__(self, questions: Sequence[Choice | Amount | bank.Short]):
        self.items: list[Item | ShortItem] = [
            ShortItem(i, q) if isinstance(q, bank.Short) else Item(i, q) for i, q in enumerate(questions, 1)
        ]

    @property
    def score(self) -> int:
        return sum(item.correct is True for item in self.items)

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([item.widget for item in self.items])

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def quiz(*questions: Choice | Amount | bank.Short) -> Quiz:
    return Quiz(questions)


def lesson_quiz(lesson: str, ids: Sequence[str] | None = None, exclude: Sequence[str] = ()) -> Quiz:
    """A lesson's exercises from its bank (:func:`pilaw.teaching.exercises.bank`): ``lesson_quiz("05_compensation")``.

    ``ids``: only these exercises, by their name in the bank (``"guo-bing-orders"``), e.g. the questions on a case
    right after it; ``exclude``: all but these. Either way in the bank's order; a name not in the bank is refused.
    """
    exercises = bank.bank(lesson)
    names = {exercise.id.split("/", 1)[1] for exercise in exercises}
    unknown = [name for name in (*(ids or ()), *exclude) if name not in names]
    if unknown:
        raise LawError(f"练习库“{lesson}”中没有 {', '.join(unknown)}", f"no exercise {unknown} in bank {lesson!r}")
    chosen = [
        exercise
        for exercise in exercises
        if (ids is None or exercise.id.split("/", 1)[1] in ids) and exercise.id.split("/", 1)[1] not in exclude
    ]
    return Quiz([from_bank(exercise) for exercise in chosen])
