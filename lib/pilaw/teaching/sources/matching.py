"""Matching a passage with an article: the character diff, the alignment of a quotation, paragraphs and n-grams."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from pilaw import law
from pilaw.teaching.sources.records import CHANGED, EDGE, EQUAL, EXTRA, GRAM, MISSING, PUNCT, RUN, DiffSpan
from pilaw.teaching.sources.script import FOLD, is_mark, skeleton

# --------------------------------------------------------------------------- diff


def diff_spans(left: str, right: str) -> tuple[DiffSpan, ...]:
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


def changes_text(spans: Iterable[DiffSpan]) -> tuple[list[str], list[str]]:
    """One phrase per real change, in Chinese and in English."""
    zh, en = [], []
    for s in spans:
        left, right = s.left.replace("\n", "¶"), s.right.replace("\n", "¶")
        if s.kind == MISSING:
            zh.append(f"少了“{right}”")
            en.append(f"'{right}' is missing")
        elif s.kind == EXTRA:
            zh.append(f"多出“{left}”")
            en.append(f"'{left}' is added")
        elif s.kind == CHANGED:
            zh.append(f"“{right}”写成了“{left}”")
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
class Alignment:
    version: law.Provision
    expected: str  # the part of the version's text the quotation corresponds to
    ratio: float
    exact: bool  # the same characters, marks aside


def align(quote_norm: str, version_text: str) -> tuple[str, float, bool] | None:
    """Where in ``version_text`` the quotation sits: (the corresponding text, similarity, same characters).

    Marks are left aside. The matched region is widened to a clause boundary within :data:`EDGE` characters,
    so that a quotation that lost its first or last characters ("然人的…" for "自然人的…") is compared with the
    whole clause."""
    q_skel, _ = skeleton(quote_norm)
    v_skel, v_pos = skeleton(version_text)
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


def paragraph_text(prov: law.Provision, paragraph: int | None) -> str:
    """The version's text, or only paragraph (款) ``paragraph`` with its items when the citation names one."""
    if paragraph is None:
        return prov.text_zh.translate(FOLD)
    groups = paragraph_groups(prov)
    if 1 <= paragraph <= len(groups):
        return "\n".join(groups[paragraph - 1]).translate(FOLD)
    return prov.text_zh.translate(FOLD)


_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]")


def paragraph_groups(prov: law.Provision) -> list[list[str]]:
    """The paragraphs (款) of a version, each with the items (项) that follow it."""
    groups: list[list[str]] = []
    for entry in prov.paragraphs_zh:
        if _ITEM.match(entry) and groups:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return groups


def best_alignments(quote_norm: str, versions: tuple[law.Provision, ...], paragraph: int | None) -> list[Alignment]:
    out = []
    for version in versions:
        found = align(quote_norm, paragraph_text(version, paragraph))
        if found is not None:
            out.append(Alignment(version, *found))
    return out


@cache
def grams_of(text: str) -> frozenset[str]:
    skel, _ = skeleton(text)
    return frozenset(skel[i : i + GRAM] for i in range(len(skel) - GRAM + 1))


def runs_of(sentence: str, grams: frozenset[str]) -> list[str]:
    """Phrases of at least :data:`RUN` characters of the sentence made of n-grams in ``grams``."""
    skel, _ = skeleton(sentence)
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
