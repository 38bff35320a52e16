"""What the three PIPL rules share: one item of a list the law demands, dated steps, and the choice of a regime.

Every step is made by :func:`step`, which looks its provision up on the day (so a step can only cite a text in
force that day) and marks it :attr:`Kind.UNVERIFIED` where the corpus says the text was not verified, unless the
step is a reading or says what is not assessed. :func:`pick` chooses a regime: the first entry of a table whose
provision is in force on the day, newest first; the dates come from the corpus, not from code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.steps import Kind, Step

T = TypeVar("T")

__all__ = ["Item", "choice", "describe", "keys", "pick", "step", "zh_date"]


@dataclass(frozen=True)
class Item:
    """One thing the law demands (a notice item, a remedy, a ground of refusal), with the provision it comes from."""

    text_zh: str
    text_en: str
    cites: str

    def __str__(self) -> str:
        return f"{self.text_en} [{self.cites}]"


def zh_date(day: date) -> str:
    """``date(2021, 11, 1)`` → ``"2021年11月1日"``, as dates are written in Chinese prose."""
    return f"{day.year}年{day.month}月{day.day}日"


def step(zh: str, en: str, ref: str, day: date, kind: Kind = Kind.APPLIES) -> Step:
    """A step citing ``ref`` as in force on ``day`` (:class:`pilaw.LawError` if it was not): a step that applies a
    text the corpus marks unverified becomes :attr:`Kind.UNVERIFIED` and says so in both languages."""
    prov = law.provision(ref, day)
    if kind is Kind.APPLIES and not prov.verified:
        return Step(
            f"{zh}（注意：该条文本未经官方核实。）",
            f"{en} (Note: this text is not verified against an official source.)",
            ref,
            Kind.UNVERIFIED,
        )
    return Step(zh, en, ref, kind)


def pick(table: Sequence[tuple[str, T]], day: date) -> T | None:
    """The first entry of ``table`` (``(ref, regime)`` pairs, newest first) whose provision is in force on ``day``."""
    for ref, regime in table:
        if law.is_in_force(ref, day):
            return regime
    return None


def choice(value: object, field: str, options: dict[str, tuple[str, str]]) -> str:
    """One key of ``options`` (``{key: (zh, en)}``); anything else is refused, listing the keys in both languages."""
    if isinstance(value, str) and value.strip() in options:
        return value.strip()
    listed_zh = "、".join(f"{key}（{zh}）" for key, (zh, _en) in options.items())
    raise InputError(field, f"须为下列之一：{listed_zh}", f"must be one of {', '.join(options)}, not {value!r}")


def keys(value: object, field: str, options: dict[str, tuple[str, str]]) -> frozenset[str]:
    """A set of keys of ``options``: a set, list or tuple of strings (a single string is refused: it is not a set)."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InputError(field, "需要一组选项（可以为空）", f"needs a set of options (may be empty), not {value!r}")
    return frozenset(choice(item, field, options) for item in value)


def describe(chosen: Iterable[str], options: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The Chinese and English names of ``chosen``, in the order of ``options``."""
    picked = [key for key in options if key in set(chosen)]
    return "、".join(options[key][0] for key in picked), "; ".join(options[key][1] for key in picked)
