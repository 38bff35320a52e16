"""Civil Code arts. 1035–1038 and CRPL art. 29: which statutory conditions a processing fails."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import InputError, LawError, law
from pilaw.rules.processing import ACTS, EXAMPLE, EXAMPLE_DATE, REFS, ProcessingCheck, Scenario, check

ON = date(2024, 6, 1)
ALL_ACTS = frozenset(ACTS)
CONSENT = "civil_code/1035#(一)"
PROVIDE = "civil_code/1038#1.provide"
CONFIDENTIAL = "consumer_law/29#2.confidential"


def run(**facts) -> ProcessingCheck:
    facts.setdefault("acts", {"collect", "use"})
    facts.setdefault("consented", facts["acts"])
    return check(on=ON, **facts)


# --- the worked example: 星河网店 -----------------------------------------------------------------


def test_the_example_shop_fails_consent_illegal_provision_and_consumer_confidentiality():
    result = check(EXAMPLE, on=EXAMPLE_DATE)
    assert result.failed == {CONSENT, PROVIDE, CONFIDENTIAL}
    assert "提供" in result.condition(CONSENT).reason_zh


def test_the_example_shop_may_rely_on_item_one_only_for_what_was_consented():
    result = check(EXAMPLE, on=EXAMPLE_DATE)
    assert result.may_be_exempt == ("(一)",)
    assert result.exemptions[0].acts == {"collect", "store", "use"}


def test_the_example_shop_owes_remedy_notice_report_and_an_immediate_remedy_after_its_leak():
    result = check(EXAMPLE, on=EXAMPLE_DATE)
    assert [(d.key, d.ref) for d in result.outstanding] == [
        ("remedy", "civil_code/1038"),
        ("inform", "civil_code/1038"),
        ("report", "civil_code/1038"),
        ("remedy_immediately", "consumer_law/29"),
    ]
    assert any("按照规定" in d.text_zh for d in result.duties)
    assert any("立即" in d.text_zh for d in result.duties)


def test_the_example_gives_the_person_access_and_deletion_rights():
    result = check(EXAMPLE, on=EXAMPLE_DATE)
    assert [r.key for r in result.rights] == ["access_copy", "deletion"]


def test_every_step_cites_one_of_the_five_provisions_in_force_that_day():
    result = check(EXAMPLE, on=EXAMPLE_DATE)
    assert result.steps
    for step in result.steps:
        assert step.cites in REFS
        law.provision(step.cites, EXAMPLE_DATE)
        assert step.text_zh and step.text_en


def test_the_result_says_it_is_not_a_verdict():
    last = check(EXAMPLE, on=EXAMPLE_DATE).steps[-1]
    assert "not a verdict" in last.text_en and "不是判决" in last.text_zh
    assert "3 statutory" in last.text_en


def test_keyword_facts_and_a_scenario_give_the_same_result():
    kwargs = {name: getattr(EXAMPLE, name) for name in ("acts", "consented", "business", "incident")}
    assert check(on=ON, **kwargs).failed == check(EXAMPLE, on=ON).failed


# --- art. 1035 ---------------------------------------------------------------------------------


def test_processing_with_every_condition_met_fails_nothing():
    result = run(acts=ALL_ACTS)
    assert result.failed == frozenset()
    assert "0 statutory" in result.steps[-1].text_en


def test_processing_without_consent_fails_item_one_of_art_1035():
    result = run(consented=set())
    assert result.failed == {CONSENT}
    step = result.condition(CONSENT).step
    assert step.cites == "civil_code/1035" and "item (一)" in step.text_en and "第一项" in step.text_zh


def test_a_law_or_administrative_regulation_providing_otherwise_removes_the_consent_failure_with_a_caveat():
    result = run(consented=set(), law_provides_otherwise=True)
    assert CONSENT not in result.failed
    assert "must be checked" in result.condition(CONSENT).reason_en


@pytest.mark.parametrize(
    "fact, key",
    [
        ("principles", "civil_code/1035#principles"),
        ("not_excessive", "civil_code/1035#not_excessive"),
        ("rules_public", "civil_code/1035#(二)"),
        ("purpose_stated", "civil_code/1035#(三)"),
        ("lawful_and_per_agreement", "civil_code/1035#(四)"),
    ],
)
def test_each_condition_of_art_1035_fails_on_its_own_fact(fact, key):
    assert run(**{fact: False}).failed == {key}
    assert run(**{fact: True}).failed == frozenset()


def test_every_act_of_art_1035_para_2_is_recognised_in_english_and_chinese():
    assert [zh for zh, _ in ACTS.values()] == ["收集", "存储", "使用", "加工", "传输", "提供", "公开"]
    assert run(acts={"收集", "公开"}, consented={"collect", "disclose"}).scenario.acts == {"collect", "disclose"}
    assert "公开" in run(acts={"disclose"}, consented=set()).condition(CONSENT).reason_zh


def test_consent_to_more_than_was_done_is_harmless():
    assert run(acts={"collect"}, consented=ALL_ACTS).failed == frozenset()


# --- art. 1038 ---------------------------------------------------------------------------------


def test_providing_without_consent_fails_art_1038_para_1():
    result = run(acts={"collect", "provide"}, consented={"collect"})
    assert result.failed == {CONSENT, PROVIDE}


def test_providing_anonymised_information_that_cannot_be_restored_is_outside_art_1038_para_1():
    result = run(acts={"collect", "provide"}, consented={"collect"}, anonymised=True)
    assert result.failed == frozenset()
    assert "cannot be restored" in result.condition(PROVIDE).reason_en
    assert "not settled" in result.condition(CONSENT).reason_en  # art. 1035: a textual reading, said so


def test_anonymising_what_was_provided_does_not_excuse_other_acts_without_consent():
    result = run(acts={"collect", "provide"}, consented=set(), anonymised=True)
    assert result.failed == {CONSENT}
    assert "collection" in result.condition(CONSENT).reason_en
    assert "provision" not in result.condition(CONSENT).reason_en.split(";")[0]


def test_providing_with_consent_meets_art_1038_para_1():
    assert run(acts={"collect", "provide"}).failed == frozenset()


def test_the_provision_condition_is_only_checked_when_information_is_provided():
    with pytest.raises(KeyError):
        run(acts={"collect"}).condition(PROVIDE)


@pytest.mark.parametrize("fact", ["processor_leaked", "processor_tampered"])
def test_the_processor_leaking_or_tampering_fails_art_1038_para_1(fact):
    assert run(**{fact: True}).failed == {"civil_code/1038#1.leak"}


def test_missing_security_measures_fail_art_1038_para_2():
    assert run(security_measures=False).failed == {"civil_code/1038#2.security"}


def test_no_duties_arise_without_a_leak_and_done_duties_are_not_outstanding():
    assert run().duties == ()
    result = run(incident=True, remedied=True, persons_informed=True, authority_reported=True)
    assert [d.key for d in result.duties] == ["remedy", "inform", "report"] and result.outstanding == ()


def test_a_leak_alone_is_not_counted_as_a_failing_condition():
    result = run(incident=True)
    assert result.failed == frozenset() and len(result.outstanding) == 3
    assert any("does not weigh" in s.text_en for s in result.steps)


# --- art. 1036 ---------------------------------------------------------------------------------


def test_information_the_person_made_public_may_fall_under_item_two():
    result = run(consented=set(), made_public=True)
    assert CONSENT in result.failed  # art. 1035 still reads as failed …
    assert "(二)" in result.may_be_exempt  # … but art. 1036 item (二) may relieve civil liability
    assert any("for the court" in s.text_en and s.cites == "civil_code/1036" for s in result.steps)


@pytest.mark.parametrize("proviso", ["person_refused", "harms_major_interest"])
def test_item_two_does_not_apply_when_the_person_refused_or_a_major_interest_is_harmed(proviso):
    result = run(consented=set(), made_public=True, **{proviso: True})
    assert "(二)" not in result.may_be_exempt
    assert "proviso" in result.exemptions[1].reason_en


def test_protecting_the_public_interest_may_fall_under_item_three():
    assert run(consented=set(), public_interest=True).may_be_exempt == ("(三)",)


def test_no_exemption_is_offered_without_consent_publicity_or_public_interest():
    assert run(consented=set()).may_be_exempt == ()


# --- art. 1037 ---------------------------------------------------------------------------------


def test_the_right_to_correction_appears_when_the_information_is_wrong():
    assert [r.key for r in run(inaccurate=True).rights] == ["access_copy", "correction"]


def test_the_right_to_deletion_appears_only_when_a_condition_fails():
    assert "deletion" not in [r.key for r in run().rights]
    assert "deletion" in [r.key for r in run(rules_public=False).rights]


# --- CRPL art. 29 --------------------------------------------------------------------------------


def test_crpl_29_applies_only_to_a_business_dealing_with_consumers():
    assert not any(c.ref == "consumer_law/29" for c in run().conditions)
    assert any(c.ref == "consumer_law/29" for c in run(business=True).conditions)


def test_a_business_collecting_without_consent_fails_both_the_civil_code_and_crpl_29():
    result = run(consented={"use"}, business=True)
    assert result.failed == {CONSENT, "consumer_law/29#1.consent"}


def test_crpl_29_para_1_states_no_exception_for_another_law_so_the_caveat_is_shown():
    result = run(consented=set(), business=True, law_provides_otherwise=True)
    assert result.failed == {"consumer_law/29#1.consent"}
    assert "尚无定论" in result.condition("consumer_law/29#1.consent").reason_en


def test_crpl_29_para_1_is_left_aside_when_nothing_is_collected_or_used():
    result = run(acts={"store"}, business=True)
    assert not any(c.key.startswith("consumer_law/29#1.") for c in result.conditions)
    assert any("neither was entered" in s.text_en for s in result.steps)


def test_selling_consumer_information_fails_crpl_29_para_2_even_with_consent_on_its_words():
    result = run(acts={"collect", "provide"}, business=True, sold=True)
    assert result.failed == {CONFIDENTIAL}
    assert "not settled" in result.condition(CONFIDENTIAL).reason_en


def test_a_business_leaking_fails_crpl_29_confidentiality_but_tampering_alone_does_not():
    assert CONFIDENTIAL in run(business=True, processor_leaked=True).failed
    assert CONFIDENTIAL not in run(business=True, processor_tampered=True).failed


@pytest.mark.parametrize(
    "consented, refused, fails", [(False, False, True), (True, False, False), (True, True, True), (False, True, True)]
)
def test_commercial_messages_need_consent_or_request_and_no_refusal(consented, refused, fails):
    result = run(business=True, commercial_messages=True, messages_consented=consented, messages_refused=refused)
    assert ("consumer_law/29#3.messages" in result.failed) is fails


def test_the_message_rule_is_not_checked_when_no_message_was_sent():
    result = run(business=True, messages_refused=True)
    assert "consumer_law/29#3.messages" not in {c.key for c in result.conditions}


def test_a_business_must_remedy_immediately_after_a_leak():
    result = run(business=True, incident=True, remedied=True)
    immediate = [d for d in result.duties if d.key == "remedy_immediately"]
    assert immediate and immediate[0].done and immediate[0].ref == "consumer_law/29"


# --- dates -----------------------------------------------------------------------------------------


def test_the_civil_code_rules_apply_from_2021_01_01_and_not_the_day_before():
    assert run().on == ON
    check(EXAMPLE, on=date(2021, 1, 1))
    with pytest.raises(LawError):
        check(EXAMPLE, on=date(2020, 12, 31))


def test_the_default_date_is_today():
    assert check(EXAMPLE).on == date.today()


# --- properties ------------------------------------------------------------------------------------

acts_st = st.frozensets(st.sampled_from(sorted(ACTS)), min_size=1)
FLAGS = [name for name in Scenario.__dataclass_fields__ if name not in ("acts", "consented")]


@st.composite
def scenarios(draw):
    acts = draw(acts_st)
    consented = draw(st.frozensets(st.sampled_from(sorted(ACTS))))
    flags = {name: draw(st.booleans()) for name in FLAGS}
    return Scenario(acts=acts, consented=consented, **flags)


@settings(max_examples=200, deadline=None)
@given(scenarios(), st.sampled_from(sorted(ACTS)))
def test_adding_consent_never_adds_a_failure(scenario, act):
    more = replace(scenario, consented=scenario.consented | {act})
    assert check(more, on=ON).failed <= check(scenario, on=ON).failed


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_every_failure_has_a_cited_step_and_the_count_matches_the_conclusion(scenario):
    result = check(scenario, on=ON)
    failing_steps = [s for s in result.steps if s.text_en.startswith("✗")]
    assert len(failing_steps) == len(result.failures)
    assert f"{len(result.failures)} statutory" in result.steps[-1].text_en
    assert all(s.cites in REFS for s in result.steps)
    assert ("deletion" in [r.key for r in result.rights]) is bool(result.failures)


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_the_consumer_law_never_removes_a_civil_code_failure(scenario):
    civil = set(check(replace(scenario, business=False), on=ON).failed)
    assert civil <= check(replace(scenario, business=True), on=ON).failed


# --- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, "abc", "-1", "NaN", "1.005", 1, 0, "True"])
def test_a_flag_that_is_not_a_bool_is_refused(bad):
    with pytest.raises(InputError) as info:
        run(principles=bad)
    assert "principles" in str(info.value) and "True or False" in info.value.en


@pytest.mark.parametrize("bad", [None, "collect", True, 1, ["sell"], {"abc"}, {"-1"}, {"NaN"}, {"1.005"}])
def test_acts_that_are_not_a_set_of_known_acts_are_refused(bad):
    with pytest.raises(InputError):
        check(acts=bad, consented=set(), on=ON)
    with pytest.raises(InputError):
        check(acts={"collect"}, consented=bad, on=ON)


def test_no_act_at_all_is_refused_with_a_reference_to_art_1035_para_2():
    with pytest.raises(InputError) as info:
        check(acts=set(), consented=set(), on=ON)
    assert "1035" in info.value.en


def test_unknown_or_missing_facts_and_mixed_arguments_are_refused():
    with pytest.raises(InputError):
        check(acts={"collect"}, consented=set(), consnet=True, on=ON)
    with pytest.raises(InputError):
        check(acts={"collect"}, on=ON)
    with pytest.raises(InputError):
        check(EXAMPLE, business=False, on=ON)
    with pytest.raises(InputError):
        check("星河网店", on=ON)


@pytest.mark.parametrize("bad", ["2024-06-01", 20240601, True])
def test_a_date_that_is_not_a_date_is_refused(bad):
    with pytest.raises((InputError, LawError)):
        check(EXAMPLE, on=bad)


# --- the kinds of steps ------------------------------------------------------------------------------------


def kinds(result: ProcessingCheck) -> dict:
    from pilaw.law.steps import Kind

    return {kind: [s.text_en for s in result.steps if s.kind is kind] for kind in Kind}


def test_a_consent_that_rests_on_reading_anonymised_data_as_no_longer_personal_is_a_reading_step():
    from pilaw.law.steps import Kind

    result = run(acts={"collect", "provide"}, consented={"collect"}, anonymised=True)
    (reading,) = kinds(result)[Kind.READING]
    assert "not settled" in reading and result.condition(CONSENT).kind is Kind.READING


def test_a_law_providing_otherwise_is_taken_as_entered_and_the_step_says_it_is_not_assessed():
    from pilaw.law.steps import Kind

    result = run(consented=set(), law_provides_otherwise=True)
    assert any("must be checked" in text for text in kinds(result)[Kind.NOT_ASSESSED])


def test_what_the_court_decides_and_facts_the_checker_does_not_weigh_are_not_assessed_steps():
    from pilaw.law.steps import Kind

    not_assessed = kinds(check(EXAMPLE, on=EXAMPLE_DATE))[Kind.NOT_ASSESSED]
    assert any("for the court" in text for text in not_assessed)
    assert any("does not weigh" in text for text in not_assessed)


@pytest.mark.parametrize(
    "facts, key",
    [
        ({"consented": set(), "business": True, "law_provides_otherwise": True}, "consumer_law/29#1.consent"),
        ({"acts": {"collect", "provide"}, "business": True, "sold": True}, CONFIDENTIAL),
    ],
)
def test_crpl_29_conditions_whose_words_leave_the_question_open_are_readings(facts, key):
    from pilaw.law.steps import Kind

    result = run(**facts)
    assert result.condition(key).kind is Kind.READING
    assert any(s.kind is Kind.READING and s.cites == "consumer_law/29" for s in result.steps)


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_every_step_applies_the_law_reads_it_or_says_what_is_not_assessed_on_verified_texts(scenario):
    from pilaw.law.steps import Kind

    for step in check(scenario, on=ON).steps:
        assert step.kind in (Kind.APPLIES, Kind.READING, Kind.NOT_ASSESSED)
        assert law.provision(step.cites, ON).verified, f"{step.cites}: mark such steps Kind.UNVERIFIED"


def test_the_rules_of_the_day_are_chosen_in_one_table_each_from_the_day_its_provision_took_effect():
    from pilaw.rules.processing import RULES

    assert [ref for ref, _rule in RULES] == ["civil_code/1035", "civil_code/1038", "consumer_law/29"]
    first_days = {ref: law.versions(ref)[0].effective_from for ref, _rule in RULES}
    assert first_days["consumer_law/29"] < first_days["civil_code/1035"] == date(2021, 1, 1)
