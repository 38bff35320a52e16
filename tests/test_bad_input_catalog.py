"""One catalog of bad input, typed into every text box of every calculator of the course.

What is accepted is documented in ``pilaw.law.money``: digits with optional thousands separators, up to two
decimal places, an optional 元 / ¥, full-width digits. An empty box means "cannot be determined" where a
calculator says so, and is refused elsewhere. Whatever is typed, a calculator shows a result or a bilingual
message inside the widget — never a traceback — and keeps what the student typed.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import ipywidgets as W
import pytest

import pilaw.widgets
from pilaw.widgets import Calculator

ALWAYS_REFUSED = ["abc", "一千", "-1", "-3", "1e30", "NaN", "inf", "9" * 10_000, "1,2,3"]
MAYBE_ACCEPTED = ["", "   ", "1.005", "2.5", "１２００", "1200元", "0"]


def calculator_factories():
    found = []
    for info in pkgutil.iter_modules(pilaw.widgets.__path__):
        module = importlib.import_module(f"pilaw.widgets.{info.name}")
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if func.__module__ != module.__name__ or name.startswith("_"):
                continue
            signature = inspect.signature(func)
            if any(
                p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                for p in signature.parameters.values()
            ):
                continue
            annotation = str(signature.return_annotation)
            if "Calculator" in annotation or "Checker" in annotation:
                found.append(pytest.param(func, id=f"{info.name}.{name}"))
    return found


FACTORIES = calculator_factories()


def test_the_catalog_reaches_every_calculator_of_the_course():
    assert len(FACTORIES) >= 12


@pytest.mark.parametrize("factory", FACTORIES)
def test_every_calculator_starts_with_a_meaningful_result(factory):
    calc = factory()
    assert isinstance(calc, Calculator)
    assert calc.error is None, calc.error
    assert calc.outcome is not None and calc.result.value


@pytest.mark.parametrize("factory", FACTORIES)
def test_every_text_box_answers_bad_input_with_a_bilingual_message_and_keeps_it(factory):
    calc = factory()
    boxes = {name: w for name, w in calc.inputs.items() if isinstance(w, W.Text)}
    for name, box in boxes.items():
        original = box.value
        for typed in ALWAYS_REFUSED + MAYBE_ACCEPTED:
            box.value = typed
            assert calc.unexpected is None, f"{name}={typed[:20]!r}: {calc.unexpected!r}"
            assert box.value == typed
            if typed in ALWAYS_REFUSED:
                assert calc.error is not None, f"{name}={typed[:20]!r} was accepted"
            if calc.error is not None:
                assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value
        box.value = original
        assert calc.error is None
