"""The statute corpus: every article the course cites, as dated records.

Checks that every expected reference exists with the right versions and dates, that the versions
of each article cover time without gaps or overlaps (Catala-style temporal coverage), that every
record is complete, and that every Chinese paragraph is a verbatim copy of the course's reference
files in ``shared/reference``. Also checks the chapter and section headings of the PIPL in
``pipl_structure.json``.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import re
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pytest

from pilaw import LawError, law

D = date.fromisoformat

# ref -> [(effective_from, effective_to), ...] oldest first; None = still in force.
EXPECTED: dict[str, list[tuple[str, str | None]]] = {}


def _expect(law_key: str, articles: str, *spans: tuple[str, str | None]) -> None:
    for article in articles.split():
        EXPECTED[f"{law_key}/{article}"] = list(spans)


_expect("civil_code", "1032 1033 1034 1035 1036 1037 1038 1165 1182 1183 1185 1226", ("2021-01-01", None))
_expect("pipl", " ".join(str(n) for n in range(1, 75)), ("2021-11-01", None))
_expect("admin_penalty_law", "28 29 35 36 37", ("2021-07-15", None))
_expect("consumer_law", "14 29 50 51 55 56", ("2014-03-15", None))
_expect("consumer_regs", "23 48 50", ("2024-07-01", None))
_expect("criminal_law", "12 30 31", ("1997-10-01", None))
_expect("criminal_law", "219", ("1997-10-01", "2021-02-28"), ("2021-03-01", None))
_expect("criminal_law", "219-1", ("2021-03-01", None))
_expect("criminal_law", "253-1", ("2009-02-28", "2015-10-31"), ("2015-11-01", None))
_expect("criminal_law", "220", ("1997-10-01", "2021-02-28"), ("2021-03-01", None))
_expect("criminal_law", "286-1", ("2015-11-01", None))
_expect("aucl", "9 17 21 32", ("2019-04-23", "2025-10-14"))
_expect("aucl", "10 22 26 39", ("2025-10-15", None))
_expect("cybersecurity_law", "42", ("2017-06-01", "2025-12-31"), ("2026-01-01", None))
_expect("cybersecurity_law", "64", ("2017-06-01", "2025-12-31"))
_expect("cybersecurity_law", "44 46 71 76", ("2026-01-01", None))
_expect("public_security_law", "56", ("2026-01-01", None))
_expect("zhejiang_consumer", "7 37", ("2017-05-01", None))
_expect("spc_2017_personal_information", " ".join(str(n) for n in range(1, 14)), ("2017-06-01", None))
_expect("spc_2019_network", "4", ("2019-11-01", None))
_expect("spc_2004_ip", "7", ("2004-12-22", "2025-04-25"))
_expect("spc_2020_ip3", "4", ("2020-09-14", "2025-04-25"))
_expect("spc_2025_ip", "16 17 18 19 20 24 25", ("2025-04-26", None))
_expect("spc_2020_online_rights", "12", ("2021-01-01", None))
_expect("spc_2026_punitive", "5 8 12", ("2026-05-01", None))
_expect("network_data_regs", "9 10 11 12 21 22 23 24 25 26 27 28 30 55 58 59 61 62 64", ("2025-01-01", None))
_expect("data_security_law", "27 29 45 52 55", ("2021-09-01", None))
_expect("spc_2021_face_recognition", "1 2 3 4 5 6 8 16", ("2021-08-01", None))
_expect("spc_2020_civil_code_time", "1 2 3 24 28", ("2021-01-01", None))

# Records whose text is not taken from the reference files (their note says so).
NOT_FROM_REFERENCE = "Not in the course's verified reference files"

# Half-width marks kept as both mirrors have them (legal-facts-2026.md §0); the record's note names them.
HALF_WIDTH_KEPT = {"pipl/63": ";"}

REFERENCE_FILES = ("legal-facts.md", "legal-facts-2025.md", "legal-facts-2026.md")

STRUCTURE = law.data("pipl_structure.json")

ALL = list(law.provisions())
IDS = [f"{p.ref}@{p.effective_from}" for p in ALL]


def _raw_records() -> list[dict]:
    root = resources.files("pilaw") / "data" / "provisions"
    out = []
    for path in sorted(p for p in root.iterdir() if p.name.endswith(".json")):
        out.extend(json.loads(path.read_text(encoding="utf-8")))
    return out


# --- the expected references and their dates ---------------------------------------------------


@pytest.mark.parametrize("ref", sorted(EXPECTED))
def test_every_expected_ref_exists_with_the_expected_versions_and_dates(ref):
    got = [(v.effective_from, v.effective_to) for v in law.versions(ref)]
    want = [(D(a), None if b is None else D(b)) for a, b in EXPECTED[ref]]
    assert got == want


def test_every_ref_in_the_corpus_is_an_expected_one():
    assert sorted({p.ref for p in ALL}) == sorted(EXPECTED)


def test_art_219_changes_between_2021_02_28_and_2021_03_01():
    old = law.provision("criminal_law/219", on=D("2021-02-28"))
    new = law.provision("criminal_law/219", on=D("2021-03-01"))
    assert "造成特别严重后果的，处三年以上七年以下有期徒刑" in old.text_zh
    assert "情节特别严重的，处三年以上十年以下有期徒刑" in new.text_zh
    assert not old.verified and old.note


def test_art_219_1_does_not_exist_before_2021_03_01():
    with pytest.raises(LawError):
        law.provision("criminal_law/219-1", on=D("2021-02-28"))
    assert law.provision("criminal_law/219-1", on=D("2021-03-01")).ref == "criminal_law/219-1"


def test_art_220_reaches_art_219_1_from_2021_03_01():
    old = law.provision("criminal_law/220", on=D("2021-02-28"))
    new = law.provision("criminal_law/220", on=D("2021-03-01"))
    assert old.effective_to == D("2021-02-28") and new.effective_from == D("2021-03-01")
    assert "第二百一十三条至第二百一十九条规定之罪" in old.text_zh
    assert "第二百一十三条至第二百一十九条之一规定之罪" in new.text_zh
    assert not old.verified and "UNVERIFIED" in old.note
    assert new.verified


def test_art_253_1_changes_between_2015_10_31_and_2015_11_01():
    old = law.provision("criminal_law/253-1", on=D("2015-10-31"))
    new = law.provision("criminal_law/253-1", on=D("2015-11-01"))
    assert old.paragraphs_zh[0].startswith("国家机关或者金融、电信、交通、教育、医疗等单位的工作人员")
    assert len(old.paragraphs_zh) == 3
    assert new.paragraphs_zh[0].startswith("违反国家有关规定，向他人出售或者提供公民个人信息")
    assert "情节特别严重" in new.text_zh and "情节特别严重" not in old.text_zh


def test_the_amendment_vii_wrapper_and_quotation_marks_are_stripped_from_art_253_1():
    old = law.provision("criminal_law/253-1", on=D("2009-02-28"))
    assert not any(mark in old.text_zh for mark in "“”")
    assert "增加一条" not in old.text_zh


def test_art_253_1_does_not_exist_before_amendment_vii():
    with pytest.raises(LawError):
        law.provision("criminal_law/253-1", on=D("2009-02-27"))


def test_the_aucl_renumbers_between_2025_10_14_and_2025_10_15():
    for old_ref, new_ref in [
        ("aucl/9", "aucl/10"),
        ("aucl/17", "aucl/22"),
        ("aucl/21", "aucl/26"),
        ("aucl/32", "aucl/39"),
    ]:
        assert law.provision(old_ref, on=D("2025-10-14")).effective_to == D("2025-10-14")
        with pytest.raises(LawError):
            law.provision(old_ref, on=D("2025-10-15"))
        with pytest.raises(LawError):
            law.provision(new_ref, on=D("2025-10-14"))
        assert law.provision(new_ref, on=D("2025-10-15")).effective_from == D("2025-10-15")


def test_aucl_art_32_becomes_art_39_on_2025_10_15_with_the_same_wording():
    old = law.provision("aucl/32", on=D("2025-10-14"))
    new = law.provision("aucl/39", on=D("2025-10-15"))
    assert old.paragraphs_zh == new.paragraphs_zh
    assert old.paragraphs_en == new.paragraphs_en


def test_aucl_trade_secret_fine_band_rises_on_2025_10_15():
    assert "处五十万元以上五百万元以下的罚款" in law.provision("aucl/21", on=D("2025-10-14")).text_zh
    assert "处一百万元以上五百万元以下的罚款" in law.provision("aucl/26", on=D("2025-10-15")).text_zh


def test_the_csl_changes_between_2025_12_31_and_2026_01_01():
    old42 = law.provision("cybersecurity_law/42", on=D("2025-12-31"))
    new42 = law.provision("cybersecurity_law/42", on=D("2026-01-01"))
    new44 = law.provision("cybersecurity_law/44", on=D("2026-01-01"))
    assert old42.paragraphs_zh == new44.paragraphs_zh  # renumbered, wording unchanged
    assert new42.paragraphs_zh != old42.paragraphs_zh
    assert old42.verified and not new42.verified and not new44.verified
    assert law.provision("cybersecurity_law/64", on=D("2025-12-31")).ref == "cybersecurity_law/64"
    with pytest.raises(LawError):
        law.provision("cybersecurity_law/64", on=D("2026-01-01"))
    with pytest.raises(LawError):
        law.provision("cybersecurity_law/71", on=D("2025-12-31"))


def test_the_2020_ip_interpretation_is_gone_on_2025_04_26():
    assert law.provision("spc_2020_ip3/4", on=D("2025-04-25")).ref == "spc_2020_ip3/4"
    assert law.provision("spc_2004_ip/7", on=D("2025-04-25")).ref == "spc_2004_ip/7"
    for ref in ("spc_2020_ip3/4", "spc_2004_ip/7"):
        with pytest.raises(LawError):
            law.provision(ref, on=D("2025-04-26"))
    with pytest.raises(LawError):
        law.provision("spc_2025_ip/17", on=D("2025-04-25"))
    assert law.provision("spc_2025_ip/17", on=D("2025-04-26")).ref == "spc_2025_ip/17"


def test_a_date_before_the_first_version_raises_law_error():
    with pytest.raises(LawError):
        law.provision("pipl/69", on=D("2021-10-31"))
    with pytest.raises(LawError):
        law.provision("civil_code/1034", on=D("2020-12-31"))
    assert law.provision("pipl/69", on=D("2021-11-01")).ref == "pipl/69"


def test_an_unknown_ref_raises_law_error():
    with pytest.raises(LawError):
        law.provision("pipl/999")
    with pytest.raises(LawError):
        law.versions("no_such_law/1")


def test_the_excerpt_of_the_2026_punitive_interpretation_is_marked():
    art8 = law.provision("spc_2026_punitive/8", on=D("2026-05-01"))
    assert art8.excerpt and not art8.verified and "(三)" in art8.note
    assert sum(p.excerpt for p in ALL) == 1


def test_cpl_art_56_keeps_the_full_width_colon_of_the_official_text():
    assert law.provision("consumer_law/56", on=D("2020-01-01")).paragraphs_zh[0].endswith("：")


@pytest.mark.parametrize(
    "ref, start",
    [
        ("cybersecurity_law/42", "2026-01-01"),
        ("cybersecurity_law/44", "2026-01-01"),
        ("cybersecurity_law/46", "2026-01-01"),
        ("cybersecurity_law/71", "2026-01-01"),
        ("cybersecurity_law/76", "2026-01-01"),
        ("public_security_law/56", "2026-01-01"),
        ("consumer_regs/23", "2024-07-01"),
        ("consumer_regs/48", "2024-07-01"),
        ("consumer_regs/50", "2024-07-01"),
        ("criminal_law/219", "1997-10-01"),
        ("criminal_law/220", "1997-10-01"),
        ("spc_2020_online_rights/12", "2021-01-01"),
        ("spc_2026_punitive/5", "2026-05-01"),
        ("spc_2026_punitive/8", "2026-05-01"),
        ("spc_2026_punitive/12", "2026-05-01"),
    ],
)
def test_texts_verified_in_one_mirror_or_less_are_marked_unverified_with_a_note(ref, start):
    p = law.provision(ref, on=D(start))
    assert p.verified is False and p.note.strip()


def test_criminal_law_12_is_verified_and_says_what_it_literally_governs():
    p = law.provision("criminal_law/12", on=D("2000-01-01"))
    assert p.verified and "legal-facts-2026.md §4.2" in p.note
    assert "before the 1997 Code" in p.note and "practice" in p.note


@pytest.mark.parametrize("n", range(1, 75))
def test_every_article_of_the_pipl_is_in_force_on_2026_06_01(n):
    p = law.provision(f"pipl/{n}", on=D("2026-06-01"))
    assert p.ref == f"pipl/{n}"
    assert p.article_zh == f"第{_zh_number(n)}条"
    assert p.effective_from == D("2021-11-01") and p.effective_to is None and p.verified


def test_the_pipl_has_no_article_75():
    with pytest.raises(LawError):
        law.provision("pipl/75", on=D("2026-06-01"))


# The article of each instrument that states its commencement day, and the corpus's start date for it.
COMMENCEMENT = [
    ("pipl/74", "2021-11-01"),
    ("network_data_regs/64", "2025-01-01"),
    ("data_security_law/55", "2021-09-01"),
    ("spc_2017_personal_information/13", "2017-06-01"),
    ("spc_2021_face_recognition/16", "2021-08-01"),
    ("spc_2020_civil_code_time/28", "2021-01-01"),
]


@pytest.mark.parametrize("ref, start", COMMENCEMENT)
def test_every_record_of_an_instrument_starts_on_the_day_its_commencement_article_names(ref, start):
    text = law.provision(ref, on=D(start)).paragraphs_zh[0]
    year, month, day = map(
        int, re.fullmatch(r"本(?:法|条例|解释|规定)自(\d{4})年(\d{1,2})月(\d{1,2})日起施行。", text).groups()
    )
    assert date(year, month, day) == D(start)
    law_key = ref.split("/", 1)[0]
    assert {p.effective_from for p in ALL if p.law == law_key} == {D(start)}
    with pytest.raises(LawError):
        law.provision(ref, on=D(start) - timedelta(days=1))


@pytest.mark.parametrize("ref", ["admin_penalty_law/37", "network_data_regs/11", "data_security_law/29"])
def test_the_new_administrative_texts_apply_from_their_first_day_only(ref):
    first = law.versions(ref)[0].effective_from
    assert law.is_in_force(ref, first)
    assert not law.is_in_force(ref, first - timedelta(days=1))


def _zh_number(n: int) -> str:
    """1 → 一, 17 → 十七, 213 → 二百一十三, 1032 → 一千零三十二 (the numerals of article headings)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if zero else "") + digits[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_article_zh_names_the_number_in_the_ref(p):
    number, _, sub = p.article.partition("-")
    want = f"第{_zh_number(int(number))}条" + (f"之{_zh_number(int(sub))}" if sub else "")
    assert p.article_zh == want


# --- the PIPL's chapters and sections ---------------------------------------------------------

CHAPTER_NUMBER = re.compile(r"第([一二三四五六七八九十]+)章 ")


def _chapter_number(heading: str) -> int:
    return "一二三四五六七八九十".index(CHAPTER_NUMBER.match(heading).group(1)) + 1


def test_the_structure_file_covers_articles_1_to_74_in_order():
    assert STRUCTURE["law"] == "pipl"
    assert list(STRUCTURE["articles"]) == [str(n) for n in range(1, 75)]
    for n in STRUCTURE["articles"]:
        assert law.provision(f"pipl/{n}", on=D("2026-06-01")).ref == f"pipl/{n}"


def test_the_chapters_of_the_pipl_run_in_order_one_block_each():
    numbers = [_chapter_number(a["chapter_zh"]) for a in STRUCTURE["articles"].values()]
    assert numbers == sorted(numbers)
    assert sorted(set(numbers)) == list(range(1, 9))
    english = {}
    for a in STRUCTURE["articles"].values():
        assert english.setdefault(a["chapter_zh"], a["chapter_en"]) == a["chapter_en"]
        assert a["chapter_en"].startswith("Chapter ") and a["chapter_en"].strip() == a["chapter_en"]


def _articles_where(key: str, heading: str) -> list[int]:
    return [int(n) for n, a in STRUCTURE["articles"].items() if a[key] == heading]


def test_only_chapter_2_has_sections_and_they_hold_the_articles_the_reference_counts():
    sections = {a["section_zh"] for a in STRUCTURE["articles"].values()} - {None}
    assert sections == {"第一节 一般规定", "第二节 敏感个人信息的处理规则", "第三节 国家机关处理个人信息的特别规定"}
    assert _articles_where("section_zh", "第一节 一般规定") == list(range(13, 28))
    assert _articles_where("section_zh", "第二节 敏感个人信息的处理规则") == list(range(28, 33))
    assert _articles_where("section_zh", "第三节 国家机关处理个人信息的特别规定") == list(range(33, 38))
    assert _articles_where("chapter_zh", "第二章 个人信息处理规则") == list(range(13, 38))
    assert _articles_where("chapter_zh", "第七章 法律责任") == list(range(66, 72))
    for a in STRUCTURE["articles"].values():
        assert (a["section_zh"] is None) == (a["section_en"] is None)


# --- temporal coverage ------------------------------------------------------------------------


def assert_contiguous(name, versions):
    """From the first version's start to the last version's end (or today) exactly one version applies on every
    day, and at most one on any day: the intervals are well-formed, adjacent and only the last may be open-ended."""
    for v in versions:
        assert v.effective_to is None or v.effective_from <= v.effective_to
    for earlier, later in itertools.pairwise(versions):
        assert earlier.effective_to is not None, f"{name}: an open-ended version is followed by another"
        assert later.effective_from == earlier.effective_to + timedelta(days=1), f"{name}: gap or overlap"
    today = date.today()
    end = versions[-1].effective_to or today
    probes = {versions[0].effective_from, end}
    for v in versions:
        probes |= {v.effective_from, v.effective_from - timedelta(days=1)}
        if v.effective_to is not None:
            probes |= {v.effective_to, v.effective_to + timedelta(days=1)}
    for day in probes:
        applying = [v for v in versions if v.in_force(day)]
        assert len(applying) <= 1
        if versions[0].effective_from <= day <= end:
            assert len(applying) == 1, f"{name}: no single version on {day}"


@pytest.mark.parametrize("ref", sorted({p.ref for p in ALL}))
def test_the_versions_of_each_ref_cover_time_without_gaps_or_overlaps(ref):
    assert_contiguous(ref, law.versions(ref))


@pytest.mark.parametrize("key", sorted({f.key for f in law.figures()}))
def test_the_versions_of_each_figure_cover_time_without_gaps_or_overlaps(key):
    assert_contiguous(key, law.figure_versions(key))


def test_a_gap_between_two_versions_is_caught():
    first = law.figure_versions("aucl.trade_secret_fine_max")
    gap = [first[0], dataclasses.replace(first[1], effective_from=first[1].effective_from + timedelta(days=1))]
    with pytest.raises(AssertionError, match="gap or overlap"):
        assert_contiguous("aucl.trade_secret_fine_max", gap)


@pytest.mark.parametrize(
    "record", [*law.provisions(), *law.figures()], ids=lambda r: f"{getattr(r, 'key', r.ref)}@{r.effective_from}"
)
def test_every_provision_and_figure_says_when_it_was_last_checked(record):
    assert record.last_checked is not None, f"{record} has no last_checked date"
    assert record.last_checked <= date.today()


# --- completeness of every record -------------------------------------------------------------


@pytest.mark.parametrize("rec", _raw_records(), ids=lambda r: f"{r['ref']}@{r['effective_from']}")
def test_every_record_has_all_fields_filled_in(rec):
    for field in ("ref", "article_zh", "paragraphs_zh", "paragraphs_en", "effective_from", "source"):
        assert rec[field], field
    assert set(rec) - {"status_as_of", "note_zh"} == {  # status_as_of and note_zh (a caveat's Chinese): optional
        "ref",
        "article_zh",
        "paragraphs_zh",
        "paragraphs_en",
        "effective_from",
        "effective_to",
        "source",
        "verified",
        "note",
        "excerpt",
        "last_checked",
    }
    assert isinstance(rec["verified"], bool) and isinstance(rec["excerpt"], bool)
    assert all(isinstance(p, str) and p.strip() for p in rec["paragraphs_zh"] + rec["paragraphs_en"])


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_the_english_has_one_paragraph_per_chinese_paragraph(p):
    assert len(p.paragraphs_en) == len(p.paragraphs_zh)


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_each_source_is_an_http_url(p):
    assert re.fullmatch(r"https?://\S+", p.source)


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_an_unverified_record_carries_a_note(p):
    if not p.verified:
        assert p.note.strip()


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_every_ref_names_a_known_law(p):
    assert p.law in law.laws()
    assert re.fullmatch(r"[a-z0-9_]+/\d+(-\d+)?", p.ref)


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_article_zh_looks_like_an_article_heading(p):
    assert re.fullmatch(r"第[〇零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?", p.article_zh)
    assert not p.paragraphs_zh[0].startswith(p.article_zh)


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_the_chinese_text_uses_full_width_punctuation(p):
    kept = {ord(mark): None for mark in HALF_WIDTH_KEPT.get(p.ref, "")}
    for para in p.paragraphs_zh:
        assert not re.search(r"[,;:()?!]", para.translate(kept)), para


@pytest.mark.parametrize("ref", sorted(HALF_WIDTH_KEPT))
def test_a_half_width_mark_kept_from_the_mirrors_is_named_in_the_note(ref):
    p = law.provision(ref, on=D("2026-06-01"))
    for mark in HALF_WIDTH_KEPT[ref]:
        assert mark in p.text_zh
        assert "half-width" in p.note and f'"{mark}"' in p.note and "legal-facts-2026.md §0" in p.note


# --- verbatim against the reference files -----------------------------------------------------


def _reference_dir() -> Path:
    override = os.environ.get("PILAW_REFERENCE_DIR")
    folder = Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "reference"
    if not all((folder / name).is_file() for name in REFERENCE_FILES):
        message = f"reference files not found in {folder} (set PILAW_REFERENCE_DIR)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return folder


@pytest.fixture(scope="module")
def reference_text() -> str:
    folder = _reference_dir()
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in REFERENCE_FILES)


@pytest.fixture(scope="module")
def reference_2026() -> str:
    return (_reference_dir() / "legal-facts-2026.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("p", ALL, ids=IDS)
def test_every_chinese_paragraph_is_copied_verbatim_from_the_reference(p, reference_text):
    if p.note.startswith(NOT_FROM_REFERENCE):
        pytest.skip(f"{p.ref}: text not from the reference files (flagged in its note)")
    for para in p.paragraphs_zh:
        assert para in reference_text, f"{p.ref}@{p.effective_from}: not verbatim: {para[:30]}…"


# Records first copied from the earlier reference files whose articles legal-facts-2026.md quotes again.
REQUOTED = [
    *(f"pipl/{n}" for n in (4, 28, 66, 70, 71)),
    *(f"spc_2017_personal_information/{n}" for n in (5, 9, 11)),
    "aucl/39",
    "criminal_law/12",
]


@pytest.mark.parametrize("ref", REQUOTED)
def test_the_texts_already_in_the_corpus_match_legal_facts_2026(ref, reference_2026):
    for para in law.versions(ref)[-1].paragraphs_zh:
        assert para in reference_2026, f"{ref}: {para[:30]}…"


def test_pipl_69_keeps_the_full_width_semicolon_where_the_mirrors_have_a_half_width_one(reference_2026):
    p = law.provision("pipl/69", on=D("2026-06-01"))
    first, second = p.paragraphs_zh
    assert first in reference_2026
    assert "；" in second and second not in reference_2026
    assert second.replace("；", ";") in reference_2026
    assert "half-width" in p.note and "legal-facts-2026.md" in p.note


def test_the_structure_headings_are_copied_verbatim_from_legal_facts_2026(reference_2026):
    lines = set(reference_2026.splitlines())
    for a in STRUCTURE["articles"].values():
        assert f"#### {a['chapter_zh']}" in lines
        if a["section_zh"] is not None:
            assert f"##### {a['section_zh']}" in lines


def test_a_text_whose_later_status_is_not_established_is_not_shown_as_in_force_today():
    from pilaw.show.render import provision_html

    art37 = law.provision("zhejiang_consumer/37", on=D("2020-01-01"))
    assert art37.status_as_of == D("2025-04-19") and "not checked" in art37.note
    markup = provision_html("zhejiang_consumer/37", on=D("2020-01-01"))
    assert "later status not checked" in markup and "现行有效" not in markup
    assert "现行有效" in provision_html("pipl/69", on=D("2022-01-01"))
