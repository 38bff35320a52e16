"""Notebook 04's widgets work without a kernel: the passage checker and the error hunt."""

from __future__ import annotations

from datetime import date

from pilaw.teaching import source_page as sp
from pilaw.widgets.quiz import Amount, Choice
from pilaw.widgets.source_page import error_hunt, error_questions, passage_checker


def test_the_checker_starts_on_art_1034_and_shows_the_lost_character():
    calc = passage_checker()
    assert calc.unexpected is None and calc.error is None
    assert calc.outcome.key == "cc1034" and calc.outcome.lost == 1
    assert "然人的個人信息受法律保護" in calc.result.value
    assert ">自</ins>" in calc.result.value
    assert "civil_code/1034" not in calc.result.value  # steps show the article's name, not the raw ref
    assert "民法典第一千零三十四条" in calc.result.value


def test_choosing_another_passage_recomputes():
    calc = passage_checker()
    calc.inputs["passage"].value = "art219_quotation"
    assert calc.outcome.key == "art219_quotation" and calc.outcome.added == 9
    calc.inputs["passage"].value = "art253_1_penalty"
    calc.button.click()
    assert "管制" in calc.result.value and calc.outcome.lost > 0


def test_a_date_changes_the_version_compared():
    calc = passage_checker("art219_explanation")
    default = calc.outcome.similarity
    calc.inputs["on"].value = date(2021, 3, 1)
    assert calc.outcome.on == date(2021, 3, 1) and calc.outcome.similarity < default
    calc.inputs["on"].value = None
    assert calc.outcome.on == date(2021, 2, 28)


def test_a_date_before_the_civil_code_shows_a_bilingual_message_not_a_traceback():
    calc = passage_checker()
    calc.inputs["on"].value = date(2020, 1, 1)
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value
    assert "2021-01-01" in calc.result.value


def test_the_claim_paragraph_with_a_date_is_refused_politely():
    calc = passage_checker("claim")
    assert calc.outcome.lost == 3
    calc.inputs["on"].value = date(2025, 7, 6)
    assert calc.outcome is None and calc.unexpected is None and "Please check the input" in calc.result.value


def test_the_error_hunt_hides_each_answer_until_it_is_attempted():
    hunt = error_hunt()
    assert len(hunt.items) >= 7
    for item in hunt.items:
        assert item.feedback.value == ""
        item.button.click()
        if isinstance(item.question, Choice):
            assert "Choose an answer first" in item.feedback.value
            assert item.question.explain_en not in item.feedback.value


def test_the_error_hunt_answer_key_agrees_with_the_comparisons():
    questions = error_questions()
    amounts = [q for q in questions if isinstance(q, Amount)]
    assert [int(q.answer) for q in amounts] == [sp.compare("cc1035").lost, sp.compare("claim").lost]
    version = questions[2]
    assert "1997" in version.options[version.answer]
    rule = questions[-1]
    assert "unknown origin" in rule.options[rule.answer]


def test_every_right_answer_is_confirmed_with_the_errata_explanation():
    hunt = error_hunt()
    for item in hunt.items:
        q = item.question
        item.input.value = q.answer if isinstance(q, Choice) else str(q.answer)
        item.button.click()
        assert item.correct is True
        assert q.explain_en in item.feedback.value or q.explain_en.replace("'", "&#x27;") in item.feedback.value
    assert hunt.score == len(hunt.items)


def test_a_wrong_or_unreadable_answer_gets_feedback_not_an_error():
    hunt = error_hunt()
    first = hunt.items[0]
    first.input.value = "一个"
    first.button.click()
    assert first.correct is None and "Please check the input" in first.feedback.value
    first.input.value = "3"
    first.button.click()
    assert first.correct is False and "Not quite" in first.feedback.value


def test_the_answer_key_opens_only_after_every_question_has_an_answer():
    from pilaw.widgets.source_page import answer_key

    hunt = error_hunt()
    key = answer_key(hunt)
    assert key.button.disabled and key.remaining == len(hunt.items)
    key.button.click()
    assert key.answers.value == ""
    for item in hunt.items:  # wrong answers count as attempts
        q = item.question
        item.input.value = (q.answer + 1) % len(q.options) if isinstance(q, Choice) else "99"
        item.button.click()
    assert not key.button.disabled and "You can now see the answers" in key.status.value
    key.button.click()
    assert "工商行政管理部門" in key.answers.value and "unknown origin" in key.answers.value
