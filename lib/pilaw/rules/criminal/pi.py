"""Criminal Law art. 253-1 (侵犯公民个人信息罪) with the 2017 SPC/SPP interpretation, art. 5.

One function per regime, chosen by the text in force in :data:`_TEXTS`: the Amendment VII text (2009-02-28 to
2015-10-31: one band, staff of certain units only) and the Amendment IX text (from 2015-11-01: two bands). Both
take their figures from the 2017 interpretation (:func:`_count`); before it took effect it applies to pending
cases under the 2001 provisions art. 2. Conduct before the article existed is no crime (Criminal Law art. 12).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from typing import Any, cast

from pilaw import law
from pilaw.law import Figure, money
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import yuan_zh
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh, fraction_text, number_zh
from pilaw.rules.criminal import temporal
from pilaw.rules.criminal.common import (
    ART_2017_5,
    CATEGORIES,
    GROUPS,
    PI_ITEMS,
    Assessment,
    Fine,
    Severity,
    Share,
    as_yuan,
    crime_name,
    first_day,
    first_name_day,
    item_label,
    item_pin,
    num,
    parse_pieces,
    parse_trial,
    pin,
    split_band,
    yuan,
)
from pilaw.rules.criminal.penalty import PI_UNIT, pi_fine, unit_sentence, unit_steps

ART = "criminal_law/253-1"
REF5 = ART_2017_5
REF6 = "spc_2017_personal_information/6"
_STANDARD = "spc2017.pieces.sensitive"  # a figure of the 2017 interpretation: is it in force?
_BASIC = "criminal_law253_1.basic_band_max_years"
_TOP = "criminal_law253_1.top_band_max_years"
_GAIN_ITEM: int = cast("dict[str, Any]", law.data("items.json"))[ART_2017_5]["money"]["illegal_gain"]

_GUIDING_CASES_ZH = (
    "教学背景：据最高人民法院2022年12月发布的第35批指导性案例，居民身份证信息属于第五条第一款规定的"
    "“其他可能影响人身、财产安全的公民个人信息”（指导性案例193号），非法获取人脸识别信息依第五条第一款"
    "第四项等规定定罪处罚（指导性案例192号）。这两则案例不在本课程的参考资料中，引用前请核对原文。"
)
_GUIDING_CASES_EN = (
    "Teaching context: in the SPC's 35th batch of Guiding Cases (December 2022), ID-card information was held "
    "to be 'other personal information that may affect personal or property safety' under art. 5 para. 1 "
    "(Guiding Case 193), and illegally obtaining face-recognition information was punished under art. 5 para. 1 "
    "item 4 (Guiding Case 192). Neither case is in the course reference files; check the original before citing."
)
NOT_ASSESSED_ZH = (
    "本计算器仅依据数量和数额判断（第五条第一款第三项至第八项、第二款第三项），对下列情形不予评估：第一款第一项（出售或者提供行踪轨迹信息，"
    "被他人用于犯罪）、第二项（知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供）、第九项（曾因侵犯公民个人信息"
    "受过刑事处罚或者二年内受过行政处罚，又实施）、第十项（其他情节严重的情形）；第二款第一项、第二项、第四项（死亡、重伤等严重后果，"
    "重大经济损失或者恶劣社会影响，其他情节特别严重的情形）。条数应当已按第十一条计算（不重复计算、累计计算、按查获数量认定）。"
    "是否“违反国家有关规定”、行为是否属于出售、提供或者非法获取，也假定已经认定。"
)
NOT_ASSESSED_EN = (
    "This calculator looks at the numbers only (art. 5 para. 1 items 3-8, para. 2 item 3). It does not assess: para. 1 "
    "item 1 (whereabouts information sold or provided and then used for a crime), item 2 (supplying someone known or "
    "who ought to be known to use the information for crime), item 9 (a repeat after a criminal punishment, or within "
    "two years of an administrative penalty), item 10 (other serious circumstances); para. 2 items 1, 2 and 4 (death, "
    "serious injury and similar consequences; major economic loss or a seriously bad social impact; other especially "
    "serious circumstances). The counts are taken as already counted under art. 11 (no double counting, cumulative "
    "counting, batches as seized). That the conduct breached 'relevant State provisions' and was a sale, provision or "
    "illegal obtaining is also assumed."
)
_NO_CRIME_ZH = (
    "仅凭这些数字，未达到第五条第一款第三项至第八项的数量或者数额标准，不构成犯罪。但第五条还规定了非数量情形"
    "（第一款第一项：出售或者提供行踪轨迹信息被他人用于犯罪；第二项：知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供；"
    "第九项：曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚，又非法获取、出售或者提供公民个人信息；第十项：其他情节严重的情形），本计算器不评估这些情形。"
)
_NO_CRIME_EN = (
    "On these numbers alone the standards of art. 5 para. 1 items 3-8 are not reached: no crime. Art. 5 also lists "
    "non-numeric circumstances (para. 1 item 1: whereabouts information sold or provided and used for a crime; "
    "item 2: selling or providing to someone known, or who ought to be known, to use it for crime; item 9: a "
    "repeat after a criminal punishment, or within two years of an administrative penalty, for infringing personal "
    "information; item 10: other serious circumstances), which this calculator "
    "does not assess."
)


# ---------------------------------------------------------------------------------------------
# The 2017 interpretation: the numbers


@dataclass(frozen=True)
class _Count:
    """Art. 5 of the 2017 interpretation applied to the numbers (figures of the day it applies)."""

    ratio: Fraction
    gain_ratio: Fraction
    multiple: Fraction
    shares: tuple[Share, ...]
    steps: tuple[Step, ...]
    top: bool = True  # the standard has a 情节特别严重 tier (art. 5 para. 2 item 3); art. 6 has none

    @property
    def reached(self) -> Fraction:
        return max(self.ratio, self.gain_ratio)


def _share_steps(counts: Mapping[str, int], factor: Fraction, day: date) -> tuple[list[Share], list[Step]]:
    shares: list[Share] = []
    steps: list[Step] = []
    for key, count in counts.items():
        if not count:
            continue
        group, label_zh, label_en = CATEGORIES[key]
        base = Fraction(law.value(f"spc2017.pieces.{group}", day))
        share = Share(key, count, base * factor)
        shares.append(share)
        item_zh, item_en = item_label(PI_ITEMS[group])
        if factor != 1:
            where_zh = f"第五条第一款{item_zh}标准{number_zh(base)}条 × {number_zh(factor)}，第八项"
            where_en = f"art. 5 para. 1 {item_en} standard {num(base)} × {fraction_text(factor)}, item 8"
        else:
            where_zh, where_en = f"第五条第一款{item_zh}", f"art. 5 para. 1 {item_en}"
        steps.append(
            Step(
                f"{label_zh}{count}条 ÷ {number_zh(share.standard)}条（{where_zh}）= {number_zh(share.fraction)}",
                f"{label_en}: {count:,} ÷ {num(share.standard)} pieces ({where_en}) = {fraction_text(share.fraction)}",
                REF5,
                **item_pin(PI_ITEMS[group]),
            )
        )
        if key == "other_safety":
            steps.append(Step(_GUIDING_CASES_ZH, _GUIDING_CASES_EN, REF5, Kind.UNVERIFIED, **item_pin(PI_ITEMS[group])))
    return shares, steps


def _count(counts: Mapping[str, int], gain: object, insider: bool, day: date) -> _Count:
    """The quantity and money ratios of art. 5 para. 1 items 3-8 on the figures of ``day``."""
    amount = money.parse_yuan(gain, "illegal_gain")
    factor = Fraction(law.value("spc2017.insider_fraction", day)) if insider else Fraction(1)
    steps: list[Step] = []
    if any(counts.values()):
        steps.append(
            Step(
                "条数按第十一条计算：非法获取后又出售或者提供的，不重复计算；向不同单位或者个人分别出售、提供同一信息的，"
                "累计计算；批量信息按查获数量直接认定，有证据证明不真实或者重复的除外。",
                "Pieces are counted under art. 11: information obtained and then sold or provided is not counted twice; "
                "selling or providing the same information to different buyers counts each time; batches are counted as "
                "seized unless evidence shows entries are false or duplicated.",
                "spc_2017_personal_information/11",
            )
        )
    if insider:
        steps.append(
            Step(
                f"内部人员（将在履行职责或者提供服务过程中获得的信息出售或者提供给他人）：第五条第一款第八项，"
                f"数量或者数额达到第三项至第七项规定标准的{fraction_text(factor)}以上即可。",
                f"Insider (selling or providing information obtained in performing duties or providing services): "
                f"art. 5 para. 1 item 8 — {fraction_text(factor)} of the standards of items 3-7 suffices.",
                REF5,
                **pin(REF5, "insider"),
            )
        )
    shares, share_steps = _share_steps(counts, factor, day)
    steps += share_steps
    ratio = sum((s.fraction for s in shares), Fraction(0))
    texts = [fraction_text(s.fraction) for s in shares]
    if len(shares) > 1:
        steps.append(
            Step(
                f"按相应比例合计（第五条第一款第六项）：{' + '.join(texts)} = {fraction_text(ratio)}",
                f"Added up as fractions of their standards (art. 5 para. 1 item 6): {' + '.join(texts)} = "
                f"{fraction_text(ratio)}",
                REF5,
                **pin(REF5, "combined"),
            )
        )
    elif not shares:
        steps.append(Step("未输入任何信息条数：数量比例为0。", "No pieces entered: the quantity ratio is 0.", REF5))
    gain_standard = Fraction(law.value("spc2017.illegal_gain", day)) * factor
    gain_ratio = Fraction(amount) / gain_standard
    also_zh, also_en = ("、第八项", " and item 8") if insider else ("", "")
    steps.append(
        Step(
            f"违法所得{yuan_zh(amount)} ÷ {yuan_zh(gain_standard)}（第五条第一款第七项{also_zh}）= "
            f"{fraction_text(gain_ratio)}；条数与金额不相加。",
            f"Illegal gain {yuan(amount)} ÷ {yuan(gain_standard)} yuan (art. 5 para. 1 item 7{also_en}) "
            f"= {fraction_text(gain_ratio)}; pieces and money are not added together.",
            REF5,
            **pin(REF5, "gain"),
        )
    )
    multiple = Fraction(law.value("spc2017.especially_serious_multiple", day))
    return _Count(ratio, gain_ratio, multiple, tuple(shares), tuple(steps))


def _tier_2017(count: _Count) -> Severity:
    if count.top and count.reached >= count.multiple:
        return Severity.ESPECIALLY_SERIOUS
    return Severity.SERIOUS if count.reached >= 1 else Severity.NONE


def _conclusion(count: _Count, severity: Severity) -> Step:
    if not count.top:
        return Step(
            f"获利比例{fraction_text(count.gain_ratio)}：达到标准（≥1）为情节严重；第六条没有规定“情节特别严重”的标准。"
            f"结论：{severity.zh}。",
            f"Profit ratio {fraction_text(count.gain_ratio)}: reaching the standard (≥ 1) is 情节严重; art. 6 sets no "
            f"standard for 情节特别严重. Result: {severity.en}.",
            REF6,
            **pin(REF6, "profit"),
        )
    return Step(
        f"数量比例{fraction_text(count.ratio)}，违法所得比例{fraction_text(count.gain_ratio)}：达到标准（≥1）为情节严重，"
        f"达到标准{fraction_text(count.multiple)}倍以上（第五条第二款第三项）为情节特别严重。结论：{severity.zh}。",
        f"Quantity ratio {fraction_text(count.ratio)}, money ratio {fraction_text(count.gain_ratio)}: reaching the "
        f"standard (≥ 1) is 情节严重; {fraction_text(count.multiple)} times the standard or more (art. 5 para. 2 item 3) "
        f"is 情节特别严重. Result: {severity.en}.",
        REF5,
        **pin(REF5, "especially"),
    )


# ---------------------------------------------------------------------------------------------
# One function per text of art. 253-1


def _amendment_vii(count: _Count, insider: bool, day: date) -> temporal.Outcome:
    """The Amendment VII text (2009-02-28 to 2015-10-31): one band, 情节严重, no higher tier."""
    severity = Severity.SERIOUS if count.reached >= 1 else Severity.NONE
    steps = [
        Step(
            f"按刑法修正案（七）的文本：只有“情节严重”一档（三年以下有期徒刑或者拘役，并处或者单处罚金），没有“情节特别严重”；"
            f"第五条第二款第三项的十倍标准在该文本中没有对应的法定刑。结论：{severity.zh}。",
            "Under the Amendment VII text: one tier only, 情节严重 (up to three years or 拘役, plus or only a fine), no "
            "情节特别严重; the tenfold standard of art. 5 para. 2 item 3 has no band in that text. Result: "
            f"{severity.en}.",
            ART,
            **pin(ART, "band", day),
        ),
        Step(
            "修正案（七）的文本只适用于国家机关或者金融、电信、交通、教育、医疗等单位的工作人员将本单位在履行职责或者提供服务"
            "过程中获得的公民个人信息出售或者非法提供给他人（第一款），以及窃取或者以其他方法非法获取上述信息（第二款）。"
            "行为人是否属于此类单位的工作人员、信息是否属于“上述信息”，本计算器不审查：出售、提供者不是此类单位工作人员的，"
            "第一款不适用；信息不是此类单位在履行职责或者提供服务过程中获得的，两款都不适用，按当时的法律不构成本罪。",
            "The Amendment VII text reaches only staff of state organs or of finance, telecoms, transport, education, "
            "medical and similar units who sell or illegally provide information their unit obtained in performing duties "
            "or providing services (para. 1), and those who steal or otherwise illegally obtain such information (para. 2). "
            "Whether the offender is such a unit's staff, or the information such information, is not checked by this "
            "calculator: a seller who is not such staff falls outside para. 1; information not obtained by such a unit "
            "in performing duties or providing services falls outside both paragraphs, and the law of the time made it "
            "no crime.",
            ART,
            Kind.NOT_ASSESSED,
        ),
    ]
    if insider:
        steps.append(
            Step(
                "该文本第一款本身就是针对此类工作人员的规定，没有“从重处罚”的条款。",
                "Para. 1 of that text is itself the rule for such staff; it has no heavier-punishment (从重处罚) clause.",
                ART,
                **pin(ART, "band", day),
            )
        )
    band = law.figure(_BASIC, day) if severity is Severity.SERIOUS else None
    return temporal.Outcome(
        "刑法修正案（七）的文本与2017年个人信息刑事解释",
        "the Amendment VII text with the 2017 interpretation",
        severity,
        band,
        tuple(steps),
        REF5,
    )


def _amendment_ix(count: _Count, insider: bool, day: date) -> temporal.Outcome:
    """The Amendment IX text (from 2015-11-01): 情节严重 and 情节特别严重; 从重处罚 for an insider (para. 2)."""
    severity = _tier_2017(count)
    band = None
    if severity is not Severity.NONE:
        band = law.figure(_BASIC if severity is Severity.SERIOUS else _TOP, day)
    steps = [_conclusion(count, severity)]
    heavier = insider and band is not None
    if heavier:
        steps.append(
            Step(
                "第二百五十三条之一第二款：此类行为依照第一款的规定从重处罚。",
                "Art. 253-1 para. 2: such conduct is punished under para. 1, more heavily (从重处罚).",
                ART,
                **pin(ART, "insider", day),
            )
        )
    return temporal.Outcome(
        "刑法修正案（九）的文本与2017年个人信息刑事解释",
        "the Amendment IX text with the 2017 interpretation",
        severity,
        band,
        tuple(steps),
        REF5,
        heavier,
    )


#: The texts of art. 253-1 by their first day (as in the corpus), each with the function that applies it.
_TEXTS: dict[str, tuple[str, str, Callable[[_Count, bool, date], temporal.Outcome]]] = {
    "2009-02-28": ("刑法修正案（七）文本", "Amendment VII text", _amendment_vii),
    "2015-11-01": ("刑法修正案（九）文本", "Amendment IX text", _amendment_ix),
}


def _text_on(day: date) -> tuple[str, str, Callable[[_Count, bool, date], temporal.Outcome]]:
    return _TEXTS[law.provision(ART, day).effective_from.isoformat()]


# ---------------------------------------------------------------------------------------------
# Which regime, and the result


def _name(day: date) -> tuple[str, str]:
    """The crime name of the text applied (before any name was fixed, the first names fixed for that text)."""
    return crime_name(max(day, first_name_day(ART)))


def _interpretation_day(conduct: date, trial: date) -> date:
    """The day whose 2017 figures apply: the conduct's, or (2001 provisions art. 2) the trial's; else LawError."""
    first = first_day(_STANDARD)
    if conduct >= first:
        return conduct
    if trial >= first:
        return trial
    figures = "、".join(num(law.figure_versions(f"spc2017.pieces.{g}")[0].value) for g in GROUPS)
    raise LawError(
        f"行为日期{date_zh(conduct)}与审理日期{date_zh(trial)}都早于2017年个人信息刑事解释的施行日（{date_zh(first)}），"
        f"当时没有数量标准，“情节严重”由法院个案认定，本计算器不适用{figures}条等标准。",
        f"The conduct date {conduct.isoformat()} and the trial date {trial.isoformat()} are both before the 2017 "
        f"personal-information interpretation took effect ({first.isoformat()}): no numeric standard existed then and "
        f"情节严重 was for the court to judge; this calculator has no figure to apply "
        f"(the {figures.replace('、', ' / ')}-piece standards come later).",
    )


def _no_article(day: date) -> Assessment:
    return temporal.no_offence(ART, day, "刑法第二百五十三条之一", "Criminal Law art. 253-1")


def _lawful_business(counts: Mapping[str, int], gain: object, insider: bool, day: date) -> _Count | Step:
    """2017 interpretation art. 6: information bought or received for lawful business and not sold on — only the
    profit from using it counts (50,000 yuan). Where art. 6 does not reach the facts, the step that says why."""
    outside = [CATEGORIES[k][1] for k, n in counts.items() if n and CATEGORIES[k][0] != "other"]
    if insider:
        return Step(
            "第六条第二款：将购买、收受的信息出售或者提供的，定罪量刑标准适用第五条；出售或者提供在工作中获得的信息，"
            "不是第六条所说的为合法经营而购买、收受：适用第五条。",
            "Art. 6 para. 2: information sold or provided on is judged under art. 5; selling or providing information "
            "obtained at work is not buying or receiving for lawful business under art. 6: art. 5 applies.",
            REF6,
            **pin(REF6, "sold_on"),
        )
    if outside:
        return Step(
            f"第六条第一款只适用于第五条第一款第三项、第四项规定以外的信息；本案有{'、'.join(outside)}：适用第五条。",
            f"Art. 6 para. 1 reaches only information other than that of art. 5 para. 1 items 3-4; these facts include "
            f"{len(outside)} such categor{'y' if len(outside) == 1 else 'ies'}: art. 5 applies.",
            REF6,
            **pin(REF6, "scope"),
        )
    profit = money.parse_yuan(gain, "illegal_gain")
    standard = as_yuan(law.value("spc2017.lawful_business_profit", day))
    ratio = Fraction(profit) / Fraction(standard)
    steps = (
        Step(
            "为合法经营活动而非法购买、收受第五条第一款第三项、第四项规定以外的公民个人信息（第六条第一款）：条数不作为标准，"
            "而以利用这些信息的获利为标准。本计算器将“违法所得”一栏视为该获利数额。",
            "Bought or received for lawful business, information other than that of art. 5 para. 1 items 3-4 (art. 6 "
            "para. 1): the pieces are not the standard; the profit made by using them is. This calculator reads the "
            "illegal-gain box as that profit.",
            REF6,
            **pin(REF6, "scope"),
        ),
        Step(
            f"获利{yuan_zh(profit)} ÷ {yuan_zh(standard)}（第六条第一款第一项）= {fraction_text(ratio)}。",
            f"Profit {yuan(profit)} ÷ {yuan(standard)} yuan (art. 6 para. 1 item 1) = {fraction_text(ratio)}.",
            REF6,
            **pin(REF6, "profit"),
        ),
        Step(
            "第六条第一款第二项（曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚，又非法购买、收受）和第三项（其他情节严重的情形）"
            "本计算器不评估；购买后又出售或者提供的，适用第五条（第二款），此处假定没有。",
            "Art. 6 para. 1 item 2 (buying again after a criminal punishment or, within two years, an administrative "
            "penalty) and item 3 (other serious circumstances) are not assessed; information sold or provided on falls "
            "under art. 5 (para. 2), assumed not to be the case here.",
            REF6,
            Kind.NOT_ASSESSED,
        ),
    )
    return _Count(Fraction(0), ratio, Fraction(1), (), steps, top=False)


_NO_CRIME_6_ZH = (
    "为合法经营活动而购买、收受：利用这些信息的获利未达到第六条第一款第一项的标准，仅凭数字不构成犯罪。第六条第一款第二项"
    "（曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚，又非法购买、收受）、第三项（其他情节严重的情形）本计算器不评估。"
)
_NO_CRIME_6_EN = (
    "Bought or received for lawful business: the profit from using the information is below the standard of art. 6 "
    "para. 1 item 1, so on the numbers there is no crime. Art. 6 para. 1 item 2 (a repeat after a criminal "
    "punishment or, within two years, an administrative penalty) and item 3 (other serious circumstances) are not "
    "assessed."
)


def _band_step(outcome: temporal.Outcome, day: date, count: _Count) -> tuple[str, str, Step]:
    if outcome.band is None and not count.top:
        return (
            _NO_CRIME_6_ZH,
            _NO_CRIME_6_EN,
            Step(
                "获利未达到第六条第一款第一项的标准，不构成犯罪。",
                "The profit is below the standard of art. 6 para. 1 item 1: no crime.",
                REF6,
                **pin(REF6, "profit"),
            ),
        )
    if outcome.band is None:
        return (
            _NO_CRIME_ZH,
            _NO_CRIME_EN,
            Step(
                "仅凭这些数字，未达到第五条第一款第三项至第八项的数量或者数额标准，不构成犯罪。",
                "On these numbers alone the standards of art. 5 para. 1 items 3-8 are not reached: no crime.",
                REF5,
                **pin(REF5, "serious"),
            ),
        )
    tier_zh, band_zh, tier_en, band_en = split_band(outcome.band)
    sentence_zh = f"{tier_zh}：{band_zh}（刑法第二百五十三条之一第一款）"
    sentence_en = f"{tier_en}: {band_en} (Criminal Law art. 253-1 para. 1)"
    if outcome.heavier:
        sentence_zh += "；属于第二款情形，从重处罚"
        sentence_en += "; para. 2 applies: heavier punishment (从重处罚)"
    return (
        sentence_zh,
        sentence_en,
        Step(f"法定刑：{sentence_zh}。", f"Sentencing band: {sentence_en}.", ART, **pin(ART, "band", day)),
    )


def _penalty(
    applied: temporal.Outcome, count: _Count, days: tuple[date, date], gain: object, unit: bool
) -> tuple[str, str, Fine | None, list[Step]]:
    """The band, the fine of art. 12 and, for a unit, the double penalty (art. 253-1's unit paragraph, 2017
    interpretation art. 7, Criminal Law arts. 30-31)."""
    text_day, figures_day = days
    sentence_zh, sentence_en, band_step = _band_step(applied, text_day, count)
    steps = [band_step]
    if applied.band is None:
        if unit:
            steps.append(
                Step(
                    "单位犯罪的条款以单位构成本罪为前提，此处不适用。",
                    "The unit-crime paragraph presupposes the offence; it does not apply here.",
                    ART,
                    **pin(ART, "unit", text_day),
                )
            )
        return sentence_zh, sentence_en, None, steps
    fine = pi_fine(money.parse_yuan(gain, "illegal_gain"), figures_day, unit)
    steps += fine.steps
    if unit:
        steps += unit_steps(
            ART, text_day, pin(ART, "unit", text_day), "刑法第二百五十三条之一", "Criminal Law art. 253-1"
        )
        steps.append(
            Step(
                "2017年个人信息刑事解释第七条：单位犯本罪的，依照本解释规定的相应自然人犯罪的定罪量刑标准，对直接负责的主管人员和其他"
                "直接责任人员定罪处罚，并对单位判处罚金——上面的数量标准对单位同样适用。",
                "2017 interpretation art. 7: where a unit commits the offence, its responsible persons are convicted and "
                "sentenced on the standards for a natural person, and the unit is fined — the standards above apply to a "
                "unit unchanged.",
                PI_UNIT,
            )
        )
        sentence_zh, sentence_en = unit_sentence(sentence_zh, sentence_en, fine)
    elif fine.low is not None:
        sentence_zh, sentence_en = f"{sentence_zh}；{fine.text_zh}", f"{sentence_en}; {fine.text_en}"
    return sentence_zh, sentence_en, fine, steps


def pi_severity(
    pieces: Mapping[str, object],
    *,
    illegal_gain: object = 0,
    insider: bool = False,
    unit: bool = False,
    lawful_business: bool = False,
    on: date | None = None,
    trial_date: date | None = None,
) -> Assessment:
    """Severity of illegally obtaining, selling or providing personal information (Criminal Law art. 253-1).

    The rule (2017 SPC/SPP interpretation, art. 5, in force 2017-06-01; ``on`` is the date of the conduct):

    * 情节严重 (para. 1): 50 pieces or more of whereabouts, communication-content, credit or property information
      (item 3); 500 or more of accommodation, communication-record, health/physiological, transaction or *other
      information that may affect personal or property safety* (item 4 — ``other_safety``; for teaching: ID-card
      data, SPC Guiding Case 193, and face data, Guiding Case 192); 5,000 or more of any other personal information
      (item 5). Below those, the categories add up as exact fractions (item 6): 35/50 + 150/500 = 1. An illegal gain
      of 5,000 yuan or more (item 7). An insider (``insider=True``) needs half of each standard (item 8) and is
      punished more heavily (从重处罚, art. 253-1 para. 2). 情节特别严重 (para. 2 item 3): ten times. Pieces and money
      are not added; counts follow art. 11; the non-numeric circumstances are NOT_ASSESSED steps.
    * ``lawful_business``: bought or received for lawful business activities and not sold on (art. 6): for
      information other than that of items 3-4 only the profit from using it counts — 50,000 yuan or more is
      情节严重 (item 1), and art. 6 has no 情节特别严重; ``illegal_gain`` is read as that profit.
    * ``unit``: the offender is a unit (单位): the unit is fined and its directly responsible persons get the band
      (art. 253-1's unit paragraph; 2017 interpretation art. 7, on the same standards; Criminal Law arts. 30-31).
    * Where a band applies, ``fine`` is the range of art. 12: generally one to five times the illegal gain; the
      court fixes the amount (NOT_ASSESSED), and with no gain entered the interpretation gives no figure.

    In time (``trial_date`` defaults to today, or to the conduct date if that is later): conduct before 2009-02-28 is
    no crime (art. 12); under the Amendment VII text (to 2015-10-31) its single band is compared with the Amendment
    IX text's (art. 12); conduct before 2017-06-01 takes the 2017 figures if the case is handled after that day
    (2001 provisions art. 2). With neither date after 2017-06-01: :class:`LawError`.
    """
    counts = parse_pieces(pieces)
    money.parse_yuan(illegal_gain, "illegal_gain")
    parse_flag(insider, "insider")
    is_unit = parse_flag(unit, "unit")
    business = parse_flag(lawful_business, "lawful_business")
    day = parse_date(on, "on", allow_text=False)
    trial = parse_trial(trial_date, day)
    if not law.is_in_force(ART, day):
        return _no_article(day)
    figures_day = _interpretation_day(day, trial)
    count = _lawful_business(counts, illegal_gain, insider, figures_day) if business else None
    if not isinstance(count, _Count):
        why = [] if count is None else [count]
        count = _count(counts, illegal_gain, insider, figures_day)
        count = replace(count, steps=(*why, *count.steps))
    text_zh, text_en, formula = _text_on(day)
    name_zh, name_en = _name(day)
    steps: list[Step] = [
        Step(
            f"行为日期{date_zh(day)}适用刑法第二百五十三条之一（{text_zh}，罪名“{name_zh}”）及2017年个人信息刑事解释第五条。",
            f"Conduct on {day.isoformat()}: Criminal Law art. 253-1 ({text_en}; crime name {name_zh}, {name_en}) with "
            "art. 5 of the 2017 interpretation.",
            ART,
        )
    ]
    if figures_day != day:
        steps.append(temporal.pending_case_step(day, trial, "2017年个人信息刑事解释", "the 2017 interpretation", REF5))
    steps += count.steps
    old = formula(count, insider, day)
    steps += old.steps
    applied, text_day = old, day
    later_zh, _later_en, later = _text_on(trial)
    if later_zh != text_zh:
        new = later(count, insider, trial)
        applied = temporal.lighter(old, new)
        text_day = day if applied is old else trial
        steps += [*new.steps, temporal.comparison_step(day, trial, old, new), temporal.court_compares_step(ART)]
    sentence_zh, sentence_en, fine, penalty_steps = _penalty(
        applied, count, (text_day, figures_day), illegal_gain, is_unit
    )
    steps += [*penalty_steps, Step(NOT_ASSESSED_ZH, NOT_ASSESSED_EN, REF5, Kind.NOT_ASSESSED)]
    return Assessment(
        ref=ART,
        severity=applied.severity,
        ratio=count.ratio,
        gain_ratio=count.gain_ratio,
        sentence_zh=sentence_zh,
        sentence_en=sentence_en,
        crime_name_zh=name_zh,
        crime_name_en=name_en,
        steps=tuple(steps),
        shares=count.shares,
        unit=is_unit,
        fine=fine,
    )


# ---------------------------------------------------------------------------------------------
# The standards of art. 5 on a day


@dataclass(frozen=True)
class PiThresholdRow:
    """One standard of art. 5 para. 1 (items 3-5 by group, item 7 for the gain): the figure, ten times it
    (para. 2 item 3), and both halved for an insider (item 8)."""

    key: str  # a group of :data:`GROUPS`, or "illegal_gain"
    item_zh: str
    item_en: str
    figure: Figure
    especially: Fraction
    insider: Fraction
    insider_especially: Fraction

    @property
    def serious(self) -> Fraction:
        return Fraction(self.figure.value)


@dataclass(frozen=True)
class PiThresholds:
    """The standards of art. 5 on ``on``, the tenfold multiple and the insider's fraction."""

    on: date
    rows: tuple[PiThresholdRow, ...]
    multiple: Figure
    insider_fraction: Figure


def pi_threshold_table(on: date | None = None) -> PiThresholds:
    """The standards of the 2017 interpretation art. 5 on ``on``, read from the dated figures (each row keeps its
    figure, hence its item and dates); :class:`LawError` before 2017-06-01."""
    day = parse_date(on, "on", allow_text=False)
    multiple = law.figure("spc2017.especially_serious_multiple", day)
    half = law.figure("spc2017.insider_fraction", day)
    ten, halved = Fraction(multiple.value), Fraction(half.value)
    keys = [(g, f"spc2017.pieces.{g}", PI_ITEMS[g]) for g in GROUPS]
    rows = []
    for key, figure_key, item in [*keys, ("illegal_gain", "spc2017.illegal_gain", _GAIN_ITEM)]:
        fig = law.figure(figure_key, day)
        value = Fraction(fig.value)
        item_zh, item_en = item_label(item)
        rows.append(
            PiThresholdRow(
                key,
                item_zh,
                item_en,
                fig,
                value * ten,
                value * halved,
                value * halved * ten,
            )
        )
    return PiThresholds(day, tuple(rows), multiple, half)
