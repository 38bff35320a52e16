#!/usr/bin/env python3
"""The Chinese edition (中文版): built from the English notebooks and one translation catalog per notebook.

    .venv/bin/python tools/edition.py update  # bring locale/zh/*.po in step with the English notebooks
    .venv/bin/python tools/edition.py build   # write notebooks/zh/*.ipynb from the English notebooks and the catalogs
    .venv/bin/python tools/edition.py check   # exit 1 when a catalog lags the English or a Chinese notebook drifted
    .venv/bin/python tools/edition.py update 03_after_a_leak  # one lesson's catalog only
    .venv/bin/python tools/edition.py check 03_after_a_leak  # one lesson, even while it is still PENDING
    .venv/bin/python tools/edition.py build 03_after_a_leak  # write that lesson's Chinese notebook to try it

One course, two editions, no drift. The English notebook is the source. Its markdown cells are the entries of a
gettext catalog, ``locale/zh/<notebook>.po`` (msgid: the English cell; msgstr: the Chinese cell), the way Sphinx
projects translate their documentation; polib reads and writes it. The Chinese notebook is *built*: the English
notebook's cells in order, each markdown cell replaced by its translation, each code cell copied character for
character, except that the setup cell asks for the Chinese edition (``course.check_environment(edition="zh")``),
which makes the renderers and calculators show Chinese first.

What fails (tests/test_edition.py runs ``check``):
* an English paragraph changed alone: its entry no longer matches, ``update`` marks it fuzzy (keeping the old
  Chinese and the old English beside it for the translator), and a fuzzy or empty entry fails;
* a new English cell with no Chinese: an empty entry fails;
* a Chinese notebook edited by hand, or a catalog changed without rebuilding: the built notebook differs;
* a number the English cell quotes (an amount, a date, an article) that its Chinese does not quote, in digits, in
  万/亿 or in Chinese numerals;
* a notebook of the course with no catalog, unless it is listed in PENDING.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from difflib import SequenceMatcher
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from pilaw.teaching.sources.numbers import cn_number  # noqa: E402

ENGLISH = ROOT / "notebooks"
CHINESE = ENGLISH / "zh"
LOCALE = ROOT / "locale" / "zh"
SETUP_CALL = "course.check_environment()"
SETUP_CALL_ZH = 'course.check_environment(edition="zh")'
#: notebooks whose Chinese edition is still being written: their catalogs may be partly translated, and no Chinese
#: notebook is built from them yet (each leaves this list once translated, and never joins it again)
PENDING: tuple[str, ...] = ()


def english_notebooks() -> list[Path]:
    return sorted(ENGLISH.glob("[0-9][0-9]_*.ipynb"))


def catalog_path(notebook: Path) -> Path:
    return LOCALE / f"{notebook.stem}.po"


def source(cell: dict) -> str:
    text = cell["source"]
    return "".join(text) if isinstance(text, list) else text


def markdown_cells(notebook: Path) -> list[tuple[int, str]]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [(i, source(cell)) for i, cell in enumerate(cells) if cell["cell_type"] == "markdown"]


def update(notebook: Path) -> polib.POFile:
    """The notebook's catalog in step with its English cells: new cells added empty, changed cells fuzzy, cells that
    left the notebook dropped. A changed cell keeps its Chinese as a draft, and its old English as previous_msgid."""
    path = catalog_path(notebook)
    old = polib.pofile(str(path), wrapwidth=0) if path.exists() else None
    known = {entry.msgid: entry for entry in old} if old else {}
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "pilaw",
        "Language": "zh_CN",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    cells = markdown_cells(notebook)
    positions = {text: i for i, text in cells}
    previous = [entry for entry in (old or []) if entry.msgid not in positions]
    for index, text in cells:
        entry = known.get(text)
        if entry is None:
            entry = polib.POEntry(msgid=text, msgstr="")
            draft = _closest(text, previous)
            if draft is not None:  # the same cell, changed: keep its Chinese as a draft to revise
                entry.msgstr, entry.previous_msgid, entry.flags = draft.msgstr, draft.msgid, ["fuzzy"]
                previous.remove(draft)
        place = (f"notebooks/{notebook.name}", str(index))
        existing = po.find(text)
        if existing is not None:  # the same text twice in one notebook: one entry, two places
            existing.occurrences.append(place)
            continue
        entry.occurrences = [place]
        po.append(entry)
    return po


def _closest(text: str, candidates: list[polib.POEntry]) -> polib.POEntry | None:
    """The dropped entry this changed cell most likely was: the translated one whose English is most like it."""
    scored = [(SequenceMatcher(None, text, entry.msgid).ratio(), entry) for entry in candidates if entry.msgstr]
    scored = [(score, entry) for score, entry in scored if score > 0.5]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


_ZH_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
_ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_ARABIC_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)")
_ENGLISH_SCALED = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(million|billion)\b")


def numbers_in(text: str, chinese: bool = False) -> set[Decimal]:
    """Every number a text quotes: digits (1,200,000,000 → 1200000000; 35/50 → 35 and 50; 2021-11-01 → 2021, 11 and
    1; in English 1.5 million → 1500000), and in Chinese also 万/亿 amounts (12亿 → 1200000000, 1.2万 → 12000) and Chinese numerals (第二百五十三条 → 253)."""
    found = set()
    if not chinese:  # 1.5 million → 1500000, as the Chinese writes it (150万)
        for number, scale in _ENGLISH_SCALED.findall(text):
            found.add(Decimal(number.replace(",", "")) * (10**6 if scale == "million" else 10**9))
        text = _ENGLISH_SCALED.sub(" ", text)
    found |= {Decimal(match.replace(",", "")) for match in _ARABIC.findall(text)}
    if chinese:
        for number, scale in _ARABIC_SCALED.findall(text):
            found.add(Decimal(number) * (10_000 if scale == "万" else 100_000_000))
        for run in _ZH_NUMERAL.findall(text):
            value = None if run.strip("万亿") == "" else cn_number(run)
            if value is not None:
                found.add(Decimal(value))
    return {number.normalize() for number in found}


def missing_numbers(english: str, chinese: str) -> list[str]:
    """The numbers an English cell quotes that its Chinese does not (code spans and link targets left aside)."""

    def prose(text: str) -> str:
        return re.sub(r"\]\([^)]*\)|`[^`]*`|<[^>]+>|#[\w-]+", "", text)

    wanted, given = numbers_in(prose(english)), numbers_in(prose(chinese), chinese=True)
    return sorted(f"{number:f}" for number in wanted - given)


def problems(notebook: Path, pending: tuple[str, ...] = PENDING) -> list[str]:
    """What keeps a notebook's Chinese edition from being in step: untranslated or fuzzy cells, a stale build."""
    path = catalog_path(notebook)
    if notebook.name in pending:
        return []
    if not path.exists():
        return [f"{notebook.name}: no catalog {path.relative_to(ROOT)}"]
    po = polib.pofile(str(path), wrapwidth=0)
    found = []
    translations = {entry.msgid: entry for entry in po}
    for index, text in markdown_cells(notebook):
        entry = translations.get(text)
        where = f"{path.relative_to(ROOT)} (cell {index})"
        if entry is None:
            found.append(f"{where}: the English cell changed or is new, and the catalog does not know it")
        elif not entry.msgstr.strip():
            found.append(f"{where}: not translated")
        elif entry.fuzzy:
            found.append(f"{where}: the English changed since it was translated (fuzzy)")
        elif missing := missing_numbers(text, entry.msgstr):
            found.append(f"{where}: the Chinese does not quote {', '.join(missing)}, which the English does")
    built = CHINESE / notebook.name
    if not found:
        if not built.exists():
            found.append(f"{built.relative_to(ROOT)} is missing: run tools/edition.py build")
        elif built.read_text(encoding="utf-8") != chinese_notebook(notebook, po):
            found.append(f"{built.relative_to(ROOT)} is not what the catalog builds: run tools/edition.py build")
    return found


def chinese_notebook(notebook: Path, po: polib.POFile) -> str:
    """The Chinese notebook as text: the English notebook's cells, the markdown translated, the code unchanged except
    the setup cell's call, which asks for the Chinese edition."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    translations = {entry.msgid: entry.msgstr for entry in po if entry.msgstr and not entry.fuzzy}
    for cell in nb["cells"]:
        text = source(cell)
        if cell["cell_type"] == "markdown":
            text = translations[text]
        elif SETUP_CALL in text.splitlines():
            text = text.replace(SETUP_CALL, SETUP_CALL_ZH)
        cell["source"] = text.splitlines(keepends=True)
    nb["metadata"]["language"] = "zh-CN"
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "build", "check"):
        print(__doc__)
        return 2
    verb, named = argv[0], argv[1:]
    notebooks = english_notebooks()
    if named:  # the lessons named, whether or not they are still PENDING
        wanted = {name.removesuffix(".ipynb") for name in named}
        notebooks = [notebook for notebook in notebooks if notebook.stem in wanted]
        if len(notebooks) != len(wanted):
            print(f"no such notebook: {', '.join(sorted(wanted - {n.stem for n in notebooks}))}")
            return 2
    pending = () if named else PENDING
    if verb == "update":
        LOCALE.mkdir(parents=True, exist_ok=True)
        for notebook in notebooks:
            update(notebook).save(str(catalog_path(notebook)))
        print(f"updated {len(notebooks)} catalogs in {LOCALE.relative_to(ROOT)}")
        return 0
    if verb == "build":
        CHINESE.mkdir(exist_ok=True)
        written = 0
        for notebook in notebooks:
            path = catalog_path(notebook)
            if notebook.name in pending or not path.exists() or not _only_stale(notebook, pending):
                continue
            (CHINESE / notebook.name).write_text(
                chinese_notebook(notebook, polib.pofile(str(path), wrapwidth=0)), encoding="utf-8"
            )
            written += 1
        print(f"wrote {written} Chinese notebooks in {CHINESE.relative_to(ROOT)}")
        return 0 if written or not named else 1
    found = [problem for notebook in notebooks for problem in problems(notebook, pending)]
    print("\n".join(found) or "the Chinese edition is in step with the English")
    return 1 if found else 0


def _only_stale(notebook: Path, pending: tuple[str, ...] = PENDING) -> bool:
    """Every cell is translated and only the built notebook lags, or nothing does (so build may write it)."""
    return all("tools/edition.py build" in problem for problem in problems(notebook, pending))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
