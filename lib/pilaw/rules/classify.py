"""What personal information is: personal, sensitive and private information, item by item.

Three questions, each answered by a provision:

* Is it **personal information (个人信息)**? Civil Code art. 1034 para. 2 defines it as information that can identify a
  specific natural person alone or in combination with other information, and names nine examples; PIPL art. 4 says the
  same (information relating to an identified or identifiable natural person) and excludes anonymised information
  (匿名化处理后的信息).
* Is it **sensitive personal information (敏感个人信息)**? PIPL art. 28 para. 1 lists categories, its list ends with
  等 ("and so on"), and para. 2 allows processing only for a specific purpose, with sufficient necessity and strict
  protection. Before the PIPL took effect (2021-11-01) the category did not exist in statute.
* Is it **private information (私密信息)**? Civil Code art. 1032 para. 2: what a person does not wish others to know. No
  list: the answer is always "may be", depending on the facts; if it is, art. 1034 para. 3 applies the privacy rules first.

The items and their classification, each with the provision behind it, live in ``data/information_items.json``.

    >>> classify("phone").sensitive
    <Sensitive.NOT_LISTED: 'not_listed'>
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date
from pilaw.law.steps import Kind, Step, of_kind
from pilaw.law.text import date_zh

ITEM_FIELD = "信息项目 item"
DATE_FIELD = "日期 date"
CIVIL_CODE_1034 = "civil_code/1034"
CIVIL_CODE_1038 = "civil_code/1038"
PIPL_28 = "pipl/28"


class Personal(Enum):
    """Why (or why not) an item is personal information."""

    LISTED = "listed"  # named in Civil Code art. 1034 para. 2
    DEFINITION = "definition"  # not named, but meets the general definition (art. 1034 para. 2, PIPL art. 4)
    NOT_PERSONAL = "not_personal"  # anonymised, or not about a natural person


class Sensitive(Enum):
    """Where an item stands under PIPL art. 28."""

    LISTED = "listed"  # named in PIPL art. 28 para. 1
    NOT_LISTED = "not_listed"  # not named; the list is open (等), so the general definition decides on the facts
    NOT_PERSONAL = "not_personal"  # not personal information at all
    NOT_IN_FORCE = "not_in_force"  # the date is before the PIPL took effect


class Private(Enum):
    """Whether an item may be private information (私密信息, Civil Code art. 1032 para. 2): never a hard yes."""

    LIKELY = "likely"  # may be, and typically is
    DEPENDS = "depends"  # may be, depending on the facts
    NOT_PERSONAL = "not_personal"  # no natural person to whom it could be private


@dataclass(frozen=True)
class Item:
    """One kind of information the course classifies, with an example (fictional, masked)."""

    key: str
    label_zh: str
    label_en: str
    example_zh: str
    example_en: str


@dataclass(frozen=True)
class Classification:
    """The answer to the three questions for one item on one date, with the cited steps."""

    key: str
    label_zh: str
    label_en: str
    on: date
    personal: Personal
    sensitive: Sensitive
    private: Private
    settled: bool  # False exactly when a step is a reading of unsettled law (Kind.READING, 尚无定论)
    steps: tuple[Step, ...]

    @property
    def is_personal(self) -> bool:
        return self.personal is not Personal.NOT_PERSONAL

    @property
    def is_sensitive(self) -> bool:
        """True only where PIPL art. 28 names the category; ``NOT_LISTED`` items may still be sensitive on the facts."""
        return self.sensitive is Sensitive.LISTED

    @property
    def may_be_private(self) -> bool:
        return self.private is not Private.NOT_PERSONAL


Record = dict[str, Any]  # one entry of ``information_items.json``
SensitiveRule = Callable[[Record, Personal, date], tuple[Sensitive, list[Step]]]


@cache
def _records() -> tuple[Record, ...]:
    records = law.data("information_items.json")
    assert isinstance(records, list)
    return tuple(records)


def _by_key() -> dict[str, Record]:
    return {rec["key"]: rec for rec in _records()}


def items() -> tuple[Item, ...]:
    """Every item the course classifies, in teaching order (the order of ``information_items.json``)."""
    return tuple(
        Item(rec["key"], rec["label_zh"], rec["label_en"], rec["example_zh"], rec["example_en"]) for rec in _records()
    )


def _parse_item(item_key: object) -> Record:
    table = _by_key()
    if isinstance(item_key, str) and item_key.strip() in table:
        return table[item_key.strip()]
    known = ", ".join(table)
    raise InputError(
        ITEM_FIELD,
        f"没有这个信息项目：{item_key!r}。可选：{known}",
        f"no such item: {item_key!r}. Choose one of: {known}",
    )


def _reason(part: Record) -> Step:
    return Step(part["reason_zh"], part["reason_en"], part["ref"])


def _unsettled(part: Record) -> list[Step]:
    """The data's note on a reading the law does not settle, as a step of that kind (none if the part is settled)."""
    if part["settled"]:
        return []
    return [
        Step(
            f"尚无定论：{part['note_zh']}",
            f"A textual reading, not settled: {part['note_en']}",
            part["ref"],
            Kind.READING,
        )
    ]


# --- 1. Personal information (Civil Code 1034; PIPL 4 once in force) ----------------------------------------------


def _not_identifying() -> list[Step]:
    """Information that cannot identify anyone fails the definition (art. 1034 para. 2); art. 1038 para. 1 is no part
    of the definition but an exception to the processor's ban on providing personal information to others."""
    return [
        Step(
            "无法识别特定自然人且不能复原的信息，不符合第一千零三十四条第二款的定义（“能够单独或者与其他信息结合识别特定自然人”），"
            "因此不是个人信息。",
            "Information from which no specific natural person can be identified, and which cannot be restored, fails the "
            "definition of art. 1034 para. 2 (information that “can identify a specific natural person alone or in "
            "combination with other information”), so it is not personal information.",
            CIVIL_CODE_1034,
            paragraph=2,
        ),
        Step(
            "第一千零三十八条第一款并非个人信息定义的组成部分。该款禁止信息处理者未经同意向他人非法提供个人信息，“但是经过加工无法识别特定个人"
            "且不能复原的除外”——这是对禁止提供的例外：这样的信息可以不经同意提供。",
            "Art. 1038 para. 1 is no part of the definition: it forbids an information processor to provide personal "
            "information to others without consent, “except where the information has been processed so that a specific "
            "individual cannot be identified and the identification cannot be restored” — an exception to the ban on "
            "providing: such information may be provided without consent.",
            CIVIL_CODE_1038,
            paragraph=1,
        ),
    ]


def _personal(rec: Record, on: date) -> tuple[Personal, list[Step]]:
    """Each ground of the data file counts from the day its provision took effect (PIPL art. 4 from the PIPL's). The
    data's ground citing Civil Code art. 1038 is read as :func:`_not_identifying` says: the definition decides."""
    steps: list[Step] = []
    for g in rec["personal"]["grounds"]:
        if not law.is_in_force(g["ref"], on):
            continue
        steps += _not_identifying() if g["ref"] == CIVIL_CODE_1038 else [Step(g["reason_zh"], g["reason_en"], g["ref"])]
    return Personal(rec["personal"]["label"]), steps


# --- 2. Sensitive personal information: one rule per regime ---------------------------------------------------------


def _sensitive_civil_code_2021_01(rec: Record, personal: Personal, on: date) -> tuple[Sensitive, list[Step]]:
    """The Civil Code alone (from 2021-01-01 to the eve of the PIPL): no statutory category of sensitive information."""
    if personal is Personal.NOT_PERSONAL:
        return Sensitive.NOT_PERSONAL, []
    ref = rec["sensitive"]["ref"]
    pipl_start = law.versions(ref)[0].effective_from
    step = Step(
        f"{date_zh(on)}个人信息保护法尚未施行（{date_zh(pipl_start)}起施行），法律上还没有“敏感个人信息”这一类别。",
        f"On {on.isoformat()} the PIPL was not yet in force (from {pipl_start.isoformat()}): the statutory category "
        "of sensitive personal information (敏感个人信息) did not exist yet.",
        ref,
    )
    return Sensitive.NOT_IN_FORCE, [step]


def _sensitive_pipl_2021_11(rec: Record, personal: Personal, on: date) -> tuple[Sensitive, list[Step]]:
    """PIPL art. 28 (from 2021-11-01): para. 1's open list (等), para. 2's conditions for processing."""
    part = rec["sensitive"]
    if personal is Personal.NOT_PERSONAL:
        return Sensitive.NOT_PERSONAL, [_reason(part)]
    sensitive = Sensitive(part["label"])
    steps = [_reason(part)]
    if sensitive is Sensitive.LISTED:
        steps.append(
            Step(
                "因此，只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，方可处理（第二十八条第二款）。",
                "So it may be processed only for a specific purpose, with sufficient necessity and under strict protective "
                "measures (art. 28 para. 2).",
                part["ref"],
            )
        )
    return sensitive, steps + _unsettled(part)


def _sensitive_rule(on: date) -> SensitiveRule:
    """The one place where the date chooses the rule on sensitive information: PIPL art. 28 from the day it took
    effect (the corpus holds the day), the Civil Code alone before it."""
    if law.is_in_force(PIPL_28, on):
        return _sensitive_pipl_2021_11
    return _sensitive_civil_code_2021_01


# --- 3. Private information (Civil Code 1032 para. 2; 1034 para. 3; 1033 item (5)) ------------------------------------


def _private(rec: Record) -> tuple[Private, list[Step]]:
    part = rec["private"]
    private = Private(part["label"])
    if private is Private.NOT_PERSONAL:
        return private, [_reason(part)]
    often_zh, often_en = (
        ("，且往往如此，但仍须视具体情况而定", ", and often is, though it depends on the facts")
        if private is Private.LIKELY
        else ("，须视具体情况而定", ", depending on the facts")
    )
    steps = [
        Step(
            f"可能是私密信息{often_zh}：{part['reason_zh']}判断标准是本人是否不愿为他人知晓（第一千零三十二条第二款）。",
            f"It may be private information (私密信息){often_en}. {part['reason_en']} The test is whether the person "
            "does not wish others to know it (art. 1032 para. 2).",
            part["ref"],
        ),
        Step(
            "如果属于私密信息：依第一千零三十四条第三款，优先适用有关隐私权的规定；没有规定的，适用有关个人信息保护的规定。",
            "If it is private information: under art. 1034 para. 3 the provisions on privacy apply first; where they are "
            "silent, the provisions on personal information apply.",
            CIVIL_CODE_1034,
        ),
        Step(
            "例如，除法律另有规定或者权利人明确同意外，任何组织或者个人不得处理他人的私密信息（第一千零三十三条第五项）。",
            "For example, except as provided by law or with the right holder's express consent, no one may process another "
            "person's private information (art. 1033 item (5)).",
            "civil_code/1033",
        ),
    ]
    return private, steps + _unsettled(part)


def classify(item_key: str, on: date | None = None) -> Classification:
    """Classify one item on the date ``on`` (default today), citing the provision behind each answer.

    Personal information: Civil Code art. 1034 para. 2 (named there, or meeting its general definition), PIPL art. 4
    once in force (anonymised information excluded). Information that cannot identify anyone and cannot be restored
    fails art. 1034 para. 2's definition; Civil Code art. 1038 para. 1 is an exception to the ban on *providing* such
    information, not part of the definition. Sensitive: PIPL art. 28 para. 1's list, which is open (等), and
    para. 2's conditions for processing. Private: Civil Code art. 1032 para. 2 — always "may be", with the reason, and
    art. 1034 para. 3 sends private information to the privacy rules first (e.g. art. 1033 item (5)).

    The classification is ``settled`` unless one of its steps is a reading of unsettled law (:attr:`Kind.READING`).

    Raises :class:`InputError` for an unknown item or a date that is not a date, and :class:`LawError` for a date
    before the Civil Code took effect (the corpus holds no earlier rule).
    """
    rec = _parse_item(item_key)
    day = parse_date(on, DATE_FIELD, allow_text=False)
    law.provision(CIVIL_CODE_1034, day)  # LawError before 2021-01-01: the corpus holds no earlier rule
    personal, personal_steps = _personal(rec, day)
    sensitive, sensitive_steps = _sensitive_rule(day)(rec, personal, day)
    private, private_steps = _private(rec)
    steps = (*personal_steps, *sensitive_steps, *private_steps)
    return Classification(
        key=rec["key"],
        label_zh=rec["label_zh"],
        label_en=rec["label_en"],
        on=day,
        personal=personal,
        sensitive=sensitive,
        private=private,
        settled=not of_kind(steps, Kind.READING),
        steps=steps,
    )
