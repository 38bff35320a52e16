"""The source checker (pilaw.teaching.sources): the course's web page, each kind of finding on both sides, the
citation forms, traditional characters, and robustness."""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pilaw import InputError, law
from pilaw.teaching import source_page as sp
from pilaw.teaching import sources as src

PAGE_DAY = date(2025, 7, 6)  # the day the page was written

# Each erratum the course teaches (data/source_page.json), and the kind of finding the checker must give it.
EXPECTED_KIND = {
    "rule_500_3000": src.CLAIM_NOT_FOUND,
    "lost_chars_1034": src.ALTERED_QUOTE,
    "lost_chars_1035": src.ALTERED_QUOTE,
    "art219_two_versions": src.OUTDATED_VERSION,
    "art219_typo": src.WRONG_PENALTY,
    "art219_knowing": src.OUTDATED_VERSION,
    "art253_1_penalty": src.WRONG_PENALTY,
    "art253_1_fine": src.WRONG_PENALTY,
    "art253_1_mixed": src.MIXED_PARAGRAPHS,
    "authority_name": src.OUTDATED_TERM,
    "cited_not_quoted": src.CITED_NOT_QUOTED,
}
# Errata measured against something that is not law: a checker of legal sources cannot find them. The lost
# characters of the claim paragraph are measured against the course's restored reading of the page's own
# sentence (source_page.json, passage "claim"), not against any official text.
NOT_LAW = {"lost_chars_claim": "compared with the course's restored reading of the claim, not with an official text"}
# What a finding must say, beyond its kind and reference, for the errata whose point is one phrase of the law.
EXPECTED_WORDS = {"art253_1_fine": "并处或者单处罚金", "authority_name": "监督检查部门", "art219_typo": "有期徒刑"}


def _reference_page() -> str:
    override = os.environ.get("PILAW_REFERENCE_DIR")
    folder = Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "reference"
    path = folder / "source-page.md"
    if not path.is_file():
        message = f"source-page.md not found in {folder} (set PILAW_REFERENCE_DIR)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    text = path.read_text(encoding="utf-8")
    return text.split("\n---\n")[1]  # the page, between the introduction and the errata


def _span_of(page: str, passage: str) -> tuple[int, int]:
    norm, wanted = src.normal_form(page), src.normal_form(passage)
    at = norm.find(wanted)
    assert at >= 0, f"{passage!r} is not on the page"
    return at, at + len(wanted)


def _assert_finds_every_erratum(page: str) -> None:
    report = src.check(page, on=PAGE_DAY)
    for erratum in sp.errata():
        if erratum.key in NOT_LAW:
            continue
        start, end = _span_of(page, erratum.page_says_zh)
        kind = EXPECTED_KIND[erratum.key]
        matches = [f for f in report.of_kind(kind) if erratum.ref in f.cites and f.start < end and start < f.end]
        assert matches, f"{erratum.key}: no {kind} finding citing {erratum.ref} over {erratum.page_says_zh!r}"
        words = EXPECTED_WORDS.get(erratum.key)
        if words:
            said = ["".join(s.text_zh for s in f.steps) for f in matches]
            assert any(words in text for text in said), f"{erratum.key}: no step of the finding says {words!r}"


# --------------------------------------------------------------------------- the course's page


def test_every_stored_erratum_is_either_expected_of_the_checker_or_explained_as_not_law():
    keys = {e.key for e in sp.errata()}
    assert keys == set(EXPECTED_KIND) | set(NOT_LAW)
    for key in NOT_LAW:
        assert sp.erratum(key).ref == "page/claim"


def test_the_checker_finds_every_erratum_of_the_full_page_with_the_right_kind_and_reference():
    _assert_finds_every_erratum(_reference_page())


def test_the_checker_finds_every_erratum_of_the_page_as_the_course_stores_it():
    _assert_finds_every_erratum(src.page_text())


def test_the_checker_finds_all_but_one_stored_erratum_by_itself():
    found = [e.key for e in sp.errata() if e.key in EXPECTED_KIND]
    assert len(found) == len(sp.errata()) - 1 == 11
    assert [e.key for e in sp.errata() if e.key not in EXPECTED_KIND] == ["lost_chars_claim"]


def test_the_page_s_fine_always_added_is_a_wrong_penalty_of_art_253_1():
    report = src.check(src.page_text(), on=PAGE_DAY)
    (finding,) = [f for f in report.of_kind(src.WRONG_PENALTY) if f.ref == "criminal_law/253-1"]
    assert "同時處以罰金" in finding.quote
    assert any("并处或者单处罚金" in s.text_zh and "并处罚金" in s.text_zh for s in finding.steps)


def test_the_page_s_trade_secret_complaint_is_checked_against_the_aucl_s_supervision_authority():
    for day, ref in ((PAGE_DAY, "aucl/21"), (date(2026, 1, 1), "aucl/26")):
        (finding,) = [f for f in src.check(src.page_text(), on=day).of_kind(src.OUTDATED_TERM) if "工商" in f.quote]
        assert finding.ref == ref and "consumer_regs/50" in finding.see_also
        assert any(s.cites == ref and "监督检查部门" in s.text_zh for s in finding.steps)
    # a name with no trade secret near it is still shown through the consumer regulations
    (plain,) = src.check("可以向工商行政管理部门投诉。", on=PAGE_DAY).findings
    assert plain.ref == "consumer_regs/50"


def _every_step(report: src.Report) -> list[tuple[str, str, str]]:
    return [(f.kind, s.cites, s.text_en) for f in report.findings for s in f.steps]


def test_no_step_of_any_finding_has_an_empty_cite():
    texts = [
        src.page_text(),
        "《个人信息保护法》第七十五条规定，个人信息受保护。",  # beyond the count: the commencement article, art. 74
        "《数据安全法》第九十条",  # beyond the count of a law the course does not hold
        "《中华人民共和国刑法》第二百六十六条规定了诈骗罪。",  # not held
        "《反不正当竞争法》第三十五条",  # beyond the count, commencement article not held
        "可以向工商行政管理部门投诉。",
        "他犯了非法获取公民个人信息罪。",
        "依照个人信息保护法，泄露个人信息的赔偿不低于1000元。",
        "《个人信息保护法》第六十九条第三款",
        f"《反不正当竞争法》第十七条\n{law.versions('aucl/17')[0].text_zh}",
    ]
    for text in texts:
        for day in (date(2016, 1, 1), PAGE_DAY, date(2026, 1, 1)):
            blank = [step for step in _every_step(src.check(text, on=day)) if not step[1].strip()]
            assert blank == [], (text, day, blank)


def test_an_article_count_rests_on_the_commencement_article_or_is_not_assessed():
    (pipl,) = src.check("《个人信息保护法》第七十五条规定，个人信息受保护。", on=PAGE_DAY).findings
    assert [(s.cites, s.kind.value) for s in pipl.steps] == [("pipl/74", "applies")]
    (aucl,) = src.check("《反不正当竞争法》第三十五条", on=PAGE_DAY).findings
    assert aucl.kind == src.UNKNOWN_ARTICLE
    assert [(s.cites, s.kind.value) for s in aucl.steps] == [("aucl/35", "not_assessed")]


def test_the_page_is_read_as_traditional_and_quoted_as_written():
    report = src.check(src.page_text(), on=PAGE_DAY)
    assert report.script == "traditional" and report.notes
    lost = next(f for f in report.of_kind(src.ALTERED_QUOTE) if f.ref == "civil_code/1034")
    assert lost.quote.startswith("然人的個人信息受法律保護")
    assert [(s.kind, s.right) for s in lost.changes] == [(src.MISSING, "自")]
    assert lost.expected is not None and lost.expected.startswith("自然人的个人信息")
    assert "條" in report.to_reader(lost.explain_zh)


def test_the_page_s_correct_quotation_of_art_219_and_its_286_1_passage_give_no_error():
    report = src.check(src.page_text(), on=PAGE_DAY)
    quote_219 = next(q for q in report.quotes if q.citation.ref == "criminal_law/219")
    assert not [f for f in report.findings if f.start >= quote_219.start and f.end <= quote_219.end]
    assert not [f for f in report.findings if f.ref == "criminal_law/286-1"]


def test_the_500_yuan_rule_is_worded_as_not_found_never_as_not_existing():
    report = src.check(src.page_text(), on=PAGE_DAY)
    claims = report.of_kind(src.CLAIM_NOT_FOUND)
    assert {f.law for f in claims} == {"civil_code"} and len(claims) == 2
    for f in claims:
        words = f.explain_en + " ".join(s.text_en for s in f.steps)
        words_zh = f.explain_zh + "".join(s.text_zh for s in f.steps)
        assert (
            "not found in national law, administrative regulations or judicial interpretations as of mid-2026" in words
        )
        assert "origin unknown" in words
        assert "does not exist" not in words and "fabricat" not in words and "不存在" not in words_zh
        assert "pipl/69" in f.cites


# --------------------------------------------------------------------------- a correct source


@pytest.mark.parametrize("ref", sorted({p.ref for p in law.provisions()}))
def test_a_correct_quotation_of_any_corpus_article_gives_no_finding(ref):
    prov = law.versions(ref)[-1]
    on = prov.effective_from
    for text in (
        f"《{prov.law_zh}》{prov.article_zh}\n{prov.text_zh}",
        f"{law.laws()[prov.law].short_zh}{prov.article_zh} {prov.text_zh}",
    ):
        report = src.check(text, on=on)
        assert report.findings == (), [(f.kind, f.quote[:40]) for f in report.findings]


def test_the_clean_example_gives_no_finding():
    assert src.check(src.clean_example()).findings == ()


# --------------------------------------------------------------------------- each kind, both sides


def kinds(text: str, on: date = date(2026, 1, 1)) -> list[tuple[str, str | None]]:
    return [(f.kind, f.ref) for f in src.check(text, on=on).findings]


def test_a_lost_character_is_an_altered_quote_and_a_punctuation_difference_is_only_a_note():
    assert kinds("民法典第1034条规定：“然人的个人信息受法律保护。”") == [(src.ALTERED_QUOTE, "civil_code/1034")]
    assert kinds("民法典第1034条规定：“自然人的个人信息，受法律保护。”") == [(src.PUNCTUATION, "civil_code/1034")]
    assert kinds("民法典第1034条规定：“自然人的个人信息受法律保护。”") == []


def test_an_added_or_changed_character_is_an_altered_quote():
    found = src.check("《民法典》第一千零三十四条 自然人的个人信息受到法律保护。").findings
    assert [f.kind for f in found] == [src.ALTERED_QUOTE]
    assert [(s.kind, s.left) for s in found[0].changes] == [(src.EXTRA, "到")]


def test_the_1997_text_of_art_219_quoted_today_is_an_outdated_version_and_the_2021_text_is_not():
    old, new = law.versions("criminal_law/219")
    assert kinds(f"刑法第二百一十九条\n{old.text_zh}") == [(src.OUTDATED_VERSION, "criminal_law/219")]
    assert kinds(f"刑法第二百一十九条\n{new.text_zh}") == []
    assert kinds(f"刑法第二百一十九条\n{old.text_zh}", on=date(2020, 1, 1)) == []


def test_three_to_seven_years_for_art_219_is_an_outdated_version_and_three_to_ten_is_not():
    old = "侵犯商业秘密，情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。"
    new = "侵犯商业秘密，情节特别严重的，处三年以上十年以下有期徒刑，并处罚金。"
    assert (src.OUTDATED_VERSION, "criminal_law/219") in kinds("根据刑法第二百一十九条，" + old)
    assert kinds("根据刑法第二百一十九条，" + new) == []


def test_aucl_art_17_read_in_2026_is_outdated_and_points_to_art_22_worded_otherwise():
    text = f"《反不正当竞争法》第十七条\n{law.versions('aucl/17')[0].text_zh}"
    report = src.check(text, on=date(2026, 1, 1))
    assert [(f.kind, f.ref) for f in report.findings] == [(src.OUTDATED_VERSION, "aucl/17")]
    finding = report.findings[0]
    assert "aucl/22" in finding.cites and finding.changes
    assert finding.expected == law.provision("aucl/22", date(2026, 1, 1)).text_zh
    assert src.check(text, on=date(2024, 1, 1)).findings == ()


def test_public_surveillance_for_art_253_1_is_a_wrong_penalty_and_for_art_286_1_it_is_not():
    assert kinds("根据刑法第二百五十三条之一，情节严重的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金。") == [
        (src.WRONG_PENALTY, "criminal_law/253-1")
    ]
    assert kinds("根据刑法第二百八十六条之一，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金。") == []


def test_a_fine_in_addition_where_the_text_allows_a_fine_alone_is_a_wrong_penalty():
    text = "根据刑法第253条之一，情节严重的，处三年以下有期徒刑或者拘役，{}。"
    assert kinds(text.format("并处罚金")) == [(src.WRONG_PENALTY, "criminal_law/253-1")]
    assert kinds(text.format("并处或者单处罚金")) == []
    assert kinds("根据刑法第253条之一，情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。") == []


def test_a_word_that_is_no_penalty_is_a_wrong_penalty_with_the_right_word():
    report = src.check("根据刑法第二百一十九条，情节严重的，处三年以下有限徒刑，并处或者单处罚金。")
    (finding,) = report.of_kind(src.WRONG_PENALTY)
    assert "有期徒刑" in finding.steps[-1].text_zh or any("有期徒刑" in s.text_zh for s in finding.steps)


def test_a_renamed_crime_is_an_outdated_term_from_its_renaming_on():
    found = src.check("他犯了非法获取公民个人信息罪。", on=date(2016, 1, 1)).findings
    assert [(f.kind, f.ref, f.expected) for f in found] == [
        (src.OUTDATED_TERM, "criminal_law/253-1", "侵犯公民个人信息罪")
    ]
    assert "2015-11-01" in found[0].explain_en and "罪名补充规定（六）" in found[0].explain_zh
    assert src.check("他犯了非法获取公民个人信息罪。", on=date(2014, 1, 1)).findings == ()
    assert kinds("他犯了侵犯公民个人信息罪。") == []


def test_a_dissolved_authority_is_an_outdated_term_and_its_successor_is_not():
    assert kinds("可以向工商行政管理部门投诉。") == [(src.OUTDATED_TERM, "consumer_regs/50")]
    assert kinds("可以向市场监督管理部门投诉。") == []
    # a correct quotation of an article that still uses the old name is not flagged
    prov = law.provision("consumer_law/56", date(2026, 1, 1))
    assert kinds(f"消费者权益保护法第五十六条\n{prov.text_zh}") == []


def test_a_figure_the_cited_law_does_not_contain_is_a_claim_not_found_and_one_it_contains_is_not():
    assert kinds("依照个人信息保护法，泄露个人信息的赔偿不低于1000元。") == [(src.CLAIM_NOT_FOUND, None)]
    assert kinds("《个人信息保护法》第六十六条规定，情节严重的，处五千万元以下罚款。") == []
    assert kinds("消费者权益保护法第五十五条规定，增加赔偿的金额不足五百元的，为五百元。") == []
    assert kinds("一倍以上五倍以下的赔偿，见反不正当竞争法。") == []


def test_an_article_number_the_law_does_not_have_is_an_unknown_article():
    assert kinds("《个人信息保护法》第七十五条规定，个人信息受保护。") == [(src.UNKNOWN_ARTICLE, "pipl/75")]
    assert kinds("《个人信息保护法》第六十九条第三款") == [(src.UNKNOWN_ARTICLE, "pipl/69")]
    assert src.UNKNOWN_ARTICLE not in dict(kinds("《个人信息保护法》第七十四条规定，本法自2021年11月1日起施行。"))


def test_a_real_article_the_course_does_not_hold_is_not_in_corpus_never_a_guess():
    found = src.check("《中华人民共和国刑法》第二百六十六条规定了诈骗罪。").findings
    assert [(f.kind, f.ref) for f in found] == [(src.NOT_IN_CORPUS, "criminal_law/266")]
    assert any(s.kind.value == "not_assessed" for s in found[0].steps)


def test_an_article_named_without_its_text_is_cited_not_quoted_but_one_described_is_not():
    assert kinds("民法典第一千零三十二条、第一千二百二十六条都有所规定。") == [
        (src.CITED_NOT_QUOTED, "civil_code/1032"),
        (src.CITED_NOT_QUOTED, "civil_code/1226"),
    ]
    assert kinds("《个人信息保护法》第二十八条规定，敏感个人信息包括生物识别、宗教信仰等信息。") == []


# --------------------------------------------------------------------------- citation forms


@pytest.mark.parametrize(
    ("written", "ref", "paragraph"),
    [
        ("《中华人民共和国民法典》第一千零三十四条", "civil_code/1034", None),
        ("民法典第1034条", "civil_code/1034", None),
        ("刑法第二百五十三条之一", "criminal_law/253-1", None),
        ("第253条之一", "criminal_law/253-1", None),
        ("《个人信息保护法》第六十九条第二款", "pipl/69", 2),
        ("个保法第69条", "pipl/69", None),
        ("《反不正当竞争法》第二十二条", "aucl/22", None),
        ("网络安全法第四十四条", "cybersecurity_law/44", None),
        ("消费者权益保护法第五十五条", "consumer_law/55", None),
        ("民法典第１０３４条", "civil_code/1034", None),
        ("《中華人民共和國刑法》第二百一十九條", "criminal_law/219", None),
    ],
)
def test_citation_forms_resolve_to_corpus_references(written, ref, paragraph):
    (cite,) = src.check(f"见{written}。").citations
    assert (cite.ref, cite.paragraph) == (ref, paragraph)


def test_this_law_after_a_named_law_is_that_law():
    report = src.check("《反不正当竞争法》是一部法律。本法第二十二条规定了赔偿。")
    assert [c.ref for c in report.citations] == ["aucl/22"]


def test_a_list_of_articles_and_a_heading_take_the_law_named_before():
    report = src.check("法律依据：《中华人民共和国民法典》\n\n第一千零三十四条 自然人的个人信息受法律保护。")
    assert [c.ref for c in report.citations] == ["civil_code/1034"] and len(report.quotes) == 1
    report = src.check("民法典第一千零三十二条、第一千零三十四条和第一千二百二十六条")
    assert [c.ref for c in report.citations] == ["civil_code/1032", "civil_code/1034", "civil_code/1226"]


def test_an_article_with_no_law_named_is_read_as_the_only_corpus_law_that_has_it():
    (cite,) = src.check("第253条之一").citations
    assert cite.ref == "criminal_law/253-1" and cite.law_inferred


def test_chinese_numerals():
    assert [src.cn_number(t) for t in ("一千零三十四", "十七", "二百五十三", "253", "三十万", "5000")] == [
        1034,
        17,
        253,
        253,
        300_000,
        5000,
    ]


# --------------------------------------------------------------------------- traditional characters


def test_traditional_input_is_matched_after_t2s_and_findings_are_shown_in_traditional():
    report = src.check("《中華人民共和國民法典》第一千零三十四條 然人的個人信息受法律保護。")
    assert report.script == "traditional"
    (finding,) = report.findings
    assert finding.kind == src.ALTERED_QUOTE and finding.quote == "然人的個人信息受法律保護。"
    assert report.to_reader(finding.explain_zh) != finding.explain_zh
    clean = src.check("《中華人民共和國民法典》第一千零三十四條 自然人的個人信息受法律保護。")
    assert clean.findings == ()


def test_the_converter_matches_the_course_s_stored_conversion():
    for item in sp.passages():
        for page, simplified in zip(item.page_zh, item.page_simplified_zh, strict=True):
            assert src.normal_form(page) == simplified
    assert src.to_simplified("個人信息") == "个人信息" and src.to_traditional("个人信息") == "個人信息"


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["text"], "", "   \n\t"])
def test_what_is_not_text_or_is_empty_is_a_bilingual_input_error(bad):
    with pytest.raises(InputError) as caught:
        src.check(bad)
    assert caught.value.zh and caught.value.en


def test_a_bad_date_is_a_bilingual_input_error():
    with pytest.raises(InputError):
        src.check("民法典第1034条", on="yesterday")


def test_a_200000_character_text_gives_a_report_and_a_longer_one_an_input_error():
    page = src.page_text()
    long_text = (page * (src.MAX_CHARS // len(page) + 1))[: src.MAX_CHARS]
    report = src.check(long_text, on=PAGE_DAY)
    assert len(report.findings) > 100
    with pytest.raises(InputError):
        src.check(long_text + "x")


def test_an_english_page_and_binary_junk_give_empty_reports():
    assert src.check("Article 69 of the Personal Information Protection Law sets damages.").findings == ()
    junk = bytes(range(256)).decode("latin-1") * 20
    assert isinstance(src.check(junk), src.Report)


FRAGMENTS = [
    "《中华人民共和国民法典》第一千零三十四条",
    "刑法第二百五十三条之一",
    "第253条之一",
    "本法第十条",
    "情节严重的，处三年以下有期徒刑、拘役或管制，并处罚金",
    "不低于500元",
    "工商行政管理部门",
    "非法获取公民个人信息罪",
    "【侵犯商业秘密罪】",
    "第九九九九九条",
    "第零条",
    "“",
    "”",
    "：",
    "\n",
    " ",
    "個人信息",
    "規定：「",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30).map("".join))
def test_any_text_gives_a_report_or_a_bilingual_input_error(text):
    try:
        report = src.check(text)
    except InputError as error:
        assert error.zh and error.en
        return
    for f in report.findings:
        assert f.kind in src.KINDS and 0 <= f.start <= f.end <= len(text)
        assert f.quote == text[f.start : f.end]
        assert f.explain_zh and f.explain_en


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=300))
def test_any_characters_at_all_give_a_report_or_an_input_error(text):
    with contextlib.suppress(InputError):
        src.check(text)
