"""Administrative fines (行政罚款) for personal-information and trade-secret violations.

* :func:`pipl_fine` — PIPL art. 66 (from 2021-11-01), with both readings of the serious-case
  "五千万元以下或者上一年度营业额百分之五以下"; :func:`pipl_serious_caps` gives the two caps for plotting,
  :func:`pipl_crossing_turnover` the turnover at which they meet, :func:`pipl66_cap_words` the words of the text.
* :func:`aucl_trade_secret_fine` — AUCL 2019 art. 21 / 2025 art. 26 (the figures change; the dated figures
  say which text applies).
* :func:`consumer_fine` — Consumer Rights Protection Law art. 56 item (九), and from 2024-07-01 the
  Implementing Regulations art. 50 para. 3 that sends art. 23 breaches to it (``_CONSUMER``).
* :func:`cybersecurity_fine` — Cybersecurity Law 2016 art. 64 (2017-06-01 to 2025-12-31); from
  2026-01-01 art. 71 only refers to "有关法律、行政法规" and the law sets no figure of its own (``_CSL``). With
  the date of the decision, Administrative Penalty Law art. 37 (从旧兼从轻) applies the lighter of the text at
  the act and the text at the decision.
* :func:`one_act_one_fine` — Administrative Penalty Law art. 29 (from 2021-07-15): one act, one fine; where the
  act breaches several provisions that each carry a fine, the one with the higher fine applies
  (:class:`Concurrence`).

Where the law changed, each text has its own small function and one table per rule, newest first, says from
when each applies; :func:`pilaw.law.regime_on` reads it. Every step says what kind it is (:class:`pilaw.law.steps.Kind`).
Every amount, ratio and multiple is a dated figure (``pilaw.law.figure``); none is written here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import Product, factor_of, parse_optional_yuan, parse_yuan, times, yuan_of, yuan_zh
from pilaw.law.money import format_yuan as yuan
from pilaw.law.steps import Kind, Step
from pilaw.law.text import (
    date_zh,
    kind_resting_on,
    multiple_text,
    percent_text,
    percent_zh,
    pinpoint_zh,
    rounding_text,
    unverified_caveat,
)

__all__ = [
    "Concurrence",
    "FineRange",
    "aucl_trade_secret_fine",
    "consumer_fine",
    "cybersecurity_fine",
    "one_act_one_fine",
    "pipl66_cap_words",
    "pipl_crossing_turnover",
    "pipl_fine",
    "pipl_serious_caps",
    "pipl_serious_ratio",
]

ZERO = Decimal(0)
Notes = tuple[tuple[str, str], ...]


# --------------------------------------------------------------------------- helpers


def _not_yet(start: date, day: date, what_zh: str, what_en: str) -> LawError:
    return LawError(
        f"{what_zh}自{date_zh(start)}起施行，{date_zh(day)}尚未生效",
        f"{what_en} took effect on {start.isoformat()}; it was not in force on {day.isoformat()}",
    )


def _figure(key: str, day: date, what_zh: str, what_en: str) -> law.Figure:
    """``law.figure`` with a message naming the provision when the day is before it took effect."""
    first = law.figure_versions(key)[0]
    if day < first.effective_from:
        raise _not_yet(first.effective_from, day, what_zh, what_en)
    return law.figure(key, day)


def _rounding_steps(
    products: Sequence[tuple[Decimal, Fraction, Product]], ref: str, paragraph: int | None = None
) -> list[Step]:
    """A step for each product :func:`pilaw.law.money.times` had to round to the fen (none with today's figures)."""
    return [
        Step(*rounding_text(amount, factor), ref, paragraph=paragraph)
        for amount, factor, product in products
        if not product.exact
    ]


def _pin(steps: Sequence[Step], ref: str, paragraph: int | None, item: int | None = None) -> list[Step]:
    """The steps, each citing ``ref`` without a pinpoint narrowed to ``paragraph`` (款) and ``item`` (项)."""
    return [
        dataclasses.replace(s, paragraph=paragraph, item=item) if s.cites == ref and s.paragraph is None else s
        for s in steps
    ]


@dataclass(frozen=True)
class FineRange:
    """The range of a fine on the organisation, the range on responsible persons, and the other measures.

    ``min_fine``/``max_fine``: the fine on the organisation (0/0 = no fine; ``max_fine`` None when the
    readings of the text differ, see ``readings``, or when the law sets no figure). ``person_min``/
    ``person_max``: fines on 直接负责的主管人员和其他直接责任人员 (None when the provision has none).
    ``readings``: (label_zh, label_en, max) per reading of a contested cap. ``cap_fixed``/
    ``cap_turnover``: PIPL art. 66 serious-case caps. ``confiscation``: illegal gain to be confiscated.
    ``notes``: short (zh, en) notes on how the article reaches personal information and what may displace it.
    """

    article: str
    min_fine: Decimal | None
    max_fine: Decimal | None
    person_min: Decimal | None
    person_max: Decimal | None
    measures_zh: tuple[str, ...]
    measures_en: tuple[str, ...]
    steps: tuple[Step, ...]
    readings: tuple[tuple[str, str, Decimal | None], ...] = ()
    cap_fixed: Decimal | None = None
    cap_turnover: Decimal | None = None
    confiscation: Decimal | None = None
    on: date | None = None  # the date of the conduct the range was computed for
    notes: Notes = ()
    #: the paragraph (款) and item (项) of ``article`` that set the fine, where the article's unit is smaller
    paragraph: int | None = None
    item: int | None = None

    @property
    def larger_cap(self) -> str | None:
        """PIPL art. 66 para. 2: ``"turnover"`` or ``"fixed"``, whichever cap is larger; None when they are equal
        or the turnover is unknown."""
        if self.cap_fixed is None or self.cap_turnover is None or self.cap_fixed == self.cap_turnover:
            return None
        return "turnover" if self.cap_turnover > self.cap_fixed else "fixed"


def _confiscation(gain: Decimal | None, ref: str) -> tuple[Decimal | None, list[Step]]:
    if gain is None or gain <= 0:
        return None, []
    return gain, [
        Step(
            f"没收违法所得：{yuan_zh(gain)}（没收不是罚款，不计入罚款数额）。",
            f"Confiscation of illegal gains (没收违法所得): {yuan(gain)} yuan (not a fine; not counted in it).",
            ref,
        )
    ]


# --------------------------------------------------------------------------- B.1 PIPL art. 66

_PIPL66 = ("个人信息保护法第六十六条", "PIPL art. 66")


def _serious_terms(day: date) -> tuple[law.Figure, law.Figure]:
    return _figure("pipl66.serious_fine_cap", day, *_PIPL66), _figure("pipl66.serious_turnover_ratio", day, *_PIPL66)


def pipl_serious_caps(turnover: object, on: object = None) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """PIPL art. 66 para. 2 caps for a serious case: ``(fixed, turnover_cap, higher, lower)``.

    ``fixed`` is the 50,000,000 yuan cap, ``turnover_cap`` 5 % of the previous year's ``turnover``.
    The text says "或者" (or): an authority applying one cap or the other fines up to somewhere between
    ``lower`` and ``higher``; the common commentary reading "whichever is higher" gives ``higher``.
    """
    turnover_v = parse_yuan(turnover, "turnover")
    fixed_fig, ratio_fig = _serious_terms(parse_date(on))
    fixed, turnover_cap = yuan_of(fixed_fig), times(turnover_v, factor_of(ratio_fig)).value
    return fixed, turnover_cap, max(fixed, turnover_cap), min(fixed, turnover_cap)


def pipl_crossing_turnover(on: object = None) -> Decimal:
    """The previous year's turnover at which the two serious-case caps of PIPL art. 66 para. 2 are equal: the
    fixed cap divided by the turnover share (50,000,000 ÷ 5 % = 1,000,000,000 yuan). Below it the fixed cap is
    the larger, above it the turnover cap."""
    fixed_fig, ratio_fig = _serious_terms(parse_date(on))
    return times(yuan_of(fixed_fig), 1 / factor_of(ratio_fig)).value


def pipl_serious_ratio(on: object = None) -> Fraction:
    """The turnover share of PIPL art. 66 para. 2 (5 %)."""
    return factor_of(_serious_terms(parse_date(on))[1])


def pipl66_cap_words(on: object = None) -> str:
    """The words of the serious-case cap, read from the corpus (PIPL art. 66 para. 2, what follows "并处");
    without ``on``, from the newest text."""
    prov = law.provision("pipl/66", parse_date(on)) if on is not None else law.versions("pipl/66")[-1]
    found = re.search(r"并处(.+?或者.+?)罚款", prov.paragraphs_zh[1])
    return found.group(1) if found else ""


def _pipl_ordinary(refused: bool, turnover: Decimal | None, day: date) -> tuple[FineRange, list[Step]]:
    """Art. 66 para. 1: a fine only on a refusal to correct; the persons' fine, whose link to it is unclear."""
    ref = "pipl/66"
    cap = yuan_of(_figure("pipl66.fine_cap", day, *_PIPL66))
    p_min = yuan_of(_figure("pipl66.person_fine_min", day, *_PIPL66))
    p_max = yuan_of(_figure("pipl66.person_fine_max", day, *_PIPL66))
    if refused:
        min_fine, max_fine = ZERO, cap
        fine_step = Step(
            f"“拒不改正的，并处”罚款：{yuan_zh(cap)}以下（条文无下限）。",
            f"Refusal to correct: a fine is added, up to {yuan(cap)} yuan (no minimum in the text).",
            ref,
        )
    else:
        min_fine = max_fine = ZERO
        fine_step = Step(
            f"不存在拒不改正情形：依第六十六条第一款，“拒不改正的”才“并处”罚款（上限{yuan_zh(cap)}），故不对个人信息处理者处以罚款（0元）。",
            f"No refusal to correct: in the ordinary case a fine (up to {yuan(cap)} yuan) is added only "
            f"where the processor refuses to correct, so no fine on the organisation (0 yuan).",
            ref,
        )
    steps = [
        fine_step,
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{yuan_zh(p_min)}以上{yuan_zh(p_max)}以下罚款。",
            f"Directly responsible managers and other directly responsible persons: {yuan(p_min)} to "
            f"{yuan(p_max)} yuan.",
            ref,
        ),
        Step(
            "这一罚款是否也以拒不改正为前提（条文用分号隔开），条文不明确，尚无定论；此处两种情形都列出。",
            "Whether this fine too depends on a refusal to correct (the text separates it with a semicolon) is "
            "unclear — not settled; it is shown in both cases.",
            ref,
            Kind.READING,
        ),
    ]
    if turnover is not None:
        steps.append(
            Step(
                "营业额只在情节严重时才有意义，一般情形不使用。",
                "Turnover matters only in a serious case; it is not used in the ordinary case.",
                ref,
            )
        )
    opening = Step(
        "一般情形（第六十六条第一款）：由履行个人信息保护职责的部门“责令改正，给予警告，没收违法所得”，"
        "对违法处理个人信息的应用程序责令暂停或者终止提供服务。",
        "Ordinary case (art. 66 para. 1): the authority with personal-information duties orders correction, "
        "gives a warning, confiscates illegal gains, and orders an app that processes personal information unlawfully to "
        "suspend or stop its service.",
        ref,
    )
    fine = FineRange(
        on=day,
        article=ref,
        min_fine=min_fine,
        max_fine=max_fine,
        person_min=p_min,
        person_max=p_max,
        measures_zh=("责令改正", "给予警告", "没收违法所得", "对违法处理个人信息的应用程序，责令暂停或者终止提供服务"),
        measures_en=(
            "order to correct",
            "warning",
            "confiscation of illegal gains",
            "order to suspend or terminate the service of the app that processed information unlawfully",
        ),
        steps=(opening,),
        paragraph=1,
    )
    return fine, steps


def _pipl_readings(
    fixed: Decimal, cap_turnover: Decimal | None, pct: str, pct_zh: str, ref: str
) -> tuple[tuple[tuple[str, str, Decimal | None], ...], Decimal | None, list[Step]]:
    """The "或者" of art. 66 para. 2 read both ways (and as commentary reads it): (readings, maximum, steps)."""
    higher = None if cap_turnover is None else max(fixed, cap_turnover)
    readings = (
        (
            f"履行个人信息保护职责的部门适用固定上限：{yuan_zh(fixed)}以下",
            f"the authority applies the fixed cap: up to {yuan(fixed)} yuan",
            fixed,
        ),
        (
            f"履行个人信息保护职责的部门适用营业额上限：上一年度营业额的{pct_zh}以下",
            f"the authority applies the turnover cap: up to {pct} of last year's turnover",
            cap_turnover,
        ),
        (
            "取二者中较高者（学界常见理解，并非条文用语）",
            "whichever is higher (a common commentary reading, not the text)",
            higher,
        ),
    )
    steps = [
        Step(
            "条文在两个上限之间用的是“或者”（“以下或者上一年度营业额”），不是“以较高者为准”。"
            "按文字，由履行个人信息保护职责的部门选择适用其中一个上限；“取较高者”是学界常见的理解，但条文并无此语。两种理解都列出，尚无定论。",
            "The text says the fine is up to the fixed cap 'or' (或者) up to the turnover share — not 'whichever is "
            "higher'. As written, the authority applies one of the two caps; reading it as 'whichever is higher' is "
            "common in commentary but is not the text. Both readings are shown — not settled.",
            ref,
            Kind.READING,
        )
    ]
    if cap_turnover is not None and cap_turnover == fixed:
        steps.append(
            Step(
                f"本案两个上限相等（{yuan_zh(fixed)}），各种理解结果一致。",
                f"Here the two caps are equal ({yuan(fixed)} yuan), so every reading gives the same maximum.",
                ref,
            )
        )
        return readings, fixed, steps
    why_zh = "营业额未知" if cap_turnover is None else "两个上限不同"
    why_en = "the turnover is unknown" if cap_turnover is None else "the two caps differ"
    steps.append(
        Step(
            f"最高罚款取决于理解（{why_zh}），不给出单一数额；见各理解。",
            f"The maximum fine depends on the reading ({why_en}); no single figure is given — see the readings.",
            ref,
            Kind.READING,
        )
    )
    return readings, None, steps


def _pipl_serious(turnover: Decimal | None, day: date) -> tuple[FineRange, list[Step]]:
    """Art. 66 para. 2: two caps joined by "或者", the persons' fine and the ban."""
    ref = "pipl/66"
    fixed_fig, ratio_fig = _serious_terms(day)
    p_min = yuan_of(_figure("pipl66.serious_person_fine_min", day, *_PIPL66))
    p_max = yuan_of(_figure("pipl66.serious_person_fine_max", day, *_PIPL66))
    fixed, ratio = yuan_of(fixed_fig), factor_of(ratio_fig)
    pct, pct_zh = percent_text(ratio), percent_zh(ratio)
    product = None if turnover is None else times(turnover, ratio)
    cap_turnover = None if product is None else product.value
    if turnover is None or cap_turnover is None:
        turnover_zh, turnover_en = "营业额未知", "turnover unknown"
    else:
        turnover_zh = f"上一年度营业额{yuan_zh(turnover)}的{pct_zh}为{yuan_zh(cap_turnover)}"
        turnover_en = f"{pct} of last year's turnover of {yuan(turnover)} yuan is {yuan(cap_turnover)} yuan"
    steps = [
        Step(
            f"两个上限：固定上限{yuan_zh(fixed)}；营业额上限为上一年度营业额的{pct_zh}（{turnover_zh}）。",
            f"Two caps: a fixed cap of {yuan(fixed)} yuan; a turnover cap of {pct} of the previous year's "
            f"turnover ({turnover_en}).",
            ref,
        )
    ]
    steps += _rounding_steps([] if turnover is None or product is None else [(turnover, ratio, product)], ref)
    readings, max_fine, reading_steps = _pipl_readings(fixed, cap_turnover, pct, pct_zh, ref)
    steps += reading_steps
    steps.append(
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{yuan_zh(p_min)}以上{yuan_zh(p_max)}以下罚款，"
            "并可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人。",
            f"Directly responsible persons: {yuan(p_min)} to {yuan(p_max)} yuan, and they may be barred "
            f"for a period from serving as director, supervisor, senior manager or PI-protection officer.",
            ref,
        )
    )
    opening = Step(
        "情节严重（第六十六条第二款）：由省级以上履行个人信息保护职责的部门“责令改正，没收违法所得，并处”罚款。"
        "是否拒不改正在此不影响罚款。",
        "Serious case (art. 66 para. 2): a provincial-level or higher authority with personal-information duties "
        "orders correction, confiscates illegal gains and imposes a fine. A refusal to correct does not matter here.",
        ref,
    )
    fine = FineRange(
        on=day,
        article=ref,
        min_fine=ZERO,
        max_fine=max_fine,
        person_min=p_min,
        person_max=p_max,
        measures_zh=(
            "责令改正",
            "没收违法所得",
            "可以责令暂停相关业务或者停业整顿",
            "通报有关主管部门吊销相关业务许可或者吊销营业执照",
            "可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人",
        ),
        measures_en=(
            "order to correct",
            "confiscation of illegal gains",
            "possible suspension of the business or closure for rectification",
            "notice to the competent authority to revoke business permits or the business licence",
            "possible ban of responsible persons from director, supervisor, senior-manager and PI-officer posts for a period",
        ),
        steps=(opening,),
        readings=readings,
        cap_fixed=fixed,
        cap_turnover=cap_turnover,
        paragraph=2,
    )
    return fine, steps


def pipl_fine(
    *,
    serious: bool = False,
    refused_to_correct: bool = False,
    turnover: object = None,
    illegal_gain: object = None,
    on: object = None,
) -> FineRange:
    """Administrative penalties under PIPL art. 66 (from 2021-11-01).

    Ordinary case (para. 1): order to correct, warning, confiscation of illegal gains, suspension or
    termination of the offending app's service; a fine of up to 1,000,000 yuan *only* where the processor
    refuses to correct ("拒不改正的，并处"), otherwise no fine; responsible persons 10,000–100,000 yuan.

    Serious case (para. 2, 情节严重): a provincial-level or higher authority; a fine of up to 50,000,000
    yuan *or* up to 5 % of the previous year's turnover. The text says "或者" (or), not "whichever is
    higher": both caps are returned (``cap_fixed``, ``cap_turnover``) with the readings, and ``max_fine``
    is None unless they coincide. Responsible persons 100,000–1,000,000 yuan and a possible ban from
    director, supervisor, senior-manager and PI-officer posts.

    ``turnover``: previous year's turnover (None = unknown). ``illegal_gain``: to be confiscated.
    ``on``: date of the conduct (default today); before 2021-11-01 raises :class:`pilaw.LawError`.
    """
    serious_v = parse_flag(serious, "serious")
    refused = parse_flag(refused_to_correct, "refused_to_correct")
    turnover_v = parse_optional_yuan(turnover, "turnover")
    gain_v = parse_optional_yuan(illegal_gain, "illegal_gain")
    day = parse_date(on)
    confiscation, confiscation_steps = _confiscation(gain_v, "pipl/66")
    fine, steps = _pipl_serious(turnover_v, day) if serious_v else _pipl_ordinary(refused, turnover_v, day)
    pinned = _pin((*fine.steps, *confiscation_steps, *steps), "pipl/66", fine.paragraph)
    return dataclasses.replace(fine, steps=tuple(pinned), confiscation=confiscation)


# --------------------------------------------------------------------------- B.2 AUCL trade secrets

# The article each text of the AUCL gives the fine in; its dated figures (aucl.trade_secret_*) say which applies.
_AUCL_FINE_ARTICLES = {
    "aucl/21": ("2019年文本第二十一条", "2019 text art. 21"),  # 2019-04-23 to 2025-10-14
    "aucl/26": ("2025年文本第二十六条", "2025 text art. 26"),  # from 2025-10-15
}


def _aucl_band(serious: bool, low: law.Figure, high: law.Figure) -> list[Step]:
    caveat_zh, caveat_en = unverified_caveat(low)
    if not serious:
        return [
            Step(
                f"{yuan_zh(yuan_of(low))}以上{yuan_zh(yuan_of(high))}以下罚款。{caveat_zh}",
                f"A fine of {yuan(yuan_of(low))} to {yuan(yuan_of(high))} yuan.{caveat_en}",
                low.ref,
                kind_resting_on(low, high),
            )
        ]
    steps = [
        Step(
            f"情节严重：{yuan_zh(yuan_of(low))}以上{yuan_zh(yuan_of(high))}以下罚款。{caveat_zh}",
            f"Serious circumstances (情节严重): a fine of {yuan(yuan_of(low))} to {yuan(yuan_of(high))} yuan.{caveat_en}",
            low.ref,
            kind_resting_on(low, high),
        )
    ]
    history = law.figure_versions("aucl.trade_secret_serious_fine_min")
    if len(history) > 1:
        steps.append(
            Step(
                "情节严重时的最低罚款随法律修订而改变："
                + "；".join(f"{date_zh(v.effective_from)}起{yuan_zh(yuan_of(v))}" for v in history)
                + "。",
                "The serious-case minimum changed with the 2025 text: "
                + "; ".join(f"from {v.effective_from.isoformat()}: {yuan(yuan_of(v))} yuan" for v in history)
                + ".",
                low.ref,
            )
        )
    return steps


def aucl_trade_secret_fine(*, serious: bool = False, on: object = None) -> FineRange:
    """Administrative fine for trade-secret infringement under the AUCL.

    2019 text art. 21 (2019-04-23 to 2025-10-14): 100,000–1,000,000 yuan; serious 500,000–5,000,000.
    2025 text art. 26 (from 2025-10-15): 100,000–1,000,000 yuan; serious 1,000,000–5,000,000.
    With an order to stop and confiscation of illegal gains, by the 监督检查部门 (supervision and
    inspection authority). ``on``: date of the conduct (default today); before 2019-04-23 raises
    :class:`pilaw.LawError` (the course starts from the 2019 text).
    """
    serious_v = parse_flag(serious, "serious")
    day = parse_date(on)
    name = ("2019年修正的反不正当竞争法第二十一条", "the 2019 text of the AUCL (art. 21)")
    prefix = "aucl.trade_secret_serious_fine" if serious_v else "aucl.trade_secret_fine"
    low, high = _figure(f"{prefix}_min", day, *name), _figure(f"{prefix}_max", day, *name)
    ref = low.ref
    article_zh, article_en = _AUCL_FINE_ARTICLES.get(ref, (ref, ref))
    opening = Step(
        f"行为日期{date_zh(day)}：适用反不正当竞争法{article_zh}。由监督检查部门“责令停止违法行为，没收违法所得”。",
        f"Conduct on {day.isoformat()}: AUCL {article_en} applies. The supervision and inspection authority "
        f"orders the infringement stopped and confiscates illegal gains.",
        ref,
    )
    return FineRange(
        on=day,
        article=ref,
        min_fine=yuan_of(low),
        max_fine=yuan_of(high),
        person_min=None,
        person_max=None,
        measures_zh=("责令停止违法行为", "没收违法所得"),
        measures_en=("order to stop the infringement", "confiscation of illegal gains"),
        steps=(opening, *_aucl_band(serious_v, low, high)),
    )


# --------------------------------------------------------------------------- B.3 Consumer Rights Protection Law


def _gain_range(
    gain: Decimal | None, lo: law.Figure, hi: law.Figure, no_gain: law.Figure, ref: str
) -> tuple[Decimal, Decimal, list[Step]]:
    """1–10 × the illegal gain, or up to a fixed cap without one (CPL art. 56 para. 1, CSL 2016 art. 64 para. 1; the
    caller narrows the steps to the paragraph)."""
    cap = yuan_of(no_gain)
    if gain is None or gain <= 0:
        return (
            ZERO,
            cap,
            [
                Step(
                    f"没有违法所得（未填或为0）：罚款{yuan_zh(cap)}以下（条文无下限）。",
                    f"No illegal gain (none given, or 0): a fine of up to {yuan(cap)} yuan (no minimum in the text).",
                    ref,
                )
            ],
        )
    low_x, high_x = factor_of(lo), factor_of(hi)
    low_product, high_product = times(gain, low_x), times(gain, high_x)
    low, high = low_product.value, high_product.value
    steps = [
        Step(
            f"违法所得{yuan_zh(gain)}：罚款为违法所得{multiple_text(low_x)}倍以上{multiple_text(high_x)}倍以下，"
            f"即{yuan_zh(low)}至{yuan_zh(high)}。",
            f"Illegal gain of {yuan(gain)} yuan: a fine of {multiple_text(low_x)} to {multiple_text(high_x)} "
            f"times it, {yuan(low)} to {yuan(high)} yuan.",
            ref,
        ),
        *_rounding_steps([(gain, low_x, low_product), (gain, high_x, high_product)], ref),
    ]
    if high < cap:
        steps.append(
            Step(
                f"注意：按文字，有少量违法所得时的上限（{yuan_zh(high)}）低于没有违法所得时的上限（{yuan_zh(cap)}）。",
                f"Note: read literally, a small illegal gain gives a lower cap ({yuan(high)} yuan) than no gain at "
                f"all ({yuan(cap)} yuan).",
                ref,
            )
        )
    return low, high, steps


def _consumer_regulations_2024(day: date) -> tuple[list[Step], Notes]:
    """From 2024-07-01: Implementing Regulations art. 50 para. 3 sends art. 23 (personal information) breaches to
    CPL art. 56 (the Regulations' text verified in one mirror only)."""
    regs = law.provision("consumer_regs/50", day)
    step = Step(
        f"{date_zh(regs.effective_from)}起，消费者权益保护法实施条例第五十条第三款：“经营者违反本条例其他规定的，"
        "依照消费者权益保护法第五十六条的规定予以处罚。”第五十条第一、二款未列第二十三条（个人信息），"
        "故违反第二十三条的，依第三款适用消费者权益保护法第五十六条。条例文本仅据一个非官方转载文本核对，尚未与官方文本核对。",
        f"From {regs.effective_from.isoformat()}, Implementing Regulations art. 50 para. 3 sends breaches of the "
        "Regulations' other provisions to CPL art. 56. Paras. 1–2 do not list art. 23 (personal information), so "
        "an art. 23 breach is punished under CPL art. 56 through para. 3. The Regulations' text is verified in "
        "one mirror only.",
        "consumer_regs/50",
        kind_resting_on(regs),
        paragraph=3,
    )
    note = (
        "个人信息：实施条例第二十三条经第五十条第三款适用本条",
        "personal information: Regulations art. 23 reaches this article through art. 50 para. 3",
    )
    return [step], (note,)


def _consumer_law_alone(day: date) -> tuple[list[Step], Notes]:
    """2014-03-15 to 2024-06-30: CPL art. 56 item (九) alone."""
    return [], ()


# Whether the Implementing Regulations send personal-information breaches to CPL art. 56, newest first.
_CONSUMER: tuple[tuple[str | None, Callable[[date], tuple[list[Step], Notes]]], ...] = (
    ("consumer_regs/50", _consumer_regulations_2024),  # from 2024-07-01
    (None, _consumer_law_alone),
)

_CONSUMER_NOTES = (
    (
        "依本条“依照法律、法规的规定执行”的规定，个人信息保护法第六十六条可能取代本条数额（推论，尚无定论）",
        "deferral to other laws: PIPL art. 66 may displace these figures (an inference, not settled)",
    ),
)


def _consumer_steps(ref: str) -> list[Step]:
    return [
        Step(
            "罚款是可以选择的处罚（“可以根据情节单处或者并处”）；若罚款，范围如上。"
            "“情节严重的，责令停业整顿、吊销营业执照”。",
            "The fine is one of the measures the authority may choose; if it fines, the range is as above. In "
            "serious cases: suspension of business for rectification, or revocation of the business licence.",
            ref,
        ),
        Step(
            "条文写的是“工商行政管理部门或者其他有关行政部门”；机构改革后已不再设工商行政管理部门，其职责由市场监督管理部门承担。",
            "The text names the 工商行政管理部门 (administration for industry and commerce); it no longer exists under "
            "that name — market supervision authorities (市场监督管理部门) now do this work.",
            ref,
        ),
        Step(
            "本条同时规定：“其他有关法律、法规对处罚机关和处罚方式有规定的，依照法律、法规的规定执行”。",
            "Deferral to other laws: where other laws or regulations set the penalising authority and method, "
            "those apply.",
            ref,
        ),
        Step(
            "因此个人信息保护法第六十六条可能取代上述数额——这是推论，尚未见到据此处罚的资料，尚无定论。",
            "PIPL art. 66 may therefore displace these figures — an inference; no source applying it was read — "
            "not settled.",
            ref,
            Kind.READING,
        ),
    ]


def consumer_fine(*, illegal_gain: object = None, on: object = None) -> FineRange:
    """Administrative fine under Consumer Rights Protection Law art. 56 item (九) (text in force from 2014-03-15).

    For infringing consumers' right to the protection of their personal information: order to correct,
    warning, confiscation of illegal gains, a fine of 1–10 × the illegal gain, or up to 500,000 yuan when
    there is none; in serious cases suspension of business or revocation of the licence. The fine is
    discretionary ("可以根据情节单处或者并处"). Where other laws or regulations set the authority and the
    penalty, they apply instead (the article defers to them) — PIPL art. 66 may displace these figures (an inference).
    From 2024-07-01 the Implementing Regulations art. 50 para. 3 send breaches of their art. 23 (personal
    information) to CPL art. 56 (verified in one mirror only).

    ``illegal_gain``: None or 0 = no illegal gain. ``on``: date of the conduct (default today).
    """
    gain_v = parse_optional_yuan(illegal_gain, "illegal_gain")
    day = parse_date(on)
    name = ("消费者权益保护法第五十六条（2013年修正）", "Consumer Rights Protection Law art. 56 (2013 text)")
    lo = _figure("consumer56.gain_multiple_min", day, *name)
    hi = _figure("consumer56.gain_multiple_max", day, *name)
    no_gain = _figure("consumer56.no_gain_fine_cap", day, *name)
    ref = lo.ref
    min_fine, max_fine, range_steps = _gain_range(gain_v, lo, hi, no_gain, ref)
    regulation_steps, regulation_notes = law.regime_on(_CONSUMER, day)(day)
    opening = Step(
        "消费者权益保护法第五十六条第一款第九项：“侵害消费者人格尊严、侵犯消费者人身自由或者侵害消费者个人信息"
        "依法得到保护的权利的”。有关行政部门“责令改正，可以根据情节单处或者并处警告、没收违法所得”、罚款。",
        "CPL art. 56 item (9): infringing consumers' right to the protection of their personal information. "
        "The authority orders correction and may, according to the circumstances, impose a warning, "
        "confiscation of illegal gains and a fine, alone or together.",
        ref,
        paragraph=1,
        item=9,
    )
    return FineRange(
        on=day,
        article=ref,
        min_fine=min_fine,
        max_fine=max_fine,
        person_min=None,
        person_max=None,
        measures_zh=("责令改正", "警告", "没收违法所得", "情节严重的，责令停业整顿、吊销营业执照"),
        measures_en=(
            "order to correct",
            "warning",
            "confiscation of illegal gains",
            "serious cases: suspension of business for rectification, revocation of the business licence",
        ),
        steps=(opening, *_pin([*range_steps, *_consumer_steps(ref)], ref, 1), *regulation_steps),
        confiscation=gain_v if gain_v is not None and gain_v > 0 else None,
        notes=(*regulation_notes, *_CONSUMER_NOTES),
        paragraph=1,
        item=9,
    )


# --------------------------------------------------------------------------- B.4 Cybersecurity Law

_CSL_64, _CSL_71 = "cybersecurity_law/64", "cybersecurity_law/71"


def _csl_2025(gain: Decimal | None, day: date) -> FineRange:
    """From 2026-01-01 (the 2025 amendment): art. 71 para. 1 item (二) sends personal-information violations to
    "有关法律、行政法规"; the CSL sets no figure of its own (the new text verified in one mirror only)."""
    ref = _CSL_71
    art71, art42 = law.provision(ref, day), law.provision("cybersecurity_law/42", day)
    steps = [
        Step(
            f"行为日期{date_zh(day)}：适用2025年修正后的网络安全法（原第六十四条已删除）。第七十一条第一款第二项：违反第二十四条"
            "第三款、第四十三条至第四十五条规定，侵害个人信息权益的，“依照有关法律、行政法规的规定处理、处罚”。"
            "网络安全法本身不再规定罚款数额，故不给出范围。",
            f"Conduct on {day.isoformat()}: the Cybersecurity Law as amended in 2025 applies (old art. 64 is gone). "
            "Art. 71 para. 1 item (2): breaches of art. 24 para. 3 and arts. 43–45 that infringe rights in personal "
            "information are handled and punished 'under the relevant laws and administrative regulations'. The CSL sets no fine of its own, so no range is given.",
            ref,
            kind_resting_on(art71),
            paragraph=1,
            item=2,
        ),
        Step(
            "最明显的适用条文是个人信息保护法第六十六条（第四十二条第二款指明处理个人信息应当遵守民法典、"
            "个人信息保护法等）。这是推论：第七十一条并未点名个人信息保护法。",
            "The obvious applicable provision is PIPL art. 66 (art. 42 para. 2 says processing of personal "
            "information must follow the Civil Code, PIPL and other laws). This is an inference: art. 71 does "
            "not name PIPL.",
            art42.ref,
            Kind.READING,
            paragraph=2,
        ),
        Step(
            "第七十一条及修正后的文本仅据一个非官方转载文本核对（修正决定的相应条款未查阅）。",
            "Art. 71 and the amended text are verified in one mirror only (the amending decision's own wording "
            "was not read).",
            ref,
            kind_resting_on(art71),
            paragraph=1,
            item=2,
        ),
    ]
    if gain is not None and gain > 0:
        steps.append(
            Step(
                f"违法所得{yuan_zh(gain)}：网络安全法不再据此规定倍数罚款。",
                f"Illegal gain of {yuan(gain)} yuan: the CSL no longer sets a multiple of it.",
                ref,
                kind_resting_on(art71),
                paragraph=1,
                item=2,
            )
        )
    return FineRange(
        on=day,
        article=ref,
        min_fine=None,
        max_fine=None,
        person_min=None,
        person_max=None,
        measures_zh=("依照有关法律、行政法规的规定处理、处罚",),
        measures_en=("handled and punished under the relevant laws and administrative regulations",),
        steps=tuple(steps),
        notes=(
            (
                "依照有关法律、行政法规处罚；最明显的是个人信息保护法第六十六条（推论，尚无定论）",
                "punished under other laws; the obvious one is PIPL art. 66 (an inference, not settled)",
            ),
        ),
        paragraph=1,
        item=2,
    )


def _csl_2016_steps(day: date, last_day: date | None, p_min: Decimal, p_max: Decimal, ref: str) -> list[Step]:
    steps = [
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{yuan_zh(p_min)}以上{yuan_zh(p_max)}以下罚款。"
            "情节严重的，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照。",
            f"Directly responsible persons: {yuan(p_min)} to {yuan(p_max)} yuan. Serious cases: the authority may "
            "also order suspension of the business, closure for rectification, closing the website, revocation of permits or "
            "of the business licence.",
            ref,
            paragraph=1,
        ),
        Step(
            "第六十四条第二款（违反第四十四条规定，窃取或者以其他非法方式获取、非法出售或者非法向他人提供个人信息，"
            "尚不构成犯罪的，由公安机关没收违法所得，并处罚款）此处不计算。",
            "Art. 64 para. 2 (stealing or otherwise illegally obtaining, illegally selling or illegally providing "
            "personal information in breach of art. 44, where it is not yet a crime: the police confiscate the illegal "
            "gain and impose a fine) is not computed here.",
            ref,
            Kind.NOT_ASSESSED,
            paragraph=2,
        ),
    ]
    if last_day is not None:
        steps.append(
            Step(
                f"{date_zh(last_day)}后，第六十四条被2025年修正删除（仅据一个非官方转载文本核对）。",
                f"After {last_day.isoformat()} art. 64 was removed by the 2025 amendment (verified in one mirror only).",
                ref,
                Kind.UNVERIFIED,
                paragraph=1,
            )
        )
    return steps


def _csl_2016(gain: Decimal | None, day: date) -> FineRange:
    """2017-06-01 to 2025-12-31: the 2016 text, art. 64 para. 1 — 1–10 × the illegal gain, or up to a fixed cap
    without one; responsible persons fined too."""
    name = ("网络安全法", "the Cybersecurity Law")
    lo = _figure("csl64.gain_multiple_min", day, *name)
    hi = _figure("csl64.gain_multiple_max", day, *name)
    no_gain = _figure("csl64.no_gain_fine_cap", day, *name)
    p_min, p_max = (
        yuan_of(_figure("csl64.person_fine_min", day, *name)),
        yuan_of(_figure("csl64.person_fine_max", day, *name)),
    )
    ref, last_day = lo.ref, no_gain.effective_to
    opening = Step(
        f"行为日期{date_zh(day)}：适用2016年网络安全法第六十四条第一款（至{date_zh(last_day) if last_day else '今'}）。"
        "违反第二十二条第三款、第四十一条至第四十三条，侵害个人信息依法得到保护的权利的，由有关主管部门“责令改正，"
        "可以根据情节单处或者并处警告、没收违法所得”、罚款。",
        f"Conduct on {day.isoformat()}: Cybersecurity Law (2016 text) art. 64 para. 1 applies (until "
        f"{last_day.isoformat() if last_day else 'now'}). For breaches of art. 22 para. 3 and arts. 41–43 "
        "that infringe the right to the protection of personal information, the competent authority orders correction and may impose a warning, confiscation and a fine, alone or together.",
        ref,
        paragraph=1,
    )
    min_fine, max_fine, range_steps = _gain_range(gain, lo, hi, no_gain, ref)
    return FineRange(
        on=day,
        article=ref,
        min_fine=min_fine,
        max_fine=max_fine,
        person_min=p_min,
        person_max=p_max,
        measures_zh=(
            "责令改正",
            "警告",
            "没收违法所得",
            "情节严重的，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照",
        ),
        measures_en=(
            "order to correct",
            "warning",
            "confiscation of illegal gains",
            "serious cases: possible suspension, closure for rectification, closing the website, revocation of "
            "permits or the business licence",
        ),
        steps=(opening, *_pin(range_steps, ref, 1), *_csl_2016_steps(day, last_day, p_min, p_max, ref)),
        confiscation=gain if gain is not None and gain > 0 else None,
        paragraph=1,
    )


def _before_the_csl(gain: Decimal | None, day: date) -> FineRange:
    raise _not_yet(law.versions(_CSL_64)[0].effective_from, day, "网络安全法", "the Cybersecurity Law")


# Which text of the Cybersecurity Law fines personal-information violations, by the date of the conduct, newest first.
_CSL: tuple[tuple[str | None, Callable[[Decimal | None, date], FineRange]], ...] = (
    (_CSL_71, _csl_2025),  # from 2026-01-01: no figure of its own
    (_CSL_64, _csl_2016),  # 2017-06-01 to 2025-12-31
    (None, _before_the_csl),  # earlier: refused
)

# --------------------------------------------------------------------------- B.5 Administrative Penalty Law

APL_29, APL_37 = "admin_penalty_law/29", "admin_penalty_law/37"


def _range_words(fine: FineRange) -> tuple[str, str]:
    """A range as the comparison reads it: "0元至1,000,000元" or "本法不设数额"."""
    if fine.min_fine is None and fine.max_fine is None and not fine.readings:
        return "本身不设罚款数额", "no fine of its own"
    if fine.max_fine is None:
        return "上限取决于理解", "a cap that depends on the reading"
    if fine.max_fine == 0:
        return "不罚款（0元）", "no fine (0 yuan)"
    return (
        f"{yuan_zh(fine.min_fine or ZERO)}至{yuan_zh(fine.max_fine)}",
        f"{yuan(fine.min_fine or ZERO)} to {yuan(fine.max_fine)} yuan",
    )


def _label(fine: FineRange, day: date) -> tuple[str, str]:
    """('个人信息保护法第六十六条第二款', 'PIPL art. 66 para. 2') for the provision that sets a range."""
    prov = law.provision(fine.article, day) if law.is_in_force(fine.article, day) else law.versions(fine.article)[-1]
    info = law.laws()[prov.law]
    return (
        f"{info.short_zh}{prov.article_zh}{pinpoint_zh(fine.paragraph, fine.item)}",
        f"{info.short_en} art. {prov.article}{'' if fine.paragraph is None else f' para. {fine.paragraph}'}"
        f"{'' if fine.item is None else f' item {fine.item}'}",
    )


def _decision_day(on: object, decided_on: object) -> tuple[date, date | None]:
    day = parse_date(on)
    decided = None if decided_on is None else parse_date(decided_on, "decided_on 处罚决定日期", allow_text=False)
    if decided is not None and decided < day:
        raise InputError(
            "decided_on 处罚决定日期",
            f"不能早于行为日期（{date_zh(day)}）",
            f"cannot be before the date of the conduct ({day.isoformat()})",
        )
    return day, decided


def _weight(fine: FineRange) -> tuple[Decimal, Decimal]:
    """For art. 37: (maximum, minimum); a provision without a fine of its own weighs least. Smaller is lighter."""
    if fine.min_fine is None and fine.max_fine is None:
        return Decimal(-1), Decimal(-1)
    return fine.max_fine if fine.max_fine is not None else Decimal("Infinity"), fine.min_fine or ZERO


def _apl_37_step(day: date, decided: date, old: FineRange, new: FineRange, applied: FineRange) -> Step:
    old_zh, old_en = _label(old, day)
    new_zh, new_en = _label(new, decided)
    (old_r_zh, old_r_en), (new_r_zh, new_r_en) = _range_words(old), _range_words(new)
    if applied is new:
        why_zh, why_en = f"新的规定处罚较轻，适用{new_zh}", f"the new provision is lighter: {new_en} applies"
    else:
        why_zh, why_en = (
            f"新的规定并不更轻，适用行为时的{old_zh}",
            f"the new provision is not lighter: {old_en} applies",
        )
    return Step(
        f"行政处罚法第三十七条（从旧兼从轻）：适用违法行为发生时的规定；但作出处罚决定时规定已被修改或者废止，且新的规定处罚较轻"
        f"或者不认为是违法的，适用新的规定。行为时（{date_zh(day)}）：{old_zh}，{old_r_zh}；决定时（{date_zh(decided)}）："
        f"{new_zh}，{new_r_zh}。{why_zh}。",
        f"Administrative Penalty Law art. 37 (从旧兼从轻): the provisions in force when the act was committed apply, "
        "unless, when the decision is made, they have been amended or repealed and the new provisions punish more "
        f"lightly or no longer regard the act as illegal. At the act ({day.isoformat()}): {old_en}, {old_r_en}; at "
        f"the decision ({decided.isoformat()}): {new_en}, {new_r_en}. So {why_en}.",
        APL_37,
        kind_resting_on(law.provision(APL_37, decided)),
    )


def _transition(gain: Decimal | None, day: date, decided: date) -> FineRange:
    """Art. 37: the CSL regime at the act against the one at the decision; the lighter applies entirely."""
    old, new = law.regime_on(_CSL, day)(gain, day), law.regime_on(_CSL, decided)(gain, decided)
    if old.article == new.article:
        same = Step(
            f"行为时（{date_zh(day)}）与决定时（{date_zh(decided)}）施行的是同一规定，适用行为时的规定"
            "（行政处罚法第三十七条第一句）。",
            f"The same provision was in force at the act ({day.isoformat()}) and at the decision "
            f"({decided.isoformat()}): the provision of the time applies (APL art. 37, first sentence).",
            APL_37 if law.is_in_force(APL_37, decided) else old.article,
        )
        return dataclasses.replace(old, steps=(*old.steps, same))
    applied = new if _weight(new) < _weight(old) else old
    reading = Step(
        "修正后的网络安全法本身不设罚款、只指向“有关法律、行政法规”：此处将其理解为就网络安全法的罚款而言属于“处罚较轻”，"
        "网络安全法第六十四条的罚款因此不再适用；行为仍可依有关法律（最明显的是个人信息保护法第六十六条，自2021年11月1日起"
        "对同一行为本已适用）处罚。指向其他法律是否算“较轻”，尚无定论。",
        "The amended CSL sets no fine of its own and only refers to 'the relevant laws': it is read here as the "
        "lighter provision as far as the CSL fine goes, so the fine of CSL art. 64 can no longer be imposed; the act "
        "can still be punished under the relevant law (most obviously PIPL art. 66, which already applied to the "
        "same act from 2021-11-01). Whether a referral counts as 'lighter' is not settled.",
        APL_37,
        Kind.READING,
    )
    steps = list(applied.steps)
    if applied is new:  # its first step names the day it was computed for: the decision's, not the act's
        first = steps[0]
        steps[0] = dataclasses.replace(
            first,
            text_zh=first.text_zh.replace(f"行为日期{date_zh(decided)}", f"处罚决定日期{date_zh(decided)}", 1),
            text_en=first.text_en.replace(f"Conduct on {decided.isoformat()}", f"Decision on {decided.isoformat()}", 1),
        )
    return dataclasses.replace(applied, steps=(_apl_37_step(day, decided, old, new, applied), reading, *steps), on=day)


def cybersecurity_fine(*, illegal_gain: object = None, on: object = None, decided_on: object = None) -> FineRange:
    """Fine for personal-information violations under the Cybersecurity Law, by the date of the conduct (``_CSL``).

    2016 text art. 64 para. 1 (2017-06-01 to 2025-12-31): order to correct; warning, confiscation and a
    fine of 1–10 × the illegal gain, or up to 1,000,000 yuan without gains; responsible persons
    10,000–100,000 yuan; serious cases: suspension, closure, revocation.

    From 2026-01-01 (2025 amendment): art. 71 para. 1 item (二) sends these violations to "有关法律、行政法规";
    the CSL sets no figure of its own, so ``min_fine``/``max_fine``/person fines are None. The obvious provision
    is PIPL art. 66, by inference (art. 71 does not name PIPL); the new text is verified in one mirror only.

    ``decided_on``: the date of the penalty decision. Without it the text at the conduct applies. With it,
    Administrative Penalty Law art. 37 (从旧兼从轻) compares the text at the conduct with the text at the
    decision and applies the lighter: conduct before 2026-01-01 decided from that day gets the amended CSL,
    which sets no fine of its own (a reading, stated in a step).

    ``illegal_gain``: None or 0 = no illegal gain. ``on``: date of the conduct (default today); before
    2017-06-01 raises :class:`pilaw.LawError`; a ``decided_on`` before ``on`` raises :class:`pilaw.InputError`.
    """
    gain_v = parse_optional_yuan(illegal_gain, "illegal_gain")
    day, decided = _decision_day(on, decided_on)
    if decided is not None:
        return _transition(gain_v, day, decided)
    fine = law.regime_on(_CSL, day)(gain_v, day)
    last_day = law.versions(_CSL_64)[-1].effective_to
    if fine.article != _CSL_64 or last_day is None:
        return fine
    note = Step(
        f"这里适用行为时的规定。处罚决定在{date_zh(last_day)}之后作出的，依行政处罚法第三十七条（从旧兼从轻）比较"
        "行为时与决定时的规定，适用较轻的（须另行给出处罚决定日期）。",
        f"This applies the provision in force at the conduct. Where the decision is made after {last_day.isoformat()}, "
        "Administrative Penalty Law art. 37 (从旧兼从轻) compares the provision at the act with the one at the "
        "decision and applies the lighter (give the date of the decision, decided_on).",
        _CSL_64,
        paragraph=1,
    )
    return dataclasses.replace(fine, steps=(*fine.steps, note))


@dataclass(frozen=True)
class Concurrence:
    """Administrative Penalty Law art. 29 applied to several fine ranges for one party's one act: ``applied`` is
    the one range whose fine may be imposed (None where the comparison depends on a reading, or the article was
    not in force), ``displaced`` the ranges whose fines cannot be added to it, ``without_fine`` the ranges that
    carry no fine on these facts (0 yuan, or no figure of their own), and the cited steps. ``settled`` is False
    where no single range could be named."""

    on: date
    ranges: tuple[FineRange, ...]
    applied: FineRange | None
    displaced: tuple[FineRange, ...]
    without_fine: tuple[FineRange, ...]
    steps: tuple[Step, ...]

    @property
    def settled(self) -> bool:
        return self.applied is not None


def _bounds(fine: FineRange) -> tuple[Decimal, Decimal | None] | None:
    """The lowest and highest maximum a range can have (None as highest = unknown); None when it carries no fine."""
    if fine.max_fine is not None:
        return None if fine.max_fine == 0 else (fine.max_fine, fine.max_fine)
    caps = [cap for _zh, _en, cap in fine.readings]
    if not caps:
        return None  # no figure of its own
    known = [cap for cap in caps if cap is not None]
    return (min(known) if known else ZERO), (None if len(known) < len(caps) else max(known))


def _higher(fining: Sequence[FineRange]) -> FineRange | None:
    """The range whose fine is higher on every reading (its lowest maximum ≥ every other's highest), the higher
    minimum breaking a tie; None when the answer depends on a reading."""
    bounds = {id(f): _bounds(f) for f in fining}
    for candidate in sorted(fining, key=lambda f: -(f.min_fine or ZERO)):
        low = bounds[id(candidate)]
        assert low is not None
        if all(
            other is candidate or ((b := bounds[id(other)]) is not None and b[1] is not None and low[0] >= b[1])
            for other in fining
        ):
            return candidate
    return None


def _concurrence_steps(day: date, ranges: Sequence[FineRange], applied: FineRange | None) -> list[Step]:
    art29 = law.provision(APL_29, day)
    listed_zh = "；".join(f"{_label(f, day)[0]}：{_range_words(f)[0]}" for f in ranges)
    listed_en = "; ".join(f"{_label(f, day)[1]}: {_range_words(f)[1]}" for f in ranges)
    steps = [
        Step(
            f"行政处罚法第二十九条：“{art29.paragraphs_zh[0]}”本案同一行为：{listed_zh}。",
            f"Administrative Penalty Law art. 29: {art29.paragraphs_en[0]} Here the same act: {listed_en}.",
            APL_29,
            kind_resting_on(art29),
        )
    ]
    if applied is not None:
        others = [f for f in ranges if f is not applied and _bounds(f) is not None]
        not_zh = "、".join(_label(f, day)[0] for f in others)
        not_en = ", ".join(_label(f, day)[1] for f in others)
        steps.append(
            Step(
                f"按照罚款数额高的规定处罚：{_label(applied, day)[0]}（{_range_words(applied)[0]}）。"
                + (f"不得再依{not_zh}另行处以罚款，罚款数额亦不累加。" if others else "其余所列规定不处以罚款。"),
                f"The fine is imposed under the provision with the higher fine: {_label(applied, day)[1]} "
                f"({_range_words(applied)[1]})."
                + (
                    f" The fines of {not_en} cannot be added: they are not summed."
                    if others
                    else " The other provisions listed carry no fine."
                ),
                APL_29,
            )
        )
        equal = [
            f for f in others if _bounds(f) == _bounds(applied) and (f.min_fine or ZERO) == (applied.min_fine or ZERO)
        ]
        if equal:
            steps.append(
                Step(
                    f"{'、'.join(_label(f, day)[0] for f in equal)}的罚款幅度与之相同：按哪一条处罚，罚款都一样，仍只能罚一次。",
                    f"{', '.join(_label(f, day)[1] for f in equal)} sets the same range: whichever is applied, the "
                    "fine is the same, and it is imposed once.",
                    APL_29,
                )
            )
    elif all(_bounds(f) is None for f in ranges):
        steps.append(
            Step(
                "本案所列规定均不处以罚款，无须依第二十九条比较罚款数额。",
                "None of the provisions listed carries a fine here, so there are no fines for art. 29 to compare.",
                APL_29,
            )
        )
    else:
        steps.append(
            Step(
                "哪一规定的罚款数额高，取决于对上限的理解（或营业额未知），此处不给出单一规定；无论哪一个，只能罚一次。",
                "Which provision has the higher fine depends on how a cap is read (or on an unknown turnover), so no "
                "single provision is named; whichever it is, only one fine may be imposed.",
                APL_29,
                Kind.READING,
            )
        )
    steps += [
        Step(
            "“罚款数额高”此处按法定最高额比较（相同时比最低额）；条文没有说比较最高额还是最低额，这是一种理解。",
            "'The higher fine' is compared here by the statutory maximum (then the minimum); the text does not say "
            "which end counts — a reading.",
            APL_29,
            Kind.READING,
        ),
        Step(
            "第二十九条只禁止第二次罚款：警告、没收违法所得、责令停业整顿等其他种类的行政处罚以及责令改正，不受此限；对直接负责的主管人员和其他直接责任人员的罚款针对的是"
            "另一当事人，不在此比较。",
            "Art. 29 bars only a second fine: a warning, confiscation, orders to correct or to suspend are not barred "
            "by it; the fines on responsible persons are on another party and are not compared here.",
            APL_29,
        ),
        Step(
            "是否属于“同一个违法行为”、是否同一当事人，是事实问题；本计算器不评估。",
            "Whether it is 'the same illegal act' of the same party is a question of fact the calculator does not "
            "assess.",
            APL_29,
            Kind.NOT_ASSESSED,
        ),
    ]
    return steps


def one_act_one_fine(*ranges: FineRange, on: object = None) -> Concurrence:
    """Administrative Penalty Law art. 29 (from 2021-07-15, the 2021 revision): one party's same illegal act is not
    fined twice; where it breaches several provisions that each call for a fine, it is fined under the one with
    the higher fine.

    ``ranges``: the fine ranges of the provisions the act breaches (:func:`pipl_fine`, :func:`consumer_fine`,
    :func:`cybersecurity_fine` …), on the organisation. A range of 0 yuan or with no figure of its own carries no
    fine and is set aside; among the others the one whose maximum is higher on every reading applies (the higher
    minimum breaks a tie) and the rest cannot be added. ``on``: the date of the conduct (default: the ranges' own
    date, else today). Before 2021-07-15 the corpus has no text of the Law: nothing is decided, and a step says so.
    """
    if not ranges or not all(isinstance(r, FineRange) for r in ranges):
        raise InputError("ranges 罚款幅度", "需要至少一个罚款幅度（FineRange）", "needs at least one FineRange")
    dates = {r.on for r in ranges if r.on is not None}
    day = parse_date(on if on is not None else (min(dates) if dates else None))
    fining = [r for r in ranges if _bounds(r) is not None]
    without = tuple(r for r in ranges if _bounds(r) is None)
    if not law.is_in_force(APL_29, day):
        first = law.versions(APL_29)[0].effective_from
        step = Step(
            f"行政处罚法2021年修订的第二十九条自{date_zh(first)}起施行；{date_zh(day)}适用的较早文本不在语料库中，本计算器不判断"
            "这些罚款能否并处。",
            f"Art. 29 of the 2021 revision of the Administrative Penalty Law applies from {first.isoformat()}; the earlier "
            f"text in force on {day.isoformat()} is not in the corpus, so whether these fines can be combined is not "
            "assessed.",
            APL_29,
            Kind.NOT_ASSESSED,
        )
        return Concurrence(day, tuple(ranges), None, (), without, (step,))
    applied = fining[0] if len(fining) == 1 else _higher(fining)
    displaced = tuple(r for r in fining if r is not applied) if applied is not None else ()
    return Concurrence(day, tuple(ranges), applied, displaced, without, tuple(_concurrence_steps(day, ranges, applied)))
