"""After a leak: whom to notify, with what, and what to do at once — on both sides of 2017-06-01 (Cybersecurity
Law), 2021-01-01 (Civil Code), 2021-09-01 (Data Security Law), 2021-11-01 (PIPL), 2025-01-01 (Network Data
Regulations) and 2026-01-01 (the Cybersecurity Law amended: art. 42 para. 2 becomes art. 44 para. 2)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.steps import Kind, of_kind
from pilaw.rules.pipl import breach_duties
from pilaw.rules.pipl.breach import REGIMES

CSL_DAY = date(2017, 6, 1)
CIVIL_DAY = date(2021, 1, 1)
PIPL_DAY = date(2021, 11, 1)
REGS_DAY = date(2025, 1, 1)
CSL_AMENDED_DAY = date(2026, 1, 1)
DAYS = (CSL_DAY, date(2020, 12, 31), CIVIL_DAY, date(2021, 9, 1), date(2021, 10, 31), PIPL_DAY,
        date(2024, 12, 31), REGS_DAY, date(2025, 12, 31), CSL_AMENDED_DAY)  # fmt: skip


def cites_resolve(duties) -> None:
    for step in duties.steps:
        law.provision(step.cites, duties.on)
    for item in duties.remedy + duties.report_to + duties.contents:
        law.provision(item.cites, duties.on)


def test_the_regime_table_lists_every_text_with_its_versions_newest_first():
    names = [name for name, _versions in REGIMES]
    assert names == ["cybersecurity", "civil_code", "data_security", "pipl", "network_data"]
    assert [ref for ref, _rule in REGIMES[0][1]] == ["cybersecurity_law/44", "cybersecurity_law/42"]


def test_a_date_before_the_cybersecurity_law_is_refused_in_both_languages():
    with pytest.raises(LawError) as caught:
        breach_duties(on=date(2017, 5, 31), measures_avoid_harm=False, network_operator=True)
    assert "2017年6月1日" in caught.value.zh and "2017-06-01" in caught.value.en


def test_a_network_operator_must_tell_users_and_report_from_2017_06_01_under_art_42():
    duties = breach_duties(on=CSL_DAY, measures_avoid_harm=True, network_operator=True)
    assert duties.refs == ("cybersecurity_law/42",)
    assert duties.notify_authority and duties.notify_individuals  # no exception for effective measures
    assert duties.contents == ()  # "按照规定": the contents are not set
    cites_resolve(duties)


def test_before_2021_a_processor_that_is_no_network_operator_owes_nothing_the_corpus_holds():
    duties = breach_duties(on=date(2020, 12, 31), measures_avoid_harm=False)
    assert not duties.notify_authority and not duties.notify_individuals and duties.refs == ()
    assert of_kind(duties.steps, Kind.NOT_ASSESSED)


def test_from_2021_01_01_the_civil_code_makes_every_processor_inform_and_report():
    duties = breach_duties(on=CIVIL_DAY, measures_avoid_harm=True)
    assert duties.refs == ("civil_code/1038",)
    assert duties.notify_authority and duties.notify_individuals
    assert duties.remedy[0].text_zh == "及时采取补救措施"


def test_the_data_security_law_adds_its_incident_duty_from_2021_09_01():
    assert "data_security_law/29" not in breach_duties(on=date(2021, 8, 31), measures_avoid_harm=False).refs
    assert "data_security_law/29" in breach_duties(on=date(2021, 9, 1), measures_avoid_harm=False).refs


def test_individuals_need_not_be_told_where_measures_avoid_harm_from_2021_11_01():
    before = breach_duties(on=date(2021, 10, 31), measures_avoid_harm=True)
    after = breach_duties(on=PIPL_DAY, measures_avoid_harm=True)
    assert before.notify_individuals
    assert not after.notify_individuals and after.notify_authority
    assert any(step.cites == "pipl/57" for step in of_kind(after.steps, Kind.READING))  # "按照规定" read as art. 57
    assert any(step.cites == "pipl/57" for step in of_kind(after.steps, Kind.NOT_ASSESSED))


def test_the_authority_may_require_the_individuals_to_be_told():
    duties = breach_duties(on=PIPL_DAY, measures_avoid_harm=True, authority_requires_notice=True)
    assert duties.notify_individuals


def test_the_pipl_notice_has_the_three_items_of_art_57():
    duties = breach_duties(on=PIPL_DAY, measures_avoid_harm=False)
    assert [item.cites for item in duties.contents] == ["pipl/57"] * 3
    assert "个人信息处理者的联系方式" in duties.contents[-1].text_zh
    assert any(item.cites == "pipl/60" for item in duties.report_to)
    cites_resolve(duties)


def test_the_regulations_add_their_incident_duties_for_network_operators_from_2025_01_01():
    before = breach_duties(on=date(2024, 12, 31), measures_avoid_harm=False, network_operator=True)
    after = breach_duties(on=REGS_DAY, measures_avoid_harm=False, network_operator=True)
    assert "network_data_regs/11" not in before.refs and "network_data_regs/11" in after.refs
    assert any("公安机关" in item.text_zh for item in after.report_to)
    assert any("电话、短信" in item.text_zh for item in after.contents)
    cites_resolve(after)


def test_without_a_network_operator_the_regulations_are_named_as_not_applied():
    duties = breach_duties(on=REGS_DAY, measures_avoid_harm=False)
    assert "network_data_regs/11" not in duties.refs
    assert any(step.cites == "network_data_regs/11" for step in duties.steps)


def test_an_unknown_number_of_people_leaves_art_28_not_assessed():
    duties = breach_duties(on=REGS_DAY, measures_avoid_harm=False, network_operator=True)
    assert duties.large_processor is None
    assert any(step.cites == "network_data_regs/28" for step in of_kind(duties.steps, Kind.NOT_ASSESSED))


def test_a_number_of_people_is_compared_only_with_the_figure_of_art_28_in_the_corpus():
    threshold = [f for f in law.figures() if f.ref == "network_data_regs/28"]
    small = breach_duties(on=REGS_DAY, measures_avoid_harm=False, network_operator=True, people=1)
    if not threshold:
        assert small.large_processor is None  # no figure in the corpus: no comparison
    else:
        big = breach_duties(
            on=REGS_DAY, measures_avoid_harm=False, network_operator=True, people=int(threshold[0].value)
        )
        assert small.large_processor is False and big.large_processor is True
        assert "network_data_regs/30" in {step.cites for step in big.steps}


def test_sensitive_information_calls_for_care_in_claiming_harm_is_avoided():
    duties = breach_duties(on=PIPL_DAY, measures_avoid_harm=True, sensitive=True)
    assert any(step.cites == "pipl/28" for step in of_kind(duties.steps, Kind.READING))


def test_art_42_para_2_becomes_art_44_para_2_on_2026_01_01_and_rests_on_unverified_text():
    before = breach_duties(on=date(2025, 12, 31), measures_avoid_harm=False, network_operator=True)
    after = breach_duties(on=CSL_AMENDED_DAY, measures_avoid_harm=False, network_operator=True)
    assert before.refs[0] == "cybersecurity_law/42" and after.refs[0] == "cybersecurity_law/44"
    assert (before.notify_authority, before.notify_individuals) == (after.notify_authority, after.notify_individuals)
    unverified = {step.cites for step in of_kind(after.steps, Kind.UNVERIFIED)}
    assert {"cybersecurity_law/44", "cybersecurity_law/42"} <= unverified
    assert all(
        "未经官方核实" in step.text_zh and "not verified" in step.text_en
        for step in of_kind(after.steps, Kind.UNVERIFIED)
    )


@settings(max_examples=80, deadline=None)
@given(
    day=st.sampled_from(DAYS),
    avoid=st.booleans(),
    required=st.booleans(),
    operator=st.booleans(),
    people=st.none() | st.integers(min_value=0, max_value=10**9),
    sensitive=st.none() | st.booleans(),
)
def test_every_cite_resolves_and_an_applied_text_always_wants_the_authority_told(
    day, avoid, required, operator, people, sensitive
):
    duties = breach_duties(
        on=day,
        measures_avoid_harm=avoid,
        authority_requires_notice=required,
        network_operator=operator,
        people=people,
        sensitive=sensitive,
    )
    cites_resolve(duties)
    assert duties.notify_authority == bool(duties.refs)
    if not avoid and duties.refs:
        assert duties.notify_individuals  # harm not avoided: the individuals are always told
    if day >= PIPL_DAY:
        assert duties.notify_individuals == (not avoid or required)
    for step in of_kind(duties.steps, Kind.APPLIES):
        assert law.provision(step.cites, day).verified


@pytest.mark.parametrize(
    "bad",
    [
        {"measures_avoid_harm": None},
        {"measures_avoid_harm": "no"},
        {"measures_avoid_harm": False, "people": -1},
        {"measures_avoid_harm": False, "people": "12000"},
        {"measures_avoid_harm": False, "people": True},
        {"measures_avoid_harm": False, "sensitive": 0},
        {"measures_avoid_harm": False, "network_operator": 1},
    ],
)
def test_bad_input_raises_a_bilingual_input_error(bad):
    with pytest.raises(InputError) as caught:
        breach_duties(on=PIPL_DAY, **bad)
    assert caught.value.zh and caught.value.en


def test_the_pipl_sets_no_hours_for_at_once_and_other_rules_are_said_not_to_be_searched():
    duties = breach_duties(on=PIPL_DAY, measures_avoid_harm=False)
    [hours] = [s for s in of_kind(duties.steps, Kind.NOT_ASSESSED) if s.cites == "pipl/66"]
    assert "本法" in hours.text_zh and "不查找" in hours.text_zh and "not searched for" in hours.text_en


def test_a_number_of_people_typed_is_repeated_in_the_art_28_step():
    duties = breach_duties(on=REGS_DAY, measures_avoid_harm=False, network_operator=True, people=4100)
    [step] = [s for s in duties.steps if s.cites == "network_data_regs/28"]
    assert "4100" in step.text_zh and "4100 people" in step.text_en and duties.large_processor is False


def test_before_2021_01_01_a_network_operator_answers_under_the_cybersecurity_law_alone():
    before = breach_duties(on=date(2020, 12, 31), measures_avoid_harm=True, network_operator=True)
    after = breach_duties(on=CIVIL_DAY, measures_avoid_harm=True, network_operator=True)
    assert before.refs == ("cybersecurity_law/42",)
    assert after.refs == ("cybersecurity_law/42", "civil_code/1038")
    assert before.notify_individuals and after.notify_individuals


def test_on_both_sides_of_2021_11_01_the_notice_gains_the_three_items_of_art_57():
    assert breach_duties(on=date(2021, 10, 31), measures_avoid_harm=False).contents == ()
    assert len(breach_duties(on=PIPL_DAY, measures_avoid_harm=False).contents) == 3


def test_on_both_sides_of_2026_01_01_the_case_study_leak_owes_the_same_notices():
    facts = {"measures_avoid_harm": False, "network_operator": True, "sensitive": True}
    before = breach_duties(on=date(2025, 12, 31), **facts)
    after = breach_duties(on=CSL_AMENDED_DAY, **facts)
    assert before.contents == after.contents and before.report_to[1:] == after.report_to[1:]
    assert not of_kind(before.steps, Kind.UNVERIFIED) and len(of_kind(after.steps, Kind.UNVERIFIED)) == 2
