"""Civil damages: the page's claimed rule, PIPL 69 / Civil Code 1182–1183, AUCL trade-secret damages."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pilaw
from pilaw import law
from pilaw.law.steps import PAGE_CLAIM, Kind, of_kind
from pilaw.rules import compensation
from pilaw.rules.compensation import claimed_rule, page_claim, statutory_damages, trade_secret_damages

D = Decimal
PIPL_ERA = date(2024, 6, 1)
SOURCE_PAGE = Path("/work/shared/reference/source-page.md")

amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
maybe_amounts = st.none() | amounts


def texts(result) -> str:
    return "\n".join(s.text_zh + "\n" + s.text_en for s in result.steps)


# --------------------------------------------------------------------------- claimed_rule (the page)


def test_a_known_gain_of_400_yuan_stays_400_not_500():
    award = claimed_rule(gain=400, loss=None)
    assert award.property == D(400)
    assert not award.property_is_minimum


def test_both_gain_and_loss_unknown_gives_the_500_yuan_minimum():
    award = claimed_rule(gain=None, loss=None)
    assert award.property == D(500)
    assert award.property_is_minimum


def test_a_loss_of_1000_greater_than_a_gain_of_800_gives_1000():
    award = claimed_rule(gain=800, loss=1000)
    assert award.property == D(1000)
    assert not award.property_is_minimum


def test_a_loss_equal_to_the_gain_gives_the_gain():
    assert claimed_rule(gain=800, loss=800).property == D(800)


def test_a_loss_smaller_than_the_gain_gives_the_gain():
    assert claimed_rule(gain=800, loss="799.99").property == D(800)


def test_only_a_known_loss_gives_the_loss_and_says_it_is_a_reading():
    award = claimed_rule(gain=None, loss=300)
    assert award.property == D(300)
    assert not award.property_is_minimum
    assert "reading" in texts(award)


def test_a_known_gain_of_zero_is_not_lifted_to_500():
    award = claimed_rule(gain=0, loss=None)
    assert award.property == 0
    assert not award.property_is_minimum
    assert "does not lift" in texts(award)


def test_a_known_gain_of_500_is_not_flagged_as_a_minimum():
    award = claimed_rule(gain=500, loss=None)
    assert award.property == D(500) and not award.property_is_minimum


def test_a_mental_claim_of_2000_is_lifted_to_3000():
    award = claimed_rule(gain=None, loss=None, severe_mental_harm=True, mental_claim=2000)
    assert award.mental == D(3000)
    assert award.mental_is_minimum


def test_a_mental_claim_of_5000_is_granted_in_full():
    award = claimed_rule(gain=None, loss=None, severe_mental_harm=True, mental_claim=5000)
    assert award.mental == D(5000)
    assert not award.mental_is_minimum


def test_a_mental_claim_of_exactly_3000_is_granted_as_claimed():
    award = claimed_rule(gain=1, loss=1, severe_mental_harm=True, mental_claim=3000)
    assert award.mental == D(3000)
    assert not award.mental_is_minimum


def test_a_mental_claim_of_2999_99_is_lifted_to_3000():
    award = claimed_rule(gain=1, loss=1, severe_mental_harm=True, mental_claim="2999.99")
    assert award.mental == D(3000) and award.mental_is_minimum


def test_severe_harm_without_a_claimed_amount_gives_the_3000_minimum():
    award = claimed_rule(gain=100, loss=None, severe_mental_harm=True)
    assert award.mental == D(3000)
    assert award.mental_is_minimum
    assert award.total == D(3100)


def test_without_severe_harm_there_are_no_mental_damages_even_if_claimed():
    award = claimed_rule(gain=100, loss=None, mental_claim=9000)
    assert award.mental == 0
    assert not award.mental_is_minimum
    assert award.total == D(100)


def test_every_step_of_the_claimed_rule_cites_the_page_never_a_provision():
    award = claimed_rule(gain=None, loss=None, severe_mental_harm=True)
    assert award.steps
    assert all(step.cites == PAGE_CLAIM for step in award.steps)


def test_one_step_says_plainly_that_the_rule_was_not_found_in_national_law():
    award = claimed_rule(gain=10, loss=20)
    # the reference allows "not found … as of mid-2026; origin unknown", not "no statute contains this rule"
    assert any("was not found in national law" in s.text_en and "mid-2026" in s.text_en for s in award.steps)
    assert any("不是法律" in s.text_zh for s in award.steps)


def test_the_page_claim_data_holds_the_two_figures_and_the_exact_quote():
    page = page_claim()
    assert page.property_floor == D(500) and page.mental_floor == D(3000)
    assert page.source_url == "http://www.xfiae.cn/zhishichanquan/489895.html"
    assert page.dated == date(2025, 7, 6)
    assert "不低于500元" in page.quote_zh and "不低于3000元" in page.quote_zh
    assert any(page.quote_zh in s.text_zh for s in claimed_rule(gain=None, loss=None).steps)


@pytest.mark.skipif(not SOURCE_PAGE.exists(), reason="reference copy of the source page not available")
def test_the_quote_is_the_page_paragraph_copied_exactly():
    assert page_claim().quote_zh in SOURCE_PAGE.read_text(encoding="utf-8").splitlines()


def test_the_floors_are_read_from_the_page_data_not_written_in_code(monkeypatch):
    other = dataclasses.replace(page_claim(), property_floor=D(777), mental_floor=D(8888))
    monkeypatch.setattr(compensation, "page_claim", lambda: other)
    award = claimed_rule(gain=None, loss=None, severe_mental_harm=True)
    assert (award.property, award.mental) == (D(777), D(8888))


@settings(max_examples=200, deadline=None)
@given(gain=maybe_amounts, loss=maybe_amounts, severe=st.booleans(), claim=maybe_amounts)
def test_the_claimed_rule_adds_up_and_applies_its_floors_only_where_the_page_does(gain, loss, severe, claim):
    award = claimed_rule(gain=gain, loss=loss, severe_mental_harm=severe, mental_claim=claim)
    page = page_claim()
    assert award.total == award.property + award.mental
    if gain is None and loss is None:
        assert award.property == page.property_floor and award.property_is_minimum
    else:
        assert award.property == max(v for v in (gain, loss) if v is not None)
        assert not award.property_is_minimum
    if severe:
        assert award.mental >= page.mental_floor
        assert award.mental == max(page.mental_floor, claim if claim is not None else 0)
    else:
        assert award.mental == 0 and not award.mental_is_minimum


# --------------------------------------------------------------------------- statutory_damages (the law)


def test_under_pipl_both_bases_are_shown_and_the_larger_is_the_maximum():
    award = statutory_damages(loss=1000, gain=800, on=PIPL_ERA)
    assert (award.on_loss, award.on_gain) == (D(1000), D(800))
    assert award.property_max == award.property == D(1000)
    assert not award.court_decides and award.upper_bound is None
    assert award.total == D(1000)
    assert "choose" in texts(award)


def test_a_larger_gain_is_the_maximum_under_pipl():
    award = statutory_damages(loss=100, gain=800, on=PIPL_ERA)
    assert award.property_max == D(800)


def test_reasonable_costs_are_added_to_the_loss_basis():
    award = statutory_damages(loss=1000, gain=1050, costs=100, on=PIPL_ERA)
    assert award.on_loss == D(1100)
    assert award.on_gain == D(1050)
    assert award.property == D(1100)
    assert any(s.cites == "spc_2020_online_rights/12" for s in award.steps)


def test_costs_offline_are_added_by_analogy_and_flagged():
    award = statutory_damages(loss=10, gain=None, costs=5, online=False, on=PIPL_ERA)
    assert award.on_loss == D(15)
    assert "analogy" in texts(award) and "not settled" in texts(award)


def test_only_a_known_gain_is_used():
    award = statutory_damages(loss=None, gain=800, on=PIPL_ERA)
    assert award.on_loss is None and award.property == D(800)


def test_a_small_known_loss_is_not_lifted_because_there_is_no_statutory_minimum():
    award = statutory_damages(loss=1, gain=None, on=PIPL_ERA)
    assert award.property == D(1)


def test_online_with_neither_loss_nor_gain_the_court_decides_up_to_500000():
    award = statutory_damages(loss=None, gain=None, online=True, on=PIPL_ERA)
    assert award.property is None and award.property_max is None
    assert award.court_decides
    assert award.upper_bound == D(500000)
    assert award.total is None


def test_offline_with_neither_loss_nor_gain_the_court_decides_without_bound():
    award = statutory_damages(loss=None, gain=None, online=False, on=PIPL_ERA)
    assert award.court_decides and award.property is None
    assert award.upper_bound is None


def test_the_court_decides_step_quotes_the_text_and_says_there_is_no_minimum():
    award = statutory_damages(loss=None, gain=None, on=PIPL_ERA)
    assert any("根据实际情况确定赔偿数额" in s.text_zh and "No statutory minimum" in s.text_en for s in award.steps)


def test_severe_mental_harm_leaves_the_amount_to_the_court():
    award = statutory_damages(loss=100, gain=None, severe_mental_harm=True, on=PIPL_ERA)
    assert award.mental is None
    assert award.total is None
    step = next(s for s in of_kind(award.steps, Kind.NOT_ASSESSED) if s.cites == "civil_code/1183")
    assert "art. 5" in step.text_en and "not in the corpus" in step.text_en
    for factor in ("fault", "circumstances", "consequences", "gain", "ability to pay", "living standards"):
        assert factor in step.text_en


def test_without_severe_mental_harm_mental_damages_are_zero():
    award = statutory_damages(loss=100, gain=None, on=PIPL_ERA)
    assert award.mental == 0
    assert award.total == D(100)


def test_fault_is_presumed_under_pipl():
    award = statutory_damages(loss=1, gain=1, on=PIPL_ERA)
    assert any(s.cites == "pipl/69" and "presumed" in s.text_en for s in award.steps)
    assert any(s.cites == "civil_code/1165" and "para. 2" in s.text_en for s in award.steps)


def test_conduct_on_2021_10_31_uses_the_civil_code_only_and_says_so():
    award = statutory_damages(loss=1, gain=None, on=date(2021, 10, 31))
    assert award.basis == ("civil_code/1182", "civil_code/1183")
    assert all(s.cites != "pipl/69" for s in award.steps)
    assert "not yet in force" in award.steps[0].text_en


def test_conduct_on_2021_11_01_uses_pipl_article_69():
    award = statutory_damages(loss=1, gain=None, on=date(2021, 11, 1))
    assert award.basis[0] == "pipl/69"
    assert award.steps[0].cites == "pipl/69"


def test_conduct_on_2020_12_31_is_before_the_civil_code_and_is_refused():
    with pytest.raises(pilaw.LawError):
        statutory_damages(loss=1, gain=None, on=date(2020, 12, 31))


def test_conduct_on_2021_01_01_is_covered():
    assert statutory_damages(loss=1, gain=None, on=date(2021, 1, 1)).property == D(1)


def test_an_iso_date_text_is_accepted():
    assert statutory_damages(loss=1, gain=None, on="2021-11-01").basis[0] == "pipl/69"


@settings(max_examples=200, deadline=None)
@given(loss=maybe_amounts, gain=maybe_amounts, costs=amounts, severe=st.booleans(), online=st.booleans())
def test_statutory_damages_add_up_and_take_the_larger_known_basis(loss, gain, costs, severe, online):
    award = statutory_damages(loss=loss, gain=gain, costs=costs, severe_mental_harm=severe, online=online, on=PIPL_ERA)
    bases = [b for b in (award.on_loss, award.on_gain) if b is not None]
    if bases:
        assert award.property == award.property_max == max(bases)
        assert not award.court_decides and award.upper_bound is None
    else:
        assert award.property is None and award.court_decides
        assert (award.upper_bound is not None) == online
    if award.property is not None and award.mental is not None:
        assert award.total == award.property + award.mental
    else:
        assert award.total is None
    assert (award.mental is None) == severe


# --------------------------------------------------------------------------- trade_secret_damages (AUCL)


def test_on_2025_10_14_the_2019_text_takes_the_loss_even_when_the_gain_is_larger():
    award = trade_secret_damages(loss=100, gain=1000, conduct_date=date(2025, 10, 14), trial_date=date(2026, 6, 1))
    assert award.article == "aucl/17"
    assert award.base == D(100) and award.base_kind == "loss"
    assert award.total == D(100)


def test_on_2025_10_15_the_2025_text_treats_loss_and_gain_as_alternatives_and_flags_the_choice():
    award = trade_secret_damages(loss=100, gain=1000, conduct_date=date(2025, 10, 15), trial_date=date(2026, 6, 1))
    assert award.article == "aucl/22"
    assert award.base == D(1000) and award.base_kind == "gain"
    assert "not settled" in texts(award) and "尚无定论" in texts(award)


def test_under_the_2019_text_the_gain_is_used_only_when_the_loss_cannot_be_calculated():
    award = trade_secret_damages(loss=None, gain=700, conduct_date=date(2020, 1, 1), trial_date=date(2026, 6, 1))
    assert award.base == D(700) and award.base_kind == "gain"


def test_with_neither_loss_nor_gain_the_court_awards_up_to_5000000():
    for day in (date(2025, 10, 14), date(2025, 10, 15)):
        award = trade_secret_damages(conduct_date=day, trial_date=date(2026, 6, 1))
        assert award.court_decides
        assert award.damages is None and award.total is None
        assert award.upper_bound == D(5000000)


@pytest.mark.parametrize("trial", [date(2026, 4, 30), date(2026, 5, 1)])
def test_statutory_damages_are_never_multiplied(trial):
    award = trade_secret_damages(
        conduct_date=date(2025, 11, 1), wilful=True, serious=True, multiplier=3, trial_date=trial
    )
    assert award.multiplier == 1
    assert award.damages is None


def test_from_2026_05_01_the_statutory_figure_cannot_be_a_base_citing_article_8():
    award = trade_secret_damages(
        conduct_date=date(2025, 11, 1), wilful=True, serious=True, multiplier=3, trial_date=date(2026, 5, 1)
    )
    assert any(s.cites == "spc_2026_punitive/8" for s in award.steps)


def test_the_punitive_total_is_capped_at_5_times_the_base_with_costs_outside():
    award = trade_secret_damages(
        loss=100,
        conduct_date=date(2025, 11, 1),
        wilful=True,
        serious=True,
        multiplier=5,
        costs=50,
        trial_date=date(2026, 5, 1),
    )
    assert award.total_cap == D(500)
    assert award.damages == D(500)
    assert award.total == D(550)
    assert any(s.cites == "spc_2026_punitive/12" and "outside" in s.text_en for s in award.steps)


def test_a_trial_on_2026_04_30_applies_the_statute_only_and_names_the_2021_interpretation():
    award = trade_secret_damages(
        loss=100, conduct_date=date(2025, 11, 1), wilful=True, serious=True, multiplier=4, trial_date=date(2026, 4, 30)
    )
    assert award.punitive_interpretation is None
    assert award.total_cap is None
    assert award.damages == D(400)
    assert "法释〔2021〕4号" in texts(award) and "not in the corpus" in texts(award)


def test_a_trial_on_2026_05_01_applies_the_2026_interpretation():
    award = trade_secret_damages(
        loss=100, conduct_date=date(2025, 11, 1), wilful=True, serious=True, multiplier=4, trial_date=date(2026, 5, 1)
    )
    assert award.punitive_interpretation == "spc_2026_punitive"
    assert award.damages == D(400) and award.total_cap == D(500)


@pytest.mark.parametrize("wilful,serious", [(False, True), (True, False), (False, False)])
def test_the_multiplier_needs_both_intent_and_serious_circumstances(wilful, serious):
    award = trade_secret_damages(
        loss=100,
        conduct_date=date(2025, 11, 1),
        wilful=wilful,
        serious=serious,
        multiplier=3,
        trial_date=date(2026, 6, 1),
    )
    assert award.multiplier == 1 and award.damages == D(100)


def test_a_fractional_multiplier_is_allowed():
    award = trade_secret_damages(
        loss=100,
        conduct_date=date(2025, 11, 1),
        wilful=True,
        serious=True,
        multiplier=Fraction(5, 2),
        trial_date=date(2026, 6, 1),
    )
    assert award.multiplier == Fraction(5, 2) and award.damages == D(250)
    award = trade_secret_damages(
        loss=100,
        conduct_date=date(2025, 11, 1),
        wilful=True,
        serious=True,
        multiplier="2.5",
        trial_date=date(2026, 6, 1),
    )
    assert award.damages == D(250)


def test_a_multiple_that_does_not_come_out_in_fen_is_rounded_and_says_so():
    award = trade_secret_damages(
        loss=100,
        conduct_date=date(2025, 11, 1),
        wilful=True,
        serious=True,
        multiplier=Fraction(4, 3),
        trial_date=date(2026, 6, 1),
    )
    assert award.damages == D("133.33")
    assert "rounded" in texts(award)


def test_costs_are_added_and_not_multiplied():
    award = trade_secret_damages(
        loss=100,
        conduct_date=date(2020, 1, 1),
        wilful=True,
        serious=True,
        multiplier=2,
        costs=10,
        trial_date=date(2026, 6, 1),
    )
    assert award.damages == D(200) and award.total == D(210)


def test_the_malice_versus_intent_difference_is_flagged_as_contested():
    for day, word in ((date(2025, 10, 14), "恶意"), (date(2025, 10, 15), "故意")):
        award = trade_secret_damages(
            loss=1, conduct_date=day, wilful=True, serious=True, multiplier=2, trial_date=date(2026, 6, 1)
        )
        assert word in texts(award) and "not settled" in texts(award)


def test_conduct_on_2019_04_22_is_before_the_course_and_is_refused():
    with pytest.raises(pilaw.LawError):
        trade_secret_damages(loss=1, conduct_date=date(2019, 4, 22))


def test_conduct_on_2019_04_23_uses_article_17():
    assert trade_secret_damages(loss=1, conduct_date=date(2019, 4, 23)).article == "aucl/17"


def test_a_trial_before_the_conduct_is_refused():
    with pytest.raises(pilaw.InputError):
        trade_secret_damages(loss=1, conduct_date=date(2025, 1, 1), trial_date=date(2024, 1, 1))


@pytest.mark.parametrize(
    "multiplier",
    [6, 0, "6", "0", Fraction(11, 2), "5.01", "0.5", -1, "-1", "NaN", "abc", True, None, float("nan"), "5/0"],
)
def test_a_multiplier_outside_one_to_five_or_not_a_number_is_refused(multiplier):
    with pytest.raises(pilaw.InputError):
        trade_secret_damages(loss=100, conduct_date=date(2025, 11, 1), wilful=True, serious=True, multiplier=multiplier)


@settings(max_examples=200, deadline=None)
@given(
    loss=maybe_amounts,
    gain=maybe_amounts,
    costs=amounts,
    wilful=st.booleans(),
    serious=st.booleans(),
    multiplier=st.fractions(min_value=1, max_value=5, max_denominator=4),
    conduct=st.dates(min_value=date(2019, 4, 23), max_value=date(2026, 3, 1)),
    trial=st.sampled_from([date(2026, 4, 30), date(2026, 5, 1)]),
)
def test_trade_secret_damages_stay_within_five_times_the_base_plus_costs(
    loss, gain, costs, wilful, serious, multiplier, conduct, trial
):
    award = trade_secret_damages(
        loss=loss,
        gain=gain,
        conduct_date=conduct,
        wilful=wilful,
        serious=serious,
        multiplier=multiplier,
        costs=costs,
        trial_date=trial,
    )
    if award.base is None:
        assert award.damages is None and award.total is None and award.upper_bound == D(5000000)
        assert award.multiplier == 1
    else:
        assert award.base <= award.damages <= 5 * award.base + D("0.01")
        assert award.total == award.damages + award.costs
        if not (wilful and serious):
            assert award.damages == award.base


# --------------------------------------------------------------------------- bad inputs

BAD_AMOUNTS = [True, False, "abc", "-1", "NaN", "1.005", -1, float("nan")]


@pytest.mark.parametrize("field", ["gain", "loss", "mental_claim"])
@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_claimed_rule_refuses_bad_amounts(field, bad):
    kwargs = {"gain": 1, "loss": 1, "severe_mental_harm": True, "mental_claim": None, field: bad}
    with pytest.raises(pilaw.InputError):
        claimed_rule(**kwargs)


@pytest.mark.parametrize("bad", [None, "abc", 1, "yes"])
def test_claimed_rule_refuses_a_flag_that_is_not_true_or_false(bad):
    with pytest.raises(pilaw.InputError):
        claimed_rule(gain=1, loss=1, severe_mental_harm=bad)


@pytest.mark.parametrize("field", ["loss", "gain", "costs"])
@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_statutory_damages_refuse_bad_amounts(field, bad):
    kwargs = {"loss": 1, "gain": 1, "costs": 0, "on": PIPL_ERA, field: bad}
    with pytest.raises(pilaw.InputError):
        statutory_damages(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"costs": None},
        {"severe_mental_harm": None},
        {"online": "abc"},
        {"online": 0},
        {"on": "abc"},
        {"on": 20240101},
        {"on": "2024-02-30"},
        {"on": True},
    ],
)
def test_statutory_damages_refuse_bad_flags_dates_and_missing_costs(kwargs):
    with pytest.raises(pilaw.InputError):
        statutory_damages(**{"loss": 1, "gain": 1, **kwargs})


@pytest.mark.parametrize("field", ["loss", "gain", "costs"])
@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_trade_secret_damages_refuse_bad_amounts(field, bad):
    kwargs = {"loss": 1, "gain": 1, "costs": 0, "conduct_date": date(2025, 11, 1), field: bad}
    with pytest.raises(pilaw.InputError):
        trade_secret_damages(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"conduct_date": None},
        {"conduct_date": "abc"},
        {"conduct_date": True},
        {"trial_date": "abc"},
        {"wilful": None},
        {"serious": "yes"},
        {"costs": None},
    ],
)
def test_trade_secret_damages_refuse_bad_dates_flags_and_missing_costs(kwargs):
    with pytest.raises(pilaw.InputError):
        trade_secret_damages(**{"loss": 1, "conduct_date": date(2025, 11, 1), **kwargs})


# --------------------------------------------------------------------------- citations resolve in the corpus


def _scenarios():
    yield claimed_rule(gain=None, loss=None, severe_mental_harm=True), ()
    yield claimed_rule(gain=1, loss=2, mental_claim=9), ()
    for day in (date(2021, 1, 1), date(2021, 10, 31), date(2021, 11, 1), date(2026, 6, 1)):
        for loss, gain in ((None, None), (5, None), (None, 5), (5, 6)):
            for online in (False, True):
                yield (
                    statutory_damages(loss=loss, gain=gain, online=online, costs=3, severe_mental_harm=online, on=day),
                    (day,),
                )
    for conduct in (date(2019, 4, 23), date(2025, 10, 14), date(2025, 10, 15)):
        for trial in (date(2026, 4, 30), date(2026, 5, 1)):
            for loss, gain in ((None, None), (5, None), (None, 5), (5, 6)):
                yield (
                    trade_secret_damages(
                        loss=loss,
                        gain=gain,
                        conduct_date=conduct,
                        wilful=True,
                        serious=True,
                        multiplier=3,
                        costs=2,
                        trial_date=trial,
                    ),
                    (conduct, trial),
                )


def test_every_step_cites_the_page_claim_or_a_provision_in_force_on_the_relevant_date():
    for result, days in _scenarios():
        for step in result.steps:
            if step.cites == PAGE_CLAIM:
                assert not days, "only the claimed rule may cite the page"
                continue
            found = []
            for day in days:
                with contextlib.suppress(pilaw.LawError):
                    found.append(law.provision(step.cites, on=day))
            assert found, f"{step.cites} does not resolve on {days}: {step.text_en}"


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text).replace(";", "；").replace(":", "：").replace(",", "，")


def test_every_quoted_fragment_appears_verbatim_in_the_cited_provision():
    for result, days in _scenarios():
        for step in result.steps:
            if step.cites == PAGE_CLAIM:
                continue
            quotes = re.findall(r"「([^」]*)」", step.text_zh)
            if not quotes:
                continue
            texts_in_force = []
            for day in days:
                with contextlib.suppress(pilaw.LawError):
                    texts_in_force.append(_bare(law.provision(step.cites, on=day).text_zh))
            for quote in quotes:
                assert any(_bare(quote) in t for t in texts_in_force), f"{quote!r} not in {step.cites}"


def test_the_compensation_figures_cite_provisions_in_force_when_they_start():
    keys = [
        "online_rights12.court_damages_cap",
        "aucl.trade_secret_statutory_cap",
        "aucl.punitive_multiple_min",
        "aucl.punitive_multiple_max",
        "punitive2026.total_cap_multiple",
    ]
    for key in keys:
        for fig in law.figure_versions(key):
            assert law.provision(fig.ref, on=fig.effective_from).ref == fig.ref
            assert fig.verified or fig.note
