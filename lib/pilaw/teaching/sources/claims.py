"""Numeric rules: an amount or a multiple attributed to a law whose provisions do not contain it."""

from __future__ import annotations

import re
from decimal import Decimal

from pilaw.law.steps import PAGE_CLAIM, Step
from pilaw.teaching.sources.citations import Mention, law_mentions
from pilaw.teaching.sources.data import corpus_table, law_label, terms, versions_of
from pilaw.teaching.sources.findings import State, label_of, step_on
from pilaw.teaching.sources.layout import Span, line_of, lines_in, sentences_in, trim
from pilaw.teaching.sources.numbers import law_numbers, numbers_in, where_number
from pilaw.teaching.sources.records import CLAIM_NOT_FOUND, Citation

# --------------------------------------------------------------------------- numeric rules

_BASIS = re.compile(r"^\s*(?:法律|法规)?依据\s*[：:]?")


def _claim_law(
    state: State, sentence: Span, cites: list[Citation], mentions: list[Mention], lines: list[Span]
) -> str | None:
    """The law a sentence's rule is attributed to: a law it names or cites, else one named in its paragraph,
    else the law a following "法律依据" line gives."""
    for c in cites:
        if sentence.start <= c.start < sentence.end and c.law:
            return c.law
    for m in mentions:
        if sentence.start <= m.start < sentence.end and m.key:
            return m.key
    line_no = line_of(lines, sentence.start)
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


def check_claims(state: State, cites: list[Citation]) -> None:
    """Each sentence that attributes amounts or multiples to a law: those the corpus's provisions of that law do not
    contain are a claim not found."""
    norm = state.norm
    numbers = numbers_in(norm)
    if not numbers:
        return
    mentions = law_mentions(norm)
    lines = lines_in(norm)
    done: set[tuple[int, int]] = set()
    for start, end, _, _ in numbers:
        if state.inside_quote(start, end):
            continue
        line = lines[line_of(lines, start)]
        sentence = next((s for s in sentences_in(norm, line.start, line.end) if s.start <= start < s.end), None)
        if sentence is None or (sentence.start, sentence.end) in done:
            continue
        key = _claim_law(state, sentence, cites, mentions, lines)
        if key is None or key not in corpus_table():
            continue
        done.add((sentence.start, sentence.end))
        state.attributed.update(c.ref for c in cites if c.ref and sentence.start <= c.start < sentence.end)
        absent = [n for n in numbers if sentence.start <= n[0] < sentence.end and (n[2], n[3]) not in law_numbers(key)]
        if absent:
            _claim_not_found(state, trim(norm, sentence), line, key, absent)


def _claim_not_found(
    state: State, sentence: Span, line: Span, key: str, absent: list[tuple[int, int, str, Decimal]]
) -> None:
    norm = state.norm
    wording = terms()["not_found"]
    law_zh, law_en = law_label(key)
    shown = "、".join(norm[a:b] for a, b, _, _ in absent)
    held = sum(len(vs) for vs in corpus_table()[key].values())
    first_ref = next(iter(corpus_table()[key].values()))[0].ref
    steps = [
        Step(
            f"原文把“{shown}”作为{law_zh}的规则。", f"The text gives '{shown}' as a rule of the {law_en}.", PAGE_CLAIM
        ),
        Step(
            f"课程语料库收有{law_zh}的{held}个条文版本，其中都没有这个数额。",
            f"The corpus holds {held} provision version(s) of the {law_en}; none contains this figure.",
            first_ref,
        ),
    ]
    see: list[str] = []
    _subject_steps(norm[sentence.start : sentence.end], norm[line.start : line.end], steps, see)
    _elsewhere_steps(norm, key, absent, steps, see)
    steps.append(Step(f"结论：{wording['zh']}。", f"Conclusion: {wording['en']}.", see[0] if see else first_ref))
    state.found(
        CLAIM_NOT_FOUND,
        None,
        (sentence.start, sentence.end),
        (
            f"“{shown}”：课程语料库所收的{law_zh}条文中没有这个数额；{wording['zh']}。",
            f"'{shown}': the provisions of the {law_en} that the course holds contain no such figure; {wording['en']}.",
        ),
        steps,
        law=key,
        see_also=dict.fromkeys(see),
    )


def _subject_steps(text: str, paragraph: str, steps: list[Step], see: list[str]) -> None:
    """What the law says on the sentence's subject (``terms.json`` "damages_subjects"), each provision a step."""
    for subject in terms()["damages_subjects"]:
        if not (all(k in text for k in subject["keywords"]) and all(k in paragraph for k in subject["with"])):
            continue
        for ref in subject["refs"]:
            versions = versions_of(ref)
            if not versions:
                continue
            see.append(ref)
            r_zh, r_en = label_of(versions[-1])
            steps.append(
                step_on(
                    f"就这个问题，{r_zh}的规定中没有这样的数额。",
                    f"On this subject, {r_en} contains no such figure.",
                    versions[-1],
                )
            )
        steps.append(
            Step(f"法律的规定是：{subject['note_zh']}。", f"The law: {subject['note_en']}.", subject["refs"][0])
        )


def _elsewhere_steps(
    norm: str, key: str, absent: list[tuple[int, int, str, Decimal]], steps: list[Step], see: list[str]
) -> None:
    """The same figure in another law's provision: another rule, to be checked (at most three per figure)."""
    for a, b, unit, value in absent:
        for ref in [r for r in where_number(unit, value) if not r.startswith(key + "/")][:3]:
            versions = versions_of(ref)
            r_zh, r_en = label_of(versions[-1])
            see.append(ref)
            steps.append(
                step_on(
                    f"“{norm[a:b]}”这个数额见于{r_zh}——那是另一部法律的另一条规则，须核对是否就是所说的规则。",
                    f"The figure '{norm[a:b]}' appears in {r_en}: another law's rule; check whether it is the rule "
                    "meant.",
                    versions[-1],
                )
            )
