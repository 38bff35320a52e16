"""The fines calculators work without a kernel: set a value, press the button, read the result."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pilaw.widgets.fines import pipl66_calculator, range_text, regime_by_date

D = Decimal


# --------------------------------------------------------------------------- (a) PIPL art. 66


def test_the_defaults_show_the_shop_s_serious_case_with_both_caps_and_both_readings():
    calc = pipl66_calculator()
    assert calc.error is None and calc.unexpected is None
    fine = calc.outcome
    assert fine.cap_fixed == D(50000000) and fine.cap_turnover == D(60000000)
    assert fine.max_fine is None
    assert [r[2] for r in fine.readings] == [D(50000000), D(60000000), D(60000000)]
    page = calc.result.value
    assert "5000万元 · 50,000,000 yuan" in page and "6000万元 · 60,000,000 yuan" in page
    assert "或者" in page and "whichever is higher" in page and "commentary" in page
    assert "10万元至100万元" in page
    assert "个人信息保护法第六十六条第二款 · PIPL art. 66 para. 2" in page  # the steps now cite the paragraph


def test_just_below_1000000000_the_fixed_cap_is_the_larger():
    calc = pipl66_calculator()
    calc.inputs["turnover"].value = "999,999,999.99"
    assert calc.outcome.cap_turnover == D("49999999.9995") < calc.outcome.cap_fixed
    assert "49,999,999.9995" in calc.result.value  # the fraction of a fen is not rounded away
    assert "较大的是固定上限" in calc.result.value and "the larger is the fixed cap" in calc.result.value


def test_at_1000000000_the_caps_are_equal_and_there_is_one_maximum():
    calc = pipl66_calculator(turnover="1,000,000,000")
    assert calc.outcome.max_fine == D(50000000)
    assert "The two caps are equal" in calc.result.value


def test_just_above_1000000000_the_turnover_cap_is_the_larger():
    calc = pipl66_calculator()
    calc.inputs["turnover"].value = "1,000,000,001"
    calc.button.click()
    assert calc.outcome.cap_turnover == D("50000000.05") > calc.outcome.cap_fixed
    assert "较大的是营业额上限" in calc.result.value and "the larger is the turnover cap" in calc.result.value


def test_an_empty_turnover_leaves_only_the_fixed_cap_known():
    calc = pipl66_calculator(turnover="")
    assert calc.outcome.cap_turnover is None
    assert "营业额未知 turnover unknown" in calc.result.value


def test_the_ordinary_case_has_no_fine_unless_the_processor_refuses_to_correct():
    calc = pipl66_calculator()
    calc.inputs["serious"].value = False
    assert (calc.outcome.min_fine, calc.outcome.max_fine) == (0, 0)
    assert "不罚款（0元）" in calc.result.value
    calc.inputs["refused_to_correct"].value = True
    assert calc.outcome.max_fine == D(1000000)
    assert "up to 1,000,000 yuan" in calc.result.value


def test_an_illegal_gain_is_confiscated_not_fined():
    calc = pipl66_calculator(illegal_gain="12,345.67")
    assert calc.outcome.confiscation == D("12345.67")
    assert "12345.67元 · 12,345.67 yuan" in calc.result.value


@pytest.mark.parametrize(
    "field,bad,zh,en",
    [
        ("turnover", "一千", "上一年度营业额", "turnover"),
        ("turnover", "-1", "不能为负数", "cannot be negative"),
        ("illegal_gain", "abc", "违法所得", "illegal gain"),
    ],
)
def test_a_bad_amount_shows_a_bilingual_message_not_a_traceback(field, bad, zh, en):
    calc = pipl66_calculator()
    calc.inputs[field].value = bad
    assert calc.outcome is None and calc.unexpected is None
    page = calc.result.value
    assert "请检查输入 Please check the input" in page and zh in page and en in page
    assert calc.inputs[field].value == bad  # what was typed stays on screen


def test_a_cleared_or_too_early_date_shows_a_message():
    calc = pipl66_calculator()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None and "choose a date" in calc.result.value
    calc.inputs["on"].value = date(2021, 10, 31)
    assert calc.outcome is None and calc.unexpected is None and "2021-11-01" in calc.result.value
    calc.inputs["on"].value = date(2021, 11, 1)
    assert calc.outcome is not None


def test_the_calculator_stays_within_900_pixels():
    calc = pipl66_calculator()
    assert calc.widget.layout.max_width == "900px"
    assert calc._repr_mimebundle_() is not None


# --------------------------------------------------------------------------- (b) which regime on this date


def _row(calc, key):
    return calc.outcome.get(key)


def test_on_2025_12_31_the_cybersecurity_law_gives_1_to_10_times_the_gain():
    calc = regime_by_date()
    assert calc.unexpected is None and calc.error is None
    csl = _row(calc, "cybersecurity")
    assert csl.article == "cybersecurity_law/64" and (csl.min_fine, csl.max_fine) == (D(30000), D(300000))
    assert "网络安全法第六十四条 · Cybersecurity Law art. 64" in calc.result.value


def test_on_2026_01_01_the_cybersecurity_law_row_visibly_changes_to_article_71_without_a_figure():
    calc = regime_by_date()
    before = calc.result.value
    calc.inputs["on"].value = date(2026, 1, 1)
    after = calc.result.value
    csl = _row(calc, "cybersecurity")
    assert csl.article == "cybersecurity_law/71" and csl.max_fine is None
    assert "网络安全法第七十一条 · Cybersecurity Law art. 71" in after and "art. 71" not in before.split("Step-by")[0]
    assert "no figure of its own" in after and "no figure of its own" not in before
    assert "verified in one mirror only" in after and "X-STORAGE" in after
    assert "an inference" in after


def test_the_aucl_serious_minimum_rises_on_2025_10_15():
    calc = regime_by_date(on=date(2025, 10, 14))
    serious = _row(calc, "aucl_serious")
    assert serious.article == "aucl/21" and (serious.min_fine, serious.max_fine) == (D(500000), D(5000000))
    calc.inputs["on"].value = date(2025, 10, 15)
    serious = _row(calc, "aucl_serious")
    assert serious.article == "aucl/26" and (serious.min_fine, serious.max_fine) == (D(1000000), D(5000000))
    assert _row(calc, "aucl").max_fine == D(1000000)


def test_the_consumer_row_mentions_the_regulations_from_2024_07_01_with_the_one_mirror_caveat():
    calc = regime_by_date(on=date(2024, 6, 30))
    assert "art. 50 para. 3" not in calc.result.value
    calc.inputs["on"].value = date(2024, 7, 1)
    page = calc.result.value
    assert "art. 50 para. 3" in page and "Theonefkguy" in page
    assert "PIPL art. 66 may displace" in page
    assert _row(calc, "consumer").max_fine == D(300000)


def test_without_an_illegal_gain_the_caps_are_500000_and_1000000():
    calc = regime_by_date(illegal_gain="")
    assert _row(calc, "consumer").max_fine == D(500000)
    assert _row(calc, "cybersecurity").max_fine == D(1000000)
    assert "无违法所得 no illegal gain" in calc.result.value


def test_laws_not_yet_in_force_are_marked_not_refused():
    calc = regime_by_date(on=date(2018, 1, 1))
    assert calc.error is None
    assert _row(calc, "aucl") is None and _row(calc, "pipl") is None
    assert _row(calc, "cybersecurity").article == "cybersecurity_law/64"
    assert calc.result.value.count("Not in force that day") == 3


@pytest.mark.parametrize("bad", ["一千", "abc", "-5", "1.005"])
def test_a_bad_illegal_gain_shows_the_bilingual_message(bad):
    calc = regime_by_date()
    calc.inputs["illegal_gain"].value = bad
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入 Please check the input" in calc.result.value and "illegal gain" in calc.result.value


def test_a_cleared_date_shows_a_message():
    calc = regime_by_date()
    calc.inputs["on"].value = None
    assert calc.outcome is None and calc.unexpected is None and "请选择一个日期" in calc.result.value


def test_range_text_covers_every_shape():
    assert range_text(None, None)[1] == "no figure of its own"
    assert range_text(D(0), None)[1].startswith("depends on the reading")
    assert range_text(D(0), D(0))[1] == "no fine (0 yuan)"
    assert range_text(D(0), D(5))[1] == "up to 5 yuan"
    assert range_text(D(1), D(5))[1] == "1 to 5 yuan"


def test_one_act_one_fine_is_shown_with_the_fine_that_applies_and_those_that_cannot_be_added():
    from pilaw.rules.administrative import consumer_fine, cybersecurity_fine, one_act_one_fine, pipl_fine
    from pilaw.widgets.fines import concurrence_html, fine_steps_html

    day = date(2025, 12, 31)
    same_act = one_act_one_fine(
        pipl_fine(refused_to_correct=True, on=day),
        cybersecurity_fine(illegal_gain="30,000", on=day),
        consumer_fine(illegal_gain="30,000", on=day),
    )
    page = concurrence_html(same_act)
    assert page.count("cannot be added") >= 2 and "applies: the one fine" in page
    assert "PIPL art. 66 para. 1" in page and "art. 56 para. 1 item 9" in page
    later = cybersecurity_fine(illegal_gain="30,000", on=day, decided_on=date(2026, 3, 2))
    assert "art. 37" in fine_steps_html(later, on=date(2026, 3, 2))


def test_the_regime_table_says_its_rows_are_alternatives_under_art_29():
    from pilaw.widgets.fines import compute_regimes, render_regimes

    assert "one act is fined once" in render_regimes(compute_regimes(date(2025, 12, 31), "30,000"))
