"""Money and counts: parsed exactly, refused clearly.

Amounts are ``decimal.Decimal`` yuan with at most two decimal places (fen). What is accepted:

* ``int`` and ``Decimal``; a finite ``float`` is read through its shortest repr (``0.1`` → ``0.1``);
* text such as ``"1200"``, ``" 1200 "``, ``"1,200.50"``, ``"1200元"``, ``"¥1200"``, ``"￥1,200"``
  and full-width digits (``"１２００"``), which are normalised first (Unicode NFKC).

What is refused, with :class:`pilaw.InputError` naming the field in Chinese and English: ``bool``,
``None``, NaN and infinities, empty text, anything that is not a plain decimal number (``"abc"``,
``"一千"``, ``"1e30"``), negatives, more than two decimal places, and anything above
:data:`MAX_YUAN` (one trillion yuan, far above any fine or award the course deals with).

Counts of pieces of information are non-negative whole numbers up to :data:`MAX_COUNT`.

Every multiple or share of an amount (5 % of a turnover, 3 × a loss) goes through :func:`times`, which has the
library's one rounding policy: the product is exact whenever it has a finite decimal expansion, which is the
case for every whole multiple and every decimal share the law uses (5 % of 999,999,999.99 is 49,999,999.9995,
kept to the fraction of a fen); only a product that never ends in decimals (100 × 4/3) is rounded half up to
the fen, and then ``exact`` is False so the rule can say so in a step.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, Inexact, localcontext
from fractions import Fraction
from typing import NamedTuple

from pilaw.law.corpus import Figure
from pilaw.law.errors import InputError

MAX_YUAN = Decimal("1000000000000")  # 一万亿元 / one trillion yuan
MAX_COUNT = 10**12
MAX_TEXT = 40  # characters; longer text is refused before any parsing
FEN = Decimal("0.01")

_NUMBER = re.compile(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INTEGER = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")


def _clean_text(value: str, field: str) -> str:
    if len(value) > MAX_TEXT:
        raise InputError(field, "输入过长，请输入一个数字", "the text is too long; enter a number")
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise InputError(field, "不能为空，请输入一个数字", "is empty; enter a number")
    return text


def parse_yuan(value: object, field: str = "amount") -> Decimal:
    """Read an amount of yuan exactly, or raise :class:`InputError`."""
    if isinstance(value, bool) or value is None:
        raise InputError(field, "需要一个金额数字", f"needs an amount, not {value!r}")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(field, "不是有限的数字", "is not a finite number")
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        text = _clean_text(value, field)
        negative = text.startswith("-")
        body = text.lstrip("-").strip()
        body = body.removeprefix("¥").removesuffix("元").strip()
        if not _NUMBER.fullmatch(body):
            raise InputError(
                field,
                f"“{value.strip()}”不是金额，请用阿拉伯数字输入，例如 1200 或 1,200.50",
                f"{value.strip()!r} is not an amount; type digits, e.g. 1200 or 1,200.50",
            )
        amount = Decimal(body.replace(",", ""))
        if negative:
            amount = -amount
    else:
        raise InputError(field, "需要一个金额数字", f"needs an amount, not a {type(value).__name__}")
    if not amount.is_finite():
        raise InputError(field, "不是有限的数字", "is not a finite number")
    if amount < 0:
        raise InputError(field, "不能为负数", "cannot be negative")
    if amount > MAX_YUAN:
        raise InputError(field, "超过一万亿元的上限", "is above the ceiling of one trillion yuan")
    if amount != amount.quantize(FEN):
        raise InputError(field, "最多保留两位小数（分）", "may have at most two decimal places (fen)")
    return amount


def parse_optional_yuan(value: object, field: str = "amount") -> Decimal | None:
    """Like :func:`parse_yuan`, but ``None`` (or empty text) means “cannot be determined” (难以确定)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_yuan(value, field)


def parse_count(value: object, field: str = "count") -> int:
    """Read a count of pieces of information (a non-negative whole number)."""
    if isinstance(value, bool) or value is None:
        raise InputError(field, "需要一个整数条数", f"needs a whole number, not {value!r}")
    if isinstance(value, int):
        count = value
    elif isinstance(value, str):
        text = _clean_text(value, field)
        body = text.removesuffix("条").strip()
        if body.startswith("-") and _INTEGER.fullmatch(body[1:].strip()):
            raise InputError(field, "不能为负数", "cannot be negative")
        if not _INTEGER.fullmatch(body):
            raise InputError(
                field,
                f"“{value.strip()}”不是整数条数，请用阿拉伯数字输入，例如 500",
                f"{value.strip()!r} is not a whole number of pieces; type digits, e.g. 500",
            )
        count = int(body.replace(",", ""))
    else:
        raise InputError(field, "需要一个整数条数", f"needs a whole number, not a {type(value).__name__}")
    if count < 0:
        raise InputError(field, "不能为负数", "cannot be negative")
    if count > MAX_COUNT:
        raise InputError(field, "超过一万亿条的上限", "is above the ceiling of one trillion pieces")
    return count


def format_yuan(amount: Decimal | int) -> str:
    """``Decimal('1200.5')`` → ``'1,200.50'``: fen shown only when there are any, and never rounded away
    (a computed cap such as 5 % of 999,999,999.99 shows as ``'49,999,999.9995'``)."""
    amount = Decimal(amount)
    if amount == amount.to_integral_value():
        return f"{int(amount):,}"
    if amount == amount.quantize(FEN):
        return f"{amount.quantize(FEN):,}"
    return f"{amount.normalize():,f}"


def yuan_zh(amount: Decimal | int | Fraction) -> str:
    """An amount as Chinese prose writes it, with its unit: ``5000万元``, ``12亿元``, ``1.5亿元``, ``12800元``, ``1200.50元``;
    no digit grouping, and round amounts in 万 or 亿 as the statutes write their caps (the fen is never rounded away)."""
    if isinstance(amount, Fraction):
        amount = Decimal(amount.numerator) / Decimal(amount.denominator)
    amount = Decimal(amount)
    if amount == amount.to_integral_value() and amount != 0:
        return count_zh(int(amount)) + "元"
    return format_yuan(amount).replace(",", "") + "元"


def count_zh(whole: int) -> str:
    """A whole number as Chinese prose writes it: ``2000万``, ``12亿``, ``1.5亿``, ``12800`` — no digit grouping, round
    numbers in 万 or 亿 as the statutes write them (``1000万人``)."""
    if whole and whole % 100_000_000 == 0:
        return f"{whole // 100_000_000}亿"
    if whole > 100_000_000 and whole % 1_000_000 == 0:  # 1.5亿, as 150000000 is written
        return f"{(Decimal(whole) / 100_000_000).normalize():f}亿"
    if whole and whole % 10_000 == 0:
        return f"{whole // 10_000}万"
    return str(whole)


class Product(NamedTuple):
    """An amount times a factor: ``value`` in yuan, and whether it is ``exact`` (else rounded to the fen)."""

    value: Decimal
    exact: bool


def times(amount: Decimal | int, factor: Fraction | int) -> Product:
    """``amount × factor``, by the one rounding policy of this module: exact whenever the product has a finite
    decimal expansion (``times(Decimal("999999999.99"), Fraction(5, 100))`` → ``49999999.9995``, exact);
    otherwise rounded half up to the fen and flagged (``times(Decimal(100), Fraction(4, 3))`` → ``133.33``,
    not exact)."""
    product = Fraction(amount) * Fraction(factor)
    numerator, denominator = Decimal(product.numerator), Decimal(product.denominator)
    with localcontext() as ctx:
        # Enough digits for any terminating quotient: the numerator's digits plus the denominator's bits and digits.
        ctx.prec = len(str(abs(product.numerator))) + product.denominator.bit_length() + len(str(product.denominator))
        ctx.traps[Inexact] = True
        try:
            return Product(numerator / denominator, True)
        except Inexact:
            ctx.traps[Inexact] = False
            return Product((numerator / denominator).quantize(FEN, rounding=ROUND_HALF_UP), False)


def yuan_of(fig: Figure) -> Decimal:
    """A figure that is an amount (unit ``"yuan"``), typed as the Decimal the corpus reads it as."""
    if not isinstance(fig.value, Decimal):
        raise TypeError(f"{fig.key} is not an amount of yuan")
    return fig.value


def factor_of(fig: Figure) -> Fraction:
    """A figure that is a multiple or a share (unit ``"times"`` or ``"ratio"``), typed as its Fraction."""
    if not isinstance(fig.value, Fraction):
        raise TypeError(f"{fig.key} is not a multiple or a ratio")
    return fig.value
