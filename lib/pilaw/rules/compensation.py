"""Civil damages (损害赔偿) for personal-information and trade-secret infringement.

Three rules, each a pure function that returns a frozen result with its reasoning in ``steps``:

* :func:`claimed_rule` — the source web page's "500 / 3,000 yuan" rule, exactly as the page states it.
  It is quoted so that it can be criticised: no statute contains it (not found in national law as of
  mid-2026). Every step cites ``"page/claim"``, never a provision.
* :func:`statutory_damages` — the law: PIPL art. 69 (from 2021-11-01) and Civil Code arts. 1182–1183
  (from 2021-01-01): the loss or the gain; where neither can be determined the court decides "根据实际情况";
  no statutory minimum; mental damages only for 严重精神损害 (serious mental harm), with no fixed amount.
* :func:`trade_secret_damages` — Anti-Unfair Competition Law 2019 art. 17 / 2025 art. 22, with the
  punitive multiplier (1–5×) and the 2026 SPC punitive-damages interpretation (法释〔2026〕7号).

Every amount and multiple comes from a dated figure (``pilaw.law.figure``) or, for the page's claim,
from ``data/page_claim.json``; none is written in this module.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, Inexact, localcontext
from fractions import Fraction
from functools import lru_cache

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import format_yuan, parse_optional_yuan, parse_yuan
from pilaw.law.steps import PAGE_CLAIM, Step

__all__ = [
    "Award",
    "PageClaim",
    "StatutoryAward",
    "TradeSecretAward",
    "claimed_rule",
    "page_claim",
    "statutory_damages",
    "trade_secret_damages",
]

ZERO = Decimal(0)
_FEN = Decimal("0.01")


# --------------------------------------------------------------------------- input helpers


_MULTIPLE_TEXT = re.compile(r"\d{1,6}(?:\.\d{1,6})?|\d{1,6}/\d{1,6}")


def _parse_multiple(value: object, field: str, low: Fraction, high: Fraction) -> Fraction:
    """A multiple such as 3, "2.5", "5/2" or Fraction(5, 2), within [low, high]."""
    bad = InputError(field, "需要一个倍数，例如 3 或 2.5", f"needs a multiple such as 3 or 2.5, not {value!r}")
    if isinstance(value, bool) or value is None:
        raise bad
    if isinstance(value, Fraction):
        multiple = value
    elif isinstance(value, int):
        multiple = Fraction(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise bad
        multiple = Fraction(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise bad
        multiple = Fraction(Decimal(repr(value)))
    elif isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip().removesuffix("倍").strip()
        if not _MULTIPLE_TEXT.fullmatch(text):
            raise bad
        try:
            multiple = Fraction(text)
        except ZeroDivisionError:
            raise bad from None
    else:
        raise bad
    if not low <= multiple <= high:
        raise InputError(
            field,
            f"须在{_times_text(low)}倍至{_times_text(high)}倍之间",
            f"must be between {_times_text(low)} and {_times_text(high)} times",
        )
    return multiple


# --------------------------------------------------------------------------- arithmetic and display


def _times(amount: Decimal, factor: Fraction) -> tuple[Decimal, bool]:
    """amount × factor, exact when the result fits in decimals; else rounded to the fen (flag False)."""
    exact = Fraction(amount) * factor
    with localcontext() as ctx:
        # Enough digits for any terminating quotient: digits of the numerator plus bits of the denominator.
        ctx.prec = len(str(abs(exact.numerator))) + exact.denominator.bit_length() + len(str(exact.denominator))
        ctx.traps[Inexact] = True
        try:
            return Decimal(exact.numerator) / Decimal(exact.denominator), True
        except Inexact:
            ctx.traps[Inexact] = False
            product = Decimal(exact.numerator) / Decimal(exact.denominator)
            return product.quantize(_FEN, rounding=ROUND_HALF_UP), False


def _fmt(amount: Decimal) -> str:
    """Yuan with thousands separators; more than two decimals are shown in full, never rounded away."""
    if amount == amount.quantize(_FEN):
        return format_yuan(amount)
    return f"{amount.normalize():,f}"


def _times_text(multiple: Fraction) -> str:
    if multiple.denominator == 1:
        return str(multiple.numerator)
    decimal = Decimal(multiple.numerator) / Decimal(multiple.denominator)
    if Fraction(decimal) == multiple:
        return f"{decimal.normalize():f}"
    return f"{multiple.numerator}/{multiple.denominator}"


def _caveat_zh(fig: law.Figure) -> str:
    return "" if fig.verified else f"（此数额未经充分核实：{fig.note}）"


def _caveat_en(fig: law.Figure) -> str:
    return "" if fig.verified else f" (Not fully verified: {fig.note})"


def _starts(ref: str) -> date:
    """The day the first version of ``ref`` in the corpus took effect."""
    return law.versions(ref)[0].effective_from


# --------------------------------------------------------------------------- A.1 the page's claim


@dataclass(frozen=True)
class PageClaim:
    """The source web page's 500 / 3,000 yuan rule as data (``data/page_claim.json``); it is not law."""

    property_floor: Decimal
    mental_floor: Decimal
    source_url: str
    dated: date
    title_zh: str
    quote_zh: str
    translation_en: str
    finding_zh: str
    finding_en: str


@lru_cache(maxsize=1)
def page_claim() -> PageClaim:
    """The page's claim: its two figures, its address and date, and its claim paragraph copied exactly."""
    raw = law.data("page_claim.json")
    return PageClaim(
        property_floor=Decimal(raw["property_floor"]),
        mental_floor=Decimal(raw["mental_floor"]),
        source_url=raw["source_url"],
        dated=date.fromisoformat(raw["dated"]),
        title_zh=raw["title_zh"],
        quote_zh=raw["quote_zh"],
        translation_en=raw["translation_en"],
        finding_zh=raw["finding_zh"],
        finding_en=raw["finding_en"],
    )


@dataclass(frozen=True)
class Award:
    """What the page's rule would give. ``*_is_minimum``: the amount is a "不低于" (at least) floor."""

    property: Decimal
    mental: Decimal
    total: Decimal
    property_is_minimum: bool
    mental_is_minimum: bool
    steps: tuple[Step, ...]


def claimed_rule(*, gain: object, loss: object, severe_mental_harm: bool = False, mental_claim: object = None) -> Award:
    """The source web page's rule, exactly as the page states it — a claim, not law.

    The page (xfiae.cn, 2025-07-06) says: property damages are the operator's gain from illegally
    providing the information; the consumer's actual loss instead when it is greater; "不低于500元"
    (at least 500 yuan) when gain and loss "难以确定" (cannot be determined). Serious mental harm brings
    "不低于3000元" (at least 3,000 yuan) of mental damages.

    Read here as: with both known, the greater of loss and gain (the gain unless the loss is greater);
    with only one known, that one; the 500 floor only when neither is known (it does not lift a known
    small amount). Mental damages: 0 unless ``severe_mental_harm``; then ``mental_claim`` if it is at
    least 3,000, else 3,000. ``gain``/``loss``: an amount, or None for 难以确定.

    No statute contains this rule (not found in national law as of mid-2026). Compare
    :func:`statutory_damages`. Every step cites ``"page/claim"``.
    """
    gain_v = parse_optional_yuan(gain, "gain")
    loss_v = parse_optional_yuan(loss, "loss")
    severe = parse_flag(severe_mental_harm, "severe_mental_harm")
    claim_v = parse_optional_yuan(mental_claim, "mental_claim")
    page = page_claim()
    p_floor, m_floor = page.property_floor, page.mental_floor

    steps = [
        Step(
            f"来源网页（{page.source_url}，{page.dated.isoformat()}）原文：「{page.quote_zh}」",
            f"The source web page ({page.source_url}, dated {page.dated.isoformat()}) says: {page.translation_en}",
            PAGE_CLAIM,
        )
    ]

    property_is_minimum = False
    if gain_v is not None and loss_v is not None:
        if loss_v > gain_v:
            prop = loss_v
            steps.append(
                Step(
                    f"网页规则：实际损失{_fmt(loss_v)}元大于经营者获取的收益{_fmt(gain_v)}元，"
                    f"财产赔偿按实际损失计：{_fmt(prop)}元。",
                    f"Page's rule: the actual loss ({_fmt(loss_v)} yuan) is greater than the operator's gain "
                    f"({_fmt(gain_v)} yuan), so property damages are the loss: {_fmt(prop)} yuan.",
                    PAGE_CLAIM,
                )
            )
        else:
            prop = gain_v
            steps.append(
                Step(
                    f"网页规则：赔偿额为经营者获取的收益{_fmt(gain_v)}元；实际损失{_fmt(loss_v)}元不大于收益，"
                    f"故不改按损失计。财产赔偿：{_fmt(prop)}元。",
                    f"Page's rule: damages are the operator's gain ({_fmt(gain_v)} yuan); the loss "
                    f"({_fmt(loss_v)} yuan) is not greater, so the gain stands. Property damages: {_fmt(prop)} yuan.",
                    PAGE_CLAIM,
                )
            )
    elif gain_v is not None or loss_v is not None:
        known_is_gain = gain_v is not None
        prop = gain_v if known_is_gain else loss_v
        which_zh = "经营者获取的收益" if known_is_gain else "实际损失"
        which_en = "the operator's gain" if known_is_gain else "the actual loss"
        other_zh = "实际损失" if known_is_gain else "经营者获取的收益"
        other_en = "the loss" if known_is_gain else "the gain"
        steps.append(
            Step(
                f"网页规则：只有{which_zh}可以确定（{_fmt(prop)}元），{other_zh}难以确定。网页没有明说这种情形；"
                f"此处按已知的一项计算：{_fmt(prop)}元（对网页文字的一种读法）。",
                f"Page's rule: only {which_en} is known ({_fmt(prop)} yuan); {other_en} cannot be determined. "
                f"The page does not address this case; it is read here as the known amount: {_fmt(prop)} yuan "
                f"(a reading of the page's words).",
                PAGE_CLAIM,
            )
        )
    else:
        prop = p_floor
        property_is_minimum = True
        steps.append(
            Step(
                f"网页规则：经营者获取的收益、消费者的实际损失均难以确定，赔偿额“不低于{_fmt(p_floor)}元”："
                f"显示为最低额{_fmt(p_floor)}元（网页所称的下限，实际数额可以更高）。",
                f"Page's rule: neither the operator's gain nor the consumer's loss can be determined, so the "
                f"amount is 'not less than {_fmt(p_floor)} yuan': shown as the minimum, {_fmt(p_floor)} yuan "
                f"(the page's floor; the amount could be higher).",
                PAGE_CLAIM,
            )
        )
    if not property_is_minimum and prop < p_floor:
        steps.append(
            Step(
                f"网页的{_fmt(p_floor)}元下限只适用于收益和损失都难以确定的情形，不会把已知的{_fmt(prop)}元提高到"
                f"{_fmt(p_floor)}元。",
                f"The page's {_fmt(p_floor)} yuan floor applies only when neither gain nor loss can be determined; "
                f"it does not lift the known {_fmt(prop)} yuan to {_fmt(p_floor)} yuan.",
                PAGE_CLAIM,
            )
        )

    mental_is_minimum = False
    if not severe:
        mental = ZERO
        extra_zh = f"所主张的{_fmt(claim_v)}元不予考虑。" if claim_v is not None else ""
        extra_en = f" The claim of {_fmt(claim_v)} yuan is not considered." if claim_v is not None else ""
        steps.append(
            Step(
                f"网页规则：未造成严重精神损害，无精神损害赔偿（0元）。{extra_zh}",
                f"Page's rule: no serious mental harm, so no mental damages (0 yuan).{extra_en}",
                PAGE_CLAIM,
            )
        )
    elif claim_v is not None and claim_v >= m_floor:
        mental = claim_v
        steps.append(
            Step(
                f"网页规则：造成严重精神损害的，精神损害赔偿“不低于{_fmt(m_floor)}元”；所主张的{_fmt(claim_v)}元"
                f"不低于该数，按主张计：{_fmt(mental)}元。",
                f"Page's rule: serious mental harm brings mental damages of 'not less than {_fmt(m_floor)} yuan'; "
                f"the claim of {_fmt(claim_v)} yuan is not below it and is granted: {_fmt(mental)} yuan.",
                PAGE_CLAIM,
            )
        )
    else:
        mental = m_floor
        mental_is_minimum = True
        if claim_v is None:
            why_zh, why_en = "未主张具体数额", "no amount is claimed"
        else:
            why_zh = f"所主张的{_fmt(claim_v)}元低于该数"
            why_en = f"the claim of {_fmt(claim_v)} yuan is below it"
        steps.append(
            Step(
                f"网页规则：造成严重精神损害的，精神损害赔偿“不低于{_fmt(m_floor)}元”；{why_zh}，"
                f"显示为最低额{_fmt(m_floor)}元。",
                f"Page's rule: serious mental harm brings mental damages of 'not less than {_fmt(m_floor)} yuan'; "
                f"{why_en}, so the minimum, {_fmt(m_floor)} yuan, is shown.",
                PAGE_CLAIM,
            )
        )

    total = prop + mental
    steps.append(
        Step(
            f"按网页规则合计：{_fmt(prop)}元 + {_fmt(mental)}元 = {_fmt(total)}元。",
            f"Total under the page's rule: {_fmt(prop)} + {_fmt(mental)} = {_fmt(total)} yuan.",
            PAGE_CLAIM,
        )
    )
    steps.append(
        Step(
            f"这不是法律：{page.finding_zh}法律规定见个人信息保护法第六十九条、民法典第一千一百八十二条、"
            f"第一千一百八十三条：按损失或者获益赔偿，难以确定时根据实际情况确定，没有法定最低额。",
            f"This is not law. {page.finding_en} The law is PIPL art. 69 and Civil Code arts. 1182–1183: "
            f"the loss or the gain; where neither can be determined, the amount is set 'according to the actual "
            f"circumstances'; there is no statutory minimum.",
            PAGE_CLAIM,
        )
    )
    return Award(
        property=prop,
        mental=mental,
        total=total,
        property_is_minimum=property_is_minimum,
        mental_is_minimum=mental_is_minimum,
        steps=tuple(steps),
    )


# --------------------------------------------------------------------------- A.2 PIPL 69 / Civil Code 1182–1183


@dataclass(frozen=True)
class StatutoryAward:
    """Damages under PIPL art. 69 / Civil Code arts. 1182–1183.

    ``on_loss`` (loss + reasonable costs) and ``on_gain`` are the two bases (None when unknown);
    ``property_max`` the larger known basis; ``property`` the property damages (None when the court
    decides); ``upper_bound`` the court's ceiling where one exists (online cases); ``mental`` None when
    serious mental harm leaves the amount to the court, 0 without it; ``total`` None when any part is
    left to the court.
    """

    on_loss: Decimal | None
    on_gain: Decimal | None
    property_max: Decimal | None
    property: Decimal | None
    court_decides: bool
    upper_bound: Decimal | None
    mental: Decimal | None
    costs: Decimal
    total: Decimal | None
    basis: tuple[str, ...]
    steps: tuple[Step, ...]


def statutory_damages(
    *,
    loss: object,
    gain: object,
    severe_mental_harm: bool = False,
    online: bool = False,
    costs: object = 0,
    on: object = None,
) -> StatutoryAward:
    """Civil damages for infringing personal-information rights, under the law.

    PIPL art. 69 (from 2021-11-01) and Civil Code art. 1182 (from 2021-01-01): damages are
    "按照…受到的损失或者…获得的利益" — the injured person's loss or the infringer's gain, two alternative
    bases the claimant may choose between, so the larger known basis is the most that can be claimed.
    Reasonable costs of stopping the infringement count as loss (SPC online-rights provisions art. 12
    para. 1) and are added to the loss basis. Where neither loss nor gain can be determined, the court
    sets the amount "根据实际情况": ``property`` None, ``court_decides`` True, with an ``upper_bound`` of
    500,000 yuan for online infringement (same art. 12 para. 2) and none otherwise. There is no statutory
    minimum. Mental damages (Civil Code art. 1183) need 严重精神损害 (serious mental harm) and have no
    statutory amount: None (the court's) with it, 0 without it. Fault is presumed (PIPL art. 69 para. 1;
    Civil Code art. 1165 para. 2); before PIPL took effect the Civil Code alone applies.

    ``loss``/``gain``: amounts, or None for 难以确定. ``on``: date of the conduct (default today); a date
    before the Civil Code (2021-01-01) raises :class:`pilaw.LawError`.
    """
    loss_v = parse_optional_yuan(loss, "loss")
    gain_v = parse_optional_yuan(gain, "gain")
    severe = parse_flag(severe_mental_harm, "severe_mental_harm")
    online_v = parse_flag(online, "online")
    costs_v = parse_yuan(costs, "costs")
    day = parse_date(on, "on")

    cc_from = _starts("civil_code/1182")
    if day < cc_from:
        raise LawError(
            f"行为日期{day.isoformat()}早于民法典施行（{cc_from.isoformat()}）；本课程只讲民法典施行后的规则"
            f"（此前适用侵权责任法，不在语料库中）",
            f"conduct on {day.isoformat()} predates the Civil Code ({cc_from.isoformat()}); the course covers "
            f"the Civil Code era only (the earlier Tort Liability Law is not in the corpus)",
        )
    pipl_from = _starts("pipl/69")
    pipl = day >= pipl_from
    main_ref = "pipl/69" if pipl else "civil_code/1182"
    steps: list[Step] = []

    # Which law.
    if pipl:
        steps.append(
            Step(
                f"行为日期{day.isoformat()}：个人信息保护法（{pipl_from.isoformat()}起施行）第六十九条适用；"
                f"民法典第一千一百八十二条规定了同样的“损失或者获益”赔偿方法。",
                f"Conduct on {day.isoformat()}: PIPL art. 69 applies (in force since {pipl_from.isoformat()}); "
                f"Civil Code art. 1182 sets the same loss-or-gain measure.",
                "pipl/69",
            )
        )
    else:
        steps.append(
            Step(
                f"行为日期{day.isoformat()}：个人信息保护法尚未施行（{pipl_from.isoformat()}起施行），"
                f"只适用民法典第一千一百八十二条、第一千一百八十三条。",
                f"Conduct on {day.isoformat()}: PIPL was not yet in force (from {pipl_from.isoformat()}), so only "
                f"Civil Code arts. 1182 and 1183 apply.",
                "civil_code/1182",
            )
        )

    # Fault.
    if pipl:
        steps.append(
            Step(
                "过错推定：「个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任」"
                "（个人信息保护法第六十九条第一款）。由处理者证明自己没有过错。",
                "Fault is presumed: the processor is liable unless it proves it was not at fault "
                "(PIPL art. 69 para. 1).",
                "pipl/69",
            )
        )
        steps.append(
            Step(
                "民法典第一千一百六十五条第二款：「依照法律规定推定行为人有过错，其不能证明自己没有过错的，"
                "应当承担侵权责任。」个人信息保护法第六十九条就是这样的法律规定。",
                "Civil Code art. 1165 para. 2: where a law presumes fault, the actor who cannot prove it was not "
                "at fault is liable. PIPL art. 69 is such a law.",
                "civil_code/1165",
            )
        )
    else:
        steps.append(
            Step(
                "过错：个人信息保护法施行前，语料库中没有对个人信息侵权推定过错的法律规定，适用民法典第一千一百六十五条"
                "第一款的一般过错责任：「行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。」"
                "即由被侵权人证明过错（一种读法）。",
                "Fault: before PIPL, no provision in the corpus presumed fault for personal-information "
                "infringement, so the general fault rule of Civil Code art. 1165 para. 1 applies and the injured "
                "person proves fault (a reading).",
                "civil_code/1165",
            )
        )

    # Reasonable costs.
    if costs_v > 0:
        steps.append(
            Step(
                f"合理开支{_fmt(costs_v)}元：「被侵权人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条"
                f"规定的财产损失。」（网络侵害人身权益规定第十二条第一款）计入损失一侧。",
                f"Reasonable costs of {_fmt(costs_v)} yuan: costs paid to stop the infringement may be treated as "
                f"property loss under Civil Code art. 1182 (SPC online-rights provisions art. 12 para. 1); they "
                f"are added to the loss basis.",
                "spc_2020_online_rights/12",
            )
        )
        if not online_v:
            steps.append(
                Step(
                    "该规定针对利用信息网络侵害人身权益的案件；本案不是网络侵权，此处类推适用，未定论。",
                    "Those provisions govern infringement through information networks; this case is not online, "
                    "so they are applied here by analogy — not settled.",
                    "spc_2020_online_rights/12",
                )
            )

    # The two bases.
    on_loss = None if loss_v is None else loss_v + costs_v
    on_gain = gain_v
    if pipl:
        text_zh, text_en = (
            "「按照个人因此受到的损失或者个人信息处理者因此获得的利益确定」",
            "by the individual's loss or the processor's gain",
        )
    else:
        text_zh, text_en = (
            "「按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿」",
            "by the injured person's loss or the infringer's gain",
        )
    known = [(v, k) for v, k in ((on_loss, "loss"), (on_gain, "gain")) if v is not None]
    loss_zh = "难以确定" if on_loss is None else f"{_fmt(on_loss)}元"
    gain_zh = "难以确定" if on_gain is None else f"{_fmt(on_gain)}元"
    loss_en = "cannot be determined" if on_loss is None else f"{_fmt(on_loss)} yuan"
    gain_en = "cannot be determined" if on_gain is None else f"{_fmt(on_gain)} yuan"
    steps.append(
        Step(
            f"财产损失赔偿{text_zh}。以损失计：{loss_zh}；以获益计：{gain_zh}。",
            f"Property damages are measured {text_en}. On the loss: {loss_en}; on the gain: {gain_en}.",
            main_ref,
        )
    )
    if costs_v > 0 and loss_v is None and gain_v is not None:
        steps.append(
            Step(
                f"损失本身难以确定，合理开支{_fmt(costs_v)}元不单独构成损失基数；能否在获益基数之外另行主张，"
                f"条文未作规定，未定论。",
                f"The loss itself cannot be determined, so the costs of {_fmt(costs_v)} yuan do not form a loss "
                f"basis on their own; whether they can be claimed on top of the gain basis the text does not say "
                f"— not settled.",
                "spc_2020_online_rights/12",
            )
        )
    elif costs_v > 0 and loss_v is None and not online_v:
        steps.append(
            Step(
                f"损失本身难以确定，合理开支{_fmt(costs_v)}元不单独构成损失基数；能否在法院酌定的数额之外另行主张，"
                f"条文未作规定，未定论。",
                f"The loss itself cannot be determined, so the costs of {_fmt(costs_v)} yuan do not form a loss "
                f"basis on their own; whether they come on top of the amount the court sets the text does not say "
                f"— not settled.",
                "spc_2020_online_rights/12",
            )
        )

    upper_bound = None
    if known:
        property_max, kind = max(known, key=lambda item: item[0])
        prop = property_max
        court_decides = False
        if on_loss is not None and on_gain is not None:
            steps.append(
                Step(
                    f"条文用“或者”并列两种方法，通常理解为被侵权人可以选择；较大者为"
                    f"{'损失' if kind == 'loss' else '获益'}，{_fmt(property_max)}元，即最多可主张的财产赔偿。",
                    f"The text joins the two bases with 'or' (或者); the usual reading is that the claimant may "
                    f"choose, so the larger, the {kind} ({_fmt(property_max)} yuan), is the most that can be claimed.",
                    main_ref,
                )
            )
        else:
            steps.append(
                Step(
                    f"只有{'损失' if kind == 'loss' else '获益'}可以确定，按此计算：{_fmt(property_max)}元。",
                    f"Only the {kind} can be determined; it is used: {_fmt(property_max)} yuan.",
                    main_ref,
                )
            )
    else:
        property_max = None
        prop = None
        court_decides = True
        steps.append(
            Step(
                "损失和获益都难以确定：「根据实际情况确定赔偿数额」，由人民法院酌定。法律没有规定最低赔偿额"
                f"（网页所说的“不低于{_fmt(page_claim().property_floor)}元”在法律中找不到）。",
                "Neither loss nor gain can be determined: the court sets the amount 'according to the actual "
                "circumstances' (根据实际情况确定赔偿数额). No statutory minimum exists (the page's 'at least "
                f"{_fmt(page_claim().property_floor)} yuan' is found in no law).",
                main_ref,
            )
        )
        if online_v:
            cap = law.figure("online_rights12.court_damages_cap", day)
            upper_bound = cap.value
            steps.append(
                Step(
                    f"网络侵权：人民法院可以根据具体案情在{_fmt(cap.value)}元以下的范围内确定赔偿数额"
                    f"（网络侵害人身权益规定第十二条第二款）。这是上限，不是下限。{_caveat_zh(cap)}",
                    f"Online infringement: the court may set the amount within {_fmt(cap.value)} yuan (SPC "
                    f"online-rights provisions art. 12 para. 2). This is a ceiling, not a floor.{_caveat_en(cap)}",
                    cap.ref,
                )
            )
            if costs_v > 0:
                steps.append(
                    Step(
                        f"合理开支{_fmt(costs_v)}元是否包含在该上限之内，条文未明确，未定论。",
                        f"Whether the costs of {_fmt(costs_v)} yuan fall inside that ceiling the text does not say "
                        f"— not settled.",
                        cap.ref,
                    )
                )
        else:
            steps.append(
                Step(
                    "非网络侵权：没有法定上限，也没有法定下限。",
                    "Not online: there is no statutory ceiling and no statutory floor.",
                    main_ref,
                )
            )

    # Mental damages.
    if severe:
        mental = None
        steps.append(
            Step(
                "「侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。」（民法典第一千一百八十三条）"
                "法律没有规定数额，由法院酌定。法院考虑的因素（概括：过错程度，侵权情节，后果，侵权人获利，赔偿能力，"
                "当地生活水平）来自最高人民法院精神损害赔偿解释第五条（不在语料库中，未引原文），该解释也没有规定最低额。",
                "Civil Code art. 1183: serious mental harm gives a right to mental-distress damages. The law sets no "
                "amount; the court decides. The factors courts weigh — the infringer's fault, the circumstances, "
                "the consequences, the infringer's gain, its ability to pay, local living standards — come from "
                "art. 5 of the SPC interpretation on mental-distress damages (not in the corpus, not quoted here), "
                "which sets no minimum either.",
                "civil_code/1183",
            )
        )
    else:
        mental = ZERO
        steps.append(
            Step(
                "未造成严重精神损害：民法典第一千一百八十三条只对严重精神损害给予精神损害赔偿，故为0元。",
                "No serious mental harm: Civil Code art. 1183 grants mental-distress damages only for serious "
                "mental harm, so 0 yuan.",
                "civil_code/1183",
            )
        )

    if prop is not None and mental is not None:
        total = prop + mental
        steps.append(
            Step(
                f"合计：{_fmt(prop)}元 + {_fmt(mental)}元 = {_fmt(total)}元。",
                f"Total: {_fmt(prop)} + {_fmt(mental)} = {_fmt(total)} yuan.",
                main_ref,
            )
        )
    else:
        total = None
        steps.append(
            Step(
                "无法给出合计：有部分数额由法院酌定。",
                "No total can be given: part of the award is for the court to set.",
                main_ref if prop is None else "civil_code/1183",
            )
        )

    basis = (("pipl/69",) if pipl else ()) + ("civil_code/1182", "civil_code/1183")
    return StatutoryAward(
        on_loss=on_loss,
        on_gain=on_gain,
        property_max=property_max,
        property=prop,
        court_decides=court_decides,
        upper_bound=upper_bound,
        mental=mental,
        costs=costs_v,
        total=total,
        basis=basis,
        steps=tuple(steps),
    )


# --------------------------------------------------------------------------- A.3 trade secrets (AUCL)

# How each text of the AUCL damages article orders the two measures and names the punitive trigger.
_AUCL_TEXTS = {
    "aucl/17": {
        "either": False,
        "intent_zh": "恶意",
        "intent_en": "malice (恶意)",
        "measure_zh": "「按照其因被侵权所受到的实际损失确定；实际损失难以计算的，按照侵权人因侵权所获得的利益确定」",
        "measure_en": "by the actual loss; only where the loss is hard to calculate, by the infringer's gain",
        "article_zh": "2019年反不正当竞争法第十七条",
        "article_en": "AUCL (2019 text) art. 17",
    },
    "aucl/22": {
        "either": True,
        "intent_zh": "故意",
        "intent_en": "intent (故意)",
        "measure_zh": "「按照其因被侵权所受到的实际损失或者侵权人因侵权所获得的利益确定」",
        "measure_en": "by the actual loss or the infringer's gain",
        "article_zh": "2025年反不正当竞争法第二十二条",
        "article_en": "AUCL (2025 text) art. 22",
    },
}


@dataclass(frozen=True)
class TradeSecretAward:
    """Trade-secret damages under the AUCL.

    ``base`` is the loss or gain the award is computed on (``base_kind`` "loss"/"gain"; None when neither
    can be determined); ``multiplier`` the multiple actually applied (1 unless punitive damages apply);
    ``damages`` = base × multiplier; ``total_cap`` the 5 × base ceiling of the 2026 interpretation (None
    before it); ``total`` = damages + costs; when the court sets statutory damages, ``damages`` and
    ``total`` are None and ``upper_bound`` is the statutory ceiling.
    """

    article: str
    on_loss: Decimal | None
    on_gain: Decimal | None
    base: Decimal | None
    base_kind: str | None
    multiplier: Fraction
    damages: Decimal | None
    total_cap: Decimal | None
    costs: Decimal
    total: Decimal | None
    court_decides: bool
    upper_bound: Decimal | None
    punitive_interpretation: str | None
    steps: tuple[Step, ...]


def trade_secret_damages(
    *,
    loss: object = None,
    gain: object = None,
    conduct_date: object,
    wilful: bool = False,
    serious: bool = False,
    multiplier: object = 1,
    costs: object = 0,
    trial_date: object = None,
) -> TradeSecretAward:
    """Civil damages for trade-secret infringement (侵犯商业秘密), by the date of the conduct.

    * Conduct 2019-04-23 to 2025-10-14 — AUCL (2019 text) art. 17: the actual loss; *only* where the loss
      cannot be calculated, the infringer's gain. 1–5 × for 恶意 (malicious) and 情节严重 (serious)
      infringement.
    * Conduct from 2025-10-15 — AUCL (2025 text) art. 22: the loss *or* the gain (alternatives; shown:
      the larger, a contested reading); 1–5 × for 故意 (intentional) and serious infringement.
    * Neither loss nor gain determinable: statutory damages set by the court, up to 5,000,000 yuan
      (``damages`` None, ``upper_bound`` the ceiling); no multiplier applies to them.
    * Reasonable costs of stopping the infringement are added, outside the multiplied amount.
    * ``multiplier`` (1–5, Fraction allowed) applies only when ``wilful`` and ``serious``. From a trial
      date of 2026-05-01 the SPC interpretation 法释〔2026〕7号 applies: the total is at most 5 × the base
      (art. 12), costs are counted outside it (art. 12), statutory damages cannot be a base (art. 8 item 3).
      Before that the 2021 interpretation (not in the corpus) applied; only the statute's range is used.

    ``trial_date`` defaults to today (or the conduct date, if later). Conduct before 2019-04-23 raises
    :class:`pilaw.LawError`: the course starts from the 2019 text.
    """
    loss_v = parse_optional_yuan(loss, "loss")
    gain_v = parse_optional_yuan(gain, "gain")
    conduct = parse_date(conduct_date, "conduct_date", required=True)
    wilful_v = parse_flag(wilful, "wilful")
    serious_v = parse_flag(serious, "serious")
    costs_v = parse_yuan(costs, "costs")
    if trial_date is None:
        trial = max(date.today(), conduct)
    else:
        trial = parse_date(trial_date, "trial_date")
        if trial < conduct:
            raise InputError("trial_date", "审理日期不能早于行为日期", "cannot be earlier than the conduct date")

    first = law.figure_versions("aucl.trade_secret_statutory_cap")[0]
    if conduct < first.effective_from:
        raise LawError(
            f"行为日期{conduct.isoformat()}早于2019年修正的反不正当竞争法施行日（{first.effective_from.isoformat()}）；"
            f"本课程从2019年文本讲起",
            f"conduct on {conduct.isoformat()} predates the 2019 text of the AUCL "
            f"({first.effective_from.isoformat()}); the course starts from the 2019 text",
        )
    statutory_cap = law.figure("aucl.trade_secret_statutory_cap", conduct)
    article = statutory_cap.ref
    if article not in _AUCL_TEXTS:
        raise LawError(f"没有{article}的赔偿规则", f"no damages rule for {article}")
    text = _AUCL_TEXTS[article]
    low = law.figure("aucl.punitive_multiple_min", conduct)
    high = law.figure("aucl.punitive_multiple_max", conduct)
    requested = _parse_multiple(multiplier, "multiplier", low.value, high.value)

    steps: list[Step] = [
        Step(
            f"行为日期{conduct.isoformat()}：适用{text['article_zh']}，赔偿数额{text['measure_zh']}。",
            f"Conduct on {conduct.isoformat()}: {text['article_en']} applies; damages are measured "
            f"{text['measure_en']}.",
            article,
        )
    ]

    # The base.
    base: Decimal | None
    base_kind: str | None
    if not text["either"]:
        if loss_v is not None:
            base, base_kind = loss_v, "loss"
            steps.append(
                Step(
                    f"实际损失可以计算：以实际损失{_fmt(loss_v)}元为准。",
                    f"The actual loss can be calculated: it is the measure, {_fmt(loss_v)} yuan.",
                    article,
                )
            )
            if gain_v is not None and gain_v > loss_v:
                steps.append(
                    Step(
                        f"侵权人获利{_fmt(gain_v)}元更高，但依该条只有在实际损失难以计算时才按获利计算，故不用获利。",
                        f"The infringer's gain ({_fmt(gain_v)} yuan) is higher, but under this article the gain is "
                        f"used only where the loss is hard to calculate, so it is not used.",
                        article,
                    )
                )
        elif gain_v is not None:
            base, base_kind = gain_v, "gain"
            steps.append(
                Step(
                    f"实际损失难以计算：按侵权人因侵权所获得的利益{_fmt(gain_v)}元计算。",
                    f"The actual loss cannot be calculated: the infringer's gain, {_fmt(gain_v)} yuan, is used.",
                    article,
                )
            )
        else:
            base, base_kind = None, None
    else:
        known = [(v, k) for v, k in ((loss_v, "loss"), (gain_v, "gain")) if v is not None]
        if loss_v is not None and gain_v is not None:
            base, base_kind = max(known, key=lambda item: item[0])
            steps.append(
                Step(
                    f"新条文以“或者”并列实际损失（{_fmt(loss_v)}元）和侵权获利（{_fmt(gain_v)}元），不再有先后顺序。"
                    f"“或者”是否允许权利人选择较大者，还是由法院选择，未定论；此处显示较大者："
                    f"{'损失' if base_kind == 'loss' else '获利'}{_fmt(base)}元。",
                    f"The new text joins the actual loss ({_fmt(loss_v)} yuan) and the infringer's gain "
                    f"({_fmt(gain_v)} yuan) with 'or' (或者), with no order between them. Whether 'or' lets the "
                    f"right holder pick the larger, or leaves the choice to the court, is not settled; shown here: "
                    f"the larger, the {base_kind}, {_fmt(base)} yuan.",
                    article,
                )
            )
        elif known:
            base, base_kind = known[0]
            steps.append(
                Step(
                    f"只有{'实际损失' if base_kind == 'loss' else '侵权获利'}可以确定：{_fmt(base)}元。",
                    f"Only the {'actual loss' if base_kind == 'loss' else 'infringer’s gain'} can be determined: "
                    f"{_fmt(base)} yuan.",
                    article,
                )
            )
        else:
            base, base_kind = None, None

    # Which punitive-damages interpretation governs, by trial date.
    cap_versions = law.figure_versions("punitive2026.total_cap_multiple")
    total_cap_fig = (
        law.figure("punitive2026.total_cap_multiple", trial) if trial >= cap_versions[0].effective_from else None
    )
    interpretation = total_cap_fig.ref.split("/", 1)[0] if total_cap_fig is not None else None

    applied = Fraction(1)
    punitive_wanted = wilful_v and serious_v
    if wilful_v:
        steps.append(
            Step(
                "2019年文本要求“恶意”，2025年文本改为“故意”（与民法典第一千一百八十五条一致）。“恶意”是否比“故意”"
                f"要求更高，有争议，未定论；此处把 wilful=True 视为满足本条所用的“{text['intent_zh']}”。",
                "The 2019 text requires malice (恶意); the 2025 text says intent (故意), matching Civil Code "
                "art. 1185. Whether malice sets a higher bar than intent is debated — not settled; here "
                f"wilful=True is taken to satisfy this article's {text['intent_en']}.",
                article,
            )
        )
    if requested != 1 and not punitive_wanted:
        steps.append(
            Step(
                f"请求的{_times_text(requested)}倍不适用：倍数赔偿需要“{text['intent_zh']}”且“情节严重”。按1倍计算。",
                f"The requested {_times_text(requested)} times is not applied: a multiple needs "
                f"{text['intent_en']} and 情节严重 (serious circumstances). 1 times is used.",
                article,
            )
        )

    total_cap: Decimal | None = None
    damages: Decimal | None
    if base is None:
        damages = None
        if punitive_wanted:
            if total_cap_fig is not None:
                steps.append(
                    Step(
                        "「法定赔偿数额不能作为惩罚性赔偿的计算基数。」（2026年惩罚性赔偿解释第八条第（三）项）"
                        "没有损失或获利作基数，不适用倍数。" + _caveat_zh(total_cap_fig),
                        "Statutory damages cannot be the base for punitive damages (2026 punitive-damages "
                        "interpretation art. 8 item 3): with no loss or gain as a base, no multiple applies."
                        + _caveat_en(total_cap_fig),
                        "spc_2026_punitive/8",
                    )
                )
            else:
                steps.append(
                    Step(
                        "倍数按“上述方法确定数额”（损失或获利）计算；法定赔偿不是按上述方法确定的数额，"
                        "故不适用倍数（对条文的读法）。",
                        "The multiple applies to 'the amount determined by the above methods' (loss or gain); "
                        "statutory damages are not such an amount, so no multiple applies (a reading of the text).",
                        article,
                    )
                )
    else:
        if punitive_wanted:
            applied = requested
            steps.append(
                Step(
                    f"“{text['intent_zh']}”实施侵犯商业秘密行为且情节严重：可以在按上述方法确定数额的"
                    f"{_times_text(low.value)}倍以上{_times_text(high.value)}倍以下确定赔偿数额；"
                    f"此处用{_times_text(applied)}倍。",
                    f"Trade-secret infringement with {text['intent_en']} and serious circumstances: the award may be "
                    f"{_times_text(low.value)} to {_times_text(high.value)} times the amount so determined; "
                    f"{_times_text(applied)} times is used.",
                    article,
                )
            )
        damages, exact = _times(base, applied)
        if not exact:
            steps.append(
                Step(
                    f"{_fmt(base)}元 × {_times_text(applied)} 不能整除到分，四舍五入到分。",
                    f"{_fmt(base)} yuan × {_times_text(applied)} does not come out in whole fen; rounded to the fen.",
                    article,
                )
            )
        if punitive_wanted:
            if total_cap_fig is not None:
                total_cap, _ = _times(base, total_cap_fig.value)
                damages = min(damages, total_cap)
                steps.append(
                    Step(
                        f"审理日期{trial.isoformat()}：适用2026年惩罚性赔偿解释（{cap_versions[0].effective_from.isoformat()}"
                        f"起施行）。第十二条：赔偿数额总额最高为计算基数的{_times_text(total_cap_fig.value)}倍，"
                        f"即{_fmt(total_cap)}元。按审理日期适用是一种简化，该解释的时间效力规定未核查。"
                        + _caveat_zh(total_cap_fig),
                        f"Trial on {trial.isoformat()}: the 2026 punitive-damages interpretation applies (from "
                        f"{cap_versions[0].effective_from.isoformat()}). Art. 12: the total is at most "
                        f"{_times_text(total_cap_fig.value)} times the base, {_fmt(total_cap)} yuan. Applying it by "
                        f"trial date is a simplification; its transitional rules were not checked."
                        + _caveat_en(total_cap_fig),
                        total_cap_fig.ref,
                    )
                )
                steps.append(
                    Step(
                        "2026年惩罚性赔偿解释第五条：惩罚性赔偿在不正当竞争行为中只适用于故意侵犯商业秘密"
                        "（法律另有规定的除外）。" + _caveat_zh(total_cap_fig),
                        "2026 interpretation art. 5: among unfair-competition acts, punitive damages are available "
                        "only for intentional trade-secret infringement (unless a law provides otherwise)."
                        + _caveat_en(total_cap_fig),
                        "spc_2026_punitive/5",
                    )
                )
            else:
                steps.append(
                    Step(
                        f"审理日期{trial.isoformat()}早于2026年惩罚性赔偿解释施行日（{cap_versions[0].effective_from.isoformat()}）："
                        f"当时适用2021年的惩罚性赔偿解释（法释〔2021〕4号，不在语料库中，未核查），此处只适用法律本身的"
                        f"{_times_text(low.value)}至{_times_text(high.value)}倍。",
                        f"Trial on {trial.isoformat()}, before the 2026 punitive-damages interpretation "
                        f"({cap_versions[0].effective_from.isoformat()}): the 2021 interpretation (法释〔2021〕4号, not "
                        f"in the corpus, not checked here) applied; only the statute's own range of "
                        f"{_times_text(low.value)} to {_times_text(high.value)} times is used.",
                        article,
                    )
                )
        steps.append(
            Step(
                f"按{'损失' if base_kind == 'loss' else '获利'}计算的赔偿：{_fmt(base)}元 × {_times_text(applied)} = "
                f"{_fmt(damages)}元。",
                f"Damages on the {base_kind}: {_fmt(base)} yuan × {_times_text(applied)} = {_fmt(damages)} yuan.",
                article,
            )
        )

    # Statutory damages where neither measure can be determined.
    if base is None:
        court_decides = True
        upper_bound = statutory_cap.value
        steps.append(
            Step(
                f"实际损失和侵权获利都难以确定：由人民法院根据侵权行为的情节判决给予权利人{_fmt(upper_bound)}元以下的赔偿"
                f"（法定赔偿，数额由法院确定）。{_caveat_zh(statutory_cap)}",
                f"Neither the actual loss nor the infringer's gain can be determined: the court awards, according "
                f"to the circumstances of the infringement, up to {_fmt(upper_bound)} yuan (statutory damages; the "
                f"amount is the court's).{_caveat_en(statutory_cap)}",
                article,
            )
        )
    else:
        court_decides = False
        upper_bound = None

    # Reasonable costs.
    if costs_v > 0 or base is not None:
        steps.append(
            Step(
                f"「赔偿数额还应当包括经营者为制止侵权行为所支付的合理开支」：合理开支{_fmt(costs_v)}元另加，不乘倍数。",
                f"Damages also include the reasonable costs of stopping the infringement: {_fmt(costs_v)} yuan, "
                f"added on top and not multiplied.",
                article,
            )
        )
    if total_cap_fig is not None and punitive_wanted and base is not None:
        steps.append(
            Step(
                "「权利人为制止侵权行为所支付的合理开支在该总额之外另行计算。」（2026年惩罚性赔偿解释第十二条）",
                "Costs paid by the right holder to stop the infringement are counted outside that total (2026 "
                "interpretation art. 12).",
                total_cap_fig.ref,
            )
        )
    if base is None and costs_v > 0:
        steps.append(
            Step(
                "合理开支的规定在法定赔偿那一款之前；法定赔偿之外能否另加合理开支，条文未明确，未定论。",
                "The costs sentence sits in the paragraph before the statutory-damages paragraph; whether costs "
                "come on top of statutory damages the text does not say — not settled.",
                article,
            )
        )

    if damages is not None:
        total = damages + costs_v
        steps.append(
            Step(
                f"合计：{_fmt(damages)}元 + 合理开支{_fmt(costs_v)}元 = {_fmt(total)}元。",
                f"Total: {_fmt(damages)} + costs {_fmt(costs_v)} = {_fmt(total)} yuan.",
                article,
            )
        )
    else:
        total = None

    return TradeSecretAward(
        article=article,
        on_loss=loss_v,
        on_gain=gain_v,
        base=base,
        base_kind=base_kind,
        multiplier=applied,
        damages=damages,
        total_cap=total_cap,
        costs=costs_v,
        total=total,
        court_decides=court_decides,
        upper_bound=upper_bound,
        punitive_interpretation=interpretation,
        steps=tuple(steps),
    )
