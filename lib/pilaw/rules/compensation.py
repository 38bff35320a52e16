"""Civil damages (损害赔偿) for personal-information and trade-secret infringement.

Three rules, each a pure function that returns a frozen result with its reasoning in ``steps``:

* :func:`claimed_rule` — the source web page's "500 / 3,000 yuan" rule, exactly as the page states it.
  It is quoted so that it can be criticised: it was not found in national law, administrative regulations or
  judicial interpretations as of mid-2026, and its origin is unknown. Every step cites ``"page/claim"``, never a
  provision; where the course has to read the page's words, the step says so (kind READING).
* :func:`statutory_damages` — the law: PIPL art. 69 (from 2021-11-01) and Civil Code arts. 1182–1183
  (from 2021-01-01): the loss or the gain; where neither can be determined the court decides "根据实际情况";
  no minimum in these articles; mental damages only for 严重精神损害 (serious mental harm), with no fixed amount.
  Online infringement (利用信息网络) is a fact the claimant enters: it brings in the SPC online-rights provisions
  art. 12 para. 2 and its 500,000 yuan ceiling.
* :func:`trade_secret_damages` — Anti-Unfair Competition Law 2019 art. 17 / 2025 art. 22, with the
  punitive multiplier (1–5×) and the 2026 SPC punitive-damages interpretation (法释〔2026〕7号).

Where the law changed, each text has its own small function (``_pipl_2021``, ``_aucl_2019`` …) and one table
per rule, newest first, says from when each applies (``_PERSONAL_INFORMATION``, ``_AUCL``, ``_PUNITIVE``);
:func:`pilaw.law.regime_on` reads the table for a day. Every step says what kind it is (:class:`pilaw.law.steps.Kind`).

Every amount and multiple comes from a dated figure (``pilaw.law.figure``) or, for the page's claim,
from ``data/page_claim.json``; none is written in this module.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import factor_of, parse_optional_yuan, parse_yuan, times, yuan_of, yuan_zh
from pilaw.law.money import format_yuan as yuan
from pilaw.law.steps import PAGE_CLAIM, Kind, Step
from pilaw.law.text import date_zh, kind_resting_on, multiple_text, rounding_text, unverified_caveat

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


# --------------------------------------------------------------------------- input helpers


_MULTIPLE_TEXT = re.compile(r"\d{1,6}(?:\.\d{1,6})?|\d{1,6}/\d{1,6}")


def _multiple_of(value: object, bad: InputError) -> Fraction:
    if isinstance(value, bool) or value is None:
        raise bad
    if isinstance(value, (Fraction, int)):
        return Fraction(value)
    if isinstance(value, Decimal) and value.is_finite():
        return Fraction(value)
    if isinstance(value, float) and math.isfinite(value):
        return Fraction(Decimal(repr(value)))
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip().removesuffix("倍").strip()
        if _MULTIPLE_TEXT.fullmatch(text):
            try:
                return Fraction(text)
            except ZeroDivisionError:
                raise bad from None
    raise bad


def _parse_multiple(value: object, field: str, low: Fraction, high: Fraction) -> Fraction:
    """A multiple such as 3, "2.5", "5/2" or Fraction(5, 2), within [low, high]."""
    bad = InputError(field, "需要一个倍数，例如 3 或 2.5", f"needs a multiple such as 3 or 2.5, not {value!r}")
    multiple = _multiple_of(value, bad)
    if not low <= multiple <= high:
        raise InputError(
            field,
            f"须在{multiple_text(low)}倍至{multiple_text(high)}倍之间",
            f"must be between {multiple_text(low)} and {multiple_text(high)} times",
        )
    return multiple


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
    assert isinstance(raw, dict)
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


def _page(zh: str, en: str) -> Step:
    return Step(zh, en, PAGE_CLAIM)  # kind PAGE, set by Step itself


def _page_both_known(gain: Decimal, loss: Decimal) -> tuple[Decimal, Step]:
    if loss > gain:
        return loss, _page(
            f"网页规则：实际损失{yuan_zh(loss)}大于经营者获取的收益{yuan_zh(gain)}，财产赔偿按实际损失计：{yuan_zh(loss)}。",
            f"Page's rule: the actual loss ({yuan(loss)} yuan) is greater than the operator's gain "
            f"({yuan(gain)} yuan), so property damages are the loss: {yuan(loss)} yuan.",
        )
    return gain, _page(
        f"网页规则：赔偿额为经营者获取的收益{yuan_zh(gain)}；实际损失{yuan_zh(loss)}不大于收益，"
        f"故不改按损失计。财产赔偿：{yuan_zh(gain)}。",
        f"Page's rule: damages are the operator's gain ({yuan(gain)} yuan); the loss "
        f"({yuan(loss)} yuan) is not greater, so the gain stands. Property damages: {yuan(gain)} yuan.",
    )


def _page_one_known(amount: Decimal, known_is_gain: bool) -> Step:
    which_zh, other_zh = ("经营者获取的收益", "实际损失") if known_is_gain else ("实际损失", "经营者获取的收益")
    which_en, other_en = ("the operator's gain", "the loss") if known_is_gain else ("the actual loss", "the gain")
    return _page(
        f"网页规则：只有{which_zh}可以确定（{yuan_zh(amount)}），{other_zh}难以确定。网页没有明说这种情形；"
        f"此处按已知的一项计算：{yuan_zh(amount)}（对网页文字的一种理解）。",
        f"Page's rule: only {which_en} is known ({yuan(amount)} yuan); {other_en} cannot be determined. "
        f"The page does not address this case; it is read here as the known amount: {yuan(amount)} yuan "
        f"(a reading of the page's words).",
    )


def _page_property(gain: Decimal | None, loss: Decimal | None, floor: Decimal) -> tuple[Decimal, bool, list[Step]]:
    """The page's property damages: (amount, whether it is the "不低于" floor, steps)."""
    if gain is not None and loss is not None:
        prop, step = _page_both_known(gain, loss)
        steps = [step]
    elif gain is not None:
        prop, steps = gain, [_page_one_known(gain, True)]
    elif loss is not None:
        prop, steps = loss, [_page_one_known(loss, False)]
    else:
        return (
            floor,
            True,
            [
                _page(
                    f"网页规则：经营者获取的收益、消费者的实际损失均难以确定，赔偿额“不低于{yuan_zh(floor)}”："
                    f"显示为最低额{yuan_zh(floor)}（网页所称的下限，实际数额可以更高）。",
                    f"Page's rule: neither the operator's gain nor the consumer's loss can be determined, so the "
                    f"amount is 'not less than {yuan(floor)} yuan': shown as the minimum, {yuan(floor)} yuan "
                    f"(the page's floor; the amount could be higher).",
                )
            ],
        )
    if prop < floor:
        steps.append(
            _page(
                f"网页的{yuan_zh(floor)}下限只适用于收益和损失都难以确定的情形，不会把已知的{yuan_zh(prop)}提高到"
                f"{yuan_zh(floor)}。",
                f"The page's {yuan(floor)} yuan floor applies only when neither gain nor loss can be determined; "
                f"it does not lift the known {yuan(prop)} yuan to {yuan(floor)} yuan.",
            )
        )
    return prop, False, steps


def _page_mental(severe: bool, claim: Decimal | None, floor: Decimal) -> tuple[Decimal, bool, Step]:
    """The page's mental damages: (amount, whether it is the "不低于" floor, step)."""
    if not severe:
        extra_zh = f"所主张的{yuan_zh(claim)}不予考虑。" if claim is not None else ""
        extra_en = f" The claim of {yuan(claim)} yuan is not considered." if claim is not None else ""
        return (
            ZERO,
            False,
            _page(
                f"网页规则：未造成严重精神损害，无精神损害赔偿（0元）。{extra_zh}",
                f"Page's rule: no serious mental harm, so no mental damages (0 yuan).{extra_en}",
            ),
        )
    if claim is not None and claim >= floor:
        return (
            claim,
            False,
            Step(
                f"网页规则：造成严重精神损害的，精神损害赔偿“不低于{yuan_zh(floor)}”。网页没有说高于该数的主张是否照数给予；"
                f"此处将“不低于{yuan_zh(floor)}”理解为所主张的{yuan_zh(claim)}照数计算：{yuan_zh(claim)}（本课程对网页文字的一种理解）。",
                f"Page's rule: serious mental harm brings mental damages of 'not less than {yuan(floor)} yuan'. The page "
                f"does not say whether a larger claim is granted as claimed; the course reads '不低于3000元' so, and "
                f"counts the claim of {yuan(claim)} yuan: {yuan(claim)} yuan (a reading of the page's words).",
                PAGE_CLAIM,
                Kind.READING,
            ),
        )
    if claim is None:
        why_zh, why_en = "未主张具体数额", "no amount is claimed"
    else:
        why_zh, why_en = f"所主张的{yuan_zh(claim)}低于该数", f"the claim of {yuan(claim)} yuan is below it"
    return (
        floor,
        True,
        _page(
            f"网页规则：造成严重精神损害的，精神损害赔偿“不低于{yuan_zh(floor)}”；{why_zh}，显示为最低额{yuan_zh(floor)}。",
            f"Page's rule: serious mental harm brings mental damages of 'not less than {yuan(floor)} yuan'; "
            f"{why_en}, so the minimum, {yuan(floor)} yuan, is shown.",
        ),
    )


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

    The rule was not found in national law, administrative regulations or judicial interpretations as of mid-2026;
    its origin is unknown. Compare :func:`statutory_damages`. Every step cites ``"page/claim"`` (kind PAGE, or
    READING where the course reads the page's words: a claim above 3,000 yuan granted in full).
    """
    gain_v = parse_optional_yuan(gain, "gain")
    loss_v = parse_optional_yuan(loss, "loss")
    severe = parse_flag(severe_mental_harm, "severe_mental_harm")
    claim_v = parse_optional_yuan(mental_claim, "mental_claim")
    page = page_claim()
    steps = [
        _page(
            f"来源网页（{page.source_url}，{date_zh(page.dated)}）原文：“{page.quote_zh}”",
            f"The source web page ({page.source_url}, dated {page.dated.isoformat()}) says: {page.translation_en}",
        )
    ]
    prop, property_is_minimum, property_steps = _page_property(gain_v, loss_v, page.property_floor)
    mental, mental_is_minimum, mental_step = _page_mental(severe, claim_v, page.mental_floor)
    total = prop + mental
    steps += [
        *property_steps,
        mental_step,
        _page(
            f"按网页规则合计：{yuan_zh(prop)} + {yuan_zh(mental)} = {yuan_zh(total)}。",
            f"Total under the page's rule: {yuan(prop)} + {yuan(mental)} = {yuan(total)} yuan.",
        ),
        _page(
            f"上述网页规则并非法律规定：{page.finding_zh}法律规定见个人信息保护法第六十九条、民法典第一千一百八十二条、"
            f"第一千一百八十三条：按损失或者获益赔偿，难以确定时根据实际情况确定，没有法定最低额。",
            f"This is not law. {page.finding_en} The law is PIPL art. 69 and Civil Code arts. 1182–1183: "
            f"the loss or the gain; where neither can be determined, the amount is set 'according to the actual "
            f"circumstances'; there is no statutory minimum.",
        ),
    ]
    return Award(prop, mental, total, property_is_minimum, mental_is_minimum, tuple(steps))


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


@dataclass(frozen=True)
class _Measure:
    """What the text in force says about damages for personal information: the article that measures them, the
    articles the result rests on, the words of the measure, and the steps on which law applies and who proves fault."""

    ref: str
    basis: tuple[str, ...]
    measure_zh: str
    measure_en: str
    steps: tuple[Step, ...]
    #: the paragraph of ``ref`` that measures damages (None where the article is one paragraph)
    paragraph: int | None = None


def _pipl_2021(day: date) -> _Measure:
    """From 2021-11-01: PIPL art. 69 (fault presumed), beside Civil Code arts. 1182–1183."""
    start = _starts("pipl/69")
    return _Measure(
        "pipl/69",
        ("pipl/69", "civil_code/1182", "civil_code/1183"),
        "“按照个人因此受到的损失或者个人信息处理者因此获得的利益确定”",
        "by the individual's loss or the processor's gain",
        (
            Step(
                f"行为日期{date_zh(day)}：个人信息保护法（{date_zh(start)}起施行）第六十九条适用；"
                f"民法典第一千一百八十二条规定了同样的“损失或者获益”赔偿方法。",
                f"Conduct on {day.isoformat()}: PIPL art. 69 applies (in force since {start.isoformat()}); "
                f"Civil Code art. 1182 sets the same loss-or-gain measure.",
                "pipl/69",
                paragraph=2,
            ),
            Step(
                "过错推定：“个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任”"
                "（个人信息保护法第六十九条第一款）。由个人信息处理者证明自己没有过错。",
                "Fault is presumed: the processor is liable unless it proves it was not at fault "
                "(PIPL art. 69 para. 1).",
                "pipl/69",
                paragraph=1,
            ),
            Step(
                "民法典第一千一百六十五条第二款：“依照法律规定推定行为人有过错，其不能证明自己没有过错的，"
                "应当承担侵权责任。”个人信息保护法第六十九条第一款即属此类法律规定。",
                "Civil Code art. 1165 para. 2: where a law presumes fault, the actor who cannot prove it was not "
                "at fault is liable. PIPL art. 69 is such a law.",
                "civil_code/1165",
                paragraph=2,
            ),
        ),
        paragraph=2,
    )


def _civil_code_2021(day: date) -> _Measure:
    """2021-01-01 to 2021-10-31: Civil Code arts. 1182–1183 alone, with the general fault rule of art. 1165."""
    pipl_from = _starts("pipl/69")
    return _Measure(
        "civil_code/1182",
        ("civil_code/1182", "civil_code/1183"),
        "“按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿”",
        "by the injured person's loss or the infringer's gain",
        (
            Step(
                f"行为日期{date_zh(day)}：个人信息保护法尚未施行（{date_zh(pipl_from)}起施行），"
                f"只适用民法典第一千一百八十二条、第一千一百八十三条。",
                f"Conduct on {day.isoformat()}: PIPL was not yet in force (from {pipl_from.isoformat()}), so only "
                f"Civil Code arts. 1182 and 1183 apply.",
                "civil_code/1182",
            ),
            Step(
                "过错：个人信息保护法施行前，语料库中没有对个人信息侵权推定过错的法律规定，适用民法典第一千一百六十五条"
                "第一款的一般过错责任：“行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。”"
                "即由被侵权人证明过错（一种理解）。",
                "Fault: before PIPL, no provision in the corpus presumed fault for personal-information "
                "infringement, so the general fault rule of Civil Code art. 1165 para. 1 applies and the injured "
                "person proves fault (a reading).",
                "civil_code/1165",
                Kind.READING,
                paragraph=1,
            ),
        ),
    )


def _before_the_civil_code(day: date) -> _Measure:
    cc_from = _starts("civil_code/1182")
    raise LawError(
        f"行为日期{date_zh(day)}早于民法典施行（{date_zh(cc_from)}）；本课程只讲民法典施行后的规则"
        f"（此前适用侵权责任法，不在语料库中）",
        f"conduct on {day.isoformat()} predates the Civil Code ({cc_from.isoformat()}); the course covers "
        f"the Civil Code era only (the earlier Tort Liability Law is not in the corpus)",
    )


# Which text measures damages for personal information, newest first: the one place the date decides.
_PERSONAL_INFORMATION: tuple[tuple[str | None, Callable[[date], _Measure]], ...] = (
    ("pipl/69", _pipl_2021),  # from 2021-11-01
    ("civil_code/1182", _civil_code_2021),  # from 2021-01-01
    (None, _before_the_civil_code),  # earlier: refused
)


_ONLINE_RIGHTS = "spc_2020_online_rights/12"


def _costs_steps(costs: Decimal, online: bool, day: date) -> list[Step]:
    """Reasonable costs count as loss (SPC online-rights provisions art. 12 para. 1), by analogy offline."""
    if costs <= 0:
        return []
    steps = [
        Step(
            f"合理开支{yuan_zh(costs)}：“被侵权人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条"
            f"规定的财产损失。”（网络侵害人身权益规定第十二条第一款）计入损失一侧。",
            f"Reasonable costs of {yuan(costs)} yuan: costs paid to stop the infringement may be treated as "
            f"property loss under Civil Code art. 1182 (SPC online-rights provisions art. 12 para. 1); they "
            f"are added to the loss basis.",
            _ONLINE_RIGHTS,
            kind_resting_on(law.provision(_ONLINE_RIGHTS, day)),
            paragraph=1,
        )
    ]
    if not online:
        steps.append(
            Step(
                "该规定针对利用信息网络侵害人身权益的案件；本案不是网络侵权，此处类推适用，尚无定论。",
                "Those provisions govern infringement through information networks; this case is not online, "
                "so they are applied here by analogy — not settled.",
                _ONLINE_RIGHTS,
                Kind.READING,
                paragraph=1,
            )
        )
    return steps


def _costs_without_loss(costs: Decimal, loss: Decimal | None, gain: Decimal | None, online: bool) -> list[Step]:
    """Costs with no loss of their own to join: an open question the calculator leaves open."""
    if costs <= 0 or loss is not None:
        return []
    if gain is not None:
        return [
            Step(
                f"损失本身难以确定，合理开支{yuan_zh(costs)}不单独构成损失基数；能否在获益基数之外另行主张，"
                f"条文未作规定，尚无定论。",
                f"The loss itself cannot be determined, so the costs of {yuan(costs)} yuan do not form a loss "
                f"basis on their own; whether they can be claimed on top of the gain basis the text does not say "
                f"— not settled.",
                _ONLINE_RIGHTS,
                Kind.READING,
                paragraph=1,
            )
        ]
    if online:
        return []  # said with the online ceiling
    return [
        Step(
            f"损失本身难以确定，合理开支{yuan_zh(costs)}不单独构成损失基数；能否在法院酌定的数额之外另行主张，"
            f"条文未作规定，尚无定论。",
            f"The loss itself cannot be determined, so the costs of {yuan(costs)} yuan do not form a loss "
            f"basis on their own; whether they come on top of the amount the court sets the text does not say "
            f"— not settled.",
            _ONLINE_RIGHTS,
            Kind.NOT_ASSESSED,
            paragraph=1,
        )
    ]


def _bases_step(on_loss: Decimal | None, on_gain: Decimal | None, measure: _Measure) -> Step:
    loss_zh = "难以确定" if on_loss is None else f"{yuan_zh(on_loss)}"
    gain_zh = "难以确定" if on_gain is None else f"{yuan_zh(on_gain)}"
    loss_en = "cannot be determined" if on_loss is None else f"{yuan(on_loss)} yuan"
    gain_en = "cannot be determined" if on_gain is None else f"{yuan(on_gain)} yuan"
    return Step(
        f"财产损失赔偿{measure.measure_zh}。以损失计：{loss_zh}；以获益计：{gain_zh}。",
        f"Property damages are measured {measure.measure_en}. On the loss: {loss_en}; on the gain: {gain_en}.",
        measure.ref,
        paragraph=measure.paragraph,
    )


def _larger_basis(
    on_loss: Decimal | None, on_gain: Decimal | None, ref: str, paragraph: int | None
) -> tuple[Decimal, Step]:
    """With at least one basis known: the larger, the most that can be claimed."""
    known = [(v, k) for v, k in ((on_loss, "loss"), (on_gain, "gain")) if v is not None]
    amount, kind = max(known, key=lambda item: item[0])
    which = "损失" if kind == "loss" else "获益"
    if on_loss is not None and on_gain is not None:
        return amount, Step(
            f"条文用“或者”并列两种方法，通常理解为被侵权人可以选择；较大者为{which}，{yuan_zh(amount)}，即最多可主张的财产赔偿。",
            f"The text joins the two bases with 'or' (或者); the usual reading is that the claimant may "
            f"choose, so the larger, the {kind} ({yuan(amount)} yuan), is the most that can be claimed.",
            ref,
            Kind.READING,
            paragraph=paragraph,
        )
    return amount, Step(
        f"只有{which}可以确定，按此计算：{yuan_zh(amount)}。",
        f"Only the {kind} can be determined; it is used: {yuan(amount)} yuan.",
        ref,
        paragraph=paragraph,
    )


def _offline_fact(day: date) -> Step:
    """Why the 网络侵权 box matters when it is not ticked: online infringement is a fact that brings in art. 12 para. 2."""
    cap = law.figure("online_rights12.court_damages_cap", day)
    return Step(
        "未输入网络侵权。是否“利用信息网络”侵害人身权益是一个事实问题：能证明的，才适用网络侵害人身权益规定第十二条第二款"
        f"（损失和获益难以确定时，法院在{yuan_zh(yuan_of(cap))}以下确定赔偿数额，是上限而不是下限）。本计算器不判断这一事实。",
        "Online infringement was not entered. Whether the infringement used information networks (利用信息网络) is a "
        "fact: only where it is shown do the SPC online-rights provisions art. 12 para. 2 apply (where loss and gain "
        f"cannot be determined, the court sets the amount within {yuan(yuan_of(cap))} yuan — a ceiling, not a "
        "floor). The calculator does not decide that fact.",
        _ONLINE_RIGHTS,
        Kind.NOT_ASSESSED,
        paragraph=2,
    )


def _court_decides(online: bool, costs: Decimal, day: date, measure: _Measure) -> tuple[Decimal | None, list[Step]]:
    """Neither basis known: the court sets the amount; the ceiling online (art. 12 para. 2), none offline."""
    floor = yuan(page_claim().property_floor)
    ref, paragraph = measure.ref, measure.paragraph
    steps = [
        Step(
            "损失和获益都难以确定：“根据实际情况确定赔偿数额”，由人民法院酌定。这些条文没有规定最低赔偿额"
            f"（网页所说的“不低于{floor}元”，经查在国家法律、行政法规和司法解释中均未发现，检索截至2026年年中，来源不明）。",
            "Neither loss nor gain can be determined: the court sets the amount 'according to the actual "
            "circumstances' (根据实际情况确定赔偿数额). No statutory minimum is set in these articles (the page's "
            f"'at least {floor} yuan' was not found in national law, administrative regulations or judicial "
            "interpretations as of mid-2026; its origin is unknown).",
            ref,
            Kind.NOT_ASSESSED,
            paragraph=paragraph,
        ),
    ]
    if not online:
        steps.append(_offline_fact(day))
        steps.append(
            Step(
                "非网络侵权：没有法定上限，也没有法定下限。",
                "Not online: there is no statutory ceiling and no statutory floor.",
                ref,
                paragraph=paragraph,
            )
        )
        return None, steps
    cap = law.figure("online_rights12.court_damages_cap", day)
    caveat_zh, caveat_en = unverified_caveat(cap)
    steps.append(
        Step(
            f"据输入，本案属于利用信息网络侵害人身权益（该事实须由原告证明，不作推定）：人民法院可以根据具体案情在"
            f"{yuan_zh(yuan_of(cap))}以下的范围内确定赔偿数额（网络侵害人身权益规定第十二条第二款）。这是上限，不是下限。"
            f"{caveat_zh}",
            f"Online infringement, as entered (committed through information networks — a fact the claimant proves, "
            f"not a default): the court may set the amount within {yuan(yuan_of(cap))} yuan (SPC online-rights "
            f"provisions art. 12 para. 2). This is a ceiling, not a floor.{caveat_en}",
            cap.ref,
            kind_resting_on(cap, law.provision(cap.ref, day)),
            paragraph=2,
        )
    )
    if costs > 0:
        steps.append(
            Step(
                f"合理开支{yuan_zh(costs)}是否包含在该上限之内，条文未明确，尚无定论。",
                f"Whether the costs of {yuan(costs)} yuan fall inside that ceiling the text does not say — not settled.",
                cap.ref,
                Kind.NOT_ASSESSED,
                paragraph=2,
            )
        )
    return yuan_of(cap), steps


def _mental_steps(severe: bool) -> tuple[Decimal | None, list[Step]]:
    """Civil Code art. 1183: mental damages only for serious mental harm, in an amount the court sets."""
    if not severe:
        return ZERO, [
            Step(
                "未造成严重精神损害：民法典第一千一百八十三条只对严重精神损害给予精神损害赔偿，故为0元。",
                "No serious mental harm: Civil Code art. 1183 grants mental-distress damages only for serious "
                "mental harm, so 0 yuan.",
                "civil_code/1183",
                paragraph=1,
            )
        ]
    return None, [
        Step(
            "“侵害自然人人身权益造成严重精神损害的，被侵权人有权请求精神损害赔偿。”（民法典第一千一百八十三条）",
            "Civil Code art. 1183 para. 1: where infringing a natural person's personal rights and interests causes "
            "serious mental harm, the injured person has a right to mental-distress damages.",
            "civil_code/1183",
            paragraph=1,
        ),
        Step(
            "法律没有规定数额，由法院酌定。法院考虑的因素（概括：过错程度、侵权情节、后果、侵权人获利、赔偿能力、"
            "当地生活水平）来自最高人民法院精神损害赔偿解释第五条（不在语料库中，未引原文），该解释也没有规定最低额。",
            "The law sets no amount; the court decides. The factors courts weigh — the infringer's fault, the "
            "circumstances, the consequences, the infringer's gain, its ability to pay, local living standards — "
            "come from art. 5 of the SPC interpretation on mental-distress damages (not in the corpus, not quoted "
            "here), which sets no minimum either.",
            "civil_code/1183",
            Kind.NOT_ASSESSED,
            paragraph=1,
        ),
    ]


def _statutory_total(prop: Decimal | None, mental: Decimal | None, measure: _Measure) -> tuple[Decimal | None, Step]:
    if prop is not None and mental is not None:
        total = prop + mental
        return total, Step(
            f"合计：{yuan_zh(prop)} + {yuan_zh(mental)} = {yuan_zh(total)}。",
            f"Total: {yuan(prop)} + {yuan(mental)} = {yuan(total)} yuan.",
            measure.ref,
            paragraph=measure.paragraph,
        )
    ref, paragraph = (measure.ref, measure.paragraph) if prop is None else ("civil_code/1183", 1)
    return None, Step(
        "无法给出合计：有部分数额由法院酌定。",
        "No total can be given: part of the award is for the court to set.",
        ref,
        Kind.NOT_ASSESSED,
        paragraph=paragraph,
    )


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
    500,000 yuan for online infringement (same art. 12 para. 2) and none otherwise; ``online`` is a fact to enter
    (the infringement used information networks), and a step says what it brings in either way. These articles set
    no minimum. Mental damages (Civil Code art. 1183) need 严重精神损害 (serious mental harm) and have no
    statutory amount: None (the court's) with it, 0 without it. Fault is presumed (PIPL art. 69 para. 1;
    Civil Code art. 1165 para. 2); before PIPL took effect the Civil Code alone applies
    (``_PERSONAL_INFORMATION`` says which text applies on which day).

    ``loss``/``gain``: amounts, or None for 难以确定. ``on``: date of the conduct (default today); a date
    before the Civil Code (2021-01-01) raises :class:`pilaw.LawError`.
    """
    loss_v = parse_optional_yuan(loss, "loss")
    gain_v = parse_optional_yuan(gain, "gain")
    severe = parse_flag(severe_mental_harm, "severe_mental_harm")
    online_v = parse_flag(online, "online")
    costs_v = parse_yuan(costs, "costs")
    day = parse_date(on, "on")
    measure = law.regime_on(_PERSONAL_INFORMATION, day)(day)

    on_loss = None if loss_v is None else loss_v + costs_v
    steps = [*measure.steps, *_costs_steps(costs_v, online_v, day), _bases_step(on_loss, gain_v, measure)]
    steps += _costs_without_loss(costs_v, loss_v, gain_v, online_v)
    upper_bound = None
    if on_loss is None and gain_v is None:
        prop = None
        upper_bound, court_steps = _court_decides(online_v, costs_v, day, measure)
        steps += court_steps
    else:
        prop, step = _larger_basis(on_loss, gain_v, measure.ref, measure.paragraph)
        steps.append(step)
    mental, mental_steps = _mental_steps(severe)
    total, total_step = _statutory_total(prop, mental, measure)
    return StatutoryAward(
        on_loss=on_loss,
        on_gain=gain_v,
        property_max=prop,
        property=prop,
        court_decides=prop is None,
        upper_bound=upper_bound,
        mental=mental,
        costs=costs_v,
        total=total,
        basis=measure.basis,
        steps=(*steps, *mental_steps, total_step),
    )


# --------------------------------------------------------------------------- A.3 trade secrets (AUCL)


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


@dataclass(frozen=True)
class _Aucl:
    """What one text of the AUCL's damages article gives on the facts: the base and the steps that found it, the
    word for the intent that multiplies it, and its dated figures (statutory ceiling, lowest and highest multiple)."""

    ref: str
    base: Decimal | None
    base_kind: str | None
    steps: tuple[Step, ...]
    intent_zh: str
    intent_en: str
    statutory_cap: law.Figure
    low: Fraction
    high: Fraction


def _aucl(
    ref: str, day: date, base: tuple[Decimal | None, str | None], steps: list[Step], intent: tuple[str, str]
) -> _Aucl:
    low, high = (
        factor_of(law.figure("aucl.punitive_multiple_min", day)),
        factor_of(law.figure("aucl.punitive_multiple_max", day)),
    )
    cap = law.figure("aucl.trade_secret_statutory_cap", day)
    return _Aucl(ref, base[0], base[1], tuple(steps), intent[0], intent[1], cap, low, high)


def _aucl_opening(day: date, ref: str, article: tuple[str, str], measure: tuple[str, str]) -> Step:
    return Step(
        f"行为日期{date_zh(day)}：适用{article[0]}，赔偿数额{measure[0]}。",
        f"Conduct on {day.isoformat()}: {article[1]} applies; damages are measured {measure[1]}.",
        ref,
        paragraph=3,
    )


def _aucl_2019(day: date, loss: Decimal | None, gain: Decimal | None) -> _Aucl:
    """AUCL (2019 text) art. 17, 2019-04-23 to 2025-10-14: the loss; the gain only where the loss cannot be
    calculated; 1–5 × for 恶意 (malice) and serious circumstances."""
    ref = "aucl/17"
    steps = [
        _aucl_opening(
            day,
            ref,
            ("2019年反不正当竞争法第十七条", "AUCL (2019 text) art. 17"),
            (
                "“按照其因被侵权所受到的实际损失确定；实际损失难以计算的，按照侵权人因侵权所获得的利益确定”",
                "by the actual loss; only where the loss is hard to calculate, by the infringer's gain",
            ),
        )
    ]
    base: tuple[Decimal | None, str | None] = (None, None)
    if loss is not None:
        base = (loss, "loss")
        steps.append(
            Step(
                f"实际损失可以计算：以实际损失{yuan_zh(loss)}为准。",
                f"The actual loss can be calculated: it is the measure, {yuan(loss)} yuan.",
                ref,
                paragraph=3,
            )
        )
        if gain is not None and gain > loss:
            steps.append(
                Step(
                    f"侵权人获利{yuan_zh(gain)}更高，但依该条只有在实际损失难以计算时才按获利计算，故不用获利。",
                    f"The infringer's gain ({yuan(gain)} yuan) is higher, but under this article the gain is "
                    f"used only where the loss is hard to calculate, so it is not used.",
                    ref,
                    paragraph=3,
                )
            )
    elif gain is not None:
        base = (gain, "gain")
        steps.append(
            Step(
                f"实际损失难以计算：按侵权人因侵权所获得的利益{yuan_zh(gain)}计算。",
                f"The actual loss cannot be calculated: the infringer's gain, {yuan(gain)} yuan, is used.",
                ref,
                paragraph=3,
            )
        )
    return _aucl(ref, day, base, steps, ("恶意", "malice (恶意)"))


def _aucl_2025(day: date, loss: Decimal | None, gain: Decimal | None) -> _Aucl:
    """AUCL (2025 text) art. 22, from 2025-10-15: the loss *or* the gain (shown: the larger, a contested
    reading); 1–5 × for 故意 (intent) and serious circumstances."""
    ref = "aucl/22"
    steps = [
        _aucl_opening(
            day,
            ref,
            ("2025年反不正当竞争法第二十二条", "AUCL (2025 text) art. 22"),
            (
                "“按照其因被侵权所受到的实际损失或者侵权人因侵权所获得的利益确定”",
                "by the actual loss or the infringer's gain",
            ),
        )
    ]
    known = [(v, k) for v, k in ((loss, "loss"), (gain, "gain")) if v is not None]
    base: tuple[Decimal | None, str | None] = (None, None)
    if loss is not None and gain is not None:
        base = max(known, key=lambda item: item[0])
        steps.append(
            Step(
                f"新条文以“或者”并列实际损失（{yuan_zh(loss)}）和侵权获利（{yuan_zh(gain)}），不再有先后顺序。"
                f"“或者”是否允许权利人选择较大者，还是由法院选择，尚无定论；此处显示较大者："
                f"{'损失' if base[1] == 'loss' else '获利'}{yuan_zh(base[0])}。",
                f"The new text joins the actual loss ({yuan(loss)} yuan) and the infringer's gain "
                f"({yuan(gain)} yuan) with 'or' (或者), with no order between them. Whether 'or' lets the "
                f"right holder pick the larger, or leaves the choice to the court, is not settled; shown here: "
                f"the larger, the {base[1]}, {yuan(base[0])} yuan.",
                ref,
                Kind.READING,
                paragraph=3,
            )
        )
    elif known:
        amount, kind = known[0]
        base = (amount, kind)
        steps.append(
            Step(
                f"只有{'实际损失' if kind == 'loss' else '侵权获利'}可以确定：{yuan_zh(amount)}。",
                f"Only the {'actual loss' if kind == 'loss' else 'infringer’s gain'} can be determined: {yuan(amount)} yuan.",
                ref,
                paragraph=3,
            )
        )
    return _aucl(ref, day, base, steps, ("故意", "intent (故意)"))


def _before_aucl_2019(day: date, loss: Decimal | None, gain: Decimal | None) -> _Aucl:
    first = law.figure_versions("aucl.trade_secret_statutory_cap")[0].effective_from
    raise LawError(
        f"行为日期{date_zh(day)}早于2019年修正的反不正当竞争法施行日（{date_zh(first)}）；本课程从2019年文本讲起",
        f"conduct on {day.isoformat()} predates the 2019 text of the AUCL ({first.isoformat()}); the course "
        f"starts from the 2019 text",
    )


# Which text of the AUCL measures trade-secret damages, by the date of the conduct, newest first.
_AUCL: tuple[tuple[str | None, Callable[[date, Decimal | None, Decimal | None], _Aucl]], ...] = (
    ("aucl/22", _aucl_2025),  # from 2025-10-15
    ("aucl/17", _aucl_2019),  # 2019-04-23 to 2025-10-14
    (None, _before_aucl_2019),  # earlier: refused
)


@dataclass(frozen=True)
class _Punitive:
    """What the punitive-damages interpretation in force at trial adds to a multiplied award: its name (None when
    the one in force is not in the corpus), the ceiling on the total, and its steps — where there is no base
    (``no_base``), after the multiple (``on_base``) and after the costs (``costs``)."""

    interpretation: str | None
    total_cap: Decimal | None
    no_base: tuple[Step, ...]
    on_base: tuple[Step, ...]
    costs: tuple[Step, ...]


def _punitive_2026(trial: date, aucl: _Aucl, base: Decimal | None) -> _Punitive:
    """From a trial on 2026-05-01: 法释〔2026〕7号 — total at most 5 × the base, costs outside it (art. 12),
    statutory damages never a base (art. 8 item 3), punitive damages for trade secrets only (art. 5)."""
    cap_fig = law.figure("punitive2026.total_cap_multiple", trial)
    cap_multiple = factor_of(cap_fig)
    caveat_zh, caveat_en = unverified_caveat(cap_fig)
    text_caveat_zh = unverified_caveat(cap_fig, of_text=True)[0]
    start = _starts(cap_fig.ref)
    on = (law.provision(ref, trial) for ref in ("spc_2026_punitive/8", cap_fig.ref, "spc_2026_punitive/5"))
    kind_8, kind_12, kind_5 = (kind_resting_on(cap_fig, prov) for prov in on)
    no_base = (
        Step(
            "“法定赔偿数额不能作为惩罚性赔偿的计算基数。”（2026年惩罚性赔偿解释第八条第三项）"
            "没有损失或获利作基数，不适用倍数。" + text_caveat_zh,
            "Statutory damages cannot be the base for punitive damages (2026 punitive-damages "
            "interpretation art. 8 item 3): with no loss or gain as a base, no multiple applies." + caveat_en,
            "spc_2026_punitive/8",
            kind_8,
        ),
    )
    if base is None:
        return _Punitive(cap_fig.ref.split("/", 1)[0], None, no_base, (), ())
    total_cap = times(base, cap_multiple).value
    on_base = (
        Step(
            f"审理日期{date_zh(trial)}：适用2026年惩罚性赔偿解释（{date_zh(start)}起施行）。第十二条：赔偿数额总额"
            f"最高为计算基数的{multiple_text(cap_multiple)}倍，即{yuan_zh(total_cap)}。" + caveat_zh,
            f"Trial on {trial.isoformat()}: the 2026 punitive-damages interpretation applies (from "
            f"{start.isoformat()}). Art. 12: the total is at most {multiple_text(cap_multiple)} times the base, "
            f"{yuan(total_cap)} yuan." + caveat_en,
            cap_fig.ref,
            kind_12,
        ),
        Step(
            "按审理日期适用是一种简化，该解释的时间效力规定未核查。",
            "Applying it by trial date is a simplification; its transitional rules were not checked.",
            cap_fig.ref,
            Kind.NOT_ASSESSED,
        ),
        Step(
            "2026年惩罚性赔偿解释第五条：惩罚性赔偿在不正当竞争行为中只适用于故意侵犯商业秘密（法律另有规定的除外）。"
            + text_caveat_zh,
            "2026 interpretation art. 5: among unfair-competition acts, punitive damages are available "
            "only for intentional trade-secret infringement (unless a law provides otherwise)." + caveat_en,
            "spc_2026_punitive/5",
            kind_5,
        ),
    )
    costs = (
        Step(
            "“权利人为制止侵权行为所支付的合理开支在该总额之外另行计算。”（2026年惩罚性赔偿解释第十二条）",
            "Costs paid by the right holder to stop the infringement are counted outside that total (2026 "
            "interpretation art. 12).",
            cap_fig.ref,
            kind_12,
        ),
    )
    return _Punitive(cap_fig.ref.split("/", 1)[0], total_cap, no_base, on_base, costs)


def _punitive_before_2026(trial: date, aucl: _Aucl, base: Decimal | None) -> _Punitive:
    """A trial before 2026-05-01: the 2021 interpretation (法释〔2021〕4号) applied; it is not in the corpus, so
    only the statute's own range is used."""
    start = _starts("spc_2026_punitive/12")
    no_base = (
        Step(
            "倍数按“上述方法确定数额”（损失或获利）计算；法定赔偿不是按上述方法确定的数额，故不适用倍数（对条文的理解）。",
            "The multiple applies to 'the amount determined by the above methods' (loss or gain); statutory "
            "damages are not such an amount, so no multiple applies (a reading of the text).",
            aucl.ref,
            Kind.READING,
            paragraph=3,
        ),
    )
    low, high = multiple_text(aucl.low), multiple_text(aucl.high)
    on_base = (
        Step(
            f"审理日期{date_zh(trial)}早于2026年惩罚性赔偿解释施行日（{date_zh(start)}）："
            f"当时适用2021年的惩罚性赔偿解释（法释〔2021〕4号，不在语料库中，未核查）。",
            f"Trial on {trial.isoformat()}, before the 2026 punitive-damages interpretation "
            f"({start.isoformat()}): the 2021 interpretation (法释〔2021〕4号, not in the corpus, not checked "
            f"here) applied.",
            aucl.ref,
            Kind.NOT_ASSESSED,
            paragraph=3,
        ),
        Step(
            f"此处只适用法律本身的{low}至{high}倍。",
            f"Only the statute's own range of {low} to {high} times is used.",
            aucl.ref,
            paragraph=3,
        ),
    )
    return _Punitive(None, None, no_base, on_base, ())


# Which punitive-damages interpretation governs, by the date of the trial, newest first.
_PUNITIVE: tuple[tuple[str | None, Callable[[date, _Aucl, Decimal | None], _Punitive]], ...] = (
    ("spc_2026_punitive/12", _punitive_2026),  # from 2026-05-01
    (None, _punitive_before_2026),  # earlier: the 2021 interpretation, not in the corpus
)


def _intent_steps(aucl: _Aucl, wilful: bool, wanted: bool, requested: Fraction) -> list[Step]:
    steps = []
    if wilful:
        steps.append(
            Step(
                "2019年文本要求“恶意”，2025年文本改为“故意”（与民法典第一千一百八十五条一致）。“恶意”是否比“故意”"
                f"要求更高，尚有争议；此处把“故意侵权”这一事实视为满足本条所用的“{aucl.intent_zh}”。",
                "The 2019 text requires malice (恶意); the 2025 text says intent (故意), matching Civil Code "
                "art. 1185. Whether malice sets a higher bar than intent is debated — not settled; here "
                f"wilful=True is taken to satisfy this article's {aucl.intent_en}.",
                aucl.ref,
                Kind.READING,
                paragraph=3,
            )
        )
    if requested != 1 and not wanted:
        steps.append(
            Step(
                f"请求的{multiple_text(requested)}倍不适用：倍数赔偿需要“{aucl.intent_zh}”且“情节严重”。按1倍计算。",
                f"The requested {multiple_text(requested)} times is not applied: a multiple needs "
                f"{aucl.intent_en} and 情节严重 (serious circumstances). 1 times is used.",
                aucl.ref,
                paragraph=3,
            )
        )
    return steps


def _multiplied(
    aucl: _Aucl, base: Decimal, wanted: bool, requested: Fraction, punitive: _Punitive
) -> tuple[Fraction, Decimal, list[Step]]:
    """The award on a known base: (multiple applied, damages, steps)."""
    steps, applied = [], Fraction(1)
    if wanted:
        applied = requested
        steps.append(
            Step(
                f"“{aucl.intent_zh}”实施侵犯商业秘密行为且情节严重：可以在按上述方法确定数额的"
                f"{multiple_text(aucl.low)}倍以上{multiple_text(aucl.high)}倍以下确定赔偿数额；此处用{multiple_text(applied)}倍。",
                f"Trade-secret infringement with {aucl.intent_en} and serious circumstances: the award may be "
                f"{multiple_text(aucl.low)} to {multiple_text(aucl.high)} times the amount so determined; "
                f"{multiple_text(applied)} times is used.",
                aucl.ref,
                paragraph=3,
            )
        )
    damages, exact = times(base, applied)
    if not exact:
        steps.append(Step(*rounding_text(base, applied), aucl.ref, paragraph=3))
    if wanted:
        if punitive.total_cap is not None:
            damages = min(damages, punitive.total_cap)
        steps += punitive.on_base
    measure = "损失" if aucl.base_kind == "loss" else "获利"
    steps.append(
        Step(
            f"按{measure}计算的赔偿：{yuan_zh(base)} × {multiple_text(applied)} = {yuan_zh(damages)}。",
            f"Damages on the {aucl.base_kind}: {yuan(base)} yuan × {multiple_text(applied)} = {yuan(damages)} yuan.",
            aucl.ref,
            paragraph=3,
        )
    )
    return applied, damages, steps


def _statutory_ceiling(aucl: _Aucl) -> Step:
    cap = yuan_of(aucl.statutory_cap)
    caveat_zh, caveat_en = unverified_caveat(aucl.statutory_cap)
    return Step(
        f"实际损失和侵权获利都难以确定：由人民法院根据侵权行为的情节判决给予权利人{yuan_zh(cap)}以下的赔偿"
        f"（法定赔偿，数额由法院确定）。{caveat_zh}",
        f"Neither the actual loss nor the infringer's gain can be determined: the court awards, according "
        f"to the circumstances of the infringement, up to {yuan(cap)} yuan (statutory damages; the "
        f"amount is the court's).{caveat_en}",
        aucl.ref,
        Kind.NOT_ASSESSED,
        paragraph=4,
    )


def _trade_secret_costs(aucl: _Aucl, costs: Decimal, punitive_costs: tuple[Step, ...]) -> list[Step]:
    steps = []
    if costs > 0 or aucl.base is not None:
        steps.append(
            Step(
                f"“赔偿数额还应当包括经营者为制止侵权行为所支付的合理开支”：合理开支{yuan_zh(costs)}另加，不乘倍数。",
                f"Damages also include the reasonable costs of stopping the infringement: {yuan(costs)} yuan, "
                f"added on top and not multiplied.",
                aucl.ref,
                paragraph=3,
            )
        )
    steps += punitive_costs
    if aucl.base is None and costs > 0:
        steps.append(
            Step(
                "合理开支的规定在法定赔偿那一款之前；法定赔偿之外能否另加合理开支，条文未明确，尚无定论。",
                "The costs sentence sits in the paragraph before the statutory-damages paragraph; whether costs "
                "come on top of statutory damages the text does not say — not settled.",
                aucl.ref,
                Kind.NOT_ASSESSED,
                paragraph=4,
            )
        )
    return steps


def _trial_day(trial_date: object, conduct: date) -> date:
    if trial_date is None:
        return max(date.today(), conduct)
    trial = parse_date(trial_date, "trial_date")
    if trial < conduct:
        raise InputError("trial_date", "审理日期不能早于行为日期", "cannot be earlier than the conduct date")
    return trial


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
    """Civil damages for trade-secret infringement (侵犯商业秘密), by the date of the conduct (``_AUCL``).

    * Conduct 2019-04-23 to 2025-10-14 — AUCL (2019 text) art. 17: the actual loss; *only* where the loss
      cannot be calculated, the infringer's gain. 1–5 × for 恶意 (malicious) and 情节严重 (serious)
      infringement.
    * Conduct from 2025-10-15 — AUCL (2025 text) art. 22: the loss *or* the gain (alternatives; shown:
      the larger, a contested reading); 1–5 × for 故意 (intentional) and serious infringement.
    * Neither loss nor gain determinable: statutory damages set by the court, up to 5,000,000 yuan
      (``damages`` None, ``upper_bound`` the ceiling); no multiplier applies to them.
    * Reasonable costs of stopping the infringement are added, outside the multiplied amount.
    * ``multiplier`` (1–5, Fraction allowed) applies only when ``wilful`` and ``serious``. From a trial
      date of 2026-05-01 the SPC interpretation 法释〔2026〕7号 applies (``_PUNITIVE``): the total is at most
      5 × the base (art. 12), costs are counted outside it (art. 12), statutory damages cannot be a base
      (art. 8 item 3). Before that the 2021 interpretation (not in the corpus) applied; only the statute's
      range is used.

    ``trial_date`` defaults to today (or the conduct date, if later). Conduct before 2019-04-23 raises
    :class:`pilaw.LawError`: the course starts from the 2019 text.
    """
    loss_v = parse_optional_yuan(loss, "loss")
    gain_v = parse_optional_yuan(gain, "gain")
    conduct = parse_date(conduct_date, "conduct_date", required=True)
    wilful_v = parse_flag(wilful, "wilful")
    serious_v = parse_flag(serious, "serious")
    costs_v = parse_yuan(costs, "costs")
    trial = _trial_day(trial_date, conduct)
    aucl = law.regime_on(_AUCL, conduct)(conduct, loss_v, gain_v)
    requested = _parse_multiple(multiplier, "multiplier", aucl.low, aucl.high)
    wanted = wilful_v and serious_v
    punitive = law.regime_on(_PUNITIVE, trial)(trial, aucl, aucl.base if wanted else None)

    steps = [*aucl.steps, *_intent_steps(aucl, wilful_v, wanted, requested)]
    applied, damages = Fraction(1), None
    if aucl.base is None:
        steps += punitive.no_base if wanted else ()
        steps.append(_statutory_ceiling(aucl))
    else:
        applied, damages, multiplied_steps = _multiplied(aucl, aucl.base, wanted, requested, punitive)
        steps += multiplied_steps
    steps += _trade_secret_costs(aucl, costs_v, punitive.costs if wanted else ())
    total = None
    if damages is not None:
        total = damages + costs_v
        steps.append(
            Step(
                f"合计：{yuan_zh(damages)} + 合理开支{yuan_zh(costs_v)} = {yuan_zh(total)}。",
                f"Total: {yuan(damages)} + costs {yuan(costs_v)} = {yuan(total)} yuan.",
                aucl.ref,
                paragraph=3,
            )
        )
    return TradeSecretAward(
        article=aucl.ref,
        on_loss=loss_v,
        on_gain=gain_v,
        base=aucl.base,
        base_kind=aucl.base_kind,
        multiplier=applied,
        damages=damages,
        total_cap=punitive.total_cap if wanted else None,
        costs=costs_v,
        total=total,
        court_decides=aucl.base is None,
        upper_bound=yuan_of(aucl.statutory_cap) if aucl.base is None else None,
        punitive_interpretation=punitive.interpretation,
        steps=tuple(steps),
    )
