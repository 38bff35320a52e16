"""Dates and yes/no answers are read one way in every module, and refused with a bilingual message."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import InputError
from pilaw.law.inputs import parse_date, parse_flag


def refusal(parse, bad, field, **options) -> InputError:
    """The error ``parse`` raises for ``bad``, checked to name ``field`` in both halves of its message."""
    with pytest.raises(InputError) as caught:
        parse(bad, field, **options)
    error = caught.value
    assert error.field == field and field in error.zh and field in error.en
    return error


# --------------------------------------------------------------------------- parse_flag


@pytest.mark.parametrize("answer", [True, False])
def test_a_real_bool_is_the_answer(answer):
    assert parse_flag(answer, "serious") is answer


@pytest.mark.parametrize("bad", [1, 0, "yes", "True", "", None, "abc", "-1", "NaN", "1.005", 1.0, []])
def test_anything_but_a_bool_is_refused_naming_the_field_in_both_languages(bad):
    error = refusal(parse_flag, bad, "wilful 故意")
    assert "是" in error.zh and "True or False" in error.en


# --------------------------------------------------------------------------- parse_date


def test_a_date_is_kept_as_it_is():
    assert parse_date(date(2025, 10, 15)) == date(2025, 10, 15)


def test_a_datetime_is_cut_to_its_day():
    day = parse_date(datetime(2025, 10, 15, 23, 59))
    assert day == date(2025, 10, 15) and type(day) is date


@pytest.mark.parametrize("typed", ["2025-10-15", " 2025-10-15 ", "2025-10-15\n"])
def test_iso_text_is_read_as_a_day(typed):
    assert parse_date(typed) == date(2025, 10, 15)


def test_none_means_today():
    assert parse_date(None) == date.today()


def test_a_required_date_left_empty_is_refused_naming_the_field():
    error = refusal(parse_date, None, "conduct_date 行为日期", required=True)
    assert "请选择一个日期" in error.zh and "choose a date" in error.en


def test_a_required_date_that_is_given_is_read_as_usual():
    assert parse_date("2025-10-15", required=True) == date(2025, 10, 15)
    assert parse_date(date(2024, 1, 1), required=True) == date(2024, 1, 1)


@pytest.mark.parametrize("bad", ["2025-02-30", "2025-13-01", "2025-00-10", "2023-02-29"])
def test_an_impossible_day_is_refused(bad):
    with pytest.raises(InputError):
        parse_date(bad)


def test_a_leap_day_is_a_day():
    assert parse_date("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize(
    "bad",
    [
        True,
        False,
        20251015,
        2025,
        1.5,
        "abc",
        "",
        "-1",
        "NaN",
        "1.005",
        "2025/10/15",
        "20251015",
        "15-10-2025",
        "2025-1-5",
        "2025-10-15T09:30",
        "9" * 10_000,
        [2025, 10, 15],
        (2025, 10, 15),
    ],
)
def test_anything_that_is_not_a_day_is_refused_naming_the_field_in_both_languages(bad):
    error = refusal(parse_date, bad, "on 行为日期")
    assert "日期" in error.zh and "date" in error.en


def test_the_field_defaults_to_on():
    with pytest.raises(InputError) as caught:
        parse_date("abc")
    assert caught.value.field == "on"


@pytest.mark.parametrize("bad", ["2025-10-15", "abc", True, 20251015])
def test_a_rule_that_takes_date_objects_only_refuses_text(bad):
    error = refusal(parse_date, bad, "on", allow_text=False)
    assert "日期" in error.zh and "datetime.date" in error.en


def test_a_rule_that_takes_date_objects_only_still_cuts_a_datetime_and_reads_none_as_today():
    assert parse_date(datetime(2021, 11, 1, 8), allow_text=False) == date(2021, 11, 1)
    assert parse_date(None, allow_text=False) == date.today()


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1000, 1, 1)))
def test_every_day_reads_back_from_its_iso_text_and_from_a_datetime(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(datetime(day.year, day.month, day.day, 12)) == day
