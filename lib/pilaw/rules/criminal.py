"""Criminal law: how serious is a personal-information or trade-secret offence, and which band applies.

Three rules, each a pure function that explains itself in cited steps:

* :func:`pi_severity` — Criminal Law art. 253-1 (侵犯公民个人信息罪) with the 2017 SPC/SPP
  interpretation, art. 5: counts of pieces of information and the illegal gain decide between
  no crime, 情节严重 (serious circumstances) and 情节特别严重 (especially serious circumstances).
* :func:`network_leak_serious` and :func:`network_duty_offence` — art. 286-1
  (拒不履行信息网络安全管理义务罪) with the 2019 interpretation, art. 4.
* :func:`trade_secret` — art. 219 (侵犯商业秘密罪): which text of the article and which of the three
  generations of numeric thresholds (2004, 2020, 2025 interpretations) apply, and the band.

Every threshold, multiplier and band comes from ``data/figures/criminal.json`` through
:func:`pilaw.law.figure`; the bands are quoted there in the statute's words.

    >>> from datetime import date
    >>> pi_severity({"credit": 35, "transaction": 150}, on=date(2024, 1, 1)).severity
    <Severity.SERIOUS: 'serious'>
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from pilaw import law
from pilaw.law import Figure, Provision, money
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.steps import Bilingual, Step

__all__ = [
    "CATEGORIES",
    "Assessment",
    "Severity",
    "TradeSecretAssessment",
    "crime_name",
    "network_duty_checklist",
    "network_duty_offence",
    "network_leak_serious",
    "pi_severity",
    "threshold_table",
    "trade_secret",
]

# ---------------------------------------------------------------------------------------------
# Severity


class Severity(Bilingual):
    """The tiers used by arts. 253-1 and 219 (and, for the single band of art. 286-1, SERIOUS)."""

    NONE = ("none", "未达到情节严重", "below 情节严重 (no crime on these numbers)")
    SERIOUS = ("serious", "情节严重", "情节严重 (serious circumstances)")
    ESPECIALLY_SERIOUS = ("especially_serious", "情节特别严重", "情节特别严重 (especially serious circumstances)")

    @property
    def rank(self) -> int:
        """NONE < SERIOUS < ESPECIALLY_SERIOUS, as the position in the enum."""
        return list(Severity).index(self)

    def __lt__(self, other: Severity) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: Severity) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank


# ---------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Share:
    """One category's part of the combined ratio: ``count`` pieces against the ``standard`` that applies
    (halved for an insider), so that a sum like 35/50 + 150/500 can be shown as typed."""

    category: str
    count: int
    standard: Fraction

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.count) / self.standard


@dataclass(frozen=True)
class Assessment:
    """The result of :func:`pi_severity`, :func:`network_leak_serious` or :func:`network_duty_offence`.

    ``ratio`` is the combined share of the quantity standard that applies to this offender (1 = the
    standard exactly; an insider's standard is already halved); ``gain_ratio`` the same for the
    illegal gain (always 0 for art. 286-1, which has no money standard).
    """

    ref: str
    severity: Severity
    ratio: Fraction
    gain_ratio: Fraction
    sentence_zh: str
    sentence_en: str
    crime_name_zh: str
    crime_name_en: str
    steps: tuple[Step, ...]
    shares: tuple[Share, ...] = ()

    @property
    def sentence(self) -> str:
        """The band (or the reason there is none), in Chinese and English."""
        return f"{self.sentence_zh} / {self.sentence_en}"


@dataclass(frozen=True)
class TradeSecretAssessment:
    """The result of :func:`trade_secret`.

    ``text_from`` is the first day of the version of art. 219 applied; ``text_version`` looks that
    version up in the corpus. ``contested`` is True when the result depends on the unsettled reading
    of the 2025 interpretation's tenfold rule for repeat offenders (see the steps).
    """

    severity: Severity
    text_from: date
    interpretation_ref: str
    amount: Decimal
    band_zh: str
    band_en: str
    contested: bool
    steps: tuple[Step, ...]

    @property
    def text_version(self) -> Provision:
        """The Provision of art. 219 applied (needs the statute corpus)."""
        return law.provision("criminal_law/219", on=self.text_from)

    @property
    def band(self) -> str:
        return f"{self.band_zh} / {self.band_en}"


# ---------------------------------------------------------------------------------------------
# Categories of information (2017 interpretation art. 5 items 3-5; 2019 interpretation art. 4 items 1-3)

#: category name -> (group, Chinese label, English label)
CATEGORIES: dict[str, tuple[str, str, str]] = {
    "whereabouts": ("sensitive", "行踪轨迹信息", "whereabouts (location-tracking) information"),
    "communication_content": ("sensitive", "通信内容", "communication content"),
    "credit": ("sensitive", "征信信息", "credit information"),
    "property": ("sensitive", "财产信息", "property information"),
    "accommodation": ("safety", "住宿信息", "accommodation information"),
    "communication_records": ("safety", "通信记录", "communication records"),
    "health": ("safety", "健康生理信息", "health and physiological information"),
    "transaction": ("safety", "交易信息", "transaction information"),
    "other_safety": (
        "safety",
        "其他可能影响人身、财产安全的信息",
        "other information that may affect personal or property safety",
    ),
    "other": ("other", "其他个人信息", "other personal information"),
}
_GROUPS = ("sensitive", "safety", "other")
_ITEMS_2017 = {"sensitive": ("第三项", "item 3"), "safety": ("第四项", "item 4"), "other": ("第五项", "item 5")}
_ITEMS_2019 = {"sensitive": ("第一项", "item 1"), "safety": ("第二项", "item 2"), "other": ("第三项", "item 3")}


def _crime_names() -> dict[str, tuple[tuple[str, str | None, str, str, str], ...]]:
    """Crime names by article and date, from ``data/crime_names.json`` (fixed by the SPC/SPP 罪名补充规定)."""
    raw = law.data("crime_names.json")
    return {
        ref: tuple((r["effective_from"], r["effective_to"], r["name_zh"], r["name_en"], r["source_zh"]) for r in rows)
        for ref, rows in raw["names"].items()
    }


_CRIME_NAMES = _crime_names()

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

_TEMPORAL_RULE_ZH = "《最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定》（2001年12月17日起施行）"
_TEMPORAL_RULE_EN = (
    "the SPC/SPP Provisions on the Temporal Effect of Criminal Judicial Interpretations (in force 2001-12-17)"
)
_TEMPORAL_CAVEAT_ZH = "该规定不在本课程参考资料中，其文本仅在公开转载中读到，教学前请核对官方文本。"
_TEMPORAL_CAVEAT_EN = (
    "That instrument is not in the course reference files; its text was read on public reposts only — "
    "check it against the official text before teaching."
)

# ---------------------------------------------------------------------------------------------
# Small helpers


def _pieces(pieces: object, field: str = "pieces") -> dict[str, int]:
    if not isinstance(pieces, Mapping):
        raise InputError(
            field,
            '需要一个字典：信息类别 → 条数，例如 {"credit": 35}',
            f"needs a dict of category -> count, e.g. {{'credit': 35}}, not a {type(pieces).__name__}",
        )
    counts: dict[str, int] = {}
    for key, raw in pieces.items():
        if not isinstance(key, str) or key not in CATEGORIES:
            known = ", ".join(CATEGORIES)
            raise InputError(
                field, f"未知的信息类别 {key!r}；可用类别：{known}", f"unknown category {key!r}; use one of: {known}"
            )
        counts[key] = money.parse_count(raw, f"{field}[{key}]")
    return {key: counts[key] for key in CATEGORIES if key in counts}


def _frac(value: Fraction) -> str:
    value = Fraction(value)
    if value.denominator == 1:
        return f"{value.numerator:,}"
    return f"{value.numerator:,}/{value.denominator:,}"


def _num(value: Fraction | int | Decimal) -> str:
    """A count or a number of pieces (possibly a fraction once halved)."""
    if isinstance(value, Decimal):
        return money.format_yuan(value)
    return _frac(Fraction(value))


def _yuan(value: Fraction | Decimal | int) -> str:
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return money.format_yuan(Decimal(value))


def _figure_in_force(key: str, on: date) -> bool:
    """Whether the dated figure ``key`` (not a provision: see :func:`pilaw.law.is_in_force`) has a value on ``on``."""
    try:
        law.figure(key, on)
    except LawError:
        return False
    return True


def _split_band(fig: Figure) -> tuple[str, str, str, str]:
    """A band figure's label quotes '<tier>的，处<band>'; return (tier_zh, band_zh, tier_en, band_en)."""
    tier_zh, band_zh = fig.label_zh.split("的，处", 1)
    tier_en, band_en = fig.label_en.split(": ", 1)
    return tier_zh, band_zh, tier_en, band_en


def _cite_name(ref: str) -> tuple[str, str]:
    key, article = ref.split("/", 1)
    info = law.laws()[key]
    return f"{info.short_zh}第{article}条", f"{info.short_en}, art. {article}"


def crime_name(on: date | None = None, *, ref: str = "criminal_law/253-1") -> tuple[str, str]:
    """The crime name(s) for art. 253-1 (or ``ref="criminal_law/286-1"``) on a date, as ``(zh, en)``.

    Art. 253-1 was added by Criminal Law Amendment VII (in force 2009-02-28). The SPC/SPP named its
    offences from 2009-10-16 (罪名补充规定（四）): 出售、非法提供公民个人信息罪 (para. 1) and
    非法获取公民个人信息罪 (para. 2). From 2015-11-01 (罪名补充规定（六）, with Amendment IX) both
    were replaced by the single name 侵犯公民个人信息罪; the same instrument named the art. 286-1
    offence 拒不履行信息网络安全管理义务罪. Before a name was fixed this raises :class:`LawError`.
    """
    day = parse_date(on, "on", allow_text=False)
    if ref not in _CRIME_NAMES:
        raise InputError(
            "ref",
            "只支持 criminal_law/253-1 和 criminal_law/286-1",
            "only criminal_law/253-1 and criminal_law/286-1 are supported",
        )
    for start, end, zh, en, _source in _CRIME_NAMES[ref]:
        if date.fromisoformat(start) <= day and (end is None or day <= date.fromisoformat(end)):
            return zh, en
    first = date.fromisoformat(_CRIME_NAMES[ref][0][0])
    raise LawError(
        f"{day.isoformat()}时该条尚无司法解释确定的罪名（罪名自{first.isoformat()}起确定）",
        f"on {day.isoformat()} no crime name had been fixed for {ref} (names apply from {first.isoformat()})",
    )


# ---------------------------------------------------------------------------------------------
# Art. 253-1 with the 2017 interpretation


def _require_2017(day: date) -> None:
    if _figure_in_force("spc2017.pieces.sensitive", day):
        return
    first = law.figure_versions("spc2017.pieces.sensitive")[0].effective_from
    article_from = law.figure_versions("criminal_law253_1.basic_band_max_years")[0].effective_from
    if day < article_from:
        history_zh = f"刑法第二百五十三条之一自{article_from.isoformat()}起才设立，此前没有这一罪名。"
        history_en = f"Art. 253-1 itself only exists from {article_from.isoformat()}; there was no such offence before."
    elif not _figure_in_force("criminal_law253_1.top_band_max_years", day):
        years = law.value("criminal_law253_1.basic_band_max_years", day)
        history_zh = (
            f"当时适用的是刑法修正案（七）的文本：只有一档刑罚（最高{years}年），且只适用于国家机关或者金融、电信、"
            "交通、教育、医疗等单位的工作人员（以及窃取或者非法获取的人）。"
        )
        history_en = (
            f"The text then in force (Amendment VII) had one band only (up to {years} years) and reached only staff "
            "of state organs or of finance, telecom, transport, education, medical and similar units (and those "
            "who stole or illegally obtained the information)."
        )
    else:
        history_zh = "当时适用的是刑法修正案（九）的文本（两档刑罚），但尚无关于“情节严重”的数量标准。"
        history_en = "The Amendment IX text (two bands) was in force, but no numeric standard of 情节严重 existed yet."
    figures = "、".join(_num(law.figure_versions(f"spc2017.pieces.{g}")[0].value) for g in _GROUPS)
    raise LawError(
        f"行为日{day.isoformat()}早于2017年个人信息刑事解释的施行日（{first.isoformat()}），当时没有数量标准，"
        f"本计算器不对此前的行为适用{figures}条等标准。{history_zh}"
        f"此前的行为若在{first.isoformat()}以后审理，如何适用该解释取决于刑事司法解释的时间效力规则，本计算器不作判断。",
        f"The conduct date {day.isoformat()} is before the 2017 personal-information interpretation took effect "
        f"({first.isoformat()}); no numeric standard existed then, and this calculator does not apply the "
        f"{figures.replace('、', ' / ')}-piece standards to earlier conduct. {history_en} Whether a court trying such conduct after "
        f"{first.isoformat()} uses the interpretation depends on the rules on the temporal effect of judicial "
        "interpretations, which this calculator does not decide.",
    )


def pi_severity(
    pieces: Mapping[str, object],
    *,
    illegal_gain: object = 0,
    insider: bool = False,
    on: date | None = None,
) -> Assessment:
    """Severity of illegally obtaining, selling or providing personal information (Criminal Law art. 253-1).

    The rule (2017 SPC/SPP interpretation, art. 5, in force 2017-06-01; ``on`` is the date of the conduct):

    * 情节严重 (serious circumstances, para. 1): 50 pieces or more of whereabouts, communication-content,
      credit or property information (item 3); 500 or more of accommodation, communication-record,
      health/physiological, transaction or *other information that may affect personal or property
      safety* (item 4 — ``other_safety``; for teaching: ID-card data, SPC Guiding Case 193, and face
      data, Guiding Case 192); 5,000 or more of any other personal information (item 5). Below those,
      the categories add up as exact fractions of their standards (item 6): 35 credit + 150 transaction
      = 35/50 + 150/500 = 1, which is serious. An illegal gain of 5,000 yuan or more (item 7).
    * An insider who sells or provides information obtained in performing duties or providing services
      (``insider=True``) needs only half of each standard (item 8), and is punished more heavily
      (从重处罚, art. 253-1 para. 2).
    * 情节特别严重 (especially serious, para. 2 item 3): ten times the standards of items 3–8.
    * Pieces and money are not added together; counts follow art. 11 (no double counting after
      obtaining and then selling). The non-numeric circumstances of art. 5 (para. 1 items 1, 2, 9, 10;
      para. 2 items 1, 2, 4) are not assessed.

    ``pieces`` maps category names (:data:`CATEGORIES`) to counts. Conduct before 2017-06-01 raises
    :class:`LawError`: no numeric standard existed then.
    """
    counts = _pieces(pieces)
    gain = money.parse_yuan(illegal_gain, "illegal_gain")
    parse_flag(insider, "insider")
    day = parse_date(on, "on", allow_text=False)
    _require_2017(day)

    ref5 = "spc_2017_personal_information/5"
    standards = {g: law.figure(f"spc2017.pieces.{g}", day) for g in _GROUPS}
    gain_fig = law.figure("spc2017.illegal_gain", day)
    multiple = law.value("spc2017.especially_serious_multiple", day)
    factor = law.value("spc2017.insider_fraction", day) if insider else Fraction(1)
    name_zh, name_en = crime_name(day)
    basic = law.figure("criminal_law253_1.basic_band_max_years", day)
    top = law.figure("criminal_law253_1.top_band_max_years", day)

    steps: list[Step] = [
        Step(
            f"行为日{day.isoformat()}适用刑法第二百五十三条之一（刑法修正案（九）文本，罪名“{name_zh}”）"
            "及2017年个人信息刑事解释第五条。",
            f"Conduct on {day.isoformat()}: Criminal Law art. 253-1 (Amendment IX text; crime name {name_zh}, "
            f"{name_en}) with art. 5 of the 2017 interpretation.",
            "criminal_law/253-1",
        )
    ]
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
                f"数量或者数额达到第三项至第七项标准的{_frac(factor)}即可。",
                f"Insider (selling or providing information obtained in performing duties or providing services): "
                f"art. 5 para. 1 item 8 — {_frac(factor)} of the standards of items 3-7 suffices.",
                ref5,
            )
        )
        steps.append(
            Step(
                "第二百五十三条之一第二款：此类行为依照第一款的规定从重处罚。",
                "Art. 253-1 para. 2: such conduct is punished under para. 1, more heavily (从重处罚).",
                "criminal_law/253-1",
            )
        )

    ratio = Fraction(0)
    shares_zh: list[str] = []
    parts: list[Share] = []
    for key, count in counts.items():
        if not count:
            continue
        group, label_zh, label_en = CATEGORIES[key]
        standard = Fraction(standards[group].value) * factor
        share = Fraction(count) / standard
        parts.append(Share(key, count, standard))
        ratio += share
        shares_zh.append(_frac(share))
        item_zh, item_en = _ITEMS_2017[group]
        if insider:
            where_zh = f"第五条第一款{item_zh}标准{_num(standards[group].value)}条 × {_frac(factor)}，第八项"
            where_en = f"art. 5 para. 1 {item_en} standard {_num(standards[group].value)} × {_frac(factor)}, item 8"
        else:
            where_zh, where_en = f"第五条第一款{item_zh}", f"art. 5 para. 1 {item_en}"
        steps.append(
            Step(
                f"{label_zh}{count:,}条 ÷ {_num(standard)}条（{where_zh}）= {_frac(share)}",
                f"{label_en}: {count:,} ÷ {_num(standard)} pieces ({where_en}) = {_frac(share)}",
                ref5,
            )
        )
        if key == "other_safety":
            steps.append(Step(_GUIDING_CASES_ZH, _GUIDING_CASES_EN, ref5))
    if len(shares_zh) > 1:
        steps.append(
            Step(
                f"按相应比例合计（第五条第一款第六项）：{' + '.join(shares_zh)} = {_frac(ratio)}",
                f"Added up as fractions of their standards (art. 5 para. 1 item 6): {' + '.join(shares_zh)} = {_frac(ratio)}",
                ref5,
            )
        )
    elif not shares_zh:
        steps.append(Step("未输入任何信息条数：数量比例为0。", "No pieces entered: the quantity ratio is 0.", ref5))

    gain_standard = Fraction(gain_fig.value) * factor
    gain_ratio = Fraction(gain) / gain_standard
    steps.append(
        Step(
            f"违法所得{_yuan(gain)}元 ÷ {_yuan(gain_standard)}元（第五条第一款第七项{'、第八项' if insider else ''}）= {_frac(gain_ratio)}"
            "；条数与金额不相加。",
            f"Illegal gain {_yuan(gain)} ÷ {_yuan(gain_standard)} yuan (art. 5 para. 1 item 7{' and item 8' if insider else ''}) "
            f"= {_frac(gain_ratio)}; pieces and money are not added together.",
            ref5,
        )
    )

    reached = max(ratio, gain_ratio)
    if reached >= multiple:
        severity = Severity.ESPECIALLY_SERIOUS
    elif reached >= 1:
        severity = Severity.SERIOUS
    else:
        severity = Severity.NONE
    steps.append(
        Step(
            f"数量比例{_frac(ratio)}，金额比例{_frac(gain_ratio)}：达到标准（≥1）为情节严重，达到标准{_frac(multiple)}倍以上"
            f"（第五条第二款第三项）为情节特别严重。结论：{severity.zh}。",
            f"Quantity ratio {_frac(ratio)}, money ratio {_frac(gain_ratio)}: reaching the standard (≥ 1) is 情节严重; "
            f"{_frac(multiple)} times the standard or more (art. 5 para. 2 item 3) is 情节特别严重. Result: {severity.en}.",
            ref5,
        )
    )

    if severity is Severity.NONE:
        sentence_zh = (
            "仅凭这些数字，未达到第五条第一款第三项至第八项的数量或者数额标准，不构成犯罪。但第五条还规定了非数量情形"
            "（第一款第一项：出售或者提供行踪轨迹信息被他人用于犯罪；第二项：明知他人利用信息实施犯罪仍向其出售或者提供；"
            "第九项：曾因侵犯公民个人信息受过刑事处罚或者近期受过行政处罚后又实施；第十项：其他情节严重的情形），本计算器不评估这些情形。"
        )
        sentence_en = (
            "On these numbers alone the standards of art. 5 para. 1 items 3-8 are not reached: no crime. Art. 5 also lists "
            "non-numeric circumstances (para. 1 item 1: whereabouts information sold or provided and used for a crime; "
            "item 2: supplying someone known to use it for crime; item 9: a repeat after a criminal punishment or a "
            "recent administrative penalty for such conduct; item 10: other serious circumstances), which this calculator "
            "does not assess."
        )
        steps.append(Step(sentence_zh, sentence_en, ref5))
    else:
        band = basic if severity is Severity.SERIOUS else top
        tier_zh, band_zh, tier_en, band_en = _split_band(band)
        sentence_zh = f"{tier_zh}：{band_zh}（刑法第二百五十三条之一第一款）"
        sentence_en = f"{tier_en}: {band_en} (Criminal Law art. 253-1 para. 1)"
        if insider:
            sentence_zh += "；属于第二款情形，从重处罚"
            sentence_en += "; para. 2 applies: heavier punishment (从重处罚)"
        steps.append(
            Step(
                f"量刑幅度：{sentence_zh}。",
                f"Sentencing band: {sentence_en}.",
                "criminal_law/253-1",
            )
        )
        if severity is Severity.SERIOUS:
            steps.append(
                Step(
                    "第五条第二款的非数量情形（造成被害人死亡、重伤、精神失常或者被绑架等严重后果；造成重大经济损失或者恶劣社会"
                    "影响；其他情节特别严重的情形）也可构成情节特别严重，本计算器不评估。",
                    "The non-numeric circumstances of art. 5 para. 2 (death, serious injury, mental disorder or kidnapping of a "
                    "victim; major economic loss or a seriously bad social impact; other especially serious circumstances) can "
                    "also make the case especially serious; this calculator does not assess them.",
                    ref5,
                )
            )
    return Assessment(
        ref="criminal_law/253-1",
        severity=severity,
        ratio=ratio,
        gain_ratio=gain_ratio,
        sentence_zh=sentence_zh,
        sentence_en=sentence_en,
        crime_name_zh=name_zh,
        crime_name_en=name_en,
        steps=tuple(steps),
        shares=tuple(parts),
    )


# ---------------------------------------------------------------------------------------------
# Art. 286-1 with the 2019 interpretation


def _require_286_1(day: date) -> Figure:
    try:
        return law.figure("criminal_law286_1.band_max_years", day)
    except LawError:
        first = law.figure_versions("criminal_law286_1.band_max_years")[0].effective_from
        raise LawError(
            f"刑法第二百八十六条之一（刑法修正案（九））自{first.isoformat()}起施行；{day.isoformat()}的行为不适用该条。",
            f"Criminal Law art. 286-1 (Amendment IX) applies from {first.isoformat()}; conduct on {day.isoformat()} is outside it.",
        ) from None


def network_leak_serious(pieces: Mapping[str, object], *, on: date | None = None) -> Assessment:
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
    """
    counts = _pieces(pieces)
    day = parse_date(on, "on", allow_text=False)
    band = _require_286_1(day)
    ref4 = "spc_2019_network/4"
    if not _figure_in_force("spc2019.pieces.sensitive", day):
        first = law.figure_versions("spc2019.pieces.sensitive")[0].effective_from
        figures = "、".join(_num(law.figure_versions(f"spc2019.pieces.{g}")[0].value) for g in _GROUPS)
        raise LawError(
            f"行为日{day.isoformat()}早于2019年信息网络犯罪解释的施行日（{first.isoformat()}），当时没有用户信息条数标准；"
            f"“造成严重后果”由法院个案认定，本计算器不对此前的行为适用{figures}条等标准。",
            f"The conduct date {day.isoformat()} is before the 2019 network-crime interpretation took effect "
            f"({first.isoformat()}); no piece-count standard existed then and 造成严重后果 was for the court to judge. "
            f"This calculator does not apply the {figures.replace('、', ' / ')}-piece standards to earlier conduct.",
        )
    standards = {g: law.figure(f"spc2019.pieces.{g}", day) for g in _GROUPS}
    name_zh, name_en = crime_name(day, ref="criminal_law/286-1")

    steps: list[Step] = [
        Step(
            f"行为日{day.isoformat()}：刑法第二百八十六条之一第一款第二项“致使用户信息泄露，造成严重后果”，"
            "数量标准见2019年信息网络犯罪解释第四条。",
            f"Conduct on {day.isoformat()}: art. 286-1 para. 1 item 2 ('causing the leak of user information with serious "
            "consequences'); the numeric standards are in art. 4 of the 2019 interpretation.",
            "criminal_law/286-1",
        )
    ]
    # Why ten times: compare the two figure sets group by group.
    if _figure_in_force("spc2017.pieces.sensitive", day):
        parts_zh, parts_en = [], []
        for g in _GROUPS:
            v19 = standards[g].value
            v17 = law.value(f"spc2017.pieces.{g}", day)
            parts_zh.append(f"{_num(v19)} ÷ {_num(v17)} = {_frac(Fraction(v19, v17))}")
            parts_en.append(f"{_num(v19)} / {_num(v17)} = {_frac(Fraction(v19, v17))}")
        steps.append(
            Step(
                f"与侵犯公民个人信息罪的标准（2017年解释第五条第一款第三项至第五项）相比：{'；'.join(parts_zh)}。"
                "解释本身没有说明理由；一种合理的解读是责任较轻：网络服务提供者并未自己出售或者获取信息，而是在监管部门"
                "责令改正后仍未履行管理义务，致使信息泄露（这是解读，不是条文）。",
                f"Compared with the art. 253-1 standards (2017 interpretation art. 5 para. 1 items 3-5): {'; '.join(parts_en)}. "
                "The interpretation gives no reason; a plausible reading is lower culpability: the provider does not itself "
                "sell or obtain the information but fails, after a regulator's order, to manage it and so lets it leak "
                "(a reading, not the text).",
                ref4,
            )
        )
    ratio = Fraction(0)
    shares: list[str] = []
    for key, count in counts.items():
        if not count:
            continue
        group, label_zh, label_en = CATEGORIES[key]
        standard = standards[group].value
        share = Fraction(count, standard)
        ratio += share
        shares.append(_frac(share))
        item_zh, item_en = _ITEMS_2019[group]
        steps.append(
            Step(
                f"泄露{label_zh}{count:,}条 ÷ {_num(standard)}条（第四条{item_zh}）= {_frac(share)}",
                f"Leaked {label_en}: {count:,} ÷ {_num(standard)} pieces (art. 4 {item_en}) = {_frac(share)}",
                ref4,
            )
        )
    if len(shares) > 1:
        steps.append(
            Step(
                f"按相应比例折算合计（第四条第四项）：{' + '.join(shares)} = {_frac(ratio)}",
                f"Added up as fractions of their standards (art. 4 item 4): {' + '.join(shares)} = {_frac(ratio)}",
                ref4,
            )
        )
    elif not shares:
        steps.append(Step("未输入任何泄露条数：比例为0。", "No leaked pieces entered: the ratio is 0.", ref4))

    severity = Severity.SERIOUS if ratio >= 1 else Severity.NONE
    _tier_zh, band_zh, _tier_en, band_en = _split_band(band)
    if severity is Severity.SERIOUS:
        steps.append(
            Step(
                f"比例{_frac(ratio)} ≥ 1：按数量已“造成严重后果”（第四条）。",
                f"Ratio {_frac(ratio)} ≥ 1: on the numbers, the leak 'caused serious consequences' (art. 4).",
                ref4,
            )
        )
        sentence_zh = (
            f"若第一款的其他要件（网络服务提供者；经监管部门责令采取改正措施而拒不改正）也具备：{band_zh}"
            "（刑法第二百八十六条之一第一款；本条只有一档刑罚，没有“情节特别严重”）"
        )
        sentence_en = (
            f"If the other elements of para. 1 (a network service provider; ordered by a regulator to correct and refusing) "
            f"are also met: {band_en} (art. 286-1 para. 1; a single band, no 情节特别严重 tier)"
        )
        steps.append(Step(f"量刑幅度：{sentence_zh}。", f"Sentencing band: {sentence_en}.", "criminal_law/286-1"))
    else:
        sentence_zh = (
            "仅凭泄露条数，未达到第四条第一项至第四项的数量标准。第四条第五项至第八项的非数量后果（造成他人死亡、重伤、"
            "精神失常或者被绑架等严重后果；造成重大经济损失；严重扰乱社会秩序；造成其他严重后果）本计算器不评估。"
        )
        sentence_en = (
            "On the leaked pieces alone the standards of art. 4 items 1-4 are not reached. The non-numeric consequences of "
            "art. 4 items 5-8 (death, serious injury, mental disorder or kidnapping; major economic loss; serious disruption "
            "of social order; other serious consequences) are not assessed by this calculator."
        )
        steps.append(Step(sentence_zh, sentence_en, ref4))
    return Assessment(
        ref="criminal_law/286-1",
        severity=severity,
        ratio=ratio,
        gain_ratio=Fraction(0),
        sentence_zh=sentence_zh,
        sentence_en=sentence_en,
        crime_name_zh=name_zh,
        crime_name_en=name_en,
        steps=tuple(steps),
    )


def _met(flag: bool) -> tuple[str, str]:
    return ("具备", "met") if flag else ("不具备", "not met")


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
) -> Assessment:
    """Is the offence of art. 286-1 (拒不履行信息网络安全管理义务罪) made out for a user-information leak?

    Art. 286-1 para. 1: a network service provider (网络服务提供者) that fails to perform the
    information-network security duties set by laws and administrative regulations and, ordered by the
    regulator to take corrective measures, refuses to correct (经监管部门责令采取改正措施而拒不改正),
    where that causes the leak of user information with serious consequences (item 2), is punished with up
    to three years' imprisonment, criminal detention or public surveillance, plus or only a fine. Item 2 is
    met on the numbers of :func:`network_leak_serious` (``pieces``) or by another serious consequence of
    art. 4 items 5-8 of the 2019 interpretation (``other_serious_consequence``: death, serious injury,
    major economic loss, serious disruption of social order …). The 2017 interpretation, art. 9, points a
    provider's refusal that leaks personal information to this offence.

    Para. 2: a unit (单位) is fined, and its directly responsible managers and other directly responsible
    persons are punished under para. 1. Para. 3: if the conduct also constitutes another crime that is
    punished more heavily (``other_crime_heavier``), the heavier provision governs (依照处罚较重的规定定罪
    处罚). Every element is listed as a step, met or not met. Items 1, 3 and 4 of para. 1 (illegal
    information spread, loss of criminal evidence, other serious circumstances) are not assessed.
    Counting ``pieces`` needs conduct from 2019-11-01 (:class:`LawError` before); the article itself
    applies from 2015-11-01.
    """
    provider = parse_flag(is_network_service_provider, "is_network_service_provider")
    ordered = parse_flag(ordered_to_correct, "ordered_to_correct")
    refused_ = parse_flag(refused, "refused")
    other = parse_flag(other_serious_consequence, "other_serious_consequence")
    is_unit = parse_flag(unit, "unit")
    heavier = parse_flag(other_crime_heavier, "other_crime_heavier")
    counts = None if pieces is None else _pieces(pieces)
    day = parse_date(on, "on", allow_text=False)
    band = _require_286_1(day)
    name_zh, name_en = crime_name(day, ref="criminal_law/286-1")
    art = "criminal_law/286-1"

    steps: list[Step] = []
    zh, en = _met(provider)
    steps.append(
        Step(
            f"要件一：行为人是网络服务提供者——{zh}。",
            f"Element 1: the actor is a network service provider — {en}.",
            art,
        )
    )
    steps.append(
        Step(
            "要件二：不履行法律、行政法规规定的信息网络安全管理义务——本计算器不单独审查，视为问题的前提（信息因管理失职而泄露）。",
            "Element 2: failure to perform the information-network security duties set by laws and administrative "
            "regulations — not assessed separately; taken as the premise of the question (a leak through failure to manage).",
            art,
        )
    )
    zh, en = _met(ordered)
    steps.append(
        Step(
            f"要件三：经监管部门责令采取改正措施——{zh}。",
            f"Element 3: ordered by the regulator to take corrective measures — {en}.",
            art,
        )
    )
    refusal_met = ordered and refused_
    zh, en = _met(refusal_met)
    if refused_ and not ordered:
        steps.append(
            Step(
                "要件四：拒不改正——不具备：拒不改正以监管部门责令改正为前提。",
                "Element 4: refusal to correct — not met: a refusal presupposes a regulator's order to correct.",
                art,
            )
        )
    else:
        steps.append(Step(f"要件四：拒不改正——{zh}。", f"Element 4: refusal to correct — {en}.", art))

    leak = None
    if counts is not None and any(counts.values()):
        leak = network_leak_serious(counts, on=day)
        steps.extend(leak.steps[:-1])  # the figures; the band is stated once, below
    if other:
        if _figure_in_force("spc2019.pieces.sensitive", day):
            steps.append(
                Step(
                    "你确认泄露造成了第四条第五项至第八项的其他严重后果（死亡、重伤、精神失常或者被绑架；重大经济损失；"
                    "严重扰乱社会秩序；其他严重后果）。",
                    "You confirm the leak caused another serious consequence of art. 4 items 5-8 (death, serious injury, "
                    "mental disorder or kidnapping; major economic loss; serious disruption of social order; other).",
                    "spc_2019_network/4",
                )
            )
        else:
            steps.append(
                Step(
                    "你确认泄露造成了严重后果（行为时尚无2019年解释，由法院个案认定）。",
                    "You confirm the leak caused serious consequences (before the 2019 interpretation, for the court to judge).",
                    art,
                )
            )
    consequence = other or (leak is not None and leak.severity is Severity.SERIOUS)
    zh, en = _met(consequence)
    steps.append(
        Step(
            f"要件五：致使用户信息泄露，造成严重后果（第一款第二项）——{zh}。第一款第一项、第三项、第四项（违法信息大量传播、"
            "刑事案件证据灭失、其他严重情节）本计算器不评估。",
            f"Element 5: the leak of user information caused serious consequences (para. 1 item 2) — {en}. Items 1, 3 and 4 "
            "(mass spread of illegal information, loss of criminal evidence, other serious circumstances) are not assessed.",
            art,
        )
    )
    if _figure_in_force("spc2017.pieces.sensitive", day):
        steps.append(
            Step(
                "2017年个人信息刑事解释第九条：网络服务提供者拒不履行信息网络安全管理义务，经责令改正而拒不改正，致使用户的"
                "公民个人信息泄露，造成严重后果的，以拒不履行信息网络安全管理义务罪定罪处罚。",
                "2017 interpretation art. 9: a network service provider that refuses to perform its security duties, refuses to "
                "correct when ordered, and so leaks users' personal information with serious consequences is convicted of this offence.",
                "spc_2017_personal_information/9",
            )
        )

    offence = provider and refusal_met and consequence
    _tier_zh, band_zh, _tier_en, band_en = _split_band(band)
    if not offence:
        severity = Severity.NONE
        sentence_zh = "不构成拒不履行信息网络安全管理义务罪：上列要件未全部具备。"
        sentence_en = "The offence of art. 286-1 is not made out: not every element above is met."
        if is_unit:
            steps.append(
                Step(
                    "第二款（单位犯罪）以单位构成第一款之罪为前提，此处不适用。",
                    "Para. 2 (unit crime) presupposes the para. 1 offence; it does not apply here.",
                    art,
                )
            )
        if heavier:
            steps.append(
                Step(
                    "第三款（依照处罚较重的规定定罪处罚）以“有前两款行为”为前提，此处不适用；其他犯罪可否单独成立，本计算器不评估。",
                    "Para. 3 (the heavier provision governs) presupposes the conduct of paras. 1-2; it does not apply here. "
                    "Whether another crime is made out on its own is not assessed.",
                    art,
                )
            )
        steps.append(Step(sentence_zh, sentence_en, art))
    else:
        severity = Severity.SERIOUS
        if is_unit:
            sentence_zh = f"单位：判处罚金；直接负责的主管人员和其他直接责任人员：依照第一款处罚——{band_zh}（第二款）"
            sentence_en = (
                f"The unit: a fine; its directly responsible managers and other directly responsible persons: punished "
                f"under para. 1 — {band_en} (para. 2)"
            )
            steps.append(
                Step(
                    "第二款：单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员依照第一款处罚。",
                    "Para. 2: where a unit commits the offence, the unit is fined and its directly responsible managers and "
                    "other directly responsible persons are punished under para. 1.",
                    art,
                )
            )
        else:
            sentence_zh = f"{band_zh}（刑法第二百八十六条之一第一款；只有一档刑罚）"
            sentence_en = f"{band_en} (art. 286-1 para. 1; a single band)"
        if heavier:
            sentence_zh = f"同时构成处罚较重的其他犯罪：依照处罚较重的规定定罪处罚（第三款），本计算器不计算该罪的刑罚；本罪的刑罚幅度为：{sentence_zh}"
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
                    art,
                )
            )
            name_zh = "处罚较重的其他犯罪（本计算器不确定具体罪名）"
            name_en = "the other, more heavily punished crime (not identified by this calculator)"
        steps.append(
            Step(
                f"结论：构成本罪。量刑：{sentence_zh}。",
                f"Result: the offence is made out. Penalty: {sentence_en}.",
                art,
            )
        )
    ratio = leak.ratio if leak is not None else Fraction(0)
    return Assessment(
        ref="criminal_law/286-1",
        severity=severity,
        ratio=ratio,
        gain_ratio=Fraction(0),
        sentence_zh=sentence_zh,
        sentence_en=sentence_en,
        crime_name_zh=name_zh,
        crime_name_en=name_en,
        steps=tuple(steps),
    )


# ---------------------------------------------------------------------------------------------
# Art. 286-1 as a checklist of its elements, and its counting standards beside those of art. 253-1

_ART_286_1 = "criminal_law/286-1"
_ART_2019_4 = "spc_2019_network/4"
_ITEMS = law.data("items.json")
# The item of each group of information: 2019 interpretation art. 4 items 1–3; 2017 interpretation art. 5 para. 1
# items 3–5.
NETWORK_ITEMS: dict[str, int] = _ITEMS[_ART_2019_4]["counted"]
PI_ITEMS: dict[str, int] = _ITEMS["spc_2017_personal_information/5"]["counted"]
# 2019 interpretation art. 4 items 5–8: serious consequences that are not counted in pieces.
OTHER_CONSEQUENCES: tuple[int, ...] = tuple(_ITEMS[_ART_2019_4]["other_consequences"])


def network_item(number: int) -> tuple[str, str]:
    """2019 interpretation art. 4 item ``number`` as in the corpus, without its final punctuation."""
    prov = law.provision(_ART_2019_4)
    return prov.paragraphs_zh[number].rstrip("；。"), prov.paragraphs_en[number].rstrip(";.")


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
) -> DutyChecklist:
    """Art. 286-1 para. 1 item 2 element by element, with :func:`network_duty_offence` deciding and
    :func:`network_leak_serious` counting the leaked ``pieces``. ``consequence``: an item of art. 4 items 5–8
    (another serious consequence) instead of, or beside, the pieces. The second element — failing the statutory
    security duties — is taken as the premise, not assessed."""
    day = parse_date(on)
    if consequence is not None and consequence not in OTHER_CONSEQUENCES:
        items = "、".join(map(str, OTHER_CONSEQUENCES))
        raise InputError(
            "consequence",
            f"第四条第{consequence}项不是其他严重后果（第{items}项）",
            f"art. 4 item {consequence} is not another serious consequence (items {items})",
        )
    counted = {key: n for key, n in _pieces(pieces or {}).items() if n}
    other = consequence is not None
    assessment = network_duty_offence(
        is_network_service_provider=provider,
        ordered_to_correct=ordered,
        refused=refused,
        pieces=counted or None,
        other_serious_consequence=other,
        unit=unit,
        other_crime_heavier=heavier,
        on=day,
    )
    leak = network_leak_serious(counted, on=day) if counted else None
    leak_met = leak is not None and leak.severity is Severity.SERIOUS
    if other and law.is_in_force(_ART_2019_4, day):
        zh, en = network_item(consequence)
        how_zh, how_en, cites = f"2019年解释第四条{zh}", f"2019 interpretation art. 4 item {en}", _ART_2019_4
    elif other:
        zh, en = network_item(consequence)
        how_zh = f"所选后果“{zh.split('）', 1)[1]}”；行为时2019年解释尚未施行，是否属于“严重后果”由法院个案认定"
        how_en = (
            f"the chosen consequence ({en.split(') ', 1)[1]}); the 2019 interpretation was not yet in force, so "
            "whether it is a serious consequence was for the court to judge"
        )
        cites = _ART_286_1
    elif leak is not None:
        how_zh = f"泄露条数折算为标准的 {_frac(leak.ratio)}（达到 1 即为“造成严重后果”）"
        how_en = f"leaked pieces = {_frac(leak.ratio)} of the standard (1 or more is a serious consequence)"
        cites = _ART_2019_4
    else:
        how_zh, how_en, cites = (
            "未输入泄露条数，也未选择其他后果",
            "no leaked pieces and no other consequence entered",
            _ART_286_1,
        )
    presupposed = refused and not ordered
    elements = (
        Element("网络服务提供者", "a network service provider (网络服务提供者)", _ART_286_1, provider),
        Element(
            "不履行法律、行政法规规定的信息网络安全管理义务（本计算器视为前提）",
            "fails its statutory security duties (taken as the premise here)",
            _ART_286_1,
            None,
        ),
        Element(
            "经监管部门责令采取改正措施", "ordered by the regulator to take corrective measures", _ART_286_1, ordered
        ),
        Element(
            "拒不改正" + ("（须以责令改正为前提）" if presupposed else ""),
            "refused to correct" + (" (presupposes an order)" if presupposed else ""),
            _ART_286_1,
            ordered and refused,
        ),
        Element(
            f"致使用户信息泄露，造成严重后果（第一款第二项）：{how_zh}",
            f"the leak of user information caused serious consequences (para. 1 item 2): {how_en}",
            cites,
            other or leak_met,
        ),
    )
    return DutyChecklist(day, assessment, leak, consequence, unit, heavier, elements)


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
    for group in _GROUPS:
        pi = law.figure(f"spc2017.pieces.{group}", day)
        network = law.figure(f"spc2019.pieces.{group}", day)
        names = [(zh, en) for g, zh, en in CATEGORIES.values() if g == group]
        rows.append(
            ThresholdRow(
                group,
                "、".join(zh for zh, _ in names),
                "; ".join(en for _, en in names),
                pi,
                network,
                Fraction(pi.value) * multiple.value,
                Fraction(network.value, pi.value),
            )
        )
    return Thresholds(
        day,
        tuple(rows),
        multiple,
        law.figure("criminal_law253_1.basic_band_max_years", day),
        law.figure("criminal_law253_1.top_band_max_years", day),
        law.figure("criminal_law286_1.band_max_years", day),
    )


# ---------------------------------------------------------------------------------------------
# Art. 219: trade secrets

# The generations of numeric thresholds, newest first: (interpretation ref, a figure key of it).
_TS_INTERPRETATIONS = (
    ("spc_2025_ip/17", "spc2025.trade_secret.serious_amount"),
    ("spc_2020_ip3/4", "spc2020.trade_secret.serious_amount"),
    ("spc_2004_ip/7", "spc2004.trade_secret.serious_loss"),
)


def _ts_interpretation_on(day: date) -> str | None:
    """The newest trade-secret interpretation in force on ``day`` (a later one prevails over an earlier one)."""
    for ref, key in _TS_INTERPRETATIONS:
        if _figure_in_force(key, day):
            return ref
    return None


@dataclass(frozen=True)
class _Evaluation:
    ref: str
    severity: Severity
    amount: Decimal
    steps: tuple[Step, ...]


def _ts_evaluate(
    ref: str, day: date, loss: Decimal, gain: Decimal, repeat: bool, bankrupt: bool, literal: bool
) -> _Evaluation:
    """Severity under one interpretation; ``day`` is a date on which it was in force."""
    name_zh, name_en = _cite_name(ref)
    steps: list[Step] = []
    if ref == "spc_2004_ip/7":
        serious = law.figure("spc2004.trade_secret.serious_loss", day).value
        especially = law.figure("spc2004.trade_secret.especially_serious_loss", day).value
        amount = loss
        if gain:
            steps.append(
                Step(
                    f"{name_zh}只计算给权利人造成的损失数额；违法所得{_yuan(gain)}元不计入。",
                    f"{name_en} counts only the owner's loss; the illegal gain of {_yuan(gain)} yuan does not count.",
                    ref,
                )
            )
        if bankrupt or repeat:
            steps.append(
                Step(
                    f"{name_zh}没有“破产、倒闭”或者“再犯”的单独标准：只看损失数额。",
                    f"{name_en} has no separate rule for the owner's bankruptcy or for a repeat offender: only the loss counts.",
                    ref,
                )
            )
        if amount >= especially:
            severity = Severity.ESPECIALLY_SERIOUS
        elif amount >= serious:
            severity = Severity.SERIOUS
        else:
            severity = Severity.NONE
        steps.append(
            Step(
                f"损失{_yuan(amount)}元：“重大损失”自{_yuan(serious)}元起，“特别严重后果”自{_yuan(especially)}元起"
                f"（{name_zh}）。结论：{severity.zh}。",
                f"Loss {_yuan(amount)} yuan: 重大损失 (major loss) from {_yuan(serious)} yuan, 特别严重后果 (especially serious "
                f"consequences) from {_yuan(especially)} yuan ({name_en}). Result: {severity.en}.",
                ref,
            )
        )
        return _Evaluation(ref, severity, amount, tuple(steps))

    amount = max(loss, gain)
    steps.append(
        Step(
            f"{name_zh}计算损失数额或者违法所得数额，取较大者：损失{_yuan(loss)}元，违法所得{_yuan(gain)}元 → {_yuan(amount)}元。",
            f"{name_en} counts the owner's loss or the illegal gain; the larger is used: loss {_yuan(loss)}, gain "
            f"{_yuan(gain)} → {_yuan(amount)} yuan.",
            ref,
        )
    )
    if ref == "spc_2020_ip3/4":
        serious = law.figure("spc2020.trade_secret.serious_amount", day).value
        especially = law.figure("spc2020.trade_secret.especially_serious_amount", day).value
        if repeat:
            steps.append(
                Step(
                    f"{name_zh}没有“再犯”的较低标准（2025年解释才规定）：该情形不影响结论。",
                    f"{name_en} has no lower figure for a repeat offender: the flag changes nothing.",
                    ref,
                )
            )
        if amount >= especially:
            severity = Severity.ESPECIALLY_SERIOUS
        elif amount >= serious or bankrupt:
            severity = Severity.SERIOUS
        else:
            severity = Severity.NONE
        if bankrupt:
            steps.append(
                Step(
                    f"直接导致权利人因重大经营困难而破产、倒闭：属于“重大损失”（{name_zh}第一款第二项，入罪档）。",
                    f"The owner was directly driven into bankruptcy or closure: 重大损失, the entry tier ({name_en}, para. 1 item 2).",
                    ref,
                )
            )
        steps.append(
            Step(
                f"{_yuan(amount)}元：“重大损失”自{_yuan(serious)}元起，“特别严重后果”自{_yuan(especially)}元起。结论：{severity.zh}。"
                "“其他重大损失”（第一款第三项）本计算器不评估。",
                f"{_yuan(amount)} yuan: 重大损失 from {_yuan(serious)} yuan, 特别严重后果 from {_yuan(especially)} yuan. "
                f"Result: {severity.en}. 'Other major loss' (para. 1 item 3) is not assessed.",
                ref,
            )
        )
        return _Evaluation(ref, severity, amount, tuple(steps))

    # spc_2025_ip/17
    serious = law.figure("spc2025.trade_secret.serious_amount", day).value
    repeat_std = law.figure("spc2025.trade_secret.serious_repeat", day).value
    window = law.figure("spc2025.trade_secret.repeat_window", day).value
    multiple = law.value("spc2025.trade_secret.especially_serious_multiple", day)
    top = serious * Decimal(multiple.numerator) / Decimal(multiple.denominator)
    top_repeat = repeat_std * Decimal(multiple.numerator) / Decimal(multiple.denominator)
    is_serious = amount >= serious or (repeat and amount >= repeat_std)
    is_top = bankrupt or amount >= top or (literal and repeat and amount >= top_repeat)
    severity = Severity.ESPECIALLY_SERIOUS if is_top else Severity.SERIOUS if is_serious else Severity.NONE
    if repeat:
        steps.append(
            Step(
                f"{window}年内因侵犯商业秘密受过刑事处罚或者行政处罚后再次实施：情节严重的标准为{_yuan(repeat_std)}元（第一款第三项）。",
                f"A repeat within {window} years of a criminal or administrative punishment for an art. 219/219-1 act: "
                f"情节严重 from {_yuan(repeat_std)} yuan (para. 1 item 3).",
                ref,
            )
        )
    if bankrupt:
        steps.append(
            Step(
                "直接导致权利人因重大经营困难而破产、倒闭：情节特别严重（第二款）。",
                "The owner was directly driven into bankruptcy or closure by serious business difficulty: 情节特别严重 (para. 2).",
                ref,
            )
        )
    steps.append(
        Step(
            f"{_yuan(amount)}元：情节严重自{_yuan(serious)}元起；情节特别严重为相应标准的{_frac(multiple)}倍，即{_yuan(top)}元"
            f"（第二款）。结论：{severity.zh}。“其他情节严重的情形”（第一款第四项）本计算器不评估。",
            f"{_yuan(amount)} yuan: 情节严重 from {_yuan(serious)} yuan; 情节特别严重 at {_frac(multiple)} times the "
            f"corresponding standard, {_yuan(top)} yuan (para. 2). Result: {severity.en}. 'Other serious circumstances' "
            "(para. 1 item 4) are not assessed.",
            ref,
        )
    )
    return _Evaluation(ref, severity, amount, tuple(steps))


@dataclass(frozen=True)
class _Text219:
    start: date
    basic: Figure
    top: Figure


def _text_219(day: date) -> _Text219:
    basic = law.figure("criminal_law219.basic_band_max_years", day)
    top = law.figure("criminal_law219.top_band_max_years", day)
    return _Text219(basic.effective_from, basic, top)


def _band_key(fig: Figure) -> tuple[int, int]:
    """For comparing bands: (maximum years, 0 if 拘役 is available in the band else 1). Smaller is lighter."""
    return (fig.value, 0 if "拘役" in fig.label_zh else 1)


def _choose_interpretation(
    conduct: date, trial: date, loss: Decimal, gain: Decimal, repeat: bool, bankrupt: bool, literal: bool
) -> tuple[_Evaluation, list[Step]]:
    conduct_ref = _ts_interpretation_on(conduct)
    trial_ref = _ts_interpretation_on(trial)
    at_trial = _ts_evaluate(trial_ref, trial, loss, gain, repeat, bankrupt, literal)
    trial_zh, trial_en = _cite_name(trial_ref)
    if conduct_ref is None:
        return at_trial, [
            Step(
                f"行为时（{conduct.isoformat()}）尚无相关司法解释；审理时（{trial.isoformat()}）施行的是{trial_zh}，"
                f"依{_TEMPORAL_RULE_ZH}第二条，尚未处理或者正在处理的案件依照该解释办理。{_TEMPORAL_CAVEAT_ZH}",
                f"No interpretation existed at the time of the conduct ({conduct.isoformat()}); at trial ({trial.isoformat()}) "
                f"{trial_en} is in force, and under item 2 of {_TEMPORAL_RULE_EN} pending cases follow it. {_TEMPORAL_CAVEAT_EN}",
                trial_ref,
            )
        ]
    if conduct_ref == trial_ref:
        return at_trial, [
            Step(
                f"行为时与审理时施行的是同一司法解释：{trial_zh}。",
                f"The same interpretation was in force at the conduct and at trial: {trial_en}.",
                trial_ref,
            )
        ]
    at_conduct = _ts_evaluate(conduct_ref, conduct, loss, gain, repeat, bankrupt, literal)
    conduct_zh, conduct_en = _cite_name(conduct_ref)
    chosen = at_trial if at_trial.severity < at_conduct.severity else at_conduct
    other = at_conduct if chosen is at_trial else at_trial
    chosen_zh, chosen_en = _cite_name(chosen.ref)
    _other_zh, _other_en = _cite_name(other.ref)
    return chosen, [
        Step(
            f"行为时施行{conduct_zh}，审理时施行{trial_zh}。依{_TEMPORAL_RULE_ZH}第三条，依照行为时的司法解释办理，"
            f"但适用新的司法解释对被告人有利的，适用新的司法解释。按{conduct_zh}为{at_conduct.severity.zh}，按{trial_zh}"
            f"为{at_trial.severity.zh}，故适用{chosen_zh}（另一解释的结论：{other.severity.zh}）。{_TEMPORAL_CAVEAT_ZH}",
            f"{conduct_en} was in force at the conduct, {trial_en} at trial. Under item 3 of {_TEMPORAL_RULE_EN}, the "
            f"interpretation in force at the time of the conduct applies unless the new one is more favourable to the "
            f"defendant. Under {conduct_en}: {at_conduct.severity.en}; under {trial_en}: {at_trial.severity.en}; so "
            f"{chosen_en} applies (the other gives {other.severity.en}). {_TEMPORAL_CAVEAT_EN}",
            chosen.ref,
        )
    ]


def trade_secret(
    *,
    loss: object = 0,
    illegal_gain: object = 0,
    conduct_date: date,
    trial_date: date | None = None,
    repeat_within_two_years: bool = False,
    owner_bankrupt: bool = False,
) -> TradeSecretAssessment:
    """Severity and band of infringing trade secrets (侵犯商业秘密罪, Criminal Law art. 219).

    Which text of art. 219: the text in force at the conduct applies unless the text at trial punishes
    more lightly (Criminal Law art. 12, 从旧兼从轻). Amendment XI (in force 2021-03-01) raised the top band
    from seven to ten years and dropped 拘役 (criminal detention) from the basic band, so for conduct before
    2021-03-01 the old text is lighter and applies; the comparison here is of the statutory bands, for
    teaching. Which thresholds: the 2004 interpretation art. 7 (loss only: 500,000 yuan = 重大损失,
    2,500,000 = 特别严重后果), from 2020-09-14 the 2020 interpretation (III) art. 4 (loss or illegal gain:
    300,000 / 2,500,000; the owner's bankruptcy counts at the entry tier), from 2025-04-26 the 2025
    interpretation art. 17 (loss or gain 300,000 yuan = 情节严重, 100,000 for a repeat within two years;
    bankruptcy or closure, or ten times the corresponding figure, = 情节特别严重: 3,000,000 yuan). The
    larger of loss and gain counts where the interpretation counts either.

    Interpretations in time: an interpretation applies from its effective date to cases pending then
    where none existed at the conduct; where one did, the interpretation of the time of the conduct
    applies unless the one at trial is more favourable (SPC/SPP provisions of 2001 on the temporal effect
    of criminal judicial interpretations, items 2-3 — not in the course reference files, flagged in the
    steps). The tenfold rule applied to the repeat-offender figure (1,000,000 yuan) is a textual reading,
    not settled: the literal result is returned and ``contested`` is set when the answer depends on it.
    ``trial_date`` defaults to today. Conduct before 1997-10-01 raises :class:`LawError`.
    """
    loss_ = money.parse_yuan(loss, "loss")
    gain = money.parse_yuan(illegal_gain, "illegal_gain")
    repeat = parse_flag(repeat_within_two_years, "repeat_within_two_years")
    bankrupt = parse_flag(owner_bankrupt, "owner_bankrupt")
    conduct = parse_date(conduct_date, "conduct_date", required=True, allow_text=False)
    trial = parse_date(trial_date, "trial_date", allow_text=False)
    if trial < conduct:
        raise InputError(
            "trial_date",
            f"审理日期（{trial.isoformat()}）不能早于行为日期（{conduct.isoformat()}）",
            f"the trial date ({trial.isoformat()}) cannot be before the conduct date ({conduct.isoformat()})",
        )
    try:
        conduct_text = _text_219(conduct)
    except LawError:
        first = law.figure_versions("criminal_law219.basic_band_max_years")[0].effective_from
        raise LawError(
            f"刑法第二百一十九条自{first.isoformat()}起施行；{conduct.isoformat()}的行为不在本计算器范围内。",
            f"Criminal Law art. 219 applies from {first.isoformat()}; conduct on {conduct.isoformat()} is outside this calculator.",
        ) from None
    trial_text = _text_219(trial)
    if _ts_interpretation_on(trial) is None:
        first = law.figure_versions("spc2004.trade_secret.serious_loss")[0].effective_from
        raise LawError(
            f"审理日{trial.isoformat()}尚无关于商业秘密犯罪数额的司法解释（第一个自{first.isoformat()}起施行）；“重大损失”由法院个案认定，"
            "本计算器没有可用的数额标准。",
            f"On the trial date {trial.isoformat()} no interpretation set figures for art. 219 (the first applies from "
            f"{first.isoformat()}); 重大损失 was for the court to judge, and this calculator has no figure to apply.",
        )

    literal, literal_timing = _choose_interpretation(conduct, trial, loss_, gain, repeat, bankrupt, literal=True)
    narrow, _ = _choose_interpretation(conduct, trial, loss_, gain, repeat, bankrupt, literal=False)
    contested = literal.severity is not narrow.severity
    severity = literal.severity

    steps: list[Step] = []
    # 1. Which text of art. 219.
    if conduct_text.start == trial_text.start:
        text = conduct_text
        steps.append(
            Step(
                f"行为时（{conduct.isoformat()}）与审理时（{trial.isoformat()}）施行的是同一文本的刑法第二百一十九条"
                f"（{text.start.isoformat()}起施行）。",
                f"The same text of art. 219 (in force from {text.start.isoformat()}) applied at the conduct "
                f"({conduct.isoformat()}) and at trial ({trial.isoformat()}).",
                "criminal_law/219",
            )
        )
    else:
        if severity is Severity.NONE:
            text = conduct_text
            compare_zh = "未达到任何刑罚档次，无需比较处刑轻重，适用行为时的文本。"
            compare_en = (
                "No band is reached, so there is no penalty to compare; the text at the time of the conduct applies."
            )
        else:
            pick = "basic" if severity is Severity.SERIOUS else "top"
            old_band: Figure = getattr(conduct_text, pick)
            new_band: Figure = getattr(trial_text, pick)
            lighter_at_trial = _band_key(new_band) < _band_key(old_band)
            text = trial_text if lighter_at_trial else conduct_text
            _, old_zh_band, _, old_en_band = _split_band(old_band)
            _, new_zh_band, _, new_en_band = _split_band(new_band)
            verdict_zh = (
                "审理时的文本较轻，适用审理时的文本" if lighter_at_trial else "审理时的文本并不更轻，适用行为时的文本"
            )
            verdict_en = (
                "the text at trial is lighter and applies"
                if lighter_at_trial
                else "the text at trial is not lighter; the text at the time of the conduct applies"
            )
            compare_zh = (
                f"比较{severity.zh}对应的法定刑：行为时“{old_zh_band}”（最高{old_band.value}年），审理时“{new_zh_band}”"
                f"（最高{new_band.value}年）。最高刑相同时，可判拘役的幅度较轻。{verdict_zh}。"
            )
            compare_en = (
                f"Comparing the statutory bands for {severity.en}: at the conduct '{old_en_band}' (maximum {old_band.value} "
                f"years), at trial '{new_en_band}' (maximum {new_band.value} years). With equal maxima, a band that allows "
                f"拘役 (criminal detention) is lighter. So {verdict_en}."
            )
        steps.append(
            Step(
                f"行为时（{conduct.isoformat()}）施行的是{conduct_text.start.isoformat()}起的文本，审理时（{trial.isoformat()}）"
                f"是{trial_text.start.isoformat()}起的文本（最高刑{conduct_text.top.value}年 → {trial_text.top.value}年；"
                f"第一档{'删去' if _band_key(trial_text.basic) > _band_key(conduct_text.basic) else '未改变'}拘役）。刑法第十二条"
                f"（从旧兼从轻）：适用行为时的法律，但审理时的法律处刑较轻的，适用审理时的法律。{compare_zh}"
                "此处只比较法定刑幅度，供教学使用；法院还会比较构成要件与具体案情。注意：本语料库中刑法第十二条的文本未经核实。",
                f"At the conduct ({conduct.isoformat()}) the text in force from {conduct_text.start.isoformat()} applied; at trial "
                f"({trial.isoformat()}) the text from {trial_text.start.isoformat()} (top band maximum {conduct_text.top.value} → "
                f"{trial_text.top.value} years; 拘役 {'dropped from' if _band_key(trial_text.basic) > _band_key(conduct_text.basic) else 'unchanged in'} the basic band). Criminal Law art. 12 (从旧兼从轻, from-old-and-lighter): the law at "
                f"the time of the conduct applies unless the law at trial punishes more lightly. {compare_en} This compares the "
                "statutory bands only, for teaching; a court also compares the elements and the concrete case. Note: the text of "
                "art. 12 in this corpus is unverified.",
                "criminal_law/12",
            )
        )

    # 2. Which interpretation, and the figures.
    steps.extend(literal_timing)
    steps.extend(literal.steps)
    tier_basic_zh, _, tier_basic_en, _ = _split_band(text.basic)
    tier_top_zh, _, tier_top_en, _ = _split_band(text.top)
    new_text = tier_basic_zh == Severity.SERIOUS.zh  # the amended text speaks of 情节严重
    if literal.ref == "spc_2020_ip3/4" and new_text:
        steps.append(
            Step(
                f"2020年解释（三）第四条解释的是修正前的用语“重大损失”“特别严重后果”；修正后的文本用“{tier_basic_zh}”“{tier_top_zh}”。"
                "2021年3月1日至2025年4月25日，实务中把这些数额用于新用语——这是实务做法，不是条文。",
                f"Art. 4 of the 2020 interpretation (III) defines the old terms 重大损失 / 特别严重后果; the amended text uses "
                f"{tier_basic_en.split(' (')[0]} / {tier_top_en.split(' (')[0]}. From 2021-03-01 to 2025-04-25 practice applied its "
                "figures to the new terms — that mapping is practice, not text.",
                "spc_2020_ip3/4",
            )
        )
    elif literal.ref == "spc_2025_ip/17" and not new_text:
        steps.append(
            Step(
                f"2025年解释第十七条界定的是现行文本的“情节严重”“情节特别严重”；本案适用修正前的文本（“{tier_basic_zh}”/“{tier_top_zh}”），"
                "把这些数额用于旧用语是对应适用，不是条文本身的规定。",
                "Art. 17 of the 2025 interpretation defines 情节严重 / 情节特别严重 of the current text; this case applies the "
                "old text (重大损失 / 特别严重后果), and using the 2025 figures for the old terms is a mapping, not the text.",
                "spc_2025_ip/17",
            )
        )
    if contested:
        repeat_std = law.figure("spc2025.trade_secret.serious_repeat", trial).value
        steps.append(
            Step(
                f"有争议（未定论）：第十七条第二款的“相应规定标准十倍以上”若也适用于再犯标准{_yuan(repeat_std)}元，"
                f"则再犯者达到十倍即为情节特别严重（本结果采此字面解读：{literal.severity.zh}）；若十倍只适用于第一项、第二项，"
                f"结论为{narrow.severity.zh}。这是对文本的解读，尚无官方释义确认。",
                f"Contested (not settled): if 'ten times the corresponding standard' in art. 17 para. 2 also reaches the "
                f"repeat-offender figure of {_yuan(repeat_std)} yuan, a repeat offender is 情节特别严重 at ten times it (this "
                f"result follows that literal reading: {literal.severity.en}); if the tenfold applies only to items 1-2, the "
                f"result is {narrow.severity.en}. A textual reading, not settled: no official commentary confirms it.",
                "spc_2025_ip/17",
            )
        )

    # 3. The band.
    caveat_zh = caveat_en = ""
    if not text.basic.verified:
        caveat_zh = "注意：该文本未经官方核实（" + text.basic.note + "）。"
        caveat_en = " Note: this text is not verified against an official source (" + text.basic.note + ")."
    if severity is Severity.NONE:
        band_zh = "仅就数额而言未达到入罪标准，不适用第二百一十九条的刑罚（非数额情形本计算器不评估）"
        band_en = "Below the thresholds on the amounts alone: no art. 219 band applies (non-monetary circumstances are not assessed)"
        steps.append(
            Step(
                f"刑法第二百一十九条（{text.start.isoformat()}起施行的文本）：{band_zh}。{caveat_zh}",
                f"Art. 219 (text in force from {text.start.isoformat()}): {band_en}.{caveat_en}",
                "criminal_law/219",
            )
        )
    else:
        fig = text.basic if severity is Severity.SERIOUS else text.top
        tier_zh, band_zh, tier_en, band_en = _split_band(fig)
        steps.append(
            Step(
                f"刑罚幅度（刑法第二百一十九条，{text.start.isoformat()}起施行的文本）：{tier_zh}的，处{band_zh}。{caveat_zh}",
                f"Band (art. 219, text in force from {text.start.isoformat()}): {tier_en}: {band_en}.{caveat_en}",
                "criminal_law/219",
            )
        )
    return TradeSecretAssessment(
        severity=severity,
        text_from=text.start,
        interpretation_ref=literal.ref,
        amount=literal.amount,
        band_zh=band_zh,
        band_en=band_en,
        contested=contested,
        steps=tuple(steps),
    )
