"""Every step of a fine says what kind it is: the law applied, a reading of unsettled law, what the calculator
does not assess, or a step resting on unverified text."""

from __future__ import annotations

from datetime import date

from pilaw import law
from pilaw.law.steps import Kind, of_kind
from pilaw.rules.administrative import aucl_trade_secret_fine, consumer_fine, cybersecurity_fine, pipl_fine

DAY = date(2024, 8, 1)


def cites(steps) -> list[str]:
    return [s.cites for s in steps]


def test_the_or_between_the_two_serious_caps_of_pipl_66_is_read_both_ways():
    fine = pipl_fine(serious=True, turnover=2_000_000_000, on=DAY)
    readings = of_kind(fine.steps, Kind.READING)
    assert len(readings) == 2
    assert "或者" in readings[0].text_zh and "whichever is higher" in readings[0].text_en
    assert "depends on the reading" in readings[1].text_en
    assert of_kind(fine.steps, Kind.NOT_ASSESSED) == () and of_kind(fine.steps, Kind.UNVERIFIED) == ()


def test_with_equal_caps_only_the_or_itself_is_a_reading():
    fine = pipl_fine(serious=True, turnover=1_000_000_000, on=DAY)
    assert len(of_kind(fine.steps, Kind.READING)) == 1


def test_the_persons_fine_of_an_ordinary_case_and_its_unclear_link_to_refusal_are_two_steps():
    fine = pipl_fine(on=DAY)
    (reading,) = of_kind(fine.steps, Kind.READING)
    assert "semicolon" in reading.text_en and "10,000" not in reading.text_en
    persons = fine.steps[fine.steps.index(reading) - 1]
    assert persons.kind is Kind.APPLIES and "10,000 to 100,000 yuan" in persons.text_en


def test_the_consumer_fine_reads_its_deferral_to_other_laws_and_rests_the_regulations_on_one_mirror_from_2024_07_01():
    before = consumer_fine(illegal_gain=1000, on=date(2024, 6, 30))
    assert cites(of_kind(before.steps, Kind.READING)) == ["consumer_law/56"]
    assert of_kind(before.steps, Kind.UNVERIFIED) == ()
    after = consumer_fine(illegal_gain=1000, on=date(2024, 7, 1))
    (regulations,) = of_kind(after.steps, Kind.UNVERIFIED)
    assert regulations.cites == "consumer_regs/50" and "one mirror" in regulations.text_en
    proviso = next(s for s in after.steps if "Deferral to other laws" in s.text_en)
    assert proviso.kind is Kind.APPLIES and "inference" not in proviso.text_en


def test_on_2025_12_31_the_police_paragraph_of_csl_64_is_not_assessed():
    fine = cybersecurity_fine(on=date(2025, 12, 31))
    (not_assessed,) = of_kind(fine.steps, Kind.NOT_ASSESSED)
    assert "para. 2" in not_assessed.text_en and "not computed" in not_assessed.text_en
    (removed,) = of_kind(fine.steps, Kind.UNVERIFIED)
    assert "removed by the 2025 amendment" in removed.text_en


def test_from_2026_01_01_the_cybersecurity_law_steps_rest_on_one_mirror_read_pipl_in_and_leave_nothing_unassessed():
    fine = cybersecurity_fine(illegal_gain=5, on=date(2026, 1, 1))
    assert cites(of_kind(fine.steps, Kind.UNVERIFIED)) == ["cybersecurity_law/71"] * 3
    (reading,) = of_kind(fine.steps, Kind.READING)
    assert reading.cites == "cybersecurity_law/42" and "inference" in reading.text_en
    # the transition was called "not researched"; Administrative Penalty Law art. 37 answers it (decided_on)
    assert of_kind(fine.steps, Kind.NOT_ASSESSED) == ()
    assert of_kind(fine.steps, Kind.APPLIES) == ()


def test_the_aucl_fine_applies_verified_figures_only():
    for day in (date(2025, 10, 14), date(2025, 10, 15)):
        fine = aucl_trade_secret_fine(serious=True, on=day)
        assert {s.kind for s in fine.steps} == {Kind.APPLIES}


def _results():
    for day in (date(2021, 11, 1), date(2026, 6, 1)):
        for serious in (False, True):
            for turnover in (None, 1_000_000_000, 7):
                yield (
                    pipl_fine(serious=serious, refused_to_correct=True, turnover=turnover, illegal_gain=5, on=day),
                    day,
                )
    for day in (date(2014, 3, 15), date(2024, 7, 1)):
        yield consumer_fine(illegal_gain=1, on=day), day
    for day in (date(2017, 6, 1), date(2026, 1, 1)):
        yield cybersecurity_fine(illegal_gain=1, on=day), day


def test_no_step_that_cites_an_unverified_provision_claims_simply_to_apply_the_law():
    for result, day in _results():
        for step in result.steps:
            if not law.provision(step.cites, on=day).verified:
                assert step.kind is not Kind.APPLIES, step.text_en


def test_the_notes_under_an_article_come_from_the_rule():
    assert (
        consumer_fine(on=date(2024, 6, 30)).notes[-1][1].startswith("deferral to other laws: PIPL art. 66 may displace")
    )
    assert len(consumer_fine(on=date(2024, 7, 1)).notes) == 2
    assert "an inference" in cybersecurity_fine(on=date(2026, 1, 1)).notes[0][1]
    assert cybersecurity_fine(on=date(2025, 12, 31)).notes == () and pipl_fine(on=DAY).notes == ()


def test_the_larger_serious_cap_is_named_by_the_rule_on_both_sides_of_1000000000():
    assert pipl_fine(serious=True, turnover="999,999,999.99", on=DAY).larger_cap == "fixed"
    assert pipl_fine(serious=True, turnover=1_000_000_000, on=DAY).larger_cap is None
    assert pipl_fine(serious=True, turnover="1,000,000,000.01", on=DAY).larger_cap == "turnover"
    assert pipl_fine(serious=True, on=DAY).larger_cap is None
