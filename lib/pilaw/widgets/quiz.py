"""Exercises with instant feedback: multiple choice or a number, checked on the spot, explained either way."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw.law.errors import InputError
from pilaw.law.money import parse_yuan
from pilaw.show.theme import ERROR_STYLE, GREEN
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
        self.button.on_click(self.check)

    def check(self, *_ignored: object) -> None:
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
        mark, style = ("✓ 正确 Right.", RIGHT) if self.correct else ("✗ 再想想 Not quite.", WRONG)
        self.feedback.value = (
            f'<span style="{style}"><b>{mark}</b></span> {html.escape(q.explain_zh)}<br>{html.escape(q.explain_en)}'
        )

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([self.prompt, hbox([self.input, self.button]), self.feedback])


class Quiz:
    """A list of questions; each is checked on its own as soon as its button is pressed."""

    def __init__(self, questions: Sequence[Choice | Amount]):
        self.items = [Item(i, q) for i, q in enumerate(questions, 1)]

    @property
    def score(self) -> int:
        return sum(item.correct is True for item in self.items)

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([item.widget for item in self.items])

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def quiz(*questions: Choice | Amount) -> Quiz:
    return Quiz(questions)
