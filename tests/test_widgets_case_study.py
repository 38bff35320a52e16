"""The case-study calculator and the review quiz (the lesson's bank) work without a kernel: set a value, press a button, read the page."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from pilaw import law
from pilaw.rules.criminal import Severity, network_leak_serious
from pilaw.show.course import NOTEBOOKS
from pilaw.teaching.case_study import CONDUCT_DATE, CaseFacts, summary_table, walk
from pilaw.teaching.exercises import Amount, Choice, Short, bank
from pilaw.widgets.case_study import (
    case_calculator,
    facts_html,
    section_html,
    summary_html,
)
from pilaw.widgets.quiz import lesson_quiz

D = Decimal


def test_the_defaults_show_the_whole_walk_with_a_summary_and_every_section():
    calc = case_calculator()
    assert calc.error is None and calc.unexpected is None
    assert calc.outcome.on == CONDUCT_DATE
    page = html.unescape(calc.result.value)
    for title in (
        "1. What personal information is involved",
        "2. Which processing rules were broken",
        "3. Civil liability",
        "4. Administrative liability",
        "5. Criminal liability",
    ):
        assert title in page
    assert "12,800 yuan" in page and "up to 500,000 yuan" in page and "at least 500 yuan" in page
    assert "60,000,000" in page and "52/5" in page and "The unit: a fine" in page
    assert "个人信息保护法第七十条 · PIPL art. 70" in page
    assert "网络安全法第六十四条 · Cybersecurity Law art. 64" in page
    assert "the page's claim, not law" in page
    assert "步骤" in page and "依据 Basis" in page  # the cited steps are there


def test_moving_the_date_across_2026_01_01_changes_the_cybersecurity_law_row():
    calc = case_calculator()
    calc.inputs["on"].value = date(2025, 12, 31)
    assert calc.outcome.outcome("csl").ref == "cybersecurity_law/64"
    calc.inputs["on"].value = date(2026, 1, 1)
    assert calc.outcome.outcome("csl").ref == "cybersecurity_law/71"
    page = calc.result.value
    assert "网络安全法第七十一条 · Cybersecurity Law art. 71" in page and "no figure of its own" in page
    assert "not checked against the official text" in page  # the one-mirror caveat is on screen


def test_one_tracking_record_less_in_the_database_and_the_286_1_offence_fails():
    calc = case_calculator()
    calc.inputs["exposed_whereabouts"].value = "99"
    calc.button.click()
    assert calc.outcome.outcome("shop_leak").result.ratio == Fraction(499, 500)
    assert calc.outcome.outcome("shop_286_1").result.severity is Severity.NONE


def test_fewer_records_sold_bring_the_employee_down_to_serious():
    calc = case_calculator()
    calc.inputs["sold_whereabouts"].value = "49"
    assert calc.outcome.outcome("employee_253_1").result.severity is Severity.SERIOUS


def test_unticking_the_refusal_clears_the_286_1_offence_and_the_turnover_drives_the_pipl_cap():
    calc = case_calculator()
    calc.inputs["refused"].value = False
    assert calc.outcome.outcome("shop_286_1").result.severity is Severity.NONE
    calc.inputs["turnover"].value = "2,000,000,000"
    assert calc.outcome.outcome("pipl66").result.cap_turnover == D(100000000)
    calc.inputs["serious"].value = False
    assert calc.outcome.outcome("pipl66").result.max_fine == 0


def test_an_empty_loss_sends_the_victim_s_claim_to_the_court():
    calc = case_calculator(victim_loss="")
    assert calc.outcome.outcome("victim_law").result.court_decides
    assert calc.outcome.outcome("victim_page").result.total == D(500)


@pytest.mark.parametrize(
    "field,bad,zh,en",
    [
        ("sold_transaction", "abc", "订单记录", "order records sold"),
        ("sold_whereabouts", "-1", "不能为负数", "cannot be negative"),
        ("employee_gain", "1.005", "两位小数", "two decimal places"),
        ("turnover", "一千", "营业额", "turnover"),
        ("victim_loss", "NaN", "损失", "loss"),
    ],
)
def test_a_bad_input_shows_a_bilingual_message_not_a_traceback(field, bad, zh, en):
    calc = case_calculator()
    calc.inputs[field].value = bad
    assert calc.outcome is None and calc.unexpected is None
    page = calc.result.value
    assert "请检查输入 Please check the input" in page and zh in page and en in page
    assert calc.inputs[field].value == bad


def test_a_cleared_date_shows_a_message():
    calc = case_calculator()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None and "choose a date" in calc.result.value


def test_a_date_before_the_laws_greys_the_routes_instead_of_failing():
    calc = case_calculator(on=date(2016, 1, 1))
    assert calc.error is None
    assert "Not applicable that day" in calc.result.value


def test_the_calculator_stays_within_900_pixels():
    calc = case_calculator()
    assert calc.widget.layout.max_width == "900px"
    assert calc._repr_mimebundle_() is not None


def test_the_parts_render_on_their_own():
    sections = walk()
    assert "1. What personal information is involved" in section_html(sections[0])
    assert "<details open>" in section_html(sections[4], open_steps=True)
    assert "Red: what the source page claims, not law" in summary_html(summary_table(sections), CONDUCT_DATE)
    facts = facts_html(CaseFacts(), CONDUCT_DATE)
    assert "1,200,000,000" in facts and "2025-11-15" in facts and "星河网店" in facts and "12,000" in facts


def test_unverified_provisions_cited_by_a_section_get_a_caveat():
    admin = walk(on=date(2026, 1, 1))[3]
    page = html.unescape(section_html(admin))
    assert "cybersecurity_law/71" in admin.refs
    assert law.provision("cybersecurity_law/71", date(2026, 1, 1)).note in page


# --------------------------------------------------------------------------- the review quiz (the lesson's bank)

QUIZ = {e.id.split("/", 1)[1]: e for e in bank("11_case_study")}


def test_the_review_quiz_covers_the_course_and_names_the_notebook_to_revisit():
    marked = [e for e in QUIZ.values() if not isinstance(e, Short)]
    assert len(marked) >= 8
    files = {nb.file for nb in NOTEBOOKS}
    revisited = set()
    for exercise in marked:
        (name,) = [f for f in files if f in exercise.explain_en]
        assert name in exercise.explain_zh and "Revisit" in exercise.explain_en
        revisited.add(name[:2])
    assert revisited >= {"01", "03", "04", "05", "06", "08", "09", "10"}


def _answer(item):
    item.input.value = item.question.answer if isinstance(item.question.answer, int) else str(item.question.answer)
    item.button.click()
    return item


def test_every_right_answer_is_marked_right_and_a_wrong_one_wrong():
    q = lesson_quiz("11_case_study")
    marked = [item for item in q.items if not isinstance(item.question, Short)]
    for item in marked:
        assert _answer(item).correct is True and "✓" in item.feedback.value
    assert q.score == len(marked)
    first = lesson_quiz("11_case_study").items[0]
    wrong = next(i for i in range(4) if i != first.question.answer)
    first.input.value = wrong
    first.button.click()
    assert first.correct is False and "try once more" in first.feedback.value
    assert "Revisit: 01" not in first.feedback.value  # one retry before the explanation
    first.button.click()
    assert first.correct is False and "Revisit: 01" in first.feedback.value


def test_the_quiz_s_amounts_agree_with_the_library():
    sections = walk()
    ratio = sections[4].outcome("employee_253_1").result.ratio
    assert QUIZ["case-victim-damages"].answer == sections[2].outcome("victim_law").result.property
    assert Fraction(QUIZ["case-employee-ratio"].answer) == ratio
    assert QUIZ["case-turnover-cap"].answer == sections[3].outcome("pipl66").result.cap_turnover
    assert all(isinstance(QUIZ[k], Amount) for k in ("case-victim-damages", "case-employee-ratio", "case-turnover-cap"))


def test_the_quiz_s_choices_agree_with_the_library():
    sections = walk()
    sensitive = [c.key for c in sections[0].outcome("classification").result if c.is_sensitive]
    first = QUIZ["case-sensitive-item"]
    assert sensitive == ["whereabouts"] and "行踪轨迹" in first.options[first.answer].zh
    refused = walk(facts=CaseFacts(refused=False))[4].outcome("shop_286_1").result
    fixed = QUIZ["case-shop-fixed-the-database"]
    assert refused.severity is Severity.NONE and "286-1" in fixed.options[fixed.answer].en
    one = sections[3].outcome("one_fine").result
    once = QUIZ["case-one-act-one-fine"]
    assert one.applied.article == "pipl/66" and "PIPL art. 66" in once.options[once.answer].en
    counted = network_leak_serious({"transaction": 6000, "whereabouts": 160}, on=CONDUCT_DATE)
    assert counted.ratio == Fraction(38, 25) and "38/25" in QUIZ["case-do-sold-records-count"].model_en


def test_a_non_number_in_an_amount_question_shows_the_message():
    item = next(i for i in lesson_quiz("11_case_study").items if i.question.__class__.__name__ == "Amount")
    item.input.value = "abc"
    item.button.click()
    assert item.correct is None and "Please check the input" in item.feedback.value


def test_the_pipl_duties_show_on_screen_and_move_with_what_the_shop_did_after_the_leak():
    calc = case_calculator()
    page = html.unescape(calc.result.value)
    assert "个人信息保护法第五十一条 · PIPL art. 51" in page and "个人信息保护法第五十七条 · PIPL art. 57" in page
    assert calc.outcome.outcome("pipl_breach").outcome_en.startswith("not met")
    for name in ("remedied", "persons_informed", "authority_reported"):
        calc.inputs[name].value = True
    assert "not met" not in calc.outcome.outcome("pipl_breach").outcome_en


def test_the_review_quiz_asks_what_the_fraud_victim_must_still_show_under_pipl_69():
    last = QUIZ["case-what-victim-shows"]
    assert isinstance(last, Choice)
    right = last.options[last.answer]
    assert "因果关系" in right.zh and "causal" in right.en
    assert "B2" in last.explain_en and "05_compensation.ipynb" in last.explain_en
