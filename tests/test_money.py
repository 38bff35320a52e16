"""Amounts and counts are read exactly, and refused with a bilingual message."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import InputError
from pilaw.law.money import MAX_YUAN, format_yuan, parse_count, parse_optional_yuan, parse_yuan


@pytest.mark.parametrize(
    "typed, expected",
    [
        (1200, Decimal("1200")),
        (Decimal("1200.5"), Decimal("1200.5")),
        ("1200", Decimal("1200")),
        (" 1200 ", Decimal("1200")),
        ("1,200.50", Decimal("1200.50")),
        ("1200元", Decimal("1200")),
        ("¥1,200", Decimal("1200")),
        ("￥1200", Decimal("1200")),
        ("１２００", Decimal("1200")),
        ("0", Decimal("0")),
        ("0.01", Decimal("0.01")),
        (12.5, Decimal("12.5")),
        ("1.000", Decimal("1")),
    ],
)
def test_an_amount_typed_in_a_usual_way_is_read_exactly(typed, expected):
    assert parse_yuan(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        True,
        False,
        None,
        "",
        "   ",
        "abc",
        "一千",
        "-1",
        "-0.01",
        "1e30",
        "1E3",
        "NaN",
        "nan",
        "inf",
        "-inf",
        "1.005",
        "1,20",
        "12,34.5",
        float("nan"),
        float("inf"),
        -3,
        "9" * 10_000,
        "１２００.００１",
        [],
        "1 200",
    ],
)
def test_a_bad_amount_is_refused_with_a_message_in_both_languages(typed):
    with pytest.raises(InputError) as caught:
        parse_yuan(typed, field="损失 loss")
    message = str(caught.value)
    assert "损失 loss" in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in caught.value.zh)


def test_the_ceiling_itself_is_accepted_and_one_fen_more_is_refused():
    assert parse_yuan(MAX_YUAN) == MAX_YUAN
    with pytest.raises(InputError):
        parse_yuan(MAX_YUAN + Decimal("0.01"))


def test_an_empty_optional_amount_means_cannot_be_determined():
    assert parse_optional_yuan(None) is None
    assert parse_optional_yuan("  ") is None
    assert parse_optional_yuan("5") == Decimal("5")


@pytest.mark.parametrize("typed, expected", [(0, 0), (500, 500), ("500", 500), ("5,000", 5000), ("５００条", 500)])
def test_a_count_of_pieces_is_read_as_a_whole_number(typed, expected):
    assert parse_count(typed) == expected


@pytest.mark.parametrize("typed", [True, None, "", "2.5", "-3", -3, "abc", "一百", 2.0, "1e3", "9" * 10_000])
def test_a_bad_count_is_refused(typed):
    with pytest.raises(InputError):
        parse_count(typed, field="条数 pieces")


@pytest.mark.parametrize(
    "amount, shown",
    [
        (Decimal("1200"), "1,200"),
        (Decimal("1200.5"), "1,200.50"),
        (Decimal("0"), "0"),
        (Decimal("50000000"), "50,000,000"),
        (Decimal("49999999.9995"), "49,999,999.9995"),
    ],
)
def test_amounts_are_shown_with_thousands_separators_and_fen_only_when_needed(amount, shown):
    assert format_yuan(amount) == shown


@settings(max_examples=200)
@given(st.decimals(min_value=0, max_value=MAX_YUAN, places=2, allow_nan=False, allow_infinity=False))
def test_any_valid_amount_survives_formatting_and_parsing(amount):
    assert parse_yuan(format_yuan(amount)) == amount


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_any_text_gives_an_amount_or_an_input_error_never_another_exception(text):
    try:
        amount = parse_yuan(text)
    except InputError:
        return
    assert Decimal(0) <= amount <= MAX_YUAN
