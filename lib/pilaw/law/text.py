"""Text helpers every layer shares: how a ratio, a multiple or a caveat reads in a step or a label, and what kind of
step rests on a record that was not fully checked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from pilaw.law.corpus import Figure, Provision
from pilaw.law.money import format_yuan
from pilaw.law.steps import Kind

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """An article, paragraph or item number as the law writes it: 2 → 二, 10 → 十, 12 → 十二, 25 → 二十五, 253 → 二百五十三."""
    if not 0 < n < 10_000:
        raise ValueError(f"{n} is outside 1–9999")
    text, pending_zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        digit, n = divmod(n, unit)
        if digit:
            text += ("零" if pending_zero else "") + ("" if unit == 10 and digit == 1 and not text else _DIGITS[digit])
            text, pending_zero = text + name, False
        elif text:
            pending_zero = True
    return text + (("零" if pending_zero else "") + _DIGITS[n] if n else "")


def date_zh(day: date) -> str:
    """A date as Chinese prose writes it: 2021年11月1日."""
    return f"{day.year}年{day.month}月{day.day}日"


def pinpoint_zh(paragraph: int | None, item: int | None = None) -> str:
    """``第二款第四项`` (empty without a paragraph)."""
    if paragraph is None:
        return ""
    return f"第{chinese_number(paragraph)}款" + ("" if item is None else f"第{chinese_number(item)}项")


def number_zh(value: Fraction | Decimal | int) -> str:
    """A count or ratio as Chinese prose writes it, without digit grouping: ``5000``, ``52/5``."""
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def fraction_text(value: Fraction | int) -> str:
    """``35/50`` or ``10``, with thousands separators, unreduced parts kept as given: ``Fraction(7, 10)`` → ``7/10``."""
    value = Fraction(value)
    if value.denominator == 1:
        return f"{value.numerator:,}"
    return f"{value.numerator:,}/{value.denominator:,}"


def multiple_text(value: Fraction | int) -> str:
    """A multiple as a court or a statute writes it: ``3``, ``2.5`` when it ends in decimals, else ``4/3``."""
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    decimal = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(decimal) == value:
        return f"{decimal.normalize():f}"
    return f"{value.numerator}/{value.denominator}"


def percent_text(ratio: Fraction | Decimal) -> str:
    """``Fraction(5, 100)`` → ``"5 %"`` (Decimal's own percent format, so no factor is written here)."""
    share = Decimal(ratio.numerator) / Decimal(ratio.denominator) if isinstance(ratio, Fraction) else ratio
    return f"{share.normalize():%}".removesuffix("%") + " %"


def percent_zh(ratio: Fraction | Decimal) -> str:
    """``Fraction(5, 100)`` → ``"5%"``: Chinese writes the sign against the number."""
    return percent_text(ratio).replace(" ", "")


def rounding_text(amount: Decimal, factor: Fraction | int) -> tuple[str, str]:
    """The note a step gives when :func:`pilaw.law.money.times` had to round: ``(zh, en)``."""
    shown, multiple = format_yuan(amount), multiple_text(factor)
    return (
        f"{shown}元 × {multiple} 不能整除到分，四舍五入到分。",
        f"{shown} yuan × {multiple} does not come out in whole fen; rounded to the fen.",
    )


def unverified_caveat(fig: Figure, *, of_text: bool = False) -> tuple[str, str]:
    """The caveat a step adds after a figure not fully checked against an official text (``of_text``: after a
    rule of the same text, which is no amount): ``(zh, en)``, both empty for a verified figure."""
    if fig.verified:
        return "", ""
    return f"（{'该条文本' if of_text else '此数额'}未经充分核实：{fig.note_zh}）", f" (Not fully verified: {fig.note})"


def kind_resting_on(*records: Provision | Figure, kind: Kind = Kind.APPLIES) -> Kind:
    """The kind of a step that rests on ``records``: :attr:`Kind.UNVERIFIED` when it would apply the law but one
    of them is not fully verified; otherwise ``kind`` (a reading or a "not assessed" stays what it is)."""
    if kind is Kind.APPLIES and not all(record.verified for record in records):
        return Kind.UNVERIFIED
    return kind
