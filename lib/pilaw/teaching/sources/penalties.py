"""Paraphrases: penalties, the wording of another version, and paragraphs run together."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches
from functools import cache
from typing import Any

from pilaw import law
from pilaw.law.steps import Kind, Step
from pilaw.law.text import chinese_number, date_zh
from pilaw.teaching.sources.data import in_force, terms, versions_of
from pilaw.teaching.sources.findings import State, caveats, label_of, period, step_on
from pilaw.teaching.sources.layout import Span, lines_in, sentences_in, trim
from pilaw.teaching.sources.matching import grams_of, paragraph_groups, runs_of
from pilaw.teaching.sources.names import crime_pattern, crime_table
from pilaw.teaching.sources.numbers import NUM, cn_number
from pilaw.teaching.sources.records import MIXED_PARAGRAPHS, OUTDATED_VERSION, WRONG_PENALTY, Citation

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
def penalty_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = terms()["penalties"]
    return tuple(raw["principal"]), tuple(raw["supplementary"])


_PRISON = re.compile(r"([\u4e00-\u9fff]{2})徒刑")


def _bands(sentence: str) -> list[_Band]:
    """The penalty bands of a sentence or an article: each range of years with the penalties that follow it."""
    principal, supplementary = penalty_words()
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


def clauses_of(prov: law.Provision) -> list[str]:
    return [c for c in re.split(r"[。；\n]", prov.text_zh) if c]


@cache
def _version_bands(ref: str, effective_from: date) -> tuple[_Band, ...]:
    prov = next(v for v in versions_of(ref) if v.effective_from == effective_from)
    return tuple(b for clause in clauses_of(prov) for b in _bands(clause))


def _range_text(low: int | None, high: int | None) -> tuple[str, str]:
    if low is not None and high is not None:
        return f"{chinese_number(low)}年以上{chinese_number(high)}年以下", f"{low} to {high} years"
    if high is not None:
        return f"{chinese_number(high)}年以下", f"up to {high} years"
    if low is not None:
        return f"{chinese_number(low)}年以上", f"{low} years or more"
    return "", ""


def _attribute(state: State, sentence: Span, cites: list[Citation]) -> tuple[str | None, Kind]:
    """The article a sentence speaks of: one it cites, one whose crime it names, or one whose subject it treats
    together with a criminal penalty (a reading)."""
    inside = [c for c in cites if sentence.start <= c.start < sentence.end and c.ref and versions_of(c.ref)]
    if inside:
        return inside[0].ref, Kind.APPLIES
    text = state.norm[sentence.start : sentence.end]
    pattern = crime_pattern()
    if pattern is not None:
        m = pattern.search(text)
        if m:
            return crime_table()[m.group(0)][0], Kind.APPLIES
    principal, _ = penalty_words()
    if any(w in text for w in principal) or _PRISON.search(text):
        for subject in terms()["subjects"]["criminal"]:
            if all(k in text for k in subject["keywords"]):
                return subject["ref"], Kind.READING
    return None, Kind.APPLIES


def check_paraphrases(state: State, cites: list[Citation]) -> None:
    norm = state.norm
    for line in lines_in(norm):
        if state.inside_quote(line.start, line.end) and line.end > line.start:
            continue
        previous: tuple[str | None, Kind] = (None, Kind.APPLIES)
        for sentence in sentences_in(norm, line.start, line.end):
            if state.mostly_quoted(sentence.start, sentence.end):
                continue
            ref, how = _attribute(state, sentence, cites)
            if ref is None:
                ref, how = previous
            else:
                previous = (ref, how)
            if ref is None:
                continue
            versions = versions_of(ref)
            if not versions:
                continue
            trimmed = trim(norm, sentence)
            line_bands = [b for s in sentences_in(norm, line.start, line.end) for b in _bands(norm[s.start : s.end])]
            found = _check_sentence(state, trimmed, ref, versions, how, line_bands)
            if found:
                state.attributed.add(ref)


@dataclass(frozen=True)
class _Reading:
    """One sentence read as speaking of ``ref``: its text (crime names folded to 罪), the article's versions and
    bands, the one in force, and what the attribution rests on."""

    state: State
    sentence: Span
    ref: str
    versions: tuple[law.Provision, ...]
    current: law.Provision | None
    plain: str
    all_bands: dict[date, tuple[_Band, ...]]
    attribution: tuple[Step, ...]

    @property
    def labels(self) -> tuple[str, str]:
        return label_of(self.versions[-1])

    @property
    def current_bands(self) -> tuple[_Band, ...]:
        return self.all_bands.get(self.current.effective_from, ()) if self.current else ()

    @property
    def where(self) -> tuple[int, int]:
        return self.sentence.start, self.sentence.end


def _reading(state: State, sentence: Span, ref: str, versions: tuple[law.Provision, ...], how: Kind) -> _Reading:
    text = state.norm[sentence.start : sentence.end]
    pattern = crime_pattern()
    zh, en = label_of(versions[-1])
    attribution: tuple[Step, ...] = ()
    if how is Kind.READING:
        attribution = (
            Step(
                f"这句话没有引条号，但讲的是{zh}的内容（并且说到刑罚）：按{zh}核对。",
                f"The sentence cites no article, but it treats the subject of {en} (and names a penalty): it is "
                f"checked against {en}.",
                ref,
                Kind.READING,
            ),
        )
    return _Reading(
        state=state,
        sentence=sentence,
        ref=ref,
        versions=versions,
        current=in_force(versions, state.on),
        plain=pattern.sub("罪", text) if pattern is not None else text,
        all_bands={v.effective_from: _version_bands(ref, v.effective_from) for v in versions},
        attribution=attribution,
    )


def _check_sentence(
    state: State, sentence: Span, ref: str, versions: tuple[law.Provision, ...], how: Kind, line_bands: list[_Band]
) -> bool:
    """Penalties, wording and paragraphs of one sentence that speaks of ``ref``; True if it says anything checkable."""
    r = _reading(state, sentence, ref, versions, how)
    bands = _bands(r.plain)
    wrong: list[Step] = []
    outdated: list[Step] = []
    for band in bands:
        wrong += _unknown_words(r, band)
        band_wrong, band_outdated = _band_steps(r, band)
        wrong += band_wrong
        outdated += band_outdated
    wording = _wording_steps(r)
    outdated += wording
    if wrong:
        missing = _missing_bands(r, bands, line_bands)
        if missing and not outdated:
            wrong.append(
                Step(
                    "这里还漏了" + "、".join(f"“{z}”" for z, _ in missing) + "一档。",
                    "It also leaves out the band(s) of " + ", ".join(e for _, e in missing) + ".",
                    ref,
                )
            )
        _report_wrong(r, wrong)
    if outdated:
        _report_outdated(r, outdated, bool(bands))
    mixed = _report_mixed(r)
    return bool(bands) or bool(wording) or mixed


def _unknown_words(r: _Reading, band: _Band) -> list[Step]:
    """Words ending in 徒刑 that are no penalty (有限徒刑), with the closest real one."""
    principal, _ = penalty_words()
    zh, en = r.labels
    out = []
    for word in band.unknown:
        guess = get_close_matches(word, principal, n=1, cutoff=0.4)
        better_zh = f"，应为“{guess[0]}”" if guess else ""
        better_en = f"; read '{guess[0]}'" if guess else ""
        out.append(
            Step(
                f"“{word}”不是刑法规定的刑罚{better_zh}；{zh}的任何版本都没有这个词。",
                f"'{word}' is no penalty of the Criminal Law{better_en}; no version of {en} has the word.",
                r.ref,
            )
        )
    return out


def _band_steps(r: _Reading, band: _Band) -> tuple[list[Step], list[Step]]:
    """One band of the sentence against the article's bands: its range of years, its penalties, its fine."""
    zh, en = r.labels
    on = r.state.on.isoformat()
    ranged = band.low is not None or band.high is not None
    range_zh, range_en = _range_text(band.low, band.high)
    wrong: list[Step] = []
    outdated: list[Step] = []

    def same_range(b: _Band) -> bool:
        return (b.low, b.high) == (band.low, band.high)

    def first_version(froms: list[date]) -> law.Provision:
        return next(v for v in r.versions if v.effective_from in froms)

    if ranged:
        in_any = [f for f, bs in r.all_bands.items() if any(same_range(b) for b in bs)]
        if not in_any:
            wrong.append(
                Step(
                    f"{zh}的任何版本都没有“{range_zh}”这一档刑罚。",
                    f"No version of {en} has a band of {range_en}.",
                    r.ref,
                )
            )
        elif not any(same_range(b) for b in r.current_bands):
            old = first_version(in_any)
            outdated.append(
                step_on(
                    f"“{range_zh}”这一档出自{period(old)[0]}，{on}有效的文本没有这一档。",
                    f"The band of {range_en} comes from {period(old)[1]}; the text in force on {on} has no such band.",
                    old,
                )
            )
    for word in sorted(band.terms - {"罚金"}):

        def holds(b: _Band, word: str = word) -> bool:
            return word in b.terms and (not ranged or same_range(b))

        anywhere = [f for f, bs in r.all_bands.items() if any(holds(b) for b in bs)]
        if not anywhere:
            where_zh = f"“{range_zh}”一档" if ranged else "条文"
            where_en = f"the band of {range_en}" if ranged else "the article"
            wrong.append(
                Step(
                    f"{zh}的任何版本在{where_zh}中都没有“{word}”。",
                    f"No version of {en} has '{word}' in {where_en}.",
                    r.ref,
                )
            )
        elif not any(holds(b) for b in r.current_bands) and any(same_range(b) for b in r.current_bands):
            old = first_version(anywhere)
            outdated.append(
                step_on(
                    f"“{range_zh}”一档中的“{word}”出自{period(old)[0]}；{on}有效的文本已经没有。",
                    f"'{word}' in the band of {range_en} comes from {period(old)[1]}; the text in force on {on} no "
                    "longer has it.",
                    old,
                )
            )
    if ranged:
        wrong += _fine_step(r, band, same_range, range_zh, range_en)
    return wrong, outdated


_FINE_ZH = {"either": "并处或者单处罚金", "together": "并处罚金"}
_FINE_EN = {"either": "a fine in addition or alone", "together": "a fine in addition (never alone)"}


def _fine_step(r: _Reading, band: _Band, same_range: Any, range_zh: str, range_en: str) -> list[Step]:
    """A fine always added where the article allows a fine alone (or the reverse)."""
    if band.fine not in _FINE_ZH:
        return []
    targets = [b for b in r.current_bands if same_range(b) and b.fine in _FINE_ZH]
    if not targets or any(b.fine == band.fine for b in targets):
        return []
    zh, en = r.labels
    law_fine = targets[0].fine or "either"
    return [
        Step(
            f"“{range_zh}”一档，{zh}规定的是“{_FINE_ZH[law_fine]}”，这里写成了“{_FINE_ZH[band.fine]}”的意思。",
            f"In the band of {range_en}, {en} says '{_FINE_ZH[law_fine]}' ({_FINE_EN[law_fine]}); the text says "
            f"{_FINE_EN[band.fine]}.",
            r.ref,
        )
    ]


def _missing_bands(r: _Reading, bands: list[_Band], line_bands: list[_Band]) -> list[tuple[str, str]]:
    """The ranged bands of the text in force that the sentence's paragraph leaves out."""
    principal, _ = penalty_words()
    if not r.current or not line_bands or not any(b.low is not None or b.high is not None for b in bands):
        return []
    said = {(b.low, b.high) for b in line_bands}
    return [
        _range_text(b.low, b.high)
        for b in r.current_bands
        if (b.low is not None or b.high is not None) and (b.low, b.high) not in said and b.terms & set(principal)
    ]


def _wording_steps(r: _Reading) -> list[Step]:
    """Phrases of the sentence found only in a version not in force (penalty words aside)."""
    if r.current is None:
        return []
    zh, en = r.labels
    on = r.state.on.isoformat()
    now_grams = grams_of(r.current.text_zh)
    out = []
    for version in r.versions:
        if version.effective_from == r.current.effective_from:
            continue
        runs = [run for run in runs_of(r.plain, grams_of(version.text_zh) - now_grams) if not _penalty_only(run)]
        if runs:
            phrases = "”“".join(runs)
            out.append(
                step_on(
                    f"“{phrases}”是{zh}{period(version)[0]}的措辞，{on}有效的文本没有。",
                    f"'{phrases}' is the wording of {period(version)[1]} of {en}; the text in force on {on} does not "
                    "have it.",
                    version,
                )
            )
    return out


def _report_wrong(r: _Reading, wrong: list[Step]) -> None:
    zh, en = r.labels
    penalty_text = "\n".join(_clauses_with_penalties(r.current or r.versions[-1]))
    r.state.found(
        WRONG_PENALTY,
        r.ref,
        r.where,
        (f"这里说的刑罚{zh}没有：" + wrong[0].text_zh, f"The penalty given here is not in {en}: " + wrong[0].text_en),
        (*r.attribution, *wrong, *caveats(r.current)),
        expected=penalty_text or None,
    )


def _report_outdated(r: _Reading, outdated: list[Step], has_bands: bool) -> None:
    zh, en = r.labels
    law_text = "\n".join(_clauses_with_penalties(r.current)) if r.current and has_bands else None
    if r.current is not None and not law_text:
        law_text = r.current.text_zh
    r.state.found(
        OUTDATED_VERSION,
        r.ref,
        r.where,
        (
            f"这句话讲的是{zh}在{date_zh(r.state.on)}不在施行的文本：" + outdated[0].text_zh,
            f"This sentence describes a text of {en} not in force on {r.state.on.isoformat()}: " + outdated[0].text_en,
        ),
        (*r.attribution, *outdated, *caveats(*r.versions)),
        expected=law_text,
    )


def _report_mixed(r: _Reading) -> bool:
    """One sentence that uses the own wording of two or more paragraphs of the article in force (a reading)."""
    current = r.current
    mixed = _mixed(r.plain, current) if current is not None else []
    if current is None or len(mixed) < 2:
        return False
    zh, en = r.labels
    numbers = "、".join(f"第{n}款" for n, _ in mixed)
    numbers_en = ", ".join(str(n) for n, _ in mixed)
    groups = paragraph_groups(current)
    steps = [
        step_on(
            f"这一句同时用了{zh}{numbers}的文字：" + "；".join(f"第{n}款“{'”“'.join(run)}”" for n, run in mixed) + "。",
            f"This one sentence uses the words of paragraphs {numbers_en} of {en}: "
            + "; ".join(f"para. {n} '{' / '.join(run)}'" for n, run in mixed)
            + ".",
            current,
            Kind.READING,
        ),
        step_on(
            "各款规定的是不同的规则（构成要件、从重情节、单位犯罪……），应当分开读。",
            "Each paragraph states a separate rule (the offence, an aggravating circumstance, a unit's liability …): "
            "read them apart.",
            current,
            Kind.READING,
        ),
    ]
    r.state.found(
        MIXED_PARAGRAPHS,
        r.ref,
        r.where,
        (f"这一句把{zh}{numbers}混在一起了。", f"This sentence runs paragraphs {numbers_en} of {en} together."),
        (*r.attribution, *steps),
        expected="\n".join("\n".join(groups[n - 1]) for n, _ in mixed),
    )
    return True


_PENALTY_GLUE = re.compile(rf"{NUM}年以[上下]|有期|徒刑|拘役|管制|罚金|并处|单处|或者|判处|处")


def _penalty_only(run: str) -> bool:
    """A phrase made only of penalty words and years (those are checked band by band, not as wording)."""
    return len(_PENALTY_GLUE.sub("", run)) < 3


def _clauses_with_penalties(prov: law.Provision | None) -> list[str]:
    if prov is None:
        return []
    principal, supplementary = penalty_words()
    words = (*principal, *supplementary)
    return [c for c in clauses_of(prov) if any(w in c for w in words)]


def _mixed(sentence: str, prov: law.Provision) -> list[tuple[int, list[str]]]:
    """The paragraphs of ``prov`` whose own wording (found in no other paragraph) the sentence uses."""
    groups = ["\n".join(g) for g in paragraph_groups(prov)]
    if len(groups) < 2:
        return []
    grams = [grams_of(g) for g in groups]
    out = []
    for i, own in enumerate(grams):
        others = frozenset().union(*(g for j, g in enumerate(grams) if j != i))
        runs = runs_of(sentence, own - others)
        if runs:
            out.append((i + 1, runs))
    return out
