"""Errors that speak to a student in Chinese and English."""

from __future__ import annotations


class PilawError(Exception):
    """Base class: every message has a Chinese and an English half."""

    def __init__(self, zh: str, en: str):
        self.zh = zh
        self.en = en
        super().__init__(f"{zh} / {en}")


class InputError(PilawError, ValueError):
    """A value typed or passed by a user cannot be used (empty, negative, not a number …)."""

    def __init__(self, field: str, zh: str, en: str):
        self.field = field
        super().__init__(f"“{field}”{zh}", f"'{field}': {en}")


class LawError(PilawError, LookupError):
    """No provision or figure answers the question (unknown reference, or a date before the law)."""
