"""Dates and yes/no answers given by a user: read one way everywhere, refused clearly.

The rules take the date of the conduct (``on``, ``conduct_date``, ``trial_date`` …) and yes/no facts
(``serious``, ``wilful`` …) as keyword arguments; the calculators pass what a date picker or a checkbox holds.
Both are read here, so that every module accepts the same things and refuses the rest with
:class:`pilaw.InputError` naming the field in Chinese and English.

    >>> from datetime import date, datetime
    >>> parse_date("2025-10-15")
    datetime.date(2025, 10, 15)
    >>> parse_date(datetime(2025, 10, 15, 9, 30))
    datetime.date(2025, 10, 15)
    >>> parse_flag(True, "serious")
    True
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pilaw.law.errors import InputError

__all__ = ["parse_date", "parse_flag"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_flag(value: object, field: str) -> bool:
    """A yes/no fact: only a real ``bool`` is accepted.

    ``1``, ``0``, ``"yes"``, ``"True"`` and ``None`` raise :class:`InputError` naming ``field`` (是/否 · True/False),
    so that a number or a word typed by mistake never counts as an answer.
    """
    if not isinstance(value, bool):
        raise InputError(field, "须为“是”或“否”（True/False）", f"must be True or False, not {value!r}")
    return value


def parse_date(value: object, field: str = "on", *, required: bool = False, allow_text: bool = True) -> date:
    """A calendar day: a ``datetime.date``, a ``datetime`` cut to its day, or ISO text such as ``"2025-10-15"``.

    ``None`` means today, unless ``required`` is set: then it raises :class:`InputError` ("请选择一个日期 ·
    choose a date"), as for a date picker left empty. ``allow_text=False`` accepts date objects only (for rules
    whose callers pass ``datetime.date``). Anything else — a bool, a number, other text, an impossible day such as
    ``"2025-02-30"`` — raises :class:`InputError` naming ``field`` in Chinese and English.
    """
    if value is None:
        if required:
            raise InputError(field, "请选择一个日期", "choose a date")
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not allow_text:
        raise InputError(field, "需要一个日期（datetime.date）", f"needs a datetime.date, not {value!r}")
    if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(field, "不是有效日期（例如 2025-10-15）", f"is not a valid date (e.g. 2025-10-15): {value!r}")
