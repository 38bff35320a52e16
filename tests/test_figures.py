"""Every legal figure (an amount, a count, a ratio, a multiple) is found, as the law writes it, in the text of the
provision it cites — in Chinese numerals (五十万元, 百分之五, 十倍) or in digits (50万元) — on the day it takes effect.
This is what a figure's ``last_checked`` date records."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from pilaw import law

DIGITS = "零一二三四五六七八九"


def _below_ten_thousand(n: int) -> str:
    text, pending_zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, unit)
        if digit:
            if pending_zero:
                text, pending_zero = text + "零", False
            text += ("" if unit == 10 and digit == 1 and not text else DIGITS[digit]) + name
        elif text:
            pending_zero = True
    if n:
        text += ("零" if pending_zero and text else "") + DIGITS[n]
    return text


def chinese_numeral(n: int) -> str:
    """500000 → 五十万, 2500000 → 二百五十万, 10 → 十, 5000 → 五千."""
    if n == 0:
        return "零"
    text = ""
    for unit, name in ((10**8, "亿"), (10**4, "万")):
        if n >= unit:
            text += _below_ten_thousand(n // unit) + name
            n %= unit
    return text + (_below_ten_thousand(n) if n else "")


#: the unit as the law writes it after the number
SUFFIX = {"yuan": "元", "pieces": "条", "times": "倍", "years": "年", "people": "人"}


def written_forms(figure: law.Figure) -> set[str]:
    value = figure.value
    if isinstance(value, Fraction) and value.denominator != 1:
        forms = {f"{chinese_numeral(value.denominator)}分之{chinese_numeral(value.numerator)}"}
        percent = value * 100
        if percent.denominator == 1:
            forms.add(f"百分之{chinese_numeral(percent.numerator)}")
        if value == Fraction(1, 2):
            forms.add("一半")
        return forms
    n = int(value)
    forms = {chinese_numeral(n), str(n)}
    if n >= 10**4 and n % 10**4 == 0:
        forms |= {chinese_numeral(n // 10**4) + "万", f"{n // 10**4}万"}
    return {form + SUFFIX[figure.unit] for form in forms}


def test_a_count_must_be_followed_by_its_unit():
    standard = law.figure("spc2017.pieces.sensitive", date(2020, 1, 1))
    assert written_forms(standard) == {"五十条", "50条"}


def test_the_numerals_read_as_the_law_writes_them():
    assert [chinese_numeral(n) for n in (10, 50, 500, 5000, 50000, 500000, 2500000, 50000000, 1000000)] == [
        "十", "五十", "五百", "五千", "五万", "五十万", "二百五十万", "五千万", "一百万",
    ]  # fmt: skip
    half = law.figure("spc2017.insider_fraction", date(2020, 1, 1))
    assert "一半" in written_forms(half)


@pytest.mark.parametrize("figure", list(law.figures()), ids=lambda f: f"{f.key}@{f.effective_from}")
def test_every_figure_is_written_in_the_provision_it_cites(figure):
    text = law.provision(figure.ref, figure.effective_from).text_zh
    assert any(form in text for form in written_forms(figure)), (
        f"{figure.key} = {figure.value} not found in {figure.ref} as {sorted(written_forms(figure))}"
    )
