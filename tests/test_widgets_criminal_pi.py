"""The art. 253-1 severity calculator, the crime-name finder, the standards table and the chart, without a kernel."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from pilaw import InputError
from pilaw.rules.criminal import CATEGORIES, Severity
from pilaw.widgets.criminal_pi import (
    DEFAULT_COUNTS,
    assess,
    crime_name_finder,
    name_on,
    severity_calculator,
    share_text,
    standards_html,
)

ON = date(2024, 3, 15)


def only(calc, **counts):
    """Set every count box to 0, then the given ones."""
    for key in CATEGORIES:
        calc.inputs[key].value = str(counts.get(key, 0))


# --- the severity calculator ----------------------------------------------------------------------------------


def test_every_category_has_a_box_and_the_other_facts_have_inputs():
    calc = severity_calculator()
    assert set(CATEGORIES) | {"illegal_gain", "insider", "unit", "lawful_business", "on"} == set(calc.inputs)


def test_the_defaults_show_35_credit_and_150_transaction_records_as_exactly_the_standard():
    calc = severity_calculator()
    assert calc.error is None and calc.unexpected is None
    case = calc.outcome
    assert case.counts == (("credit", 35), ("transaction", 150))
    assert case.severity is Severity.SERIOUS
    assert case.ratio == Fraction(1) and case.gain_ratio == 0
    assert case.expression == "35/50 + 150/500 = 1"
    page = calc.result.value
    assert "35/50 + 150/500 = 1" in page and "1 × the standard, exact" in page
    assert "侵犯公民个人信息罪" in page and "三年以下有期徒刑或者拘役" in page
    assert "2017年个人信息刑事解释第五条" in page


def test_the_result_always_says_what_is_not_assessed():
    page = severity_calculator().result.value
    for words in ("item 1", "item 2", "item 9", "item 10", "第九项", "第十项", "art. 11"):
        assert words in page


def test_49_credit_records_alone_are_below_the_standard_and_50_reach_it():
    calc = severity_calculator()
    only(calc, credit=49)
    assert calc.outcome.severity is Severity.NONE and calc.outcome.expression == "49/50 = 49/50"
    assert "不构成犯罪" in calc.result.value
    calc.inputs["credit"].value = "50"
    assert calc.outcome.severity is Severity.SERIOUS and calc.outcome.ratio == 1


def test_34_credit_records_with_150_transaction_records_fall_just_short():
    calc = severity_calculator()
    calc.inputs["credit"].value = "34"
    assert calc.outcome.ratio == Fraction(49, 50) and calc.outcome.severity is Severity.NONE


def test_an_insider_with_25_whereabouts_records_reaches_serious_and_is_punished_more_heavily():
    calc = severity_calculator()
    only(calc, whereabouts=25)
    assert calc.outcome.severity is Severity.NONE and calc.outcome.ratio == Fraction(1, 2)
    calc.inputs["insider"].value = True
    assert calc.outcome.severity is Severity.SERIOUS
    assert calc.outcome.expression == "25/25 = 1"
    assert "从重处罚" in calc.outcome.sentence_zh and "从重处罚" in calc.result.value


def test_the_insider_doubles_the_default_case_to_twice_the_standard():
    calc = severity_calculator(insider=True)
    assert calc.outcome.expression == "35/25 + 150/250 = 2"


def test_ten_times_the_standard_is_especially_serious_with_three_to_seven_years():
    calc = severity_calculator()
    only(calc, credit=499)
    assert calc.outcome.severity is Severity.SERIOUS
    calc.inputs["credit"].value = "500"
    assert calc.outcome.severity is Severity.ESPECIALLY_SERIOUS
    assert "三年以上七年以下有期徒刑" in calc.result.value


def test_an_illegal_gain_of_5000_yuan_is_serious_on_its_own():
    calc = severity_calculator()
    only(calc)
    calc.inputs["illegal_gain"].value = "4,999.99"
    assert calc.outcome.severity is Severity.NONE
    calc.inputs["illegal_gain"].value = "5000"
    assert calc.outcome.severity is Severity.SERIOUS and calc.outcome.gain_ratio == 1
    assert calc.outcome.expression == "0"


def test_the_button_recomputes():
    calc = severity_calculator()
    calc.inputs["other"].value = "5000"
    calc.button.click()
    assert calc.outcome.ratio == 2


def test_conduct_before_the_2017_interpretation_is_judged_under_it_as_a_pending_case():
    calc = severity_calculator()
    calc.inputs["on"].value = date(2017, 5, 31)
    assert calc.unexpected is None and calc.outcome.severity is Severity.SERIOUS
    assert "第二条" in calc.result.value and "not in the course reference files" in calc.result.value
    calc.inputs["on"].value = date(2017, 6, 1)
    assert calc.outcome.severity is Severity.SERIOUS


def test_conduct_before_art_253_1_existed_shows_no_offence():
    calc = severity_calculator()
    calc.inputs["on"].value = date(2009, 2, 27)
    assert calc.unexpected is None and calc.outcome.severity is Severity.NONE
    assert "2009-02-28" in calc.result.value


def test_a_cleared_date_is_an_input_error_not_today():
    calc = severity_calculator()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None
    assert "请选择行为日期" in calc.result.value and "choose the date" in calc.result.value


@pytest.mark.parametrize("bad", ["abc", "-1", "1.5", "", "NaN"])
def test_a_bad_count_shows_a_bilingual_message(bad):
    calc = severity_calculator()
    calc.inputs["credit"].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value


@pytest.mark.parametrize("bad", ["abc", "-1", "1.005"])
def test_a_bad_gain_shows_a_bilingual_message(bad):
    calc = severity_calculator()
    calc.inputs["illegal_gain"].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value


def test_an_unknown_category_in_the_defaults_is_refused():
    with pytest.raises(InputError):
        severity_calculator({"phone_numbers": 3})


def test_the_widget_stays_within_900_pixels():
    calc = severity_calculator()
    assert calc.widget.layout.max_width == "900px"
    assert calc._repr_mimebundle_() is not None


def test_assess_keeps_each_share_unreduced_and_the_sum_exact():
    case = assess({"whereabouts": 10, "health": 200, "other": 2000}, on=ON)
    assert [share_text(s) for s in case.shares] == ["10/50", "200/500", "2,000/5,000"]
    assert case.ratio == 1 and sum(s.fraction for s in case.shares) == case.ratio
    with pytest.raises(InputError):
        assess(DEFAULT_COUNTS, on=None)


# --- the crime name by date -----------------------------------------------------------------------------------


def test_the_crime_name_finder_starts_in_2012_with_the_two_old_names():
    calc = crime_name_finder()
    assert calc.unexpected is None
    assert "出售、非法提供公民个人信息罪" in calc.outcome.name_zh and "非法获取公民个人信息罪" in calc.outcome.name_zh
    assert calc.outcome.text_from == date(2009, 2, 28) and calc.outcome.text_to == date(2015, 10, 31)


def test_the_name_changes_on_2015_11_01():
    assert "出售、非法提供" in name_on(date(2015, 10, 31)).name_zh
    new = name_on(date(2015, 11, 1))
    assert new.name_zh == "侵犯公民个人信息罪" and new.text_from == date(2015, 11, 1) and new.text_to is None


def test_a_date_before_any_crime_name_shows_a_bilingual_message():
    calc = crime_name_finder()
    calc.inputs["on"].value = date(2009, 1, 1)
    assert calc.outcome is None and calc.unexpected is None and "请检查输入" in calc.result.value
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None


# --- the standards table --------------------------------------------------------------------------------------


def test_the_standards_table_shows_the_figures_tenfold_and_halved():
    page = standards_html(ON)
    for cell in (">50<", ">500<", ">5,000<", ">50,000<", ">25<", ">250<", ">2,500<", ">25,000<"):
        assert cell in page
    assert "×10" in page and "×1/2" in page


# --- a company that sells data, the fine, purchases for lawful business ------------------------------------------


def test_ticking_unit_shows_the_fine_on_the_company_and_the_band_for_its_responsible_persons():
    calc = severity_calculator(illegal_gain="6000")
    assert "单位：判处罚金" not in calc.result.value
    calc.inputs["unit"].value = True
    page = calc.result.value
    assert calc.outcome.unit and "单位：判处罚金" in page and "直接负责的主管人员和其他直接责任人员" in page
    assert "6000元至3万元" in page and "第二百五十三条之一第四款" in page


def test_the_fine_row_shows_the_range_or_says_the_court_decides():
    calc = severity_calculator()
    assert "罚金（第十二条）" in calc.result.value and "由法院确定" in calc.result.value
    calc.inputs["illegal_gain"].value = "10000"
    assert "1万元至5万元" in calc.result.value


def test_the_lawful_business_box_raises_the_bar_to_the_profit_on_both_sides_of_50000():
    calc = severity_calculator(counts={"other": 10000}, illegal_gain="49999.99")
    assert calc.outcome.severity is Severity.SERIOUS
    calc.inputs["lawful_business"].value = True
    assert calc.outcome.severity is Severity.NONE and "只看获利" in calc.result.value
    calc.inputs["illegal_gain"].value = "50000"
    assert calc.outcome.severity is Severity.SERIOUS
