"""Individuals' requests: must the processor act, on which article, and on what may it refuse — on both sides of
2021-01-01 (Civil Code art. 1037), 2021-11-01 (PIPL arts. 44–50) and 2025-01-01 (Network Data Regulations)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.steps import Kind, of_kind
from pilaw.rules.pipl import RIGHTS, rights_request
from pilaw.rules.pipl.rights import EXCEPTIONS_FOR, GROUNDS_FOR, REGIMES

CIVIL_DAY = date(2021, 1, 1)
LAST_CIVIL_DAY = date(2021, 10, 31)
PIPL_DAY = date(2021, 11, 1)
LAST_PIPL_ONLY_DAY = date(2024, 12, 31)
REGS_DAY = date(2025, 1, 1)
DAYS = (CIVIL_DAY, LAST_CIVIL_DAY, PIPL_DAY, LAST_PIPL_ONLY_DAY, REGS_DAY, date(2026, 1, 1))
PORTABILITY = {"identity_verified", "consented_or_contract", "feasible", "no_harm_to_others"}


def cites_resolve(answer) -> None:
    for step in answer.steps:
        law.provision(step.cites, answer.on)
    for item in (*answer.may_refuse, *([answer.action] if answer.action else [])):
        law.provision(item.cites, answer.on)


def test_the_regime_table_names_the_civil_code_the_pipl_and_the_regulations_newest_first():
    assert [ref for ref, _rule in REGIMES] == ["network_data_regs/23", "pipl/45", "civil_code/1037"]


def test_a_date_before_the_civil_code_is_refused_in_both_languages():
    with pytest.raises(LawError) as caught:
        rights_request(on=date(2020, 12, 31), right="access_copy")
    assert "2021年1月1日" in caught.value.zh and "2021-01-01" in caught.value.en


def test_access_and_copy_must_be_given_on_both_sides_of_2021_11_01():
    before = rights_request(on=LAST_CIVIL_DAY, right="access_copy")
    after = rights_request(on=PIPL_DAY, right="access_copy")
    assert before.must_act and before.regime == "civil_code/1037" and before.court is None
    assert after.must_act and after.action.cites == "pipl/45" and after.court is True
    assert {item.cites for item in after.may_refuse} == {"pipl/18", "pipl/35"}


@pytest.mark.parametrize("exception", ["confidential", "state_duty"])
def test_access_may_be_refused_in_the_cases_of_arts_18_and_35_with_reasons_and_a_right_to_sue(exception):
    answer = rights_request(on=PIPL_DAY, right="access_copy", exceptions={exception})
    assert answer.must_act is False and answer.action is None
    assert any(step.cites == "pipl/50" and "说明理由" in step.text_zh for step in answer.steps)


def test_withdrawn_consent_is_a_ground_of_deletion_only_from_2021_11_01():
    before = rights_request(on=LAST_CIVIL_DAY, right="deletion", grounds={"consent_withdrawn"})
    after = rights_request(on=PIPL_DAY, right="deletion", grounds={"consent_withdrawn"})
    assert before.must_act is False
    assert after.must_act is True and after.action.text_zh == "删除个人信息"


def test_unlawful_processing_is_a_ground_of_deletion_on_both_sides_of_2021_11_01():
    assert rights_request(on=CIVIL_DAY, right="deletion", grounds={"unlawful"}).must_act is True
    assert rights_request(on=PIPL_DAY, right="deletion", grounds={"unlawful"}).must_act is True


def test_without_an_art_47_ground_there_is_no_duty_to_delete():
    answer = rights_request(on=PIPL_DAY, right="deletion")
    assert answer.must_act is False and answer.action is None


def test_a_running_retention_period_turns_deletion_into_a_stop_of_processing():
    answer = rights_request(on=PIPL_DAY, right="deletion", grounds={"purpose_done"}, exceptions={"retention_period"})
    assert answer.must_act is True and "停止除存储" in answer.action.text_zh


def test_closing_an_account_is_a_ground_of_deletion_under_the_regulations_from_2025_01_01():
    before = rights_request(on=LAST_PIPL_ONLY_DAY, right="deletion", grounds={"account_closed"}, network_data=True)
    after = rights_request(on=REGS_DAY, right="deletion", grounds={"account_closed"}, network_data=True)
    assert before.must_act is None and of_kind(before.steps, Kind.NOT_ASSESSED)
    assert after.must_act is True and "network_data_regs/24" in {step.cites for step in after.steps}


def test_portability_is_open_until_the_regulations_set_its_conditions_on_2025_01_01():
    before = rights_request(on=LAST_PIPL_ONLY_DAY, right="portability", grounds=PORTABILITY, network_data=True)
    after = rights_request(on=REGS_DAY, right="portability", grounds=PORTABILITY, network_data=True)
    short = rights_request(on=REGS_DAY, right="portability", grounds=PORTABILITY - {"feasible"}, network_data=True)
    assert before.must_act is None
    assert after.must_act is True and after.action.cites == "network_data_regs/25"
    assert short.must_act is False


def test_before_2021_11_01_there_is_no_right_to_portability_explanation_or_to_decide():
    for right in ("portability", "explanation", "know_decide"):
        assert rights_request(on=LAST_CIVIL_DAY, right=right).must_act is False
        assert rights_request(on=PIPL_DAY, right=right).must_act is not False


def test_a_correction_request_must_be_verified_and_a_wrong_entry_corrected():
    answer = rights_request(on=PIPL_DAY, right="correction", grounds={"inaccurate"})
    assert answer.must_act and answer.action.cites == "pipl/46" and "更正" in answer.action.text_zh
    assert rights_request(on=CIVIL_DAY, right="correction", grounds={"inaccurate"}).must_act


def test_a_close_relative_may_not_act_where_the_deceased_arranged_otherwise():
    allowed = rights_request(on=PIPL_DAY, right="access_copy", close_relative=True)
    refused = rights_request(on=PIPL_DAY, right="access_copy", close_relative=True, exceptions={"arranged_otherwise"})
    assert allowed.must_act and "pipl/49" in {step.cites for step in allowed.steps}
    assert refused.must_act is False


def test_the_regulations_ask_network_data_processors_to_accept_requests_in_time():
    answer = rights_request(on=REGS_DAY, right="explanation", network_data=True)
    assert any(step.cites == "network_data_regs/23" and step.kind is Kind.APPLIES for step in answer.steps)


@settings(max_examples=80, deadline=None)
@given(
    right=st.sampled_from(sorted(RIGHTS)),
    day=st.sampled_from(DAYS),
    network=st.booleans(),
    relative=st.booleans(),
    data=st.data(),
)
def test_every_request_answers_with_resolving_cites_and_a_refusal_always_gives_reasons(
    right, day, network, relative, data
):
    grounds = data.draw(
        st.sets(st.sampled_from(sorted(GROUNDS_FOR.get(right, {"x"})))) if right in GROUNDS_FOR else st.just(set())
    )
    allowed = sorted(EXCEPTIONS_FOR.get(right, set()) | ({"arranged_otherwise"} if relative else set()))
    exceptions = data.draw(st.sets(st.sampled_from(allowed)) if allowed else st.just(set()))
    answer = rights_request(
        on=day, right=right, grounds=grounds, exceptions=exceptions, close_relative=relative, network_data=network
    )
    cites_resolve(answer)
    assert answer.must_act in (True, False, None)
    assert (answer.action is not None) == (answer.must_act is True)
    if day >= PIPL_DAY:
        assert answer.court is True and "pipl/50" in {step.cites for step in answer.steps}


@pytest.mark.parametrize(
    "bad",
    [
        {"right": "forgotten"},
        {"right": None},
        {"right": "deletion", "grounds": "consent_withdrawn"},
        {"right": "deletion", "grounds": {"inaccurate"}},
        {"right": "access_copy", "exceptions": {"retention_period"}},
        {"right": "access_copy", "exceptions": {"arranged_otherwise"}},
        {"right": "access_copy", "close_relative": "yes"},
    ],
)
def test_bad_input_raises_a_bilingual_input_error(bad):
    with pytest.raises(InputError) as caught:
        rights_request(on=PIPL_DAY, **bad)
    assert caught.value.zh and caught.value.en


def test_a_closed_account_alone_does_not_also_say_there_is_no_duty_to_delete():
    answer = rights_request(on=REGS_DAY, right="deletion", grounds={"account_closed"}, network_data=True)
    assert answer.must_act is True
    assert not any("不负删除义务" in step.text_zh or "no duty to delete" in step.text_en for step in answer.steps)


def test_a_retention_period_is_stated_once_when_both_the_pipl_and_the_regulations_require_deletion():
    answer = rights_request(
        on=REGS_DAY,
        right="deletion",
        grounds={"consent_withdrawn", "account_closed"},
        exceptions={"retention_period"},
        network_data=True,
    )
    assert answer.must_act is True and "停止除存储" in answer.action.text_zh
    assert sum("第四十七条第二款" in step.text_zh for step in answer.steps) == 1
    assert {"pipl/47", "network_data_regs/24"} <= {step.cites for step in answer.steps}


def test_the_day_before_the_civil_code_is_refused_and_its_first_day_answers_under_art_1037():
    with pytest.raises(LawError):
        rights_request(on=date(2020, 12, 31), right="correction", grounds={"inaccurate"})
    assert rights_request(on=CIVIL_DAY, right="correction", grounds={"inaccurate"}).regime == "civil_code/1037"


def test_the_answers_are_the_same_on_both_sides_of_2026_01_01():
    for right, grounds in (("access_copy", set()), ("deletion", {"account_closed"}), ("portability", PORTABILITY)):
        before = rights_request(on=date(2025, 12, 31), right=right, grounds=grounds, network_data=True)
        after = rights_request(on=date(2026, 1, 1), right=right, grounds=grounds, network_data=True)
        assert (before.must_act, before.action, before.regime) == (after.must_act, after.action, after.regime)
