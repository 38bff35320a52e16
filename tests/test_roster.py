"""Identification by combination (Civil Code art. 1034 para. 2) on a seeded, fictional roster."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.teaching.roster import COLUMNS, growth, people, uniqueness

ALL = list(COLUMNS)


# --- the roster ------------------------------------------------------------------------------------------------


def test_the_roster_has_300_fictional_people_and_is_the_same_every_time():
    roster = people()
    assert len(roster) == 300
    assert roster[0].surname == "苏" and roster[0].given_name == "娜"
    assert roster[0].birth_date == date(1962, 7, 17) and roster[0].phone == "139****5938"
    assert people() == roster


def test_a_smaller_roster_is_the_start_of_the_larger_one():
    assert people(100) == people()[:100]
    assert people("50") == people()[:50]
    assert people("３００人") == people()


def test_every_phone_number_is_masked_and_every_person_is_of_working_or_retired_age():
    for person in people():
        assert re.fullmatch(r"1\d\d\*\*\*\*\d{4}", person.phone)
        assert 1956 <= person.birth_year <= 2006 and person.birth_date.year == person.birth_year
        assert person.area_code.startswith("99")  # made-up codes of the fictional city
        assert person.birth_decade == f"{person.birth_year // 10 * 10}s"


def test_the_area_code_lies_inside_one_district():
    districts = {}
    for person in people():
        districts.setdefault(person.area_code, set()).add(person.district)
    assert all(len(found) == 1 for found in districts.values())


# --- pinned numbers (the notebook quotes them) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "columns,classes,unique,k",
    [
        ([], 1, 0, 300),
        (["gender"], 2, 0, 139),
        (["gender", "birth_year"], 97, 13, 1),
        (["gender", "birth_year", "district"], 242, 193, 1),
        (["gender", "birth_date", "district"], 300, 300, 1),
        (["birth_date"], 297, 294, 1),
        (["gender", "birth_decade", "district"], 70, 5, 1),
        (["phone"], 299, 298, 1),
        (["surname", "given_name"], 298, 296, 1),
    ],
)
def test_pinned_releases_of_the_default_roster(columns, classes, unique, k):
    result = uniqueness(columns)
    assert (result.people, result.classes, result.unique, result.k) == (300, classes, unique, k)


def test_gender_alone_identifies_no_one():
    result = uniqueness("gender")
    assert result.unique == 0 and result.example is None
    assert result.histogram == ((139, 1), (161, 1))
    assert "No one is alone" in " ".join(s.text_en for s in result.steps)


def test_gender_and_year_of_birth_leave_13_people_unique_and_the_district_makes_it_193():
    two = uniqueness(["gender", "birth_year"])
    assert two.histogram[0] == (1, 13) and two.percent_unique == 4
    three = uniqueness(["gender", "birth_year", "district"])
    assert three.unique == 193 and three.percent_unique == 64
    assert three.histogram == ((1, 193), (2, 40), (3, 9))
    assert sum(p for _, p in three.people_by_class_size) == 300


def test_growth_adds_one_column_at_a_time():
    assert growth(["gender", "birth_year", "district", "birth_date"]) == (
        ("gender", 0),
        ("birth_year", 13),
        ("district", 193),
        ("birth_date", 300),
    )


def test_a_unique_person_is_given_as_an_example_and_the_step_cites_art_1034():
    result = uniqueness(["gender", "birth_date", "district"])
    assert result.example == (("gender", "男 M"), ("birth_date", "1962-07-17"), ("district", "星湖区 Xinghu"))
    assert result.example_number == 1 and uniqueness(["gender", "birth_year"]).example_number > 1
    step = next(s for s in result.steps if "与其他信息结合识别特定自然人" in s.text_zh)
    assert step.cites == "civil_code/1034" and "1962-07-17" in step.text_en


def test_the_steps_say_k_is_a_technical_measure_and_cite_pipl_4():
    result = uniqueness(["gender"])
    k_step = next(s for s in result.steps if "k-anonymity" in s.text_en)
    assert k_step.cites == "pipl/4" and "not a legal test" in k_step.text_en
    assert any("anonymised" in s.text_en and s.cites == "pipl/4" for s in result.steps)
    for step in result.steps + uniqueness(ALL).steps:
        assert law.versions(step.cites)


def test_columns_are_read_in_display_order_without_repeats():
    assert uniqueness(["district", "gender", "gender", " birth_year"]).columns == ("gender", "birth_year", "district")


# --- properties ----------------------------------------------------------------------------------------------------

subsets = st.lists(st.sampled_from(ALL), unique=True, max_size=len(ALL))


@settings(max_examples=200, deadline=None)
@given(subsets, st.sampled_from(ALL))
def test_adding_a_column_never_lowers_the_number_of_unique_people_nor_raises_k(columns, extra):
    before, after = uniqueness(columns), uniqueness([*columns, extra])
    assert after.unique >= before.unique
    assert after.k <= before.k
    assert after.classes >= before.classes


@settings(max_examples=100, deadline=None)
@given(subsets, st.integers(min_value=1, max_value=400))
def test_the_counts_always_add_up(columns, size):
    result = uniqueness(columns, size)
    assert result.people == size
    assert sum(s * c for s, c in result.histogram) == size
    assert sum(c for _, c in result.histogram) == result.classes
    assert 0 <= result.unique <= result.classes <= size
    assert result.k == result.histogram[0][0]
    assert (result.unique > 0) == (result.k == 1)


# --- bad input ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", [True, None, "abc", "-1", "NaN", "1.005", 3, ["gender", 7], ["gender", None], [["gender"]]]
)
def test_a_bad_column_list_is_refused_with_a_bilingual_message(bad):
    with pytest.raises(InputError) as caught:
        uniqueness(bad)
    assert caught.value.zh and caught.value.en


@pytest.mark.parametrize("bad", [True, None, "abc", "-1", "NaN", "1.005", "0", 0, 5001, 2.0, "三百"])
def test_a_bad_roster_size_is_refused_with_a_bilingual_message(bad):
    with pytest.raises(InputError) as caught:
        uniqueness(["gender"], size=bad)
    assert "人数" in caught.value.zh and "number of people" in caught.value.en


def test_growth_refuses_an_unknown_column():
    with pytest.raises(InputError):
        growth(["gender", "shoe_size"])


def test_whether_a_release_is_anonymised_is_a_legal_question_the_count_leaves_not_assessed():
    from pilaw.law.steps import Kind

    nobody_unique = uniqueness(["gender"])
    (open_question,) = [s for s in nobody_unique.steps if s.kind is Kind.NOT_ASSESSED]
    assert open_question.cites == "pipl/4" and "k alone does not answer" in open_question.text_en
    singled_out = uniqueness(["gender", "birth_date", "district"])
    assert all(s.kind is Kind.APPLIES for s in singled_out.steps)
