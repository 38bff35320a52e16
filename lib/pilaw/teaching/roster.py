"""Identification by combination: a synthetic roster, and how many people a release of some columns singles out.

Civil Code art. 1034 para. 2 calls information personal when it can identify a specific natural person "单独或者与其他
信息结合" — alone *or in combination with other information*. A date of birth, a district or a gender identifies no one
alone; together they often do. This module makes that visible on a roster of fictional people of the fictional city
星河市 (Xinghe City), generated deterministically from a fixed seed: no real person, no real number.

    >>> uniqueness(["gender"]).unique
    0
    >>> uniqueness(["gender", "birth_date", "district"]).k
    1

A release is split into **equivalence classes** (等价类): the people who share the same values in every released column.
A person alone in a class is *unique*: whoever knows those few facts about them can find their row. The size of the
smallest class is the release's **k** (k-anonymity, k-匿名) — a technical measure, not a legal test.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from functools import cache

from pilaw.law.errors import InputError
from pilaw.law.money import parse_count
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh

CIVIL_CODE_1034 = "civil_code/1034"
PIPL_4 = "pipl/4"
SEED = 1034  # fixed: the roster is the same on every machine, so the notebook can assert its numbers
DEFAULT_SIZE = 300
MAX_SIZE = 5000  # a teaching roster, not a census: keeps every recomputation instant
CITY_ZH, CITY_EN = "星河市", "Xinghe City"
COLUMNS_FIELD = "公开的列 columns"
SIZE_FIELD = "人数 number of people"

# column key → (Chinese label, English label), in display order
COLUMNS: dict[str, tuple[str, str]] = {
    "surname": ("姓", "surname"),
    "given_name": ("名", "given name"),
    "gender": ("性别", "gender"),
    "birth_year": ("出生年份", "year of birth"),
    "birth_decade": ("出生年代", "decade of birth"),
    "birth_date": ("出生日期", "date of birth"),
    "district": ("区", "district"),
    "area_code": ("片区编码", "area code"),
    "occupation": ("职业", "occupation"),
    "employer": ("工作单位", "employer"),
    "phone": ("手机号（打码）", "phone (masked)"),
}

# Weighted by repetition: a few surnames are common, as in any Chinese city.
_SURNAMES = tuple(
    "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
)
_GIVEN = tuple("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文红建国志海燕云晨宇浩然欣怡子涵佳琪思远嘉")
_GENDERS = ("男 M", "女 F")
_DISTRICTS = ("星湖区 Xinghu", "云港区 Yungang", "月桥区 Yueqiao", "松林区 Songlin", "石泉区 Shiquan", "银滩区 Yintan")
_AREAS_PER_DISTRICT = 3
_PHONE_PREFIXES = ("138", "139", "150", "186", "131", "177")
# occupation → fictional employers (every employer is invented; 星河网店 is the course's recurring shop)
_JOBS: dict[str, tuple[str, ...]] = {
    "教师 teacher": ("星河市第一中学 Xinghe No. 1 Middle School", "云港小学 Yungang Primary School"),
    "护士 nurse": ("星河市人民医院 Xinghe People's Hospital", "松林社区卫生中心 Songlin Community Clinic"),
    "医生 doctor": ("星河市人民医院 Xinghe People's Hospital", "松林社区卫生中心 Songlin Community Clinic"),
    "工程师 engineer": ("远峰科技有限公司 Yuanfeng Technology Co., Ltd.", "月桥建设集团 Yueqiao Construction Group"),
    "会计 accountant": ("远峰科技有限公司 Yuanfeng Technology Co., Ltd.", "银滩商贸公司 Yintan Trading Co."),
    "店员 shop assistant": ("星河网店 Xinghe Online Shop", "银滩商贸公司 Yintan Trading Co."),
    "快递员 courier": ("云港物流有限公司 Yungang Logistics Co., Ltd.",),
    "司机 driver": ("云港物流有限公司 Yungang Logistics Co., Ltd.", "星河公交公司 Xinghe Bus Company"),
    "厨师 cook": ("石泉饭店 Shiquan Restaurant", "星河市第一中学 Xinghe No. 1 Middle School"),
    "客服 customer service": ("星河网店 Xinghe Online Shop", "远峰科技有限公司 Yuanfeng Technology Co., Ltd."),
}
_STUDENT = ("学生 student", "星河大学 Xinghe University")
_RETIRED = ("退休 retired", "— none")
_FIRST_YEAR, _LAST_YEAR = 1956, 2006  # ages 20–70 in 2026
_STUDENT_FROM, _RETIRED_UNTIL = 2003, 1963


@dataclass(frozen=True)
class Person:
    """One fictional resident of 星河市 (Xinghe City). The phone number is masked, as the course always does."""

    number: int
    surname: str
    given_name: str
    gender: str
    birth_year: int
    birth_decade: str
    birth_date: date
    district: str
    area_code: str
    occupation: str
    employer: str
    phone: str

    def value(self, column: str) -> object:
        return getattr(self, column)


def _person(rng: random.Random, number: int) -> Person:
    surname = rng.choice(_SURNAMES)
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.randrange(4) else "")
    gender = rng.choice(_GENDERS)
    year = rng.randrange(_FIRST_YEAR, _LAST_YEAR + 1)
    first = date(year, 1, 1)
    born = first + timedelta(days=rng.randrange((date(year + 1, 1, 1) - first).days))
    district_index = rng.randrange(len(_DISTRICTS))
    area = rng.randrange(_AREAS_PER_DISTRICT)
    job = rng.choice(tuple(_JOBS))
    employer = rng.choice(_JOBS[job])
    if year >= _STUDENT_FROM:
        job, employer = _STUDENT
    elif year <= _RETIRED_UNTIL:
        job, employer = _RETIRED
    phone = f"{rng.choice(_PHONE_PREFIXES)}****{rng.randrange(10000):04d}"
    return Person(
        number=number,
        surname=surname,
        given_name=given,
        gender=gender,
        birth_year=year,
        birth_decade=f"{year // 10 * 10}s",
        birth_date=born,
        district=_DISTRICTS[district_index],
        area_code=f"99{district_index + 1:02d}{area + 1:02d}",
        occupation=job,
        employer=employer,
        phone=phone,
    )


@cache
def _generate(size: int) -> tuple[Person, ...]:
    rng = random.Random(SEED)
    return tuple(_person(rng, number) for number in range(1, size + 1))


def _parse_size(size: object) -> int:
    size = parse_count(size.strip().removesuffix("人") if isinstance(size, str) else size, SIZE_FIELD)
    if size < 1 or size > MAX_SIZE:
        raise InputError(SIZE_FIELD, f"人数应在 1 到 {MAX_SIZE} 之间", f"must be between 1 and {MAX_SIZE}")
    return size


def people(size: int | str = DEFAULT_SIZE) -> tuple[Person, ...]:
    """The roster: ``size`` fictional people (default 300), always the same ones (seeded; the first 100 of a roster of
    300 are the roster of 100)."""
    return _generate(_parse_size(size))


def _parse_columns(columns: object) -> tuple[str, ...]:
    if isinstance(columns, str):
        columns = [columns]
    if isinstance(columns, (bool, int, float)) or columns is None or not isinstance(columns, Iterable):
        raise InputError(COLUMNS_FIELD, "需要一组列名", f"needs a list of column names, not {columns!r}")
    chosen = set()
    for column in columns:
        name = column.strip() if isinstance(column, str) else None
        if name not in COLUMNS:
            known = ", ".join(COLUMNS)
            raise InputError(
                COLUMNS_FIELD,
                f"没有这一列：{column!r}。可选：{known}",
                f"no such column: {column!r}. Choose from: {known}",
            )
        chosen.add(name)
    return tuple(c for c in COLUMNS if c in chosen)  # display order, no repeats


@dataclass(frozen=True)
class Uniqueness:
    """How a release of some columns splits the roster, and how many people it singles out."""

    columns: tuple[str, ...]
    people: int
    classes: int  # equivalence classes (groups of people with identical released values)
    unique: int  # people alone in their class
    k: int  # size of the smallest class (k-anonymity)
    histogram: tuple[tuple[int, int], ...]  # (class size, number of classes of that size), smallest size first
    example: tuple[tuple[str, str], ...] | None  # the released values of one unique person, or None
    example_number: int | None  # that person's number in the roster (``people()[number - 1]``)
    steps: tuple[Step, ...]

    @property
    def share_unique(self) -> Fraction:
        return Fraction(self.unique, self.people)

    @property
    def percent_unique(self) -> int:
        """The share of unique people, in whole per cent (rounded half to even)."""
        return round(self.share_unique * 100)

    @property
    def people_by_class_size(self) -> tuple[tuple[int, int], ...]:
        """(class size, number of people in classes of that size)."""
        return tuple((size, size * count) for size, count in self.histogram)


def _show(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _value_zh(shown: str) -> str:
    """A released value in a Chinese sentence: 1962年7月17日 for a date, 星湖区 for "星湖区 Xinghu"."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", shown):
        return date_zh(date.fromisoformat(shown))
    zh, _, en = shown.partition(" ")
    return zh if en and en.isascii() and not zh.isascii() else shown


def _labels(columns: tuple[str, ...], lang: int, sep: str) -> str:
    return sep.join(COLUMNS[c][lang] for c in columns)


def uniqueness(columns: Iterable[str] | str, size: int | str = DEFAULT_SIZE) -> Uniqueness:
    """Release only ``columns`` of the roster: how many people are alone in their equivalence class, and what is k?

    Civil Code art. 1034 para. 2: information is personal if it can identify a specific natural person alone *or in
    combination with other information* (单独或者与其他信息结合). A person unique on the released columns can be found
    by anyone who knows those facts about them; the rest of the row is then theirs. PIPL art. 4 (information relating to
    an identifiable person; anonymised information excluded): k ≥ 2 alone does not make data anonymised.
    Adding a column never lowers the number of unique people.
    """
    cols = _parse_columns(columns)
    roster = people(size)
    keys = [tuple(p.value(c) for c in cols) for p in roster]
    counts = Counter(keys)
    sizes = Counter(counts.values())
    unique = sizes.get(1, 0)
    k = min(counts.values())
    histogram = tuple(sorted(sizes.items()))
    example = example_number = None
    if unique:
        index = next(i for i, key in enumerate(keys) if counts[key] == 1)
        example = tuple((c, _show(v)) for c, v in zip(cols, keys[index], strict=False))
        example_number = roster[index].number

    return Uniqueness(
        columns=cols,
        people=len(roster),
        classes=len(counts),
        unique=unique,
        k=k,
        histogram=histogram,
        example=example,
        example_number=example_number,
        steps=_steps(cols, len(roster), len(counts), unique, k, example),
    )


def _steps(
    cols: tuple[str, ...], n: int, classes: int, unique: int, k: int, example: tuple[tuple[str, str], ...] | None
) -> tuple[Step, ...]:
    """The cited reasoning of :func:`uniqueness`: the release, its classes, who stands out, k, and what follows in law.
    Whether data are anonymised is a legal question this count does not assess (a step of that kind says so)."""
    pct = round(Fraction(unique * 100, n))
    steps = []
    if cols:
        steps.append(
            Step(
                f"公开的列：{_labels(cols, 0, '、')}。花名册共有{n}个虚构的{CITY_ZH}居民。",
                f"Columns released: {_labels(cols, 1, ', ')}. The roster holds {n} fictional residents of {CITY_EN}.",
                CIVIL_CODE_1034,
            )
        )
    else:
        steps.append(
            Step(
                f"没有公开任何列：{n}个人看起来完全一样。",
                f"No column released: all {n} people look alike.",
                CIVIL_CODE_1034,
            )
        )
    steps.append(
        Step(
            f"把这些列取值完全相同的人归为一组（等价类）：共{classes}组。",
            f"Grouping people whose released values are identical (equivalence classes) gives {classes} "
            f"group{'s' if classes != 1 else ''}.",
            CIVIL_CODE_1034,
        )
    )
    if example is not None:
        shown_zh = "、".join(_value_zh(v) for _, v in example)
        shown_en = ", ".join(v for _, v in example)
        steps.append(
            Step(
                f"其中{unique}人（{pct}%）独自成组。知道这几项事实的人（例如知道某人生日、住在哪个区的邻居）就能在表中找到他或她"
                f"的那一行，并得知其余各列（职业、工作单位、手机号……）。例如，“{shown_zh}”的只有一个人。"
                "这就是“与其他信息结合识别特定自然人”（第一千零三十四条第二款）。",
                f"{unique} of them ({pct}%) are alone in their group. Anyone who knows these few facts about such a person (say, "
                f"a neighbour who knows a birthday and the district) can find the row and read the other columns (occupation, "
                f"employer, phone …). For example, only one person has “{shown_en}”. That is identifying a specific natural "
                "person “in combination with other information” (art. 1034 para. 2).",
                CIVIL_CODE_1034,
            )
        )
    else:
        steps.append(Step("没有人独自成组。", "No one is alone in a group.", CIVIL_CODE_1034))
    steps.append(
        Step(
            f"最小的一组有{k}人：这次公开满足 k = {k} 的 k-匿名（k-anonymity）。k-匿名是技术指标，不是法律标准。",
            f"The smallest group has {k} {'person' if k == 1 else 'people'}: the release is {k}-anonymous "
            "(k-anonymity). k-anonymity is a technical measure, not a legal test.",
            PIPL_4,
        )
    )
    if unique:
        steps.append(
            Step(
                "对这些人来说，公开的数据是与已识别或者可识别的自然人有关的信息，即个人信息（个人信息保护法第四条）——"
                "不论有没有姓名。",
                "For them the released data relate to an identifiable natural person: personal information (PIPL art. 4), "
                "with or without names.",
                PIPL_4,
            )
        )
    else:
        steps.append(
            Step(
                "但这本身并不等于数据已“匿名化处理”（第四条）：同组的人可能共有某个属性（例如同一职业），与其他数据结合也可能识别出个人。"
                "是否已经匿名化是法律问题，k 值不能单独回答。",
                "That alone does not make the data anonymised (匿名化, PIPL art. 4): everyone in a group may share an attribute "
                "(say, the same occupation), and other data may still single people out. Whether data are anonymised is a "
                "legal question that k alone does not answer.",
                PIPL_4,
                Kind.NOT_ASSESSED,
            )
        )
    return tuple(steps)


def growth(columns: Iterable[str] | str, size: int | str = DEFAULT_SIZE) -> tuple[tuple[str, int], ...]:
    """Release ``columns`` one more at a time, in the order given: (column added, people unique so far)."""
    if isinstance(columns, str):
        columns = [columns]
    _parse_columns(columns)  # refuses anything that is not a list of known columns
    ordered: list[str] = []
    for column in columns:
        if column.strip() not in ordered:
            ordered.append(column.strip())
    return tuple((name, uniqueness(ordered[: i + 1], size).unique) for i, name in enumerate(ordered))
