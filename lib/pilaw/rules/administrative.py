"""Administrative fines (行政罚款) for personal-information and trade-secret violations.

* :func:`pipl_fine` — PIPL art. 66 (from 2021-11-01), with both readings of the serious-case
  "五千万元以下或者上一年度营业额百分之五以下"; :func:`pipl_serious_caps` gives the two caps for plotting,
  :func:`pipl_crossing_turnover` the turnover at which they meet, :func:`pipl66_cap_words` the words of the text.
* :func:`aucl_trade_secret_fine` — AUCL 2019 art. 21 / 2025 art. 26 (the figures change; the dated figures
  say which text applies).
* :func:`consumer_fine` — Consumer Rights Protection Law art. 56 item (九), and from 2024-07-01 the
  Implementing Regulations art. 50 para. 3 that sends art. 23 breaches to it (``_CONSUMER``).
* :func:`cybersecurity_fine` — Cybersecurity Law 2016 art. 64 (2017-06-01 to 2025-12-31); from
  2026-01-01 art. 71 only refers to "有关法律、行政法规" and the law sets no figure of its own (``_CSL``).

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
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import Product, factor_of, parse_optional_yuan, parse_yuan, times, yuan_of
from pilaw.law.money import format_yuan as yuan
from pilaw.law.steps import Kind, Step
from pilaw.law.text import kind_resting_on, multiple_text, percent_text, rounding_text, unverified_caveat

__all__ = [
    "FineRange",
    "aucl_trade_secret_fine",
    "consumer_fine",
    "cybersecurity_fine",
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
        f"{what_zh}于{start.isoformat()}起施行，{day.isoformat()}尚未生效",
        f"{what_en} took effect on {start.isoformat()}; it was not in force on {day.isoformat()}",
    )


def _figure(key: str, day: date, what_zh: str, what_en: str) -> law.Figure:
    """``law.figure`` with a message naming the provision when the day is before it took effect."""
    first = law.figure_versions(key)[0]
    if day < first.effective_from:
        raise _not_yet(first.effective_from, day, what_zh, what_en)
    return law.figure(key, day)


def _rounding_steps(products: Sequence[tuple[Decimal, Fraction, Product]], ref: str) -> list[Step]:
    """A step for each product :func:`pilaw.law.money.times` had to round to the fen (none with today's figures)."""
    return [Step(*rounding_text(amount, factor), ref) for amount, factor, product in products if not product.exact]


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
            f"没收违法所得：{yuan(gain)}元（没收不是罚款，不计入罚款数额）。",
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
            f"「拒不改正的，并处」罚款：{yuan(cap)}元以下（条文无下限）。",
            f"Refusal to correct: a fine is added, up to {yuan(cap)} yuan (no minimum in the text).",
            ref,
        )
    else:
        min_fine = max_fine = ZERO
        fine_step = Step(
            f"没有拒不改正：一般情形下只有「拒不改正的」才「并处」罚款（上限{yuan(cap)}元），故对单位不罚款（0元）。",
            f"No refusal to correct: in the ordinary case a fine (up to {yuan(cap)} yuan) is added only "
            f"where the processor refuses to correct, so no fine on the organisation (0 yuan).",
            ref,
        )
    steps = [
        fine_step,
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{yuan(p_min)}元以上{yuan(p_max)}元以下罚款。",
            f"Directly responsible managers and other directly responsible persons: {yuan(p_min)} to "
            f"{yuan(p_max)} yuan.",
            ref,
        ),
        Step(
            "这一罚款是否也以拒不改正为前提（条文用分号隔开），条文不明确，未定论；此处两种情形都列出。",
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
        "一般情形（第六十六条第一款）：由履行个人信息保护职责的部门「责令改正，给予警告，没收违法所得」，"
        "对违法处理个人信息的应用程序责令暂停或者终止提供服务。",
        "Ordinary case (art. 66 para. 1): the authority with personal-information duties orders correction, "
        "gives a warning, confiscates illegal gains, and may order the offending app suspended or shut.",
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
    )
    return fine, steps


def _pipl_readings(
    fixed: Decimal, cap_turnover: Decimal | None, pct: str, ref: str
) -> tuple[tuple[tuple[str, str, Decimal | None], ...], Decimal | None, list[Step]]:
    """The "或者" of art. 66 para. 2 read both ways (and as commentary reads it): (readings, maximum, steps)."""
    higher = None if cap_turnover is None else max(fixed, cap_turnover)
    readings = (
        (
            f"执法机关适用固定上限：{yuan(fixed)}元以下",
            f"the authority applies the fixed cap: up to {yuan(fixed)} yuan",
            fixed,
        ),
        (
            f"执法机关适用营业额上限：上一年度营业额的{pct}以下",
            f"the authority applies the turnover cap: up to {pct} of last year's turnover",
            cap_turnover,
        ),
        (
            "取二者中较高者（评论中常见的读法，不是条文用语）",
            "whichever is higher (a common commentary reading, not the text)",
            higher,
        ),
    )
    steps = [
        Step(
            "条文在两个上限之间用的是“或者”（「以下或者上一年度营业额」），不是“以较高者为准”。"
            "按文字，由执法机关选择适用其中一个上限；“取较高者”的读法在评论中常见，但不是条文的用语。两种读法都列出，未定论。",
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
                f"本案两个上限相等（{yuan(fixed)}元），各种读法结果一致。",
                f"Here the two caps are equal ({yuan(fixed)} yuan), so every reading gives the same maximum.",
                ref,
            )
        )
        return readings, fixed, steps
    why_zh = "营业额未知" if cap_turnover is None else "两个上限不同"
    why_en = "the turnover is unknown" if cap_turnover is None else "the two caps differ"
    steps.append(
        Step(
            f"最高罚款取决于读法（{why_zh}），不给出单一数额；见各读法。",
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
    pct = percent_text(ratio)
    product = None if turnover is None else times(turnover, ratio)
    cap_turnover = None if product is None else product.value
    if turnover is None or cap_turnover is None:
        turnover_zh, turnover_en = "营业额未知", "turnover unknown"
    else:
        turnover_zh = f"上一年度营业额{yuan(turnover)}元的{pct}为{yuan(cap_turnover)}元"
        turnover_en = f"{pct} of last year's turnover of {yuan(turnover)} yuan is {yuan(cap_turnover)} yuan"
    steps = [
        Step(
            f"两个上限：固定上限{yuan(fixed)}元；营业额上限为上一年度营业额的{pct}（{turnover_zh}）。",
            f"Two caps: a fixed cap of {yuan(fixed)} yuan; a turnover cap of {pct} of the previous year's "
            f"turnover ({turnover_en}).",
            ref,
        )
    ]
    steps += _rounding_steps([] if turnover is None or product is None else [(turnover, ratio, product)], ref)
    readings, max_fine, reading_steps = _pipl_readings(fixed, cap_turnover, pct, ref)
    steps += reading_steps
    steps.append(
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{yuan(p_min)}元以上{yuan(p_max)}元以下罚款，"
            "并可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人。",
            f"Directly responsible persons: {yuan(p_min)} to {yuan(p_max)} yuan, and they may be barred "
            f"for a period from serving as director, supervisor, senior manager or PI-protection officer.",
            ref,
        )
    )
    opening = Step(
        "情节严重（第六十六条第二款）：由省级以上履行个人信息保护职责的部门「责令改正，没收违法所得，并处」罚款。"
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
    return dataclasses.replace(fine, steps=(*fine.steps, *confiscation_steps, *steps), confiscation=confiscation)


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
                f"{yuan(yuan_of(low))}元以上{yuan(yuan_of(high))}元以下罚款。{caveat_zh}",
                f"A fine of {yuan(yuan_of(low))} to {yuan(yuan_of(high))} yuan.{caveat_en}",
                low.ref,
                kind_resting_on(low, high),
            )
        ]
    steps = [
        Step(
            f"情节严重：{yuan(yuan_of(low))}元以上{yuan(yuan_of(high))}元以下罚款。{caveat_zh}",
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
                + "；".join(f"{v.effective_from.isoformat()}起{yuan(yuan_of(v))}元" for v in history)
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
        f"行为日期{day.isoformat()}：适用反不正当竞争法{article_zh}。由监督检查部门「责令停止违法行为，没收违法所得」。",
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
    """1–10 × the illegal gain, or up to a fixed cap without one (CPL art. 56, CSL 2016 art. 64)."""
    cap = yuan_of(no_gain)
    if gain is None or gain <= 0:
        return (
            ZERO,
            cap,
            [
                Step(
                    f"没有违法所得（未填或为0）：罚款{yuan(cap)}元以下（条文无下限）。",
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
            f"违法所得{yuan(gain)}元：罚款为违法所得{multiple_text(low_x)}倍以上{multiple_text(high_x)}倍以下，"
            f"即{yuan(low)}元至{yuan(high)}元。",
            f"Illegal gain of {yuan(gain)} yuan: a fine of {multiple_text(low_x)} to {multiple_text(high_x)} "
            f"times it, {yuan(low)} to {yuan(high)} yuan.",
            ref,
        ),
        *_rounding_steps([(gain, low_x, low_product), (gain, high_x, high_product)], ref),
    ]
    if high < cap:
        steps.append(
            Step(
                f"注意：按文字，有少量违法所得时的上限（{yuan(high)}元）低于没有违法所得时的上限（{yuan(cap)}元）。",
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
        f"{regs.effective_from.isoformat()}起，消费者权益保护法实施条例第五十条第三款：「经营者违反本条例其他规定的，"
        "依照消费者权益保护法第五十六条的规定予以处罚。」第五十条第一、二款未列第二十三条（个人信息），"
        "故违反第二十三条的，依第三款适用消费者权益保护法第五十六条。条例文本仅在一个镜像中核实。",
        f"From {regs.effective_from.isoformat()}, Implementing Regulations art. 50 para. 3 sends breaches of the "
        "Regulations' other provisions to CPL art. 56. Paras. 1–2 do not list art. 23 (personal information), so "
        "an art. 23 breach is punished under CPL art. 56 through para. 3. The Regulations' text is verified in "
        "one mirror only.",
        "consumer_regs/50",
        kind_resting_on(regs),
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
        "但书：个人信息保护法第六十六条可能取代本条数额（推论，未定论）",
        "proviso: PIPL art. 66 may displace these figures (an inference, not settled)",
    ),
)


def _consumer_steps(ref: str) -> list[Step]:
    return [
        Step(
            "罚款是可以选择的处罚（「可以根据情节单处或者并处」）；若罚款，范围如上。"
            "「情节严重的，责令停业整顿、吊销营业执照」。",
            "The fine is one of the measures the authority may choose; if it fines, the range is as above. In "
            "serious cases: suspension of business for rectification, or revocation of the business licence.",
            ref,
        ),
        Step(
            "条文写的是「工商行政管理部门或者其他有关行政部门」；工商行政管理部门现已不以此名存在，职责由市场监督管理部门承担。",
            "The text names the 工商行政管理部门 (administration for industry and commerce); it no longer exists under "
            "that name — market supervision authorities (市场监督管理部门) now do this work.",
            ref,
        ),
        Step(
            "但书：「其他有关法律、法规对处罚机关和处罚方式有规定的，依照法律、法规的规定执行」。",
            "Proviso: where other laws or regulations set the penalising authority and method, those apply.",
            ref,
        ),
        Step(
            "因此个人信息保护法第六十六条可能取代上述数额——这是推论，未读到适用这一点的资料，未定论。",
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
    penalty, they apply instead (the proviso) — PIPL art. 66 may displace these figures (an inference).
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
        "消费者权益保护法第五十六条第（九）项：「侵害消费者人格尊严、侵犯消费者人身自由或者侵害消费者个人信息"
        "依法得到保护的权利的」。有关行政部门「责令改正，可以根据情节单处或者并处警告、没收违法所得」、罚款。",
        "CPL art. 56 item (9): infringing consumers' right to the protection of their personal information. "
        "The authority orders correction and may, according to the circumstances, impose a warning, "
        "confiscation of illegal gains and a fine, alone or together.",
        ref,
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
        steps=(opening, *range_steps, *_consumer_steps(ref), *regulation_steps),
        confiscation=gain_v if gain_v is not None and gain_v > 0 else None,
        notes=(*regulation_notes, *_CONSUMER_NOTES),
    )


# --------------------------------------------------------------------------- B.4 Cybersecurity Law


def _csl_2025(gain: Decimal | None, day: date) -> FineRange:
    """From 2026-01-01 (the 2025 amendment): art. 71 sends personal-information violations to "有关法律、行政法规";
    the CSL sets no figure of its own (the new text verified in one mirror only)."""
    ref = "cybersecurity_law/71"
    art71, art42 = law.provision(ref, day), law.provision("cybersecurity_law/42", day)
    steps = [
        Step(
            f"行为日期{day.isoformat()}：适用2025年修正后的网络安全法（原第六十四条已删除）。第七十一条：违反第二十四条"
            "第三款、第四十三条至第四十五条规定，侵害个人信息权益的，「依照有关法律、行政法规的规定处理、处罚」。"
            "网络安全法本身不再规定罚款数额，故不给出范围。",
            f"Conduct on {day.isoformat()}: the Cybersecurity Law as amended in 2025 applies (old art. 64 is gone). "
            "Art. 71: personal-information violations are handled and punished 'under the relevant laws and "
            "administrative regulations'. The CSL sets no fine of its own, so no range is given.",
            ref,
            kind_resting_on(art71),
        ),
        Step(
            "最明显的适用条文是个人信息保护法第六十六条（第四十二条第二款指明处理个人信息应当遵守民法典、"
            "个人信息保护法等）。这是推论：第七十一条并未点名个人信息保护法。",
            "The obvious applicable provision is PIPL art. 66 (art. 42 para. 2 says processing of personal "
            "information must follow the Civil Code, PIPL and other laws). This is an inference: art. 71 does "
            "not name PIPL.",
            art42.ref,
            Kind.READING,
        ),
        Step(
            "第七十一条及修正后的文本仅在一个镜像中核实（修正决定的相应条款未读到）。",
            "Art. 71 and the amended text are verified in one mirror only (the amending decision's own wording "
            "was not read).",
            ref,
            kind_resting_on(art71),
        ),
        Step(
            "对2026年1月1日前的行为适用哪一版本的过渡规则未作研究。",
            "The transitional rules for conduct before 2026-01-01 were not researched.",
            ref,
            Kind.NOT_ASSESSED,
        ),
    ]
    if gain is not None and gain > 0:
        steps.append(
            Step(
                f"违法所得{yuan(gain)}元：网络安全法不再据此规定倍数罚款。",
                f"Illegal gain of {yuan(gain)} yuan: the CSL no longer sets a multiple of it.",
                ref,
                kind_resting_on(art71),
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
                "依照有关法律、行政法规处罚；最明显的是个人信息保护法第六十六条（推论，未定论）",
                "punished under other laws; the obvious one is PIPL art. 66 (an inference, not settled)",
            ),
        ),
    )


def _csl_2016_steps(day: date, last_day: date | None, p_min: Decimal, p_max: Decimal, ref: str) -> list[Step]:
    steps = [
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{yuan(p_min)}元以上{yuan(p_max)}元以下罚款。"
            "情节严重的，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照。",
            f"Directly responsible persons: {yuan(p_min)} to {yuan(p_max)} yuan. Serious cases: also "
            "suspension of the business, closure for rectification, closing the website, revocation of permits or "
            "of the business licence.",
            ref,
        ),
        Step(
            "第六十四条第二款（违反第四十四条窃取、非法出售或提供个人信息，由公安机关处罚）此处不计算。",
            "Art. 64 para. 2 (theft or illegal sale of personal information under art. 44, punished by the police) is "
            "not computed here.",
            ref,
            Kind.NOT_ASSESSED,
        ),
    ]
    if last_day is not None:
        steps.append(
            Step(
                f"{last_day.isoformat()}后，第六十四条被2025年修正删除（仅在一个镜像中核实）。",
                f"After {last_day.isoformat()} art. 64 was removed by the 2025 amendment (verified in one mirror only).",
                ref,
                Kind.UNVERIFIED,
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
        f"行为日期{day.isoformat()}：适用2016年网络安全法第六十四条第一款（至{last_day.isoformat() if last_day else '今'}）。"
        "违反第二十二条第三款、第四十一条至第四十三条，侵害个人信息依法得到保护的权利的，由有关主管部门「责令改正，"
        "可以根据情节单处或者并处警告、没收违法所得」、罚款。",
        f"Conduct on {day.isoformat()}: Cybersecurity Law (2016 text) art. 64 para. 1 applies (until "
        f"{last_day.isoformat() if last_day else 'now'}). For breaches of arts. 22(3) and 41–43 the competent "
        "authority orders correction and may impose a warning, confiscation and a fine, alone or together.",
        ref,
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
            "serious cases: suspension, closure for rectification, closing the website, revocation of "
            "permits or the business licence",
        ),
        steps=(opening, *range_steps, *_csl_2016_steps(day, last_day, p_min, p_max, ref)),
        confiscation=gain if gain is not None and gain > 0 else None,
    )


def _before_the_csl(gain: Decimal | None, day: date) -> FineRange:
    raise _not_yet(law.versions("cybersecurity_law/64")[0].effective_from, day, "网络安全法", "the Cybersecurity Law")


# Which text of the Cybersecurity Law fines personal-information violations, by the date of the conduct, newest first.
_CSL: tuple[tuple[str | None, Callable[[Decimal | None, date], FineRange]], ...] = (
    ("cybersecurity_law/71", _csl_2025),  # from 2026-01-01: no figure of its own
    ("cybersecurity_law/64", _csl_2016),  # 2017-06-01 to 2025-12-31
    (None, _before_the_csl),  # earlier: refused
)


def cybersecurity_fine(*, illegal_gain: object = None, on: object = None) -> FineRange:
    """Fine for personal-information violations under the Cybersecurity Law, by the date of the conduct (``_CSL``).

    2016 text art. 64 para. 1 (2017-06-01 to 2025-12-31): order to correct; warning, confiscation and a
    fine of 1–10 × the illegal gain, or up to 1,000,000 yuan without gains; responsible persons
    10,000–100,000 yuan; serious cases: suspension, closure, revocation.

    From 2026-01-01 (2025 amendment): art. 71 sends these violations to "有关法律、行政法规"; the CSL sets no
    figure of its own, so ``min_fine``/``max_fine``/person fines are None. The obvious provision is PIPL
    art. 66, by inference (art. 71 does not name PIPL); the new text is verified in one mirror only and the
    transitional rules for conduct before 2026-01-01 were not researched.

    ``illegal_gain``: None or 0 = no illegal gain. ``on``: date of the conduct (default today); before
    2017-06-01 raises :class:`pilaw.LawError`.
    """
    gain_v = parse_optional_yuan(illegal_gain, "illegal_gain")
    day = parse_date(on)
    return law.regime_on(_CSL, day)(gain_v, day)
