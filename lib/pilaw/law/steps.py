"""Every computed result explains itself: a tuple of steps, each naming the provision it applies."""

from __future__ import annotations

import enum
from dataclasses import dataclass

PAGE_CLAIM = "page/claim"  # the source web page's rule: quoted, never law


@dataclass(frozen=True)
class Step:
    """One line of reasoning. ``cites`` is a corpus reference (``"pipl/69"``) or ``"page/claim"``."""

    text_zh: str
    text_en: str
    cites: str

    def __str__(self) -> str:
        return f"{self.text_en} [{self.cites}]"


class Bilingual(enum.Enum):
    """An enumeration whose members carry a code and labels in both languages: ``A = ("a", "中文", "English")``."""

    def __new__(cls, code: str, zh: str, en: str):
        member = object.__new__(cls)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member
