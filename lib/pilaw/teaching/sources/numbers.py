"""Numbers as texts write them: Chinese numerals, amounts (元) and multiples (倍)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from pilaw.teaching.sources.data import corpus_table

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
def law_numbers(key: str) -> frozenset[tuple[str, Decimal]]:
    """Every amount and multiple in every version of every provision the corpus holds of law ``key``."""
    out: set[tuple[str, Decimal]] = set()
    for versions in corpus_table().get(key, {}).values():
        for prov in versions:
            out.update((unit, value) for _, _, unit, value in numbers_in(prov.text_zh))
    return frozenset(out)


def where_number(unit: str, value: Decimal) -> list[str]:
    """The corpus references (any law) whose text contains this amount or multiple."""
    refs = []
    for arts in corpus_table().values():
        for ref_versions in arts.values():
            if any((unit, value) in {(u, v) for _, _, u, v in numbers_in(p.text_zh)} for p in ref_versions):
                refs.append(ref_versions[0].ref)
    return refs
