"""The corpus answers whether a provision is in force on a day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import LawError, law

ONE_DAY = timedelta(days=1)
REFS = sorted({p.ref for p in law.provisions()})


def test_pipl_art_69_is_in_force_from_its_first_day_and_not_the_day_before():
    first = law.versions("pipl/69")[0].effective_from
    assert law.is_in_force("pipl/69", first)
    assert not law.is_in_force("pipl/69", first - ONE_DAY)


def test_the_2019_aucl_art_9_is_in_force_on_its_last_day_and_not_the_day_after():
    last = law.versions("aucl/9")[-1].effective_to
    assert law.is_in_force("aucl/9", last)
    assert not law.is_in_force("aucl/9", last + ONE_DAY)


def test_an_article_with_two_texts_is_in_force_across_the_change():
    old, new = law.versions("criminal_law/219")
    assert law.is_in_force("criminal_law/219", old.effective_to)
    assert law.is_in_force("criminal_law/219", new.effective_from)


def test_no_date_means_today():
    assert law.is_in_force("pipl/69") == law.is_in_force("pipl/69", date.today())


@pytest.mark.parametrize("ref", ["pipl/999", "nonsense", ""])
def test_an_unknown_reference_raises_law_error_as_versions_does(ref):
    with pytest.raises(LawError):
        law.is_in_force(ref, date(2025, 1, 1))


@pytest.mark.parametrize("bad", ["2025-01-01", 20250101, True])
def test_a_date_that_is_not_a_date_raises_law_error_as_provision_does(bad):
    with pytest.raises(LawError):
        law.is_in_force("pipl/69", bad)


@settings(max_examples=200, deadline=None)
@given(ref=st.sampled_from(REFS), day=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_a_provision_is_in_force_exactly_when_the_corpus_has_a_version_for_that_day(ref, day):
    try:
        law.provision(ref, day)
    except LawError:
        found = False
    else:
        found = True
    assert law.is_in_force(ref, day) is found


# --- steps say what kind they are -------------------------------------------------------------------------------


def test_a_step_applies_the_law_unless_told_otherwise_and_the_page_s_claim_is_marked_as_such():
    from pilaw.law.steps import PAGE_CLAIM, Kind, Step, of_kind

    plain = Step("适用", "applies", "pipl/69")
    page = Step("网页称", "the page says", PAGE_CLAIM)
    reading = Step("解读", "a reading", "pipl/28", Kind.READING)
    assert (plain.kind, page.kind, reading.kind) == (Kind.APPLIES, Kind.PAGE, Kind.READING)
    assert of_kind([plain, page, reading], Kind.READING) == (reading,)
