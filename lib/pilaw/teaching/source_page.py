"""Reading a legal source critically: the course's source web page beside the official texts.

The page (``data/source_page.json``) is a legal-advice page in traditional characters, dated 2025-07-06.
Each passage it quotes or paraphrases is kept exactly as the page has it, together with a simplified-
character version (converted once with OpenCC ``t2s``, half-width punctuation made full-width, checked
character by character) so that it can be compared with the official simplified text of the corpus.

* :func:`compare` — a character-level diff (``difflib.SequenceMatcher``) of one passage against the
  official text in force on the relevant date, as spans (equal / missing on the page / extra on the
  page / changed), with one cited step per difference.
* :func:`art219_versions` — the same diff between the two texts of Criminal Law art. 219
  (1997 text, in force until 2021-02-28, and the Amendment XI text, in force from 2021-03-01).
* :func:`match_versions` — how close a passage is to each version of the article it should follow.
* :func:`check_claim` — the page's 500 / 3,000 yuan rule beside what the law gives, by the one comparator
  :func:`pilaw.teaching.cases.compare`, with what the page's own basis shows.
* :func:`page_texts` — passages or claims exactly as the page has them.

The HTML of all of these is drawn by :mod:`pilaw.show.source_page`.

Nothing here changes the law: the official texts come from :mod:`pilaw.law`, the page from its data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from difflib import SequenceMatcher
from fractions import Fraction
from functools import lru_cache
from typing import Any, TypeVar, cast

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date
from pilaw.law.steps import PAGE_CLAIM, Kind, Step
from pilaw.law.text import date_zh
from pilaw.rules.compensation import page_claim
from pilaw.teaching import cases

EQUAL = "equal"  # the same on both sides
MISSING = "missing"  # in the official (right) text, lost on the page (left)
EXTRA = "extra"  # on the page (left), not in the official (right) text
CHANGED = "changed"  # the page has other characters in place of the official ones

_R = TypeVar("_R")

PARAGRAPH_MARK = "¶"
CONTEXT = 6  # characters of unchanged text quoted to say where a difference is


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SourcePage:
    """The page itself: where it was, what it is called, when it was written, how it was converted."""

    url: str
    title_zh: str
    dated: date
    note_zh: str
    note_en: str
    conversion_tool: str
    conversion_config: str
    conversion_note_zh: str
    conversion_note_en: str


@dataclass(frozen=True)
class Passage:
    """One passage of the page: as the page has it (traditional), in simplified characters, and what to compare it with.

    ``entries`` are the 1-based positions in the provision's ``paragraphs_zh`` to compare with (None: all);
    ``start`` cuts the first of them at the first occurrence of that text (None: from its beginning).
    """

    key: str
    label_zh: str
    label_en: str
    kind: str  # "quotation", "paraphrase", "claim"
    heading_zh: str | None
    page_zh: tuple[str, ...]
    page_simplified_zh: tuple[str, ...]
    converted: bool
    conversion_fixes: tuple[str, ...]
    ref: str
    on: date | None
    entries: tuple[int, ...] | None
    start: str | None
    why_zh: str
    why_en: str
    errata: tuple[str, ...]
    context_zh: str | None = None
    reference_zh: str | None = None  # only for the claim: the restored reading (not law)
    reference_label_zh: str | None = None
    reference_label_en: str | None = None


@dataclass(frozen=True)
class Claim:
    """A statement the page makes, exactly as on the page, with the provisions it must be checked against."""

    key: str
    label_zh: str
    label_en: str
    page_zh: str
    page_simplified_zh: str
    translation_en: str
    refs: tuple[str, ...]
    errata: tuple[str, ...]


@dataclass(frozen=True)
class Erratum:
    """One place where the page departs from the law: what it says, what the law says, and why it matters.

    ``law_says_zh`` is copied from the text of ``ref`` in force on ``on`` (for ``ref == "page/claim"``:
    from the restored reading of the claim paragraph).
    """

    key: str
    title_zh: str
    title_en: str
    kind: str  # "copying", "typo", "outdated", "error", "omission", "not_found"
    page_says_zh: str
    found_in: str
    law_says_zh: str
    ref: str
    on: date | None
    see_also: tuple[str, ...]
    explain_zh: str
    explain_en: str


@dataclass(frozen=True)
class Span:
    """A stretch of the diff. ``left`` is the page's (or the older) text, ``right`` the official (or newer) one."""

    kind: str
    left: str
    right: str


@dataclass(frozen=True)
class Comparison:
    """A character-level comparison of two texts, with a cited step per difference."""

    key: str
    label_zh: str
    label_en: str
    ref: str
    on: date | None
    left_label_zh: str
    left_label_en: str
    right_label_zh: str
    right_label_en: str
    left_original_zh: str
    left_zh: str
    right_zh: str
    right_verified: bool
    right_note: str
    converted: bool
    spans: tuple[Span, ...]
    steps: tuple[Step, ...]
    versions: bool = False  # True: left = an older text of the article, right = the newer one

    @property
    def differences(self) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.kind != EQUAL)

    @property
    def lost(self) -> int:
        """Characters of the right-hand (official) text that the left (the page) does not have."""
        return sum(len(s.right) for s in self.spans if s.kind in (MISSING, CHANGED))

    @property
    def added(self) -> int:
        """Characters on the left (the page) that the right-hand (official) text does not have."""
        return sum(len(s.left) for s in self.spans if s.kind in (EXTRA, CHANGED))

    @property
    def lost_text(self) -> tuple[str, ...]:
        """What the page lost outright (the ``missing`` spans), in order."""
        return tuple(s.right for s in self.spans if s.kind == MISSING)

    @property
    def similarity(self) -> Fraction:
        """2 × matching characters / all characters (1 = identical), exact."""
        total = len(self.left_zh) + len(self.right_zh)
        if total == 0:
            return Fraction(1)
        same = sum(len(s.left) for s in self.spans if s.kind == EQUAL)
        return Fraction(same + same, total)


@dataclass(frozen=True)
class VersionMatch:
    """How close a passage is to one dated version of its article."""

    effective_from: date
    effective_to: date | None
    similarity: Fraction
    lost: int
    added: int


# --------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return cast("dict[str, Any]", law.data("source_page.json"))


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def source_page() -> SourcePage:
    """The page's address, title, date (2025-07-06) and how its text was converted to simplified characters."""
    raw = _data()
    conv = raw["conversion"]
    return SourcePage(
        url=raw["url"],
        title_zh=raw["title_zh"],
        dated=date.fromisoformat(raw["dated"]),
        note_zh=raw["note_zh"],
        note_en=raw["note_en"],
        conversion_tool=conv["tool"],
        conversion_config=conv["config"],
        conversion_note_zh=conv["note_zh"],
        conversion_note_en=conv["note_en"],
    )


def _record(cls: type[_R], rec: dict[str, Any], **given: Any) -> _R:
    """A record of ``cls`` from a JSON object: each field from the key of its name (lists as tuples) unless given;
    a field the object lacks keeps its default."""
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in given:
            values[f.name] = given[f.name]
        elif f.name in rec:
            value = rec[f.name]
            values[f.name] = tuple(value) if isinstance(value, list) else value
    return cls(**values)


@lru_cache(maxsize=1)
def passages() -> tuple[Passage, ...]:
    """Every passage of the page the course compares with an official text, in page order."""
    return tuple(
        _record(
            Passage,
            {**rec, **rec["compare"]},
            heading_zh=rec["page_heading_zh"],
            converted=bool(rec["converted"]),
            on=_day(rec["compare"]["on"]),
            entries=None if rec["compare"]["entries"] is None else tuple(rec["compare"]["entries"]),
            start=rec["compare"]["from"],
            errata=tuple(rec["errata"]),
        )
        for rec in _data()["passages"]
    )


def passage(key: object) -> Passage:
    """One passage by its key (``"cc1034"``, ``"art219_explanation"`` …); an unknown key is an InputError."""
    known = {p.key: p for p in passages()}
    if not isinstance(key, str) or key not in known:
        raise InputError(
            "passage 段落",
            f"没有这个段落：{key!r}（可选：{'、'.join(known)}）",
            f"no such passage: {key!r} (choose from {', '.join(known)})",
        )
    return known[key]


@lru_cache(maxsize=1)
def claims() -> tuple[Claim, ...]:
    """The statements the page makes, exactly as on the page, each with the provisions to check it against."""
    return tuple(_record(Claim, rec) for rec in _data()["claims"])


@lru_cache(maxsize=1)
def errata() -> tuple[Erratum, ...]:
    """Where the page departs from the law, one record per error (see ``source-page.md``, errata list)."""
    return tuple(_record(Erratum, rec, on=_day(rec["on"])) for rec in _data()["errata"])


def page_texts(keys: Iterable[str] | str) -> tuple[tuple[str, str, str], ...]:
    """Passages or claims exactly as the page has them (traditional characters), each as (label_zh, label_en, text);
    an unknown key is an InputError."""
    if isinstance(keys, str):
        keys = [keys]
    by_claim = {c.key: c for c in claims()}
    out = []
    for key in keys:
        if key in by_claim:
            c = by_claim[key]
            out.append((c.label_zh, c.label_en, c.page_zh))
        else:
            item = passage(key)
            heading = f"{item.heading_zh} " if item.heading_zh else ""
            out.append((item.label_zh, item.label_en, heading + "\n".join(item.page_zh)))
    return tuple(out)


def erratum(key: str) -> Erratum:
    for record in errata():
        if record.key == key:
            return record
    raise InputError("erratum 错误", f"没有这个错误记录：{key!r}", f"no such erratum: {key!r}")


# --------------------------------------------------------------------------- diff


def _official_text(prov: law.Provision, entries: tuple[int, ...] | None, start: str | None) -> str:
    paras = list(prov.paragraphs_zh)
    if entries is not None:
        if any(not 1 <= i <= len(paras) for i in entries):
            raise LawError(f"{prov}没有所需的款项", f"{prov.ref} ({prov.effective_from}) lacks entries {entries}")
        paras = [paras[i - 1] for i in entries]
    if start is not None and start in paras[0]:
        paras[0] = paras[0][paras[0].index(start) :]
    return "\n".join(paras)


def _raw_spans(left: str, right: str) -> list[Span]:
    """SequenceMatcher's opcodes as spans, after setting aside the common beginning and end
    (so that one dropped character is always found as exactly one, even in repetitive text)."""
    head = 0
    while head < min(len(left), len(right)) and left[head] == right[head]:
        head += 1
    tail = 0
    while tail < min(len(left), len(right)) - head and left[-1 - tail] == right[-1 - tail]:
        tail += 1
    mid_left, mid_right = left[head : len(left) - tail], right[head : len(right) - tail]
    kinds = {"equal": EQUAL, "delete": EXTRA, "insert": MISSING, "replace": CHANGED}
    matcher = SequenceMatcher(None, mid_left, mid_right, autojunk=False)
    spans = [Span(kinds[tag], mid_left[i1:i2], mid_right[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    if head:
        spans.insert(0, Span(EQUAL, left[:head], left[:head]))
    if tail:
        spans.append(Span(EQUAL, left[len(left) - tail :], left[len(left) - tail :]))
    return _join_equal(spans)


def _join_equal(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1].kind == EQUAL and span.kind == EQUAL:
            out[-1] = Span(EQUAL, out[-1].left + span.left, out[-1].right + span.right)
        else:
            out.append(span)
    return out


def _edit_size(span: Span) -> int:
    return max(len(span.left), len(span.right))


def _merge(a: Span, b: Span) -> Span:
    left, right = a.left + b.left, a.right + b.right
    kind = CHANGED if left and right else (EXTRA if left else MISSING)
    return Span(kind, left, right)


def _tidy(spans: list[Span]) -> list[Span]:
    """Fold a short unchanged stretch lying between two edits into them (as diff tools' "semantic cleanup").

    Character diffs of reworded text match stray single characters ("情节严重" vs "造成重大损失" share 重);
    an equality no longer than the edits on both sides, and not a paragraph break, is absorbed.
    """
    changed = True
    while changed:
        changed = False
        for i in range(1, len(spans) - 1):
            before, here, after = spans[i - 1], spans[i], spans[i + 1]
            if (
                here.kind == EQUAL
                and EQUAL not in (before.kind, after.kind)
                and "\n" not in here.left
                and len(here.left) <= _edit_size(before)
                and len(here.left) <= _edit_size(after)
            ):
                merged = _merge(_merge(before, Span(CHANGED, here.left, here.right)), after)
                spans = [*spans[: i - 1], merged, *spans[i + 2 :]]
                changed = True
                break
    return spans


def _align_to_paragraphs(spans: list[Span]) -> list[Span]:
    """Slide a pure insertion or deletion to start at a paragraph, where the same text allows it.

    "论" + [。¶本条所称商业秘密…信息] + "。¶本条…" says the same as "论。¶" + [本条所称商业秘密…信息。¶] + "本条…";
    the second reads as a deleted paragraph.
    """
    spans = list(spans)
    for i in range(1, len(spans) - 1):
        before, edit, after = spans[i - 1], spans[i], spans[i + 1]
        if edit.kind not in (MISSING, EXTRA) or before.kind != EQUAL or after.kind != EQUAL:
            continue
        text = edit.left or edit.right
        prefix, moved, rest = before.left, text, after.left
        for _ in range(len(rest)):
            if prefix.endswith("\n") or not rest or rest[0] != moved[0]:
                break
            prefix, moved, rest = prefix + moved[0], moved[1:] + rest[0], rest[1:]
        if prefix.endswith("\n") and prefix != before.left:
            left, right = (moved, "") if edit.kind == EXTRA else ("", moved)
            spans[i - 1], spans[i], spans[i + 1] = (
                Span(EQUAL, prefix, prefix),
                Span(edit.kind, left, right),
                Span(EQUAL, rest, rest),
            )
    return [s for s in spans if s.left or s.right]


def diff_spans(left: str, right: str) -> tuple[Span, ...]:
    """The character-level diff of two texts as spans (``difflib.SequenceMatcher``, no junk heuristic),
    with short chance matches inside reworded stretches folded in and whole-paragraph edits aligned.
    Joining the spans' ``left`` gives ``left`` back, joining their ``right`` gives ``right``."""
    for name, text in (("left", left), ("right", right)):
        if not isinstance(text, str):
            raise InputError(name, f"需要文字，不是 {text!r}", f"needs text, not {text!r}")
    return tuple(_align_to_paragraphs(_tidy(_raw_spans(left, right))))


def _show(text: str) -> str:
    return text.replace("\n", PARAGRAPH_MARK)


def _where(spans: list[Span], i: int) -> tuple[str, str]:
    after = spans[i + 1].left if i + 1 < len(spans) and spans[i + 1].kind == EQUAL else ""
    after = after.split("\n")[0][:CONTEXT]
    if after:
        return f"（在“{after}”之前）", f" (before '{after}')"
    before = spans[i - 1].left if i > 0 and spans[i - 1].kind == EQUAL else ""
    before = before.split("\n")[-1][-CONTEXT:]
    if before:
        return f"（在“{before}”之后）", f" (after '{before}')"
    return "", ""


def _difference_steps(
    spans: list[Span], ref: str, left: tuple[str, str], right: tuple[str, str], *, versions: bool = False
) -> list[Step]:
    (left_zh, left_en), (right_zh, right_en) = left, right
    steps = []
    for i, span in enumerate(spans):
        if span.kind == EQUAL:
            continue
        where_zh, where_en = _where(spans, i)
        lhs, rhs = _show(span.left), _show(span.right)
        if versions:  # left = the older text, right = the newer one
            if span.kind == MISSING:
                steps.append(Step(f"{right_zh}新增“{rhs}”{where_zh}。", f"The {right_en} adds '{rhs}'{where_en}.", ref))
            elif span.kind == EXTRA:
                steps.append(
                    Step(
                        f"{right_zh}删去了{left_zh}的“{lhs}”{where_zh}。",
                        f"The {right_en} deletes '{lhs}' of the {left_en}{where_en}.",
                        ref,
                    )
                )
            else:
                steps.append(
                    Step(
                        f"{left_zh}的“{lhs}”在{right_zh}中改为“{rhs}”{where_zh}。",
                        f"'{lhs}' in the {left_en} became '{rhs}' in the {right_en}{where_en}.",
                        ref,
                    )
                )
        elif span.kind == MISSING:
            steps.append(
                Step(
                    f"{right_zh}有“{rhs}”，{left_zh}没有{where_zh}。",
                    f"The {right_en} has '{rhs}'; the {left_en} does not{where_en}.",
                    ref,
                )
            )
        elif span.kind == EXTRA:
            steps.append(
                Step(
                    f"{left_zh}多出“{lhs}”，{right_zh}没有{where_zh}。",
                    f"The {left_en} adds '{lhs}', which the {right_en} does not have{where_en}.",
                    ref,
                )
            )
        else:
            steps.append(
                Step(
                    f"{left_zh}作“{lhs}”，{right_zh}作“{rhs}”{where_zh}。",
                    f"The {left_en} reads '{lhs}' where the {right_en} reads '{rhs}'{where_en}.",
                    ref,
                )
            )
    return steps


def _summary_step(spans: list[Span], ref: str, left: tuple[str, str], right: tuple[str, str]) -> Step:
    lost = sum(len(s.right) for s in spans if s.kind in (MISSING, CHANGED))
    added = sum(len(s.left) for s in spans if s.kind in (EXTRA, CHANGED))
    count = sum(s.kind != EQUAL for s in spans)
    if count == 0:
        return Step(
            f"逐字一致：{left[0]}与{right[0]}没有差异。",
            f"Identical character for character: the {left[1]} and the {right[1]} do not differ.",
            ref,
        )
    return Step(
        f"共{count}处差异：{right[0]}有而{left[0]}没有的字符{lost}个，{left[0]}多出或改写的字符{added}个（标点也计算在内）。",
        f"{count} difference(s): {lost} character(s) of the {right[1]} are not on the {left[1]}; the {left[1]} "
        f"adds or rewrites {added} (punctuation included).",
        ref,
    )


def _version_label(prov: law.Provision) -> tuple[str, str]:
    start, start_zh = prov.effective_from.isoformat(), date_zh(prov.effective_from)
    if prov.effective_to is None:
        return f"{start_zh}起施行的现行文本", f"current text, in force since {start}"
    end = prov.effective_to.isoformat()
    return f"{start_zh}至{date_zh(prov.effective_to)}有效的文本", f"text in force {start} to {end}"


@dataclass(frozen=True)
class _Official:
    """The right-hand side of a comparison: the text, whether it is verified, its labels, and the steps saying
    what it is."""

    day: date | None
    text: str
    verified: bool
    note: str
    label: tuple[str, str]
    words: tuple[str, str]
    steps: tuple[Step, ...]


def _restored_reading(item: Passage, day: date | None) -> _Official:
    """The claim paragraph has no official text: it is compared with the reading restored in the reference notes."""
    if day is not None:
        raise InputError("on 日期", "这段话没有官方文本，不能按日期对照", "this paragraph has no official text to date")
    label = (item.reference_label_zh or "", item.reference_label_en or "")
    step = Step(f"对照：{label[0]}。{item.why_zh}", f"Compared with: {label[1]}. {item.why_en}", PAGE_CLAIM)
    return _Official(
        None,
        item.reference_zh or "",
        False,
        item.reference_label_en or "",
        label,
        ("还原的文本", "restored reading"),
        (step,),
    )


def _official(item: Passage, day: date | None) -> _Official:
    """The official text of the passage's article in force on ``day`` (default: the passage's own date)."""
    day = day or item.on or date.today()
    prov = law.provision(item.ref, day)
    version_zh, version_en = _version_label(prov)
    short = law.laws()[prov.law]
    part_zh = "" if item.entries is None else "（相关的款项）"
    part_en = "" if item.entries is None else " (the relevant paragraphs)"
    label = (
        f"{short.short_zh}{prov.article_zh}，{version_zh}{part_zh}",
        f"{short.short_en} art. {prov.article}, {version_en}{part_en}",
    )
    steps = [
        Step(
            f"对照文本：{label[0]}（{date_zh(day)}有效）。{item.why_zh}",
            f"Compared with: {label[1]} (in force on {day.isoformat()}). {item.why_en}",
            item.ref,
        )
    ]
    if not prov.verified:
        steps.append(
            Step(
                f"注意：这个对照文本未经官方文本核实。{prov.note_zh}",
                f"Caveat: this text has not been checked against the official text. {prov.note}",
                item.ref,
                Kind.UNVERIFIED,
            )
        )
    text = _official_text(prov, item.entries, item.start)
    return _Official(day, text, prov.verified, prov.note, label, ("官方文本", "official text"), tuple(steps))


def _resting_on(steps: Iterable[Step], verified: bool) -> list[Step]:
    """Steps read off a text: marked as resting on unverified text where it is (the page's claim keeps its kind)."""
    if verified:
        return list(steps)
    return [s if s.kind is Kind.PAGE else replace(s, kind=Kind.UNVERIFIED) for s in steps]


def compare(passage_key: object, on: object = None) -> Comparison:
    """Compare one passage of the page with the official text, character by character.

    The page's passage (converted to simplified characters) is set against the corpus text of
    ``passage.ref`` in force on ``on`` — by default the date recorded for the passage: the day the page was
    written (2025-07-06), or, for the page's explanation of Criminal Law art. 219, the last day of the
    1997 text (2021-02-28), which that explanation paraphrases. Each difference becomes a span
    (``missing`` on the page, ``extra`` on the page, ``changed``) and a step citing the provision.
    A date on which the article was not in force raises :class:`pilaw.LawError`.

    The claim paragraph has no official text (its rule was not found in national law, administrative regulations
    or judicial interpretations as of mid-2026; origin unknown): it is compared with the reading restored in the
    course's reference notes, and its steps cite ``"page/claim"``.
    """
    item = passage(passage_key)
    day = None if on is None else parse_date(on, "on 日期", allow_text=False)
    left_original = "\n".join(item.page_zh)
    left = "\n".join(item.page_simplified_zh)
    page_words = ("网页", "page")
    official = _restored_reading(item, day) if item.ref == PAGE_CLAIM else _official(item, day)
    right, verified, note, right_label = official.text, official.verified, official.note, official.label
    official_words, day = official.words, official.day
    steps: list[Step] = list(official.steps)
    if item.converted:
        steps.append(
            Step(
                "网页原文是繁体字：比较之前已用 OpenCC（t2s）转为简体，并把半角标点改为全角；转换结果经逐字核对。",
                "The page is in traditional characters: before comparing, it was converted to simplified "
                "with OpenCC (t2s) and its half-width punctuation made full-width; the result was checked "
                "character by character.",
                item.ref,
            )
        )
    if item.kind == "paraphrase":
        steps.append(
            Step(
                "这是转述，不是引文：很多差异只是措辞不同。要看的是意思有没有变：门槛、刑种、刑期。",
                "This is a paraphrase, not a quotation: many differences are only wording. What matters is "
                "whether the meaning changed: the threshold, the kind of penalty, its length.",
                item.ref,
            )
        )
    spans = list(diff_spans(left, right))
    steps += _resting_on(_difference_steps(spans, item.ref, page_words, official_words), verified)
    steps.append(_summary_step(spans, item.ref, page_words, official_words))
    return Comparison(
        key=item.key,
        label_zh=item.label_zh,
        label_en=item.label_en,
        ref=item.ref,
        on=day,
        left_label_zh="网页（转为简体）",
        left_label_en="the page (converted to simplified)",
        right_label_zh=right_label[0],
        right_label_en=right_label[1],
        left_original_zh=left_original,
        left_zh=left,
        right_zh=right,
        right_verified=verified,
        right_note=note,
        converted=item.converted,
        spans=tuple(spans),
        steps=tuple(steps),
    )


def match_versions(passage_key: object) -> tuple[VersionMatch, ...]:
    """How close the passage is to every dated version of its article (oldest first).

    Uses the same paragraphs as :func:`compare`; ``similarity`` is 2 × matching characters / all characters.
    It tells which version a page follows: the page's explanation of art. 219 is closest to the 1997 text,
    its quotation identical (but for a heading) to the 2021 text.
    """
    item = passage(passage_key)
    if item.ref == PAGE_CLAIM:
        raise InputError(
            "passage 段落", "这段话没有官方文本的版本可比", "this paragraph has no official versions to match"
        )
    out = []
    for prov in law.versions(item.ref):
        c = compare(item.key, on=prov.effective_from)
        out.append(VersionMatch(prov.effective_from, prov.effective_to, c.similarity, c.lost, c.added))
    return tuple(out)


def closest_version(passage_key: object) -> int:
    """The position, in :func:`match_versions`, of the version of its article the passage is closest to."""
    matches = match_versions(passage_key)
    return max(range(len(matches)), key=lambda i: matches[i].similarity)


def official_text(passage_key: object, on: object = None) -> str:
    """The official text a passage is compared with (the paragraphs :func:`compare` uses), on its own date by
    default; the claim paragraph has none (an InputError)."""
    if passage(passage_key).ref == PAGE_CLAIM:
        raise InputError("passage 段落", "这段话没有官方文本", "this paragraph has no official text")
    return compare(passage_key, on=on).right_zh


def art219_versions() -> Comparison:
    """Criminal Law art. 219: the 1997 text (to 2021-02-28) against the Amendment XI text (from 2021-03-01).

    Amendment XI replaced 造成重大损失 / 造成特别严重后果 (heavy losses / especially serious consequences)
    with 情节严重 / 情节特别严重 (serious / especially serious circumstances), dropped 拘役 from the basic band,
    raised the top of the sentence from seven to ten years, widened the means in item (一), replaced
    违反约定 with 违反保密义务, narrowed "明知或者应知" to "明知" and removed the definition of a trade secret.
    The 1997 text is taken from secondary pages (see its caveat).
    """
    ref = "criminal_law/219"
    old, new = law.versions(ref)[0], law.versions(ref)[-1]
    old_words = (f"{old.effective_from.year}年文本", f"{old.effective_from.year} text")
    new_words = (f"{new.effective_from.year}年文本", f"{new.effective_from.year} text")
    left, right = old.text_zh, new.text_zh
    old_zh, old_en = _version_label(old)
    new_zh, new_en = _version_label(new)
    steps = [
        Step(
            f"对照刑法第二百一十九条的两个文本：{old_zh}（{old_words[0]}）与{new_zh}（《刑法修正案（十一）》）。",
            f"Criminal Law art. 219, two texts: the {old_en} ({old_words[1]}) and the {new_en} (Amendment XI).",
            ref,
        )
    ]
    for prov in (old, new):
        if not prov.verified:
            steps.append(
                Step(
                    f"注意：{prov.effective_from.year}年文本未经官方文本核实。{prov.note_zh}",
                    f"Caveat: the {prov.effective_from.year} text has not been checked against the official "
                    f"text. {prov.note}",
                    ref,
                    Kind.UNVERIFIED,
                )
            )
    spans = list(diff_spans(left, right))
    steps += _resting_on(
        _difference_steps(spans, ref, old_words, new_words, versions=True), old.verified and new.verified
    )
    steps.append(_summary_step(spans, ref, old_words, new_words))
    return Comparison(
        key="art219_versions",
        label_zh="刑法第二百一十九条：1997年文本与2021年文本",
        label_en="Criminal Law art. 219: the 1997 text and the 2021 text",
        ref=ref,
        on=None,
        left_label_zh=f"{old_words[0]}（{old_zh}）",
        left_label_en=f"{old_words[1]} ({old_en})",
        right_label_zh=f"{new_words[0]}（{new_zh}）",
        right_label_en=f"{new_words[1]} ({new_en})",
        left_original_zh=left,
        left_zh=left,
        right_zh=right,
        right_verified=old.verified and new.verified,
        right_note=" ".join(p.note for p in (old, new) if p.note),
        converted=False,
        spans=tuple(spans),
        steps=tuple(steps),
        versions=True,
    )


# --------------------------------------------------------------------------- the 500 / 3,000 yuan claim


def _basis_step() -> tuple[Step, bool]:
    """Whether the Civil Code articles the page quotes as the basis of its rule hold any amount (they do not)."""
    basis = [p for p in passages() if p.kind == "quotation" and p.ref.startswith("civil_code/")]
    has_amount = any("元" in law.provision(p.ref, p.on).text_zh for p in basis)
    names = "、".join(law.provision(p.ref, p.on).article_zh for p in basis)
    step = Step(
        f"网页以《民法典》为依据，引用了{names}：" + ("其中有金额。" if has_amount else "这些条文里没有任何金额。"),
        "The page gives the Civil Code as its basis and quotes "
        + ", ".join(f"art. {p.ref.split('/')[1]}" for p in basis)
        + (": they contain an amount." if has_amount else ": they contain no amount at all."),
        basis[0].ref if basis else "civil_code/1034",
    )
    return step, has_amount


def check_claim(
    *, gain: object = None, loss: object = None, severe_mental_harm: bool = False, on: object = None
) -> cases.Comparison:
    """Check the page's 500 / 3,000 yuan rule against the law for the same facts, and against its own basis.

    The comparison is :func:`pilaw.teaching.cases.compare`'s (the one comparator of the page's rule and the law):
    the page says the operator's gain, or the consumer's loss if greater; "不低于500元" (at least 500 yuan) when
    neither can be determined; "不低于3000元" for serious mental harm. The law (PIPL art. 69, Civil Code
    arts. 1182–1183) says the loss or the gain; where neither can be determined the amount is set "根据实际情况"
    (according to the actual circumstances), with no minimum; mental damages need serious mental harm and have no
    statutory amount. To its steps this adds what the page itself shows: the Civil Code articles it quotes as its
    basis hold no amount (``basis_has_amount``), the rule was not found in national law as of mid-2026
    (``found_in_law``), and the fixed floors found near its numbers, quoted. ``gain``/``loss``: amounts, or None for
    难以确定 (cannot be determined); ``on``: the date of the conduct (default today).
    """
    comparison = cases.compare(gain=gain, loss=loss, severe_mental_harm=severe_mental_harm, on=on)
    basis, has_amount = _basis_step()
    page = page_claim()
    quotes = tuple(
        Step(f"“{quote['quote_zh']}”：{quote['explain_zh']}", quote["explain_en"], quote["ref"])
        for quote in _data()["claim_quotes"]
    )
    steps = (*comparison.steps, basis, Step(page.finding_zh, page.finding_en, PAGE_CLAIM), *quotes)
    return replace(comparison, steps=steps, basis_has_amount=has_amount)
