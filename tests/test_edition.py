"""The Chinese edition: built from the English notebooks and their catalogs, never drifting from them, and drawn
Chinese first by the renderers."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from datetime import date
from html import escape
from pathlib import Path

import polib
import pytest

from pilaw import law
from pilaw.law.steps import Kind, Step
from pilaw.show import edition, render

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("edition_tool", ROOT / "tools" / "edition.py")
assert SPEC and SPEC.loader
tool = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(tool)

TRANSLATED = [nb for nb in tool.english_notebooks() if nb.name not in tool.PENDING]
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_every_notebook_of_the_course_has_its_chinese_edition_or_is_still_being_translated():
    names = [nb.name for nb in tool.english_notebooks()]
    assert set(tool.PENDING) <= set(names)


@pytest.mark.parametrize("notebook", TRANSLATED, ids=lambda p: p.name)
def test_the_chinese_edition_is_in_step_with_the_english(notebook):
    assert tool.problems(notebook) == []


@pytest.mark.parametrize("notebook", TRANSLATED, ids=lambda p: p.name)
def test_the_two_editions_share_their_code_cell_for_cell(notebook):
    english, chinese = cells(notebook), cells(tool.CHINESE / notebook.name)
    assert [c["cell_type"] for c in english] == [c["cell_type"] for c in chinese]
    for en, zh in zip(english, chinese, strict=True):
        if en["cell_type"] == "code":
            assert tool.source(zh) == tool.source(en).replace(tool.SETUP_CALL, tool.SETUP_CALL_ZH)
            assert zh.get("metadata") == en.get("metadata")


@pytest.mark.parametrize("notebook", TRANSLATED, ids=lambda p: p.name)
def test_the_chinese_edition_is_written_in_chinese(notebook):
    prose = " ".join(tool.source(c) for c in cells(tool.CHINESE / notebook.name) if c["cell_type"] == "markdown")
    prose = re.sub(r"\]\([^)]*\)|`[^`]*`|<[^>]+>", "", prose)  # link targets, code and markup are not prose
    han, latin = len(HAN.findall(prose)), len(LATIN.findall(prose))
    assert han > 4 * latin, f"{han} Chinese characters against {latin} Latin letters"


@pytest.fixture()
def course_copy(tmp_path, monkeypatch):
    """The start notebook and its catalog, in a folder of the test's own."""
    english = tmp_path / "notebooks"
    english.mkdir()
    notebook = english / "00_start_here.ipynb"
    shutil.copy(ROOT / "notebooks" / "00_start_here.ipynb", notebook)
    monkeypatch.setattr(tool, "ENGLISH", english)
    monkeypatch.setattr(tool, "CHINESE", english / "zh")
    monkeypatch.setattr(tool, "LOCALE", tmp_path / "locale" / "zh")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    tool.LOCALE.mkdir(parents=True)
    shutil.copy(ROOT / "locale" / "zh" / "00_start_here.po", tool.catalog_path(notebook))
    assert tool.main(["build"]) == 0 and tool.problems(notebook) == []
    return notebook


def _edit_first_paragraph(notebook: Path) -> None:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    first = nb["cells"][0]
    first["source"] = tool.source(first).replace("Start here", "Begin here")
    notebook.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def test_an_english_paragraph_changed_alone_fails_until_its_chinese_is_revised(course_copy):
    _edit_first_paragraph(course_copy)
    assert any("changed or is new" in problem for problem in tool.problems(course_copy))
    tool.update(course_copy).save(str(tool.catalog_path(course_copy)))
    assert any("fuzzy" in problem for problem in tool.problems(course_copy))
    po = polib.pofile(str(tool.catalog_path(course_copy)), wrapwidth=0)
    [revised] = [entry for entry in po if entry.fuzzy]
    assert "Start here" in revised.previous_msgid and revised.msgstr  # the old English and the draft stay
    revised.msgstr, revised.flags = revised.msgstr.replace("从这里开始", "由此开始"), []
    po.save(str(tool.catalog_path(course_copy)))
    assert any("not what the catalog builds" in problem for problem in tool.problems(course_copy))
    tool.main(["build"])
    assert tool.problems(course_copy) == []


def test_a_chinese_notebook_edited_by_hand_fails(course_copy):
    built = tool.CHINESE / course_copy.name
    built.write_text(built.read_text(encoding="utf-8").replace("从这里开始", "从此开始", 1), encoding="utf-8")
    assert any("not what the catalog builds" in problem for problem in tool.problems(course_copy))


def test_a_new_english_cell_without_its_chinese_fails(course_copy):
    nb = json.loads(course_copy.read_text(encoding="utf-8"))
    nb["cells"].insert(1, {"cell_type": "markdown", "id": "new", "metadata": {}, "source": ["A new paragraph."]})
    course_copy.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tool.update(course_copy).save(str(tool.catalog_path(course_copy)))
    assert any("not translated" in problem for problem in tool.problems(course_copy))


def test_the_setup_cell_of_the_chinese_edition_asks_for_it(course_copy):
    built = cells(tool.CHINESE / course_copy.name)
    setup = next(tool.source(c) for c in built if c["cell_type"] == "code")
    assert setup.splitlines()[-1] == tool.SETUP_CALL_ZH


# ------------------------------------------------------------------------------------------------ the renderers


def test_in_the_chinese_edition_a_provision_shows_the_official_chinese_and_folds_the_english():
    edition.set_edition("zh")
    page = render.provision_html("pipl/66", paragraph=2)
    assert "《中华人民共和国个人信息保护法》第六十六条" in page and "自2021年11月1日起施行" in page
    first_english = escape(law.provision("pipl/66").paragraphs_en[0][:40])
    assert page.index("<details>") < page.index(first_english)
    assert "Official Chinese" not in page and "突出显示：<b>《个人信息保护法》第六十六条第二款</b>" in page


def test_the_english_edition_keeps_the_bilingual_provision():
    page = render.provision_html("pipl/66")
    assert "官方中文 Official Chinese" in page and "<details>" not in page


def test_in_the_chinese_edition_a_step_table_has_no_english_column():
    steps = [
        Step("适用第六十六条", "applies art. 66", "pipl/66", paragraph=2),
        Step("未评估", "not assessed", "pipl/66", Kind.NOT_ASSESSED),
    ]
    english = render.steps_html(steps, date(2026, 1, 1))
    edition.set_edition("zh")
    chinese = render.steps_html(steps, date(2026, 1, 1))
    assert "applies art. 66" in english and "applies art. 66" not in chinese
    assert "<th>Step</th>" not in chinese and "《个人信息保护法》第六十六条第二款" in chinese
    assert "not assessed" not in chinese.lower()


def test_an_unknown_edition_is_refused_in_both_languages():
    from pilaw.law.errors import InputError

    with pytest.raises(InputError, match="edition"):
        edition.set_edition("fr")


def test_the_chinese_course_map_is_in_chinese_for_every_lesson():
    from pilaw.show import course

    assert all(nb.goal_zh and nb.provisions_zh for nb in course.NOTEBOOKS)
    edition.set_edition("zh")
    page = str(course.course_map(ROOT / "notebooks").data)
    assert "Provisions" not in page and "课时（分钟）" in page
    assert all(nb.goal_zh in page for nb in course.NOTEBOOKS)


def test_a_number_the_english_quotes_must_be_quoted_by_the_chinese_in_some_form():
    english = "Turnover 1,200,000,000 yuan; PIPL art. 66; 35/50 + 150/500 = 1; in force from 2021-11-01; 5 %."
    good = "营业额12亿元；《个人信息保护法》第六十六条；35/50 + 150/500 = 1；自2021年11月1日起施行；百分之五。"
    assert tool.missing_numbers(english, good) == []
    assert tool.missing_numbers(english, good.replace("12亿", "10亿")) == ["1200000000"]
    assert tool.missing_numbers("Civil Code art. 1034", "《民法典》第一千零三十四条") == []
    assert tool.missing_numbers("a ceiling of 500,000 yuan", "上限为五十万元") == []
    assert tool.missing_numbers("a fine of up to 1.5 million yuan", "罚款150万元以下") == []
    assert tool.missing_numbers("up to 50 million yuan", "五千万元以下") == []
    assert tool.missing_numbers("up to 50 million yuan", "五百万元以下") == ["50000000"]
    assert tool.missing_numbers("see `make lab` and [the next lesson](08_x.ipynb)", "见 `make lab`") == []
    assert tool.missing_numbers("150,000,000 yuan in 2021", "一亿五千万元，二〇二一年") == []
    assert tool.missing_numbers("10,000 yuan", "100万元") == ["10000"]


def test_a_lesson_still_being_translated_can_be_checked_alone_and_reports_what_is_left():
    unfinished = [nb for nb in tool.english_notebooks() if nb.name in tool.PENDING and tool.problems(nb, pending=())]
    if not unfinished:
        pytest.skip("no lesson is part-way through its translation")
    assert tool.problems(unfinished[0]) == []  # the whole-course check waits for it
    assert tool.problems(unfinished[0], pending=()) != []  # named alone, what is left is listed
    assert tool.main(["check", "no_such_lesson"]) == 2


def test_a_lesson_whose_translation_is_complete_leaves_the_pending_list():
    finished = [
        nb.name for nb in tool.english_notebooks() if nb.name in tool.PENDING and not tool.problems(nb, pending=())
    ]
    assert finished == [], "translated: remove them from PENDING in tools/edition.py"


def test_in_the_chinese_edition_a_calculator_s_controls_are_labelled_in_chinese_alone_and_its_messages_stay_bilingual():
    from pilaw.widgets.fines import pipl66_calculator

    english = pipl66_calculator()
    assert any(LATIN.search(w.description) for w in english.inputs.values())
    edition.set_edition("zh")
    chinese = pipl66_calculator()
    labels = [w.description for w in chinese.inputs.values() if w.description]
    assert labels and not any(LATIN.search(label) for label in labels), labels
    chinese.inputs["turnover"].value = "abc"
    assert "请检查输入" in chinese.result.value and "Please check the input" in chinese.result.value


def test_in_the_chinese_edition_every_choice_of_every_calculator_reads_in_chinese_and_keeps_its_value():
    import ipywidgets as W

    from test_bad_input_catalog import FACTORIES

    english = {p.id: p.values[0]() for p in FACTORIES}
    edition.set_edition("zh")
    try:
        for param in FACTORIES:
            calc = param.values[0]()
            for name, box in calc.inputs.items():
                if isinstance(box, W.Dropdown):
                    bilingual = english[param.id].inputs[name]
                    assert [v for _, v in box.options] == [v for _, v in bilingual.options]
                    latin = [text for text, _ in box.options if re.search(r"[A-Za-z]{3,}", text)]
                    assert latin == [], f"{param.id}.{name}: {latin[:3]}"
    finally:
        edition.set_edition("en")


MASKED_DIGITS = re.compile(r"\d\*{4}\d")  # a phone number shown as 138****0001


@pytest.mark.parametrize("path", [*TRANSLATED, *sorted(tool.CHINESE.glob("[0-9][0-9]_*.ipynb"))], ids=lambda p: p.name)
def test_every_bold_and_italic_of_both_editions_renders_as_jupyterlab_draws_commonmark(path):
    """In Chinese a closing ** after 。 or ： and before a character does not close (CommonMark's flanking rule), so
    the asterisks would show: the punctuation goes outside the bold, a link's bold inside its brackets."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    stray = []
    for i, cell in enumerate(cells(path)):
        if cell["cell_type"] != "markdown":
            continue
        drawn = re.sub(r"<code>.*?</code>", "", md.render("".join(cell["source"])), flags=re.S)
        text = MASKED_DIGITS.sub("", re.sub(r"<[^>]+>", "", drawn))
        stray += [f"cell {i}: …{text[max(0, m.start() - 20) : m.end() + 20]}…" for m in re.finditer(r"\*\*", text)]
    assert stray == [], "\n".join(stray)
