"""Every step of a damages result says what kind it is: the law applied, a reading of unsettled law, what the
calculator does not assess, a step resting on unverified text, or the page's claim."""

from __future__ import annotations

from datetime import date

from pilaw import law
from pilaw.law.steps import PAGE_CLAIM, Kind, of_kind
from pilaw.rules.compensation import claimed_rule, statutory_damages, trade_secret_damages

PIPL_ERA = date(2024, 6, 1)


def cites(steps) -> list[str]:
    return [s.cites for s in steps]


def test_every_step_of_the_page_s_rule_is_a_page_claim():
    award = claimed_rule(gain=None, loss=300, severe_mental_harm=True)
    assert {s.kind for s in award.steps} == {Kind.PAGE}
    assert all(s.cites == PAGE_CLAIM for s in award.steps)


def test_an_online_award_left_to_the_court_lists_what_is_not_assessed_and_what_rests_on_unverified_text():
    award = statutory_damages(loss=None, gain=None, online=True, costs=10, severe_mental_harm=True, on=PIPL_ERA)
    not_assessed = of_kind(award.steps, Kind.NOT_ASSESSED)
    assert cites(not_assessed) == ["pipl/69", "spc_2020_online_rights/12", "civil_code/1183", "pipl/69"]
    assert "根据实际情况确定赔偿数额" in not_assessed[0].text_zh and "No statutory minimum" in not_assessed[0].text_en
    assert "art. 5" in not_assessed[2].text_en
    assert "No total can be given" in not_assessed[3].text_en
    unverified = of_kind(award.steps, Kind.UNVERIFIED)
    assert cites(unverified) == ["spc_2020_online_rights/12", "spc_2020_online_rights/12"]
    assert "500,000 yuan" in unverified[1].text_en and "ceiling, not a floor" in unverified[1].text_en


def test_the_right_to_mental_damages_and_the_amount_left_to_the_court_are_two_steps():
    award = statutory_damages(loss=100, gain=None, severe_mental_harm=True, on=PIPL_ERA)
    mental = [s for s in award.steps if s.cites == "civil_code/1183"]
    assert [s.kind for s in mental] == [Kind.APPLIES, Kind.NOT_ASSESSED, Kind.NOT_ASSESSED][: len(mental)]
    assert "right to mental-distress damages" in mental[0].text_en and "court" not in mental[0].text_en
    assert "the court decides" in mental[1].text_en


def test_the_or_of_pipl_69_and_the_offline_analogy_are_readings():
    award = statutory_damages(loss=100, gain=200, costs=10, online=False, on=PIPL_ERA)
    readings = of_kind(award.steps, Kind.READING)
    assert cites(readings) == ["spc_2020_online_rights/12", "pipl/69"]
    assert "analogy" in readings[0].text_en and "或者" in readings[1].text_en
    assert of_kind(award.steps, Kind.NOT_ASSESSED) == ()


def test_before_pipl_the_general_fault_rule_is_a_reading():
    award = statutory_damages(loss=100, gain=None, on=date(2021, 10, 31))
    assert cites(of_kind(award.steps, Kind.READING)) == ["civil_code/1165"]


def test_a_punitive_award_tried_from_2026_05_01_rests_on_the_unverified_2026_interpretation():
    award = trade_secret_damages(
        loss=100,
        gain=200,
        conduct_date=date(2025, 11, 1),
        wilful=True,
        serious=True,
        multiplier=3,
        costs=5,
        trial_date=date(2026, 5, 1),
    )
    assert cites(of_kind(award.steps, Kind.UNVERIFIED)) == [
        "spc_2026_punitive/12",
        "spc_2026_punitive/5",
        "spc_2026_punitive/12",
    ]
    assert cites(of_kind(award.steps, Kind.READING)) == ["aucl/22", "aucl/22"]  # the "or", malice against intent
    (transitional,) = of_kind(award.steps, Kind.NOT_ASSESSED)
    assert "transitional rules were not checked" in transitional.text_en
    cap = next(s for s in award.steps if s.cites == "spc_2026_punitive/12")
    assert "transitional" not in cap.text_en  # the conclusion and what is not assessed are two steps


def test_a_punitive_award_tried_on_2026_04_30_does_not_assess_the_2021_interpretation_and_applies_the_statute():
    award = trade_secret_damages(
        loss=100, conduct_date=date(2020, 1, 1), wilful=True, serious=True, multiplier=3, trial_date=date(2026, 4, 30)
    )
    (not_assessed,) = of_kind(award.steps, Kind.NOT_ASSESSED)
    assert "法释〔2021〕4号" in not_assessed.text_zh and "not in the corpus" in not_assessed.text_en
    statute = award.steps[award.steps.index(not_assessed) + 1]
    assert statute.kind is Kind.APPLIES and "statute's own range" in statute.text_en
    assert of_kind(award.steps, Kind.UNVERIFIED) == ()


def test_statutory_trade_secret_damages_are_not_assessed_and_shown_with_their_ceiling():
    award = trade_secret_damages(conduct_date=date(2025, 11, 1), costs=5, trial_date=date(2026, 6, 1))
    not_assessed = of_kind(award.steps, Kind.NOT_ASSESSED)
    assert len(not_assessed) == 2
    assert "up to 5,000,000 yuan" in not_assessed[0].text_en
    assert "not settled" in not_assessed[1].text_en


def test_from_2026_05_01_the_rule_that_statutory_damages_are_no_base_rests_on_unverified_text():
    award = trade_secret_damages(
        conduct_date=date(2025, 11, 1), wilful=True, serious=True, multiplier=3, trial_date=date(2026, 5, 1)
    )
    assert cites(of_kind(award.steps, Kind.UNVERIFIED)) == ["spc_2026_punitive/8"]


def _results():
    for day in (date(2021, 1, 1), date(2021, 11, 1), date(2026, 6, 1)):
        for loss, gain in ((None, None), (5, None), (None, 5), (5, 6)):
            for online in (False, True):
                yield (
                    statutory_damages(loss=loss, gain=gain, online=online, costs=3, severe_mental_harm=online, on=day),
                    (day,),
                )
    for conduct in (date(2019, 4, 23), date(2025, 10, 15)):
        for trial in (date(2026, 4, 30), date(2026, 5, 1)):
            for loss, gain in ((None, None), (5, None), (5, 6)):
                award = trade_secret_damages(
                    loss=loss,
                    gain=gain,
                    conduct_date=conduct,
                    wilful=True,
                    serious=True,
                    multiplier=3,
                    costs=2,
                    trial_date=trial,
                )
                yield award, (conduct, trial)


def test_no_step_that_cites_an_unverified_provision_claims_simply_to_apply_the_law():
    for result, days in _results():
        for step in result.steps:
            cited = [p for p in law.versions(step.cites) if any(p.in_force(day) for day in days)]
            assert cited, step.cites
            if not all(p.verified for p in cited):
                assert step.kind is not Kind.APPLIES, step.text_en


def test_no_step_of_the_law_is_marked_as_the_page_s_claim():
    for result, _days in _results():
        assert of_kind(result.steps, Kind.PAGE) == ()
