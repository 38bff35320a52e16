"""Notebook 07's widgets work without a kernel: the art. 219 calculator, the AUCL damages comparison, the exercise bank."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from pilaw.rules import criminal
from pilaw.rules.criminal import Severity
from pilaw.widgets.trade_secrets import (
    amendment_xi_from,
    art219_diff_html,
    aucl_2025_from,
    damages_calculator,
    offence_calculator,
    thresholds_html,
)

D = Decimal


# --------------------------------------------------------------------------- the texts and the figures


def test_the_art_219_diff_marks_the_changes_and_carries_the_pre_2021_caveat():
    page = art219_diff_html()
    assert "⚠" in page and "four secondary web pages" in page
    for changed in ("或者拘役", "利诱", "违反约定", "或者应知", "本条所称商业秘密，是指"):
        assert changed in page
    assert ">七</del>" in page and ">十</ins>" in page


def test_the_threshold_table_shows_three_generations_and_flags_the_repeat_tenfold():
    page = thresholds_html()
    for figure in ("500,000", "2,500,000", "300,000", "3,000,000", "100,000", "1,000,000"):
        assert figure in page
    assert page.count("<tr>") == 4  # the header and three interpretations
    assert "not settled" in page and "尚无定论" in page
    assert "2020-09-14" in page and "2025-04-26" in page


def test_the_change_dates_come_from_the_corpus():
    assert amendment_xi_from() == date(2021, 3, 1)
    assert aucl_2025_from() == date(2025, 10, 15)


# --------------------------------------------------------------------------- the art. 219 calculator


def test_the_defaults_show_wang_wu_serious_under_the_more_favourable_2025_figures():
    calc = offence_calculator()
    assert calc.error is None and calc.unexpected is None
    result = calc.outcome
    assert result.severity is Severity.SERIOUS
    assert result.interpretation_ref == "spc_2025_ip/17" and result.amount == D(2_600_000)
    assert result.text_from == date(2021, 3, 1)
    assert result.band_zh == "三年以下有期徒刑，并处或者单处罚金"
    page = calc.result.value
    assert "情节严重" in page and "2025年知识产权刑事解释第十七条" in page
    assert "Temporal Effect" in page and "not in the course reference files" in page
    assert "not a verdict" in page


def test_the_default_case_would_be_especially_serious_under_the_2020_figures():
    # what the calculator avoided: the interpretation in force at the conduct
    calc = offence_calculator(trial_date=date(2025, 4, 25))
    assert calc.outcome.severity is Severity.ESPECIALLY_SERIOUS
    assert calc.outcome.interpretation_ref == "spc_2020_ip3/4"
    assert calc.outcome.band_zh == "三年以上十年以下有期徒刑，并处罚金"


@pytest.mark.parametrize("conduct, years", [(date(2021, 2, 28), "七年"), (date(2021, 3, 1), "十年")])
def test_moving_the_conduct_date_across_2021_03_01_moves_the_top_band(conduct, years):
    calc = offence_calculator(loss="3,000,000")
    calc.inputs["conduct_date"].value = conduct
    assert calc.outcome.severity is Severity.ESPECIALLY_SERIOUS
    assert f"三年以上{years}以下有期徒刑" in calc.outcome.band_zh
    assert f"三年以上{years}以下有期徒刑" in calc.result.value


def test_the_pre_2021_text_shows_its_caveat_in_the_result():
    calc = offence_calculator(conduct_date=date(2021, 2, 28), loss="3,000,000")
    assert calc.outcome.text_from == date(1997, 10, 1)
    assert "未经官方文本核实" in calc.result.value and "not been checked" in calc.result.value
    assert "unverified" in calc.result.value  # the art. 12 step says its text is unverified


def test_a_repeat_offender_at_1000000_is_shown_as_contested():
    calc = offence_calculator(conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1), loss="1,000,000")
    assert calc.outcome.severity is Severity.SERIOUS
    calc.inputs["repeat_within_two_years"].value = True
    assert calc.outcome.severity is Severity.ESPECIALLY_SERIOUS and calc.outcome.contested
    assert "有争议" in calc.result.value and "not settled" in calc.result.value


def test_bankruptcy_and_an_empty_gain_box_are_read_and_the_button_recomputes():
    calc = offence_calculator(conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1), loss="0")
    calc.inputs["illegal_gain"].value = ""
    assert calc.outcome.severity is Severity.NONE
    calc.inputs["owner_bankrupt"].value = True
    calc.button.click()
    assert calc.outcome.severity is Severity.ESPECIALLY_SERIOUS


def test_the_calculator_agrees_with_the_rule():
    calc = offence_calculator()
    direct = criminal.trade_secret(loss=D(2_600_000), conduct_date=date(2024, 3, 1), trial_date=date(2025, 6, 1))
    assert calc.outcome == direct


@pytest.mark.parametrize(
    "field, bad", [("loss", "abc"), ("loss", "-1"), ("loss", "NaN"), ("loss", "1.005"), ("illegal_gain", "一千")]
)
def test_a_bad_amount_shows_a_bilingual_message_not_a_traceback(field, bad):
    calc = offence_calculator()
    calc.inputs[field].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value


@pytest.mark.parametrize("field", ["conduct_date", "trial_date"])
def test_a_cleared_date_is_asked_for(field):
    calc = offence_calculator()
    calc.inputs[field].value = None
    assert calc.outcome is None and calc.unexpected is None
    assert "choose a date" in calc.result.value


def test_a_trial_before_the_conduct_or_conduct_before_1997_is_refused_politely():
    calc = offence_calculator()
    calc.inputs["trial_date"].value = date(2024, 1, 1)
    assert calc.outcome is None and calc.unexpected is None
    calc = offence_calculator(conduct_date=date(1997, 9, 30))
    assert calc.outcome is None and calc.unexpected is None and "1997-10-01" in calc.result.value


def test_the_widgets_stay_within_900_pixels():
    for calc in (offence_calculator(), damages_calculator()):
        assert calc.widget.layout.max_width == "900px"
        assert calc._repr_mimebundle_() is not None


# --------------------------------------------------------------------------- the AUCL damages comparison


def test_the_damages_defaults_differ_between_2025_10_14_and_2025_10_15():
    calc = damages_calculator()
    assert calc.error is None and calc.unexpected is None
    c = calc.outcome
    assert (c.first_date, c.second_date) == (date(2025, 10, 14), date(2025, 10, 15))
    assert c.first.article == "aucl/17" and c.second.article == "aucl/22"
    assert c.first.base_kind == "loss" and c.first.base == D(800_000)
    assert c.second.base_kind == "gain" and c.second.base == D(1_200_000)
    assert c.first.total == D(1_650_000) and c.second.total == D(2_450_000)
    assert c.difference == D(800_000)
    page = calc.result.value
    assert "800,000" in page and "恶意" in page and "故意" in page and "not settled" in page


def test_an_empty_loss_box_means_cannot_be_determined_and_the_2019_text_then_uses_the_gain():
    calc = damages_calculator()
    calc.inputs["loss"].value = ""
    assert calc.outcome.first.base_kind == "gain" and calc.outcome.difference == 0


def test_neither_amount_leaves_it_to_the_court_up_to_5000000_without_a_multiple():
    calc = damages_calculator()
    calc.inputs["loss"].value = ""
    calc.inputs["gain"].value = ""
    c = calc.outcome
    assert c.first.court_decides and c.second.court_decides
    assert c.first.upper_bound == c.second.upper_bound == D(5_000_000)
    assert c.first.multiplier == c.second.multiplier == 1 and c.difference is None
    assert "set by the court, up to 5,000,000 yuan" in calc.result.value
    assert "spc_2026_punitive/8" not in calc.result.value and "第八条" in calc.result.value


def test_before_2026_05_01_the_2026_cap_is_not_applied():
    calc = damages_calculator(trial_date=date(2026, 4, 30))
    assert calc.outcome.second.total_cap is None and calc.outcome.second.punitive_interpretation is None
    calc.inputs["trial_date"].value = date(2026, 5, 1)
    assert calc.outcome.second.total_cap == D(6_000_000)


def test_without_intent_the_multiple_is_not_applied():
    calc = damages_calculator()
    calc.inputs["wilful"].value = False
    assert calc.outcome.first.total == D(850_000) and calc.outcome.second.total == D(1_250_000)


@pytest.mark.parametrize(
    "field, bad", [("loss", "abc"), ("gain", "-1"), ("costs", "1.005"), ("multiplier", "6"), ("multiplier", "abc")]
)
def test_a_bad_damages_input_shows_a_bilingual_message_not_a_traceback(field, bad):
    calc = damages_calculator()
    calc.inputs[field].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value


def test_conduct_before_the_2019_text_is_refused_politely():
    calc = damages_calculator()
    calc.inputs["first_date"].value = date(2019, 4, 22)
    assert calc.outcome is None and calc.unexpected is None and "2019-04-23" in calc.result.value


# --------------------------------------------------------------------------- exercises


def _bank():
    from pilaw.teaching.exercises import bank

    lessons = ("07_trade_secrets", "13_appendix_trade_secret_damages")  # the crime; the civil damages, in the appendix
    return {e.id.split("/")[1]: e for lesson in lessons for e in bank(lesson)}


def test_the_bank_s_numbers_are_the_library_s():
    from pilaw import law
    from pilaw.rules.compensation import trade_secret_damages

    ex = _bank()
    assert ex["repeat-entry-figure"].answer == law.value("spc2025.trade_secret.serious_repeat") == D(100_000)
    before = aucl_2025_from() - timedelta(days=1)
    old = trade_secret_damages(
        loss=D(800_000), gain=D(1_200_000), conduct_date=before, costs=D(50_000), trial_date=date(2026, 6, 1)
    )
    assert before.isoformat() in ex["damages-2019-text"].prompt_en
    assert ex["damages-2019-text"].answer == old.total == D(850_000)


def test_the_bank_s_choices_are_the_library_s_answers():
    from pilaw.rules.compensation import trade_secret_damages

    ex = _bank()
    chosen = {key: e.options[e.answer].en for key, e in ex.items() if e.kind == "choice"}
    last_old_day = amendment_xi_from() - timedelta(days=1)
    top = criminal.trade_secret(loss=D(3_000_000), conduct_date=last_old_day, trial_date=date(2025, 6, 1))
    assert top.severity is Severity.ESPECIALLY_SERIOUS and top.band_zh.startswith("三年以上七年以下")
    assert "seven" in chosen["top-band-old-text"]
    wang = criminal.trade_secret(loss=D(2_600_000), conduct_date=date(2024, 3, 1), trial_date=date(2025, 6, 1))
    assert (wang.interpretation_ref, wang.severity) == ("spc_2025_ip/17", Severity.SERIOUS)
    assert chosen["wang-wu-figures"].startswith("2025 interpretation: serious, up to three years")
    none = trade_secret_damages(
        conduct_date=aucl_2025_from(), wilful=True, serious=True, multiplier=3, trial_date=date(2026, 6, 1)
    )
    assert none.court_decides and none.multiplier == 1 and none.damages is None and none.upper_bound == D(5_000_000)
    assert "up to 5,000,000 yuan, with no multiple" in chosen["statutory-award"]
    assert "confidentiality measures" in chosen["customer-list-element"]
    company = criminal.trade_secret(
        illegal_gain=D(400_000), conduct_date=date(2025, 6, 1), trial_date=date(2026, 6, 1), unit=True
    )
    assert company.penalty_zh.startswith("单位：判处罚金") and (company.fine.low, company.fine.high) == (
        D(400_000),
        D(4_000_000),
    )
    assert "company is fined" in chosen["company-offender"] and "400,000–4,000,000" in chosen["company-offender"]
    chen = criminal.trade_secret(
        loss=D(1_200_000), conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1), repeat_within_two_years=True
    )
    assert chen.severity is Severity.ESPECIALLY_SERIOUS and chen.contested
    assert ex["tenfold-repeat"].task == "argue"
    assert ex["either-measure"].task == "argue"  # the 或者 of AUCL 2025 art. 22, argued both ways


def test_the_quiz_gives_a_hint_then_the_explanation():
    from pilaw.widgets.quiz import lesson_quiz

    quiz = lesson_quiz("13_appendix_trade_secret_damages")
    item = next(i for i in quiz.items if "2025-10-14, loss 800,000" in i.question.prompt_en)
    item.input.value = "1,250,000"
    item.button.click()
    assert item.correct is False and "try once more" in item.feedback.value and "2019 text" in item.feedback.value
    item.button.click()
    assert item.correct is False and "Explanation" in item.feedback.value
    item.input.value = "850,000"
    item.button.click()
    assert item.correct is True


# --------------------------------------------------------------------------- a company as the offender, and the fine


def test_ticking_unit_adds_the_fine_on_the_company_under_art_220():
    calc = offence_calculator(
        conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1), loss="0", illegal_gain="400000"
    )
    page = calc.result.value
    assert "40万元至400万元" in page and "单位：判处罚金" not in page
    calc.inputs["unit"].value = True
    page = calc.result.value
    assert calc.outcome.unit and "单位：判处罚金" in page and "刑法第二百二十条" in page
    assert "三年以下有期徒刑，并处或者单处罚金" in page  # the band of the responsible persons


def test_below_the_threshold_the_unit_box_adds_no_penalty():
    calc = offence_calculator(conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1), loss="299999", unit=True)
    assert calc.outcome.severity is Severity.NONE and "单位：判处罚金" not in calc.result.value


def test_the_offence_steps_open_with_why_the_result_is_what_it_is():
    calc = offence_calculator()
    page = calc.result.value
    assert "compared whole" in page and "more favourable" in page and "2,600,000 yuan counted" in page
    calc.inputs["conduct_date"].value = date(2025, 6, 1)
    calc.inputs["trial_date"].value = date(2026, 1, 1)
    calc.inputs["loss"].value = "1000000"
    calc.inputs["repeat_within_two_years"].value = True
    assert "literal reading of the tenfold" in calc.result.value
