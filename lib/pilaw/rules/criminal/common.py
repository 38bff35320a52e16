"""What the three offences share: the tiers, the results, the categories of information, the crime names, and
small helpers that quote a figure or a band in a step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypedDict, cast

from pilaw import law
from pilaw.law import Figure, Number, money
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date
from pilaw.law.money import yuan_zh
from pilaw.law.steps import Bilingual, Step
from pilaw.law.text import date_zh, fraction_text

# ---------------------------------------------------------------------------------------------
# Severity


class Severity(Bilingual):
    """The tiers used by arts. 253-1 and 219 (and, for the single band of art. 286-1, SERIOUS)."""

    NONE = ("none", "未达到情节严重", "below 情节严重 (no crime on these numbers)")
    SERIOUS = ("serious", "情节严重", "情节严重 (serious circumstances)")
    ESPECIALLY_SERIOUS = ("especially_serious", "情节特别严重", "情节特别严重 (especially serious circumstances)")

    @property
    def rank(self) -> int:
        """NONE < SERIOUS < ESPECIALLY_SERIOUS, as the position in the enum."""
        return list(Severity).index(self)

    def __lt__(self, other: Severity) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: Severity) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank


# ---------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Share:
    """One category's part of the combined ratio: ``count`` pieces against the ``standard`` that applies
    (halved for an insider), so that a sum like 35/50 + 150/500 can be shown as typed."""

    category: str
    count: int
    standard: Fraction

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.count) / self.standard

    @property
    def text(self) -> str:
        """'35/50' — unreduced, as a student writes it."""
        return f"{self.count:,}/{fraction_text(self.standard)}"


@dataclass(frozen=True)
class Fine:
    """The criminal fine (罚金) an interpretation says is *generally* imposed, ``low`` to ``high`` yuan, computed from
    the illegal gain (or, where the text says so, a fixed range); both None where no figure applies to these facts
    and the court decides. ``conditional`` marks a range that holds only on an assumption its steps state."""

    ref: str
    low: Decimal | None
    high: Decimal | None
    steps: tuple[Step, ...]
    conditional: bool = False

    @property
    def text_zh(self) -> str:
        if self.low is None or self.high is None:
            return "罚金数额由法院确定（本计算器没有可适用的数额标准）"
        prefix = "若违法所得和非法经营数额均无法查清，" if self.conditional else ""
        return f"{prefix}罚金一般为{yuan_zh(self.low)}至{yuan_zh(self.high)}，具体数额由法院确定"

    @property
    def text_en(self) -> str:
        if self.low is None or self.high is None:
            return "the amount of the fine is for the court (no figure this calculator can apply)"
        prefix = (
            "if neither the illegal gain nor the illegal business volume can be ascertained, "
            if self.conditional
            else ""
        )
        return f"{prefix}a fine generally of {yuan(self.low)} to {yuan(self.high)} yuan; the court fixes the amount"


@dataclass(frozen=True)
class Assessment:
    """The result of :func:`pi_severity`, :func:`network_leak_serious` or :func:`network_duty_offence`.

    ``ratio`` is the combined share of the quantity standard that applies to this offender (1 = the
    standard exactly; an insider's standard is already halved); ``gain_ratio`` the same for the
    illegal gain (always 0 for art. 286-1, which has no money standard).
    """

    ref: str
    severity: Severity
    ratio: Fraction
    gain_ratio: Fraction
    sentence_zh: str
    sentence_en: str
    crime_name_zh: str
    crime_name_en: str
    steps: tuple[Step, ...]
    shares: tuple[Share, ...] = ()
    unit: bool = False  # the offender is a unit (单位): a fine on it, the band for its responsible persons
    fine: Fine | None = None  # the fine range, where a band applies

    @property
    def sentence(self) -> str:
        """The band (or the reason there is none), in Chinese and English."""
        return f"{self.sentence_zh} / {self.sentence_en}"

    @property
    def expression(self) -> str:
        """'35/50 + 150/500 = 1': the shares as typed, and their exact sum (or '0' when none)."""
        if not self.shares:
            return "0"
        return " + ".join(share.text for share in self.shares) + f" = {fraction_text(self.ratio)}"


# ---------------------------------------------------------------------------------------------
# Categories of information (2017 interpretation art. 5 items 3-5; 2019 interpretation art. 4 items 1-3)

#: category name -> (group, Chinese label, English label)
CATEGORIES: dict[str, tuple[str, str, str]] = {
    "whereabouts": ("sensitive", "行踪轨迹信息", "whereabouts (location-tracking) information"),
    "communication_content": ("sensitive", "通信内容", "communication content"),
    "credit": ("sensitive", "征信信息", "credit information"),
    "property": ("sensitive", "财产信息", "property information"),
    "accommodation": ("safety", "住宿信息", "accommodation information"),
    "communication_records": ("safety", "通信记录", "communication records"),
    "health": ("safety", "健康生理信息", "health and physiological information"),
    "transaction": ("safety", "交易信息", "transaction information"),
    "other_safety": (
        "safety",
        "其他可能影响人身、财产安全的信息",
        "other information that may affect personal or property safety",
    ),
    "other": ("other", "其他个人信息", "other personal information"),
}

#: category name -> (short Chinese label, short English label), for input boxes and chart legends
CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "whereabouts": ("行踪轨迹", "whereabouts"),
    "communication_content": ("通信内容", "communication content"),
    "credit": ("征信", "credit"),
    "property": ("财产", "property"),
    "accommodation": ("住宿", "accommodation"),
    "communication_records": ("通信记录", "communication records"),
    "health": ("健康生理", "health"),
    "transaction": ("交易", "transaction"),
    "other_safety": ("其他影响人身、财产安全", "other safety-relevant"),
    "other": ("其他个人信息", "any other"),
}

#: the three groups of information, in the order of the interpretations' items
GROUPS: tuple[str, ...] = ("sensitive", "safety", "other")

_ITEMS = cast("dict[str, Any]", law.data("items.json"))
ART_2017_5 = "spc_2017_personal_information/5"
ART_2019_4 = "spc_2019_network/4"
# The item of each group of information: 2019 interpretation art. 4 items 1–3; 2017 interpretation art. 5 para. 1
# items 3–5.
NETWORK_ITEMS: dict[str, int] = _ITEMS[ART_2019_4]["counted"]
PI_ITEMS: dict[str, int] = _ITEMS[ART_2017_5]["counted"]
# 2019 interpretation art. 4 items 5–8: serious consequences that are not counted in pieces.
OTHER_CONSEQUENCES: tuple[int, ...] = tuple(_ITEMS[ART_2019_4]["other_consequences"])

_NUMERALS_ZH = "一二三四五六七八九十"


def item_label(number: int) -> tuple[str, str]:
    """Item ``number`` of an article: ``("第三项", "item 3")``."""
    return f"第{_NUMERALS_ZH[number - 1]}项", f"item {number}"


def group_names(group: str) -> tuple[str, str]:
    """The categories of one group, joined: ``("行踪轨迹信息、通信内容、…", "whereabouts …; …")``."""
    names = [(zh, en) for g, zh, en in CATEGORIES.values() if g == group]
    return "、".join(zh for zh, _ in names), "; ".join(en for _, en in names)


# ---------------------------------------------------------------------------------------------
# Pinpoints: the paragraph (款) and item (项) a step applies, from ``data/items.json``


class Pin(TypedDict):
    """The keyword arguments of :class:`~pilaw.law.steps.Step` that narrow a citation: ``Step(..., **pin(...))``."""

    paragraph: int | None
    item: int | None


_PINPOINTS: dict[str, dict[str, dict[str, list[int]]]] = _ITEMS["pinpoints"]


def pin(ref: str, name: str, on: date | None = None) -> Pin:
    """The paragraph and item called ``name`` of the version of ``ref`` in force on ``on`` (the latest version
    without a date), as listed in ``items.json``: ``pin("criminal_law/253-1", "unit", day)``."""
    version = law.versions(ref)[-1] if on is None else law.provision(ref, on)
    numbers = _PINPOINTS[ref][version.effective_from.isoformat()][name]
    return Pin(paragraph=numbers[0], item=numbers[1] if len(numbers) > 1 else None)


def item_pin(number: int) -> Pin:
    """Item ``number`` of an interpretation article's first paragraph (where its counted items are)."""
    return Pin(paragraph=1, item=number)


# ---------------------------------------------------------------------------------------------
# Small helpers


def parse_pieces(pieces: object, field: str = "pieces") -> dict[str, int]:
    """A dict of category → count, checked, in the order of :data:`CATEGORIES`."""
    if not isinstance(pieces, Mapping):
        raise InputError(
            field,
            '需要一个字典：信息类别 → 条数，例如 {"credit": 35}',
            f"needs a dict of category -> count, e.g. {{'credit': 35}}, not a {type(pieces).__name__}",
        )
    counts: dict[str, int] = {}
    for key, raw in pieces.items():
        if not isinstance(key, str) or key not in CATEGORIES:
            known = ", ".join(CATEGORIES)
            raise InputError(
                field, f"未知的信息类别 {key!r}；可用类别：{known}", f"unknown category {key!r}; use one of: {known}"
            )
        counts[key] = money.parse_count(raw, f"{field}[{key}]")
    return {key: counts[key] for key in CATEGORIES if key in counts}


def num(value: Fraction | int | Decimal) -> str:
    """A count or a number of pieces (possibly a fraction once halved)."""
    if isinstance(value, Decimal):
        return money.format_yuan(value)
    return fraction_text(Fraction(value))


def yuan(value: Fraction | Decimal | int) -> str:
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return money.format_yuan(Decimal(value))


def as_yuan(value: Number) -> Decimal:
    """A figure's value as Decimal yuan."""
    if isinstance(value, Decimal):
        return value
    exact = Fraction(value)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def times(amount: Number, multiple: Number) -> Decimal:
    """An amount times an exact multiple, in yuan."""
    factor = Fraction(multiple)
    return as_yuan(amount) * Decimal(factor.numerator) / Decimal(factor.denominator)


def figure_in_force(key: str, on: date) -> bool:
    """Whether the dated figure ``key`` (not a provision: see :func:`pilaw.law.is_in_force`) has a value on ``on``."""
    try:
        law.figure(key, on)
    except LawError:
        return False
    return True


def first_day(key: str) -> date:
    """The first day of the dated figure ``key``."""
    return law.figure_versions(key)[0].effective_from


def split_band(fig: Figure) -> tuple[str, str, str, str]:
    """A band figure's label quotes '<tier>的，处<band>'; return (tier_zh, band_zh, tier_en, band_en)."""
    tier_zh, band_zh = fig.label_zh.split("的，处", 1)
    tier_en, band_en = fig.label_en.split(": ", 1)
    return tier_zh, band_zh, tier_en, band_en


def cite_name(ref: str) -> tuple[str, str]:
    """``("2025年知识产权刑事解释第十七条", "2025 IP-crime interpretation, art. 17")``."""
    name_zh, _ = law.article_name(ref)
    key, article = ref.split("/", 1)
    return name_zh, f"{law.laws()[key].short_en}, art. {article}"


def parse_trial(trial_date: object, conduct: date) -> date:
    """The date of trial: as given (not before the conduct), or today — or the conduct date if that is later."""
    if trial_date is None:
        return max(parse_date(None, "trial_date"), conduct)
    return check_trial(parse_date(trial_date, "trial_date", allow_text=False), conduct)


def check_trial(trial: date, conduct: date) -> date:
    """The trial date, refused if it is before the conduct."""
    if trial < conduct:
        raise InputError(
            "trial_date",
            f"审理日期（{date_zh(trial)}）不能早于行为日期（{date_zh(conduct)}）",
            f"the trial date ({trial.isoformat()}) cannot be before the conduct date ({conduct.isoformat()})",
        )
    return trial


# ---------------------------------------------------------------------------------------------
# Crime names


def _crime_names() -> dict[str, tuple[tuple[str, str | None, str, str, str], ...]]:
    """Crime names by article and date, from ``data/crime_names.json`` (fixed by the SPC/SPP 罪名补充规定)."""
    raw = cast("dict[str, Any]", law.data("crime_names.json"))
    return {
        ref: tuple((r["effective_from"], r["effective_to"], r["name_zh"], r["name_en"], r["source_zh"]) for r in rows)
        for ref, rows in raw["names"].items()
    }


_CRIME_NAMES = _crime_names()


def crime_name(on: date | None = None, *, ref: str = "criminal_law/253-1") -> tuple[str, str]:
    """The crime name(s) for art. 253-1 (or ``ref="criminal_law/286-1"``) on a date, as ``(zh, en)``.

    Art. 253-1 was added by Criminal Law Amendment VII (in force 2009-02-28). The SPC/SPP named its
    offences from 2009-10-16 (罪名补充规定（四）): 出售、非法提供公民个人信息罪 (para. 1) and
    非法获取公民个人信息罪 (para. 2). From 2015-11-01 (罪名补充规定（六）, with Amendment IX) both
    were replaced by the single name 侵犯公民个人信息罪; the same instrument named the art. 286-1
    offence 拒不履行信息网络安全管理义务罪. Before a name was fixed this raises :class:`LawError`.
    """
    day = parse_date(on, "on", allow_text=False)
    if ref not in _CRIME_NAMES:
        raise InputError(
            "ref",
            "只支持 criminal_law/253-1 和 criminal_law/286-1",
            "only criminal_law/253-1 and criminal_law/286-1 are supported",
        )
    for start, end, zh, en, _source in _CRIME_NAMES[ref]:
        if date.fromisoformat(start) <= day and (end is None or day <= date.fromisoformat(end)):
            return zh, en
    first = first_name_day(ref)
    raise LawError(
        f"{date_zh(day)}时该条尚无司法解释确定的罪名（罪名自{date_zh(first)}起确定）",
        f"on {day.isoformat()} no crime name had been fixed for {ref} (names apply from {first.isoformat()})",
    )


def first_name_day(ref: str) -> date:
    """The first day on which a crime name was fixed for ``ref``."""
    return date.fromisoformat(_CRIME_NAMES[ref][0][0])
