"""Reading a judgment: a published case shown as the course's reference records it, nothing added; the lessons
that read one render it from the library and ask its questions right after it."""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path
from urllib.parse import unquote

import pytest

from pilaw.law.errors import LawError
from pilaw.show import theme
from pilaw.show.judgment import NOT_STATED, NOT_STATED_EN, as_recorded, judgment_html, show_judgment
from pilaw.teaching import exercises
from pilaw.teaching.cases import GRADES, case, cases, judgment
from pilaw.widgets.quiz import lesson_quiz

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = Path("/work/shared/reference/cases-civil.md")
needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="reference file not available")

# lesson, the case it reads, the bank's questions on it (asked right after the record)
LESSONS = (
    ("01_personal_information", "B3", ("guo-bing-face-data", "guo-bing-orders", "guo-bing-separate-consent")),
    ("05_compensation", "B4", ("ling-douyin-right", "ling-douyin-page-rule", "ling-douyin-today")),
)


def reference_rows() -> dict[str, list[str]]:
    """The reference table's rows by case id, each cell as written, bold marks dropped."""
    rows = {}
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        if re.match(r"\| B\d+ \|", line):
            cells = [c.strip().replace("**", "") for c in line.strip().strip("|").split(" | ")]
            rows[cells[0]] = cells[1:]
    return rows


def notebook(lesson: str) -> list[dict]:
    return json.loads((ROOT / "notebooks" / f"{lesson}.ipynb").read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    return "".join(cell["source"])


# --------------------------------------------------------------------------- the record, against the reference


@needs_reference
@pytest.mark.parametrize("case_id", [c.id for c in cases()])
def test_every_field_of_the_record_is_the_reference_s_own_words(case_id):
    name, court, facts, loss_or_gain, money, orders, how_fixed, urls, grade = reference_rows()[case_id]
    j = judgment(case_id)
    assert j.title + "".join(f"; {n}" if i == 0 else f" → {n}" for i, n in enumerate(j.numbers)) == name
    assert (j.court, j.facts, j.loss_or_gain) == (court, facts, loss_or_gain)
    assert (j.awarded_as_stated, j.orders, j.how_fixed) == (money, orders, how_fixed)
    assert [s.url for s in j.sources] == re.findall(r"https?://\S+", urls)
    for s in j.sources:  # a source's label is what the reference puts in brackets after its address
        assert (f"{s.url} ({s.label})" in urls) == bool(s.label)
    assert j.grade == grade


@needs_reference
def test_the_grades_mean_what_the_reference_says_they_mean():
    intro = REFERENCE.read_text(encoding="utf-8").split("## The cases")[0]
    defined = dict(re.findall(r"\*\*([OMR])\*\* = (.+?)(?=, \*\*[OMR]\*\*| \(say so|\.\s)", " ".join(intro.split())))
    assert defined == {letter: GRADES[letter]["en"] for letter in "OMR"}
    for c in cases():
        assert [(g.letter, g.en) for g in judgment(c.id).grades] == [(g, defined[g]) for g in c.grades]


def test_the_case_numbers_are_read_off_the_name():
    assert judgment("B3").numbers == ("(2019)浙0111民初6971号",)
    assert judgment("B4").numbers == ("(2019)京0491民初6694号",)
    assert judgment("B1").numbers == ("(2015)海民初字第10634号", "(2017)京01民终509号")
    assert judgment("B2").numbers == () and judgment("B2").title == case("B2").name_zh
    assert judgment("B3").title == '郭兵 v 杭州野生动物世界 ("人脸识别第一案")'


def test_an_unknown_case_is_refused():
    with pytest.raises(LawError):
        judgment("B99")


# --------------------------------------------------------------------------- the rendering


@pytest.mark.parametrize("case_id", [c.id for c in cases()])
def test_the_page_shows_every_field_of_the_record_and_every_source(case_id):
    j = judgment(case_id)
    page = judgment_html(case_id)
    for text in (j.title, j.name_en, *j.numbers, j.court, j.facts, j.loss_or_gain, j.orders, j.how_fixed):
        assert as_recorded(text) in page
    assert as_recorded(j.awarded_as_stated) in page
    for s in j.sources:
        assert f'href="{escape(s.url, quote=True)}"' in page and escape(unquote(s.url)) in page
    assert f"grade <b>{escape(j.grade)}</b>" in page
    assert all(f"{g.letter} = {g.zh} · {g.en}" in page for g in j.grades)
    assert (j.caveat_en in page) if j.caveat_en else theme.CAVEAT_BACKGROUND not in page


def test_guo_bing_shows_the_award_the_deletions_the_number_and_its_grade():
    page = judgment_html("B3")
    assert "<b>1038元 · 1,038 yuan</b>" in page and "1,038 (合同利益损失及交通费)" in page
    assert "photo (1st inst.) and fingerprints (2nd inst.); other claims rejected" in page
    assert "computed from contract loss + transport; no mental damages" in page
    assert "(2019)浙0111民初6971号" in page and "富阳区法院 2020-11-20; 杭州中院 2021-04-09" in page
    assert "M = 主流媒体 · mainstream news outlet quoting the court" in page


def test_what_the_reference_does_not_state_is_said_to_be_not_stated_in_the_sources_read():
    page = judgment_html("B4")
    assert "<b>5231元 · 5,231 yuan</b>" in page and "not privacy" in page
    assert page.count(NOT_STATED) == 3  # loss or gain, other orders, how the amount was fixed
    assert "economic loss 5,231 (breakdown not stated in the sources read)" in page
    assert "not stated)" not in page and "in sources read" not in page


@pytest.mark.parametrize(
    ("recorded", "shown"),
    [
        ("not stated", NOT_STATED),
        ("not stated in sources read", NOT_STATED),
        ("economic loss 5,231 (breakdown not stated)", f"economic loss 5,231 (breakdown {NOT_STATED_EN})"),
        ("why 50,000 of 10余万 — not stated in the openings", "why 50,000 of 10余万 — not stated in the openings"),
        ("not stated in the sources read (reports say …)", "not stated in the sources read (reports say …)"),
        ("computed from contract loss + transport", "computed from contract loss + transport"),
    ],
)
def test_not_stated_is_said_in_full_and_nothing_else_changes(recorded, shown):
    assert as_recorded(recorded) == escape(shown)


def test_a_repost_graded_case_says_it_is_reported_not_established():
    assert "repost, reported not established" in judgment_html("B8")
    assert "reported, not established" in judgment_html("B6")


def test_the_record_uses_the_theme_and_writes_no_colour_of_its_own():
    page = judgment_html("B8")
    assert theme.BOX_STYLE in page and theme.CAVEAT_STYLE in page and theme.TEXT_GREY in page
    code = (ROOT / "lib" / "pilaw" / "show" / "judgment.py").read_text(encoding="utf-8")
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", code)


def test_show_judgment_displays_the_same_html():
    assert show_judgment("B4").data == judgment_html("B4")


# --------------------------------------------------------------------------- a subset of a lesson's quiz


def test_a_lesson_quiz_shows_the_ids_asked_for_or_all_but_the_excluded_in_the_bank_s_order():
    bank = [e.id for e in exercises.bank("01_personal_information")]
    chosen = lesson_quiz("01_personal_information", ids=["guo-bing-orders", "guo-bing-face-data"])
    assert [i.question.id for i in chosen.items] == [
        "01_personal_information/guo-bing-face-data",
        "01_personal_information/guo-bing-orders",
    ]
    rest = lesson_quiz("01_personal_information", exclude=["guo-bing-orders"])
    assert [i.question.id for i in rest.items] == [e for e in bank if not e.endswith("/guo-bing-orders")]
    assert [i.question.id for i in lesson_quiz("01_personal_information").items] == bank


def test_a_lesson_quiz_refuses_a_name_not_in_the_bank():
    with pytest.raises(LawError) as err:
        lesson_quiz("05_compensation", ids=["no-such-question"])
    assert "no-such-question" in err.value.en and "no-such-question" in err.value.zh
    with pytest.raises(LawError):
        lesson_quiz("05_compensation", exclude=["ling-douyin"])


# --------------------------------------------------------------------------- the two lessons


@pytest.mark.parametrize(("lesson", "case_id", "asked"), LESSONS)
def test_the_lesson_renders_its_case_from_the_library_then_asks_its_three_questions(lesson, case_id, asked):
    cells = notebook(lesson)
    shown = [i for i, c in enumerate(cells) if c["cell_type"] == "code" and f'show_judgment("{case_id}")' in source(c)]
    assert len(shown) == 1
    heading = source(cells[shown[0] - 1])
    assert heading.startswith("### Reading a judgment") and "阅读判决" in heading
    after = next(c for c in cells[shown[0] + 1 :] if c["cell_type"] == "code")
    assert f'"{lesson}"' in source(after) and f"ids={json.dumps(list(asked))}" in source(after)
    exercises_cell = next(c for c in cells if "exclude=" in source(c))
    assert f"exclude={json.dumps(list(asked))}" in source(exercises_cell)
    # nothing of the record is typed into a code cell: it comes from the library
    code = "\n".join(source(c) for c in cells if c["cell_type"] == "code" and "source_hidden" not in str(c["metadata"]))
    j = judgment(case_id)
    for text in (*j.numbers, j.facts, j.orders, j.awarded_as_stated, *(s.url for s in j.sources)):
        assert text not in code


@pytest.mark.parametrize(("lesson", "case_id", "asked"), LESSONS)
def test_the_three_questions_on_a_case_include_a_written_case_task_and_come_first_in_the_bank(lesson, case_id, asked):
    bank = exercises.bank(lesson)
    assert tuple(e.id.split("/")[1] for e in bank[:3]) == asked  # the bank lists them in the order they are asked
    questions = bank[:3]
    written = [e for e in questions if isinstance(e, exercises.Short)]
    assert any(e.task == "case" and case_id in e.sources and e.model_en and len(e.guide) >= 2 for e in written)
    choices = [e for e in questions if isinstance(e, exercises.Choice)]
    assert len(choices) == 2
    for choice in choices:
        assert all(o.zh and o.en and o.feedback_zh and o.feedback_en for o in choice.options)


def test_the_case_questions_add_no_reason_for_the_deletions_that_the_reference_does_not_record():
    (task,) = [e for e in exercises.bank("01_personal_information") if e.id.endswith("/guo-bing-separate-consent")]
    assert "does not state" in task.model_en and "went beyond" not in task.model_en
    assert "supposed" in task.prompt_en  # the hypothetical fact is marked as not from the record
