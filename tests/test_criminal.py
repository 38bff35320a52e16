"""Criminal-law rules: art. 253-1 (2017 interpretation), art. 286-1 (2019 interpretation), art. 219."""

from __future__ import annotations

import ast
import dataclasses
import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pilaw
from pilaw import law
from pilaw.law.steps import Kind, of_kind
from pilaw.rules.criminal import (
    CATEGORIES,
    NETWORK_ITEMS,
    Severity,
    crime_name,
    network_duty_checklist,
    network_duty_offence,
    network_leak_serious,
    pi_severity,
    threshold_table,
    trade_secret,
)

ON = date(2024, 6, 1)
S, ES, NO = Severity.SERIOUS, Severity.ESPECIALLY_SERIOUS, Severity.NONE
BAD_VALUES = [True, None, "abc", "-1", "NaN", "1.005"]

# Refs the rules may cite (the corpus list of the project brief).
KNOWN_REFS = {
    "criminal_law/12",
    "criminal_law/30",
    "criminal_law/31",
    "criminal_law/219",
    "criminal_law/220",
    "criminal_law/253-1",
    "criminal_law/286-1",
    "spc_2017_personal_information/5",
    "spc_2017_personal_information/6",
    "spc_2017_personal_information/7",
    "spc_2017_personal_information/9",
    "spc_2017_personal_information/11",
    "spc_2017_personal_information/12",
    "spc_2019_network/4",
    "spc_2004_ip/7",
    "spc_2020_ip3/4",
    "spc_2025_ip/17",
    "spc_2025_ip/25",
}


def sev(pieces=None, **kw):
    kw.setdefault("on", ON)
    return pi_severity(pieces or {}, **kw).severity


# ---------------------------------------------------------------------------------------------
# Severity labels


def test_every_severity_has_a_chinese_and_an_english_label():
    assert Severity.NONE.zh and Severity.NONE.en
    assert Severity.SERIOUS.zh == "情节严重"
    assert Severity.ESPECIALLY_SERIOUS.zh == "情节特别严重"
    assert "especially serious" in Severity.ESPECIALLY_SERIOUS.en


def test_severities_are_ordered():
    assert NO < S < ES
    assert max([S, ES, NO]) is ES


# ---------------------------------------------------------------------------------------------
# Art. 253-1: the single-category thresholds (items 3-5)


@pytest.mark.parametrize("category", ["whereabouts", "communication_content", "credit", "property"])
def test_49_pieces_of_sensitive_information_are_not_serious_but_50_are(category):
    assert sev({category: 49}) is NO
    assert sev({category: 50}) is S


@pytest.mark.parametrize(
    "category", ["accommodation", "communication_records", "health", "transaction", "other_safety"]
)
def test_499_pieces_of_safety_information_are_not_serious_but_500_are(category):
    assert sev({category: 499}) is NO
    assert sev({category: 500}) is S


def test_4999_pieces_of_other_information_are_not_serious_but_5000_are():
    assert sev({"other": 4999}) is NO
    assert sev({"other": 5000}) is S


def test_an_illegal_gain_of_4999_99_yuan_is_not_serious_but_5000_is():
    assert sev(illegal_gain="4999.99") is NO
    assert sev(illegal_gain=5000) is S
    assert pi_severity({}, illegal_gain="5000", on=ON).gain_ratio == 1


# ---------------------------------------------------------------------------------------------
# Item 6: mixed categories add up as exact fractions


def test_35_credit_and_150_transaction_pieces_add_up_to_exactly_the_standard():
    result = pi_severity({"credit": 35, "transaction": 150}, on=ON)
    assert result.ratio == Fraction(7, 10) + Fraction(3, 10) == 1
    assert result.severity is S
    texts = " ".join(step.text_en for step in result.steps)
    assert "7/10 + 3/10 = 1" in texts


def test_34_credit_and_150_transaction_pieces_fall_just_short():
    result = pi_severity({"credit": 34, "transaction": 150}, on=ON)
    assert result.ratio == Fraction(49, 50)
    assert result.severity is NO


def test_three_categories_add_up_exactly():
    result = pi_severity({"whereabouts": 10, "health": 200, "other": 2000}, on=ON)
    assert result.ratio == Fraction(1, 5) + Fraction(2, 5) + Fraction(2, 5) == 1
    assert result.severity is S


# ---------------------------------------------------------------------------------------------
# Item 8: insiders need half; para. 2 item 3: ten times


def test_an_insider_reaches_serious_at_25_whereabouts_pieces_but_not_24():
    assert sev({"whereabouts": 24}, insider=True) is NO
    assert sev({"whereabouts": 25}, insider=True) is S
    assert sev({"whereabouts": 25}, insider=False) is NO


def test_an_insider_reaches_serious_at_2500_yuan_of_gain():
    assert sev(illegal_gain="2499.99", insider=True) is NO
    assert sev(illegal_gain="2500", insider=True) is S


def test_an_insider_is_punished_more_heavily_under_para_2():
    result = pi_severity({"whereabouts": 25}, insider=True, on=ON)
    heavier = [s for s in result.steps if s.cites == "criminal_law/253-1" and "从重处罚" in s.text_zh]
    assert heavier
    assert "从重处罚" in result.sentence_zh and "heavier" in result.sentence_en


def test_499_sensitive_pieces_are_serious_but_500_especially_serious():
    assert sev({"credit": 499}) is S
    assert sev({"credit": 500}) is ES


def test_tenfold_boundaries_for_the_other_categories_and_for_money():
    assert sev({"health": 4999}) is S
    assert sev({"health": 5000}) is ES
    assert sev({"other": 49999}) is S
    assert sev({"other": 50000}) is ES
    assert sev(illegal_gain="49999.99") is S
    assert sev(illegal_gain=50000) is ES


def test_an_insider_is_especially_serious_at_ten_times_his_halved_standard():
    assert sev({"whereabouts": 249}, insider=True) is S
    assert sev({"whereabouts": 250}, insider=True) is ES
    assert sev(illegal_gain=24999, insider=True) is S
    assert sev(illegal_gain=25000, insider=True) is ES


def test_mixed_categories_also_reach_the_tenfold_tier():
    assert sev({"credit": 350, "transaction": 1500}) is ES
    assert sev({"credit": 349, "transaction": 1500}) is S


def test_pieces_and_money_are_not_added_together():
    result = pi_severity({"credit": 25}, illegal_gain=2500, on=ON)
    assert result.ratio == Fraction(1, 2) and result.gain_ratio == Fraction(1, 2)
    assert result.severity is NO


# ---------------------------------------------------------------------------------------------
# Sentences, crime names, steps


def test_a_serious_case_gets_the_first_band_of_art_253_1():
    result = pi_severity({"credit": 50}, on=ON)
    assert "三年以下有期徒刑或者拘役，并处或者单处罚金" in result.sentence_zh
    assert "three years" in result.sentence_en
    assert result.sentence == f"{result.sentence_zh} / {result.sentence_en}"


def test_an_especially_serious_case_gets_three_to_seven_years():
    result = pi_severity({"credit": 500}, on=ON)
    assert "三年以上七年以下有期徒刑，并处罚金" in result.sentence_zh
    assert "seven" in result.sentence_en


def test_no_crime_on_the_numbers_mentions_the_non_numeric_circumstances():
    result = pi_severity({"credit": 1}, on=ON)
    assert result.severity is NO
    for item in ("第一项", "第二项", "第九项", "第十项"):
        assert item in result.sentence_zh
    assert "does not assess" in result.sentence_en


def test_the_crime_name_is_the_2015_name_for_current_conduct():
    result = pi_severity({"credit": 50}, on=ON)
    assert result.crime_name_zh == "侵犯公民个人信息罪"
    assert "infringing citizens' personal information" in result.crime_name_en


def test_crime_names_change_on_2015_11_01():
    old_zh, old_en = crime_name(date(2015, 10, 31))
    assert "出售、非法提供公民个人信息罪" in old_zh and "非法获取公民个人信息罪" in old_zh
    assert "illegally obtaining" in old_en
    assert crime_name(date(2015, 11, 1))[0] == "侵犯公民个人信息罪"
    assert crime_name(date(2009, 10, 16)) == (old_zh, old_en)


def test_no_crime_name_before_2009_10_16():
    with pytest.raises(pilaw.LawError):
        crime_name(date(2009, 10, 15))


def test_the_network_offence_has_its_own_crime_name_from_2015_11_01():
    assert crime_name(date(2015, 11, 1), ref="criminal_law/286-1")[0] == "拒不履行信息网络安全管理义务罪"
    with pytest.raises(pilaw.LawError):
        crime_name(date(2015, 10, 31), ref="criminal_law/286-1")


def test_counting_under_art_11_is_explained_when_pieces_are_entered():
    with_pieces = pi_severity({"credit": 50}, on=ON)
    assert any(s.cites == "spc_2017_personal_information/11" for s in with_pieces.steps)
    only_money = pi_severity({}, illegal_gain=6000, on=ON)
    assert not any(s.cites == "spc_2017_personal_information/11" for s in only_money.steps)


def test_other_safety_information_is_explained_with_the_guiding_cases():
    result = pi_severity({"other_safety": 500}, on=ON)
    text = " ".join(s.text_zh + s.text_en for s in result.steps)
    assert "193" in text and "192" in text and "ID-card" in text and "face" in text


def test_every_step_of_a_pi_assessment_names_a_known_provision_and_both_languages():
    result = pi_severity({"credit": 35, "transaction": 150, "other_safety": 3}, illegal_gain=100, insider=True, on=ON)
    for step in result.steps:
        assert step.cites in KNOWN_REFS
        assert step.text_zh and step.text_en


def test_the_assessment_is_frozen():
    result = pi_severity({"credit": 50}, on=ON)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.severity = NO  # type: ignore[misc]


def test_counts_may_be_typed_as_text():
    assert sev({"credit": "50"}) is S
    assert sev({"other": "5,000条"}) is S


# ---------------------------------------------------------------------------------------------
# Dates


def test_conduct_before_2017_06_01_tried_later_takes_the_2017_figures_under_the_2001_provisions():
    result = pi_severity({"credit": 50}, on=date(2017, 5, 31), trial_date=date(2024, 1, 1))
    assert result.severity is S
    pending = [s for s in of_kind(result.steps, Kind.UNVERIFIED) if "art. 2" in s.text_en]
    assert pending and "not in the course reference files" in pending[0].text_en
    assert pi_severity({"credit": 50}, on=date(2017, 6, 1)).severity is S


def test_conduct_and_trial_both_before_2017_06_01_raise_a_bilingual_law_error():
    with pytest.raises(pilaw.LawError) as info:
        pi_severity({"credit": 50}, on=date(2016, 5, 31), trial_date=date(2017, 5, 31))
    assert "2017年6月1日" in info.value.zh and "2017-06-01" in info.value.en
    assert "no numeric standard" in info.value.en


def test_conduct_under_the_2009_text_keeps_its_single_band_and_says_staff_are_not_checked():
    result = pi_severity({"credit": 500}, on=date(2012, 1, 1), trial_date=date(2024, 1, 1))
    assert result.severity is S and "三年以下有期徒刑或者拘役" in result.sentence_zh
    assert any("staff" in s.text_en for s in of_kind(result.steps, Kind.NOT_ASSESSED))
    assert any(s.cites == "criminal_law/12" for s in result.steps)


def test_conduct_before_art_253_1_existed_is_no_offence_under_art_12():
    result = pi_severity({"credit": 50}, on=date(2009, 2, 27))
    assert result.severity is NO and "2009-02-28" in result.sentence_en
    assert [s.cites for s in result.steps] == ["criminal_law/12"]
    assert pi_severity({"credit": 50}, on=date(2009, 2, 28), trial_date=date(2024, 1, 1)).severity is S


def test_the_date_defaults_to_today():
    assert pi_severity({"credit": 50}).severity is S


# ---------------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_a_bad_count_is_refused(bad):
    with pytest.raises(pilaw.InputError):
        pi_severity({"credit": bad}, on=ON)


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_a_bad_illegal_gain_is_refused(bad):
    with pytest.raises(pilaw.InputError):
        pi_severity({}, illegal_gain=bad, on=ON)


@pytest.mark.parametrize("bad", [None, [("credit", 50)], "credit=50", 50, True])
def test_pieces_that_are_not_a_dict_are_refused(bad):
    with pytest.raises(pilaw.InputError):
        pi_severity(bad, on=ON)


@pytest.mark.parametrize("bad", ["passwords", "Credit", "", 3, None])
def test_an_unknown_category_is_refused(bad):
    with pytest.raises(pilaw.InputError):
        pi_severity({bad: 50}, on=ON)


@pytest.mark.parametrize("bad", [1, 0, "yes", None, "True"])
def test_insider_must_be_a_real_bool(bad):
    with pytest.raises(pilaw.InputError):
        pi_severity({"credit": 50}, insider=bad, on=ON)


@pytest.mark.parametrize("bad", ["2024-06-01", 20240601, True])
def test_a_date_that_is_not_a_date_is_refused(bad):
    with pytest.raises(pilaw.InputError):
        pi_severity({"credit": 50}, on=bad)


# ---------------------------------------------------------------------------------------------
# Properties

counts = st.integers(min_value=0, max_value=200_000)
piece_dicts = st.dictionaries(st.sampled_from(sorted(CATEGORIES)), counts, max_size=len(CATEGORIES))
gains = st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(piece_dicts, st.sampled_from(sorted(CATEGORIES)), st.integers(min_value=0, max_value=10_000), st.booleans())
def test_adding_pieces_never_lowers_the_severity(pieces, category, extra, insider):
    more = dict(pieces)
    more[category] = more.get(category, 0) + extra
    assert pi_severity(more, insider=insider, on=ON).severity >= pi_severity(pieces, insider=insider, on=ON).severity


@settings(max_examples=200, deadline=None)
@given(piece_dicts, gains, gains, st.booleans())
def test_raising_the_gain_never_lowers_the_severity(pieces, gain, extra, insider):
    low = pi_severity(pieces, illegal_gain=gain, insider=insider, on=ON)
    high = pi_severity(pieces, illegal_gain=gain + extra, insider=insider, on=ON)
    assert high.severity >= low.severity


@settings(max_examples=200, deadline=None)
@given(piece_dicts, piece_dicts)
def test_the_ratio_is_additive(a, b):
    merged = {k: a.get(k, 0) + b.get(k, 0) for k in set(a) | set(b)}
    assert pi_severity(merged, on=ON).ratio == pi_severity(a, on=ON).ratio + pi_severity(b, on=ON).ratio


@settings(max_examples=200, deadline=None)
@given(piece_dicts)
def test_an_insiders_ratio_is_the_ordinary_ratio_divided_by_the_insider_fraction(pieces):
    fraction = law.value("spc2017.insider_fraction", ON)
    assert pi_severity(pieces, insider=True, on=ON).ratio == pi_severity(pieces, on=ON).ratio / fraction


@settings(max_examples=200, deadline=None)
@given(piece_dicts)
def test_the_severity_follows_the_ratio(pieces):
    result = pi_severity(pieces, on=ON)
    multiple = law.value("spc2017.especially_serious_multiple", ON)
    expected = ES if result.ratio >= multiple else S if result.ratio >= 1 else NO
    assert result.severity is expected


# ---------------------------------------------------------------------------------------------
# Art. 286-1: network_leak_serious


def leak(pieces, on=ON, **kw):
    return network_leak_serious(pieces, on=on, **kw)


def test_499_leaked_sensitive_pieces_are_not_a_serious_consequence_but_500_are():
    assert leak({"whereabouts": 499}).severity is NO
    assert leak({"whereabouts": 500}).severity is S


def test_4999_leaked_safety_pieces_are_not_a_serious_consequence_but_5000_are():
    assert leak({"health": 4999}).severity is NO
    assert leak({"health": 5000}).severity is S


def test_49999_leaked_other_pieces_are_not_a_serious_consequence_but_50000_are():
    assert leak({"other": 49999}).severity is NO
    assert leak({"other": 50000}).severity is S


def test_leaked_categories_add_up_as_exact_fractions():
    assert leak({"credit": 350, "transaction": 1500}).ratio == 1
    assert leak({"credit": 349, "transaction": 1500}).severity is NO


def test_art_286_1_has_no_especially_serious_tier():
    result = leak({"credit": 5_000_000})
    assert result.severity is S
    assert "三年以下有期徒刑、拘役或者管制，并处或者单处罚金" in result.sentence_zh
    assert "single band" in result.sentence_en


def test_the_steps_show_the_2019_figures_are_ten_times_the_2017_figures():
    result = leak({"credit": 1})
    comparison = [s for s in result.steps if "2017" in s.text_en and "= 10" in s.text_en]
    assert comparison
    assert comparison[0].text_en.count("= 10") == 3


@settings(max_examples=200, deadline=None)
@given(piece_dicts)
def test_the_network_ratio_is_a_tenth_of_the_253_1_ratio(pieces):
    assert leak(pieces).ratio * 10 == pi_severity(pieces, on=ON).ratio


def test_leak_figures_apply_before_2019_11_01_only_to_cases_handled_from_that_day():
    with pytest.raises(pilaw.LawError):
        leak({"credit": 500}, on=date(2019, 10, 31), trial_date=date(2019, 10, 31))
    earlier = leak({"credit": 500}, on=date(2019, 10, 31), trial_date=date(2019, 11, 1))
    assert earlier.severity is S
    assert any("art. 2" in s.text_en for s in of_kind(earlier.steps, Kind.UNVERIFIED))
    assert leak({"credit": 500}, on=date(2019, 11, 1)).severity is S


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_network_leak_refuses_bad_counts(bad):
    with pytest.raises(pilaw.InputError):
        leak({"credit": bad})


@pytest.mark.parametrize("bad", [None, [1], "x", {"unknown": 1}])
def test_network_leak_refuses_bad_pieces(bad):
    with pytest.raises(pilaw.InputError):
        leak(bad)


# ---------------------------------------------------------------------------------------------
# Art. 286-1: network_duty_offence

ALL_MET = {
    "is_network_service_provider": True,
    "ordered_to_correct": True,
    "refused": True,
    "pieces": {"credit": 500},
    "on": ON,
}


def duty(**changes):
    kw = dict(ALL_MET)
    kw.update(changes)
    return network_duty_offence(**kw)


def test_the_offence_is_made_out_when_every_element_is_met():
    result = duty()
    assert result.severity is S
    assert result.crime_name_zh == "拒不履行信息网络安全管理义务罪"
    assert "三年以下有期徒刑、拘役或者管制" in result.sentence_zh
    assert sum("met" in s.text_en and "Element" in s.text_en for s in result.steps) >= 4


@pytest.mark.parametrize("missing", ["is_network_service_provider", "ordered_to_correct", "refused"])
def test_the_offence_fails_when_an_element_is_missing(missing):
    result = duty(**{missing: False})
    assert result.severity is NO
    assert any("not met" in s.text_en for s in result.steps)


def test_a_refusal_without_an_order_to_correct_is_not_a_refusal():
    result = duty(ordered_to_correct=False, refused=True)
    assert result.severity is NO
    assert any("presupposes" in s.text_en for s in result.steps)


def test_too_few_leaked_pieces_fail_the_consequence_element():
    assert duty(pieces={"credit": 499}).severity is NO
    assert duty(pieces=None).severity is NO


def test_another_serious_consequence_suffices_without_pieces():
    result = duty(pieces=None, other_serious_consequence=True)
    assert result.severity is S
    assert any(s.cites == "spc_2019_network/4" for s in result.steps)


def test_art_9_of_the_2017_interpretation_is_cited():
    assert any(s.cites == "spc_2017_personal_information/9" for s in duty().steps)


def test_a_unit_is_fined_and_its_responsible_persons_are_punished():
    result = duty(unit=True)
    assert "罚金" in result.sentence_zh and "unit" in result.sentence_en
    assert "responsible" in result.sentence_en


def test_a_heavier_other_crime_governs_under_para_3():
    result = duty(other_crime_heavier=True)
    assert "依照处罚较重的规定定罪处罚" in result.sentence_zh
    assert "heavier" in result.sentence_en
    assert result.crime_name_zh != "拒不履行信息网络安全管理义务罪"


def test_para_3_is_not_engaged_without_the_offence():
    result = duty(refused=False, other_crime_heavier=True)
    assert result.severity is NO
    assert any("Para. 3" in s.text_en and "does not apply" in s.text_en for s in result.steps)


def test_conduct_before_art_286_1_existed_is_no_offence_under_art_12():
    before = duty(pieces=None, other_serious_consequence=True, on=date(2015, 10, 31))
    assert before.severity is NO and [s.cites for s in before.steps] == ["criminal_law/12"]
    assert leak({"credit": 500}, on=date(2015, 10, 31)).severity is NO
    assert duty(pieces=None, other_serious_consequence=True, on=date(2015, 11, 1)).severity is S


@pytest.mark.parametrize(
    "field",
    [
        "is_network_service_provider",
        "ordered_to_correct",
        "refused",
        "other_serious_consequence",
        "unit",
        "other_crime_heavier",
    ],
)
@pytest.mark.parametrize("bad", [1, 0, "True", None])
def test_network_duty_flags_must_be_real_bools(field, bad):
    with pytest.raises(pilaw.InputError):
        duty(**{field: bad})


@pytest.mark.parametrize("bad", BAD_VALUES)
def test_network_duty_refuses_bad_counts(bad):
    with pytest.raises(pilaw.InputError):
        duty(pieces={"credit": bad})


# ---------------------------------------------------------------------------------------------
# Art. 219: text versions


def ts(**kw):
    return trade_secret(**kw)


def test_conduct_on_2021_02_28_is_judged_under_the_old_lighter_text():
    result = ts(loss=500_000, conduct_date=date(2021, 2, 28), trial_date=date(2026, 1, 1))
    assert result.text_from == date(1997, 10, 1)
    assert result.band_zh == "三年以下有期徒刑或者拘役，并处或者单处罚金"
    assert any(s.cites == "criminal_law/12" for s in result.steps)


def test_conduct_on_2021_03_01_is_judged_under_the_amended_text():
    result = ts(loss=500_000, conduct_date=date(2021, 3, 1), trial_date=date(2026, 1, 1))
    assert result.text_from == date(2021, 3, 1)
    assert result.band_zh == "三年以下有期徒刑，并处或者单处罚金"
    assert not any(s.cites == "criminal_law/12" for s in result.steps)


def test_the_old_top_band_is_seven_years_and_the_new_ten():
    old = ts(loss=3_000_000, conduct_date=date(2020, 1, 1), trial_date=date(2026, 1, 1))
    new = ts(loss=3_000_000, conduct_date=date(2022, 1, 1), trial_date=date(2026, 1, 1))
    assert old.severity is new.severity is ES
    assert old.band_zh == "三年以上七年以下有期徒刑，并处罚金"
    assert new.band_zh == "三年以上十年以下有期徒刑，并处罚金"


def test_the_pre_2021_text_of_art_219_carries_its_unverified_caveat():
    old = ts(loss=500_000, conduct_date=date(2019, 1, 1), trial_date=date(2020, 1, 1))
    assert "not verified" in old.steps[-1].text_en and "未经官方核实" in old.steps[-1].text_zh
    new = ts(loss=500_000, conduct_date=date(2022, 1, 1), trial_date=date(2023, 1, 1))
    assert "not verified" not in new.steps[-1].text_en


def test_the_art_12_step_says_it_compares_bands_for_teaching_and_applies_the_verified_art_12():
    result = ts(loss=3_000_000, conduct_date=date(2020, 1, 1), trial_date=date(2026, 1, 1))
    step = next(s for s in result.steps if s.cites == "criminal_law/12")
    assert "unverified" not in step.text_en and "未经核实" not in step.text_zh
    assert step.kind is Kind.APPLIES and "practice" in step.text_en
    assert "teaching" in step.text_en
    assert "7" in step.text_en and "10" in step.text_en


# ---------------------------------------------------------------------------------------------
# Art. 219: which interpretation


def test_trial_on_2020_09_13_uses_the_2004_figures_and_on_2020_09_14_the_2020_figures():
    # Conduct before any interpretation existed: the interpretation at trial applies.
    before = ts(loss=300_000, conduct_date=date(2004, 6, 1), trial_date=date(2020, 9, 13))
    after = ts(loss=300_000, conduct_date=date(2004, 6, 1), trial_date=date(2020, 9, 14))
    assert before.interpretation_ref == "spc_2004_ip/7" and before.severity is NO
    assert after.interpretation_ref == "spc_2020_ip3/4" and after.severity is S


def test_conduct_under_the_2004_interpretation_keeps_its_more_favourable_figures_after_2020_09_14():
    result = ts(loss=400_000, conduct_date=date(2019, 1, 1), trial_date=date(2020, 9, 14))
    assert result.interpretation_ref == "spc_2004_ip/7"
    assert result.severity is NO
    timing = next(s for s in result.steps if "Temporal Effect" in s.text_en)
    assert "not in the course reference files" in timing.text_en


def test_trial_on_2025_04_26_applies_the_more_favourable_2025_top_threshold():
    before = ts(loss=2_600_000, conduct_date=date(2024, 1, 1), trial_date=date(2025, 4, 25))
    after = ts(loss=2_600_000, conduct_date=date(2024, 1, 1), trial_date=date(2025, 4, 26))
    assert before.interpretation_ref == "spc_2020_ip3/4" and before.severity is ES
    assert after.interpretation_ref == "spc_2025_ip/17" and after.severity is S


def test_trial_on_2025_04_26_keeps_the_2020_entry_tier_for_a_bankrupt_owner():
    before = ts(owner_bankrupt=True, conduct_date=date(2024, 1, 1), trial_date=date(2025, 4, 25))
    after = ts(owner_bankrupt=True, conduct_date=date(2024, 1, 1), trial_date=date(2025, 4, 26))
    assert before.severity is after.severity is S
    assert after.interpretation_ref == "spc_2020_ip3/4"


def test_the_2020_figures_on_the_new_text_are_flagged_as_practice_not_text():
    result = ts(loss=300_000, conduct_date=date(2022, 1, 1), trial_date=date(2023, 1, 1))
    assert result.interpretation_ref == "spc_2020_ip3/4" and result.severity is S
    assert any("practice, not text" in s.text_en and s.cites == "spc_2020_ip3/4" for s in result.steps)


def test_the_2025_figures_on_the_old_text_are_flagged_as_a_mapping():
    result = ts(loss=300_000, conduct_date=date(2003, 1, 1), trial_date=date(2026, 1, 1))
    assert result.text_from == date(1997, 10, 1)
    assert result.interpretation_ref == "spc_2025_ip/17"
    assert any("mapping" in s.text_en and s.cites == "spc_2025_ip/17" for s in result.steps)


# ---------------------------------------------------------------------------------------------
# Art. 219: thresholds


def test_under_2004_a_loss_of_499999_99_is_not_major_but_500000_is():
    kw = {"conduct_date": date(2010, 1, 1), "trial_date": date(2011, 1, 1)}
    assert ts(loss="499999.99", **kw).severity is NO
    assert ts(loss=500_000, **kw).severity is S
    assert ts(loss="2499999.99", **kw).severity is S
    assert ts(loss=2_500_000, **kw).severity is ES


def test_under_2004_only_the_loss_counts():
    kw = {"conduct_date": date(2010, 1, 1), "trial_date": date(2011, 1, 1)}
    result = ts(illegal_gain=3_000_000, **kw)
    assert result.severity is NO and result.amount == 0
    assert ts(owner_bankrupt=True, repeat_within_two_years=True, **kw).severity is NO


def test_under_2020_299999_99_yuan_is_not_serious_but_300000_is():
    kw = {"conduct_date": date(2022, 1, 1), "trial_date": date(2023, 1, 1)}
    assert ts(loss="299999.99", **kw).severity is NO
    assert ts(illegal_gain=300_000, **kw).severity is S


def test_under_2020_2499999_99_yuan_is_serious_but_2500000_especially_serious():
    kw = {"conduct_date": date(2022, 1, 1), "trial_date": date(2023, 1, 1)}
    assert ts(loss="2499999.99", **kw).severity is S
    assert ts(illegal_gain=2_500_000, **kw).severity is ES


def test_under_2020_bankruptcy_is_the_entry_tier_and_repeat_changes_nothing():
    kw = {"conduct_date": date(2022, 1, 1), "trial_date": date(2023, 1, 1)}
    assert ts(owner_bankrupt=True, **kw).severity is S
    assert ts(loss=100_000, repeat_within_two_years=True, **kw).severity is NO


def test_under_2025_299999_99_yuan_is_not_serious_but_300000_is():
    kw = {"conduct_date": date(2025, 6, 1), "trial_date": date(2026, 1, 1)}
    assert ts(loss="299999.99", **kw).severity is NO
    assert ts(loss=300_000, **kw).severity is S
    assert ts(illegal_gain=300_000, **kw).severity is S


def test_a_repeat_offender_reaches_serious_at_100000_yuan():
    kw = {"conduct_date": date(2025, 6, 1), "trial_date": date(2026, 1, 1), "repeat_within_two_years": True}
    assert ts(loss="99999.99", **kw).severity is NO
    assert ts(loss=100_000, **kw).severity is S


def test_under_2025_2999999_99_yuan_is_serious_but_3000000_especially_serious():
    kw = {"conduct_date": date(2025, 6, 1), "trial_date": date(2026, 1, 1)}
    assert ts(loss="2999999.99", **kw).severity is S
    assert ts(loss=3_000_000, **kw).severity is ES
    assert ts(loss="2999999.99", **kw).contested is False


def test_under_2025_bankruptcy_is_especially_serious():
    result = ts(owner_bankrupt=True, conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1))
    assert result.severity is ES and not result.contested


def test_the_larger_of_loss_and_gain_counts():
    result = ts(loss=100_000, illegal_gain=350_000, conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1))
    assert result.amount == Decimal("350000") and result.severity is S


def test_the_repeat_offenders_tenfold_is_flagged_as_contested():
    kw = {"conduct_date": date(2025, 6, 1), "trial_date": date(2026, 1, 1), "repeat_within_two_years": True}
    below = ts(loss="999999.99", **kw)
    assert below.severity is S and not below.contested
    at = ts(loss=1_000_000, **kw)
    assert at.severity is ES  # the literal reading
    assert at.contested
    step = next(s for s in at.steps if s.text_en.startswith("Contested"))
    assert "not settled" in step.text_en and "尚无定论" in step.text_zh
    assert step.cites == "spc_2025_ip/17"
    settled = ts(loss=3_000_000, **kw)
    assert settled.severity is ES and not settled.contested


def test_the_bands_come_from_the_applied_text():
    result = ts(loss=300_000, conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1))
    assert result.band_zh == "三年以下有期徒刑，并处或者单处罚金"
    assert "three years" in result.band_en
    none = ts(loss=1, conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1))
    assert none.severity is NO and "not assessed" in none.band_en


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=0, max_value=5_000_000, places=2),
    st.decimals(min_value=0, max_value=5_000_000, places=2),
    st.booleans(),
    st.booleans(),
    st.sampled_from([date(2003, 1, 1), date(2019, 1, 1), date(2022, 1, 1), date(2025, 6, 1)]),
)
def test_raising_the_loss_never_lowers_the_trade_secret_severity(loss, extra, repeat, bankrupt, conduct):
    kw = {
        "conduct_date": conduct,
        "trial_date": date(2026, 1, 1),
        "repeat_within_two_years": repeat,
        "owner_bankrupt": bankrupt,
    }
    assert ts(loss=loss + extra, **kw).severity >= ts(loss=loss, **kw).severity


# ---------------------------------------------------------------------------------------------
# Art. 219: dates and bad input


def test_a_trial_before_the_conduct_is_refused():
    with pytest.raises(pilaw.InputError):
        ts(loss=1, conduct_date=date(2022, 1, 2), trial_date=date(2022, 1, 1))


def test_conduct_before_1997_10_01_raises_a_law_error():
    with pytest.raises(pilaw.LawError):
        ts(loss=1, conduct_date=date(1997, 9, 30), trial_date=date(2026, 1, 1))
    assert ts(loss=500_000, conduct_date=date(1997, 10, 1), trial_date=date(2005, 1, 1)).severity is S


def test_a_trial_before_any_interpretation_raises_a_law_error():
    with pytest.raises(pilaw.LawError):
        ts(loss=1, conduct_date=date(2000, 1, 1), trial_date=date(2004, 12, 21))


def test_the_trial_date_defaults_to_today():
    assert ts(loss=300_000, conduct_date=date(2025, 6, 1)).severity is S


@pytest.mark.parametrize("field", ["loss", "illegal_gain"])
@pytest.mark.parametrize("bad", BAD_VALUES)
def test_trade_secret_refuses_bad_amounts(field, bad):
    with pytest.raises(pilaw.InputError):
        ts(**{field: bad}, conduct_date=date(2025, 6, 1))


@pytest.mark.parametrize("field", ["repeat_within_two_years", "owner_bankrupt"])
@pytest.mark.parametrize("bad", [1, "yes", None])
def test_trade_secret_flags_must_be_real_bools(field, bad):
    with pytest.raises(pilaw.InputError):
        ts(**{field: bad}, conduct_date=date(2025, 6, 1))


@pytest.mark.parametrize("bad", [None, "2025-06-01", 2025, True])
def test_trade_secret_refuses_a_conduct_date_that_is_not_a_date(bad):
    with pytest.raises(pilaw.InputError):
        ts(loss=1, conduct_date=bad)


# ---------------------------------------------------------------------------------------------
# Figures


def _records():
    path = resources.files("pilaw") / "data" / "figures" / "criminal.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_criminal_figure_is_dated_and_cites_a_known_provision():
    for rec in _records():
        assert rec["ref"] in KNOWN_REFS, rec["key"]
        assert rec["unit"] in {"yuan", "ratio", "times", "pieces", "years", "months"}
        assert rec["label_zh"] and rec["label_en"]
        start = date.fromisoformat(rec["effective_from"])
        if rec["effective_to"]:
            assert start <= date.fromisoformat(rec["effective_to"])


def test_the_figures_the_brief_names_have_their_values():
    assert law.value("spc2017.pieces.sensitive", ON) == 50
    assert law.value("spc2017.pieces.safety", ON) == 500
    assert law.value("spc2017.pieces.other", ON) == 5000
    assert law.value("spc2017.illegal_gain", ON) == Decimal("5000")
    assert law.value("spc2017.insider_fraction", ON) == Fraction(1, 2)
    assert law.value("spc2017.especially_serious_multiple", ON) == 10
    assert law.value("spc2004.trade_secret.serious_loss", date(2010, 1, 1)) == Decimal("500000")
    assert law.figure_versions("spc2004.trade_secret.serious_loss")[-1].effective_to == date(2025, 4, 25)
    assert law.value("spc2025.trade_secret.serious_repeat") == Decimal("100000")
    assert law.value("spc2025.trade_secret.especially_serious_multiple") == 10


def test_the_repeat_tenfold_caveat_is_in_the_data():
    fig = law.figure("spc2025.trade_secret.especially_serious_multiple")
    assert "not settled" in fig.note


def test_the_rules_hard_code_no_number_but_0_and_1():
    package = resources.files("pilaw") / "rules" / "criminal"
    for module in package.iterdir():
        if not module.name.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and type(node.value) in (int, float):
                assert node.value in (0, 1), f"{module.name}: literal {node.value!r} on line {node.lineno}"


# ---------------------------------------------------------------------------------------------
# The corpus (these need the statute records of data/provisions/)


def _resolves(ref, dates):
    errors = []
    for day in dates:
        try:
            law.provision(ref, on=day)
            return True
        except pilaw.LawError as exc:
            errors.append(exc)
    raise AssertionError(f"{ref} does not resolve on {dates}: {errors[-1]}")


def test_every_criminal_figure_ref_resolves_in_the_corpus():
    for rec in _records():
        _resolves(rec["ref"], [date.fromisoformat(rec["effective_from"])])


def test_every_band_is_quoted_verbatim_from_its_article():
    for fig in law.figures():
        if fig.key.startswith("criminal_law") and fig.unit == "years":
            provision = law.provision(fig.ref, on=fig.effective_from)
            assert fig.label_zh in provision.text_zh, fig.key


def test_the_cites_of_pi_and_network_steps_resolve():
    results = [
        pi_severity({"credit": 35, "transaction": 150, "other_safety": 1}, illegal_gain=10, insider=True, on=ON),
        pi_severity({}, on=ON),
        network_leak_serious({"credit": 600}, on=ON),
        network_duty_offence(**ALL_MET),
        duty(unit=True, other_crime_heavier=True, other_serious_consequence=True),
    ]
    for result in results:
        for step in result.steps:
            _resolves(step.cites, [ON])


def test_the_cites_of_trade_secret_steps_resolve():
    cases = [
        {"loss": 400_000, "conduct_date": date(2019, 1, 1), "trial_date": date(2021, 6, 1)},
        {"loss": 2_600_000, "conduct_date": date(2024, 1, 1), "trial_date": date(2025, 4, 26)},
        {
            "loss": 1_000_000,
            "repeat_within_two_years": True,
            "conduct_date": date(2025, 6, 1),
            "trial_date": date(2026, 1, 1),
        },
        {"loss": 3_000_000, "conduct_date": date(2020, 1, 1), "trial_date": date(2026, 1, 1)},
    ]
    for kw in cases:
        result = trade_secret(**kw)
        for step in result.steps:
            assert step.cites in KNOWN_REFS
            _resolves(step.cites, [kw["conduct_date"], kw["trial_date"], result.text_from])
        assert result.text_version.effective_from == result.text_from


def test_an_assessment_keeps_each_categorys_share_unreduced_and_they_add_up_to_the_ratio():
    result = pi_severity({"credit": 35, "transaction": 150}, on=date(2024, 3, 15))
    assert [(s.category, s.count, s.standard) for s in result.shares] == [
        ("credit", 35, Fraction(50)),
        ("transaction", 150, Fraction(500)),
    ]
    assert sum(s.fraction for s in result.shares) == result.ratio == 1
    insider = pi_severity({"whereabouts": 25}, insider=True, on=date(2024, 3, 15))
    assert insider.shares[0].standard == 25 and insider.ratio == 1


# --------------------------------------------------------------------------- art. 286-1: elements and standards side by side

DAY_2024 = date(2024, 6, 1)


def checklist(**changes):
    facts = {
        "provider": True,
        "ordered": True,
        "refused": True,
        "pieces": {"whereabouts": 600},
        "unit": True,
        "on": DAY_2024,
    }
    facts.update(changes)
    return network_duty_checklist(**facts)


def test_the_shop_that_refused_an_order_and_leaked_600_whereabouts_records_meets_every_element():
    check = checklist()
    assert check.made_out and check.leak.ratio == Fraction(6, 5)
    assert [e.met for e in check.elements] == [True, None, True, True, True]
    assert check.elements[-1].cites == "spc_2019_network/4" and "6/5" in check.elements[-1].en
    assert check.steps == check.assessment.steps


def test_499_leaked_whereabouts_records_are_one_short_and_500_are_enough():
    assert not checklist(pieces={"whereabouts": 499}).made_out
    assert checklist(pieces={"whereabouts": 499}).elements[-1].met is False
    assert checklist(pieces={"whereabouts": 500}).made_out


def test_a_refusal_without_an_order_is_not_a_refusal_in_law():
    check = checklist(ordered=False)
    assert not check.made_out and check.elements[3].met is False and "presupposes an order" in check.elements[3].en


def test_another_serious_consequence_is_read_from_art_4_once_the_2019_interpretation_is_in_force():
    after = checklist(pieces=None, consequence=6, on=date(2019, 11, 1))
    assert after.made_out and after.elements[-1].cites == "spc_2019_network/4"
    pending = checklist(pieces=None, consequence=6, on=date(2019, 10, 31))
    assert pending.made_out and pending.elements[-1].cites == "spc_2019_network/4"
    before = checklist(pieces=None, consequence=6, on=date(2019, 10, 31), trial_date=date(2019, 10, 31))
    assert before.made_out and before.elements[-1].cites == "criminal_law/286-1"
    assert "for the court to judge" in before.elements[-1].en


def test_only_items_5_to_8_of_art_4_are_other_consequences():
    with pytest.raises(pilaw.InputError):
        checklist(consequence=4)
    with pytest.raises(pilaw.InputError):
        checklist(pieces={"whereabouts": "abc"})


def test_the_table_reads_both_sets_of_figures_and_finds_ratio_ten():
    table = threshold_table(DAY_2024)
    assert [r.group for r in table.rows] == list(NETWORK_ITEMS)
    assert [r.pi.value for r in table.rows] == [law.value(f"spc2017.pieces.{g}", DAY_2024) for g in NETWORK_ITEMS]
    assert [r.network.value for r in table.rows] == [law.value(f"spc2019.pieces.{g}", DAY_2024) for g in NETWORK_ITEMS]
    assert [r.pi.value for r in table.rows] == [50, 500, 5000]
    assert [r.network.value for r in table.rows] == [500, 5000, 50000]
    assert all(r.ratio == Fraction(10) for r in table.rows)
    assert all(r.network_equals_pi_top for r in table.rows)
    assert all(isinstance(r.ratio, Fraction) for r in table.rows)


def test_only_the_art_286_1_band_has_guanzhi():
    table = threshold_table(DAY_2024)
    assert "管制" in table.network_band.label_zh
    assert "管制" not in table.pi_basic.label_zh and "管制" not in table.pi_top_band.label_zh


def test_the_table_needs_the_2019_interpretation():
    with pytest.raises(pilaw.LawError):
        threshold_table(date(2019, 10, 31))
    assert threshold_table(date(2019, 11, 1)).rows
