"""Check any legal source: find where a text departs from the law the course holds.

    >>> from datetime import date
    >>> report = check("《中华人民共和国民法典》第一千零三十四条 然人的个人信息受法律保护。", on=date(2025, 7, 6))
    >>> [(f.kind, f.ref) for f in report.findings]
    [('altered_quote', 'civil_code/1034')]

:func:`check` reads a text (a web page, a handout, an essay; simplified or traditional characters) and returns a
:class:`Report` whose :class:`Finding` s each say what kind of departure it is, which article it concerns, the
passage as written, what the official text says and why, with cited steps (:class:`pilaw.law.steps.Step`):

* ``altered_quote`` — a passage presented as an article's text (after a heading such as ``第一千零三十四条``, or
  in quotation marks after ``…规定``) differs from every version of that article: characters lost, added or
  changed. Punctuation and spacing are set apart (kind ``punctuation``, a note);
* ``outdated_version`` — the passage, a penalty band or the wording belongs to a version no longer in force on
  ``on`` (or not yet), or the article itself has ended (and, where data says so, was renumbered);
* ``wrong_penalty`` — a punishment attributed to an article that no version of it contains;
* ``outdated_term`` — a crime name or an authority replaced by a later act (``crime_names.json``,
  ``terms.json``);
* ``claim_not_found`` — an amount or a multiple attributed to a law whose provisions in the corpus do not
  contain it;
* ``unknown_article`` — an article (or paragraph) number the cited law does not have;
* ``not_in_corpus`` — a real article, or a law, the course does not hold: the checker says so rather than guess;
* ``cited_not_quoted`` — an article named without its text or any statement about it (a note);
* ``mixed_paragraphs`` — one sentence joins the wording of several paragraphs of an article that state separate
  rules (a reading).

Citations are read in the forms pages use (``《中华人民共和国民法典》第一千零三十四条``, ``民法典第1034条``,
``刑法第二百五十三条之一``, ``第253条之一``, ``《个人信息保护法》第六十九条第二款``, ``本法第十条``), with Chinese or
Arabic numerals and full-width characters. Law names map to the corpus's keys through ``data/terms.json``.
Traditional characters are converted for matching with OpenCC's ``t2s`` (the pure-Python
``opencc-python-reimplemented``, which also runs in the browser); the findings quote the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher, get_close_matches
from functools import cache
from typing import Any

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date
from pilaw.law.steps import PAGE_CLAIM, Kind, Step
from pilaw.law.text import kind_resting_on

# --------------------------------------------------------------------------- kinds

ALTERED_QUOTE = "altered_quote"
OUTDATED_VERSION = "outdated_version"
WRONG_PENALTY = "wrong_penalty"
OUTDATED_TERM = "outdated_term"
CLAIM_NOT_FOUND = "claim_not_found"
UNKNOWN_ARTICLE = "unknown_article"
NOT_IN_CORPUS = "not_in_corpus"
CITED_NOT_QUOTED = "cited_not_quoted"
MIXED_PARAGRAPHS = "mixed_paragraphs"
PUNCTUATION = "punctuation"

ERROR, CHECK, NOTE = "error", "check", "note"

# kind: (label zh, label en, severity)
KINDS: dict[str, tuple[str, str, str]] = {
    ALTERED_QUOTE: ("引文与条文不符", "quotation differs from the article", ERROR),
    OUTDATED_VERSION: ("已失效的文本", "a version not in force", ERROR),
    WRONG_PENALTY: ("条文中没有的刑罚", "a penalty the article does not have", ERROR),
    OUTDATED_TERM: ("已被取代的名称", "a name since replaced", ERROR),
    CLAIM_NOT_FOUND: ("找不到出处的规则", "a rule not found in the law cited", ERROR),
    UNKNOWN_ARTICLE: ("不存在的条文序号", "an article number the law does not have", ERROR),
    NOT_IN_CORPUS: ("课程未收录的条文", "an article the course does not hold", CHECK),
    MIXED_PARAGRAPHS: ("把不同款混在一起", "separate paragraphs run together", CHECK),
    CITED_NOT_QUOTED: ("只引条号、未录原文", "cited without its text", NOTE),
    PUNCTUATION: ("仅标点或空格不同", "punctuation or spacing only", NOTE),
}

MAX_CHARS = 200_000  # longer texts are refused: check them in parts
EQUAL, MISSING, EXTRA, CHANGED, PUNCT = "equal", "missing", "extra", "changed", "punctuation"
EDGE = 3  # a quotation that starts or ends this close to a clause boundary is taken to lose the characters between
MATCH_FLOOR = (
    0.6  # a line after a heading belongs to the article's text when it is this similar to one of its paragraphs
)
INLINE_FLOOR = 0.95  # a sentence after "…规定，" (no quotation marks) is the article's text when it is this similar
GRAM = 4  # the length of the character n-grams that tell versions and paragraphs apart
RUN = 5  # a phrase of this many characters from only one version (or paragraph) is evidence


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class DiffSpan:
    """A stretch of the diff: ``left`` as written (simplified), ``right`` the official text. ``kind`` is
    ``equal``, ``missing`` (official only), ``extra`` (written only), ``changed``, or ``punctuation`` (a
    difference of punctuation or spacing only)."""

    kind: str
    left: str
    right: str


@dataclass(frozen=True)
class Finding:
    """One departure from the law: its kind, the article (``ref``, or None), the passage as written (``quote``,
    at ``start:end`` of the text), what the official text says (``expected``), the diff, and why."""

    kind: str
    ref: str | None
    quote: str
    start: int
    end: int
    expected: str | None
    diff: tuple[DiffSpan, ...]
    explain_zh: str
    explain_en: str
    steps: tuple[Step, ...]
    law: str | None = None
    see_also: tuple[str, ...] = ()

    @property
    def label_zh(self) -> str:
        return KINDS[self.kind][0]

    @property
    def label_en(self) -> str:
        return KINDS[self.kind][1]

    @property
    def severity(self) -> str:
        """``error`` (the text is wrong), ``check`` (the reader must look it up) or ``note``."""
        return KINDS[self.kind][2]

    @property
    def cites(self) -> tuple[str, ...]:
        """Every corpus reference the finding rests on: its own, its see-also and its steps', in order."""
        refs = [self.ref, *self.see_also, *(s.cites for s in self.steps)]
        return tuple(dict.fromkeys(r for r in refs if r))

    @property
    def changes(self) -> tuple[DiffSpan, ...]:
        """The diff's real changes (not equal, not punctuation only)."""
        return tuple(s for s in self.diff if s.kind not in (EQUAL, PUNCT))


@dataclass(frozen=True)
class Citation:
    """An article cited in the text: where, as written, and the corpus reference it resolves to."""

    start: int
    end: int
    written: str
    law: str | None  # a law key (laws.json or terms.json), or None when no law could be told
    article: str  # "1034", "253-1"
    paragraph: int | None
    item: int | None
    law_inferred: bool = False  # True: no law was named; the only law of the corpus with this article was taken

    @property
    def ref(self) -> str | None:
        return None if self.law is None else f"{self.law}/{self.article}"


@dataclass(frozen=True)
class Quote:
    """A passage the text presents as an article's text."""

    citation: Citation
    start: int
    end: int
    text: str  # as written


@dataclass(frozen=True)
class Report:
    """What :func:`check` found in one text, read on one date."""

    text: str
    on: date
    script: str  # "simplified" or "traditional" (some characters converted)
    simplified: str
    findings: tuple[Finding, ...]
    citations: tuple[Citation, ...]
    quotes: tuple[Quote, ...]
    notes: tuple[Step, ...] = ()

    def of_kind(self, kind: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == kind)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == ERROR)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.kind for f in self.findings))

    def to_reader(self, text_zh: str) -> str:
        """An explanation in the reader's script: converted back to traditional characters where the text was."""
        return to_traditional(text_zh) if self.script == "traditional" else text_zh


# --------------------------------------------------------------------------- data


@cache
def terms() -> dict[str, Any]:
    """``data/terms.json``: law names, article counts, renumbering, authorities, penalty words, subjects."""
    raw = law.data("terms.json")
    assert isinstance(raw, dict)
    return raw


@cache
def _crime_names() -> dict[str, list[dict[str, Any]]]:
    raw = law.data("crime_names.json")
    assert isinstance(raw, dict)
    names: dict[str, list[dict[str, Any]]] = raw["names"]
    return names


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


@cache
def law_names() -> dict[str, str]:
    """Every name a text may give a law (simplified), mapped to its key: laws.json's full and short names, with
    and without 中华人民共和国, and the aliases of terms.json."""
    names: dict[str, str] = {}
    prefix = "中华人民共和国"
    for key, entry in law.laws().items():
        for name in (entry.zh, entry.short_zh):
            names[name] = key
            if name.startswith(prefix):
                names[name.removeprefix(prefix)] = key
    for key, entry in terms()["laws"].items():
        if key.startswith("_"):
            continue
        for name in entry.get("aliases", ()):
            names[name] = key
            names.setdefault(prefix + name, key)
    return names


def law_label(key: str | None) -> tuple[str, str]:
    """A law's short name in both languages (``民法典``, ``Civil Code``)."""
    if key is None:
        return "未指明的法律", "an unnamed law"
    known = law.laws().get(key)
    if known is not None:
        return known.short_zh, known.short_en
    entry = terms()["laws"].get(key, {})
    return entry.get("zh", key), entry.get("en", key)


@cache
def _corpus() -> dict[str, dict[str, tuple[law.Provision, ...]]]:
    """law key → article → versions (oldest first)."""
    table: dict[str, dict[str, list[law.Provision]]] = {}
    for prov in law.provisions():
        table.setdefault(prov.law, {}).setdefault(prov.article, []).append(prov)
    return {k: {a: tuple(vs) for a, vs in arts.items()} for k, arts in table.items()}


def _versions(ref: str) -> tuple[law.Provision, ...]:
    key, _, article = ref.partition("/")
    return _corpus().get(key, {}).get(article, ())


def _in_force(versions: Iterable[law.Provision], on: date) -> law.Provision | None:
    return next((v for v in versions if v.in_force(on)), None)


def article_count(key: str, on: date) -> int | None:
    """How many articles law ``key`` has on ``on`` (its last text before, if none yet), or None if unknown."""
    rows = terms()["article_counts"].get(key)
    if not rows:
        return None
    best = None
    for row in rows:
        start, end = _day(row["effective_from"]), _day(row["effective_to"])
        if start is not None and start <= on and (end is None or on <= end):
            return int(row["count"])
        if best is None or (start is not None and start <= on):
            best = int(row["count"])
    return best if best is not None else int(rows[-1]["count"])


def _renumbered(ref: str) -> dict[str, Any] | None:
    return next((r for r in terms()["renumbered"] if r["from"] == ref), None)


# --------------------------------------------------------------------------- scripts and normal form


@cache
def _converter(config: str) -> Any:
    try:
        from opencc import OpenCC  # type: ignore[import-untyped]  # opencc-python-reimplemented: pure Python
    except ImportError:  # pragma: no cover - the package is a dependency of the course
        return None
    return OpenCC(config)


def _convert(text: str, config: str) -> str:
    """OpenCC conversion that keeps every character at its place (so positions in the converted text are
    positions in the original): a line whose conversion changes its length is converted character by character."""
    cc = _converter(config)
    if cc is None or not text:
        return text
    whole: str = cc.convert(text)
    if len(whole) == len(text):
        return whole
    out = []
    for line in text.splitlines(keepends=True):
        done: str = cc.convert(line)
        if len(done) != len(line):
            chars = [cc.convert(ch) for ch in line]
            done = "".join(c if len(c) == 1 else ch for c, ch in zip(chars, line, strict=True))
        out.append(done)
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional → simplified (OpenCC ``t2s``), character for character in place."""
    return _convert(text, "t2s")


def to_traditional(text: str) -> str:
    """Simplified → traditional (OpenCC ``s2t``), for explanations shown to a reader of traditional text."""
    return _convert(text, "s2t")


def converter_name() -> str:
    """The converter in use, for a report's note: ``opencc-python-reimplemented 0.1.7`` or ``none``."""
    if _converter("t2s") is None:
        return "none"
    try:
        from importlib.metadata import version

        return f"opencc-python-reimplemented {version('opencc-python-reimplemented')}"
    except Exception:  # pragma: no cover - metadata missing in some bundles
        return "opencc-python-reimplemented"


_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "\u3000": " ",
        "\u00a0": " ",
        "\t": " ",
        "\r": "\n",
        **_HALF_TO_FULL,
    }
)


def normal_form(text: str) -> str:
    """Simplified characters, ASCII digits and letters, full-width Chinese punctuation — one character for one."""
    return to_simplified(text).translate(_FOLD)


def is_mark(ch: str) -> bool:
    """Punctuation, spacing, control or symbol: what a comparison of wording leaves aside."""
    return unicodedata.category(ch)[0] in "PZCS" or ch.isspace()


def _skeleton(text: str) -> tuple[str, list[int]]:
    """The text without marks, and where each remaining character sits in it."""
    keep = [i for i, ch in enumerate(text) if not is_mark(ch)]
    return "".join(text[i] for i in keep), keep


# --------------------------------------------------------------------------- numbers

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
NUM = r"[0-9零〇一二两三四五六七八九十百千]+"


def cn_number(text: str) -> int | None:
    """``一千零三十四`` → 1034, ``十七`` → 17, ``253`` → 253, ``30万`` → 300000; None if there is no number."""
    total = section = digit = 0
    seen = False
    for ch in text:
        if ch.isascii() and ch.isdigit():
            digit, seen = digit * 10 + int(ch), True
        elif ch in _CN_DIGITS:
            digit, seen = digit * 10 + _CN_DIGITS[ch], True
        elif ch in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[ch]
            digit, seen = 0, True
        elif ch in _CN_BIG:
            total += (section + digit or 1) * _CN_BIG[ch]
            section = digit = 0
            seen = True
        else:
            return None
    return total + section + digit if seen else None


_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)\s*(万|亿)?\s*元")
_MULTIPLE = re.compile(r"(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+)\s*倍")


def _amount_value(number: str, big: str | None) -> Decimal | None:
    number = number.replace(",", "")
    try:
        value = Decimal(number) if number[0].isdigit() else None
    except InvalidOperation:
        return None
    if value is None:
        parsed = cn_number(number)
        if parsed is None:
            return None
        value = Decimal(parsed)
    if big:
        value *= _CN_BIG[big]
    return value if value > 0 else None


def numbers_in(text: str) -> list[tuple[int, int, str, Decimal]]:
    """The amounts (``元``) and multiples (``倍``) of a text: (start, end, unit, value)."""
    found: list[tuple[int, int, str, Decimal]] = []
    for m in _AMOUNT.finditer(text):
        value = _amount_value(m.group(1), m.group(2))
        if value is not None:
            found.append((m.start(), m.end(), "元", value))
    for m in _MULTIPLE.finditer(text):
        value = _amount_value(m.group(1), None)
        if value is not None:
            found.append((m.start(), m.end(), "倍", value))
    return sorted(found)


@cache
def _law_numbers(key: str) -> frozenset[tuple[str, Decimal]]:
    """Every amount and multiple in every version of every provision the corpus holds of law ``key``."""
    out: set[tuple[str, Decimal]] = set()
    for versions in _corpus().get(key, {}).values():
        for prov in versions:
            out.update((unit, value) for _, _, unit, value in numbers_in(prov.text_zh))
    return frozenset(out)


def _where_number(unit: str, value: Decimal) -> list[str]:
    """The corpus references (any law) whose text contains this amount or multiple."""
    refs = []
    for arts in _corpus().values():
        for ref_versions in arts.values():
            if any((unit, value) in {(u, v) for _, _, u, v in numbers_in(p.text_zh)} for p in ref_versions):
                refs.append(ref_versions[0].ref)
    return refs


# --------------------------------------------------------------------------- citations

_ARTICLE = re.compile(rf"第\s*({NUM})\s*条(?:\s*之\s*({NUM}))?(?:\s*第\s*({NUM})\s*款)?(?:\s*第\s*({NUM})\s*项)?")
_LIST_GLUE = re.compile(r"[\s、，,和及与或者以]*")


@cache
def _law_pattern() -> re.Pattern[str]:
    names = sorted(law_names(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"《\s*({alternatives})\s*》|({alternatives})|(本法|该法)|《([^《》\n]{{2,40}})》")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    key: str | None  # None: a law the course cannot name (an unknown 《…》)
    name: str


def _law_mentions(text: str) -> list[_Mention]:
    out: list[_Mention] = []
    last_key: str | None = None
    for m in _law_pattern().finditer(text):
        if m.group(3):  # 本法 / 该法: the law last named
            if last_key is not None:
                out.append(_Mention(m.start(), m.end(), last_key, m.group(3)))
            continue
        name = m.group(1) or m.group(2) or m.group(4)
        key = law_names().get(name) if name else None
        out.append(_Mention(m.start(), m.end(), key, name or ""))
        last_key = key if key is not None else last_key
    return out


def _article_id(main: str, sub: str | None) -> str | None:
    number = cn_number(main)
    if number is None:
        return None
    if sub:
        extra = cn_number(sub)
        return None if extra is None else f"{number}-{extra}"
    return str(number)


def _only_law_with(article: str) -> str | None:
    holders = [key for key, arts in _corpus().items() if article in arts]
    return holders[0] if len(holders) == 1 else None


def find_citations(norm: str) -> list[Citation]:
    """Every article cited in a text in normal form, with its law: the law named just before it, the law of the
    list it belongs to, or the law last named; with no law named anywhere before it, the only law of the corpus
    that has such an article (marked as inferred), else none."""
    mentions = _law_mentions(norm)
    out: list[Citation] = []
    m_index = 0
    context: str | None = None
    context_unknown = False
    for m in _ARTICLE.finditer(norm):
        while m_index < len(mentions) and mentions[m_index].end <= m.start():
            mention = mentions[m_index]
            context, context_unknown = mention.key, mention.key is None
            m_index += 1
        article = _article_id(m.group(1), m.group(2))
        if article is None:
            continue
        inferred = False
        key = context
        if key is None and not context_unknown:
            key = _only_law_with(article)
            inferred = key is not None
        out.append(
            Citation(
                start=m.start(),
                end=m.end(),
                written=m.group(0),
                law=key,
                article=article,
                paragraph=cn_number(m.group(3)) if m.group(3) else None,
                item=cn_number(m.group(4)) if m.group(4) else None,
                law_inferred=inferred,
            )
        )
    return out


# --------------------------------------------------------------------------- lines and sentences


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _lines(text: str) -> list[_Span]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(_Span(pos, pos + len(line)))
        pos += len(line) + 1
    return out


_SENTENCE_END = re.compile(r"[。！？；\n]")


def _sentences(text: str, start: int, end: int) -> list[_Span]:
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[pos : m.start()].strip():
            out.append(_Span(pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append(_Span(pos, end))
    return out


def _trim(text: str, span: _Span) -> _Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Span(start, end)


# --------------------------------------------------------------------------- diff


def _spans(left: str, right: str) -> tuple[DiffSpan, ...]:
    """``difflib`` opcodes of two texts as spans; a non-equal span of marks only is ``punctuation``."""
    kinds = {"equal": EQUAL, "delete": EXTRA, "insert": MISSING, "replace": CHANGED}
    out: list[DiffSpan] = []
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = left[i1:i2], right[j1:j2]
        kind = kinds[tag]
        if kind != EQUAL and all(is_mark(ch) for ch in a + b):
            kind = PUNCT
        out.append(DiffSpan(kind, a, b))
    return tuple(out)


def _changes_text(spans: Iterable[DiffSpan]) -> tuple[list[str], list[str]]:
    """One phrase per real change, in Chinese and in English."""
    zh, en = [], []
    for s in spans:
        left, right = s.left.replace("\n", "¶"), s.right.replace("\n", "¶")
        if s.kind == MISSING:
            zh.append(f"少了「{right}」")
            en.append(f"'{right}' is missing")
        elif s.kind == EXTRA:
            zh.append(f"多出「{left}」")
            en.append(f"'{left}' is added")
        elif s.kind == CHANGED:
            zh.append(f"「{right}」写成了「{left}」")
            en.append(f"'{right}' is written '{left}'")
    return zh, en


# --------------------------------------------------------------------------- aligning a quotation


def _boundaries(text: str) -> list[int]:
    """Skeleton positions where a clause of ``text`` begins (its start, after a paragraph break or a mark)."""
    out = [0]
    count = 0
    after_mark = False
    for ch in text:
        if is_mark(ch):
            after_mark = True
            continue
        if after_mark:
            out.append(count)
            after_mark = False
        count += 1
    out.append(count)
    return out


@dataclass(frozen=True)
class _Alignment:
    version: law.Provision
    expected: str  # the part of the version's text the quotation corresponds to
    ratio: float
    exact: bool  # the same characters, marks aside


def _align(quote_norm: str, version_text: str) -> tuple[str, float, bool] | None:
    """Where in ``version_text`` the quotation sits: (the corresponding text, similarity, same characters).

    Marks are left aside. The matched region is widened to a clause boundary within :data:`EDGE` characters,
    so that a quotation that lost its first or last characters ("然人的…" for "自然人的…") is compared with the
    whole clause."""
    q_skel, _ = _skeleton(quote_norm)
    v_skel, v_pos = _skeleton(version_text)
    if not q_skel or not v_skel:
        return None
    found = v_skel.find(q_skel)
    if found >= 0:
        start, end = found, found + len(q_skel)
        whole_head = whole_tail = True
    else:
        matcher = SequenceMatcher(None, q_skel, v_skel, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size >= 2]
        if not blocks:
            return None
        first, last = blocks[0], blocks[-1]
        start = max(0, first.b - first.a)
        end = min(len(v_skel), last.b + last.size + (len(q_skel) - last.a - last.size))
        whole_head, whole_tail = first.a == 0, last.a + last.size == len(q_skel)
    bounds = _boundaries(version_text)
    back = [b for b in bounds if b <= start and start - b <= EDGE]
    if back and start not in bounds:
        start = min(back) if whole_head else max(back)
    ahead = [b for b in bounds if b >= end and b - end <= EDGE]
    if ahead and end not in bounds:
        end = max(ahead) if whole_tail else min(ahead)
    if end <= start:
        return None
    region = v_skel[start:end]
    text_start, text_end = v_pos[start], v_pos[end - 1] + 1
    # keep the marks that the quotation keeps at its ends
    lead = len(quote_norm) - len(quote_norm.lstrip("".join(c for c in quote_norm if is_mark(c) and c != "\n")))
    while lead and text_start > 0 and is_mark(version_text[text_start - 1]) and version_text[text_start - 1] != "\n":
        text_start, lead = text_start - 1, lead - 1
    tail = len(quote_norm) - len(quote_norm.rstrip("".join(c for c in quote_norm if is_mark(c) and c != "\n")))
    while tail and text_end < len(version_text) and is_mark(version_text[text_end]) and version_text[text_end] != "\n":
        text_end, tail = text_end + 1, tail - 1
    ratio = SequenceMatcher(None, q_skel, region, autojunk=False).ratio()
    return version_text[text_start:text_end], ratio, q_skel == region


def _paragraph_text(prov: law.Provision, paragraph: int | None) -> str:
    """The version's text, or only paragraph (款) ``paragraph`` with its items when the citation names one."""
    if paragraph is None:
        return prov.text_zh.translate(_FOLD)
    groups = _paragraph_groups(prov)
    if 1 <= paragraph <= len(groups):
        return "\n".join(groups[paragraph - 1]).translate(_FOLD)
    return prov.text_zh.translate(_FOLD)


_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]")


def _paragraph_groups(prov: law.Provision) -> list[list[str]]:
    """The paragraphs (款) of a version, each with the items (项) that follow it."""
    groups: list[list[str]] = []
    for entry in prov.paragraphs_zh:
        if _ITEM.match(entry) and groups:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return groups


def _best_alignments(quote_norm: str, versions: tuple[law.Provision, ...], paragraph: int | None) -> list[_Alignment]:
    out = []
    for version in versions:
        found = _align(quote_norm, _paragraph_text(version, paragraph))
        if found is not None:
            out.append(_Alignment(version, *found))
    return out


# --------------------------------------------------------------------------- steps


def _label(prov: law.Provision) -> tuple[str, str]:
    zh, en = law_label(prov.law)
    return f"{zh}{prov.article_zh}", f"{en} art. {prov.article}"


def _ref_label(ref: str) -> tuple[str, str]:
    versions = _versions(ref)
    if versions:
        return _label(versions[-1])
    key, _, article = ref.partition("/")
    zh, en = law_label(key)
    return f"{zh}第{article}条", f"{en} art. {article}"


def _period(prov: law.Provision) -> tuple[str, str]:
    start = prov.effective_from.isoformat()
    if prov.effective_to is None:
        return f"{start}起施行的文本", f"the text in force since {start}"
    end = prov.effective_to.isoformat()
    return f"{start}至{end}有效的文本", f"the text in force from {start} to {end}"


def _step(zh: str, en: str, prov: law.Provision | str, kind: Kind = Kind.APPLIES) -> Step:
    if isinstance(prov, str):
        return Step(zh, en, prov, kind)
    return Step(zh, en, prov.ref, kind_resting_on(prov, kind=kind))


def _caveats(*provs: law.Provision | None) -> list[Step]:
    out = []
    for prov in dict.fromkeys(p for p in provs if p is not None):
        if not prov.verified:
            zh, en = _label(prov)
            out.append(
                _step(
                    f"注意：{zh}（{_period(prov)[0]}）未经官方文本核实。{prov.note}",
                    f"Caveat: {en} ({_period(prov)[1]}) has not been checked against the official text. {prov.note}",
                    prov,
                )
            )
    return out


def _renumber_step(ref: str, on: date) -> Step | None:
    moved = _renumbered(ref)
    if moved is None or date.fromisoformat(moved["on"]) > on:
        return None
    new_zh, new_en = _ref_label(moved["to"])
    target = _versions(moved["to"])
    cites = moved["to"] if target else ref
    return Step(
        f"自{moved['on']}起，{moved['act_zh']}把这一条改为{new_zh}（{moved['changed_zh']}）。",
        f"Since {moved['on']}, {moved['act_en']} has made it {new_en} ({moved['changed_en']}).",
        cites,
    )


def _successor(ref: str, on: date) -> law.Provision | None:
    moved = _renumbered(ref)
    if moved is None or date.fromisoformat(moved["on"]) > on:
        return None
    return _in_force(_versions(moved["to"]), on)


# --------------------------------------------------------------------------- the checker


@dataclass
class _State:
    text: str
    norm: str
    on: date
    findings: list[Finding] = field(default_factory=list)
    quoted: set[str] = field(default_factory=set)
    attributed: set[str] = field(default_factory=set)
    covered: list[_Span] = field(default_factory=list)  # quotation regions

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def inside_quote(self, start: int, end: int) -> bool:
        return any(q.start <= start and end <= q.end for q in self.covered)

    def mostly_quoted(self, start: int, end: int) -> bool:
        """Whether more than half of ``start:end`` lies in a quotation."""
        inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in self.covered)
        return inside * 2 > end - start

    def add(self, **fields: Any) -> None:
        self.findings.append(Finding(**fields))


def check(text: object, *, on: object = None) -> Report:
    """Check a legal source against the corpus, as read on ``on`` (default today).

    ``text`` must be text (:class:`InputError` otherwise, and for empty text or more than :data:`MAX_CHARS`
    characters). Returns a :class:`Report` whose findings are in text order.
    """
    if isinstance(text, (bytes, bytearray)):
        raise InputError(
            "text 文字",
            "需要文字，不是字节；请先解码（例如 UTF-8）",
            "needs text, not bytes: decode it first (e.g. UTF-8)",
        )
    if not isinstance(text, str):
        raise InputError("text 文字", f"需要文字，不是 {type(text).__name__}", f"needs text, not {type(text).__name__}")
    if not text.strip():
        raise InputError("text 文字", "是空的：请粘贴要检查的文字", "is empty: paste the text to check")
    if len(text) > MAX_CHARS:
        raise InputError(
            "text 文字",
            f"太长（{len(text):,}字）：一次最多检查{MAX_CHARS:,}字，请分段检查",
            f"is too long ({len(text):,} characters): at most {MAX_CHARS:,} at a time; check it in parts",
        )
    day = parse_date(on, "on 日期")
    # lone surrogates and other unencodable code points are kept as written but compared as a mark
    safe = text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text
    if len(safe) != len(text):  # pragma: no cover - "replace" keeps one character for one
        safe = text
    simplified = to_simplified(safe)
    script = "traditional" if simplified != safe else "simplified"
    state = _State(text=text, norm=simplified.translate(_FOLD), on=day)

    citations = find_citations(state.norm)
    quotes = _find_quotes(state, citations)
    for quote in quotes:
        _check_quote(state, quote)
    outside = [c for c in citations if not state.inside_quote(c.start, c.end)]
    _check_paraphrases(state, outside)
    _check_terms(state)
    _check_claims(state, outside)
    _check_citations(state, outside)

    notes = []
    if script == "traditional":
        notes.append(
            Step(
                f"原文是繁体字：比较之前已用 OpenCC（t2s，{converter_name()}）转为简体；引文照原文显示。",
                f"The text is in traditional characters: it was converted to simplified with OpenCC (t2s, "
                f"{converter_name()}) before comparing; quotations are shown as written.",
                "",
                Kind.READING,
            )
        )
    findings = sorted(state.findings, key=lambda f: (f.start, f.end, f.kind))
    return Report(
        text=text,
        on=day,
        script=script,
        simplified=simplified,
        findings=tuple(findings),
        citations=tuple(citations),
        quotes=tuple(quotes),
        notes=tuple(notes),
    )


# --------------------------------------------------------------------------- finding quotations

_OPEN_QUOTE = re.compile(r"\s*(?:中|里)?(?:明确)?(?:规定|写道|指出)?\s*[：:，,]?\s*([“「『\"])")
_CLOSE = {"“": "”", "「": "」", "『": "』", '"': '"'}
_SAYS = re.compile(r"\s*(?:中|里)?(?:明确)?(?:规定\s*[：:，,]|[：:])\s*")
_EDITORIAL = re.compile(r"^\s*【[^】\n]{1,30}】")


def _line_of(lines: list[_Span], pos: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _similar_to_some_paragraph(line_norm: str, versions: tuple[law.Provision, ...]) -> bool:
    skel, _ = _skeleton(line_norm)
    if not skel:
        return False
    for version in versions:
        for para in version.paragraphs_zh:
            p_skel, _ = _skeleton(para)
            matcher = SequenceMatcher(None, skel, p_skel, autojunk=False)
            if (
                matcher.real_quick_ratio() >= MATCH_FLOOR
                and matcher.quick_ratio() >= MATCH_FLOOR
                and matcher.ratio() >= MATCH_FLOOR
            ):
                return True
    return False


def _find_quotes(state: _State, citations: list[Citation]) -> list[Quote]:
    """Passages presented as an article's text: after a heading (an article number opening a line, the text on
    that line or the lines below, as far as they read like the article), or in quotation marks after it."""
    norm = state.norm
    lines = _lines(norm)
    out: list[Quote] = []
    for cite in citations:
        if state.inside_quote(cite.start, cite.end):
            continue
        ref = cite.ref
        versions = _versions(ref) if ref else ()
        line_no = _line_of(lines, cite.start)
        line = lines[line_no]
        before = norm[line.start : cite.start]
        after = norm[cite.end : cite.end + 1]
        heading = (not before.strip() or not _strip_law_names(before).strip()) and (
            after in ("", "\n", " ", "【") or _heads_text(norm, cite, line, versions)
        )
        spans: list[_Span] = []
        opened = _OPEN_QUOTE.match(norm, cite.end)
        if opened and not heading:
            close = _CLOSE[opened.group(1)]
            stop = norm.find(close, opened.end())
            limit = opened.end() + 5000
            stop = stop if 0 <= stop <= limit else min(len(norm), limit)
            newline = norm.find("\n\n", opened.end(), stop)
            stop = newline if newline >= 0 else stop
            if stop > opened.end():
                spans.append(_Span(opened.end(), stop))
        elif heading:
            rest = _trim(norm, _Span(cite.end, line.end))
            if rest.end > rest.start and not re.match(r"[、，,和及与]", norm[rest.start]):
                spans.append(rest)
            index = line_no + 1
            limit = max((len(v.paragraphs_zh) for v in versions), default=1) + 2
            while index < len(lines) and len(spans) < limit:
                nxt = _trim(norm, lines[index])
                index += 1
                if nxt.end == nxt.start:
                    continue
                if not spans:  # the heading stands alone on its line: the next line is the text
                    spans.append(nxt)
                    if not versions:
                        break
                    continue
                if _starts_heading(norm, nxt):
                    break
                if versions and _similar_to_some_paragraph(norm[nxt.start : nxt.end], versions):
                    spans.append(nxt)
                    continue
                break
        else:
            says = _SAYS.match(norm, cite.end)
            if says and versions:
                sentence_end = _SENTENCE_END.search(norm, says.end())
                stops = [line.end]
                if sentence_end:
                    stops.append(sentence_end.start() + (1 if norm[sentence_end.start()] in "。；" else 0))
                for stop in dict.fromkeys(stops):
                    candidate = norm[says.end() : stop]
                    best = _best_alignments(candidate, versions, cite.paragraph)
                    if len(_skeleton(candidate)[0]) >= GRAM * 2 and any(
                        a.exact or a.ratio >= INLINE_FLOOR for a in best
                    ):
                        spans.append(_trim(norm, _Span(says.end(), stop)))
                        break
        if not spans:
            continue
        start, end = spans[0].start, spans[-1].end
        quote = Quote(citation=cite, start=start, end=end, text=state.slice(start, end))
        out.append(quote)
        state.covered.append(_Span(cite.start, end))
    return out


def _starts_heading(norm: str, line: _Span) -> bool:
    """Whether a line opens with an article number (another heading) or is a law's name in 《》 alone."""
    if _ARTICLE.match(norm, line.start):
        return True
    named = _law_pattern().match(norm, line.start)
    return bool(named and named.group(0).startswith("《") and not norm[named.end() : line.end].strip(" 》"))


def _heads_text(norm: str, cite: Citation, line: _Span, versions: tuple[law.Provision, ...]) -> bool:
    """Whether an article number written straight before text, with no space ("第一千零三十四条自然人的…"), heads
    that article's text: only when the text that follows reads like it."""
    rest = norm[cite.end : line.end]
    if not versions or not rest.strip() or re.match(r"\s*(?:规定|的|中|所|之|、|和|及|与|，|,|：)", rest):
        return False
    return any(a.exact or a.ratio >= INLINE_FLOOR for a in _best_alignments(rest, versions, cite.paragraph))


def _strip_law_names(text: str) -> str:
    return _law_pattern().sub("", text)


def _quote_norm(state: _State, quote: Quote) -> str:
    """The quotation in normal form, its lines joined by single breaks (blank lines dropped)."""
    raw = state.norm[quote.start : quote.end]
    return "\n".join(line.strip() for line in raw.split("\n") if line.strip())


# --------------------------------------------------------------------------- checking quotations


def _check_quote(state: _State, quote: Quote) -> None:
    cite = quote.citation
    ref = cite.ref
    if ref is None:
        return
    versions = _versions(ref)
    if not versions:
        return  # reported once per article by _check_citations
    state.quoted.add(ref)
    written = _quote_norm(state, quote)
    editorial = _EDITORIAL.match(written)
    steps_head: list[Step] = []
    if editorial:
        steps_head.append(
            Step(
                f"引文开头的「{editorial.group(0).strip()}」是编者加的标题（罪名），不属于条文，比较时不计。",
                f"The opening '{editorial.group(0).strip()}' is an editor's heading (the crime's name), not part of "
                "the article; it is left out of the comparison.",
                ref,
            )
        )
        written = written[editorial.end() :].lstrip()
    if not written.strip():
        return
    on = state.on
    current = _in_force(versions, on)
    alignments = _best_alignments(written, versions, cite.paragraph)
    if not alignments:
        _finding_unlike(state, quote, ref, current or versions[-1], written, steps_head)
        return
    by_version = {a.version.effective_from: a for a in alignments}
    now = by_version.get(current.effective_from) if current else None
    exact = [a for a in alignments if a.exact]
    zh_label, en_label = _label(versions[-1])
    if now is not None and now.exact:
        spans = _spans(written, now.expected)
        if any(s.kind == PUNCT for s in spans):
            state.add(
                kind=PUNCTUATION,
                ref=ref,
                quote=quote.text,
                start=quote.start,
                end=quote.end,
                expected=now.expected,
                diff=spans,
                explain_zh=f"引文与{zh_label}（{_period(now.version)[0]}）一字不差，只有标点或空格不同。",
                explain_en=f"The quotation matches {en_label} ({_period(now.version)[1]}) word for word; only "
                "punctuation or spacing differs.",
                steps=(*steps_head, *_caveats(now.version)),
            )
        return
    if exact or (now is None and alignments) or (now is not None and _closer_to_other(alignments, now)):
        best = exact[0] if exact else max(alignments, key=lambda a: a.ratio)
        _finding_outdated_quote(state, quote, ref, best, current, written, steps_head)
        return
    target = now or max(alignments, key=lambda a: a.ratio)
    spans = _spans(written, target.expected)
    zh_changes, en_changes = _changes_text(spans)
    period_zh, period_en = _period(target.version)
    steps = [
        *steps_head,
        _step(
            f"把引文与{zh_label}（{period_zh}）逐字比较（标点和空格另计）。",
            f"The quotation compared character by character with {en_label} ({period_en}); punctuation and "
            "spacing counted apart.",
            target.version,
        ),
        *(
            _step(f"引文{z}。", f"In the quotation, {e}.", target.version)
            for z, e in zip(zh_changes, en_changes, strict=True)
        ),
    ]
    if any(s.kind == PUNCT for s in spans):
        steps.append(
            _step(
                "此外还有标点或空格的差异，不算改动文字。",
                "Punctuation or spacing also differs; that is not counted as a change of wording.",
                target.version,
            )
        )
    if target.ratio < MATCH_FLOOR:
        steps.append(
            _step(
                "大部分文字都不同：这可能是另一条，或者是转述而不是引文。",
                "Most of the text differs: this may be another article, or a paraphrase rather than a quotation.",
                target.version,
                Kind.READING,
            )
        )
    steps += _caveats(target.version)
    state.add(
        kind=ALTERED_QUOTE,
        ref=ref,
        quote=quote.text,
        start=quote.start,
        end=quote.end,
        expected=target.expected,
        diff=spans,
        explain_zh=f"作为{zh_label}引用的文字与条文的任何版本都不一致：" + "；".join(zh_changes) + "。",
        explain_en=f"The text quoted as {en_label} differs from every version of the article: "
        + "; ".join(en_changes)
        + ".",
        steps=tuple(steps),
    )


def _closer_to_other(alignments: list[_Alignment], now: _Alignment) -> bool:
    """Whether another version is clearly closer to the quotation than the one in force."""
    return any(
        a.ratio > now.ratio + 0.05 and a.version.effective_from != now.version.effective_from for a in alignments
    )


def _finding_unlike(state: _State, quote: Quote, ref: str, prov: law.Provision, written: str, head: list[Step]) -> None:
    zh, en = _label(prov)
    spans = _spans(written, prov.text_zh)
    state.add(
        kind=ALTERED_QUOTE,
        ref=ref,
        quote=quote.text,
        start=quote.start,
        end=quote.end,
        expected=prov.text_zh,
        diff=spans,
        explain_zh=f"作为{zh}引用的文字与这一条的任何版本都对不上。",
        explain_en=f"The text quoted as {en} matches no version of that article.",
        steps=(
            *head,
            _step(
                f"在{zh}的各个版本中找不到与引文相合的文字：可能引错了条号，或者这是转述。",
                f"No version of {en} has text like the quotation: the article number may be wrong, or this is a "
                "paraphrase.",
                prov,
                Kind.READING,
            ),
        ),
    )


def _finding_outdated_quote(
    state: _State,
    quote: Quote,
    ref: str,
    matched: _Alignment,
    current: law.Provision | None,
    written: str,
    head: list[Step],
) -> None:
    on = state.on
    old = matched.version
    zh, en = _label(old)
    old_zh, old_en = _period(old)
    steps = [
        *head,
        _step(
            f"引文{'与' if matched.exact else '最接近'}{zh}的{old_zh}{'一致' if matched.exact else ''}。",
            f"The quotation {'matches' if matched.exact else 'is closest to'} {old_en} of {en}.",
            old,
        ),
    ]
    successor = current or _successor(ref, on)
    renumber = _renumber_step(ref, on)
    if renumber is not None:
        steps.append(renumber)
    expected: str | None = None
    spans: tuple[DiffSpan, ...] = ()
    if successor is not None:
        target = _align(written, successor.text_zh)
        expected = target[0] if target is not None and target[1] >= MATCH_FLOOR / 2 else successor.text_zh
        spans = _spans(written, expected)
        new_zh, new_en = _label(successor)
        zh_changes, en_changes = _changes_text(spans)
        steps.append(
            _step(
                f"{on.isoformat()}有效的是{new_zh}的{_period(successor)[0]}："
                + ("；".join(zh_changes) or "文字相同")
                + "。",
                f"On {on.isoformat()} {new_en} is in force, {_period(successor)[1]}: "
                + ("; ".join(en_changes) or "the same words")
                + ".",
                successor,
            )
        )
    elif on < old.effective_from:
        steps.append(
            _step(
                f"这个文本{old.effective_from.isoformat()}才施行，{on.isoformat()}尚未生效。",
                f"This text took effect only on {old.effective_from.isoformat()}; on {on.isoformat()} it was not yet in force.",
                old,
            )
        )
    else:
        steps.append(
            _step(
                f"{on.isoformat()}时这一条已不再有效，课程语料库中没有接替它的条文。",
                f"On {on.isoformat()} this article was no longer in force; the corpus holds no article that replaced it.",
                old,
            )
        )
    steps += _caveats(old, successor)
    when_zh = f"{on.isoformat()}已不再有效" if on > (old.effective_to or on) else f"{on.isoformat()}尚未生效"
    when_en = (
        f"no longer in force on {on.isoformat()}"
        if on > (old.effective_to or on)
        else f"not yet in force on {on.isoformat()}"
    )
    state.add(
        kind=OUTDATED_VERSION,
        ref=ref,
        quote=quote.text,
        start=quote.start,
        end=quote.end,
        expected=expected,
        diff=spans,
        explain_zh=f"引文是{zh}的{old_zh}，{when_zh}。",
        explain_en=f"The quotation is {old_en} of {en}, {when_en}.",
        steps=tuple(steps),
    )


# --------------------------------------------------------------------------- paraphrases: penalties, wording, paragraphs

_RANGE = re.compile(rf"(?:({NUM})年以上)?(?:({NUM})年以下)|({NUM})年以上")


@dataclass(frozen=True)
class _Band:
    start: int  # in the sentence
    end: int
    low: int | None
    high: int | None
    terms: frozenset[str]
    unknown: tuple[str, ...]  # words ending in 徒刑 that are no penalty
    fine: str | None  # "either" (并处或者单处), "together" (并处), "fine" (unspecified), None


@cache
def _penalty_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = terms()["penalties"]
    return tuple(raw["principal"]), tuple(raw["supplementary"])


_PRISON = re.compile(r"([\u4e00-\u9fff]{2})徒刑")


def _bands(sentence: str) -> list[_Band]:
    """The penalty bands of a sentence or an article: each range of years with the penalties that follow it."""
    principal, supplementary = _penalty_words()
    cuts = [m for m in _RANGE.finditer(sentence) if m.group(0)]
    pieces: list[tuple[int, int, int | None, int | None]] = []
    if not cuts:
        pieces.append((0, len(sentence), None, None))
    else:
        if cuts[0].start() > 0:
            pieces.append((0, cuts[0].start(), None, None))
        for i, m in enumerate(cuts):
            end = cuts[i + 1].start() if i + 1 < len(cuts) else len(sentence)
            low = cn_number(m.group(1) or m.group(3) or "") if (m.group(1) or m.group(3)) else None
            high = cn_number(m.group(2)) if m.group(2) else None
            pieces.append((m.start(), end, low, high))
    out = []
    for start, end, low, high in pieces:
        text = sentence[start:end]
        found = {w for w in (*principal, *supplementary) if w in text}
        unknown = tuple(dict.fromkeys(m.group(0) for m in _PRISON.finditer(text) if m.group(0) not in principal))
        fine = None
        if "罚金" in found:
            if re.search(r"单处|单独处|单独判处|或者?单处", text):
                fine = "either"
            elif re.search(r"并处|同时(?:判)?处|并且.{0,4}处|并判处|附加", text):
                fine = "together"
            else:
                fine = "fine"
        if found or unknown or low is not None or high is not None:
            out.append(_Band(start, end, low, high, frozenset(found), unknown, fine))
    return out


def _clauses(prov: law.Provision) -> list[str]:
    return [c for c in re.split(r"[。；\n]", prov.text_zh) if c]


@cache
def _version_bands(ref: str, effective_from: date) -> tuple[_Band, ...]:
    prov = next(v for v in _versions(ref) if v.effective_from == effective_from)
    return tuple(b for clause in _clauses(prov) for b in _bands(clause))


def cn_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 23 → 二十三 (as statutes write years); other numbers in Arabic digits."""
    digits = "零一二三四五六七八九"
    if 0 <= number < 10:
        return digits[number]
    if 10 <= number < 100:
        tens, units = divmod(number, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
    return str(number)


def _range_text(low: int | None, high: int | None) -> tuple[str, str]:
    if low is not None and high is not None:
        return f"{cn_numeral(low)}年以上{cn_numeral(high)}年以下", f"{low} to {high} years"
    if high is not None:
        return f"{cn_numeral(high)}年以下", f"up to {high} years"
    if low is not None:
        return f"{cn_numeral(low)}年以上", f"{low} years or more"
    return "", ""


@cache
def _grams(text: str) -> frozenset[str]:
    skel, _ = _skeleton(text)
    return frozenset(skel[i : i + GRAM] for i in range(len(skel) - GRAM + 1))


def _runs(sentence: str, grams: frozenset[str]) -> list[str]:
    """Phrases of at least :data:`RUN` characters of the sentence made of n-grams in ``grams``."""
    skel, _ = _skeleton(sentence)
    covered = [False] * len(skel)
    for i in range(len(skel) - GRAM + 1):
        if skel[i : i + GRAM] in grams:
            for j in range(i, i + GRAM):
                covered[j] = True
    out, i = [], 0
    while i < len(skel):
        if covered[i]:
            j = i
            while j < len(skel) and covered[j]:
                j += 1
            if j - i >= RUN:
                out.append(skel[i:j])
            i = j
        else:
            i += 1
    return out


@cache
def _crime_table() -> dict[str, tuple[str, date | None, date | None, str, str | None]]:
    """Crime name → (ref, from, to, source, name in force now); names of crime_names.json and terms.json."""
    out: dict[str, tuple[str, date | None, date | None, str, str | None]] = {}
    for ref, records in _crime_names().items():
        for rec in records:
            for part in re.split(r"[；;]", rec["name_zh"]):
                name = re.sub(r"（[^）]*）", "", part).strip()
                if name:
                    out[name] = (ref, _day(rec["effective_from"]), _day(rec["effective_to"]), rec["source_zh"], None)
    for name, rec in terms()["crime_articles"].items():
        if not name.startswith("_"):
            out.setdefault(name, (rec["ref"], None, None, rec["source"], None))
    return out


@cache
def _crime_pattern() -> re.Pattern[str] | None:
    names = sorted(_crime_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def _attribute(state: _State, sentence: _Span, cites: list[Citation]) -> tuple[str | None, Kind]:
    """The article a sentence speaks of: one it cites, one whose crime it names, or one whose subject it treats
    together with a criminal penalty (a reading)."""
    inside = [c for c in cites if sentence.start <= c.start < sentence.end and c.ref and _versions(c.ref)]
    if inside:
        return inside[0].ref, Kind.APPLIES
    text = state.norm[sentence.start : sentence.end]
    pattern = _crime_pattern()
    if pattern is not None:
        m = pattern.search(text)
        if m:
            return _crime_table()[m.group(0)][0], Kind.APPLIES
    principal, _ = _penalty_words()
    if any(w in text for w in principal) or _PRISON.search(text):
        for subject in terms()["subjects"]["criminal"]:
            if all(k in text for k in subject["keywords"]):
                return subject["ref"], Kind.READING
    return None, Kind.APPLIES


def _check_paraphrases(state: _State, cites: list[Citation]) -> None:
    norm = state.norm
    for line in _lines(norm):
        if state.inside_quote(line.start, line.end) and line.end > line.start:
            continue
        previous: tuple[str | None, Kind] = (None, Kind.APPLIES)
        for sentence in _sentences(norm, line.start, line.end):
            if state.mostly_quoted(sentence.start, sentence.end):
                continue
            ref, how = _attribute(state, sentence, cites)
            if ref is None:
                ref, how = previous
            else:
                previous = (ref, how)
            if ref is None:
                continue
            versions = _versions(ref)
            if not versions:
                continue
            trimmed = _trim(norm, sentence)
            line_bands = [b for s in _sentences(norm, line.start, line.end) for b in _bands(norm[s.start : s.end])]
            found = _check_sentence(state, trimmed, ref, versions, how, line_bands)
            if found:
                state.attributed.add(ref)


def _check_sentence(
    state: _State, sentence: _Span, ref: str, versions: tuple[law.Provision, ...], how: Kind, line_bands: list[_Band]
) -> bool:
    """Penalties, wording and paragraphs of one sentence that speaks of ``ref``; True if it says anything checkable."""
    text = state.norm[sentence.start : sentence.end]
    pattern = _crime_pattern()
    plain = pattern.sub("罪", text) if pattern is not None else text
    current = _in_force(versions, state.on)
    zh, en = _label(versions[-1])
    attribution = []
    if how is Kind.READING:
        attribution.append(
            Step(
                f"这句话没有引条号，但讲的是{zh}的内容（并且说到刑罚）：按{zh}核对。",
                f"The sentence cites no article, but it treats the subject of {en} (and names a penalty): it is "
                f"checked against {en}.",
                ref,
                Kind.READING,
            )
        )
    bands = _bands(plain)
    checkable = bool(bands)
    wrong: list[Step] = []
    outdated: list[Step] = []
    expected_wrong: list[str] = []
    principal, _ = _penalty_words()
    all_bands = {v.effective_from: _version_bands(ref, v.effective_from) for v in versions}
    current_bands = all_bands.get(current.effective_from, ()) if current else ()
    for band in bands:
        for word in band.unknown:
            guess = get_close_matches(word, principal, n=1, cutoff=0.4)
            better_zh = f"，应为「{guess[0]}」" if guess else ""
            better_en = f"; read '{guess[0]}'" if guess else ""
            wrong.append(
                Step(
                    f"「{word}」不是刑法规定的刑罚{better_zh}；{zh}的任何版本都没有这个词。",
                    f"'{word}' is no penalty of the Criminal Law{better_en}; no version of {en} has the word.",
                    ref,
                )
            )
            if guess:
                expected_wrong.append(guess[0])
        ranged = band.low is not None or band.high is not None
        range_zh, range_en = _range_text(band.low, band.high)

        def same_range(b: _Band, band: _Band = band) -> bool:
            return (b.low, b.high) == (band.low, band.high)

        if ranged:
            in_any = [f for f, bs in all_bands.items() if any(same_range(b) for b in bs)]
            in_now = any(same_range(b) for b in current_bands)
            if not in_any:
                wrong.append(
                    Step(
                        f"{zh}的任何版本都没有「{range_zh}」这一档刑罚。",
                        f"No version of {en} has a band of {range_en}.",
                        ref,
                    )
                )
            elif not in_now:
                old = next(v for v in versions if v.effective_from in in_any)
                outdated.append(
                    _step(
                        f"「{range_zh}」这一档出自{_period(old)[0]}，{state.on.isoformat()}有效的文本没有这一档。",
                        f"The band of {range_en} comes from {_period(old)[1]}; the text in force on "
                        f"{state.on.isoformat()} has no such band.",
                        old,
                    )
                )
        for word in sorted(band.terms):
            if word == "罚金" and band.fine in (None, "fine"):
                continue

            def holds(b: _Band, word: str = word, band: _Band = band, ranged: bool = ranged) -> bool:
                return word in b.terms and (not ranged or same_range(b, band))

            anywhere = [f for f, bs in all_bands.items() if any(holds(b) for b in bs)]
            if word != "罚金" and not anywhere:
                where_zh = f"「{range_zh}」一档" if ranged else "条文"
                where_en = f"the band of {range_en}" if ranged else "the article"
                wrong.append(
                    Step(
                        f"{zh}的任何版本在{where_zh}中都没有「{word}」。",
                        f"No version of {en} has '{word}' in {where_en}.",
                        ref,
                    )
                )
            elif (
                word != "罚金"
                and not any(holds(b) for b in current_bands)
                and any(same_range(b) for b in current_bands)
            ):
                old = next(v for v in versions if v.effective_from in anywhere)
                outdated.append(
                    _step(
                        f"「{range_zh}」一档中的「{word}」出自{_period(old)[0]}；{state.on.isoformat()}有效的文本已经没有。",
                        f"'{word}' in the band of {range_en} comes from {_period(old)[1]}; the text in force on "
                        f"{state.on.isoformat()} no longer has it.",
                        old,
                    )
                )
        if band.fine in ("either", "together") and ranged:
            targets = [b for b in current_bands if same_range(b) and b.fine in ("either", "together")]
            if targets and all(b.fine != band.fine for b in targets):
                law_fine = targets[0].fine
                says = {"either": "并处或者单处罚金", "together": "并处罚金"}
                says_en = {"either": "a fine in addition or alone", "together": "a fine in addition (never alone)"}
                wrong.append(
                    Step(
                        f"「{range_zh}」一档，{zh}规定的是「{says[law_fine or 'either']}」，这里写成了「{says[band.fine]}」的意思。",
                        f"In the band of {range_en}, {en} says '{says[law_fine or 'either']}' "
                        f"({says_en[law_fine or 'either']}); the text says {says_en[band.fine]}.",
                        ref,
                    )
                )
        if band.terms - {"罚金"} and not ranged:
            continue
    missing_bands = []
    if current and line_bands and any(b.low is not None or b.high is not None for b in bands):
        said = {(b.low, b.high) for b in line_bands}
        for b in current_bands:
            if (b.low is not None or b.high is not None) and (b.low, b.high) not in said and b.terms & set(principal):
                missing_bands.append(_range_text(b.low, b.high))
    # wording of another version
    wording_runs: list[tuple[law.Provision, list[str]]] = []
    if current is not None:
        now_grams = _grams(current.text_zh)
        for version in versions:
            if version.effective_from == current.effective_from:
                continue
            runs = [r for r in _runs(plain, _grams(version.text_zh) - now_grams) if not _penalty_only(r)]
            if runs:
                wording_runs.append((version, runs))
    if wording_runs:
        checkable = True
        for version, runs in wording_runs:
            phrases = "」「".join(runs)
            outdated.append(
                _step(
                    f"「{phrases}」是{zh}{_period(version)[0]}的措辞，{state.on.isoformat()}有效的文本没有。",
                    f"'{phrases}' is the wording of {_period(version)[1]} of {en}; the text in force on "
                    f"{state.on.isoformat()} does not have it.",
                    version,
                )
            )
    quote_text = state.slice(sentence.start, sentence.end)
    if wrong:
        if missing_bands and not outdated:
            wrong.append(
                Step(
                    "这里还漏了" + "、".join(f"「{z}」" for z, _ in missing_bands) + "一档。",
                    "It also leaves out the band(s) of " + ", ".join(e for _, e in missing_bands) + ".",
                    ref,
                )
            )
        penalty_text = "\n".join(_clauses_with_penalties(current or versions[-1]))
        state.add(
            kind=WRONG_PENALTY,
            ref=ref,
            quote=quote_text,
            start=sentence.start,
            end=sentence.end,
            expected=penalty_text or None,
            diff=(),
            explain_zh=f"这里说的刑罚{zh}没有：" + wrong[0].text_zh,
            explain_en=f"The penalty given here is not in {en}: " + wrong[0].text_en,
            steps=(*attribution, *wrong, *_caveats(current)),
        )
    if outdated:
        successor = current
        law_text: str | None = "\n".join(_clauses_with_penalties(successor)) if successor and bands else None
        if successor is not None and not law_text:
            law_text = successor.text_zh
        state.add(
            kind=OUTDATED_VERSION,
            ref=ref,
            quote=quote_text,
            start=sentence.start,
            end=sentence.end,
            expected=law_text,
            diff=(),
            explain_zh=f"这句话讲的是{zh}已失效的文本：" + outdated[0].text_zh,
            explain_en=f"This sentence describes a text of {en} not in force on {state.on.isoformat()}: "
            + outdated[0].text_en,
            steps=(*attribution, *outdated, *_caveats(*versions)),
        )
    mixed = _mixed(plain, current) if current is not None else []
    if len(mixed) >= 2 and current is not None:
        checkable = True
        numbers = "、".join(f"第{n}款" for n, _ in mixed)
        numbers_en = ", ".join(str(n) for n, _ in mixed)
        groups = _paragraph_groups(current)
        steps = [
            _step(
                f"这一句同时用了{zh}{numbers}的文字："
                + "；".join(f"第{n}款「{'」「'.join(r)}」" for n, r in mixed)
                + "。",
                f"This one sentence uses the words of paragraphs {numbers_en} of {en}: "
                + "; ".join(f"para. {n} '{' / '.join(r)}'" for n, r in mixed)
                + ".",
                current,
                Kind.READING,
            ),
            _step(
                "各款规定的是不同的规则（构成要件、从重情节、单位犯罪……），应当分开读。",
                "Each paragraph states a separate rule (the offence, an aggravating circumstance, a unit's "
                "liability …): read them apart.",
                current,
                Kind.READING,
            ),
        ]
        state.add(
            kind=MIXED_PARAGRAPHS,
            ref=ref,
            quote=quote_text,
            start=sentence.start,
            end=sentence.end,
            expected="\n".join("\n".join(groups[n - 1]) for n, _ in mixed),
            diff=(),
            explain_zh=f"这一句把{zh}{numbers}混在一起了。",
            explain_en=f"This sentence runs paragraphs {numbers_en} of {en} together.",
            steps=(*attribution, *steps),
        )
    return checkable


_PENALTY_GLUE = re.compile(rf"{NUM}年以[上下]|有期|徒刑|拘役|管制|罚金|并处|单处|或者|判处|处")


def _penalty_only(run: str) -> bool:
    """A phrase made only of penalty words and years (those are checked band by band, not as wording)."""
    return len(_PENALTY_GLUE.sub("", run)) < 3


def _clauses_with_penalties(prov: law.Provision | None) -> list[str]:
    if prov is None:
        return []
    principal, supplementary = _penalty_words()
    words = (*principal, *supplementary)
    return [c for c in _clauses(prov) if any(w in c for w in words)]


def _mixed(sentence: str, prov: law.Provision) -> list[tuple[int, list[str]]]:
    """The paragraphs of ``prov`` whose own wording (found in no other paragraph) the sentence uses."""
    groups = ["\n".join(g) for g in _paragraph_groups(prov)]
    if len(groups) < 2:
        return []
    grams = [_grams(g) for g in groups]
    out = []
    for i, own in enumerate(grams):
        others = frozenset().union(*(g for j, g in enumerate(grams) if j != i))
        runs = _runs(sentence, own - others)
        if runs:
            out.append((i + 1, runs))
    return out


# --------------------------------------------------------------------------- names replaced


@cache
def _term_table() -> dict[str, dict[str, Any]]:
    """Old name → what replaced it, when, by which act, and the provision to show (crime names and authorities)."""
    out: dict[str, dict[str, Any]] = {}
    for name, (ref, _start, end, _source, _now) in _crime_table().items():
        if end is None:
            continue
        records = _crime_names().get(ref, [])
        later = [r for r in records if (d := _day(r["effective_from"])) is not None and d > end]
        if not later:
            continue
        new = later[0]
        out[name] = {
            "kind": "crime",
            "new_zh": new["name_zh"],
            "new_en": new["name_en"],
            "on": new["effective_from"],
            "act_zh": new["source_zh"],
            "act_en": f"the SPC/SPP supplementary provisions on crime names ({new['source_zh']})",
            "ref": ref,
            "see_also": [],
            "verified": True,
            "note": "",
        }
    for entry in terms()["authorities"]:
        for name in entry["old_zh"]:
            out[name] = {
                "kind": "authority",
                "new_zh": entry["new_zh"],
                "new_en": entry["new_en"],
                "old_en": entry["old_en"],
                "on": entry["replaced_on"],
                "act_zh": entry["act_zh"],
                "act_en": entry["act_en"],
                "ref": entry["ref"],
                "see_also": entry.get("see_also", []),
                "verified": bool(entry.get("verified", False)),
                "note": entry.get("note", ""),
            }
    return out


@cache
def _term_pattern() -> re.Pattern[str] | None:
    names = sorted(_term_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def _check_terms(state: _State) -> None:
    pattern = _term_pattern()
    if pattern is None:
        return
    for m in pattern.finditer(state.norm):
        if state.inside_quote(m.start(), m.end()):
            continue
        entry = _term_table()[m.group(0)]
        since = date.fromisoformat(entry["on"])
        if since > state.on:
            continue
        ref = entry["ref"]
        name = m.group(0)
        what_zh, what_en = ("罪名", "crime name") if entry["kind"] == "crime" else ("机关名称", "authority's name")
        steps = [
            Step(
                f"自{since.isoformat()}起，{entry['act_zh']}以「{entry['new_zh']}」取代了「{name}」。",
                f"Since {since.isoformat()}, {entry['act_en']} has replaced '{name}' with {entry['new_en']}.",
                ref if _versions(ref) else "",
                Kind.APPLIES if entry["verified"] else Kind.UNVERIFIED,
            )
        ]
        if entry["note"]:
            steps.append(Step(f"注意：{entry['note']}", f"Caveat: {entry['note']}", ref, Kind.UNVERIFIED))
        for other in entry["see_also"]:
            versions = _versions(other)
            if versions and name in versions[-1].text_zh:
                o_zh, o_en = _label(versions[-1])
                steps.append(
                    _step(
                        f"{o_zh}（{_period(versions[-1])[0]}）仍写「{name}」：旧的条文里还能见到旧名称。",
                        f"{o_en} ({_period(versions[-1])[1]}) still says '{name}': older texts keep the old name.",
                        versions[-1],
                    )
                )
        nearby = state.norm[max(0, m.start() - 40) : m.end() + 40]
        new_names = [n for n in re.split(r"[；;]", re.sub(r"（[^）]*）", "", entry["new_zh"])) if n]
        if any(n in nearby for n in new_names):
            steps.append(
                Step(
                    "原文在旁边也写了现在的名称，但仍把旧名称当作正式名称使用。",
                    "The text also gives the current name nearby, but still uses the old one as if it were current.",
                    ref,
                )
            )
        state.add(
            kind=OUTDATED_TERM,
            ref=ref if _versions(ref) else None,
            quote=state.slice(m.start(), m.end()),
            start=m.start(),
            end=m.end(),
            expected=entry["new_zh"],
            diff=(),
            explain_zh=f"「{name}」这个{what_zh}自{since.isoformat()}起已被「{entry['new_zh']}」取代（{entry['act_zh']}）。",
            explain_en=f"The {what_en} '{name}' was replaced on {since.isoformat()} by {entry['new_en']} "
            f"({entry['act_en']}).",
            steps=tuple(steps),
            see_also=tuple(entry["see_also"]),
        )


# --------------------------------------------------------------------------- numeric rules

_BASIS = re.compile(r"^\s*(?:法律|法规)?依据\s*[：:]?")


def _claim_law(
    state: _State, sentence: _Span, cites: list[Citation], mentions: list[_Mention], lines: list[_Span]
) -> str | None:
    """The law a sentence's rule is attributed to: a law it names or cites, else one named in its paragraph,
    else the law a following "法律依据" line gives."""
    for c in cites:
        if sentence.start <= c.start < sentence.end and c.law:
            return c.law
    for m in mentions:
        if sentence.start <= m.start < sentence.end and m.key:
            return m.key
    line_no = _line_of(lines, sentence.start)
    line = lines[line_no]
    for m in mentions:
        if line.start <= m.start < line.end and m.key and not _BASIS.match(state.norm, line.start):
            return m.key
    for nxt in lines[line_no + 1 : line_no + 4]:
        text = state.norm[nxt.start : nxt.end]
        if not text.strip():
            continue
        if _BASIS.match(text):
            after = [m.key for m in mentions if nxt.start <= m.start and m.key]
            return after[0] if after else None
        break
    return None


def _check_claims(state: _State, cites: list[Citation]) -> None:
    norm = state.norm
    numbers = numbers_in(norm)
    if not numbers:
        return
    mentions = _law_mentions(norm)
    lines = _lines(norm)
    wording = terms()["not_found"]
    done: set[tuple[int, int]] = set()
    for start, end, _, _ in numbers:
        if state.inside_quote(start, end):
            continue
        line = lines[_line_of(lines, start)]
        sentence = next((s for s in _sentences(norm, line.start, line.end) if s.start <= start < s.end), None)
        if sentence is None or (sentence.start, sentence.end) in done:
            continue
        key = _claim_law(state, sentence, cites, mentions, lines)
        if key is None or key not in _corpus():
            continue
        in_sentence = [n for n in numbers if sentence.start <= n[0] < sentence.end]
        absent = [n for n in in_sentence if (n[2], n[3]) not in _law_numbers(key)]
        done.add((sentence.start, sentence.end))
        state.attributed.update(c.ref for c in cites if c.ref and sentence.start <= c.start < sentence.end)
        if not absent:
            continue
        sentence = _trim(norm, sentence)
        law_zh, law_en = law_label(key)
        shown = "、".join(norm[a:b] for a, b, _, _ in absent)
        held = sum(len(vs) for vs in _corpus()[key].values())
        first_ref = next(iter(_corpus()[key].values()))[0].ref
        steps = [
            Step(
                f"原文把「{shown}」作为{law_zh}的规则。",
                f"The text gives '{shown}' as a rule of the {law_en}.",
                PAGE_CLAIM,
            ),
            Step(
                f"课程语料库收有{law_zh}的{held}个条文版本，其中都没有这个数额。",
                f"The corpus holds {held} provision version(s) of the {law_en}; none contains this figure.",
                first_ref,
            ),
        ]
        text = norm[sentence.start : sentence.end]
        see: list[str] = []
        for subject in terms()["damages_subjects"]:
            paragraph = norm[line.start : line.end]
            if all(k in text for k in subject["keywords"]) and all(k in paragraph for k in subject["with"]):
                for ref in subject["refs"]:
                    versions = _versions(ref)
                    if not versions:
                        continue
                    see.append(ref)
                    r_zh, r_en = _label(versions[-1])
                    steps.append(
                        _step(
                            f"就这个问题，{r_zh}的规定中没有这样的数额。",
                            f"On this subject, {r_en} contains no such figure.",
                            versions[-1],
                        )
                    )
                steps.append(
                    Step(f"法律的规定是：{subject['note_zh']}。", f"The law: {subject['note_en']}.", subject["refs"][0])
                )
        for a, b, unit_, value_ in absent:
            elsewhere = [r for r in _where_number(unit_, value_) if not r.startswith(key + "/")]
            for ref in elsewhere[:3]:
                versions = _versions(ref)
                r_zh, r_en = _label(versions[-1])
                see.append(ref)
                steps.append(
                    _step(
                        f"「{norm[a:b]}」这个数额见于{r_zh}——那是另一部法律的另一条规则，须核对是否就是所说的规则。",
                        f"The figure '{norm[a:b]}' appears in {r_en}: another law's rule; check whether it is the "
                        "rule meant.",
                        versions[-1],
                    )
                )
        steps.append(Step(f"结论：{wording['zh']}。", f"Conclusion: {wording['en']}.", see[0] if see else first_ref))
        state.add(
            kind=CLAIM_NOT_FOUND,
            ref=None,
            quote=state.slice(sentence.start, sentence.end),
            start=sentence.start,
            end=sentence.end,
            expected=None,
            diff=(),
            explain_zh=f"「{shown}」：课程语料库所收的{law_zh}条文中没有这个数额；{wording['zh']}。",
            explain_en=f"'{shown}': the provisions of the {law_en} that the course holds contain no such figure; "
            f"{wording['en']}.",
            steps=tuple(steps),
            law=key,
            see_also=tuple(dict.fromkeys(see)),
        )


# --------------------------------------------------------------------------- citations: unknown, missing, ended, bare


def _check_citations(state: _State, cites: list[Citation]) -> None:
    seen: set[tuple[str | None, str]] = set()
    quoted_refs = state.quoted
    for cite in cites:
        key = (cite.law, cite.article)
        if key in seen:
            continue
        seen.add(key)
        _check_one_citation(state, cite, quoted_refs)


def _check_one_citation(state: _State, cite: Citation, quoted_refs: set[str]) -> None:
    on = state.on
    written = state.slice(cite.start, cite.end)
    if cite.law is None:
        return
    ref = cite.ref
    assert ref is not None
    zh, en = law_label(cite.law)
    base = cn_number(cite.article.split("-")[0]) or 0
    count = article_count(cite.law, on)
    versions = _versions(ref)
    inferred = (
        [
            Step(
                f"原文没有写明是哪部法律；课程语料库中只有{zh}有这一条，按{zh}读。",
                f"The text does not say which law; of the laws the course holds only the {en} has this article, so "
                "it is read as that law's.",
                ref,
                Kind.READING,
            )
        ]
        if cite.law_inferred
        else []
    )
    if not versions:
        if count is not None and (base > count or base < 1):
            state.add(
                kind=UNKNOWN_ARTICLE,
                ref=ref if cite.law in _corpus() else None,
                quote=written,
                start=cite.start,
                end=cite.end,
                expected=None,
                diff=(),
                explain_zh=f"{zh}只有{count}条，没有第{base}条。",
                explain_en=f"The {en} has {count} articles; there is no article {base}.",
                steps=(
                    *inferred,
                    Step(
                        f"{zh}共{count}条（{on.isoformat()}有效的文本）：引用的条号不存在。",
                        f"The {en} has {count} articles (the text in force on {on.isoformat()}): the article cited "
                        "does not exist.",
                        "",
                    ),
                ),
                law=cite.law,
            )
            return
        held = cite.law in _corpus()
        state.add(
            kind=NOT_IN_CORPUS,
            ref=ref if held else None,
            quote=written,
            start=cite.start,
            end=cite.end,
            expected=None,
            diff=(),
            explain_zh=(
                f"课程没有收录{zh}第{cite.article}条的文本：无法核对，请查官方文本。"
                if held
                else f"课程没有收录{zh}：无法核对，请查官方文本。"
            ),
            explain_en=(
                f"The course does not hold the text of {en} art. {cite.article}: it cannot be checked here; read "
                "the official text."
                if held
                else f"The course does not hold the {en}: it cannot be checked here; read the official text."
            ),
            steps=(
                *inferred,
                Step(
                    "不作推测：课程语料库中没有这一条，不能说它对还是错。",
                    "No guess is made: the corpus does not hold this article, so nothing is said about whether the "
                    "text is right.",
                    "",
                    Kind.NOT_ASSESSED,
                ),
            ),
            law=cite.law,
        )
        return
    current = _in_force(versions, on)
    if cite.paragraph is not None:
        most = max(len(_paragraph_groups(v)) for v in versions)
        if not 1 <= cite.paragraph <= most:
            state.add(
                kind=UNKNOWN_ARTICLE,
                ref=ref,
                quote=written,
                start=cite.start,
                end=cite.end,
                expected=None,
                diff=(),
                explain_zh=f"{_label(versions[-1])[0]}只有{most}款，没有第{cite.paragraph}款。",
                explain_en=f"{_label(versions[-1])[1]} has {most} paragraph(s); there is no paragraph {cite.paragraph}.",
                steps=(
                    *inferred,
                    _step(
                        f"{_label(versions[-1])[0]}的各个版本最多{most}款。",
                        f"No version of {_label(versions[-1])[1]} has more than {most} paragraph(s).",
                        versions[-1],
                    ),
                ),
                law=cite.law,
            )
            return
    if current is None and ref not in {f.ref for f in state.findings if f.kind == OUTDATED_VERSION}:
        last = versions[-1]
        steps = [*inferred]
        future = on < versions[0].effective_from
        if future:
            steps.append(
                _step(
                    f"这一条{versions[0].effective_from.isoformat()}才施行，{on.isoformat()}尚未生效。",
                    f"This article took effect only on {versions[0].effective_from.isoformat()}; on {on.isoformat()} "
                    "it was not yet in force.",
                    versions[0],
                )
            )
        else:
            steps.append(
                _step(
                    f"这一条的最后一个文本到{last.effective_to}为止，{on.isoformat()}已不再有效。",
                    f"The last text of this article ended on {last.effective_to}; on {on.isoformat()} it is no longer "
                    "in force.",
                    last,
                )
            )
        renumber = _renumber_step(ref, on)
        successor = _successor(ref, on)
        if renumber is not None:
            steps.append(renumber)
        state.add(
            kind=OUTDATED_VERSION,
            ref=ref,
            quote=written,
            start=cite.start,
            end=cite.end,
            expected=successor.text_zh if successor else None,
            diff=(),
            explain_zh=f"{_label(last)[0]}在{on.isoformat()}" + ("尚未生效。" if future else "已不再有效。"),
            explain_en=f"{_label(last)[1]} is "
            + ("not yet" if future else "no longer")
            + f" in force on {on.isoformat()}.",
            steps=tuple(steps),
        )
        return
    if ref in quoted_refs or ref in state.attributed or current is None or not _bare(state, cite):
        return
    zh_label, en_label = _label(current)
    state.add(
        kind=CITED_NOT_QUOTED,
        ref=ref,
        quote=written,
        start=cite.start,
        end=cite.end,
        expected=current.text_zh,
        diff=(),
        explain_zh=f"原文举出{zh_label}，却没有引用条文，也没有说它规定了什么：请读原文核对。",
        explain_en=f"The text names {en_label} without quoting it or saying what it provides: read the article and check.",
        steps=(
            *inferred,
            _step(
                f"{zh_label}（{_period(current)[0]}）的全文见“官方文本”一栏。",
                f"The full text of {en_label} ({_period(current)[1]}) is shown as the official text.",
                current,
            ),
        ),
    )


_BARE_WORDS = re.compile(r"都|均|也|有所|有|作了|作出|相关|的|等|中|里|之中|分别|规定|条文|内容|了|[、，,和及与以或者]")


def _bare(state: _State, cite: Citation) -> bool:
    """Whether a citation says nothing about its article: what follows it in its sentence, other citations and
    words such as 都有所规定 aside, is (almost) empty."""
    end = _SENTENCE_END.search(state.norm, cite.end)
    rest = state.norm[cite.end : end.start() if end else len(state.norm)]
    rest = _BARE_WORDS.sub("", _ARTICLE.sub("", rest))
    return len(_skeleton(rest)[0]) < GRAM


def iter_kinds() -> Iterator[tuple[str, str, str, str]]:
    """Every kind of finding with its labels and severity, in the order of :data:`KINDS`."""
    for kind, (zh, en, severity) in KINDS.items():
        yield kind, zh, en, severity


# --------------------------------------------------------------------------- examples

# The stored records of the course's source page (data/source_page.json), in the page's order.
PAGE_ORDER = (
    ("claim", "compensation_rule"),
    ("passage", "cc1034"),
    ("passage", "cc1035"),
    ("claim", "cited_articles"),
    ("claim", "art219_explanation"),
    ("claim", "authority"),
    ("passage", "art219_quotation"),
    ("claim", "art253_1"),
    ("claim", "art286_1"),
)


def page_text() -> str:
    """The course's source page as far as ``data/source_page.json`` keeps it, in traditional characters and in
    the page's order: each stored paragraph exactly as on the page. The "法律依據" line before a quoted article
    (which the records do not keep) is rebuilt from the article's law, as the page writes it."""
    raw = law.data("source_page.json")
    assert isinstance(raw, dict)
    claims = {c["key"]: c for c in raw["claims"]}
    passages = {p["key"]: p for p in raw["passages"]}
    blocks = []
    named: set[str] = set()
    for kind, key in PAGE_ORDER:
        if kind == "claim":
            rec = claims[key]
            blocks.append(rec["page_zh"])
            if rec.get("page_basis_zh"):
                blocks.append(rec["page_basis_zh"])
                named.update(k for k, v in law.laws().items() if v.zh in to_simplified(rec["page_basis_zh"]))
            continue
        rec = passages[key]
        law_key = rec["compare"]["ref"].split("/", 1)[0]
        lines = list(rec["page_zh"])
        if law_key not in named:
            blocks.append(f"法律依據:\n《{to_traditional(law.laws()[law_key].zh)}》")
            named.add(law_key)
        heading = rec["page_heading_zh"] or ""
        if heading and lines and not lines[0].startswith("【"):
            lines[0] = f"{heading} {lines[0]}"
        elif heading:
            lines.insert(0, heading)
        blocks.append("\n\n".join(lines))
    return "\n\n".join(blocks)


def clean_example(ref: str = "pipl/69", on: date | None = None) -> str:
    """A correct source: the heading and the text of ``ref`` in force on ``on`` (default today), as the corpus
    holds it — :func:`check` finds nothing in it."""
    prov = law.provision(ref, on)
    return f"《{prov.law_zh}》{prov.article_zh}\n" + "\n".join(prov.paragraphs_zh)
