"""Which law applies in time: Criminal Law art. 12 (从旧兼从轻) and the 2001 SPC/SPP provisions on the temporal
effect of criminal judicial interpretations.

A *regime* is a text of an article together with the interpretation that fixes its figures. Art. 12 compares
whole regimes — the law in force at the conduct against the law at trial — and applies the lighter one entirely;
conduct that was no crime under the law of the time stays no crime. Where no interpretation existed at the
conduct, the 2001 provisions art. 2 make the interpretation in force when the case is handled apply; where one
did, art. 3 keeps it unless the new one is more favourable. Those provisions are not in the course's reference
files: every step resting on them says so (``Kind.UNVERIFIED``). A step citing art. 12 takes its kind from the
corpus record (:func:`pilaw.law.text.kind_resting_on`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from pilaw import law
from pilaw.law import Figure
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh, kind_resting_on
from pilaw.rules.criminal.common import Assessment, Severity, pin, split_band

ART_12 = "criminal_law/12"

RULE_2001_ZH = "《最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定》（2001年12月17日起施行）"
RULE_2001_EN = (
    "the SPC/SPP Provisions on the Temporal Effect of Criminal Judicial Interpretations (in force 2001-12-17)"
)
CAVEAT_2001_ZH = "该规定不在本课程参考资料中，其文本仅在公开转载中读到，教学前请核对官方文本。"
CAVEAT_2001_EN = (
    "That instrument is not in the course reference files; its text was read on public reposts only — "
    "check it against the official text before teaching."
)
_ART_12_ZH = (
    "刑法第十二条（从旧兼从轻）：适用行为时的法律，但审理时的法律不认为是犯罪或者处刑较轻的，适用审理时的法律。"
    "该条字面上针对1997年刑法施行以前的行为，对其后修正案的适用是实务做法。"
)
_ART_12_EN = (
    "Criminal Law art. 12 (从旧兼从轻, from-old-and-lighter): the law at the time of the conduct applies unless the "
    "law at trial does not regard the act as a crime or punishes it more lightly. Literally it governs conduct "
    "before the 1997 Code; applying it to later amendments is practice."
)


def _art_12_kind() -> Kind:
    """APPLIES while the corpus holds art. 12 as verified text, UNVERIFIED otherwise."""
    return kind_resting_on(*law.versions(ART_12))


@dataclass(frozen=True)
class Outcome:
    """One regime applied to the facts: its name in both languages, the tier reached, the band (None = no
    crime) and the steps that got there."""

    name_zh: str
    name_en: str
    severity: Severity
    band: Figure | None
    steps: tuple[Step, ...]
    interpretation: str = ""  # the interpretation whose figures the regime uses (a corpus reference)
    heavier: bool = False  # the text orders heavier punishment (从重处罚) for these facts


def weight(band: Figure | None) -> tuple[int, int]:
    """For comparing bands: (maximum years, 0 if 拘役 is available else 1); no crime is (0, 0). Smaller is lighter."""
    if band is None:
        return (0, 0)
    return (int(band.value), 0 if "拘役" in band.label_zh else 1)


def verdict(outcome: Outcome) -> tuple[str, str]:
    """What a regime concludes, in its own text's words: '给商业秘密的权利人造成重大损失：处三年以下…'."""
    if outcome.band is None:
        return "未达到入罪标准，不构成犯罪", "below the thresholds: no crime"
    tier_zh, band_zh, tier_en, band_en = split_band(outcome.band)
    years = outcome.band.value
    return f"“{tier_zh}”，处{band_zh}（最高{years}年）", f"{tier_en}: {band_en} (maximum {years} years)"


def lighter(old: Outcome, new: Outcome) -> Outcome:
    """Art. 12: the regime at trial only where its band is lighter; on a tie the law of the time stays."""
    return new if weight(new.band) < weight(old.band) else old


def comparison_step(conduct: date, trial: date, old: Outcome, new: Outcome) -> Step:
    """The art. 12 step: both regimes, what each concludes, which applies and why the other does not."""
    applied = lighter(old, new)
    old_zh, old_en = verdict(old)
    new_zh, new_en = verdict(new)
    if applied is new:
        why_zh = f"审理时的法律处刑较轻，适用{new.name_zh}；{old.name_zh}处刑较重，不适用"
        why_en = (
            f"the law at trial punishes more lightly, so {new.name_en} applies; {old.name_en} is heavier and does not"
        )
    elif weight(old.band) == weight(new.band):
        why_zh = f"审理时的法律处刑并不更轻，依从旧原则适用{old.name_zh}；{new.name_zh}不适用"
        why_en = (
            f"the law at trial is not lighter, so {old.name_en} (the law of the time) applies; {new.name_en} does not"
        )
    else:
        why_zh = f"行为时的法律处刑较轻，适用{old.name_zh}；{new.name_zh}处刑较重，不适用"
        why_en = f"the law of the time punishes more lightly, so {old.name_en} applies; {new.name_en} is heavier and does not"
    return Step(
        f"{_ART_12_ZH}将行为时与审理时的法律及其司法解释分别作为整体比较：行为时（{date_zh(conduct)}）的{old.name_zh}——{old_zh}；审理时（{date_zh(trial)}）"
        f"的{new.name_zh}——{new_zh}。先比最高刑，最高刑相同时可判拘役的较轻，不构成犯罪最轻：{why_zh}。"
        "两个整体不交叉适用（不把一个文本与另一时期的解释拼合）；这里只比较法定刑幅度，供教学使用。",
        f"{_ART_12_EN} Two whole regimes are compared: at the conduct ({conduct.isoformat()}) {old.name_en} — {old_en}; "
        f"at trial ({trial.isoformat()}) {new.name_en} — {new_en}. The maximum decides first, then whether 拘役 "
        f"(criminal detention) is available; no crime is lightest: {why_en}. The regimes are not mixed (no text "
        "with another period's interpretation); only the statutory bands are compared, for teaching.",
        ART_12,
        _art_12_kind(),
        **pin(ART_12, "rule"),
    )


def court_compares_step(cites: str) -> Step:
    """What the comparison leaves out."""
    return Step(
        "此处只比较法定刑幅度，供教学使用；法院还会比较构成要件与具体案情，本计算器不评估。",
        "This compares the statutory bands only, for teaching; a court also compares the elements and the concrete "
        "case, which this calculator does not assess.",
        cites,
        Kind.NOT_ASSESSED,
    )


def not_yet_a_crime_step(conduct: date, article_zh: str, article_en: str, first: date) -> Step:
    """Conduct before the article existed: no crime under the law of the time (art. 12)."""
    return Step(
        f"行为日期{date_zh(conduct)}早于{article_zh}的施行日（{date_zh(first)}）：行为时的法律不认为是犯罪。"
        f"{_ART_12_ZH}因此适用行为时的法律，不构成本罪。",
        f"The conduct date {conduct.isoformat()} is before {article_en} took effect ({first.isoformat()}): the law of "
        f"the time did not regard the act as a crime. {_ART_12_EN} So the law of the time applies: no offence.",
        ART_12,
        _art_12_kind(),
        **pin(ART_12, "rule"),
    )


def no_offence(ref: str, day: date, article_zh: str, article_en: str) -> Assessment:
    """The result for conduct before the article ``ref`` existed: no crime under the law of the time (art. 12)."""
    first = law.versions(ref)[0].effective_from
    short_zh = article_zh.removeprefix("刑法")
    return Assessment(
        ref=ref,
        severity=Severity.NONE,
        ratio=Fraction(0),
        gain_ratio=Fraction(0),
        sentence_zh=f"不构成犯罪：行为时刑法尚无{short_zh}（自{date_zh(first)}起施行）",
        sentence_en=f"No offence: {article_en} did not exist at the time of the conduct (in force from {first.isoformat()})",
        crime_name_zh="无（行为时尚无此罪）",
        crime_name_en="none (no such offence at the time)",
        steps=(not_yet_a_crime_step(day, article_zh, article_en, first),),
    )


def pending_case_step(conduct: date, trial: date, name_zh: str, name_en: str, cites: str) -> Step:
    """2001 provisions art. 2: no interpretation at the conduct; the one in force when the case is handled applies."""
    return Step(
        f"行为时（{date_zh(conduct)}）尚无相关司法解释；审理时（{date_zh(trial)}）施行的是{name_zh}。"
        f"依{RULE_2001_ZH}第二条，对于司法解释实施前发生的行为，行为时没有相关司法解释，司法解释施行后尚未处理或者"
        f"正在处理的案件，依照司法解释的规定办理。{CAVEAT_2001_ZH}",
        f"No interpretation existed at the time of the conduct ({conduct.isoformat()}); at trial ({trial.isoformat()}) "
        f"{name_en} is in force, and under art. 2 of {RULE_2001_EN} a case not yet handled or still pending when an "
        f"interpretation takes effect is handled under it. {CAVEAT_2001_EN}",
        cites,
        Kind.UNVERIFIED,
    )


def favourable_step(old: Outcome, new: Outcome, applied: Outcome) -> Step:
    """2001 provisions art. 3, stated beside art. 12 when the text is the same and only the interpretation changed."""
    return Step(
        f"行为时施行{old.name_zh}，审理时施行{new.name_zh}。依{RULE_2001_ZH}第三条，对于新的司法解释实施前发生的行为，行为时"
        f"已有相关司法解释，依照行为时的司法解释办理，但适用新的司法解释对犯罪嫌疑人、被告人有利的，适用新的司法解释。"
        f"按前者为{verdict(old)[0]}，按后者为{verdict(new)[0]}，故适用{applied.name_zh}。{CAVEAT_2001_ZH}",
        f"{old.name_en} was in force at the conduct, {new.name_en} at trial. Under art. 3 of {RULE_2001_EN}, the interpretation in "
        "force at the time of the conduct applies unless the new one is more favourable to the suspect or defendant. "
        f"Under the former: {verdict(old)[1]}; under the latter: {verdict(new)[1]}; so {applied.name_en} applies. "
        f"{CAVEAT_2001_EN}",
        applied.interpretation,
        Kind.UNVERIFIED,
    )
