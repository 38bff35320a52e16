"""The PIPL calculators work without a kernel: set values, press the button, read the result."""

from __future__ import annotations

from datetime import date

from pilaw.rules.pipl import BASES
from pilaw.widgets.pipl import CONSENT_FLAGS, breach_calculator, consent_calculator


def test_the_consent_calculator_has_a_tick_for_every_fact_of_the_rule_and_a_choice_of_every_basis():
    calc = consent_calculator()
    assert set(calc.inputs) == {"on", "basis", *CONSENT_FLAGS}
    assert [value for _label, value in calc.inputs["basis"].options] == list(BASES)


def test_the_consent_defaults_show_the_shop_needing_separate_consent_to_share_with_its_partner():
    calc = consent_calculator()
    assert calc.error is None and calc.unexpected is None
    assert calc.outcome.consent and calc.outcome.separate and calc.outcome.separate_for == ("pipl/23",)
    page = calc.result.value
    assert "单独同意" in page and "separate consent" in page
    assert "个人信息保护法第二十三条" in page
    assert "network_data_regs/21" in {item.cites for item in calc.outcome.notice}


def test_choosing_a_contract_as_the_basis_removes_the_need_for_consent_and_the_button_recomputes():
    calc = consent_calculator()
    calc.inputs["basis"].value = "contract"
    calc.button.click()
    assert not calc.outcome.consent and not calc.outcome.separate
    assert "What must be told before processing" in calc.result.value


def test_a_date_before_the_pipl_answers_under_the_civil_code():
    calc = consent_calculator()
    calc.inputs["on"].value = date(2021, 10, 31)
    assert calc.outcome.regime == "civil_code/1035" and not calc.outcome.separate


def test_a_consent_date_before_the_civil_code_shows_a_bilingual_message():
    calc = consent_calculator()
    calc.inputs["on"].value = date(2020, 12, 31)
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "2021-01-01" in calc.result.value


def test_a_cleared_date_shows_a_bilingual_message_not_a_traceback():
    for calc in (consent_calculator(), breach_calculator()):
        calc.inputs["on"].value = None
        assert calc.outcome is None and calc.unexpected is None
        assert "请选择一个日期" in calc.result.value and "choose a date" in calc.result.value


def test_the_breach_defaults_show_the_shop_notifying_the_authority_and_its_customers():
    calc = breach_calculator()
    assert calc.error is None and calc.unexpected is None
    assert calc.outcome.notify_authority and calc.outcome.notify_individuals
    page = calc.result.value
    assert "个人信息处理者的联系方式" in page and "The notice must contain" in page
    assert "网络数据安全管理条例" in page or "network_data_regs" in page


def test_effective_measures_spare_the_customers_a_notice_unless_the_authority_asks():
    calc = breach_calculator()
    calc.inputs["measures_avoid_harm"].value = True
    assert not calc.outcome.notify_individuals
    calc.inputs["authority_requires_notice"].value = True
    assert calc.outcome.notify_individuals


def test_an_empty_number_of_people_means_not_known():
    calc = breach_calculator()
    calc.inputs["people"].value = ""
    assert calc.error is None and calc.outcome.facts.people is None


def test_a_refused_number_of_people_shows_a_bilingual_message_and_keeps_what_was_typed():
    calc = breach_calculator()
    calc.inputs["people"].value = "很多"
    assert calc.outcome is None and calc.unexpected is None
    assert calc.inputs["people"].value == "很多"
    assert "人数" in calc.result.value and "whole number of people" in calc.result.value


def test_a_breach_before_the_cybersecurity_law_shows_a_bilingual_message():
    calc = breach_calculator()
    calc.inputs["on"].value = date(2017, 5, 31)
    assert calc.outcome is None and calc.unexpected is None
    assert "2017-06-01" in calc.result.value


def test_the_2026_amendment_shows_art_44_and_its_unverified_text():
    calc = breach_calculator()
    calc.inputs["on"].value = date(2026, 1, 1)
    assert calc.outcome.refs[0] == "cybersecurity_law/44"
    assert "resting on unverified text" in calc.result.value


def test_what_each_calculator_would_show_does_not_depend_on_what_was_typed():
    calc = breach_calculator()
    calc.inputs["people"].value = "abc"
    shown = calc.shown(sensitive=True)
    assert shown.error is None and shown.outcome.facts.sensitive is True


def test_the_breach_defaults_are_the_case_studys_leak_of_sensitive_tracking_records():
    from pilaw.teaching.case_study import CONDUCT_DATE

    calc = breach_calculator()
    assert calc.outcome.on == CONDUCT_DATE and calc.outcome.facts.sensitive is True
    assert calc.outcome.facts.people is None and calc.outcome.facts.network_operator


def test_a_number_of_people_typed_is_read_back_in_the_steps():
    calc = breach_calculator()
    calc.inputs["people"].value = "4100"
    assert calc.error is None and "4100 people" in calc.result.value


def test_the_worked_requests_answer_eight_of_nine_and_leave_offline_portability_open():
    from pilaw.widgets.pipl import WORKED_REQUESTS, rights_table, worked_requests

    answers = [answer for _zh, _en, answer in worked_requests()]
    assert len(answers) == len(WORKED_REQUESTS) == 9
    assert [a.must_act for a in answers].count(True) == 8 and answers[7].must_act is None
    page = rights_table().value
    assert page.count("理由 reasons") == 9 and "未定 · open" in page and "个人信息保护法第四十七条" in page


def test_the_worked_requests_on_the_last_civil_code_day_refuse_what_the_pipl_added():
    from pilaw.widgets.pipl import worked_requests

    answers = {en: answer for _zh, en, answer in worked_requests(date(2021, 10, 31))}
    assert answers["Customer F asks the shop to explain its processing rules"].must_act is False
    assert all(a.regime == "civil_code/1037" for a in answers.values())


def test_the_long_step_tables_open_with_a_few_lines_saying_why():
    from pilaw.widgets.pipl import breach_why, consent_why

    consent = consent_calculator()
    why = consent_why(consent.outcome)
    assert why in consent.result.value and 3 <= why.count("<div>") <= 5
    assert "art. 23" in why and "8 items" in why
    contract = consent_why(consent.shown(basis="contract").outcome)
    assert "no consent of any kind" in contract
    assert "Civil Code art. 1035 alone" in consent_why(consent.shown(on=date(2021, 10, 31)).outcome)

    planner = breach_calculator()
    why = breach_why(planner.outcome)
    assert why in planner.result.value and 2 <= why.count("<div>") <= 5
    assert "5 texts apply" in why and "must be told" in why
    assert "need not be told" in breach_why(planner.shown(measures_avoid_harm=True).outcome)
    assert "per the rules" in breach_why(planner.shown(on=date(2021, 10, 31), measures_avoid_harm=True).outcome)
    assert "reaches the threshold" in breach_why(planner.shown(people="12000000").outcome)
