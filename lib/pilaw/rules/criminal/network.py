"""Criminal Law art. 286-1 (拒不履行信息网络安全管理义务罪) with the 2019 SPC/SPP interpretation, art. 4.

The article has had one text since 2015-11-01; conduct before that is no crime (Criminal Law art. 12). The
piece counts of the 2019 interpretation (in force 2019-11-01) apply to earlier conduct handled after that day
(2001 provisions art. 2). :func:`network_leak_serious` counts; :func:`network_duty_offence` checks every element;
:func:`network_duty_checklist` lists them; :func:`threshold_table` sets the counts beside those of art. 253-1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from pilaw import law
from pilaw.law import Figure
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh, fraction_text, number_zh
from pilaw.rules.criminal import temporal
from pilaw.rules.criminal.common import (
    ART_2019_4,
    CATEGORIES,
    GROUPS,
    NETWORK_ITEMS,
    OTHER_CONSEQUENCES,
    PI_ITEMS,
    Assessment,
    Fine,
    Severity,
    crime_name,
    figure_in_force,
    first_day,
    group_names,
    item_label,
    item_pin,
    num,
    parse_pieces,
    parse_trial,
    pin,
    split_band,
)
from pilaw.rules.criminal.penalty import no_fine_figure, unit_steps

ART = "criminal_law/286-1"
_BAND = "criminal_law286_1.band_max_years"
_STANDARD = "spc2019.pieces.sensitive"  # a figure of the 2019 interpretation: is it in force?


def network_item(number: int) -> tuple[str, str]:
    """2019 interpretation art. 4 item ``number`` as in the corpus, without its final punctuation."""
    prov = law.provision(ART_2019_4)
    return prov.paragraphs_zh[number].rstrip("；。"), prov.paragraphs_en[number].rstrip(";.")


def _figures_day(conduct: date, trial: date) -> date | None:
    """The day whose 2019 figures apply: the conduct's, or (2001 provisions art. 2) the trial's; None if neither."""
    if figure_in_force(_STANDARD, conduct):
        return conduct
    return trial if figure_in_force(_STANDARD, trial) else None


def _no_article(day: date) -> Assessment:
    return temporal.no_offence(ART, day, "刑法第二百八十六条之一", "Criminal Law art. 286-1")


# ---------------------------------------------------------------------------------------------
# The 2019 interpretation: counting the leaked pieces


def _why_ten_times(standards: Mapping[str, Figure], day: date) -> list[Step]:
    parts_zh, parts_en = [], []
    for g in GROUPS:
        v19, v17 = standards[g].value, law.value(f"spc2017.pieces.{g}", day)
        ratio = Fraction(v19) / Fraction(v17)
        parts_zh.append(f"{number_zh(v19)} ÷ {number_zh(v17)} = {number_zh(ratio)}")
        parts_en.append(f"{num(v19)} / {num(v17)} = {fraction_text(ratio)}")
    return [
        Step(
            f"与侵犯公民个人信息罪的标准（2017年个人信息刑事解释第五条第一款第三项至第五项）相比：{'；'.join(parts_zh)}。",
            f"Compared with the art. 253-1 standards (2017 interpretation art. 5 para. 1 items 3-5): {'; '.join(parts_en)}.",
            ART_2019_4,
        ),
        Step(
            "解释本身没有说明理由；一种合理的解读是责任较轻：网络服务提供者并未自己出售或者获取信息，而是在监管部门"
            "责令改正后仍未履行管理义务，致使信息泄露（这是解读，不是条文）。",
            "The interpretation gives no reason; a plausible reading is lower culpability: the provider does not itself "
            "sell or obtain the information but fails, after a regulator's order, to manage it and so lets it leak "
            "(a reading, not the text).",
            ART_2019_4,
            Kind.READING,
        ),
    ]


def _count(counts: Mapping[str, int], conduct: date, trial: date) -> tuple[Fraction, list[Step]]:
    """The combined ratio of art. 4 items 1-4 and its steps; :class:`LawError` if no 2019 figure applies."""
    day = _figures_day(conduct, trial)
    if day is None:
        first = first_day(_STANDARD)
        figures = "、".join(num(law.figure_versions(f"spc2019.pieces.{g}")[0].value) for g in GROUPS)
        raise LawError(
            f"行为日期{date_zh(conduct)}与审理日期{date_zh(trial)}都早于2019年信息网络犯罪解释的施行日（{date_zh(first)}），"
            f"当时没有用户信息条数标准；“造成严重后果”由法院个案认定，本计算器不适用{figures}条等标准。",
            f"The conduct date {conduct.isoformat()} and the trial date {trial.isoformat()} are both before the 2019 "
            f"network-crime interpretation took effect ({first.isoformat()}); no piece-count standard existed then and "
            f"造成严重后果 was for the court to judge. This calculator does not apply the "
            f"{figures.replace('、', ' / ')}-piece standards.",
        )
    standards = {g: law.figure(f"spc2019.pieces.{g}", day) for g in GROUPS}
    steps = [
        Step(
            f"行为日期{date_zh(conduct)}：刑法第二百八十六条之一第一款第二项“致使用户信息泄露，造成严重后果”，"
            "数量标准见2019年信息网络犯罪解释第四条。",
            f"Conduct on {conduct.isoformat()}: art. 286-1 para. 1 item 2 ('causing the leak of user information with "
            "serious consequences'); the numeric standards are in art. 4 of the 2019 interpretation.",
            ART,
            **pin(ART, "leak", conduct),
        )
    ]
    if day != conduct:
        steps.append(
            temporal.pending_case_step(conduct, trial, "2019年信息网络犯罪解释", "the 2019 interpretation", ART_2019_4)
        )
    if figure_in_force("spc2017.pieces.sensitive", day):
        steps += _why_ten_times(standards, day)
    ratio, shares = Fraction(0), []
    for key, count in counts.items():
        if not count:
            continue
        group, label_zh, label_en = CATEGORIES[key]
        share = Fraction(count) / Fraction(standards[group].value)
        ratio += share
        shares.append(fraction_text(share))
        item_zh, item_en = item_label(NETWORK_ITEMS[group])
        steps.append(
            Step(
                f"泄露{label_zh}{count}条 ÷ {number_zh(standards[group].value)}条（第四条{item_zh}）= {number_zh(share)}",
                f"Leaked {label_en}: {count:,} ÷ {num(standards[group].value)} pieces (art. 4 {item_en}) = "
                f"{fraction_text(share)}",
                ART_2019_4,
                **item_pin(NETWORK_ITEMS[group]),
            )
        )
    if len(shares) > 1:
        steps.append(
            Step(
                f"按相应比例折算合计（第四条第四项）：{' + '.join(shares)} = {fraction_text(ratio)}",
                f"Added up as fractions of their standards (art. 4 item 4): {' + '.join(shares)} = {fraction_text(ratio)}",
                ART_2019_4,
                **pin(ART_2019_4, "combined"),
            )
        )
    elif not shares:
        steps.append(Step("未输入任何泄露条数：比例为0。", "No leaked pieces entered: the ratio is 0.", ART_2019_4))
    if ratio >= 1:
        steps.append(
            Step(
                f"比例{fraction_text(ratio)} ≥ 1：按数量已“造成严重后果”（第四条）。",
                f"Ratio {fraction_text(ratio)} ≥ 1: on the numbers, the leak 'caused serious consequences' (art. 4).",
                ART_2019_4,
            )
        )
    return ratio, steps


def network_leak_serious(
    pieces: Mapping[str, object], *, on: date | None = None, trial_date: date | None = None
) -> Assessment:
    """Did a provider's failure leak enough user information to be a 严重后果 (Criminal Law art. 286-1 para. 1 item 2)?

    The rule (2019 SPC/SPP interpretation, art. 4, in force 2019-11-01; ``on`` is the date of the
    conduct): leaking 500 pieces or more of whereabouts, communication-content, credit or property
    information (item 1); 5,000 or more of accommodation, communication-record, health, transaction or
    other safety-relevant user information (item 2); 50,000 or more of other user information (item 3);
    below those, the categories add up as exact fractions (item 4). These are ten times the art. 253-1
    standards of the 2017 interpretation (50 / 500 / 5,000); the steps show the comparison. Art. 286-1 has
    a single band and no 情节特别严重 tier: a result of :attr:`Severity.SERIOUS` means "item 2 is met
    on the numbers". The non-numeric consequences of art. 4 items 5-8 are not assessed, nor the other
    elements of the offence (see :func:`network_duty_offence`).

    In time: conduct before 2015-11-01 is no offence (art. 12); earlier conduct handled from 2019-11-01 takes the
    2019 figures (2001 provisions art. 2; ``trial_date`` defaults to today). With neither date on or after
    2019-11-01: :class:`LawError`.
    """
    counts = parse_pieces(pieces)
    day = parse_date(on, "on", allow_text=False)
    trial = parse_trial(trial_date, day)
    if not law.is_in_force(ART, day):
        return _no_article(day)
    ratio, steps = _count(counts, day, trial)
    name_zh, name_en = crime_name(day, ref=ART)
    _tier_zh, band_zh, _tier_en, band_en = split_band(law.figure(_BAND, day))
    if ratio >= 1:
        severity = Severity.SERIOUS
        sentence_zh = (
            f"若第一款的其他要件（网络服务提供者；经监管部门责令采取改正措施而拒不改正）也具备：{band_zh}"
            "（刑法第二百八十六条之一第一款；本条只有一档刑罚，没有“情节特别严重”）"
        )
        sentence_en = (
            f"If the other elements of para. 1 (a network service provider; ordered by a regulator to correct and refusing) "
            f"are also met: {band_en} (art. 286-1 para. 1; a single band, no 情节特别严重 tier)"
        )
        steps.append(Step(f"法定刑：{sentence_zh}。", f"Sentencing band: {sentence_en}.", ART, **pin(ART, "duty", day)))
    else:
        severity = Severity.NONE
        sentence_zh = (
            "仅凭泄露条数，未达到第四条第一项至第四项的数量标准。第四条第五项至第八项的非数量后果（造成他人死亡、重伤、"
            "精神失常或者被绑架等严重后果；造成重大经济损失；严重扰乱社会秩序；造成其他严重后果）本计算器不评估。"
        )
        sentence_en = (
            "On the leaked pieces alone the standards of art. 4 items 1-4 are not reached. The non-numeric consequences of "
            "art. 4 items 5-8 (death, serious injury, mental disorder or kidnapping; major economic loss; serious disruption "
            "of social order; other serious consequences) are not assessed by this calculator."
        )
        steps += [
            Step(
                "仅凭泄露条数，未达到第四条第一项至第四项的数量标准。",
                "On the leaked pieces alone the standards of art. 4 items 1-4 are not reached.",
                ART_2019_4,
            ),
            _OTHER_CONSEQUENCES_NOT_ASSESSED,
        ]
    return Assessment(ART, severity, ratio, Fraction(0), sentence_zh, sentence_en, name_zh, name_en, tuple(steps))


_OTHER_CONSEQUENCES_NOT_ASSESSED = Step(
    "第四条第五项至第八项的非数量后果（造成他人死亡、重伤、精神失常或者被绑架等严重后果；造成重大经济损失；严重扰乱社会秩序；"
    "造成其他严重后果）本计算器不评估。",
    "The non-numeric consequences of art. 4 items 5-8 (death, serious injury, mental disorder or kidnapping; major "
    "economic loss; serious disruption of social order; other serious consequences) are not assessed by this calculator.",
    ART_2019_4,
    Kind.NOT_ASSESSED,
)


# ---------------------------------------------------------------------------------------------
# The offence, element by element


def _met(flag: bool) -> tuple[str, str]:
    return ("具备", "met") if flag else ("不具备", "not met")


def _element_steps(provider: bool, ordered: bool, refused: bool, day: date) -> list[Step]:
    """Elements 1-4 of para. 1."""
    para1 = pin(ART, "duty", day)
    zh1, en1 = _met(provider)
    zh3, en3 = _met(ordered)
    if refused and not ordered:
        refusal = Step(
            "要件四：拒不改正——不具备：拒不改正以监管部门责令改正为前提。",
            "Element 4: refusal to correct — not met: a refusal presupposes a regulator's order to correct.",
            ART,
            **para1,
        )
    else:
        zh4, en4 = _met(ordered and refused)
        refusal = Step(f"要件四：拒不改正——{zh4}。", f"Element 4: refusal to correct — {en4}.", ART, **para1)
    return [
        Step(
            f"要件一：行为人是网络服务提供者——{zh1}。",
            f"Element 1: the actor is a network service provider — {en1}.",
            ART,
            **para1,
        ),
        Step(
            "要件二：不履行法律、行政法规规定的信息网络安全管理义务——本计算器不单独审查，作为前提事实予以假定（信息因管理失职而泄露）。",
            "Element 2: failure to perform the information-network security duties set by laws and administrative "
            "regulations — not assessed separately; taken as the premise of the question (a leak through failure to manage).",
            ART,
            Kind.NOT_ASSESSED,
            **para1,
        ),
        Step(
            f"要件三：经监管部门责令采取改正措施——{zh3}。",
            f"Element 3: ordered by the regulator to take corrective measures — {en3}.",
            ART,
            **para1,
        ),
        refusal,
    ]


def _consequence_steps(
    counts: Mapping[str, int] | None, other: bool, day: date, trial: date
) -> tuple[Fraction, bool, list[Step]]:
    """Element 5 (para. 1 item 2): the leaked pieces, or another serious consequence; (ratio, met, steps)."""
    steps: list[Step] = []
    ratio = Fraction(0)
    if counts is not None and any(counts.values()):
        ratio, steps = _count(counts, day, trial)
    figures_day = _figures_day(day, trial)
    if other and figures_day is not None:
        if figures_day != day and not steps:
            steps.append(
                temporal.pending_case_step(day, trial, "2019年信息网络犯罪解释", "the 2019 interpretation", ART_2019_4)
            )
        steps.append(
            Step(
                "据输入，泄露已造成第四条第五项至第八项的其他严重后果（死亡、重伤、精神失常或者被绑架；重大经济损失；"
                "严重扰乱社会秩序；其他严重后果）。",
                "You confirm the leak caused another serious consequence of art. 4 items 5-8 (death, serious injury, "
                "mental disorder or kidnapping; major economic loss; serious disruption of social order; other).",
                ART_2019_4,
            )
        )
    elif other:
        steps.append(
            Step(
                "据输入，泄露已造成严重后果（行为时与审理时均无2019年信息网络犯罪解释，由法院个案认定）。",
                "You confirm the leak caused serious consequences (no 2019 interpretation at the conduct or at trial: for "
                "the court to judge).",
                ART,
            )
        )
    met = other or ratio >= 1
    zh, en = _met(met)
    steps += [
        Step(
            f"要件五：致使用户信息泄露，造成严重后果（第一款第二项）——{zh}。",
            f"Element 5: the leak of user information caused serious consequences (para. 1 item 2) — {en}.",
            ART,
            **pin(ART, "leak", day),
        ),
        Step(
            "第一款第一项、第三项、第四项（违法信息大量传播、刑事案件证据灭失、其他严重情节）本计算器不评估。",
            "Items 1, 3 and 4 of para. 1 (mass spread of illegal information, loss of criminal evidence, other serious "
            "circumstances) are not assessed.",
            ART,
            Kind.NOT_ASSESSED,
            **pin(ART, "duty", day),
        ),
    ]
    if law.is_in_force("spc_2017_personal_information/9", day):
        steps.append(
            Step(
                "2017年个人信息刑事解释第九条：网络服务提供者拒不履行法律、行政法规规定的信息网络安全管理义务，经监管部门责令采取改正措施而拒不改正，致使用户的"
                "公民个人信息泄露，造成严重后果的，以拒不履行信息网络安全管理义务罪定罪处罚。",
                "2017 interpretation art. 9: a network service provider that refuses to perform its security duties, refuses to "
                "correct when ordered, and so leaks users' personal information with serious consequences is convicted of this offence.",
                "spc_2017_personal_information/9",
            )
        )
    return ratio, met, steps


def _not_made_out(is_unit: bool, heavier: bool, day: date) -> tuple[str, str, list[Step]]:
    steps: list[Step] = []
    if is_unit:
        steps.append(
            Step(
                "第二款（单位犯罪）以单位构成第一款之罪为前提，此处不适用。",
                "Para. 2 (unit crime) presupposes the para. 1 offence; it does not apply here.",
                ART,
                **pin(ART, "unit", day),
            )
        )
    if heavier:
        steps += [
            Step(
                "第三款（依照处罚较重的规定定罪处罚）以“有前两款行为”为前提，此处不适用。",
                "Para. 3 (the heavier provision governs) presupposes the conduct of paras. 1-2; it does not apply here.",
                ART,
                **pin(ART, "heavier", day),
            ),
            Step(
                "其他犯罪可否单独成立，本计算器不评估。",
                "Whether another crime is made out on its own is not assessed.",
                ART,
                Kind.NOT_ASSESSED,
            ),
        ]
    sentence_zh = "不构成拒不履行信息网络安全管理义务罪：上列要件未全部具备。"
    sentence_en = "The offence of art. 286-1 is not made out: not every element above is met."
    return sentence_zh, sentence_en, [*steps, Step(sentence_zh, sentence_en, ART)]


def _made_out(band: Figure, is_unit: bool, heavier: bool, day: date) -> tuple[str, str, Fine, list[Step]]:
    _tier_zh, band_zh, _tier_en, band_en = split_band(band)
    fine = no_fine_figure(ART, "刑法第二百八十六条之一", "Criminal Law art. 286-1")
    steps: list[Step] = list(fine.steps)
    if is_unit:
        sentence_zh = f"单位：判处罚金；直接负责的主管人员和其他直接责任人员：依照第一款处罚——{band_zh}（第二款）"
        sentence_en = (
            f"The unit: a fine; its directly responsible managers and other directly responsible persons: punished "
            f"under para. 1 — {band_en} (para. 2)"
        )
        steps += unit_steps(ART, day, pin(ART, "unit", day), "刑法第二百八十六条之一", "Criminal Law art. 286-1")
    else:
        sentence_zh = f"{band_zh}（刑法第二百八十六条之一第一款；只有一档刑罚）"
        sentence_en = f"{band_en} (art. 286-1 para. 1; a single band)"
    if heavier:
        sentence_zh = (
            "同时构成处罚较重的其他犯罪：依照处罚较重的规定定罪处罚（第三款），本计算器不计算该罪的刑罚；"
            f"本罪的法定刑为：{sentence_zh}"
        )
        sentence_en = (
            f"The conduct also constitutes another, more heavily punished crime: the heavier provision governs "
            f"(para. 3); this calculator does not compute that crime's penalty. For comparison, this offence: {sentence_en}"
        )
        steps.append(
            Step(
                "第三款：有前两款行为，同时构成其他犯罪的，依照处罚较重的规定定罪处罚（例如网络服务提供者自己出售或者提供了"
                "用户信息，可能构成刑法第二百五十三条之一的侵犯公民个人信息罪）。",
                "Para. 3: where the conduct also constitutes another crime, the provision with the heavier punishment governs "
                "(e.g. if the provider itself sold or provided user information, art. 253-1 may apply).",
                ART,
                **pin(ART, "heavier", day),
            )
        )
    steps.append(
        Step(
            f"结论：构成本罪。法定刑：{sentence_zh}。", f"Result: the offence is made out. Penalty: {sentence_en}.", ART
        )
    )
    return sentence_zh, sentence_en, fine, steps


def network_duty_offence(
    *,
    is_network_service_provider: bool,
    ordered_to_correct: bool,
    refused: bool,
    pieces: Mapping[str, object] | None = None,
    other_serious_consequence: bool = False,
    unit: bool = False,
    other_crime_heavier: bool = False,
    on: date | None = None,
    trial_date: date | None = None,
) -> Assessment:
    """Is the offence of art. 286-1 (拒不履行信息网络安全管理义务罪) made out for a user-information leak?

    Art. 286-1 para. 1: a network service provider (网络服务提供者) that fails to perform the
    information-network security duties set by laws and administrative regulations and, ordered by the
    regulator to take corrective measures, refuses to correct (经监管部门责令采取改正措施而拒不改正),
    where that causes the leak of user information with serious consequences (item 2), is punished with up
    to three years' imprisonment, criminal detention or public surveillance, plus or only a fine. Item 2 is
    met on the numbers of :func:`network_leak_serious` (``pieces``) or by another serious consequence of
    art. 4 items 5-8 of the 2019 interpretation (``other_serious_consequence``). The 2017 interpretation,
    art. 9, points a provider's refusal that leaks personal information to this offence.

    Para. 2: a unit (单位) is fined, and its directly responsible persons are punished under para. 1. Para. 3:
    if the conduct also constitutes a more heavily punished crime (``other_crime_heavier``), the heavier
    provision governs. Every element is listed as a step, met or not met; items 1, 3 and 4 of para. 1 are not
    assessed. In time as :func:`network_leak_serious`: conduct before 2015-11-01 is no offence.
    """
    provider = parse_flag(is_network_service_provider, "is_network_service_provider")
    ordered = parse_flag(ordered_to_correct, "ordered_to_correct")
    refused_ = parse_flag(refused, "refused")
    other = parse_flag(other_serious_consequence, "other_serious_consequence")
    is_unit = parse_flag(unit, "unit")
    heavier = parse_flag(other_crime_heavier, "other_crime_heavier")
    counts = None if pieces is None else parse_pieces(pieces)
    day = parse_date(on, "on", allow_text=False)
    trial = parse_trial(trial_date, day)
    if not law.is_in_force(ART, day):
        return _no_article(day)
    name_zh, name_en = crime_name(day, ref=ART)
    ratio, consequence, consequence_steps = _consequence_steps(counts, other, day, trial)
    steps = [*_element_steps(provider, ordered, refused_, day), *consequence_steps]
    fine = None
    if provider and ordered and refused_ and consequence:
        severity = Severity.SERIOUS
        sentence_zh, sentence_en, fine, verdict = _made_out(law.figure(_BAND, day), is_unit, heavier, day)
        if heavier:
            name_zh = "处罚较重的其他犯罪（本计算器不确定具体罪名）"
            name_en = "the other, more heavily punished crime (not identified by this calculator)"
    else:
        severity = Severity.NONE
        sentence_zh, sentence_en, verdict = _not_made_out(is_unit, heavier, day)
    return Assessment(
        ART,
        severity,
        ratio,
        Fraction(0),
        sentence_zh,
        sentence_en,
        name_zh,
        name_en,
        tuple(steps + verdict),
        unit=is_unit,
        fine=fine,
    )


# ---------------------------------------------------------------------------------------------
# Art. 286-1 as a checklist of its elements


@dataclass(frozen=True)
class Element:
    """One element of art. 286-1: ``met`` is True, False, or None (not assessed: taken as the premise)."""

    zh: str
    en: str
    cites: str
    met: bool | None


@dataclass(frozen=True)
class DutyChecklist:
    """:func:`network_duty_offence` with its elements listed one by one, and the leak count (if any pieces)."""

    on: date
    assessment: Assessment
    leak: Assessment | None
    consequence: int | None  # the art. 4 item (5–8) of another serious consequence, if one was chosen
    unit: bool
    heavier: bool
    elements: tuple[Element, ...]

    @property
    def made_out(self) -> bool:
        return self.assessment.severity is Severity.SERIOUS

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.assessment.steps


def _consequence_element(
    consequence: int | None, leak: Assessment | None, figures_day: date | None
) -> tuple[str, str, str]:
    """How element 5 is met, in both languages, and what it cites."""
    if consequence is not None:
        zh, en = network_item(consequence)
        if figures_day is not None:
            return f"2019年信息网络犯罪解释第四条{zh}", f"2019 interpretation art. 4 item {en}", ART_2019_4
        return (
            f"所选后果“{zh.split('）', 1)[1]}”；行为时与审理时2019年信息网络犯罪解释均未施行，是否属于“严重后果”由法院个案认定",
            f"the chosen consequence ({en.split(') ', 1)[1]}); the 2019 interpretation was not in force at the conduct "
            "or at trial, so whether it is a serious consequence was for the court to judge",
            ART,
        )
    if leak is not None:
        return (
            f"泄露条数折算为标准的 {fraction_text(leak.ratio)}（达到 1 即为“造成严重后果”）",
            f"leaked pieces = {fraction_text(leak.ratio)} of the standard (1 or more is a serious consequence)",
            ART_2019_4,
        )
    return "未输入泄露条数，也未选择其他后果", "no leaked pieces and no other consequence entered", ART


def network_duty_checklist(
    *,
    provider: bool,
    ordered: bool,
    refused: bool,
    pieces: Mapping[str, object] | None = None,
    consequence: int | None = None,
    unit: bool = False,
    heavier: bool = False,
    on: date | None = None,
    trial_date: date | None = None,
) -> DutyChecklist:
    """Art. 286-1 para. 1 item 2 element by element, with :func:`network_duty_offence` deciding and
    :func:`network_leak_serious` counting the leaked ``pieces``. ``consequence``: an item of art. 4 items 5–8
    (another serious consequence) instead of, or beside, the pieces. The second element — failing the statutory
    security duties — is taken as the premise, not assessed. Conduct before the article existed adds a first
    element, not met (Criminal Law art. 12)."""
    day = parse_date(on)
    trial = parse_trial(trial_date, day)
    if consequence is not None and consequence not in OTHER_CONSEQUENCES:
        items = "、".join(map(str, OTHER_CONSEQUENCES))
        raise InputError(
            "consequence",
            f"第四条第{consequence}项不是其他严重后果（第{items}项）",
            f"art. 4 item {consequence} is not another serious consequence (items {items})",
        )
    counted = {key: n for key, n in parse_pieces(pieces or {}).items() if n}
    assessment = network_duty_offence(
        is_network_service_provider=provider,
        ordered_to_correct=ordered,
        refused=refused,
        pieces=counted or None,
        other_serious_consequence=consequence is not None,
        unit=unit,
        other_crime_heavier=heavier,
        on=day,
        trial_date=trial,
    )
    leak = network_leak_serious(counted, on=day, trial_date=trial) if counted else None
    how_zh, how_en, cites = _consequence_element(consequence, leak, _figures_day(day, trial))
    presupposed = refused and not ordered
    elements = [
        Element("网络服务提供者", "a network service provider (网络服务提供者)", ART, provider),
        Element(
            "不履行法律、行政法规规定的信息网络安全管理义务（本计算器视为前提）",
            "fails its statutory security duties (taken as the premise here)",
            ART,
            None,
        ),
        Element("经监管部门责令采取改正措施", "ordered by the regulator to take corrective measures", ART, ordered),
        Element(
            "拒不改正" + ("（须以责令改正为前提）" if presupposed else ""),
            "refused to correct" + (" (presupposes an order)" if presupposed else ""),
            ART,
            ordered and refused,
        ),
        Element(
            f"致使用户信息泄露，造成严重后果（第一款第二项）：{how_zh}",
            f"the leak of user information caused serious consequences (para. 1 item 2): {how_en}",
            cites,
            consequence is not None or (leak is not None and leak.severity is Severity.SERIOUS),
        ),
    ]
    if not law.is_in_force(ART, day):
        first = law.versions(ART)[0].effective_from
        elements.insert(
            0,
            Element(
                f"行为时刑法第二百八十六条之一已经施行（自{date_zh(first)}起）",
                f"art. 286-1 in force at the time of the conduct (from {first.isoformat()})",
                temporal.ART_12,
                False,
            ),
        )
    return DutyChecklist(day, assessment, leak, consequence, unit, heavier, tuple(elements))


# ---------------------------------------------------------------------------------------------
# The counting standards of art. 286-1 beside those of art. 253-1


@dataclass(frozen=True)
class ThresholdRow:
    """One group of information: its art. 253-1 standard, its art. 286-1 standard, and their exact ratio."""

    group: str
    label_zh: str
    label_en: str
    pi: Figure
    network: Figure
    pi_top: Fraction
    ratio: Fraction

    @property
    def network_equals_pi_top(self) -> bool:
        """Art. 286-1's entry standard is the number at which art. 253-1 becomes 情节特别严重."""
        return self.network.value == self.pi_top

    @property
    def pi_item(self) -> tuple[str, str]:
        """The item of the 2017 interpretation art. 5 para. 1: ``("第三项", "item 3")``."""
        return item_label(PI_ITEMS[self.group])

    @property
    def network_item(self) -> tuple[str, str]:
        """The item of the 2019 interpretation art. 4: ``("第一项", "item 1")``."""
        return item_label(NETWORK_ITEMS[self.group])


@dataclass(frozen=True)
class Thresholds:
    """Both sets of counting standards on one day, the multiple for 情节特别严重, and the three penalty bands."""

    on: date
    rows: tuple[ThresholdRow, ...]
    multiple: Figure
    pi_basic: Figure
    pi_top_band: Figure
    network_band: Figure


def threshold_table(on: date | None = None) -> Thresholds:
    """The art. 253-1 standards (2017 interpretation art. 5 para. 1 items 3–5) beside the art. 286-1 standards
    (2019 interpretation art. 4 items 1–3), read with :func:`pilaw.law.figure` for the day ``on``; each ratio is
    an exact Fraction. Also the 2017 multiple for 情节特别严重 (art. 5 para. 2 item 3) and the bands of both
    articles. Raises :class:`pilaw.LawError` before 2019-11-01 (no art. 286-1 counts yet)."""
    day = parse_date(on)
    multiple = law.figure("spc2017.especially_serious_multiple", day)
    rows = []
    for group in GROUPS:
        pi = law.figure(f"spc2017.pieces.{group}", day)
        network = law.figure(f"spc2019.pieces.{group}", day)
        label_zh, label_en = group_names(group)
        rows.append(
            ThresholdRow(
                group,
                label_zh,
                label_en,
                pi,
                network,
                Fraction(pi.value) * Fraction(multiple.value),
                Fraction(network.value) / Fraction(pi.value),
            )
        )
    return Thresholds(
        day,
        tuple(rows),
        multiple,
        law.figure("criminal_law253_1.basic_band_max_years", day),
        law.figure("criminal_law253_1.top_band_max_years", day),
        law.figure(_BAND, day),
    )
