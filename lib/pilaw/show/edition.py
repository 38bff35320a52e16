"""Which edition of the course is on screen: the English edition (bilingual, as the course has always looked) or
the Chinese edition (中文版), set once by the setup cell (``course.check_environment(edition="zh")``).

The renderers read it: in the Chinese edition a provision shows the official Chinese with the unofficial English
folded away beneath it, step tables drop their English column, and exercises show their Chinese only, with the
English a click away. The rules are the same in both editions; only what is drawn differs.
"""

from __future__ import annotations

from pilaw.law.errors import InputError

__all__ = ["EDITIONS", "current", "say", "set_edition", "zh"]

EDITIONS = ("en", "zh")
_state = {"edition": "en"}


def set_edition(edition: str) -> None:
    if edition not in EDITIONS:
        raise InputError(
            "edition",
            f"没有“{edition}”版：只有 en（英文版）和 zh（中文版）",
            f"no edition {edition!r}: there are en (English) and zh (Chinese)",
        )
    _state["edition"] = edition


def current() -> str:
    return _state["edition"]


def zh() -> bool:
    """True in the Chinese edition."""
    return _state["edition"] == "zh"


def say(zh_text: str, en_text: str) -> None:
    """Print a line of a lesson's code cell in the reader's edition: the Chinese in the Chinese edition, the English
    in the English one (a code cell is the same in both)."""
    print(zh_text if zh() else en_text)
