"""The source page against the official texts: its data, the character diffs, the errata and the 500/3,000 claim."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.steps import PAGE_CLAIM
from pilaw.show import source_page as page_view
from pilaw.teaching import source_page as sp

REFERENCE = Path("/work/shared/reference/source-page.md")
PAGE_DAY = date(2025, 7, 6)
HALF_WIDTH = ",;:()"
BAD = [True, None, "abc", "-1", "NaN", "1.005"]


# --------------------------------------------------------------------------- the data


def test_the_page_is_the_2025_07_06_traditional_character_page():
    page = sp.source_page()
    assert page.dated == PAGE_DAY
    assert page.url == "http://www.xfiae.cn/zhishichanquan/489895.html"
    assert page.title_zh == "信息泄漏賠償(個人信息泄露索賠標準)"
    assert page.conversion_config == "t2s" and page.conversion_tool.startswith("OpenCC")


def test_every_passage_says_it_was_converted_and_keeps_its_length_paragraph_by_paragraph():
    for item in sp.passages():
        assert item.converted, item.key
        assert len(item.page_zh) == len(item.page_simplified_zh), item.key
        for trad, simp in zip(item.page_zh, item.page_simplified_zh, strict=False):
            assert len(trad) == len(simp), (item.key, trad)
            assert not any(mark in simp for mark in HALF_WIDTH), (item.key, simp)


def test_the_page_text_is_kept_in_traditional_characters():
    cc1034 = sp.passage("cc1034")
    assert cc1034.page_zh[0] == "然人的個人信息受法律保護。"
    assert cc1034.page_simplified_zh[0] == "然人的个人信息受法律保护。"
    assert cc1034.heading_zh == "第一千零三十四條"


@pytest.mark.skipif(not REFERENCE.exists(), reason="the course's reference folder is not on this machine")
def test_every_passage_and_claim_is_copied_exactly_from_the_reference_copy_of_the_page():
    text = REFERENCE.read_text(encoding="utf-8")
    for item in sp.passages():
        for para in item.page_zh:
            assert para in text, (item.key, para)
    for claim in sp.claims():
        for line in claim.page_zh.split("\n"):
            assert line in text, claim.key


def test_every_compared_reference_exists_on_its_date():
    for item in sp.passages():
        if item.ref != PAGE_CLAIM:
            assert law.provision(item.ref, item.on).in_force(item.on)
    for claim in sp.claims():
        for ref in claim.refs:
            assert law.versions(ref)


# --------------------------------------------------------------------------- the diffs


def test_art_1034_on_the_page_lost_exactly_one_character_the_zi_of_ziranren():
    c = sp.compare("cc1034")
    assert c.on == PAGE_DAY
    assert c.lost == 1 and c.added == 0
    assert c.lost_text == ("自",)
    assert [s.kind for s in c.differences] == [sp.MISSING]
    assert all(step.cites == "civil_code/1034" for step in c.steps)


def test_art_1035_on_the_page_lost_exactly_one_character_the_chu_of_chuli():
    c = sp.compare("cc1035")
    assert (c.lost, c.added, c.lost_text) == (1, 0, ("处",))


def test_the_claim_paragraph_lost_two_semicolons_and_the_jing_of_jingyingzhe():
    c = sp.compare("claim")
    assert c.lost == 3 and c.lost_text == ("；", "；经")
    assert c.ref == PAGE_CLAIM and all(step.cites == PAGE_CLAIM for step in c.steps)
    assert not c.right_verified  # a restored reading, not a statute


def test_the_quotation_of_art_219_is_the_current_text_but_for_an_editors_heading():
    c = sp.compare("art219_quotation")
    assert c.lost == 0 and c.added == 9
    assert [s.left for s in c.differences] == ["【侵犯商业秘密罪】"]


def test_the_explanation_of_art_219_writes_youxian_for_youqi():
    c = sp.compare("art219_explanation")
    assert c.on == date(2021, 2, 28)
    assert any(s.kind == sp.CHANGED and s.left == "限" and s.right == "期" for s in c.spans)
    assert not c.right_verified and "secondary" in c.right_note  # the 1997 text carries its caveat
    assert any("未经官方文本核实" in step.text_zh for step in c.steps)


def test_the_explanation_of_art_219_follows_the_1997_text_and_the_quotation_the_2021_text():
    explanation = sp.match_versions("art219_explanation")
    quotation = sp.match_versions("art219_quotation")
    assert [m.effective_from for m in explanation] == [date(1997, 10, 1), date(2021, 3, 1)]
    assert explanation[0].similarity > explanation[1].similarity
    assert quotation[1].similarity > quotation[0].similarity and quotation[1].lost == 0


def test_the_explanation_against_the_current_text_shows_seven_years_where_the_law_says_ten():
    c = sp.compare("art219_explanation", on=date(2021, 3, 1))
    assert any("七" in s.left and "十" in s.right for s in c.differences)


def test_art_219_quotation_compared_on_each_side_of_2021_03_01():
    assert sp.compare("art219_quotation", on=date(2021, 2, 28)).lost > 0
    assert sp.compare("art219_quotation", on=date(2021, 3, 1)).lost == 0


def test_art_1034_cannot_be_compared_before_the_civil_code_took_effect():
    with pytest.raises(LawError):
        sp.compare("cc1034", on=date(2020, 12, 31))
    assert sp.compare("cc1034", on=date(2021, 1, 1)).lost == 1


def test_the_page_gives_art_253_1_a_guanzhi_it_does_not_have_and_drops_the_three_to_seven_years_band():
    c = sp.compare("art253_1_penalty")
    assert any("管制" in s.left for s in c.differences)
    assert not any("管制" in s.right for s in c.spans)
    assert any("三年以上七年以下" in s.right for s in c.differences)


def test_guanzhi_is_right_for_art_286_1():
    c = sp.compare("art286_1_penalty")
    assert any(s.kind == sp.EQUAL and "管制" in s.left for s in c.spans)


def test_art_219_versions_show_what_amendment_xi_changed():
    c = sp.art219_versions()
    pairs = [(s.left, s.right) for s in c.differences]
    assert ("七", "十") in pairs
    assert ("给商业秘密的权利人造成重大损失", "情节严重") in pairs
    assert any(s.kind == sp.EXTRA and s.left == "或者应知" for s in c.spans)
    assert any(s.kind == sp.EXTRA and s.left == "或者拘役" for s in c.spans)
    assert any(s.kind == sp.EXTRA and s.left.startswith("本条所称商业秘密") for s in c.spans)
    assert all(step.cites == "criminal_law/219" for step in c.steps)
    assert any("未经官方文本核实" in step.text_zh for step in c.steps)


def test_every_comparison_rebuilds_both_texts_from_its_spans():
    for c in [sp.compare(p.key) for p in sp.passages()] + [sp.art219_versions()]:
        assert "".join(s.left for s in c.spans) == c.left_zh
        assert "".join(s.right for s in c.spans) == c.right_zh
        assert len(c.steps) >= len(c.differences) + 2


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="自然人的个信息。\n；", max_size=30), st.text(alphabet="自然人的个信息。\n；", max_size=30))
def test_a_diff_always_rebuilds_both_texts_and_equal_spans_are_equal(left, right):
    spans = sp.diff_spans(left, right)
    assert "".join(s.left for s in spans) == left
    assert "".join(s.right for s in spans) == right
    for s in spans:
        assert (s.left == s.right) == (s.kind == sp.EQUAL)
        assert s.kind != sp.MISSING or s.left == ""
        assert s.kind != sp.EXTRA or s.right == ""
    if left == right:
        assert all(s.kind == sp.EQUAL for s in spans)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="自然人的个信息。", min_size=1, max_size=30), st.integers(min_value=0, max_value=29))
def test_dropping_one_character_is_found_as_one_lost_character(text, position):
    position = position % len(text)
    spans = sp.diff_spans(text[:position] + text[position + 1 :], text)
    assert sum(len(s.right) for s in spans if s.kind in (sp.MISSING, sp.CHANGED)) == 1
    assert sum(len(s.left) for s in spans if s.kind in (sp.EXTRA, sp.CHANGED)) == 0


# --------------------------------------------------------------------------- HTML


def test_the_diff_marks_what_the_page_lost_in_green_and_what_it_added_struck_out():
    lost = page_view.diff_html(sp.compare("cc1034"))
    assert "<ins" in lost and ">自</ins>" in lost and "<del" not in lost.split("</small>")[1]
    added = page_view.diff_html(sp.compare("art219_quotation"))
    assert ">【侵犯商业秘密罪】</del>" in added


def test_the_side_by_side_view_shows_the_page_as_written_the_official_text_and_the_steps():
    page = page_view.comparison_html(sp.compare("cc1034"))
    assert "然人的個人信息受法律保護" in page and "自然人的个人信息受法律保护" in page
    assert "民法典第一千零三十四条" in page and "2025-07-06" in page
    assert "Not checked against the official text" in page_view.comparison_html(sp.compare("art219_explanation"))


def test_the_page_view_for_the_exercise_shows_the_page_and_no_answer():
    shown = page_view.page_html(["cc1035", "art219_explanation"])
    assert "理個人信息的" in shown and "有限徒刑" in shown
    assert "处理个人信息的" not in shown and "<ins" not in shown


# --------------------------------------------------------------------------- errata and claims


def test_every_erratum_quotes_the_page_exactly_and_the_law_from_the_corpus():
    texts = {p.key: "\n".join(p.page_zh) for p in sp.passages()}
    texts.update({c.key: c.page_zh for c in sp.claims()})
    for e in sp.errata():
        assert e.page_says_zh in texts[e.found_in], e.key
        if e.ref == PAGE_CLAIM:
            assert e.law_says_zh in (sp.passage("claim").reference_zh or ""), e.key
        else:
            assert e.law_says_zh in law.provision(e.ref, e.on).text_zh, e.key
        for ref in e.see_also:
            assert law.versions(ref), ref
        assert e.explain_zh and e.explain_en


def test_the_errata_cover_every_error_the_course_teaches():
    keys = {e.key for e in sp.errata()}
    assert {
        "rule_500_3000",
        "lost_chars_1034",
        "lost_chars_1035",
        "lost_chars_claim",
        "art219_two_versions",
        "art219_typo",
        "art253_1_penalty",
        "authority_name",
    } <= keys
    for item in sp.passages():
        for key in item.errata:
            assert key in keys
    for claim in sp.claims():
        for key in claim.errata:
            assert key in keys


def test_the_authority_erratum_cites_the_aucl_supervision_authority_for_a_trade_secret_complaint():
    # The page speaks of a trade-secret complaint: it goes to the AUCL's 监督检查部门 (2019 art. 21, in force on the
    # page's day; 2025 art. 26 from 2025-10-15), not to the consumer regulations' authority (the old answer).
    e = sp.erratum("authority_name")
    assert e.page_says_zh == "工商行政管理部門" and e.ref == "aucl/21" and e.ref != "consumer_regs/50"
    assert e.law_says_zh in law.provision("aucl/21", PAGE_DAY).text_zh
    assert "监督检查部门" in law.provision("aucl/26", date(2026, 1, 1)).text_zh
    assert "aucl/26" in e.see_also and "商业秘密" in sp.page_texts("authority")[0][2].replace("商業秘密", "商业秘密")
    assert "第二十一条" in e.explain_zh and "art. 21" in e.explain_en and "art. 26" in e.explain_en
    # the renaming itself is still shown: the 2013 law keeps the old name, the 2024 regulations have the new one
    assert "工商行政管理部门" in law.provision("consumer_law/56", PAGE_DAY).text_zh
    assert "市场监督管理部门" in e.explain_zh


def test_the_page_s_fine_always_added_is_an_erratum_of_art_253_1():
    e = sp.erratum("art253_1_fine")
    assert e.page_says_zh == "同時處以罰金" and e.ref == "criminal_law/253-1"
    assert e.law_says_zh == "并处或者单处罚金" and e.law_says_zh in law.provision(e.ref, PAGE_DAY).text_zh
    assert e.page_says_zh in sp.passage("art253_1_penalty").page_zh[0]
    assert e.key in sp.passage("art253_1_penalty").errata


def test_the_500_3000_rule_is_described_as_of_unknown_origin_never_as_fabricated():
    e = sp.erratum("rule_500_3000")
    assert e.kind == "not_found"
    assert "unknown origin" in e.explain_en and "not found in national law" in e.explain_en
    assert "mid-2026" in e.explain_en and "2026年年中" in e.explain_zh
    assert e.explain_en.count("fabricated") == 1 and "Do not call the rule 'fabricated'" in e.explain_en


def test_checking_the_claim_with_nothing_known_gives_the_pages_500_floor_and_the_courts_discretion():
    check = sp.check_claim()
    assert check.page.property == Decimal("500") and check.page.property_is_minimum
    assert check.law.property is None and check.law.court_decides
    assert check.found_in_law is False and check.basis_has_amount is False
    cited = [s.cites for s in check.steps]
    assert cited[0] == PAGE_CLAIM and "pipl/69" in cited
    assert "consumer_law/55" in cited and "zhejiang_consumer/37" in cited


def test_checking_the_claim_with_serious_mental_harm_gives_3000_on_the_page_and_no_figure_in_law():
    check = sp.check_claim(gain="200", loss="100", severe_mental_harm=True)
    assert check.page.mental == Decimal("3000") and check.page.mental_is_minimum
    assert check.law.mental is None
    assert check.law.property == Decimal("200")


def test_the_claim_quotes_are_copied_from_the_corpus():
    check = sp.check_claim()
    for step in check.steps:
        if step.cites in ("consumer_law/55", "zhejiang_consumer/37"):
            quote = step.text_zh.split("”")[0].removeprefix("“")
            assert quote in law.provision(step.cites, PAGE_DAY).text_zh


def test_checking_the_claim_for_conduct_before_the_civil_code_is_refused():
    with pytest.raises(LawError):
        sp.check_claim(on=date(2020, 12, 31))


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("bad", BAD)
def test_compare_refuses_a_passage_that_does_not_exist(bad):
    with pytest.raises(InputError):
        sp.compare(bad)


@pytest.mark.parametrize("bad", [True, "2025-07-06", "abc", 1, "NaN"])
def test_compare_refuses_a_date_that_is_not_a_date(bad):
    with pytest.raises(InputError):
        sp.compare("cc1034", on=bad)


def test_the_claim_paragraph_has_no_official_date_to_compare_on():
    with pytest.raises(InputError):
        sp.compare("claim", on=PAGE_DAY)
    with pytest.raises(InputError):
        sp.match_versions("claim")


@pytest.mark.parametrize("bad", BAD)
def test_match_versions_refuses_a_passage_that_does_not_exist(bad):
    with pytest.raises(InputError):
        sp.match_versions(bad)


@pytest.mark.parametrize("bad", [True, "abc", "-1", "NaN", "1.005"])
def test_check_claim_refuses_an_amount_that_is_not_one(bad):
    with pytest.raises(InputError):
        sp.check_claim(gain=bad)
    with pytest.raises(InputError):
        sp.check_claim(loss=bad)


@pytest.mark.parametrize("bad", [None, 1, True])
def test_diff_spans_refuses_what_is_not_text(bad):
    with pytest.raises(InputError):
        sp.diff_spans(bad, "文本")


def test_an_unknown_erratum_is_refused():
    with pytest.raises(InputError):
        sp.erratum("nothing")


def test_the_answer_key_lists_every_erratum_with_its_article():
    shown = page_view.errata_html()
    for e in sp.errata():
        assert e.title_en.replace("'", "&#x27;") in shown
    assert "个人信息保护法第六十九条" in shown and "网页所称（非法律）" in shown
    assert page_view.errata_html(["lost_chars_1034"]).count("<tr>") == 2


def test_the_page_view_also_shows_a_claim_as_written():
    shown = page_view.page_html(["authority", "cc1034"])
    assert "工商行政管理部門" in shown and "第一千零三十四條 然人的" in shown
    with pytest.raises(InputError):
        page_view.page_html("nothing")


def test_the_versions_view_speaks_of_added_and_deleted_text_not_of_a_page():
    shown = page_view.comparison_html(sp.art219_versions())
    assert "2021年文本新增的字" in shown and "added in the 2021 text" in shown


def test_the_claim_view_shows_the_pages_500_beside_the_courts_discretion():
    shown = page_view.claim_html(sp.check_claim())
    assert "网页所称 The page: 不低于 at least 500 元 yuan" in shown and "由法院确定 set by the court" in shown
    assert "mid-2026" in shown


# --------------------------------------------------------------------------- one comparator, kinds of steps


def test_checking_the_claim_is_the_cases_comparison_with_the_pages_own_basis_added():
    from pilaw.teaching import cases

    check = sp.check_claim(on=PAGE_DAY)
    plain = cases.compare(gain=None, loss=None, on=PAGE_DAY)
    assert type(check) is cases.Comparison
    assert (check.page, check.law, check.rows) == (plain.page, plain.law, plain.rows)
    assert check.steps[: len(plain.steps)] == plain.steps
    assert plain.basis_has_amount is None and check.basis_has_amount is False


def test_an_unverified_official_text_marks_its_caveat_and_its_differences_as_unverified():
    from pilaw.law.steps import Kind, of_kind

    c = sp.compare("art219_explanation")
    assert not c.right_verified
    unverified = of_kind(c.steps, Kind.UNVERIFIED)
    assert unverified and "Caveat" in unverified[0].text_en
    assert of_kind(sp.compare("cc1034").steps, Kind.UNVERIFIED) == ()


def test_the_claim_paragraphs_steps_are_the_pages_claim():
    from pilaw.law.steps import Kind

    assert all(s.kind is Kind.PAGE for s in sp.compare("claim").steps)


# --------------------------------------------------------------------------- how the page's rule is described

ROOT = Path(__file__).resolve().parents[1]
# What the reference supports for the page's 500 / 3,000 yuan rule is only "not found in national law,
# administrative regulations or judicial interpretations as of mid-2026; origin unknown". These phrasings say more.
OVERCLAIMS = re.compile(
    r"no statute|found in no|in no law|no law contains|invents?\b|invented a|does not exist|exists nowhere|"
    r"不存在|没有任何法律|任何法律都不|法律中没有这条",
    re.IGNORECASE,
)
# Words that tie a sentence to the page's claim: its figures, its floor, the rule itself.
CLAIM_MARKS = re.compile(
    r"500|3,000|3000|五百元|三千元|floor|下限|最低额|the rule|this rule|page's rule|此规则|这条规则|网页的规则|page/claim",
    re.IGNORECASE,
)
NEAR = 200  # characters either side of an overclaiming phrase in which a claim mark counts as "near"
SCANNED = ("lib/pilaw", "notebooks")
NOT_SCANNED = ("lib/pilaw/data/provisions/",)  # the statutes' own texts


def _texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) for each part of a file worth reading: a notebook's cells, a file's lines otherwise."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = json.loads(raw)["cells"]
        return [(f"cell {i} ({c.get('id', '?')})", "".join(c["source"])) for i, c in enumerate(cells)]
    return [("", raw)]


def overclaims() -> list[str]:
    """Every place in the library and the notebooks that describes the page's rule with more than the reference
    supports: ``file:line: phrase — context``."""
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if path.suffix not in (".py", ".json", ".ipynb", ".md") or rel.startswith(NOT_SCANNED):
                continue
            for where, text in _texts(path):
                for m in OVERCLAIMS.finditer(text):
                    around = text[max(0, m.start() - NEAR) : m.end() + NEAR]
                    if not CLAIM_MARKS.search(around):
                        continue
                    line = text.count("\n", 0, m.start()) + 1
                    context = text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
                    found.append(f"{rel}:{where + ' ' if where else ''}line {line}: {m.group(0)!r} — …{context}…")
    return found


def test_the_scan_finds_an_overclaim_next_to_the_page_s_rule_and_not_the_reference_s_wording():
    assert OVERCLAIMS.search("No statute contains this rule") and OVERCLAIMS.search("the page invents a floor")
    assert OVERCLAIMS.search("任何法律都不含此规则")
    supported = "not found in national law, administrative regulations or judicial interpretations as of mid-2026"
    assert not OVERCLAIMS.search(supported + "; origin unknown")


def test_no_text_says_more_about_the_page_s_rule_than_not_found_as_of_mid_2026():
    found = overclaims()
    assert found == [], (
        "say 'not found in national law, administrative regulations or judicial interpretations "
        "as of mid-2026; origin unknown' instead:\n" + "\n".join(found)
    )


def test_the_page_s_own_records_describe_the_rule_in_the_reference_s_words():
    claim = sp.passage("claim")
    assert "as of mid-2026" in claim.why_en and "origin unknown" in claim.why_en and "2026年年中" in claim.why_zh
    assert "no statute" not in claim.why_en.lower() and "任何法律都不" not in claim.why_zh
