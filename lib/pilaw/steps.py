"""Every computed result explains itself: a tuple of steps, each naming the provision it applies."""

from __future__ import annotations

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
