"""Notebook 06's decision map, diagram and exercises work without a kernel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from pilaw.law.steps import Kind
from pilaw.rules.criminal import CATEGORIES, Severity
from pilaw.teaching import routes
from pilaw.teaching.routes import Party, Status
from pilaw.widgets.routes import DEFAULT_DAY, decision_map, example, matrix_html

D = Decimal


def only(calc, **counts):
    for key in CATEGORIES:
        calc.inputs[key].value = str(counts.get(key, 0))


# --------------------------------------------------------------------------------------------- the form


def test_the_form_has_the_three_choices_every_category_and_the_other_facts():
    calc = decision_map()
    assert {
        "who",
        "what",
        "to_whom",
        "gain",
        "employer_loss",
        "customer_list_is_secret",
        "employer_failed_security",
        "on",
    } | set(CATEGORIES) == set(calc.inputs)


def test_the_defaults_show_zhao_lius_sale_engaging_all_three_routes():
    calc = decision_map()
    assert calc.error is None and calc.unexpected is None
    r = calc.outcome
    assert (r.who, r.what, r.to_whom, r.on) == ("employee", "customer_list", "competitor", DEFAULT_DAY)
    assert r.gain == D(8_000) and r.pieces == (("transaction", 600),)
    assert r.pi.severity is Severity.SERIOUS
    assert r.civil.targets() == (Party.LEAKER,) and r.criminal.targets() == (Party.LEAKER,)
    assert r.administrative.targets(Status.OPEN) == (Party.HOLDER,)
    page = calc.result.value
    for words in (
        "民事路径",
        "Administrative route",
        "刑事路径",
        "侵犯公民个人信息罪",
        "个人信息保护法第六十六条",
        "8,000",
        "交易信息600条",
        "not a verdict",
        "第一千二百二十六条",
    ):
        assert words in page


def test_the_form_agrees_with_the_rule():
    assert decision_map().outcome == example()
    direct = routes.engaged(
        who="employee",
        what="customer_list",
        to_whom="competitor",
        gain="8,000",
        pieces={"transaction": 600},
        on=DEFAULT_DAY,
    )
    assert decision_map().outcome.engagements == direct.engagements


def test_ticking_trade_secret_engages_the_aucl_fine_on_the_employee():
    calc = decision_map()
    calc.inputs["customer_list_is_secret"].value = True
    r = calc.outcome
    assert r.engagement("admin.trade_secret").status is Status.ENGAGED
    assert r.aucl_fine.min_fine == D(100_000)
    assert r.trade_secret_damages.total == D(8_000)
    assert "反不正当竞争法第二十六条" in calc.result.value


def test_ticking_the_employers_failure_engages_pipl_66_against_the_shop():
    calc = decision_map()
    calc.inputs["employer_failed_security"].value = True
    assert calc.outcome.engagement("admin.holder").status is Status.ENGAGED


def test_hospital_staff_leaking_patient_records_engage_art_1226():
    calc = decision_map()
    calc.inputs["who"].value = "medical_staff"
    calc.inputs["what"].value = "patient_records"
    only(calc, health=300)
    calc.inputs["gain"].value = "0"
    r = calc.outcome
    assert r.engagement("civil.medical").status is Status.ENGAGED
    assert r.pi.severity is Severity.SERIOUS
    assert "医疗机构（雇主、信息处理者）" in calc.result.value


def test_a_small_sale_goes_to_the_police_and_after_2026_the_caveat_shows():
    calc = decision_map()
    only(calc, transaction=200)
    calc.inputs["gain"].value = "2,000"
    assert calc.outcome.engagement("admin.police").status is Status.ENGAGED
    assert calc.outcome.engagement("admin.police").refs == ("cybersecurity_law/64",)
    assert "⚠" not in calc.result.value
    calc.inputs["on"].value = date(2026, 1, 5)
    assert "public_security_law/56" in calc.outcome.engagement("admin.police").refs
    assert "⚠" in calc.result.value and "治安管理处罚法第五十六条" in calc.result.value


def test_an_empty_count_box_means_none_and_an_empty_loss_box_means_unknown():
    calc = decision_map()
    calc.inputs["transaction"].value = ""
    calc.inputs["employer_loss"].value = ""
    assert calc.error is None and calc.outcome.pieces == () and calc.outcome.employer_loss is None
    assert calc.outcome.pi.severity is Severity.SERIOUS  # the gain alone: 8,000 ≥ 2,500


def test_the_button_recomputes():
    calc = decision_map()
    calc.outcome = None
    calc.button.click()
    assert calc.outcome is not None


@pytest.mark.parametrize(
    "field, bad",
    [
        ("gain", "abc"),
        ("gain", "-1"),
        ("gain", "NaN"),
        ("gain", "1.005"),
        ("transaction", "一千"),
        ("transaction", "-5"),
        ("employer_loss", "abc"),
    ],
)
def test_a_bad_entry_shows_a_bilingual_message_not_a_traceback(field, bad):
    calc = decision_map()
    calc.inputs[field].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value
    assert calc.inputs[field].value == bad  # kept on screen


def test_a_cleared_date_or_a_date_before_the_civil_code_is_refused_politely():
    calc = decision_map()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None and "choose the date" in calc.result.value
    calc.inputs["on"].value = date(2020, 12, 31)
    assert calc.outcome is None and calc.unexpected is None and "2021-01-01" in calc.result.value


def test_the_widget_stays_within_900_pixels():
    calc = decision_map()
    assert calc.widget.layout.max_width == "900px"
    assert calc._repr_mimebundle_() is not None


def test_the_matrix_lists_only_parties_with_a_route():
    page = matrix_html(example(to_whom="public"))
    assert "接收者" not in page and "泄露者" in page and "雇主" in page
    assert "接收者" in matrix_html(example())


# --------------------------------------------------------------------------------------------- the exercises


def _bank():
    from pilaw.teaching.exercises import bank

    return {e.id.split("/")[1]: e for e in bank("06_employee_leaks")}


def test_the_bank_s_numbers_are_the_library_s():
    from pilaw import law

    ex = _bank()
    assert ex["insider-half"].answer == law.value("spc2017.pieces.safety", DEFAULT_DAY) * law.value(
        "spc2017.insider_fraction", DEFAULT_DAY
    )
    assert ex["aucl-fine-minimum"].answer == example(customer_list_is_secret=True).aucl_fine.min_fine == D(100_000)
    assert "12/5" in ex["insider-half"].explain_en and example().pi.ratio == Fraction(12, 5)


def test_the_bank_s_choices_are_the_library_s_answers():
    ex = _bank()
    chosen = {key: e.options[e.answer].en for key, e in ex.items() if e.kind == "choice"}
    zhao = example()
    assert zhao.engagement("admin.holder").targets == (Party.HOLDER,) and "星河网店" in chosen["pipl66-target"]
    small = example(gain="2,000", pieces={"transaction": 200})
    assert small.pi.ratio == small.pi.gain_ratio == Fraction(4, 5)
    assert small.engagement("admin.police").status is Status.ENGAGED
    assert small.engagement("criminal.pi").status is Status.NOT_ENGAGED and "police" in chosen["small-sale-route"]
    assert zhao.engagement("civil.medical").status is Status.NOT_ENGAGED and "1226" in chosen["page-articles"]
    later = example(on=date(2026, 1, 1), gain="2,000", pieces={"transaction": 200})
    assert "public_security_law/56" in later.engagement("admin.police").refs
    assert "art. 56" in chosen["police-from-2026"]
    assert any(s.cites == "pipl/73" and s.kind is Kind.READING for s in zhao.engagement("admin.holder").steps)
    assert ex["seller-a-processor"].task == "argue" and "B9–B11, B15" in ex["seller-a-processor"].model_en


def test_a_wrong_answer_gets_its_own_feedback_then_the_explanation():
    from pilaw.widgets.quiz import lesson_quiz

    item = lesson_quiz("06_employee_leaks").items[0]
    item.input.value = 0
    item.button.click()
    assert item.correct is False and "try once more" in item.feedback.value and "Explanation" not in item.feedback.value
    item.button.click()
    assert item.correct is False and "Explanation" in item.feedback.value


def test_the_page_check_shows_the_pages_words_then_what_the_articles_cover():
    from pilaw.widgets.routes import page_check_html

    page = page_check_html()
    assert "第一千零三十二條" in page and "工商行政管理部門" in page  # the page, in its own characters
    assert "民法典第一千二百二十六条" in page and "does not apply" in page
    assert page.count("通常員工泄露商業秘密") == 1  # the page is quoted once, not again in the steps
