"""The processing checker works without a kernel: tick boxes, press the button, read the result."""

from __future__ import annotations

from datetime import date

from pilaw.rules.processing import ACTS, FIELDS
from pilaw.widgets.processing import FLAG_NAMES, processing_checker


def test_every_fact_of_the_rule_has_a_checkbox():
    assert set(FLAG_NAMES) == set(FIELDS) - {"acts", "consented"}
    calc = processing_checker()
    for act in ACTS:
        assert f"done_{act}" in calc.inputs and f"consent_{act}" in calc.inputs


def test_the_defaults_show_the_shop_failing_three_conditions_and_owing_the_art_1038_duties():
    calc = processing_checker()
    assert calc.unexpected is None and calc.error is None
    assert calc.outcome.failed == {
        "civil_code/1035#(一)",
        "civil_code/1038#1.provide",
        "consumer_law/29#2.confidential",
    }
    page = calc.result.value
    assert "3 statutory condition(s) fail" in page and "3 项法定条件不符合" in page
    assert "按照规定" in page and "立即采取补救措施" in page
    assert "民法典第一千零三十五条 · Civil Code art. 1035" in page
    assert "not a verdict" in page


def test_unticking_consent_to_collection_adds_the_consumer_law_consent_failure():
    calc = processing_checker()
    calc.inputs["consent_collect"].value = False
    assert "consumer_law/29#1.consent" in calc.outcome.failed
    assert "civil_code/1035#(一)" in calc.outcome.failed


def test_ticking_made_public_shows_that_art_1036_item_two_may_apply():
    calc = processing_checker()
    calc.inputs["made_public"].value = True
    assert "(二)" in calc.outcome.may_be_exempt
    assert "item (二)" in calc.result.value


def test_consenting_to_the_provision_clears_every_failure_and_the_button_recomputes():
    calc = processing_checker()
    calc.inputs["consent_provide"].value = True
    calc.button.click()
    assert calc.outcome.failed == frozenset()
    assert "No statutory condition fails" in calc.result.value


def test_the_widget_stays_within_900_pixels():
    calc = processing_checker()
    assert calc.widget.layout.max_width == "900px"
    assert calc._repr_mimebundle_() is not None


def test_a_cleared_date_shows_a_bilingual_message_not_a_traceback():
    calc = processing_checker()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "choose a date" in calc.result.value


def test_a_date_before_the_civil_code_shows_a_bilingual_message():
    calc = processing_checker()
    calc.inputs["on"].value = date(2020, 12, 31)
    assert calc.outcome is None and calc.unexpected is None
    assert "2021-01-01" in calc.result.value


def test_unticking_every_act_asks_for_at_least_one():
    calc = processing_checker()
    for act in ACTS:
        calc.inputs[f"done_{act}"].value = False
    assert calc.outcome is None and calc.unexpected is None
    assert "至少选择一种处理行为" in calc.result.value and "at least one processing act" in calc.result.value
