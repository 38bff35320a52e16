"""The art. 286-1 calculators of notebook 09 work without a kernel: tick boxes, type counts, read the result."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from pilaw import law
from pilaw.law.text import chinese_number
from pilaw.rules.criminal import CATEGORIES, OTHER_CONSEQUENCES, Severity, network_duty_offence
from pilaw.widgets.criminal_network import EXAMPLE_DATE, consequence_options, duty_checker, thresholds_calculator

BAD_COUNTS = ["abc", "-1", "NaN", "1.005"]


# --------------------------------------------------------------------------- (a) the elements


def test_the_defaults_show_the_shop_convicted_on_600_leaked_whereabouts_records():
    calc = duty_checker()
    assert calc.error is None and calc.unexpected is None
    check = calc.outcome
    assert check.made_out and check.assessment.severity is Severity.SERIOUS
    assert check.leak.ratio == Fraction(6, 5)
    assert [e.met for e in check.elements] == [True, None, True, True, True]
    page = calc.result.value
    assert "The art. 286-1 offence is made out" in page and "拒不履行信息网络安全管理义务罪" in page
    assert "三年以下有期徒刑、拘役或者管制，并处或者单处罚金" in page
    assert "对单位判处罚金" in page  # the shop is a unit: para. 2
    assert "6/5" in page
    assert "刑法第二百八十六条之一 · Criminal Law art. 286-1" in page
    assert "not a verdict" in page


def test_the_widget_result_is_the_library_result():
    calc = duty_checker()
    expected = network_duty_offence(
        is_network_service_provider=True,
        ordered_to_correct=True,
        refused=True,
        pieces={"whereabouts": 600},
        unit=True,
        on=EXAMPLE_DATE,
    )
    assert calc.outcome.assessment == expected


def test_every_category_has_a_count_box():
    calc = duty_checker()
    assert set(CATEGORIES) <= set(calc.inputs)


def test_499_whereabouts_records_are_not_enough_but_500_are():
    calc = duty_checker()
    calc.inputs["whereabouts"].value = "499"
    assert not calc.outcome.made_out
    assert calc.outcome.elements[-1].met is False
    assert "499/500" in calc.result.value and "not made out" in calc.result.value
    calc.inputs["whereabouts"].value = "500"
    assert calc.outcome.made_out


def test_categories_mix_as_exact_fractions():
    calc = duty_checker(pieces={"whereabouts": "300", "transaction": "2,500"})
    assert calc.outcome.leak.ratio == Fraction(11, 10)
    assert calc.outcome.made_out
    calc.inputs["transaction"].value = "1,999"
    assert calc.outcome.leak.ratio < 1 and not calc.outcome.made_out


def test_unticking_the_refusal_defeats_the_offence_and_the_button_recomputes():
    calc = duty_checker()
    calc.inputs["refused"].value = False
    calc.button.click()
    assert not calc.outcome.made_out
    assert calc.outcome.elements[3].met is False
    assert "1 项要件不具备" in calc.result.value


def test_a_refusal_without_an_order_is_not_a_refusal():
    calc = duty_checker()
    calc.inputs["ordered"].value = False
    assert [e.met for e in calc.outcome.elements][2:4] == [False, False]
    assert "presupposes an order" in calc.result.value


def test_not_a_network_service_provider_means_no_offence():
    calc = duty_checker(provider=False)
    assert not calc.outcome.made_out and calc.outcome.elements[0].met is False


def test_another_consequence_of_art_4_items_5_to_8_suffices_without_a_count():
    calc = duty_checker(pieces={})
    assert not calc.outcome.made_out and calc.outcome.leak is None
    calc.inputs["consequence"].value = "item6"
    assert calc.outcome.made_out
    assert "造成重大经济损失" in calc.result.value


def test_the_consequence_options_quote_items_5_to_8_from_the_corpus():
    options = consequence_options()
    assert [value for _label, value in options] == ["none", *(f"item{n}" for n in OTHER_CONSEQUENCES)]
    prov = law.provision("spc_2019_network/4")
    for (label, _value), number in zip(options[1:], OTHER_CONSEQUENCES, strict=False):
        words = prov.paragraphs_zh[number].rstrip("；。").split("）", 1)[1]  # the item's words, without its （五）
        assert f"第四条第{chinese_number(number)}项：{words}" in label


def test_before_the_2019_interpretation_its_counts_apply_to_the_case_handled_later():
    calc = duty_checker(on=date(2018, 6, 1))
    assert calc.unexpected is None and calc.outcome.made_out
    assert "第二条" in calc.result.value and "not in the course reference files" in calc.result.value
    calc.inputs["whereabouts"].value = ""
    calc.inputs["consequence"].value = "item5"
    assert calc.outcome.made_out and calc.outcome.elements[-1].cites == "spc_2019_network/4"


def test_before_2015_11_01_there_is_no_art_286_1():
    calc = duty_checker(pieces={}, consequence="item6", on=date(2015, 10, 31))
    assert calc.unexpected is None and not calc.outcome.made_out
    assert "2015-11-01" in calc.result.value and calc.outcome.elements[0].met is False


def test_the_heavier_offence_rule_names_para_3():
    calc = duty_checker(heavier=True)
    assert calc.outcome.made_out
    assert "依照处罚较重的规定定罪处罚" in calc.result.value and "para. 3" in calc.result.value


def test_with_a_heavier_crime_the_headline_does_not_announce_a_conviction_under_art_286_1():
    page = duty_checker(heavier=True).result.value
    assert "具备本罪的全部要件，但同时构成处罚较重的其他犯罪" in page
    assert "The art. 286-1 offence is made out" not in page
    assert "The art. 286-1 offence is made out" in duty_checker().result.value


def test_an_individual_is_not_told_about_the_unit_fine():
    calc = duty_checker(unit=False)
    assert calc.outcome.made_out and "单位" not in calc.outcome.assessment.sentence_zh
    assert "单位：判处罚金" in duty_checker().outcome.assessment.sentence_zh


@pytest.mark.parametrize("bad", BAD_COUNTS)
def test_a_bad_count_shows_a_bilingual_message_naming_the_box(bad):
    calc = duty_checker()
    calc.inputs["whereabouts"].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value
    assert "行踪轨迹信息" in calc.result.value
    assert calc.inputs["whereabouts"].value == bad  # what the student typed stays on screen


def test_a_cleared_date_shows_a_bilingual_message():
    calc = duty_checker()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None
    assert "choose a date" in calc.result.value


def test_the_checker_stays_within_900_pixels():
    calc = duty_checker()
    assert calc.widget.layout.max_width == "900px"
    assert calc._repr_mimebundle_() is not None


# --------------------------------------------------------------------------- (b) ten times higher


def test_the_comparison_defaults_judge_600_whereabouts_records_under_both_articles():
    calc = thresholds_calculator()
    assert calc.error is None and calc.unexpected is None
    c = calc.outcome
    assert c.pi.ratio == 12 and c.pi.severity is Severity.ESPECIALLY_SERIOUS
    assert c.network.ratio == Fraction(6, 5) and c.network.severity is Severity.SERIOUS
    page = calc.result.value
    assert "× 10" in page and "50,000" in page
    assert "not text of the law" in page and "不是法律条文" in page
    assert "三年以上七年以下有期徒刑" in page and "管制" in page
    assert "the only band" in page


def test_60_whereabouts_records_are_serious_under_253_1_but_not_a_serious_consequence_under_286_1():
    calc = thresholds_calculator()
    calc.inputs["count"].value = "60"
    assert calc.outcome.pi.severity is Severity.SERIOUS
    assert calc.outcome.network.severity is Severity.NONE
    assert "未达到“造成严重后果”" in calc.result.value


def test_changing_the_category_uses_its_group_standard():
    calc = thresholds_calculator()
    calc.inputs["category"].value = "transaction"
    calc.inputs["count"].value = "5,000"
    assert calc.outcome.network.ratio == 1 and calc.outcome.pi.ratio == 10


@pytest.mark.parametrize("bad", BAD_COUNTS)
def test_a_bad_count_in_the_comparison_shows_a_bilingual_message(bad):
    calc = thresholds_calculator()
    calc.inputs["count"].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value


def test_a_date_before_2019_11_01_in_the_comparison_is_explained_not_raised():
    calc = thresholds_calculator(on=date(2019, 10, 31))
    assert calc.outcome is None and calc.unexpected is None
    assert "2019-11-01" in calc.result.value


def test_the_comparison_stays_within_900_pixels():
    calc = thresholds_calculator()
    assert calc.widget.layout.max_width == "900px"
