"""The corpus: statute texts and legal figures as dated records.

Every provision the course shows, and every amount, ratio or threshold a rule uses, lives in the
JSON files under ``pilaw/data``; this module only reads them.

    >>> from datetime import date
    >>> provision("criminal_law/219", on=date(2020, 1, 1)).effective_to
    datetime.date(2021, 2, 28)
    >>> figure("pipl66.serious_fine_cap").value
    Decimal('50000000')

A reference is ``"<law>/<article>"`` (``"pipl/69"``, ``"criminal_law/253-1"``); a figure has a dotted
key (``"pipl66.serious_fine_cap"``). Both are looked up *by date*: the version in force that day.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pilaw.law.errors import LawError

UNOFFICIAL = "Unofficial translation; the Chinese text is the law."

_ITEM = re.compile(r"^\s*（[一二三四五六七八九十]+）")  # an item (项) of a paragraph: “（一）”

Number = Decimal | Fraction | int


@dataclass(frozen=True)
class Law:
    key: str
    zh: str
    en: str
    short_zh: str
    short_en: str
    kind: str  # "law", "regulation", "interpretation"


@dataclass(frozen=True)
class Provision:
    """One dated version of one article, in the official simplified Chinese and an unofficial English."""

    ref: str
    law_zh: str
    law_en: str
    article_zh: str
    paragraphs_zh: tuple[str, ...]
    paragraphs_en: tuple[str, ...]
    effective_from: date
    effective_to: date | None
    source: str
    verified: bool
    note: str
    note_zh: str = ""  # the note in Chinese, for the Chinese edition and the Chinese half of a box
    excerpt: bool = False
    last_checked: date | None = None  # the day the text was last compared with the course's reference files
    #: for an open-ended version whose later status the reference does not establish: the last day it is known in force
    status_as_of: date | None = None

    @property
    def law(self) -> str:
        return self.ref.split("/", 1)[0]

    @property
    def article(self) -> str:
        return self.ref.split("/", 1)[1]

    @property
    def text_zh(self) -> str:
        return "\n".join(self.paragraphs_zh)

    @property
    def text_en(self) -> str:
        return "\n".join(self.paragraphs_en)

    @property
    def translation_note(self) -> str:
        return UNOFFICIAL

    def paragraph_lines(self) -> tuple[tuple[int, ...], ...]:
        """The lines of ``paragraphs_zh`` (and ``paragraphs_en``) that make up each paragraph (款), in order: a line
        opening with an item number such as “（一）” is an item (项) of the paragraph before it."""
        groups: list[list[int]] = []
        for index, line in enumerate(self.paragraphs_zh):
            if groups and _ITEM.match(line):
                groups[-1].append(index)
            else:
                groups.append([index])
        return tuple(tuple(group) for group in groups)

    def lines_of(self, paragraph: int | None = None, item: int | None = None) -> tuple[int, ...]:
        """The line indices of paragraph ``paragraph`` (1-based), or of its item ``item`` (1-based: the first line
        numbered “（一）”); all lines when ``paragraph`` is None. Raises :class:`LawError` for a paragraph or item
        the version does not have."""
        groups = self.paragraph_lines()
        if paragraph is None:
            return tuple(range(len(self.paragraphs_zh)))
        if not 1 <= paragraph <= len(groups):
            raise LawError(
                f"{self}没有第{paragraph}款（共{len(groups)}款）",
                f"{self.ref} has no paragraph {paragraph} (it has {len(groups)})",
            )
        lines = groups[paragraph - 1]
        if item is None:
            return lines
        items = lines[1:]
        if not 1 <= item <= len(items):
            raise LawError(f"{self}第{paragraph}款没有第{item}项", f"{self.ref} para. {paragraph} has no item {item}")
        return (items[item - 1],)

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    def __str__(self) -> str:
        return f"{self.law_zh}{self.article_zh}"


@dataclass(frozen=True)
class Figure:
    """One dated legal figure (an amount, a count, a ratio) with the provision it comes from."""

    key: str
    value: Number
    unit: str  # "yuan", "pieces", "ratio", "times", "years", "months"
    ref: str
    effective_from: date
    effective_to: date | None
    label_zh: str
    label_en: str
    verified: bool
    note: str
    note_zh: str = ""  # the note in Chinese, for the Chinese edition and the Chinese half of a box
    last_checked: date | None = None  # the day the figure was last compared with its provision's text

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


DATA = Path(__file__).resolve().parents[1] / "data"  # the package's data folder (see pyproject.toml's package data)


def _data_files(folder: str) -> list[Path]:
    return sorted((DATA / folder).glob("*.json"), key=lambda p: p.name)


def _load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def data(name: str) -> Any:
    """One JSON file of the library's data folder, e.g. ``data("cases_civil.json")``."""
    return _load_json(DATA / name)


def _start(text: str) -> date:
    return date.fromisoformat(text)


@cache
def laws() -> dict[str, Law]:
    """Every law (or regulation, or judicial interpretation) known to the corpus, by key."""
    raw = data("laws.json")
    return {key: Law(key=key, **fields) for key, fields in raw.items()}


@cache
def _provisions() -> dict[str, tuple[Provision, ...]]:
    table: dict[str, list[Provision]] = {}
    known = laws()
    for path in _data_files("provisions"):
        for rec in _load_json(path):
            law_key = rec["ref"].split("/", 1)[0]
            if law_key not in known:
                raise LawError(f"未知法律：{law_key}", f"unknown law key {law_key!r} in {path.name}")
            law = known[law_key]
            prov = Provision(
                ref=rec["ref"],
                law_zh=law.zh,
                law_en=law.en,
                article_zh=rec["article_zh"],
                paragraphs_zh=tuple(rec["paragraphs_zh"]),
                paragraphs_en=tuple(rec["paragraphs_en"]),
                effective_from=_start(rec["effective_from"]),
                effective_to=_date(rec.get("effective_to")),
                source=rec["source"],
                verified=bool(rec["verified"]),
                note=rec.get("note", ""),
                note_zh=rec.get("note_zh", ""),
                excerpt=bool(rec.get("excerpt", False)),
                last_checked=_date(rec.get("last_checked")),
                status_as_of=_date(rec.get("status_as_of")),
            )
            table.setdefault(prov.ref, []).append(prov)
    return {ref: tuple(sorted(vs, key=lambda p: p.effective_from)) for ref, vs in table.items()}


def _parse_value(raw: str, unit: str) -> Number:
    if unit == "yuan":
        return Decimal(raw)
    if unit in ("ratio", "times"):
        return Fraction(raw)
    return int(raw)


@cache
def _figures() -> dict[str, tuple[Figure, ...]]:
    table: dict[str, list[Figure]] = {}
    for path in _data_files("figures"):
        for rec in _load_json(path):
            fig = Figure(
                key=rec["key"],
                value=_parse_value(rec["value"], rec["unit"]),
                unit=rec["unit"],
                ref=rec["ref"],
                effective_from=_start(rec["effective_from"]),
                effective_to=_date(rec.get("effective_to")),
                label_zh=rec["label_zh"],
                label_en=rec["label_en"],
                verified=bool(rec.get("verified", True)),
                note=rec.get("note", ""),
                note_zh=rec.get("note_zh", ""),
                last_checked=_date(rec.get("last_checked")),
            )
            table.setdefault(fig.key, []).append(fig)
    return {key: tuple(sorted(vs, key=lambda f: f.effective_from)) for key, vs in table.items()}


def _on_day(on: date | None) -> date:
    on = date.today() if on is None else on
    if not isinstance(on, date):
        raise LawError("日期无效", f"'on' must be a datetime.date, not {type(on).__name__}")
    return on


class _Dated(Protocol):
    @property
    def effective_from(self) -> date: ...

    @property
    def effective_to(self) -> date | None: ...

    def in_force(self, on: date) -> bool: ...


D = TypeVar("D", bound=_Dated)
R = TypeVar("R")


def book_title(name: str) -> str:
    """A title in 书名号, a title inside it in 〈〉 (GB/T 15834): 《浙江省实施〈中华人民共和国消费者权益保护法〉办法》."""
    return "《" + name.strip("《》").replace("《", "〈").replace("》", "〉") + "》"


def cited_name(short_zh: str) -> str:
    """How a citation names a law: a short title in 书名号 (《个人信息保护法》), a descriptive name that begins with a
    year (2017年个人信息刑事解释: not a title, so no 书名号) as it is."""
    return short_zh if short_zh[:4].isdigit() else book_title(short_zh)


def _zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _pick(kind_zh: str, kind_en: str, name: str, versions: Sequence[D], on: date | None, name_zh: str = "") -> D:
    """The version in force on ``on``; name_zh names it in the Chinese message (the reference, if not given)."""
    on = _on_day(on)
    name_zh = name_zh or f"“{name}”"
    for version in versions:
        if version.in_force(on):
            return version
    first = versions[0].effective_from
    if on < first:
        raise LawError(
            f"{kind_zh}{name_zh}自{_zh(first)}起施行，{_zh(on)}尚未生效",
            f"{kind_en} {name!r} took effect on {first.isoformat()}; it was not in force on {on.isoformat()}",
        )
    last = versions[-1].effective_to
    raise LawError(
        f"{kind_zh}{name_zh}在{_zh(on)}已不再有效（失效于{_zh(last) if last else last}）",
        f"{kind_en} {name!r} was no longer in force on {on.isoformat()} (ended {last})",
    )


def regime_on(table: Sequence[tuple[str | None, R]], day: date) -> R:
    """The regime of a rule in force on ``day``: ``table`` lists ``(ref, regime)`` newest first, each keyed by the
    provision whose period of force defines it, so the dates come from the corpus; ``None`` matches any day.

        >>> regime_on((("aucl/22", "2025 text"), ("aucl/17", "2019 text")), date(2025, 10, 14))
        '2019 text'
    """
    return next(regime for ref, regime in table if ref is None or is_in_force(ref, day))


def versions(ref: str) -> tuple[Provision, ...]:
    """Every dated version of one article, oldest first."""
    try:
        return _provisions()[ref]
    except KeyError:
        raise LawError(f"语料库中没有条文“{ref}”", f"no provision {ref!r} in the corpus") from None


def provision(ref: str, on: date | None = None) -> Provision:
    """The version of ``ref`` in force on ``on`` (default: today)."""
    found = versions(ref)
    first = found[0]
    return _pick("", "provision", ref, found, on, f"{book_title(first.law_zh)}{first.article_zh}")


def is_in_force(ref: str, on: date | None = None) -> bool:
    """Whether some version of ``ref`` applies on ``on`` (default: today).

    False before the first version took effect, after the last one ended, and in a gap between two versions;
    an unknown ``ref`` raises :class:`LawError`, as :func:`versions` does, and so does an ``on`` that is not a date.
    """
    day = _on_day(on)
    return any(version.in_force(day) for version in versions(ref))


def article_name(ref: str, on: date | None = None) -> tuple[str, str]:
    """``("民法典第一千零三十八条", "Civil Code art. 1038")``: the article as steps name it, in the version in force on
    ``on`` if there is one, else the latest."""
    prov = provision(ref, on) if on is not None and is_in_force(ref, on) else versions(ref)[-1]
    info = laws()[prov.law]
    return f"{info.short_zh}{prov.article_zh}", f"{info.short_en} art. {prov.article}"


def provisions() -> Iterator[Provision]:
    """All records of the corpus, every version, in reference order."""
    for ref in sorted(_provisions()):
        yield from _provisions()[ref]


def figure_versions(key: str) -> tuple[Figure, ...]:
    try:
        return _figures()[key]
    except KeyError:
        raise LawError(f"语料库中没有数额“{key}”", f"no figure {key!r} in the corpus") from None


def figure(key: str, on: date | None = None) -> Figure:
    """The figure ``key`` in force on ``on`` (default: today)."""
    found = figure_versions(key)
    return _pick("数额", "figure", key, found, on, f"“{found[0].label_zh}”")


def figures() -> Iterator[Figure]:
    for key in sorted(_figures()):
        yield from _figures()[key]


def value(key: str, on: date | None = None) -> Number:
    """Shorthand for ``figure(key, on).value``."""
    return figure(key, on).value
