"""The compensation calculator and tables work without a kernel: set values, press the button, read the HTML."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pilaw.widgets.compensation import cases_table_html, compensation_calculator, floors_html, scenarios_html

D = Decimal


def test_the_defaults_start_offline_the_page_floor_against_the_court_with_no_bound():
    """The worked example sells a customer list: nothing in its facts makes it online infringement, so the box
    starts unticked (an earlier version ticked it by default, which brought in a ceiling the facts did not)."""
    calc = compensation_calculator()
    assert calc.error is None and calc.unexpected is None
    c = calc.outcome
    assert c.on == date(2025, 7, 6)
    assert calc.inputs["online"].value is False
    assert c.page.property == D(500) and c.page.property_is_minimum
    assert c.law.property is None and c.law.upper_bound is None
    page = calc.result.value
    assert "What the page claims (not law)" in page and "The page's rule is not law" in page
    assert "at least 500 yuan" in page and "no statutory ceiling" in page
    assert "differ" in page
    # each answer with its cited steps
    assert "网页所称（非法律） · what the page claims (not law)" in page
    assert "个人信息保护法第六十九条" in page
    assert "The page's answer, step by step" in page and "The law's answer, step by step" in page


def test_ticking_online_brings_the_ceiling_of_art_12_para_2_with_its_caveat():
    calc = compensation_calculator()
    calc.inputs["online"].value = True
    assert calc.outcome.law.upper_bound == D(500000)
    page = calc.result.value
    assert "up to 500,000 yuan (online)" in page and "art. 12 para. 2" in page
    assert "Not fully verified" in page


def test_a_known_gain_of_400_gives_the_same_figure_on_both_sides():
    calc = compensation_calculator()
    calc.inputs["gain"].value = "400"
    assert calc.outcome.page.property == D(400) == calc.outcome.law.property
    assert calc.outcome.same
    assert "same figure" in calc.result.value


def test_ticking_serious_mental_harm_gives_3000_on_the_page_and_the_court_in_law():
    calc = compensation_calculator()
    calc.inputs["loss"].value = "1000"
    calc.inputs["severe_mental_harm"].value = True
    calc.button.click()
    assert calc.outcome.page.mental == D(3000)
    assert calc.outcome.law.mental is None
    assert "at least 3,000 yuan" in calc.result.value
    assert "浙江省" in calc.result.value


def test_unticking_online_again_removes_the_ceiling():
    calc = compensation_calculator(online=True)
    assert calc.outcome.law.upper_bound == D(500000)
    calc.inputs["online"].value = False
    assert calc.outcome.law.upper_bound is None
    assert "no statutory ceiling" in calc.result.value


def test_a_refused_amount_shows_a_bilingual_message_and_keeps_what_was_typed():
    calc = compensation_calculator()
    calc.inputs["gain"].value = "abc"
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value
    assert calc.inputs["gain"].value == "abc"


def test_a_cleared_date_or_one_before_the_civil_code_is_refused_bilingually():
    calc = compensation_calculator()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None and "choose a date" in calc.result.value
    calc.inputs["on"].value = date(2020, 12, 31)
    assert calc.outcome is None and calc.unexpected is None and "2021-01-01" in calc.result.value


def test_the_widget_stays_within_900_pixels():
    calc = compensation_calculator()
    assert calc.widget.layout.max_width == "900px"
    assert calc._repr_mimebundle_() is not None


def test_the_scenario_table_lists_every_scenario_with_its_verdict():
    page = scenarios_html()
    assert page.count("≠ 不同 differs") == 5 and page.count("＝ 相同 same") == 2
    assert "Only a gain of 400 is known" in page and "2025-07-06" in page


def test_the_floor_table_marks_the_inference_and_quotes_both_rules():
    page = floors_html()
    assert "Inference" in page
    assert "增加赔偿的金额不足五百元的，为五百元" in page and "五千元以上的精神损害赔偿" in page
    assert "Consumer Rights Protection Law art. 55" in page or "CRPL art. 55" in page


def test_the_case_table_shows_every_case_its_sources_and_the_repost_caveat():
    page = cases_table_html()
    for i in range(1, 16):
        assert f"<b>B{i}</b>" in page
    assert page.count("repost, reported not established") == 4 + 1  # four R rows and the legend
    assert "≈ 14,000" in page and "1.4万余" in page
    assert "未说明 not stated" in page
    assert "https://legal.gmw.cn/2022-12/14/content_36233934.htm" in page


def test_the_page_claim_box_quotes_the_page_and_says_it_is_not_law():
    from pilaw.rules.compensation import page_claim
    from pilaw.widgets.compensation import page_claim_html

    page = page_claim_html()
    assert page_claim().quote_zh in page
    assert "not law" in page and "mid-2026" in page


def test_the_law_s_step_table_opens_with_why_the_answer_is_what_it_is():
    calc = compensation_calculator()
    page = calc.result.value
    assert "Fault is presumed" in page and "no statutory minimum" in page and "no ceiling offline" in page
    calc.inputs["online"].value = True
    assert "up to 500,000 yuan online" in calc.result.value
    calc.inputs["on"].value = date(2021, 10, 31)
    assert "the injured person proves it" in calc.result.value
    calc.inputs["gain"].value = "400"
    assert "400 yuan, with no minimum" in calc.result.value


def test_the_lesson_s_bank_agrees_with_the_library():
    from pilaw.rules.compensation import claimed_rule
    from pilaw.teaching.cases import at_page_floor, compare
    from pilaw.teaching.exercises import bank

    exercises = {e.id.split("/")[1]: e for e in bank("05_compensation")}
    assert exercises["page-small-gain"].answer == claimed_rule(gain=400, loss=None).property
    online = compare(gain=None, loss=None, online=True, on=date(2025, 7, 6)).law.upper_bound
    assert exercises["online-ceiling"].answer == online
    assert exercises["cases-at-a-floor"].answer == len([c for c in at_page_floor() if c.measure != "discretionary"])
    floor = exercises["floor-500-source"]
    assert "CRPL art. 55" in floor.options[floor.answer].en
    before = exercises["fault-before-pipl"]
    assert "art. 1165 para. 1" in before.options[before.answer].en
    assert "pipl/69" not in compare(gain=None, loss=None, on=date(2021, 10, 31)).law.basis
