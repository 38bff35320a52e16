"""PIPL consent: when the individual's consent is needed, separate, a guardian's or written, and what must be told —
on both sides of 2021-01-01 (Civil Code), 2021-11-01 (PIPL) and 2025-01-01 (Network Data Regulations)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.steps import Kind, of_kind
from pilaw.rules.pipl import BASES, consent_required
from pilaw.rules.pipl.consent import REGIMES

CIVIL_DAY = date(2021, 1, 1)
LAST_CIVIL_DAY = date(2021, 10, 31)
PIPL_DAY = date(2021, 11, 1)
LAST_PIPL_ONLY_DAY = date(2024, 12, 31)
REGS_DAY = date(2025, 1, 1)
CSL_AMENDED_DAY = date(2026, 1, 1)
DAYS = (CIVIL_DAY, LAST_CIVIL_DAY, PIPL_DAY, LAST_PIPL_ONLY_DAY, REGS_DAY, date(2025, 12, 31), CSL_AMENDED_DAY)
NOT_CONSENT = sorted(set(BASES) - {"consent"})
FLAGS = (
    "sensitive",
    "under_14",
    "provide_to_other_processor",
    "publicly_disclose",
    "cross_border",
    "public_place_images",
)


def cites_resolve(answer) -> None:
    for step in answer.steps:
        law.provision(step.cites, answer.on)  # LawError if the cited text was not in force that day
    for item in answer.notice:
        law.provision(item.cites, answer.on)


def test_the_regime_table_names_the_civil_code_the_pipl_and_the_regulations_newest_first():
    assert [ref for ref, _rule in REGIMES] == ["network_data_regs/22", "pipl/13", "civil_code/1035"]


def test_a_date_before_the_civil_code_is_refused_in_both_languages():
    with pytest.raises(LawError) as caught:
        consent_required(on=date(2020, 12, 31), basis="consent")
    assert "2021年1月1日" in caught.value.zh and "2021-01-01" in caught.value.en


def test_on_the_civil_codes_first_day_consent_is_needed_under_art_1035():
    answer = consent_required(on=CIVIL_DAY, basis="consent")
    assert answer.regime == "civil_code/1035" and answer.consent and not answer.separate
    assert {item.cites for item in answer.notice} == {"civil_code/1035"}
    cites_resolve(answer)


def test_before_2021_11_01_a_contract_is_no_basis_and_consent_is_still_needed():
    answer = consent_required(on=LAST_CIVIL_DAY, basis="contract")
    assert answer.consent
    assert of_kind(answer.steps, Kind.READING)


def test_before_2021_11_01_a_law_providing_otherwise_removes_the_need_for_consent():
    assert not consent_required(on=LAST_CIVIL_DAY, basis="other_law").consent


def test_from_2021_11_01_a_contract_is_a_basis_and_no_consent_is_needed():
    answer = consent_required(on=PIPL_DAY, basis="contract")
    assert answer.regime == "pipl/13" and not answer.consent
    assert [item.cites for item in answer.notice] == ["pipl/17"] * 4  # notice is still owed (art. 17)
    assert any(step.cites == "pipl/18" and step.kind is Kind.NOT_ASSESSED for step in answer.steps)


def test_sensitive_data_needs_separate_consent_from_2021_11_01():
    before = consent_required(on=LAST_CIVIL_DAY, basis="consent", sensitive=True)
    after = consent_required(on=PIPL_DAY, basis="consent", sensitive=True)
    assert not before.separate
    assert after.separate and after.separate_for == ("pipl/29",)
    assert "pipl/30" in {item.cites for item in after.notice}


@pytest.mark.parametrize(
    ("fact", "ref"),
    [
        ("provide_to_other_processor", "pipl/23"),
        ("publicly_disclose", "pipl/25"),
        ("public_place_images", "pipl/26"),
        ("sensitive", "pipl/29"),
        ("cross_border", "pipl/39"),
    ],
)
def test_each_case_of_separate_consent_names_its_article(fact, ref):
    answer = consent_required(on=PIPL_DAY, basis="consent", **{fact: True})
    assert answer.separate and answer.separate_for == (ref,)
    cites_resolve(answer)


def test_provision_to_another_processor_and_abroad_add_the_recipients_to_the_notice():
    answer = consent_required(on=PIPL_DAY, basis="consent", provide_to_other_processor=True, cross_border=True)
    cited = [item.cites for item in answer.notice]
    assert "pipl/23" in cited and "pipl/39" in cited
    assert any(step.cites == "pipl/38" and step.kind is Kind.NOT_ASSESSED for step in answer.steps)


def test_a_child_under_fourteen_needs_a_guardians_separate_consent_from_2021_11_01():
    answer = consent_required(on=PIPL_DAY, basis="consent", under_14=True)
    assert answer.guardian and answer.separate and answer.separate_for == ("pipl/29",)
    assert "pipl/31" in {item.cites for item in answer.notice}
    before = consent_required(on=LAST_CIVIL_DAY, basis="consent", under_14=True)
    assert not before.guardian and any(step.kind is Kind.NOT_ASSESSED for step in before.steps)


def test_written_consent_is_never_invented_only_referred_to_other_laws():
    for day in (LAST_CIVIL_DAY, PIPL_DAY, REGS_DAY):
        answer = consent_required(on=day, basis="consent", sensitive=True, network_data=True)
        assert answer.written is False
        assert any("书面同意" in step.text_zh and step.kind is Kind.NOT_ASSESSED for step in answer.steps)


def test_public_information_needs_no_consent_but_art_27_is_flagged():
    answer = consent_required(on=PIPL_DAY, basis="public_information")
    assert not answer.consent
    assert any(step.cites == "pipl/27" for step in of_kind(answer.steps, Kind.NOT_ASSESSED))


def test_an_emergency_basis_says_notice_may_follow_the_emergency():
    answer = consent_required(on=PIPL_DAY, basis="emergency")
    assert any(step.cites == "pipl/18" and step.kind is Kind.APPLIES for step in answer.steps)


def test_the_regulations_add_notice_items_for_network_data_from_2025_01_01():
    before = consent_required(on=LAST_PIPL_ONLY_DAY, basis="consent", sensitive=True, network_data=True)
    after = consent_required(on=REGS_DAY, basis="consent", sensitive=True, network_data=True)
    assert before.regime == "pipl/13" and after.regime == "network_data_regs/22"
    assert "network_data_regs/21" not in {item.cites for item in before.notice}
    assert "network_data_regs/21" in {item.cites for item in after.notice}
    assert {"network_data_regs/22", "network_data_regs/62"} <= {step.cites for step in after.steps}
    cites_resolve(after)


def test_without_network_data_the_regulations_are_named_as_not_applied():
    answer = consent_required(on=REGS_DAY, basis="consent")
    assert "network_data_regs/21" not in {item.cites for item in answer.notice}
    assert any(step.cites == "network_data_regs/62" for step in of_kind(answer.steps, Kind.NOT_ASSESSED))


def test_the_answer_is_the_same_across_the_2026_cybersecurity_amendment():
    before = consent_required(on=date(2025, 12, 31), basis="consent", sensitive=True, network_data=True)
    after = consent_required(on=CSL_AMENDED_DAY, basis="consent", sensitive=True, network_data=True)
    assert (before.consent, before.separate, before.notice) == (after.consent, after.separate, after.notice)


@settings(max_examples=60, deadline=None)
@given(
    basis=st.sampled_from(NOT_CONSENT),
    flags=st.fixed_dictionaries({name: st.booleans() for name in FLAGS}),
    network=st.booleans(),
    day=st.sampled_from(DAYS[2:]),
)
def test_consent_is_never_needed_for_the_bases_of_items_2_to_7(basis, flags, network, day):
    answer = consent_required(on=day, basis=basis, network_data=network, **flags)
    assert not (answer.consent or answer.separate or answer.guardian or answer.written)
    assert answer.notice  # the duty to tell remains (art. 17)
    cites_resolve(answer)


@settings(max_examples=60, deadline=None)
@given(
    flags=st.fixed_dictionaries({name: st.booleans() for name in FLAGS}),
    network=st.booleans(),
    day=st.sampled_from(DAYS),
)
def test_with_consent_as_the_basis_consent_is_always_needed_and_every_cite_resolves(flags, network, day):
    answer = consent_required(on=day, basis="consent", network_data=network, **flags)
    assert answer.consent
    assert answer.separate == (day >= PIPL_DAY and any(flags.values()))  # every flag is a case of separate consent
    assert all(step.cites and step.text_zh and step.text_en for step in answer.steps)
    cites_resolve(answer)


@pytest.mark.parametrize(
    "bad",
    [
        {"basis": "legitimate_interest"},
        {"basis": None},
        {"basis": "consent", "sensitive": 1},
        {"basis": "consent", "under_14": "yes"},
        {"basis": "consent", "cross_border": None},
    ],
)
def test_bad_input_raises_a_bilingual_input_error(bad):
    with pytest.raises(InputError) as caught:
        consent_required(on=PIPL_DAY, **bad)
    assert caught.value.zh and caught.value.en


@pytest.mark.parametrize("day", [None, "2024-06-01", 20240601])
def test_the_date_must_be_a_date(day):
    with pytest.raises(InputError):
        consent_required(on=day, basis="consent")


def test_a_step_resting_on_an_unverified_text_is_marked_so():
    for day in DAYS:
        answer = consent_required(on=day, basis="consent", sensitive=True, network_data=True, cross_border=True)
        for step in of_kind(answer.steps, Kind.APPLIES):
            assert law.provision(step.cites, day).verified, step


def test_withdrawal_is_said_to_work_forward_only_from_2021_11_01():
    answer = consent_required(on=PIPL_DAY, basis="consent")
    assert any("第十五条第二款" in step.text_zh and "art. 15 para. 2" in step.text_en for step in answer.steps)
    before = consent_required(on=LAST_CIVIL_DAY, basis="consent")
    assert not any(step.cites == "pipl/15" for step in before.steps)


def test_from_2021_11_01_the_civil_code_yields_through_its_own_proviso_as_a_reading():
    for day in (PIPL_DAY, REGS_DAY, CSL_AMENDED_DAY):
        answer = consent_required(on=day, basis="contract")
        [reading] = [s for s in of_kind(answer.steps, Kind.READING) if s.cites == "civil_code/1035"]
        assert "另有规定" in reading.text_zh and "special law" in reading.text_en


def test_before_2021_11_01_a_statutory_duty_may_itself_be_the_law_providing_otherwise():
    answer = consent_required(on=LAST_CIVIL_DAY, basis="legal_duty")
    assert answer.consent  # the Civil Code's words: consent, unless a law provides otherwise
    assert any(
        s.cites == "civil_code/1035" and "另有规定" in s.text_zh for s in of_kind(answer.steps, Kind.NOT_ASSESSED)
    )
    assert not consent_required(on=PIPL_DAY, basis="legal_duty").consent


def test_the_day_before_the_civil_code_is_refused_and_its_first_day_answers():
    with pytest.raises(LawError):
        consent_required(on=date(2020, 12, 31), basis="contract")
    assert consent_required(on=CIVIL_DAY, basis="contract").regime == "civil_code/1035"


def test_network_data_adds_three_notice_items_on_both_sides_of_2025_01_01_and_2026_01_01():
    counts = {
        day: len(consent_required(on=day, basis="consent", provide_to_other_processor=True, network_data=True).notice)
        for day in (LAST_PIPL_ONLY_DAY, REGS_DAY, date(2025, 12, 31), CSL_AMENDED_DAY)
    }
    assert counts == {LAST_PIPL_ONLY_DAY: 5, REGS_DAY: 8, date(2025, 12, 31): 8, CSL_AMENDED_DAY: 8}
