"""Administrative Penalty Law (2021 revision, from 2021-07-15): art. 29 (one act, one fine) and art. 37
(从旧兼从轻) for the Cybersecurity Law's change on 2026-01-01; and the paragraph (款) and item (项) every fine cites."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.steps import Kind, of_kind
from pilaw.rules.administrative import (
    Concurrence,
    aucl_trade_secret_fine,
    consumer_fine,
    cybersecurity_fine,
    one_act_one_fine,
    pipl_fine,
)

D = Decimal
DAY = date(2024, 8, 1)
EVE_OF_APL_2021, APL_2021 = date(2021, 7, 14), date(2021, 7, 15)
LAST_DAY_OF_CSL_64, AMENDED_CSL = date(2025, 12, 31), date(2026, 1, 1)


def test_the_2021_revision_of_the_administrative_penalty_law_starts_on_2021_07_15_in_the_corpus():
    for ref in ("admin_penalty_law/29", "admin_penalty_law/37"):
        assert law.versions(ref)[0].effective_from == APL_2021
    assert "按照罚款数额高的规定处罚" in law.provision("admin_penalty_law/29", APL_2021).text_zh
    assert "新的规定处罚较轻或者不认为是违法的，适用新的规定" in law.provision("admin_penalty_law/37", APL_2021).text_zh


# --------------------------------------------------------------------------- art. 29: one act, one fine


def test_the_same_act_under_pipl_66_csl_64_and_crpl_56_is_fined_once_under_the_higher_fine_not_three_times():
    pipl = pipl_fine(refused_to_correct=True, on=DAY)
    csl = cybersecurity_fine(illegal_gain="30,000", on=DAY)
    crpl = consumer_fine(illegal_gain="30,000", on=DAY)
    result = one_act_one_fine(pipl, csl, crpl, on=DAY)
    assert isinstance(result, Concurrence) and result.settled
    assert result.applied is pipl and result.displaced == (csl, crpl) and result.without_fine == ()
    assert result.applied.max_fine == D(1_000_000)  # not 1,000,000 + 300,000 + 300,000
    assert {s.cites for s in result.steps} == {"admin_penalty_law/29"}
    assert "cannot be added" in result.steps[1].text_en and "不得再依" in result.steps[1].text_zh
    assert "Consumer Rights Protection Law art. 56 para. 1 item 9" in result.steps[0].text_en


def test_a_pipl_66_case_without_refusal_to_correct_carries_no_fine_so_the_csl_64_fine_applies():
    pipl, csl = pipl_fine(on=DAY), cybersecurity_fine(on=DAY)
    result = one_act_one_fine(pipl, csl)
    assert result.applied is csl and result.without_fine == (pipl,) and result.displaced == ()
    assert result.on == DAY  # taken from the ranges


def test_equal_ranges_give_the_same_fine_whichever_applies_and_it_is_imposed_once():
    csl, crpl = cybersecurity_fine(illegal_gain="30,000", on=DAY), consumer_fine(illegal_gain="30,000", on=DAY)
    result = one_act_one_fine(csl, crpl, on=DAY)
    assert result.applied is csl and result.displaced == (crpl,)
    assert any("sets the same range" in s.text_en for s in result.steps)


def test_a_serious_pipl_case_has_the_higher_fine_on_every_reading_even_without_turnover():
    pipl = pipl_fine(serious=True, on=DAY)
    assert one_act_one_fine(pipl, cybersecurity_fine(on=DAY)).applied is pipl


def test_where_the_higher_fine_depends_on_the_reading_of_a_cap_no_provision_is_named():
    pipl = pipl_fine(serious=True, on=DAY)  # 50,000,000, or 5 % of an unknown turnover
    csl = cybersecurity_fine(illegal_gain="10,000,000", on=DAY)  # up to 100,000,000
    result = one_act_one_fine(pipl, csl)
    assert result.applied is None and not result.settled and result.displaced == ()
    assert "only one fine may be imposed" in of_kind(result.steps, Kind.READING)[0].text_en


def test_art_29_bars_only_a_second_fine_and_leaves_the_same_act_to_the_facts():
    result = one_act_one_fine(pipl_fine(refused_to_correct=True, on=DAY), aucl_trade_secret_fine(on=DAY))
    assert any("bars only a second fine" in s.text_en for s in result.steps)
    (not_assessed,) = of_kind(result.steps, Kind.NOT_ASSESSED)
    assert "same illegal act" in not_assessed.text_en


def test_on_2021_07_14_the_2021_revision_is_not_in_force_so_nothing_is_decided_and_a_step_says_so():
    csl, crpl = cybersecurity_fine(on=EVE_OF_APL_2021), consumer_fine(on=EVE_OF_APL_2021)
    result = one_act_one_fine(csl, crpl)
    assert result.applied is None and result.displaced == ()
    (step,) = result.steps
    assert step.kind is Kind.NOT_ASSESSED and "2021-07-15" in step.text_en


def test_on_2021_07_15_the_same_two_fines_are_compared_under_art_29():
    csl, crpl = cybersecurity_fine(on=APL_2021), consumer_fine(on=APL_2021)
    result = one_act_one_fine(csl, crpl)
    assert result.applied is csl and result.applied.max_fine == D(1_000_000) and result.displaced == (crpl,)


def test_when_only_one_listed_provision_fines_nothing_is_said_about_other_fines_that_cannot_be_added():
    pipl_ordinary = pipl_fine(on=DAY)  # no refusal to correct: no fine
    result = one_act_one_fine(cybersecurity_fine(on=DAY), pipl_ordinary)
    assert result.applied is not None and result.applied.article == "cybersecurity_law/64"
    texts_zh = " ".join(s.text_zh for s in result.steps)
    assert "没有其他罚款" not in texts_zh and "另行处以罚款" not in texts_zh


def test_when_two_provisions_fine_the_lower_one_cannot_be_imposed_on_top_and_the_fines_are_not_summed():
    result = one_act_one_fine(cybersecurity_fine(on=APL_2021), consumer_fine(on=APL_2021))
    texts_zh = " ".join(s.text_zh for s in result.steps)
    assert "不得再依消费者权益保护法第五十六条第一款第九项另行处以罚款，罚款数额亦不累加" in texts_zh


def test_when_no_listed_provision_fines_there_is_no_higher_fine_to_find_and_no_reading_to_blame():
    result = one_act_one_fine(pipl_fine(on=DAY))
    assert result.applied is None
    last = [s for s in result.steps if s.cites == "admin_penalty_law/29"][1]
    assert "均不处以罚款" in last.text_zh and last.kind is Kind.APPLIES and "reading" not in last.text_en


def test_the_concurrence_needs_at_least_one_fine_range():
    with pytest.raises(InputError):
        one_act_one_fine(on=DAY)
    with pytest.raises(InputError):
        one_act_one_fine("1,000,000", on=DAY)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- art. 37: the CSL on 2026-01-01


def test_conduct_on_2025_12_31_decided_the_same_day_keeps_csl_64_under_art_37():
    fine = cybersecurity_fine(illegal_gain="30,000", on=LAST_DAY_OF_CSL_64, decided_on=LAST_DAY_OF_CSL_64)
    assert fine.article == "cybersecurity_law/64" and (fine.min_fine, fine.max_fine) == (D(30_000), D(300_000))
    assert fine.steps[-1].cites == "admin_penalty_law/37"


def test_conduct_on_2025_12_31_decided_on_2026_01_01_gets_the_lighter_amended_csl_which_sets_no_fine():
    fine = cybersecurity_fine(illegal_gain="30,000", on=LAST_DAY_OF_CSL_64, decided_on=AMENDED_CSL)
    assert fine.article == "cybersecurity_law/71" and fine.max_fine is None and fine.on == LAST_DAY_OF_CSL_64
    art37, reading = fine.steps[:2]
    assert art37.cites == "admin_penalty_law/37" and art37.kind is Kind.APPLIES
    assert "30,000 to 300,000 yuan" in art37.text_en and "no fine of its own" in art37.text_en
    assert reading.kind is Kind.READING and "PIPL art. 66" in reading.text_en
    assert fine.steps[2].text_en.startswith("Decision on 2026-01-01")


def test_conduct_from_2026_01_01_has_no_transition_to_decide():
    fine = cybersecurity_fine(on=AMENDED_CSL, decided_on=date(2026, 6, 1))
    assert fine.article == "cybersecurity_law/71" and fine.steps[-1].cites == "admin_penalty_law/37"


def test_without_a_decision_date_the_csl_64_fine_is_computed_at_the_conduct_and_art_37_is_named():
    fine = cybersecurity_fine(illegal_gain="30,000", on=LAST_DAY_OF_CSL_64)
    assert (fine.min_fine, fine.max_fine) == (D(30_000), D(300_000))
    assert "art. 37" in fine.steps[-1].text_en and "decided_on" in fine.steps[-1].text_en


def test_a_decision_before_the_conduct_is_refused():
    with pytest.raises(InputError):
        cybersecurity_fine(on=LAST_DAY_OF_CSL_64, decided_on=date(2025, 12, 30))


# --------------------------------------------------------------------------- pinpoints


@pytest.mark.parametrize(
    ("make", "paragraph", "item"),
    [
        (lambda: pipl_fine(on=DAY), 1, None),
        (lambda: pipl_fine(serious=True, turnover=10**9, illegal_gain=5, on=DAY), 2, None),
        (lambda: consumer_fine(illegal_gain=5, on=DAY), 1, 9),
        (lambda: cybersecurity_fine(illegal_gain=5, on=DAY), 1, None),
        (lambda: cybersecurity_fine(illegal_gain=5, on=AMENDED_CSL), 1, 2),
    ],
)
def test_every_fine_cites_the_paragraph_and_item_that_set_it(make, paragraph, item):
    fine = make()
    assert (fine.paragraph, fine.item) == (paragraph, item)
    for step in fine.steps:
        prov = law.provision(step.cites, fine.on)
        if len(prov.paragraph_lines()) > 1 or step.cites == fine.article:
            assert step.paragraph is not None, step.text_en
            assert prov.lines_of(step.paragraph, step.item)
    assert any((s.cites, s.paragraph, s.item) == (fine.article, paragraph, item) for s in fine.steps)


def test_the_police_paragraph_of_csl_64_is_cited_as_para_2():
    fine = cybersecurity_fine(on=LAST_DAY_OF_CSL_64)
    (police,) = of_kind(fine.steps, Kind.NOT_ASSESSED)
    assert police.paragraph == 2
