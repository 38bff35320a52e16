"""Administrative fines: PIPL 66, AUCL 21/26, CPL 56 (+ Regulations 50), Cybersecurity Law 64/71."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pilaw
from pilaw import law
from pilaw.rules.administrative import (
    aucl_trade_secret_fine,
    consumer_fine,
    cybersecurity_fine,
    pipl_fine,
    pipl_serious_caps,
)

D = Decimal
DAY = date(2024, 8, 1)
gains = st.decimals(min_value=D("0.01"), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
turnovers = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


def texts(result) -> str:
    return "\n".join(s.text_zh + "\n" + s.text_en for s in result.steps)


# --------------------------------------------------------------------------- PIPL art. 66


def test_an_ordinary_case_without_refusal_to_correct_has_no_fine_and_says_why():
    fine = pipl_fine(on=DAY)
    assert fine.min_fine == 0 and fine.max_fine == 0
    assert "拒不改正" in texts(fine) and "refuses to correct" in texts(fine)
    assert "给予警告" in fine.measures_zh and "责令改正" in fine.measures_zh


def test_an_ordinary_case_with_refusal_to_correct_allows_up_to_1000000():
    fine = pipl_fine(refused_to_correct=True, on=DAY)
    assert fine.min_fine == 0 and fine.max_fine == D(1000000)


def test_ordinary_case_responsible_persons_face_10000_to_100000_and_the_link_to_refusal_is_flagged():
    for refused in (False, True):
        fine = pipl_fine(refused_to_correct=refused, on=DAY)
        assert (fine.person_min, fine.person_max) == (D(10000), D(100000))
        assert "not settled" in texts(fine)


def test_a_serious_case_returns_both_caps_and_no_single_maximum_without_turnover():
    fine = pipl_fine(serious=True, on=DAY)
    assert fine.cap_fixed == D(50000000)
    assert fine.cap_turnover is None
    assert fine.max_fine is None
    assert len(fine.readings) == 3
    assert fine.readings[0][2] == D(50000000)
    assert fine.readings[1][2] is None and fine.readings[2][2] is None


def test_the_serious_case_step_says_or_not_whichever_is_higher():
    fine = pipl_fine(serious=True, turnover=10**10, on=DAY)
    text = texts(fine)
    assert "或者" in text and "whichever is higher" in text and "not the text" in text


def test_at_turnover_999999999_99_the_turnover_cap_is_just_below_50000000():
    fine = pipl_fine(serious=True, turnover="999,999,999.99", on=DAY)
    assert fine.cap_turnover == D("49999999.9995")
    assert fine.max_fine is None
    assert fine.readings[2][2] == D(50000000)


def test_at_turnover_1000000000_the_two_caps_are_equal_and_the_maximum_is_50000000():
    fine = pipl_fine(serious=True, turnover=1_000_000_000, on=DAY)
    assert fine.cap_turnover == D(50000000)
    assert fine.max_fine == D(50000000)


def test_above_turnover_1000000000_the_turnover_cap_is_higher():
    fine = pipl_fine(serious=True, turnover="1000000000.01", on=DAY)
    assert fine.cap_turnover == D("50000000.0005")
    assert fine.max_fine is None
    assert fine.readings[2][2] == D("50000000.0005")


def test_serious_case_responsible_persons_face_100000_to_1000000_and_a_possible_ban():
    fine = pipl_fine(serious=True, on=DAY)
    assert (fine.person_min, fine.person_max) == (D(100000), D(1000000))
    assert any("禁止" in m for m in fine.measures_zh)
    assert any("ban" in m for m in fine.measures_en)
    assert "省级以上" in texts(fine)


def test_illegal_gains_are_confiscated_not_fined():
    fine = pipl_fine(illegal_gain=1234, on=DAY)
    assert fine.confiscation == D(1234)
    assert fine.max_fine == 0


def test_pipl_article_66_does_not_apply_on_2021_10_31():
    with pytest.raises(pilaw.LawError):
        pipl_fine(on=date(2021, 10, 31))
    with pytest.raises(pilaw.LawError):
        pipl_serious_caps(1, on=date(2021, 10, 31))


def test_pipl_article_66_applies_on_2021_11_01():
    assert pipl_fine(refused_to_correct=True, on=date(2021, 11, 1)).max_fine == D(1000000)


def test_the_serious_caps_helper_returns_fixed_turnover_higher_lower():
    assert pipl_serious_caps(2_000_000_000, on=DAY) == (D(50000000), D(100000000), D(100000000), D(50000000))
    assert pipl_serious_caps(0, on=DAY) == (D(50000000), D(0), D(50000000), D(0))


@settings(max_examples=200, deadline=None)
@given(turnover=turnovers)
def test_the_serious_caps_are_non_negative_and_ordered(turnover):
    fixed, cap, higher, lower = pipl_serious_caps(turnover, on=DAY)
    assert min(fixed, cap, higher, lower) >= 0
    assert lower <= fixed <= higher and lower <= cap <= higher
    assert cap == turnover * 5 / 100


@settings(max_examples=200, deadline=None)
@given(a=turnovers, b=turnovers)
def test_the_turnover_cap_grows_with_turnover(a, b):
    low, high = sorted((a, b))
    assert pipl_serious_caps(low, on=DAY)[1] <= pipl_serious_caps(high, on=DAY)[1]


# --------------------------------------------------------------------------- AUCL trade-secret fine


def test_on_2025_10_14_the_serious_band_is_500000_to_5000000_under_article_21():
    fine = aucl_trade_secret_fine(serious=True, on=date(2025, 10, 14))
    assert fine.article == "aucl/21"
    assert (fine.min_fine, fine.max_fine) == (D(500000), D(5000000))


def test_on_2025_10_15_the_serious_band_is_1000000_to_5000000_under_article_26():
    fine = aucl_trade_secret_fine(serious=True, on=date(2025, 10, 15))
    assert fine.article == "aucl/26"
    assert (fine.min_fine, fine.max_fine) == (D(1000000), D(5000000))


@pytest.mark.parametrize("day,article", [(date(2025, 10, 14), "aucl/21"), (date(2025, 10, 15), "aucl/26")])
def test_the_ordinary_band_is_100000_to_1000000_on_both_sides_of_2025_10_15(day, article):
    fine = aucl_trade_secret_fine(on=day)
    assert fine.article == article
    assert (fine.min_fine, fine.max_fine) == (D(100000), D(1000000))
    assert fine.person_min is None and fine.person_max is None


def test_the_aucl_fine_is_refused_before_2019_04_23():
    with pytest.raises(pilaw.LawError):
        aucl_trade_secret_fine(on=date(2019, 4, 22))
    assert aucl_trade_secret_fine(on=date(2019, 4, 23)).article == "aucl/21"


# --------------------------------------------------------------------------- Consumer Rights Protection Law art. 56


def test_an_illegal_gain_of_1000_gives_a_fine_of_1000_to_10000():
    fine = consumer_fine(illegal_gain=1000, on=DAY)
    assert (fine.min_fine, fine.max_fine) == (D(1000), D(10000))
    assert fine.confiscation == D(1000)


def test_no_illegal_gain_gives_a_fine_of_up_to_500000():
    for gain in (None, 0, ""):
        fine = consumer_fine(illegal_gain=gain, on=DAY)
        assert (fine.min_fine, fine.max_fine) == (0, D(500000))


def test_a_small_illegal_gain_gives_a_lower_cap_than_none_and_says_so():
    fine = consumer_fine(illegal_gain="0.01", on=DAY)
    assert fine.max_fine == D("0.10")
    assert "lower cap" in texts(fine)


def test_the_consumer_fine_notes_that_it_defers_to_other_laws_and_that_pipl_may_displace_it_as_an_inference():
    fine = consumer_fine(on=DAY)
    assert "其他有关法律、法规对处罚机关和处罚方式有规定的" in texts(fine)
    assert "inference" in texts(fine) and "PIPL art. 66" in texts(fine)


def test_on_2024_06_30_the_implementing_regulations_are_not_mentioned():
    fine = consumer_fine(on=date(2024, 6, 30))
    assert all(s.cites != "consumer_regs/50" for s in fine.steps)


def test_from_2024_07_01_regulations_article_50_sends_article_23_to_cpl_56_verified_in_one_mirror():
    fine = consumer_fine(on=date(2024, 7, 1))
    step = next(s for s in fine.steps if s.cites == "consumer_regs/50")
    assert "para. 3" in step.text_en and "art. 23" in step.text_en and "one mirror" in step.text_en


def test_the_consumer_fine_is_refused_before_2014_03_15():
    with pytest.raises(pilaw.LawError):
        consumer_fine(on=date(2014, 3, 14))
    assert consumer_fine(on=date(2014, 3, 15)).max_fine == D(500000)


# --------------------------------------------------------------------------- Cybersecurity Law


def test_on_2025_12_31_article_64_gives_1_to_10_times_the_illegal_gain():
    fine = cybersecurity_fine(illegal_gain=3000, on=date(2025, 12, 31))
    assert fine.article == "cybersecurity_law/64"
    assert (fine.min_fine, fine.max_fine) == (D(3000), D(30000))
    assert (fine.person_min, fine.person_max) == (D(10000), D(100000))


def test_on_2025_12_31_without_illegal_gain_the_cap_is_1000000():
    fine = cybersecurity_fine(on=date(2025, 12, 31))
    assert (fine.min_fine, fine.max_fine) == (0, D(1000000))


def test_from_2026_01_01_the_cybersecurity_law_sets_no_figure_of_its_own():
    fine = cybersecurity_fine(illegal_gain=3000, on=date(2026, 1, 1))
    assert fine.article == "cybersecurity_law/71"
    assert fine.min_fine is None and fine.max_fine is None
    assert fine.person_min is None and fine.person_max is None
    text = texts(fine)
    assert "PIPL art. 66" in text and "inference" in text and "does not name PIPL" in text
    assert "one mirror" in text
    # the transition is Administrative Penalty Law art. 37 (tests/test_administrative_penalty_law.py)
    assert "not researched" not in text


def test_the_cybersecurity_fine_is_refused_before_2017_06_01():
    with pytest.raises(pilaw.LawError):
        cybersecurity_fine(on=date(2017, 5, 31))
    assert cybersecurity_fine(on=date(2017, 6, 1)).max_fine == D(1000000)


@settings(max_examples=200, deadline=None)
@given(a=gains, b=gains)
def test_fines_grow_with_the_illegal_gain(a, b):
    low, high = sorted((a, b))
    for rule, day in ((consumer_fine, DAY), (cybersecurity_fine, date(2025, 12, 31))):
        f_low, f_high = rule(illegal_gain=low, on=day), rule(illegal_gain=high, on=day)
        assert 0 <= f_low.min_fine <= f_high.min_fine
        assert 0 <= f_low.max_fine <= f_high.max_fine
        assert f_low.min_fine <= f_low.max_fine


# --------------------------------------------------------------------------- bad inputs

BAD_AMOUNTS = [True, False, "abc", "-1", "NaN", "1.005", -1, float("nan")]


@pytest.mark.parametrize("field", ["turnover", "illegal_gain"])
@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_pipl_fine_refuses_bad_amounts(field, bad):
    with pytest.raises(pilaw.InputError):
        pipl_fine(serious=True, on=DAY, **{field: bad})


@pytest.mark.parametrize(
    "kwargs",
    [{"serious": None}, {"serious": "abc"}, {"refused_to_correct": 1}, {"on": "abc"}, {"on": True}, {"on": 2024}],
)
def test_pipl_fine_refuses_bad_flags_and_dates(kwargs):
    with pytest.raises(pilaw.InputError):
        pipl_fine(**kwargs)


@pytest.mark.parametrize("bad", [*BAD_AMOUNTS, None])
def test_pipl_serious_caps_refuses_bad_turnover(bad):
    with pytest.raises(pilaw.InputError):
        pipl_serious_caps(bad, on=DAY)


@pytest.mark.parametrize(
    "kwargs", [{"serious": None}, {"serious": "abc"}, {"serious": 1}, {"on": "abc"}, {"on": "-1"}, {"on": True}]
)
def test_aucl_trade_secret_fine_refuses_bad_inputs(kwargs):
    with pytest.raises(pilaw.InputError):
        aucl_trade_secret_fine(**kwargs)


@pytest.mark.parametrize("rule", [consumer_fine, cybersecurity_fine])
@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_gain_based_fines_refuse_bad_illegal_gain(rule, bad):
    with pytest.raises(pilaw.InputError):
        rule(illegal_gain=bad, on=date(2025, 1, 1))


@pytest.mark.parametrize("rule", [consumer_fine, cybersecurity_fine])
@pytest.mark.parametrize("bad", ["abc", "NaN", True, 20250101])
def test_gain_based_fines_refuse_bad_dates(rule, bad):
    with pytest.raises(pilaw.InputError):
        rule(illegal_gain=1, on=bad)


# --------------------------------------------------------------------------- citations resolve in the corpus


def _scenarios():
    for day in (date(2021, 11, 1), date(2026, 6, 1)):
        for serious in (False, True):
            for refused in (False, True):
                for turnover in (None, 1_000_000_000, 7):
                    yield (
                        pipl_fine(
                            serious=serious, refused_to_correct=refused, turnover=turnover, illegal_gain=5, on=day
                        ),
                        day,
                    )
    for day in (date(2019, 4, 23), date(2025, 10, 14), date(2025, 10, 15)):
        for serious in (False, True):
            yield aucl_trade_secret_fine(serious=serious, on=day), day
    for day in (date(2014, 3, 15), date(2024, 6, 30), date(2024, 7, 1)):
        for gain in (None, 1, 10**6):
            yield consumer_fine(illegal_gain=gain, on=day), day
    for day in (date(2017, 6, 1), date(2025, 12, 31), date(2026, 1, 1)):
        for gain in (None, 1, 10**6):
            yield cybersecurity_fine(illegal_gain=gain, on=day), day


def test_every_step_cites_a_provision_in_force_on_the_conduct_date():
    for result, day in _scenarios():
        assert result.steps
        for step in result.steps:
            assert law.provision(step.cites, on=day).ref == step.cites


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text).replace(";", "；").replace(":", "：").replace(",", "，")


def test_every_quoted_fragment_and_measure_appears_verbatim_in_the_provision():
    for result, day in _scenarios():
        for step in result.steps:
            text = _bare(law.provision(step.cites, on=day).text_zh)
            for quote in re.findall(r"「([^」]*)」", step.text_zh):
                assert _bare(quote) in text, f"{quote!r} not in {step.cites}"
        article_text = _bare(law.provision(result.article, on=day).text_zh)
        for measure in result.measures_zh:
            assert _bare(measure) in article_text, f"{measure!r} not in {result.article}"


def test_the_administrative_figures_cite_provisions_in_force_when_they_start():
    keys = {f.key for f in law.figures() if f.key.split(".")[0] in ("pipl66", "consumer56", "csl64")}
    keys |= {f.key for f in law.figures() if f.key.startswith("aucl.trade_secret_") and "fine" in f.key}
    assert len(keys) == 19
    for key in keys:
        for fig in law.figure_versions(key):
            assert law.provision(fig.ref, on=fig.effective_from).ref == fig.ref
            assert fig.verified or fig.note
