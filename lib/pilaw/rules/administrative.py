"""Administrative fines (行政罚款) for personal-information and trade-secret violations.

* :func:`pipl_fine` — PIPL art. 66 (from 2021-11-01), with both readings of the serious-case
  "五千万元以下或者上一年度营业额百分之五以下"; :func:`pipl_serious_caps` gives the two caps for plotting.
* :func:`aucl_trade_secret_fine` — AUCL 2019 art. 21 / 2025 art. 26.
* :func:`consumer_fine` — Consumer Rights Protection Law art. 56 item (九), and from 2024-07-01 the
  Implementing Regulations art. 50 para. 3 that sends art. 23 breaches to it.
* :func:`cybersecurity_fine` — Cybersecurity Law 2016 art. 64 (2017-06-01 to 2025-12-31); from
  2026-01-01 art. 71 only refers to "有关法律、行政法规" and the law sets no figure of its own.

Every amount, ratio and multiple is a dated figure (``pilaw.law.figure``); none is written here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, Inexact, localcontext
from fractions import Fraction

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import format_yuan, parse_optional_yuan, parse_yuan
from pilaw.law.steps import Step

__all__ = [
    "FineRange",
    "aucl_trade_secret_fine",
    "consumer_fine",
    "cybersecurity_fine",
    "pipl_fine",
    "pipl_serious_caps",
]

ZERO = Decimal(0)
_FEN = Decimal("0.01")


# --------------------------------------------------------------------------- helpers


def _times(amount: Decimal, factor: Fraction) -> Decimal:
    """amount × factor, exactly (every factor used here is a whole multiple or a decimal ratio)."""
    exact = Fraction(amount) * factor
    with localcontext() as ctx:
        # Enough digits for any terminating quotient: digits of the numerator plus bits of the denominator.
        ctx.prec = len(str(abs(exact.numerator))) + exact.denominator.bit_length() + len(str(exact.denominator))
        ctx.traps[Inexact] = True
        try:
            return Decimal(exact.numerator) / Decimal(exact.denominator)
        except Inexact:
            raise LawError("罚款倍数或比例无法精确计算", f"the factor {factor} gives no exact amount") from None


def _fmt(amount: Decimal) -> str:
    """Yuan with thousands separators; more than two decimals are shown in full, never rounded away."""
    if amount == amount.quantize(_FEN):
        return format_yuan(amount)
    return f"{amount.normalize():,f}"


def _multiple_text(multiple: Fraction) -> str:
    return str(multiple.numerator) if multiple.denominator == 1 else f"{multiple.numerator}/{multiple.denominator}"


def _percent_text(ratio: Fraction) -> str:
    """Fraction(5, 100) → "5 %" (Decimal's own percent format, so no factor is written here)."""
    text = f"{Decimal(ratio.numerator) / Decimal(ratio.denominator):%}"
    return text.removesuffix("%") + " %"


def _figure(key: str, day: date, what_zh: str, what_en: str) -> law.Figure:
    """``law.figure`` with a message naming the provision when the day is before it took effect."""
    first = law.figure_versions(key)[0]
    if day < first.effective_from:
        raise LawError(
            f"{what_zh}于{first.effective_from.isoformat()}起施行，{day.isoformat()}尚未生效",
            f"{what_en} took effect on {first.effective_from.isoformat()}; it was not in force on {day.isoformat()}",
        )
    return law.figure(key, day)


def _caveat_zh(fig: law.Figure) -> str:
    return "" if fig.verified else f"（未经充分核实：{fig.note}）"


def _caveat_en(fig: law.Figure) -> str:
    return "" if fig.verified else f" (Not fully verified: {fig.note})"


@dataclass(frozen=True)
class FineRange:
    """The range of a fine on the organisation, the range on responsible persons, and the other measures.

    ``min_fine``/``max_fine``: the fine on the organisation (0/0 = no fine; ``max_fine`` None when the
    readings of the text differ, see ``readings``, or when the law sets no figure). ``person_min``/
    ``person_max``: fines on 直接负责的主管人员和其他直接责任人员 (None when the provision has none).
    ``readings``: (label_zh, label_en, max) per reading of a contested cap. ``cap_fixed``/
    ``cap_turnover``: PIPL art. 66 serious-case caps. ``confiscation``: illegal gain to be confiscated.
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


# --------------------------------------------------------------------------- B.1 PIPL art. 66


def pipl_serious_caps(turnover: object, on: object = None) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """PIPL art. 66 para. 2 caps for a serious case: ``(fixed, turnover_cap, higher, lower)``.

    ``fixed`` is the 50,000,000 yuan cap, ``turnover_cap`` 5 % of the previous year's ``turnover``.
    The text says "或者" (or): an authority applying one cap or the other fines up to somewhere between
    ``lower`` and ``higher``; the common commentary reading "whichever is higher" gives ``higher``.
    """
    turnover_v = parse_yuan(turnover, "turnover")
    day = parse_date(on)
    fixed = _figure("pipl66.serious_fine_cap", day, "个人信息保护法第六十六条", "PIPL art. 66").value
    ratio = _figure("pipl66.serious_turnover_ratio", day, "个人信息保护法第六十六条", "PIPL art. 66").value
    turnover_cap = _times(turnover_v, ratio)
    return fixed, turnover_cap, max(fixed, turnover_cap), min(fixed, turnover_cap)


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
    name_zh, name_en = "个人信息保护法第六十六条", "PIPL art. 66"
    ref = "pipl/66"
    steps: list[Step] = []

    if gain_v is not None and gain_v > 0:
        confiscation = gain_v
        steps.append(
            Step(
                f"没收违法所得：{_fmt(gain_v)}元（没收不是罚款，不计入罚款数额）。",
                f"Confiscation of illegal gains (没收违法所得): {_fmt(gain_v)} yuan (not a fine; not counted in it).",
                ref,
            )
        )
    else:
        confiscation = None

    if not serious_v:
        cap = _figure("pipl66.fine_cap", day, name_zh, name_en)
        p_min = _figure("pipl66.person_fine_min", day, name_zh, name_en)
        p_max = _figure("pipl66.person_fine_max", day, name_zh, name_en)
        measures_zh = ("责令改正", "给予警告", "没收违法所得", "对违法处理个人信息的应用程序，责令暂停或者终止提供服务")
        measures_en = (
            "order to correct",
            "warning",
            "confiscation of illegal gains",
            "order to suspend or terminate the service of the app that processed information unlawfully",
        )
        steps.insert(
            0,
            Step(
                "一般情形（第六十六条第一款）：由履行个人信息保护职责的部门「责令改正，给予警告，没收违法所得」，"
                "对违法处理个人信息的应用程序责令暂停或者终止提供服务。",
                "Ordinary case (art. 66 para. 1): the authority with personal-information duties orders correction, "
                "gives a warning, confiscates illegal gains, and may order the offending app suspended or shut.",
                ref,
            ),
        )
        if refused:
            min_fine, max_fine = ZERO, cap.value
            steps.append(
                Step(
                    f"「拒不改正的，并处」罚款：{_fmt(cap.value)}元以下（条文无下限）。",
                    f"Refusal to correct: a fine is added, up to {_fmt(cap.value)} yuan (no minimum in the text).",
                    ref,
                )
            )
        else:
            min_fine = max_fine = ZERO
            steps.append(
                Step(
                    f"没有拒不改正：一般情形下只有「拒不改正的」才「并处」罚款（上限{_fmt(cap.value)}元），"
                    "故对单位不罚款（0元）。",
                    f"No refusal to correct: in the ordinary case a fine (up to {_fmt(cap.value)} yuan) is added only "
                    f"where the processor refuses to correct, so no fine on the organisation (0 yuan).",
                    ref,
                )
            )
        steps.append(
            Step(
                f"对直接负责的主管人员和其他直接责任人员：{_fmt(p_min.value)}元以上{_fmt(p_max.value)}元以下罚款。"
                "这一罚款是否也以拒不改正为前提（条文用分号隔开），条文不明确，未定论；此处两种情形都列出。",
                f"Directly responsible managers and other directly responsible persons: {_fmt(p_min.value)} to "
                f"{_fmt(p_max.value)} yuan. Whether this fine too depends on a refusal to correct (the text separates "
                f"it with a semicolon) is unclear — not settled; it is shown in both cases.",
                ref,
            )
        )
        if turnover_v is not None:
            steps.append(
                Step(
                    "营业额只在情节严重时才有意义，一般情形不使用。",
                    "Turnover matters only in a serious case; it is not used in the ordinary case.",
                    ref,
                )
            )
        return FineRange(
            on=day,
            article=ref,
            min_fine=min_fine,
            max_fine=max_fine,
            person_min=p_min.value,
            person_max=p_max.value,
            measures_zh=measures_zh,
            measures_en=measures_en,
            steps=tuple(steps),
            confiscation=confiscation,
        )

    fixed_fig = _figure("pipl66.serious_fine_cap", day, name_zh, name_en)
    ratio_fig = _figure("pipl66.serious_turnover_ratio", day, name_zh, name_en)
    p_min = _figure("pipl66.serious_person_fine_min", day, name_zh, name_en)
    p_max = _figure("pipl66.serious_person_fine_max", day, name_zh, name_en)
    fixed = fixed_fig.value
    pct = _percent_text(ratio_fig.value)
    cap_turnover = None if turnover_v is None else _times(turnover_v, ratio_fig.value)
    higher = None if cap_turnover is None else max(fixed, cap_turnover)

    steps.insert(
        0,
        Step(
            "情节严重（第六十六条第二款）：由省级以上履行个人信息保护职责的部门「责令改正，没收违法所得，并处」罚款。"
            "是否拒不改正在此不影响罚款。",
            "Serious case (art. 66 para. 2): a provincial-level or higher authority with personal-information duties "
            "orders correction, confiscates illegal gains and imposes a fine. A refusal to correct does not matter "
            "here.",
            ref,
        ),
    )
    turnover_zh = (
        "营业额未知" if turnover_v is None else f"上一年度营业额{_fmt(turnover_v)}元的{pct}为{_fmt(cap_turnover)}元"
    )
    turnover_en = (
        "turnover unknown"
        if turnover_v is None
        else f"{pct} of last year's turnover of {_fmt(turnover_v)} yuan is {_fmt(cap_turnover)} yuan"
    )
    steps.append(
        Step(
            f"两个上限：固定上限{_fmt(fixed)}元；营业额上限为上一年度营业额的{pct}（{turnover_zh}）。",
            f"Two caps: a fixed cap of {_fmt(fixed)} yuan; a turnover cap of {pct} of the previous year's "
            f"turnover ({turnover_en}).",
            ref,
        )
    )
    steps.append(
        Step(
            "条文在两个上限之间用的是“或者”（「以下或者上一年度营业额」），不是“以较高者为准”。"
            "按文字，由执法机关选择适用其中一个上限；“取较高者”的读法在评论中常见，但不是条文的用语。两种读法都列出，未定论。",
            "The text says the fine is up to the fixed cap 'or' (或者) up to the turnover share — not 'whichever is "
            "higher'. As written, the authority applies one of the two caps; reading it as 'whichever is higher' is "
            "common in commentary but is not the text. Both readings are shown — not settled.",
            ref,
        )
    )
    readings = (
        (
            f"执法机关适用固定上限：{_fmt(fixed)}元以下",
            f"the authority applies the fixed cap: up to {_fmt(fixed)} yuan",
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
    if cap_turnover is not None and cap_turnover == fixed:
        max_fine = fixed
        steps.append(
            Step(
                f"本案两个上限相等（{_fmt(fixed)}元），各种读法结果一致。",
                f"Here the two caps are equal ({_fmt(fixed)} yuan), so every reading gives the same maximum.",
                ref,
            )
        )
    else:
        max_fine = None
        why_zh = "营业额未知" if cap_turnover is None else "两个上限不同"
        why_en = "the turnover is unknown" if cap_turnover is None else "the two caps differ"
        steps.append(
            Step(
                f"最高罚款取决于读法（{why_zh}），不给出单一数额；见各读法。",
                f"The maximum fine depends on the reading ({why_en}); no single figure is given — see the readings.",
                ref,
            )
        )
    steps.append(
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{_fmt(p_min.value)}元以上{_fmt(p_max.value)}元以下罚款，"
            "并可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人。",
            f"Directly responsible persons: {_fmt(p_min.value)} to {_fmt(p_max.value)} yuan, and they may be barred "
            f"for a period from serving as director, supervisor, senior manager or PI-protection officer.",
            ref,
        )
    )
    measures_zh = (
        "责令改正",
        "没收违法所得",
        "可以责令暂停相关业务或者停业整顿",
        "通报有关主管部门吊销相关业务许可或者吊销营业执照",
        "可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护负责人",
    )
    measures_en = (
        "order to correct",
        "confiscation of illegal gains",
        "possible suspension of the business or closure for rectification",
        "notice to the competent authority to revoke business permits or the business licence",
        "possible ban of responsible persons from director, supervisor, senior-manager and PI-officer posts for a period",
    )
    return FineRange(
        on=day,
        article=ref,
        min_fine=ZERO,
        max_fine=max_fine,
        person_min=p_min.value,
        person_max=p_max.value,
        measures_zh=measures_zh,
        measures_en=measures_en,
        steps=tuple(steps),
        readings=readings,
        cap_fixed=fixed,
        cap_turnover=cap_turnover,
        confiscation=confiscation,
    )


# --------------------------------------------------------------------------- B.2 AUCL trade secrets


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
    name_zh, name_en = "2019年修正的反不正当竞争法第二十一条", "the 2019 text of the AUCL (art. 21)"
    prefix = "aucl.trade_secret_serious_fine" if serious_v else "aucl.trade_secret_fine"
    low = _figure(f"{prefix}_min", day, name_zh, name_en)
    high = _figure(f"{prefix}_max", day, name_zh, name_en)
    ref = low.ref
    article_zh = {"aucl/21": "2019年文本第二十一条", "aucl/26": "2025年文本第二十六条"}.get(ref, ref)
    article_en = {"aucl/21": "2019 text art. 21", "aucl/26": "2025 text art. 26"}.get(ref, ref)
    steps = [
        Step(
            f"行为日期{day.isoformat()}：适用反不正当竞争法{article_zh}。由监督检查部门「责令停止违法行为，没收违法所得」。",
            f"Conduct on {day.isoformat()}: AUCL {article_en} applies. The supervision and inspection authority "
            f"orders the infringement stopped and confiscates illegal gains.",
            ref,
        )
    ]
    if serious_v:
        steps.append(
            Step(
                f"情节严重：{_fmt(low.value)}元以上{_fmt(high.value)}元以下罚款。{_caveat_zh(low)}",
                f"Serious circumstances (情节严重): a fine of {_fmt(low.value)} to {_fmt(high.value)} yuan."
                f"{_caveat_en(low)}",
                ref,
            )
        )
        old = law.figure_versions("aucl.trade_secret_serious_fine_min")
        if len(old) > 1:
            steps.append(
                Step(
                    "情节严重时的最低罚款随法律修订而改变："
                    + "；".join(f"{v.effective_from.isoformat()}起{_fmt(v.value)}元" for v in old)
                    + "。",
                    "The serious-case minimum changed with the 2025 text: "
                    + "; ".join(f"from {v.effective_from.isoformat()}: {_fmt(v.value)} yuan" for v in old)
                    + ".",
                    ref,
                )
            )
    else:
        steps.append(
            Step(
                f"{_fmt(low.value)}元以上{_fmt(high.value)}元以下罚款。{_caveat_zh(low)}",
                f"A fine of {_fmt(low.value)} to {_fmt(high.value)} yuan.{_caveat_en(low)}",
                ref,
            )
        )
    return FineRange(
        on=day,
        article=ref,
        min_fine=low.value,
        max_fine=high.value,
        person_min=None,
        person_max=None,
        measures_zh=("责令停止违法行为", "没收违法所得"),
        measures_en=("order to stop the infringement", "confiscation of illegal gains"),
        steps=tuple(steps),
    )


# --------------------------------------------------------------------------- B.3 Consumer Rights Protection Law


def _gain_range(
    gain: Decimal | None, lo: law.Figure, hi: law.Figure, no_gain: law.Figure, ref: str, steps: list[Step]
) -> tuple[Decimal, Decimal]:
    if gain is not None and gain > 0:
        low, high = _times(gain, lo.value), _times(gain, hi.value)
        steps.append(
            Step(
                f"违法所得{_fmt(gain)}元：罚款为违法所得{_multiple_text(lo.value)}倍以上{_multiple_text(hi.value)}倍以下，"
                f"即{_fmt(low)}元至{_fmt(high)}元。",
                f"Illegal gain of {_fmt(gain)} yuan: a fine of {_multiple_text(lo.value)} to {_multiple_text(hi.value)} "
                f"times it, {_fmt(low)} to {_fmt(high)} yuan.",
                ref,
            )
        )
        if high < no_gain.value:
            steps.append(
                Step(
                    f"注意：按文字，有少量违法所得时的上限（{_fmt(high)}元）低于没有违法所得时的上限"
                    f"（{_fmt(no_gain.value)}元）。",
                    f"Note: read literally, a small illegal gain gives a lower cap ({_fmt(high)} yuan) than no gain at "
                    f"all ({_fmt(no_gain.value)} yuan).",
                    ref,
                )
            )
        return low, high
    steps.append(
        Step(
            f"没有违法所得（未填或为0）：罚款{_fmt(no_gain.value)}元以下（条文无下限）。",
            f"No illegal gain (none given, or 0): a fine of up to {_fmt(no_gain.value)} yuan (no minimum in the text).",
            ref,
        )
    )
    return ZERO, no_gain.value


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
    name_zh, name_en = "消费者权益保护法第五十六条（2013年修正）", "Consumer Rights Protection Law art. 56 (2013 text)"
    lo = _figure("consumer56.gain_multiple_min", day, name_zh, name_en)
    hi = _figure("consumer56.gain_multiple_max", day, name_zh, name_en)
    no_gain = _figure("consumer56.no_gain_fine_cap", day, name_zh, name_en)
    ref = lo.ref
    steps = [
        Step(
            "消费者权益保护法第五十六条第（九）项：「侵害消费者人格尊严、侵犯消费者人身自由或者侵害消费者个人信息"
            "依法得到保护的权利的」。有关行政部门「责令改正，可以根据情节单处或者并处警告、没收违法所得」、罚款。",
            "CPL art. 56 item (9): infringing consumers' right to the protection of their personal information. "
            "The authority orders correction and may, according to the circumstances, impose a warning, "
            "confiscation of illegal gains and a fine, alone or together.",
            ref,
        )
    ]
    min_fine, max_fine = _gain_range(gain_v, lo, hi, no_gain, ref, steps)
    steps.append(
        Step(
            "罚款是可以选择的处罚（「可以根据情节单处或者并处」）；若罚款，范围如上。"
            "「情节严重的，责令停业整顿、吊销营业执照」。",
            "The fine is one of the measures the authority may choose; if it fines, the range is as above. In "
            "serious cases: suspension of business for rectification, or revocation of the business licence.",
            ref,
        )
    )
    steps.append(
        Step(
            "条文写的是「工商行政管理部门或者其他有关行政部门」；工商行政管理部门现已不以此名存在，职责由市场监督管理部门承担。",
            "The text names the 工商行政管理部门 (administration for industry and commerce); it no longer exists under "
            "that name — market supervision authorities (市场监督管理部门) now do this work.",
            ref,
        )
    )
    steps.append(
        Step(
            "但书：「其他有关法律、法规对处罚机关和处罚方式有规定的，依照法律、法规的规定执行」。"
            "因此个人信息保护法第六十六条可能取代上述数额——这是推论，未读到适用这一点的资料，未定论。",
            "Proviso: where other laws or regulations set the penalising authority and method, those apply. PIPL "
            "art. 66 may therefore displace these figures — an inference; no source applying it was read — not settled.",
            ref,
        )
    )
    regs_from = law.versions("consumer_regs/50")[0].effective_from
    if day >= regs_from:
        steps.append(
            Step(
                f"{regs_from.isoformat()}起，消费者权益保护法实施条例第五十条第三款：「经营者违反本条例其他规定的，"
                "依照消费者权益保护法第五十六条的规定予以处罚。」第五十条第一、二款未列第二十三条（个人信息），"
                "故违反第二十三条的，依第三款适用消费者权益保护法第五十六条。条例文本仅在一个镜像中核实。",
                f"From {regs_from.isoformat()}, Implementing Regulations art. 50 para. 3 sends breaches of the "
                "Regulations' other provisions to CPL art. 56. Paras. 1–2 do not list art. 23 (personal information), so "
                "an art. 23 breach is punished under CPL art. 56 through para. 3. The Regulations' text is verified in "
                "one mirror only.",
                "consumer_regs/50",
            )
        )
    confiscation = gain_v if gain_v is not None and gain_v > 0 else None
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
        steps=tuple(steps),
        confiscation=confiscation,
    )


# --------------------------------------------------------------------------- B.4 Cybersecurity Law


def cybersecurity_fine(*, illegal_gain: object = None, on: object = None) -> FineRange:
    """Fine for personal-information violations under the Cybersecurity Law, by the date of the conduct.

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
    name_zh, name_en = "网络安全法", "the Cybersecurity Law"
    versions = law.figure_versions("csl64.no_gain_fine_cap")
    last_day = versions[-1].effective_to
    if last_day is not None and day > last_day:
        # The 2025 amendment: no figure of its own.
        steps = [
            Step(
                f"行为日期{day.isoformat()}：适用2025年修正后的网络安全法（原第六十四条已删除）。第七十一条：违反第二十四条"
                "第三款、第四十三条至第四十五条规定，侵害个人信息权益的，「依照有关法律、行政法规的规定处理、处罚」。"
                "网络安全法本身不再规定罚款数额，故不给出范围。",
                f"Conduct on {day.isoformat()}: the Cybersecurity Law as amended in 2025 applies (old art. 64 is gone). "
                "Art. 71: personal-information violations are handled and punished 'under the relevant laws and "
                "administrative regulations'. The CSL sets no fine of its own, so no range is given.",
                "cybersecurity_law/71",
            ),
            Step(
                "最明显的适用条文是个人信息保护法第六十六条（第四十二条第二款指明处理个人信息应当遵守民法典、"
                "个人信息保护法等）。这是推论：第七十一条并未点名个人信息保护法。",
                "The obvious applicable provision is PIPL art. 66 (art. 42 para. 2 says processing of personal "
                "information must follow the Civil Code, PIPL and other laws). This is an inference: art. 71 does "
                "not name PIPL.",
                "cybersecurity_law/42",
            ),
            Step(
                "第七十一条及修正后的文本仅在一个镜像中核实（修正决定的相应条款未读到）；对2026年1月1日前的行为"
                "适用哪一版本的过渡规则未作研究。",
                "Art. 71 and the amended text are verified in one mirror only (the amending decision's own wording "
                "was not read); transitional rules for conduct before 2026-01-01 were not researched.",
                "cybersecurity_law/71",
            ),
        ]
        if gain_v is not None and gain_v > 0:
            steps.append(
                Step(
                    f"违法所得{_fmt(gain_v)}元：网络安全法不再据此规定倍数罚款。",
                    f"Illegal gain of {_fmt(gain_v)} yuan: the CSL no longer sets a multiple of it.",
                    "cybersecurity_law/71",
                )
            )
        return FineRange(
            on=day,
            article="cybersecurity_law/71",
            min_fine=None,
            max_fine=None,
            person_min=None,
            person_max=None,
            measures_zh=("依照有关法律、行政法规的规定处理、处罚",),
            measures_en=("handled and punished under the relevant laws and administrative regulations",),
            steps=tuple(steps),
        )

    lo = _figure("csl64.gain_multiple_min", day, name_zh, name_en)
    hi = _figure("csl64.gain_multiple_max", day, name_zh, name_en)
    no_gain = _figure("csl64.no_gain_fine_cap", day, name_zh, name_en)
    p_min = _figure("csl64.person_fine_min", day, name_zh, name_en)
    p_max = _figure("csl64.person_fine_max", day, name_zh, name_en)
    ref = lo.ref
    steps = [
        Step(
            f"行为日期{day.isoformat()}：适用2016年网络安全法第六十四条第一款（至{last_day.isoformat() if last_day else '今'}）。"
            "违反第二十二条第三款、第四十一条至第四十三条，侵害个人信息依法得到保护的权利的，由有关主管部门「责令改正，"
            "可以根据情节单处或者并处警告、没收违法所得」、罚款。",
            f"Conduct on {day.isoformat()}: Cybersecurity Law (2016 text) art. 64 para. 1 applies (until "
            f"{last_day.isoformat() if last_day else 'now'}). For breaches of arts. 22(3) and 41–43 the competent "
            "authority orders correction and may impose a warning, confiscation and a fine, alone or together.",
            ref,
        )
    ]
    min_fine, max_fine = _gain_range(gain_v, lo, hi, no_gain, ref, steps)
    steps.append(
        Step(
            f"对直接负责的主管人员和其他直接责任人员：{_fmt(p_min.value)}元以上{_fmt(p_max.value)}元以下罚款。"
            "情节严重的，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照。",
            f"Directly responsible persons: {_fmt(p_min.value)} to {_fmt(p_max.value)} yuan. Serious cases: also "
            "suspension of the business, closure for rectification, closing the website, revocation of permits or "
            "of the business licence.",
            ref,
        )
    )
    steps.append(
        Step(
            "第六十四条第二款（违反第四十四条窃取、非法出售或提供个人信息，由公安机关处罚）此处不计算。"
            + (f"{last_day.isoformat()}后，第六十四条被2025年修正删除（仅在一个镜像中核实）。" if last_day else ""),
            "Art. 64 para. 2 (theft or illegal sale of personal information under art. 44, punished by the police) is "
            "not computed here."
            + (
                f" After {last_day.isoformat()} art. 64 was removed by the 2025 amendment (verified in one mirror only)."
                if last_day
                else ""
            ),
            ref,
        )
    )
    confiscation = gain_v if gain_v is not None and gain_v > 0 else None
    return FineRange(
        on=day,
        article=ref,
        min_fine=min_fine,
        max_fine=max_fine,
        person_min=p_min.value,
        person_max=p_max.value,
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
        steps=tuple(steps),
        confiscation=confiscation,
    )
