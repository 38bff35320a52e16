"""The mechanical part of the course's Chinese style (../shared/notes/chinese-style.md §1C, §4): quotation marks
“” (GB/T 15834), never 「」; in the Chinese edition's prose, dates as 2021年11月1日 and amounts without Western digit
grouping, and no English words inside Chinese sentences beyond names of software, commands and code.

The source page is quoted as written (traditional characters, its own punctuation), and the source checker must
read 「」 in what a student pastes: those are the only places 「」 may appear."""

from __future__ import annotations

import ast
import dataclasses
import enum
import html
import json
import re
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import polib
import pytest

from pilaw.law.errors import InputError, LawError

ROOT = Path(__file__).resolve().parents[1]
HAN = re.compile(r"[\u4e00-\u9fff]")
CORNER = re.compile(r"[「」]")
#: what reads 「」 on purpose: the checker's quotation patterns
READS_CORNER_QUOTES = {"lib/pilaw/teaching/sources/quotes.py"}
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
GROUPED = re.compile(r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b")
#: Latin words a Chinese sentence may hold: software, commands, file kinds, the course's own names
ALLOWED_LATIN = {
    "Python", "JupyterLab", "Jupyter", "JupyterLite", "Voila", "ipywidgets", "pilaw", "make", "lab", "test", "present",
    "site", "handouts", "Shift", "Enter", "OpenCC", "UTF", "PDF", "HTML", "CSV", "JSON", "nbval", "venv", "Windows",
    "zh", "en", "EDITION", "Binder", "conda", "PIPL", "CSL", "AUCL", "Vega", "Lite", "SPC", "Ctrl",
}  # fmt: skip


def chinese_literals() -> list[tuple[str, str]]:
    """(where, text) for every string literal of the library that holds Chinese."""
    found = []
    for path in sorted((ROOT / "lib" / "pilaw").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and HAN.search(node.value):
                found.append((f"{where}:{node.lineno}", node.value))
    return found


def chinese_data() -> list[tuple[str, str]]:
    """(where, text) for every Chinese field of the library's data, the statutes' own texts and the quoted source
    page aside."""
    found: list[tuple[str, str]] = []

    def walk(value, where):
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for i, inner in enumerate(value):
                walk(inner, f"{where}[{i}]")
        elif isinstance(value, str) and HAN.search(value):
            found.append((where, value))

    data = ROOT / "lib" / "pilaw" / "data"
    for path in sorted(data.rglob("*.json")):
        if "provisions" in path.parts or path.name == "source_page.json":
            continue
        walk(json.loads(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)))
    return found


def chinese_edition() -> list[tuple[str, str]]:
    """(where, text) for every translated cell of the Chinese edition's catalogs, code spans and link targets aside."""
    found = []
    for path in sorted((ROOT / "locale" / "zh").glob("*.po")):
        for entry in polib.pofile(str(path), wrapwidth=0):
            if entry.msgstr:
                prose = re.sub(r"\]\([^)]*\)|`[^`]*`|<[^>]+>|\$[^$]*\$", "", entry.msgstr)
                found.append((f"{path.relative_to(ROOT)}:{entry.occurrences[0][1]}", prose))
    return found


def test_no_chinese_text_of_the_course_uses_corner_quotation_marks():
    texts = [(w, t) for w, t in chinese_literals() if w.split(":")[0] not in READS_CORNER_QUOTES]
    texts += chinese_data() + chinese_edition()
    bad = [f"{where}: {text[:60]}" for where, text in texts if CORNER.search(text)]
    assert bad == [], "write “” (GB/T 15834):\n" + "\n".join(bad)


@pytest.mark.parametrize(
    ("pattern", "advice"),
    [(ISO_DATE, "write dates as 2021年11月1日"), (GROUPED, "write 5000万元 / 12亿元 or 12800元, not 1,200,000")],
    ids=["iso-dates", "digit-grouping"],
)
def test_the_chinese_edition_writes_dates_and_amounts_the_chinese_way(pattern, advice):
    bad = [f"{where}: {pattern.search(text).group()}" for where, text in chinese_edition() if pattern.search(text)]
    assert bad == [], advice + ":\n" + "\n".join(bad)


def chinese_data_fields() -> list[tuple[str, str]]:
    """The data's Chinese fields proper (``…zh``: questions, options, feedback, case titles, labels, notes); a case's
    ``name_zh`` is the reference's own words, shown as recorded."""
    return [
        (where, text)
        for where, text in chinese_data()
        if re.split(r"[.\[\]]+", where.rstrip("]"))[-1].endswith("zh") and not where.endswith(".name_zh")
    ]


@pytest.mark.parametrize(
    ("pattern", "advice"),
    [
        (ISO_DATE, "write 2021年11月1日"),
        (GROUPED, "write 5000万元, 12800元, 5000条"),
        (re.compile(r"\d %"), "write 5%"),
    ],
    ids=["iso-dates", "digit-grouping", "spaced-percent"],
)
def test_the_data_s_chinese_questions_feedback_and_case_names_write_dates_and_numbers_the_chinese_way(pattern, advice):
    found = chinese_data_fields()
    assert len(found) > 500
    bad = [f"{where}: {pattern.search(text).group()}" for where, text in found if pattern.search(text)]
    assert bad == [], advice + ":\n" + "\n".join(bad)


def test_the_data_s_chinese_fields_hold_no_english_sentences():
    """Case names read 某某诉某某案, not "v"; file names and the mirrors a note names are names."""
    bad = []
    for where, text in chinese_data_fields():
        prose = re.sub(r"https?://\S+|\w+\.ipynb", "", text)
        words = {w for w in re.findall(r"[A-Za-z]{2,}", prose) if w not in ALLOWED_LATIN | NAMES}
        if words:
            bad.append(f"{where}: {sorted(words)[:5]}")
    assert bad == [], "\n".join(bad)


def test_the_chinese_edition_has_no_english_inside_its_sentences():
    bad = []
    for where, text in chinese_edition():
        words = {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED_LATIN}
        if words:
            bad.append(f"{where}: {sorted(words)[:6]}")
    assert bad == [], "the Chinese edition speaks Chinese:\n" + "\n".join(bad)


BRACKETED_ITEM = re.compile(r"第（[一二三四五六七八九十]+）项")


def test_an_item_is_cited_as_the_chinese_textbook_cites_it_without_brackets():
    """第十三条第一款第一项, as citations write it; the statute's own （一） marks the item only where it stands."""
    texts = chinese_literals() + chinese_data() + chinese_edition()
    bad = [f"{where}: {BRACKETED_ITEM.search(text).group()}" for where, text in texts if BRACKETED_ITEM.search(text)]
    assert bad == [], "write 第一款第一项:\n" + "\n".join(bad)


def test_every_caveat_a_text_or_figure_carries_is_written_in_chinese_too():
    """A caveat box or step in Chinese quotes the Chinese note, never the English one."""
    from pilaw.law import corpus

    records = [p for versions in corpus._provisions().values() for p in versions]
    records += [f for versions in corpus._figures().values() for f in versions]
    flagged = [r for r in records if not r.verified or getattr(r, "excerpt", False)]
    assert flagged
    missing = [getattr(r, "ref", "") + getattr(r, "key", "") for r in flagged if not HAN.search(r.note_zh)]
    assert missing == []
    english = [r.note_zh for r in flagged if re.search(r"\b(?:verified|mirror|text|the)\b", r.note_zh)]
    assert english == []


# ----------------------------------------------------------------------------------------- what the rules write

#: days on which the texts differ: the first days of 1998 … 2027 and the dates a text or figure changed
SWEEP_DAYS = [date(year, 1, 1) for year in range(1998, 2028)] + [
    date(2009, 2, 28), date(2015, 11, 1), date(2017, 6, 1), date(2018, 6, 1), date(2021, 3, 1), date(2021, 11, 1),
    date(2025, 10, 15), date(2026, 1, 1),
]  # fmt: skip
SPACED_PERCENT = re.compile(r"\d %")
#: names of mirrors and sites a caveat names, written as their owners write them
NAMES = {"LawRefBook", "STORAGE", "Laws", "Theonefkguy", "Chinese"}


def chinese_of(value, seen=None) -> list[str]:
    """Every Chinese text a result holds: fields named ``…zh`` (``text_zh``, ``label_zh``, a label's ``zh``) and the
    Chinese message of a refusal, through nested results, steps and tuples."""
    seen = set() if seen is None else seen
    if id(value) in seen or isinstance(value, (str, int, float, date, Decimal, Fraction, type(None))):
        return []
    seen.add(id(value))
    found: list[str] = []
    if isinstance(value, (LawError, InputError)):
        return [value.zh]
    if isinstance(value, enum.Enum):
        return [value.zh] if isinstance(getattr(value, "zh", None), str) else []
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            inner = getattr(value, f.name)
            if isinstance(inner, str):
                if f.name.endswith("zh") and HAN.search(inner):
                    found.append(inner)
            else:
                found += chinese_of(inner, seen)
    elif isinstance(value, dict):
        for inner in value.values():
            found += chinese_of(inner, seen)
    elif isinstance(value, (list, tuple)):
        pairs = [x for x in value if isinstance(x, str)]
        if len(pairs) >= 2 and HAN.search(pairs[0]) and not HAN.search(pairs[1]):  # a (zh, en) pair
            found.append(pairs[0])
        for inner in value:
            found += chinese_of(inner, seen)
    return found


def rules_chinese() -> list[tuple[str, str]]:
    from test_date_sweep import RULES

    texts: dict[str, str] = {}
    for name, rule in RULES.items():
        for day in SWEEP_DAYS:
            try:
                result = rule(day)
            except (LawError, InputError) as refusal:
                result = refusal
            for text in chinese_of(result):
                texts.setdefault(text, f"{name} on {day}")
    return [(where, text) for text, where in texts.items()]


@pytest.fixture(scope="module")
def what_the_rules_write() -> list[tuple[str, str]]:
    found = rules_chinese()
    assert len(found) > 300
    return found


@pytest.mark.parametrize(
    ("pattern", "advice"),
    [
        (ISO_DATE, "write dates as 2021年11月1日"),
        (GROUPED, "write 5000万元 / 12亿元 or 12800元, and counts as 5000条, not 1,200,000"),
        (SPACED_PERCENT, "write 5%, or 百分之五 as the statute does"),
    ],
    ids=["iso-dates", "digit-grouping", "spaced-percent"],
)
def test_every_chinese_step_and_message_a_rule_writes_on_any_day_writes_dates_and_numbers_the_chinese_way(
    what_the_rules_write, pattern, advice
):
    bad = sorted(
        {
            f"{where}: {pattern.search(text).group()} in {text[:70]}"
            for where, text in what_the_rules_write
            if pattern.search(text)
        }
    )
    assert bad == [], advice + ":\n" + "\n".join(bad)


def test_no_chinese_step_a_rule_writes_holds_english_words_or_code(what_the_rules_write):
    """Names of the mirrors a caveat cites aside: no English note, no parameter name, no raw reference."""
    bad = []
    for where, text in what_the_rules_write:
        prose = re.sub(r"https?://\S+?(?=[，。；）\s]|$)", "", text)
        words = {w for w in re.findall(r"[A-Za-z]{2,}", prose) if w not in ALLOWED_LATIN | NAMES}
        if words:
            bad.append(f"{where}: {sorted(words)[:5]} in {text[:90]}")
    assert sorted(set(bad)) == [], "\n".join(sorted(set(bad)))


# ------------------------------------------------------------------------------------ what the calculators draw


def chinese_segments(page: str) -> list[str]:
    """The Chinese parts of a drawn page: its text nodes, cut at " · " (between a Chinese and an English half) and
    where an English sentence follows a Chinese one; the parts with more Chinese characters than Latin letters."""
    parts = []
    for node in re.split(r"<[^>]+>", page):
        for part in re.split(r" · |。 (?=[A-Z])", html.unescape(node)):
            han, latin = len(HAN.findall(part)), len(re.findall(r"[A-Za-z]", part))
            if han and han >= latin:
                parts.append(part.strip())
    return parts


#: the reference's records of published cases and the source page are quoted as they stand
QUOTED = re.compile(r"法院|法院网站|來源|原文|網頁|案号|记录 as recorded|^\d")


def test_every_calculator_drawn_in_the_chinese_edition_writes_dates_and_amounts_the_chinese_way():
    from pilaw.show import edition
    from test_bad_input_catalog import FACTORIES

    bad = []
    edition.set_edition("zh")
    try:
        for param in FACTORIES:
            factory = param.values[0]
            for part in chinese_segments(factory().result.value):
                for pattern in (ISO_DATE, GROUPED, SPACED_PERCENT):
                    if pattern.search(part) and not QUOTED.search(part):
                        bad.append(f"{param.id}: {pattern.search(part).group()} in {part[:80]}")
    finally:
        edition.set_edition("en")
    assert bad == [], "\n".join(bad)


NESTED_TITLE = re.compile(r"《[^》]*《")


def test_a_title_inside_a_title_takes_single_angle_brackets_in_every_provision_and_citation():
    """《浙江省实施〈中华人民共和国消费者权益保护法〉办法》, never 《…《…》…》 (GB/T 15834 4.15)."""
    from pilaw import law
    from pilaw.show import edition
    from pilaw.show.render import cite_label, provision_html

    bad = []
    for edition_name in ("en", "zh"):
        edition.set_edition(edition_name)
        try:
            for prov in law.provisions():
                for page in (provision_html(prov.ref, prov.effective_from), cite_label(prov.ref, prov.effective_from)):
                    if NESTED_TITLE.search(page):
                        bad.append(f"{edition_name} {prov.ref}: {NESTED_TITLE.search(page).group()}")
        finally:
            edition.set_edition("en")
    assert bad == []
    assert (
        law.book_title("浙江省实施《中华人民共和国消费者权益保护法》办法")
        == "《浙江省实施〈中华人民共和国消费者权益保护法〉办法》"
    )


QUOTATION = re.compile(r"“[^”]*”")


def the_course_s_own_chinese() -> list[tuple[str, str]]:
    """Every Chinese text the course writes in its own words: the library's strings and data, the Chinese edition,
    the Chinese terms beside the English edition's concepts, the README and the teacher's guide — with what it
    quotes in “” (a statute, the source page, a court) taken out, since a quotation keeps its source's words."""
    texts = chinese_literals() + chinese_data() + chinese_edition()
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        for i, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            texts.append((f"{path.relative_to(ROOT)}[{i}]", "".join(cell["source"])))
    for name in ("README.md", "docs/teaching.md"):
        texts += [(f"{name}:{n}", line) for n, line in enumerate((ROOT / name).read_text("utf-8").splitlines(), 1)]
    return [
        (where, QUOTATION.sub("", text))
        for where, text in texts
        if HAN.search(text) and not any(f".{field}[" in where for field in UNWRITTEN)
    ]


#: data fields that list names the course does not write: a glossary term's rejected names, and the abbreviations
#: a source may use that the source checker recognises (个保法, 消保法)
UNWRITTEN = ("not_zh", "keep_zh", "aliases")


def test_the_course_calls_each_concept_of_the_glossary_by_its_one_chinese_name_everywhere():
    """One concept, one name (chinese-style.md §1D, §3): the glossary lists the names the course does not use for a
    term, and where that name may stand inside a longer official phrase (责任人员 inside 直接负责的主管人员和其他直接
    责任人员, 途径 in the law's 方法和途径), the phrases that keep it."""
    from pilaw.teaching.glossary import terms

    listed = [t for t in terms() if t.not_zh]
    assert {"法定刑", "被侵权人", "路径", "直接负责的主管人员和其他直接责任人员"} <= {t.zh for t in listed}
    bad = []
    for where, text in the_course_s_own_chinese():
        for term in listed:
            rest = text
            for phrase in (term.zh, *term.keep_zh):
                rest = rest.replace(phrase, "〇")
            for name in term.not_zh:
                if name in rest:
                    bad.append(f"{where}: {name} → {term.zh}")
    assert bad == [], "\n".join(bad)


#: phrases a legal editor struck (chinese-style.md §1A, §1E), with what a Chinese textbook writes instead
STRUCK = {
    "此消彼长": "择一适用",
    "走刑事路径": "依照刑法追究刑事责任",
    "哪条路径处罚": "依据哪一法律承担责任",
    "，得了": "获利",
    "评论中常见": "学界常见理解",
    "未定论": "尚无定论",
    "检查器不评判": "本检查不予判断",
    "金额比例": "违法所得比例",
    "条数比例": "数量比例",
    "条之一不成立": "不构成……罪",
    "公安处罚": "治安管理处罚",
    "受罚后再犯": "受过刑事处罚或者行政处罚后再次实施",
    "种读法": "种理解（对尚无定论问题的一种理解）",
    "的读法": "的理解",
    "入罪档": "入罪情形、入罪标准",
    "列举是开放的": "属于不完全列举",
    "第07课": "笔记本07",
    "没有管好": "未尽……义务",
    "再犯": "受过刑事处罚或者行政处罚后再次实施（再犯是刑法第六十五条的术语）",
    "转致": "指引性规定（转致是国际私法的术语）",
    "消保法": "消费者权益保护法",
    "个保法": "个人信息保护法",
    "评论者": "学界",
    "它": "该条、该法、网店、此项信息……（教材不以“它”指代物、条文或者单位）",
}


def test_no_phrase_a_legal_editor_struck_comes_back():
    bad = [
        f"{where}: {phrase} → {better}"
        for where, text in the_course_s_own_chinese()
        for phrase, better in STRUCK.items()
        if phrase in text
    ]
    assert bad == [], "\n".join(bad)


def test_the_day_of_the_conduct_and_of_the_trial_are_written_as_dates_everywhere():
    bare = re.compile(r"(行为|审理)日(?!期)")
    bad = [
        f"{where}: {m.group(0)} → {m.group(1)}日期"
        for where, text in the_course_s_own_chinese()
        for m in bare.finditer(text)
    ]
    assert bad == [], "\n".join(bad)


def test_a_law_is_cited_by_its_short_title_in_book_title_marks_and_an_interpretation_by_its_year_name_without():
    from pilaw import law
    from pilaw.show import edition, render

    assert law.cited_name("个人信息保护法") == "《个人信息保护法》"
    assert law.cited_name("2017年个人信息刑事解释") == "2017年个人信息刑事解释"
    edition.set_edition("zh")
    try:
        assert render.cite_label("spc_2017_personal_information/5") == "2017年个人信息刑事解释第五条"
        assert render.cite_label("pipl/66") == "《个人信息保护法》第六十六条"
    finally:
        edition.set_edition("en")


@pytest.mark.parametrize(
    ("number", "amount", "count"),
    [
        (12_800, "12800元", "12800"),
        (50_000_000, "5000万元", "5000万"),
        (1_200_000_000, "12亿元", "12亿"),
        (150_000_000, "1.5亿元", "1.5亿"),
        (20_000_000, "2000万元", "2000万"),
    ],
)
def test_amounts_and_counts_are_written_as_the_statutes_write_them_in_wan_and_yi(number, amount, count):
    from pilaw.law.money import count_zh, yuan_zh

    assert yuan_zh(number) == amount and count_zh(number) == count


def test_the_breach_planner_writes_twenty_million_people_in_wan_beside_the_regulations_ten_million():
    from pilaw.rules.pipl.breach import breach_duties

    steps = breach_duties(
        on=date(2025, 6, 1), measures_avoid_harm=False, network_operator=True, people=20_000_000
    ).steps
    assert any("2000万人" in s.text_zh for s in steps) and not any("20000000人" in s.text_zh for s in steps)
