#!/usr/bin/env python3
"""Copy statute wording from the course's reference file into the corpus, exactly.

    python3 tools/corpus_from_reference.py check                 # compare the corpus with the reference
    python3 tools/corpus_from_reference.py write --english EN.json  # add or refresh the records listed below

The Chinese paragraphs are taken from ``legal-facts-2026.md`` (the blockquotes ``> 第…条 …``, one
string per quoted paragraph, the article heading removed); nothing is retyped. ``write`` keeps the
English of records that already exist and takes the English of new records from ``EN.json``
(``{"<ref>@<effective_from>": ["…", …]}``, one string per Chinese paragraph). It also writes the
chapter and section headings of the PIPL to ``pipl_structure.json``. Records that already exist
with a different Chinese text are reported, not overwritten.

The reference folder is ``../shared/reference`` beside the repository, or ``$PILAW_REFERENCE_DIR``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "lib" / "pilaw" / "data"
PROVISIONS = DATA / "provisions"
STRUCTURE = DATA / "pipl_structure.json"
REFERENCE_NAME = "legal-facts-2026.md"
LAST_CHECKED = "2026-12-03"

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
ARTICLE = re.compile(r"^(第([〇零一二三四五六七八九十百千]+)条(之([一二三四五六七八九十]+))?) (.+)$")
CHAPTER = re.compile(r"^#### (第[一二三四五六七八九十]+章 .+)$")
SECTION = re.compile(r"^##### (第[一二三四五六七八九十]+节 .+)$")
PART = re.compile(r"^## (\d+)\. ")
SUBPART = re.compile(r"^### (\d+\.\d+) ")


def chinese_number(text: str) -> int:
    """``"三十二"`` → 32, ``"二百一十九"`` → 219, ``"十"`` → 10."""
    total, digit = 0, None
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char]
        elif char in UNITS:
            total += (1 if digit is None else digit) * UNITS[char]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


@dataclass
class Article:
    number: str  # "32", "253-1"
    heading: str  # "第三十二条"
    paragraphs: list[str]
    part: str  # "1", "4"
    subpart: str  # "4.2"
    chapter: str | None = None
    section: str | None = None


@dataclass
class Reference:
    articles: list[Article] = field(default_factory=list)
    chapters: list[str] = field(default_factory=list)
    text: str = ""

    def find(self, part: str, number: str, subpart: str | None = None, after: str | None = None) -> Article:
        """The article ``number`` quoted in part ``part`` (and sub-part ``subpart``); ``after`` = the
        heading of an earlier quoted article of the same part, to tell two texts of one number apart."""
        found = [a for a in self.articles if a.part == part and (subpart is None or a.subpart == subpart)]
        if after is not None:
            start = next(i for i, a in enumerate(found) if a.heading == after)
            found = found[start + 1 :]
        matches = [a for a in found if a.number == number]
        if not matches:
            raise LookupError(f"article {number} not quoted in part {part} {subpart or ''}")
        return matches[0]


def parse(text: str) -> Reference:
    ref = Reference(text=text)
    part = subpart = ""
    chapter: str | None = None
    section: str | None = None
    block: list[str] = []

    def flush() -> None:
        current: Article | None = None
        for line in block:
            match = ARTICLE.match(line)
            if match:
                number = str(chinese_number(match.group(2)))
                if match.group(4):
                    number += f"-{chinese_number(match.group(4))}"
                current = Article(number, match.group(1), [match.group(5)], part, subpart, chapter, section)
                ref.articles.append(current)
            elif current is not None:
                current.paragraphs.append(line)
        block.clear()

    for raw in text.splitlines():
        line = raw.rstrip("\n")
        if line.startswith(">"):
            content = line[1:].strip()
            if content:
                block.append(content)
            continue
        flush()
        if m := PART.match(line):
            part, subpart, chapter, section = m.group(1), "", None, None
        elif m := SUBPART.match(line):
            subpart = m.group(1)
        elif m := CHAPTER.match(line):
            chapter, section = m.group(1), None
            if part == "1":
                ref.chapters.append(chapter)
        elif m := SECTION.match(line):
            section = m.group(1)
    flush()
    return ref


# --- what goes into the corpus -------------------------------------------------------------------

X_STORAGE = "https://github.com/X-STORAGE/Laws/blob/24f29392293ce672d608e19c2bffff10401fe6a8/"


def x_storage(path: str) -> str:
    return X_STORAGE + quote(path)


PIPL_URL = x_storage("行政法/个人信息保护法(2021-08-20).md")
APL_URL = x_storage("行政法/行政处罚法(2021-01-22).md")
# The 2019 AUCL file is the same blob in LawRefBook, whose address legal-facts.md gives (as for arts. 9, 17, 21).
AUCL_2019_URL = "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/" + quote(
    "经济法/反不正当竞争法(2019-04-23).md"
)
CRIMINAL_URL = x_storage("刑法/刑法.md")
SPC_2017_URL = x_storage(
    "司法解释/最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释(2017-05-08).md"
)
NDSMR_URL = x_storage("行政法规/网络数据安全管理条例(2024-09-24).md")
DSL_URL = x_storage("行政法/数据安全法(2021-06-10).md")
FACE_URL = x_storage(
    "司法解释/最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定(2021-07-27).md"
)
TIME_URL = x_storage("司法解释/最高人民法院关于适用《民法典》时间效力的若干规定(2020-12-29).md")
OLD_220_URL = "https://www.dalvlaw.com/question/17016.html"

HALF_WIDTH_63 = (
    'The half-width semicolons (";") in items (一) to (四) are kept as they stand in both mirrors '
    '(legal-facts-2026.md §0, typography kept as in the mirrors); the official text, not read, probably has "；".'
)
NOTE_APL = (
    "Text of the 2021 revision, in force 2021-07-15 (art. 86); earlier versions of the Law are not in the corpus."
)
NOTE_AUCL_32 = (
    "In force from the 2019 amendment (2019-04-23, per legal-facts.md §7.1; the 2019 amending decision was not read) "
    "until the 2025 revision, where the same wording is art. 39."
)
NOTE_1997 = (
    "Start date is the commencement of the 1997 Criminal Law; the reference quotes the current consolidated text "
    "(through Amendment XII) and reports no amendment of this article; the 1997 official text was not read."
)
NOTE_220_NEW = (
    "Rewritten by Amendment XI item 二十四, in force 2021-03-01 (the Amendment is verified in one mirror only); "
    "the wording itself is verified in two mirrors."
)
NOTE_220_OLD = (
    "Reconstructed pre-2021 text, UNVERIFIED as a whole (legal-facts-2026.md §4.3): one secondary web page, truncated, "
    "corroborates the wording up to 依照本节各该条的; the ending 规定处罚。 is assumed from the current text. "
    "No mirror holds this version and the 1997 official text was not read."
)
NOTE_NDSMR = (
    "State Council Order No. 790, promulgated 2024-09-24 (CORROBORATED by one web page); in force 2025-01-01 (art. 64)."
)
NOTE_FACE = (
    "In force 2021-08-01 (art. 16); the document number 法释〔2021〕15号 is only weakly corroborated (one data file)."
)
NOTE_TIME = "Adopted 2020-12-14, in force 2021-01-01 (art. 28); the document number 法释〔2020〕15号 is in one mirror's header only."


@dataclass(frozen=True)
class Spec:
    law: str
    part: str
    articles: tuple[str, ...]
    start: str
    end: str | None
    source: str
    verified: bool = True
    note: str = ""
    subpart: str | None = None
    after: str | None = None
    notes: tuple[tuple[str, str], ...] = ()  # per-article notes, (article, note)


def _range(first: int, last: int) -> tuple[str, ...]:
    return tuple(str(n) for n in range(first, last + 1))


SPECS = (
    Spec("pipl", "1", _range(1, 74), "2021-11-01", None, PIPL_URL, notes=(("63", HALF_WIDTH_63),)),
    Spec("admin_penalty_law", "2", ("28", "29", "35", "36", "37"), "2021-07-15", None, APL_URL, note=NOTE_APL),
    Spec("aucl", "3", ("32",), "2019-04-23", "2025-10-14", AUCL_2019_URL, note=NOTE_AUCL_32),
    Spec("criminal_law", "4", ("30", "31"), "1997-10-01", None, CRIMINAL_URL, note=NOTE_1997, subpart="4.2"),
    Spec("criminal_law", "4", ("220",), "2021-03-01", None, CRIMINAL_URL, note=NOTE_220_NEW, subpart="4.2"),
    Spec("spc_2017_personal_information", "5", _range(1, 13), "2017-06-01", None, SPC_2017_URL),
    Spec(
        "network_data_regs",
        "6",
        ("9", "10", "11", "12", *_range(21, 28), "30", "55", "58", "59", "61", "62", "64"),
        "2025-01-01",
        None,
        NDSMR_URL,
        note=NOTE_NDSMR,
    ),
    Spec("data_security_law", "7", ("27", "29", "45", "52", "55"), "2021-09-01", None, DSL_URL),
    Spec("spc_2021_face_recognition", "8", ("1", "2", "3", "4", "5", "6", "8", "16"), "2021-08-01", None, FACE_URL,
         note=NOTE_FACE, subpart="8.1"),
    Spec("spc_2020_civil_code_time", "8", ("1", "2", "3", "24", "28"), "2021-01-01", None, TIME_URL, note=NOTE_TIME,
         subpart="8.2"),
)  # fmt: skip

# The earlier art. 220 is not quoted as an article but given as one quoted sentence (§4.3).
OLD_220 = re.compile(r"^\* Reconstructed old text, \*\*UNVERIFIED\*\* as a whole: \"(.+)\"$", re.MULTILINE)

PIPL_CHAPTERS_EN = {
    "第一章 总 则": "Chapter I General Provisions",
    "第二章 个人信息处理规则": "Chapter II Rules on Processing Personal Information",
    "第三章 个人信息跨境提供的规则": "Chapter III Rules on Providing Personal Information Across Borders",
    "第四章 个人在个人信息处理活动中的权利": "Chapter IV Rights of Individuals in Personal-Information Processing Activities",
    "第五章 个人信息处理者的义务": "Chapter V Obligations of Personal Information Processors",
    "第六章 履行个人信息保护职责的部门": "Chapter VI Departments Performing Personal-Information Protection Duties",
    "第七章 法律责任": "Chapter VII Legal Liability",
    "第八章 附 则": "Chapter VIII Supplementary Provisions",
}
PIPL_SECTIONS_EN = {
    "第一节 一般规定": "Section 1 General Rules",
    "第二节 敏感个人信息的处理规则": "Section 2 Rules on Processing Sensitive Personal Information",
    "第三节 国家机关处理个人信息的特别规定": "Section 3 Special Provisions on the Processing of Personal Information by State Organs",
}


def reference_dir() -> Path:
    override = os.environ.get("PILAW_REFERENCE_DIR")
    return Path(override) if override else ROOT.parent / "shared" / "reference"


def record(spec: Spec, article: Article | None, heading: str, paragraphs: list[str], en: list[str]) -> dict:
    number = article.number if article else heading
    note = dict(spec.notes).get(number, spec.note)
    return {
        "ref": f"{spec.law}/{number}",
        "article_zh": heading,
        "paragraphs_zh": paragraphs,
        "paragraphs_en": en,
        "effective_from": spec.start,
        "effective_to": spec.end,
        "source": spec.source,
        "verified": spec.verified,
        "note": note,
        "excerpt": False,
        "last_checked": LAST_CHECKED,
    }


def wanted(ref: Reference) -> list[dict]:
    """Every record the specs ask for, with the Chinese from the reference and the English left empty."""
    out = []
    for spec in SPECS:
        for number in spec.articles:
            art = ref.find(spec.part, number, spec.subpart, spec.after)
            out.append(record(spec, art, art.heading, list(art.paragraphs), []))
    match = OLD_220.search(ref.text)
    if not match:
        raise LookupError("the reconstructed pre-2021 text of art. 220 is missing from the reference")
    old = Spec(
        "criminal_law", "4", ("220",), "1997-10-01", "2021-02-28", OLD_220_URL, verified=False, note=NOTE_220_OLD
    )
    rec = record(old, None, "第二百二十条", [match.group(1)], [])
    rec["ref"] = "criminal_law/220"
    out.append(rec)
    return out


def structure(ref: Reference) -> dict:
    articles = {}
    for art in ref.articles:
        if art.part != "1":
            continue
        articles[art.number] = {
            "chapter_zh": art.chapter,
            "chapter_en": PIPL_CHAPTERS_EN[art.chapter],
            "section_zh": art.section,
            "section_en": PIPL_SECTIONS_EN[art.section] if art.section else None,
        }
    return {"law": "pipl", "source": PIPL_URL, "articles": articles}


def file_for(law_key: str) -> Path:
    return PROVISIONS / f"{law_key}.json"


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def dump(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _key(rec: dict) -> str:
    return f"{rec['ref']}@{rec['effective_from']}"


def _article_sort(rec: dict) -> tuple:
    number = rec["ref"].split("/", 1)[1]
    return tuple(int(n) for n in number.split("-")), rec["effective_from"]


def run(mode: str, english: dict[str, list[str]]) -> int:
    ref = parse((reference_dir() / REFERENCE_NAME).read_text(encoding="utf-8"))
    problems: list[str] = []
    by_file: dict[Path, list[dict]] = {}
    for rec in wanted(ref):
        path = file_for(rec["ref"].split("/", 1)[0])
        records = by_file.setdefault(path, load(path))
        existing = next((r for r in records if _key(r) == _key(rec)), None)
        if existing is not None:
            if existing["paragraphs_zh"] == rec["paragraphs_zh"]:
                continue
            if [p.replace("；", ";") for p in existing["paragraphs_zh"]] == rec["paragraphs_zh"]:
                print(f'{_key(rec)}: kept with "；" where {REFERENCE_NAME} has the mirrors\' ";" (see its note)')
            else:
                problems.append(f"{_key(rec)}: the corpus text differs from {REFERENCE_NAME}")
            continue
        if mode == "check":
            problems.append(f"{_key(rec)}: missing from the corpus")
            continue
        en = english.get(_key(rec))
        if en is None or len(en) != len(rec["paragraphs_zh"]):
            problems.append(f"{_key(rec)}: no English, or not one English paragraph per Chinese paragraph")
            continue
        rec["paragraphs_en"] = en
        records.append(rec)
    if mode == "write":
        for path, records in by_file.items():
            dump(path, sorted(records, key=_article_sort))
        dump(STRUCTURE, structure(ref))
    elif not STRUCTURE.exists() or json.loads(STRUCTURE.read_text(encoding="utf-8")) != structure(ref):
        problems.append(f"{STRUCTURE.name} differs from the headings of {REFERENCE_NAME}")
    for line in problems:
        print(line)
    return 1 if problems and mode == "check" else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["check", "write"])
    parser.add_argument("--english", type=Path, help="JSON file with the English of new records")
    args = parser.parse_args(argv)
    english = json.loads(args.english.read_text(encoding="utf-8")) if args.english else {}
    return run(args.mode, english)


if __name__ == "__main__":
    sys.exit(main())
