"""The source checker widget works without a kernel: the page, the clean example, bad input."""

from __future__ import annotations

from datetime import date

from pilaw.teaching import sources as src
from pilaw.widgets.sources import examples, source_checker


def test_the_checker_starts_on_the_course_s_page_and_shows_its_findings_as_a_table():
    calc = source_checker(on=date(2025, 7, 6))
    assert calc.unexpected is None and calc.error is None
    assert calc.inputs["text"].value == src.page_text()
    html = calc.result.value
    assert "<table" in html and "然人的個人信息受法律保護" in html
    assert ">自</ins>" in html  # the lost character, in the official text
    assert "<mark" in html and "民法典第一千零三十四条" in html
    kinds = {f.kind for f in calc.outcome.findings}
    assert {src.ALTERED_QUOTE, src.OUTDATED_VERSION, src.WRONG_PENALTY, src.OUTDATED_TERM, src.CLAIM_NOT_FOUND} <= kinds


def test_the_clean_example_shows_no_finding():
    calc = source_checker()
    calc.clean_button.click()
    assert calc.inputs["text"].value == examples()["clean"]
    assert calc.error is None and calc.outcome.findings == ()
    assert "No finding" in calc.result.value
    calc.page_button.click()
    assert calc.outcome.findings


def test_empty_or_too_long_text_shows_a_bilingual_message_and_keeps_the_text():
    calc = source_checker()
    calc.inputs["text"].value = "   "
    assert calc.unexpected is None and calc.error is not None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value
    assert calc.inputs["text"].value == "   "
    long_text = "字" * (src.MAX_CHARS + 1)
    calc.inputs["text"].value = long_text
    assert calc.unexpected is None and "too long" in calc.result.value
    assert calc.inputs["text"].value == long_text


def test_a_date_changes_what_is_outdated():
    text = "他犯了非法获取公民个人信息罪。"
    calc = source_checker(text, on=date(2014, 1, 1))
    assert calc.outcome.findings == ()
    calc.inputs["on"].value = date(2016, 1, 1)
    assert [f.kind for f in calc.outcome.findings] == [src.OUTDATED_TERM]


def test_junk_shows_a_report_not_a_traceback():
    calc = source_checker("\x00\x01\ud800 <script>alert(1)</script> 第九九九条")
    assert calc.unexpected is None and "<script>" not in calc.result.value


def test_the_empty_text_message_says_what_to_do_in_both_languages():
    calc = source_checker()
    calc.inputs["text"].value = ""
    assert "请粘贴要检查的文字" in calc.result.value and "paste the text to check" in calc.result.value


def test_the_page_s_trade_secret_authority_follows_the_date():
    calc = source_checker(on=date(2025, 7, 6))
    refs = [f.ref for f in calc.outcome.of_kind(src.OUTDATED_TERM) if "工商" in f.quote]
    calc.inputs["on"].value = date(2026, 1, 1)
    assert refs == ["aucl/21"] and [f.ref for f in calc.outcome.of_kind(src.OUTDATED_TERM) if "工商" in f.quote] == [
        "aucl/26"
    ]
