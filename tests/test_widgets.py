"""Calculators work without a kernel: set .value, press the button, read the result."""

from __future__ import annotations

from decimal import Decimal

from pilaw.widgets import Calculator, text
from pilaw.widgets.start import amount_reader


def test_the_amount_reader_starts_with_a_meaningful_example():
    reader = amount_reader()
    assert reader.outcome == Decimal("1200.50")
    assert "1,200.50" in reader.result.value


def test_a_refused_amount_shows_a_bilingual_message_and_keeps_what_was_typed():
    reader = amount_reader()
    reader.inputs["amount"].value = "一千"
    assert reader.outcome is None and reader.unexpected is None
    assert "请检查输入" in reader.result.value and "Please check the input" in reader.result.value
    assert reader.inputs["amount"].value == "一千"


def test_pressing_the_button_recomputes():
    reader = amount_reader()
    reader.inputs["amount"].value = "5"
    reader.button.click()
    assert reader.outcome == Decimal("5")


def test_a_fault_in_a_rule_is_shown_inside_the_widget_not_raised():
    def broken(amount):
        raise ZeroDivisionError("boom")

    calc = Calculator({"amount": text("金额", "Amount", "1")}, compute=broken, render=str)
    assert isinstance(calc.unexpected, ZeroDivisionError)
    assert "The calculator failed" in calc.result.value
