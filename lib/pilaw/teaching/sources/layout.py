"""Lines and sentences of a text, as spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# --------------------------------------------------------------------------- lines and sentences


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def lines_in(text: str) -> list[Span]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return out


SENTENCE_END = re.compile(r"[。！？；\n]")


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    out, pos = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if text[pos : m.start()].strip():
            out.append(Span(pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append(Span(pos, end))
    return out


def trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def line_of(lines: list[Span], pos: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo
