"""What the band does not say: the unit crime (单位犯罪) and the level of the criminal fine (罚金).

* A unit — a company, enterprise, public institution, State organ or organisation — bears criminal responsibility
  only where the law makes the act a unit crime (Criminal Law art. 30). Arts. 253-1 and 286-1 have their own unit
  paragraph, art. 219 is reached by art. 220; each fines the unit and punishes its directly responsible persons in
  charge and other directly responsible persons under the article (the double penalty of art. 31).
* The bands say only 并处或者单处罚金 (plus or only a fine). The 2017 interpretation art. 12 (personal information)
  and the 2025 interpretation art. 25 (intellectual property) say what the fine generally is, from the illegal gain;
  their figures are in ``data/figures/criminal.json``. What the court decides beyond that is a step of kind
  ``NOT_ASSESSED``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from pilaw import law
from pilaw.law.money import yuan_zh
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh, kind_resting_on, multiple_text, percent_zh
from pilaw.rules.criminal.common import Fine, Pin, Severity, as_yuan, pin, times, yuan

ART_30 = "criminal_law/30"
ART_31 = "criminal_law/31"
PI_FINE = "spc_2017_personal_information/12"
PI_UNIT = "spc_2017_personal_information/7"
IP_FINE = "spc_2025_ip/25"


# ---------------------------------------------------------------------------------------------
# The unit crime


def unit_steps(ref: str, day: date, paragraph: Pin | None, article_zh: str, article_en: str) -> list[Step]:
    """Arts. 30 and 31 and the unit provision ``ref`` on ``day``: its ``paragraph``, or the whole article."""
    text = law.provision(ref, day)
    lines = text.lines_of(paragraph["paragraph"]) if paragraph else range(len(text.paragraphs_zh))
    words = "".join(text.paragraphs_zh[i] for i in lines)
    caveat_zh = "" if text.verified else f"（该文本未经官方核实：{text.note_zh}）"
    caveat_en = "" if text.verified else f" (this text is not verified against an official source: {text.note})"
    since = date_zh(text.effective_from)
    return [
        Step(
            "刑法第三十条：公司、企业、事业单位、机关、团体实施的危害社会的行为，法律规定为单位犯罪的，应当负刑事责任。",
            "Criminal Law art. 30: a company, enterprise, public institution, State organ or organisation bears criminal "
            "responsibility for an act the law specifies as a unit crime.",
            ART_30,
            kind_resting_on(*law.versions(ART_30)),
        ),
        Step(
            f"{article_zh}（{since}起施行的文本）规定了单位犯罪：{words}{caveat_zh}",
            f"{article_en} (text in force from {text.effective_from.isoformat()}) makes it a unit crime: the unit is fined, and its directly "
            f"responsible persons in charge and other directly responsible persons are punished under the article."
            f"{caveat_en}",
            ref,
            kind_resting_on(text),
            **(paragraph or Pin(paragraph=None, item=None)),
        ),
        Step(
            "刑法第三十一条（双罚制）：单位犯罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员判处刑罚；"
            "本法分则和其他法律另有规定的，依照规定。",
            "Criminal Law art. 31 (the double penalty): the unit is fined, and its directly responsible persons in charge "
            "and other directly responsible persons are sentenced; where the Specific Provisions of this Law or other laws "
            "provide otherwise, those provisions apply.",
            ART_31,
            kind_resting_on(*law.versions(ART_31)),
        ),
    ]


def unit_sentence(band_zh: str, band_en: str, fine: Fine | None) -> tuple[str, str]:
    """The double penalty in one line: the unit's fine, then the band of its responsible persons."""
    fine_zh = "" if fine is None or fine.low is None else f"（{fine.text_zh}）"
    fine_en = "" if fine is None or fine.low is None else f" ({fine.text_en})"
    return (
        f"单位：判处罚金{fine_zh}；直接负责的主管人员和其他直接责任人员：{band_zh}",
        f"The unit: a fine{fine_en}; its directly responsible persons in charge and other directly responsible "
        f"persons: {band_en}",
    )


# ---------------------------------------------------------------------------------------------
# The criminal fine


def _court_decides(ref: str, factors_zh: str, factors_en: str, unit: bool) -> list[Step]:
    steps = [
        Step(
            f"具体罚金数额由法院综合考虑{factors_zh}确定；“一般”不是上下限，法院可以在此之外确定；是否单处罚金也由法院决定。"
            "本计算器不评估。",
            f"The court fixes the fine weighing {factors_en}; 'generally' (一般) is not a hard limit and the court may go "
            "outside it; whether to impose a fine only is also for the court. Not assessed by this calculator.",
            ref,
            Kind.NOT_ASSESSED,
        )
    ]
    if unit:
        steps.append(
            Step(
                "该条不区分自然人和单位；把同一幅度用于对单位的罚金是一种解读。直接负责的主管人员和其他直接责任人员是否并处罚金、数额多少，本计算器不评估。",
                "The article does not distinguish natural persons from units; using the same range for the unit's fine is "
                "a reading. Whether and how much the responsible persons are also fined is not assessed.",
                ref,
                Kind.READING,
            )
        )
    return steps


def pi_fine(gain: Decimal, day: date, unit: bool) -> Fine:
    """2017 interpretation art. 12 on the figures of ``day``: generally one to five times the illegal gain."""
    low_x = law.value("spc2017.fine_min_multiple", day)
    high_x = law.value("spc2017.fine_max_multiple", day)
    factors_zh = "犯罪的危害程度、违法所得数额以及被告人的前科情况、认罪悔罪态度等"
    factors_en = "the harm, the illegal gain, the defendant's record and admission of guilt and repentance"
    tail = _court_decides(PI_FINE, factors_zh, factors_en, unit)
    if not gain:
        return Fine(
            PI_FINE,
            None,
            None,
            (
                Step(
                    f"2017年个人信息刑事解释第十二条：罚金数额一般在违法所得的{low_x}倍以上{high_x}倍以下。未输入违法所得（为0）："
                    "没有可乘的基数，该条也没有规定此时的罚金数额，由法院确定。",
                    f"2017 interpretation art. 12: the fine is generally {low_x} to {high_x} times the illegal gain. No "
                    "illegal gain entered (0): there is nothing to multiply, and the article sets no amount for this "
                    "case; the court decides.",
                    PI_FINE,
                    Kind.NOT_ASSESSED,
                ),
                *tail,
            ),
        )
    low, high = times(gain, low_x), times(gain, high_x)
    return Fine(
        PI_FINE,
        low,
        high,
        (
            Step(
                f"罚金（2017年个人信息刑事解释第十二条）：罚金数额一般在违法所得的{low_x}倍以上{high_x}倍以下——违法所得{yuan_zh(gain)} → "
                f"{yuan_zh(low)}至{yuan_zh(high)}。",
                f"Fine (2017 interpretation art. 12): generally {low_x} to {high_x} times the illegal gain — a gain of "
                f"{yuan(gain)} yuan → {yuan(low)} to {yuan(high)} yuan.",
                PI_FINE,
            ),
            *tail,
        ),
    )


def _ip_lump(severity: Severity, day: date) -> tuple[Decimal, Decimal, str, str]:
    """The fixed range of art. 25 para. 2 for a sentence within the band of ``severity``."""
    if severity is Severity.SERIOUS:
        low, high = law.value("spc2025.fine_basic_min", day), law.value("spc2025.fine_basic_max", day)
        return (
            as_yuan(low),
            as_yuan(high),
            "判处三年以下有期徒刑、拘役或者单处罚金的",
            "a sentence of up to three years' fixed-term imprisonment, criminal detention (拘役) or a fine alone",
        )
    low, high = law.value("spc2025.fine_top_min", day), law.value("spc2025.fine_top_max", day)
    return as_yuan(low), as_yuan(high), "判处三年以上有期徒刑的", "a sentence of three years or more"


def ip_fine(gain: Decimal, severity: Severity, interpretation: str, day: date, unit: bool) -> Fine:
    """2025 interpretation art. 25 para. 2 where the regime applied is the 2025 one; otherwise no figure."""
    pin2 = pin(IP_FINE, "amounts")
    if interpretation != "spc_2025_ip/17":
        return Fine(
            IP_FINE,
            None,
            None,
            (
                Step(
                    "适用的是2025年4月26日以前的数额解释；本课程语料只收录2025年知识产权刑事解释第二十五条的罚金标准，"
                    "此前适用的罚金条文未收入，罚金数额由法院确定，本计算器不计算。",
                    "The regime applied uses an interpretation of before 2025-04-26; the corpus holds only the fine rule of "
                    "the 2025 interpretation (art. 25), not the one applied earlier, so the fine is for the court and not "
                    "computed here.",
                    "criminal_law/219",
                    Kind.NOT_ASSESSED,
                ),
            ),
        )
    factors_zh = "违法所得数额、非法经营数额、给权利人造成的损失数额、侵权假冒物品数量及社会危害性等情节"
    factors_en = "the illegal gain, the illegal business volume (非法经营数额), the owner's loss, the quantity of infringing goods and the harm"
    tail = _court_decides(IP_FINE, factors_zh, factors_en, unit)
    if gain:
        low_x = law.value("spc2025.fine_gain_min_multiple", day)
        high_x = law.value("spc2025.fine_gain_max_multiple", day)
        low, high = times(gain, low_x), times(gain, high_x)
        first = Step(
            f"罚金（2025年知识产权刑事解释第二十五条第二款）：一般在违法所得数额的{low_x}倍以上{high_x}倍以下——违法所得{yuan_zh(gain)} → "
            f"{yuan_zh(low)}至{yuan_zh(high)}。",
            f"Fine (2025 interpretation art. 25 para. 2): generally {low_x} to {high_x} times the illegal gain — a gain "
            f"of {yuan(gain)} yuan → {yuan(low)} to {yuan(high)} yuan.",
            IP_FINE,
            **pin2,
        )
        return Fine(IP_FINE, low, high, (first, *tail))
    low, high, sentence_zh, sentence_en = _ip_lump(severity, day)
    ratio_low = law.value("spc2025.fine_turnover_min_ratio", day)
    ratio_high = law.value("spc2025.fine_turnover_max_multiple", day)
    first = Step(
        f"违法所得为0：第二十五条第二款规定，违法所得数额无法查清的，罚金数额一般按照非法经营数额的{percent_zh(Fraction(ratio_low))}以上{multiple_text(Fraction(ratio_high))}倍以下确定"
        f"（本计算器没有非法经营数额一栏）；两者均无法查清，{sentence_zh}，一般在{yuan_zh(low)}以上{yuan_zh(high)}以下。"
        "违法所得为0是否就是“无法查清”、非法经营数额能否查清，本计算器不评估：这一幅度以两者均无法查清为条件。",
        f"No illegal gain entered: under art. 25 para. 2, where the gain cannot be ascertained the fine is "
        f"generally {ratio_low} to {ratio_high} times the illegal business volume (非法经营数额; this calculator has no box for it); where "
        f"neither can be ascertained, for {sentence_en}, generally {yuan(low)} to {yuan(high)} yuan. This range holds "
        "only on that condition, which this calculator does not assess (is a gain of 0 one that "
        "'cannot be ascertained'? and can the business volume be?).",
        IP_FINE,
        **pin2,
    )
    return Fine(IP_FINE, low, high, (first, *tail), conditional=True)


def no_fine_figure(ref: str, name_zh: str, name_en: str) -> Fine:
    """An offence whose fine rule is not in the corpus: the court decides."""
    return Fine(
        ref,
        None,
        None,
        (
            Step(
                f"{name_zh}的刑罚“并处或者单处罚金”；规定罚金数额的司法解释条文未收入本课程语料，罚金数额由法院确定，本计算器不计算。",
                f"{name_en} carries 'plus or only a fine'; the interpretation's article on the amount of the fine is not in "
                "the corpus, so the amount is for the court and not computed here.",
                ref,
                Kind.NOT_ASSESSED,
            ),
        ),
    )
