"""Every computed result explains itself: a tuple of steps, each naming the provision it applies and saying
what kind of step it is, so that a test or a notebook can list, say, every step the calculator did not assess."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

PAGE_CLAIM = "page/claim"  # the source web page's rule: quoted, never law


class Bilingual(enum.Enum):
    """An enumeration whose members carry a code and labels in both languages: ``A = ("a", "中文", "English")``."""

    zh: str
    en: str

    def __new__(cls, code: str, zh: str, en: str) -> Bilingual:
        member = object.__new__(cls)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member


class Kind(Bilingual):
    """What a step does with the law."""

    APPLIES = ("applies", "适用法律", "applies the law")
    READING = ("reading", "对未定问题的一种解读", "a reading of unsettled law")
    NOT_ASSESSED = ("not_assessed", "本计算器未评估", "not assessed by the calculator")
    UNVERIFIED = ("unverified", "所依据的文本未经核实", "rests on unverified text")
    PAGE = ("page", "网页所称，并非法律", "what the page claims, not law")


@dataclass(frozen=True)
class Step:
    """One line of reasoning. ``cites`` is a corpus reference (``"pipl/69"``) or ``"page/claim"``, narrowed where
    the law's unit is smaller by ``paragraph`` (款) and ``item`` (项): ``Step(…, "pipl/66", paragraph=2)``; ``kind``
    says whether the step applies the law, reads unsettled law, marks what is not assessed, or rests on unverified
    text."""

    text_zh: str
    text_en: str
    cites: str
    kind: Kind = Kind.APPLIES
    #: the paragraph (款) and item (项) of ``cites`` that decide, where the law's unit is smaller than the article
    paragraph: int | None = field(default=None, kw_only=True)
    item: int | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        if self.cites == PAGE_CLAIM and self.kind is Kind.APPLIES:
            object.__setattr__(self, "kind", Kind.PAGE)

    def __str__(self) -> str:
        return f"{self.text_en} [{self.cites}{self.pinpoint_en}]"

    @property
    def pinpoint_en(self) -> str:
        """`` para. 2 item 4`` (empty where the step cites the whole article)."""
        para = "" if self.paragraph is None else f" para. {self.paragraph}"
        return para + ("" if self.item is None else f" item {self.item}")


def of_kind(steps: Iterable[Step], kind: Kind) -> tuple[Step, ...]:
    """The steps of one kind, in order: ``of_kind(result.steps, Kind.NOT_ASSESSED)``."""
    return tuple(step for step in steps if step.kind is kind)
