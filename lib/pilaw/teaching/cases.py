"""What courts awarded, and the page's 500 / 3,000 yuan claim set beside the statutory rules.

Three parts:

* :func:`cases` — fifteen published PRC civil and public-interest cases on personal information
  (2016–2025), as the course reference records them (``data/cases_civil.json``): who, which court, what
  was leaked, what was claimed and awarded, how the amount was fixed, the sources and how reliable they
  are. Nothing is estimated: ``None`` means "not stated"; an amount stated as "1.4万余" (over 14,000) is
  kept as 14,000 with ``approximate=True``.
  :func:`pilaw.show.charts.claims_and_awards` draws them.
  :func:`judgment` gives one case as a lesson reads it (name and case number, court and date, facts, award,
  orders, how the amount was fixed, sources and their grade), in the reference's own words;
  :func:`pilaw.show.judgment.judgment_html` renders it.
* :func:`compare` — one set of facts through both :func:`pilaw.rules.compensation.claimed_rule` (what the page
  claims; not found in national law as of mid-2026) and :func:`pilaw.rules.compensation.statutory_damages`
  (PIPL art. 69, Civil Code arts. 1182–1183), with the differences spelled out in cited steps;
  :func:`scenarios` runs it on a few fixed fact patterns.
* :func:`floor_sources` — the only fixed floors found near the page's numbers (CPL art. 55, fraud;
  Zhejiang art. 37, mental distress), quoted from the corpus, as context for where the page's numbers
  *may* come from (an inference).

No legal figure is written here: amounts come from the corpus, the page's data or the case data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date
from pilaw.law.money import format_yuan, yuan_zh
from pilaw.law.steps import PAGE_CLAIM, Kind, Step
from pilaw.law.text import date_zh
from pilaw.rules.compensation import Award, StatutoryAward, claimed_rule, page_claim, statutory_damages

__all__ = [
    "AwardPart",
    "Case",
    "Comparison",
    "FloorSource",
    "Grade",
    "Judgment",
    "Row",
    "Scenario",
    "Source",
    "StatedAmount",
    "at_page_floor",
    "case",
    "cases",
    "compare",
    "floor_sources",
    "grade_caveat",
    "judgment",
    "scenarios",
]

ZERO = Decimal(0)


# --------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Source:
    url: str
    label: str


@dataclass(frozen=True)
class AwardPart:
    """One sum one party was ordered to pay; ``as_stated`` is the reference's wording."""

    party: str
    amount: Decimal
    approximate: bool
    as_stated: str
    head: str


@dataclass(frozen=True)
class StatedAmount:
    """A loss or gain the sources state (``what`` is "loss" or "gain")."""

    what: str
    party: str
    amount: Decimal
    approximate: bool
    as_stated: str


@dataclass(frozen=True)
class Case:
    """One published case. ``awarded``: the total ordered (sum of ``award_parts``), None if not stated.

    ``measure`` is how the amount was fixed: "loss", "gain", "discretionary" (set by the court on the
    circumstances), "none" (no money) or "not_stated"; ``measure_stated`` is False where the measure is
    only read off the figures. ``kind``: "individual" or "public_interest". ``grade``: as the reference
    gives it ("M/R", "O (mirror)"); ``grades`` its letters (O official, M mainstream news, R repost).
    """

    id: str
    name_zh: str  # as the reference records it
    name_en: str
    #: the name as a Chinese textbook cites a case (某某诉某某案), written for the course beside the reference's
    title_zh: str
    court: str
    date: str
    date_note: str
    leaked: str
    kind: str
    claimed: Decimal | None
    claimed_approximate: bool
    claimed_as_stated: str
    awarded: Decimal | None
    awarded_approximate: bool
    awarded_as_stated: str
    award_parts: tuple[AwardPart, ...]
    measure: str
    measure_stated: bool
    measure_note: str
    how_fixed_as_stated: str
    loss_or_gain_as_stated: str
    stated_loss_or_gain: tuple[StatedAmount, ...]
    non_money_orders: str
    sources: tuple[Source, ...]
    grade: str
    grades: tuple[str, ...]


def _optional(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return cast("dict[str, Any]", law.data("cases_civil.json"))


def _vocabulary(name: str) -> dict[str, dict[str, str]]:
    vocabulary: dict[str, dict[str, str]] = _data()[name]
    return vocabulary


GRADES: dict[str, dict[str, str]] = {}
MEASURES: dict[str, dict[str, str]] = {}
KINDS: dict[str, dict[str, str]] = {}


def _load_vocabularies() -> None:
    GRADES.update(_vocabulary("grades"))
    MEASURES.update(_vocabulary("measures"))
    KINDS.update(_vocabulary("kinds"))


_load_vocabularies()


def _case(rec: dict[str, Any]) -> Case:
    parts = tuple(
        AwardPart(
            party=p["party"],
            amount=Decimal(p["amount"]),
            approximate=bool(p["approximate"]),
            as_stated=p["as_stated"],
            head=p.get("head", ""),
        )
        for p in rec["award_parts"]
    )
    awarded = _optional(rec["awarded"])
    if parts and awarded != sum((p.amount for p in parts), ZERO):
        raise LawError(f"案例{rec['id']}的赔偿合计与各项不符", f"case {rec['id']}: the award does not add up")
    grades = tuple(re.findall(r"[OMR]", rec["grade"].split("(")[0]))
    for name, table in (("measure", MEASURES), ("kind", KINDS)):
        if rec[name] not in table:
            raise LawError(f"案例{rec['id']}：未知的{name}", f"case {rec['id']}: unknown {name} {rec[name]!r}")
    return Case(
        id=rec["id"],
        name_zh=rec["name_zh"],
        title_zh=rec["title_zh"],
        name_en=rec["name_en"],
        court=rec["court"],
        date=rec["date"],
        date_note=rec["date_note"],
        leaked=rec["leaked"],
        kind=rec["kind"],
        claimed=_optional(rec["claimed"]),
        claimed_approximate=bool(rec["claimed_approximate"]),
        claimed_as_stated=rec["claimed_as_stated"],
        awarded=awarded,
        awarded_approximate=bool(rec["awarded_approximate"]),
        awarded_as_stated=rec["awarded_as_stated"],
        award_parts=parts,
        measure=rec["measure"],
        measure_stated=bool(rec["measure_stated"]),
        measure_note=rec["measure_note"],
        how_fixed_as_stated=rec["how_fixed_as_stated"],
        loss_or_gain_as_stated=rec["loss_or_gain_as_stated"],
        stated_loss_or_gain=tuple(
            StatedAmount(
                what=s["what"],
                party=s["party"],
                amount=Decimal(s["amount"]),
                approximate=bool(s["approximate"]),
                as_stated=s["as_stated"],
            )
            for s in rec["stated_loss_or_gain"]
        ),
        non_money_orders=rec["non_money_orders"],
        sources=tuple(Source(url=s["url"], label=s["label"]) for s in rec["sources"]),
        grade=rec["grade"],
        grades=grades,
    )


@lru_cache(maxsize=1)
def cases() -> tuple[Case, ...]:
    """The fifteen published cases of the course reference, B1 … B15, with typed fields."""
    return tuple(_case(rec) for rec in _data()["cases"])


def case(case_id: str) -> Case:
    """One case by its id ("B6")."""
    for c in cases():
        if c.id == case_id:
            return c
    raise LawError(f"没有案例 {case_id}", f"no case {case_id!r} (the cases are B1 … B{len(cases())})")


def grade_caveat(c: Case) -> tuple[str, str]:
    """(zh, en) caveat for a case's sources: a repost-only case is "reported, not established"."""
    if c.grades == ("R",):
        return GRADES["R"]["caveat_zh"], GRADES["R"]["caveat_en"]
    if "R" in c.grades:
        return (
            "部分依据转载：其中仅见于转载的细节是报道，未经证实",
            "partly reposts: details found only in reposts are reported, not established",
        )
    return "", ""


def at_page_floor() -> tuple[Case, ...]:
    """Cases whose total award happens to equal one of the page's two figures (500 or 3,000 yuan)."""
    page = page_claim()
    floors = {page.property_floor, page.mental_floor}
    return tuple(c for c in cases() if c.awarded is not None and c.awarded in floors)


# --------------------------------------------------------------------------- one case, read as a judgment


@dataclass(frozen=True)
class Grade:
    """One letter of a case's grade, with what the reference says it means."""

    letter: str
    zh: str
    en: str


@dataclass(frozen=True)
class Judgment:
    """One published case as a lesson reads it: every text field is the reference's own words (the cell of its
    table, bold marks dropped), nothing paraphrased or added; "not stated" means the sources read did not give it.

    ``title_zh``: the name as a Chinese textbook cites the case (某某诉某某案), the one field written for the course.
    ``title``: the case name as recorded, without its case numbers (``numbers``, 案号, in the order the reference gives them;
    empty where it gives none). ``court``: court and date(s) as stated. ``facts``: what was leaked or misused.
    ``loss_or_gain``: what the sources show about the loss or the gain. ``awarded``: the total ordered (None:
    not stated), ``awarded_as_stated`` the reference's words; ``orders``: the non-money orders; ``how_fixed``:
    how the amount was fixed, as stated. ``grade`` as the reference writes it (``"M/R"``, ``"O (mirror)"``),
    ``grades`` its letters with their meanings; ``caveat_zh``/``caveat_en`` what a repost grade obliges a
    lesson to say (empty otherwise). ``reference``: the file the record comes from.
    """

    id: str
    title_zh: str
    title: str
    name_en: str
    numbers: tuple[str, ...]
    court: str
    facts: str
    loss_or_gain: str
    awarded: Decimal | None
    awarded_approximate: bool
    awarded_as_stated: str
    orders: str
    how_fixed: str
    sources: tuple[Source, ...]
    grade: str
    grades: tuple[Grade, ...]
    caveat_zh: str
    caveat_en: str
    reference: str


# the case numbers (案号) the reference appends to a case's name: "…; (2019)浙0111民初6971号"
_NUMBERS = re.compile(r";\s*(\(\d{4}\)\S*号(?:\s*→\s*\(\d{4}\)\S*号)*)$")
_NUMBER = re.compile(r"\(\d{4}\)\S*?号")


def judgment(case_id: str) -> Judgment:
    """One case (``"B3"``) as a lesson's "reading a judgment" shows it, in the reference's own words."""
    c = case(case_id)
    found = _NUMBERS.search(c.name_zh)
    title, numbers = (c.name_zh[: found.start()], tuple(_NUMBER.findall(found.group(1)))) if found else (c.name_zh, ())
    caveat_zh, caveat_en = grade_caveat(c)
    return Judgment(
        id=c.id,
        title_zh=c.title_zh,
        title=title,
        name_en=c.name_en,
        numbers=numbers,
        court=c.court,
        facts=c.leaked,
        loss_or_gain=c.loss_or_gain_as_stated,
        awarded=c.awarded,
        awarded_approximate=c.awarded_approximate,
        awarded_as_stated=c.awarded_as_stated,
        orders=c.non_money_orders,
        how_fixed=c.how_fixed_as_stated,
        sources=c.sources,
        grade=c.grade,
        grades=tuple(Grade(g, GRADES[g]["zh"], GRADES[g]["en"]) for g in c.grades),
        caveat_zh=caveat_zh,
        caveat_en=caveat_en,
        reference=str(_data()["reference"]),
    )


# --------------------------------------------------------------------------- floors that exist


@dataclass(frozen=True)
class FloorSource:
    """A real fixed floor near one of the page's numbers, quoted from the corpus."""

    page_figure: Decimal
    page_label_zh: str
    page_label_en: str
    ref: str
    clause_zh: str
    clause_en: str
    scope_zh: str
    scope_en: str
    caveat_zh: str
    caveat_en: str


_INFERENCE_ZH = "这只是推测：网页没有说明数字来源，原文仅引民法典，而民法典中没有这些数额。"
_INFERENCE_EN = (
    "An inference only: the page gives no source for its numbers; it cites the Civil Code, which "
    "contains no such figure."
)


def _clause(ref: str, marker_zh: str, marker_en: str) -> tuple[str, str]:
    """The clause (between semicolons) of the first paragraph of ``ref`` that contains the marker."""
    prov = law.versions(ref)[-1]
    zh = next(part for part in re.split("[；：。]", prov.paragraphs_zh[0]) if marker_zh in part)
    en = next(part.strip() for part in re.split(r"[;:]|\.(?=\s|$)", prov.paragraphs_en[0]) if marker_en in part)
    return zh, en


def floor_sources() -> tuple[FloorSource, FloorSource]:
    """Where the page's numbers may come from (an inference): the two fixed floors found in the law.

    * Consumer Rights Protection Law art. 55 para. 1: in a case of **fraud** (欺诈), increased compensation
      of three times the price, and "不足五百元的，为五百元" — the only national 500-yuan floor. It is not
      about personal information.
    * Zhejiang measures implementing the CPL, art. 37: "五千元以上" (at least 5,000 yuan, not 3,000) of
      mental-distress damages in listed cases of serious mental distress caused by a business to a
      consumer — a local rule, for Zhejiang only.
    """
    page = page_claim()
    fraud_zh, fraud_en = _clause("consumer_law/55", "不足", "less than")
    mental_zh, mental_en = _clause("zhejiang_consumer/37", "以上的精神损害赔偿", "not less than")
    return (
        FloorSource(
            page_figure=page.property_floor,
            page_label_zh=f"网页：收益和损失难以确定时“不低于{yuan_zh(page.property_floor)}”",
            page_label_en=f"page: 'at least {format_yuan(page.property_floor)} yuan' when gain and loss cannot be determined",
            ref="consumer_law/55",
            clause_zh=fraud_zh,
            clause_en=fraud_en,
            scope_zh="全国性规定，但只适用于经营者欺诈时按价款或费用计算的“增加赔偿”，与个人信息无关。",
            scope_en="National, but only for the increased compensation a business owes for fraud, counted on the "
            "price or fee; it has nothing to do with personal information.",
            caveat_zh=_INFERENCE_ZH,
            caveat_en=_INFERENCE_EN,
        ),
        FloorSource(
            page_figure=page.mental_floor,
            page_label_zh=f"网页：严重精神损害“不低于{yuan_zh(page.mental_floor)}”",
            page_label_en=f"page: 'at least {format_yuan(page.mental_floor)} yuan' for serious mental harm",
            ref="zhejiang_consumer/37",
            clause_zh=mental_zh,
            clause_en=mental_en,
            scope_zh=(
                f"浙江省地方性规定，只适用于浙江的经营者侵害消费者人身权益、造成所列严重精神损害的情形；"
                f"所引数额也不是网页的{yuan_zh(page.mental_floor)}。"
            ),
            scope_en=(
                f"A local Zhejiang rule, only for a business that infringes a consumer's personal rights in "
                f"Zhejiang and causes one of the listed kinds of serious mental distress; and the figure it "
                f"sets is not the page's {format_yuan(page.mental_floor)}."
            ),
            caveat_zh=_INFERENCE_ZH,
            caveat_en=_INFERENCE_EN,
        ),
    )


# --------------------------------------------------------------------------- the comparison


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side answer: what the page says and what the law says."""

    key: str  # "property", "mental", "total"
    label_zh: str
    label_en: str
    page_zh: str
    page_en: str
    law_zh: str
    law_en: str
    same: bool


@dataclass(frozen=True)
class Comparison:
    """The same facts under the page's claim (``page``) and under the law (``law``).

    ``rows`` put the two answers side by side (property, mental, total); ``steps`` say where and why they
    differ, each citing the page's claim or the provision it rests on. ``same`` is True only where the
    law itself gives a number and it equals the page's. ``found_in_law``: the page's rule was not found in
    national law as of mid-2026 (``data/page_claim.json``). ``basis_has_amount``: whether the articles the page
    quotes as its basis hold any amount — None unless :func:`pilaw.teaching.source_page.check_claim` looked.
    """

    on: date
    page: Award
    law: StatutoryAward
    rows: tuple[Row, ...]
    steps: tuple[Step, ...]
    found_in_law: bool = False
    basis_has_amount: bool | None = None

    def row(self, key: str) -> Row:
        return next(r for r in self.rows if r.key == key)

    @property
    def property_same(self) -> bool:
        return self.row("property").same

    @property
    def mental_same(self) -> bool:
        return self.row("mental").same

    @property
    def same(self) -> bool:
        return all(r.same for r in self.rows)


def _y(amount: Decimal) -> str:
    return format_yuan(amount)


def _page_amount(amount: Decimal, minimum: bool) -> tuple[str, str]:
    if minimum:
        return f"不低于{_y(amount)}元", f"at least {_y(amount)} yuan"
    return f"{_y(amount)}元", f"{_y(amount)} yuan"


def _court_property(award: StatutoryAward) -> tuple[str, str]:
    if award.upper_bound is not None:
        return (
            f"由法院根据实际情况确定：没有法定最低额，网络侵权最高{yuan_zh(award.upper_bound)}",
            f"set by the court on the actual circumstances: no statutory minimum, up to "
            f"{_y(award.upper_bound)} yuan (online)",
        )
    return (
        "由法院根据实际情况确定：没有法定最低额，也没有法定上限",
        "set by the court on the actual circumstances: no statutory minimum and no statutory ceiling",
    )


def _rows(page: Award, award: StatutoryAward) -> tuple[Row, ...]:
    # Property.
    p_zh, p_en = _page_amount(page.property, page.property_is_minimum)
    if award.property is None:
        l_zh, l_en = _court_property(award)
        prop_same = False
    else:
        l_zh, l_en = f"{_y(award.property)}元", f"{_y(award.property)} yuan"
        prop_same = not page.property_is_minimum and page.property == award.property
    rows = [Row("property", "财产损失赔偿", "property damages", p_zh, p_en, l_zh, l_en, prop_same)]

    # Mental.
    m_zh, m_en = _page_amount(page.mental, page.mental_is_minimum)
    if award.mental is None:
        lm_zh, lm_en = (
            "由法院酌定：法律没有规定数额，没有最低额",
            "set by the court: the law fixes no amount and no minimum",
        )
        mental_same = False
    else:
        lm_zh, lm_en = f"{_y(award.mental)}元", f"{_y(award.mental)} yuan"
        mental_same = not page.mental_is_minimum and page.mental == award.mental
    rows.append(Row("mental", "精神损害赔偿", "mental-distress damages", m_zh, m_en, lm_zh, lm_en, mental_same))

    # Total.
    t_zh, t_en = _page_amount(page.total, page.property_is_minimum or page.mental_is_minimum)
    if award.total is not None:
        lt_zh, lt_en = f"{_y(award.total)}元", f"{_y(award.total)} yuan"
        total_same = prop_same and mental_same and page.total == award.total
    elif award.property is not None:
        lt_zh = f"{yuan_zh(award.property)} + 法院酌定的精神损害赔偿"
        lt_en = f"{_y(award.property)} yuan + mental damages set by the court"
        total_same = False
    else:
        lt_zh = f"没有法定数额：财产部分{l_zh}"
        lt_en = f"no statutory figure: property {l_en}"
        if award.mental is None:
            lt_zh += "；精神损害赔偿亦由法院酌定"
            lt_en += "; mental damages also set by the court"
        total_same = False
    rows.append(Row("total", "合计", "total", t_zh, t_en, lt_zh, lt_en, total_same))
    return tuple(rows)


def _steps(page: Award, award: StatutoryAward, *, severe: bool, day: date) -> tuple[Step, ...]:
    pipl = "pipl/69" in award.basis
    main_ref, main_paragraph = ("pipl/69", 2) if pipl else ("civil_code/1182", None)
    steps = [
        Step(
            "适用范围：网页只讲“经营者非法向他人提供消费者个人信息”；法律（个人信息保护法第六十九条、民法典第一千一百八十二条）"
            "适用于任何侵害个人信息权益造成损害的情形，不限于经营者和消费者。网页的规则也没有日期，法律有施行日期。",
            "Scope: the page speaks only of a business illegally providing a consumer's information to others; the law "
            "(PIPL art. 69, Civil Code art. 1182) covers any infringement of personal-information rights that causes "
            "harm, not only business and consumer. The page's rule has no date; the law has commencement dates.",
            PAGE_CLAIM,
        )
    ]
    steps += _property_steps(page, award, main_ref, main_paragraph)
    steps += _mental_steps(page, severe)
    steps.append(_fault_step(pipl, day))
    return tuple(steps)


def _property_steps(page: Award, award: StatutoryAward, main_ref: str, paragraph: int | None) -> list[Step]:
    """Where the page and the law part, or agree, on property damages."""
    claim = page_claim()
    steps: list[Step] = []
    if award.property is None:
        bound_zh = (
            f"唯一已知的界限是网络侵权时的上限{yuan_zh(award.upper_bound)}"
            if award.upper_bound is not None
            else "非网络侵权没有已知的上限或下限"
        )
        bound_en = (
            f"the only known bound is the ceiling of {_y(award.upper_bound)} yuan for online infringement"
            if award.upper_bound is not None
            else "offline, no bound is known, neither ceiling nor floor"
        )
        steps.append(
            Step(
                f"财产部分不同：网页说“不低于{yuan_zh(claim.property_floor)}”；法律说损失和获益难以确定时"
                f"“根据实际情况确定赔偿数额”，由法院确定，没有法定最低额，{bound_zh}。",
                f"Property differs: the page says 'at least {_y(claim.property_floor)} yuan'; the law says that where "
                f"loss and gain cannot be determined the amount is fixed 'according to the actual circumstances' "
                f"(根据实际情况确定) by the court, with no statutory minimum; {bound_en}.",
                main_ref,
                paragraph=paragraph,
            )
        )
        steps.append(
            Step(
                "课程不替法院给出数字。",
                "The course does not put a number in the court's place.",
                main_ref,
                Kind.NOT_ASSESSED,
                paragraph=paragraph,
            )
        )
        if award.upper_bound is not None:
            steps.append(
                Step(
                    f"网络侵权：法院可以根据具体案情在{yuan_zh(award.upper_bound)}以下的范围内确定赔偿数额"
                    f"（网络侵害人身权益规定第十二条第二款）——这是上限，不是下限。",
                    f"Online: the court may set the amount within {_y(award.upper_bound)} yuan — a ceiling, not a "
                    f"floor (SPC online-rights provisions art. 12 para. 2).",
                    "spc_2020_online_rights/12",
                    paragraph=2,
                )
            )
    elif page.property == award.property and not page.property_is_minimum:
        extra_zh = extra_en = ""
        if award.property < claim.property_floor:
            extra_zh = (
                f"网页的{yuan_zh(claim.property_floor)}下限只用于两者都难以确定的情形，"
                f"不会把已知的{yuan_zh(award.property)}提高。"
            )
            extra_en = (
                f" The page's {_y(claim.property_floor)} yuan applies only when neither is known: it does "
                f"not lift the known {_y(award.property)} yuan."
            )
        steps.append(
            Step(
                f"财产部分相同：两者都按已知的损失或获益计算，{yuan_zh(award.property)}。{extra_zh}",
                f"Property agrees: both use the known loss or gain, {_y(award.property)} yuan.{extra_en}",
                main_ref,
                paragraph=paragraph,
            )
        )
    else:
        diff = award.property - page.property
        steps.append(
            Step(
                f"财产部分不同：法律把为制止侵权支付的合理开支{yuan_zh(award.costs)}计入损失一侧，网页没有提到合理开支；"
                f"法律{yuan_zh(award.property)}，网页{yuan_zh(page.property)}，相差{yuan_zh(abs(diff))}。",
                f"Property differs: the law counts the reasonable costs of stopping the infringement "
                f"({_y(award.costs)} yuan) as loss; the page says nothing about costs. Law {_y(award.property)} yuan, "
                f"page {_y(page.property)} yuan: a difference of {_y(abs(diff))} yuan.",
                "spc_2020_online_rights/12",
                paragraph=1,
            )
        )
    if award.costs > 0 and award.on_loss is None:
        steps.append(
            Step(
                f"网页没有提到合理开支；法律上，损失本身难以确定时，合理开支{yuan_zh(award.costs)}能否另加，条文未明确，尚无定论。",
                f"The page says nothing about costs; in law, with the loss itself undetermined, whether the costs of "
                f"{_y(award.costs)} yuan come on top the text does not say — not settled.",
                "spc_2020_online_rights/12",
                Kind.READING,
                paragraph=1,
            )
        )

    return steps


def _mental_steps(page: Award, severe: bool) -> list[Step]:
    """Mental damages: the page's floor, or the claim in full, against the court's discretion."""
    claim = page_claim()
    steps: list[Step] = []
    if severe:
        if page.mental_is_minimum:
            page_zh = f"网页给出“不低于{yuan_zh(claim.mental_floor)}”，显示{yuan_zh(page.mental)}"
            page_en = f"the page gives 'at least {_y(claim.mental_floor)} yuan', shown as {_y(page.mental)} yuan"
        else:
            page_zh = f"按本课程对网页“不低于”一语的理解，网页照主张给予{yuan_zh(page.mental)}"
            page_en = (
                f"on the course's reading of the page's 'not less than', it grants the {_y(page.mental)} yuan claimed"
            )
        steps.append(
            Step(
                f"精神损害赔偿不同：{page_zh}；民法典第一千一百八十三条只规定严重精神损害可以请求赔偿，"
                f"没有数额、没有最低额，由法院酌定，也不按主张的数额给。",
                f"Mental damages differ: {page_en}; Civil Code art. 1183 only gives a right to claim for serious "
                f"mental harm, with no amount and no minimum; the court sets it, not the claimant.",
                "civil_code/1183",
                paragraph=1,
            )
        )
        zhejiang = floor_sources()[1]
        steps.append(
            Step(
                f"参考：浙江省的地方规定（第三十七条）：“{zhejiang.clause_zh}”——不是网页的{yuan_zh(claim.mental_floor)}，"
                f"且只适用于浙江的经营者与消费者。",
                f"Context: a Zhejiang local rule (art. 37): '{zhejiang.clause_en}' — not the page's "
                f"{_y(claim.mental_floor)} yuan, and only for a business and consumer in Zhejiang.",
                "zhejiang_consumer/37",
            )
        )
        steps.append(
            Step(
                "网页的数字是否由此而来，只是推测。",
                "Whether the page's number comes from it is an inference.",
                "zhejiang_consumer/37",
                Kind.READING,
            )
        )
    else:
        steps.append(
            Step(
                "精神损害赔偿相同：没有严重精神损害，两者都是0元（民法典第一千一百八十三条）。",
                "Mental damages agree: without serious mental harm both give 0 yuan (Civil Code art. 1183).",
                "civil_code/1183",
                paragraph=1,
            )
        )

    return steps


def _fault_step(pipl: bool, day: date) -> Step:
    """Who proves fault: presumed under PIPL art. 69, proved by the injured person before it."""
    if pipl:
        return Step(
            "网页没有说由谁证明过错；法律推定过错：处理者不能证明自己没有过错的，应当承担责任（个人信息保护法第六十九条第一款）。",
            "The page does not say who must prove fault; the law presumes it: the processor is liable unless it "
            "proves it was not at fault (PIPL art. 69 para. 1).",
            "pipl/69",
            paragraph=1,
        )
    return Step(
        f"行为日期{date_zh(day)}在个人信息保护法施行前：没有过错推定，由被侵权人证明过错（一种理解）。网页对此未作区分。",
        f"Conduct on {day.isoformat()}, before PIPL: no presumption of fault; the injured person proves it "
        f"(a reading). The page makes no such distinction.",
        "civil_code/1165",
        Kind.READING,
        paragraph=1,
    )


def compare(
    *,
    gain: object,
    loss: object,
    severe_mental_harm: bool = False,
    mental_claim: object = None,
    online: bool = False,
    costs: object = 0,
    on: object = None,
) -> Comparison:
    """The same facts under the page's claimed rule and under the law, side by side.

    The page (what it claims; of unknown origin, not found in national law as of mid-2026): the gain, or
    the loss if greater; "at least 500 yuan" when neither can be determined; "at least 3,000 yuan" for
    serious mental harm (:func:`pilaw.rules.compensation.claimed_rule`).
    The law (:func:`pilaw.rules.compensation.statutory_damages`): PIPL art. 69 (fault presumed, para. 1; loss or
    gain, para. 2) and Civil Code arts. 1182–1183; where neither loss nor gain can be determined the court
    decides "根据实际情况", with no minimum and, online, a ceiling of 500,000 yuan (SPC online-rights
    provisions art. 12); reasonable costs count as loss; mental damages have no fixed amount.

    ``gain``/``loss``: amounts or None (难以确定); ``mental_claim`` only matters to the page; ``online`` and
    ``costs`` only to the law; ``on``: date of the conduct (default today).
    """
    day = parse_date(on)
    page = claimed_rule(gain=gain, loss=loss, severe_mental_harm=severe_mental_harm, mental_claim=mental_claim)
    award = statutory_damages(
        loss=loss, gain=gain, severe_mental_harm=severe_mental_harm, online=online, costs=costs, on=day
    )
    return Comparison(
        on=day,
        page=page,
        law=award,
        rows=_rows(page, award),
        steps=_steps(page, award, severe=severe_mental_harm, day=day),
    )


# --------------------------------------------------------------------------- scenarios


@dataclass(frozen=True)
class Scenario:
    """A fixed fact pattern and its comparison."""

    key: str
    title_zh: str
    title_en: str
    facts: tuple[tuple[str, object], ...]
    comparison: Comparison


# The facts of each scenario (fictional amounts), largest differences first.
_SCENARIOS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    (
        "nothing_known_online",
        "网络侵权，损失和获益都难以确定",
        "Online; neither loss nor gain can be determined",
        {"gain": None, "loss": None, "online": True},
    ),
    (
        "nothing_known_offline",
        "非网络侵权，损失和获益都难以确定",
        "Offline; neither loss nor gain can be determined",
        {"gain": None, "loss": None, "online": False},
    ),
    (
        "severe_mental_harm",
        "损失1000元，严重精神损害，未主张数额",
        "Loss 1,000; serious mental harm; no amount claimed",
        {"gain": None, "loss": "1000", "severe_mental_harm": True},
    ),
    (
        "large_mental_claim",
        "损失1000元，严重精神损害，主张5万元",
        "Loss 1,000; serious mental harm; 50,000 claimed",
        {"gain": None, "loss": "1000", "severe_mental_harm": True, "mental_claim": "50000"},
    ),
    (
        "costs",
        "损失2,000元，合理开支1500元",
        "Loss 2,000; reasonable costs 1,500",
        {"gain": None, "loss": "2000", "costs": "1500"},
    ),
    ("small_gain", "只知道获利400元", "Only a gain of 400 is known", {"gain": "400", "loss": None}),
    ("both_known", "损失800元，获利1200元", "Loss 800, gain 1,200", {"gain": "1200", "loss": "800"}),
)


def scenarios() -> tuple[Scenario, ...]:
    """Fixed fact patterns (fictional amounts), dated on the page's own date, through :func:`compare`.

    The first ones are where the page and the law part most: nothing determinable (the page's floor
    against the court's discretion), serious mental harm (the page's 3,000 or the claim in full against
    no fixed amount), reasonable costs; the last ones show where they agree (a known gain or loss,
    which the page's floor does not lift).
    """
    day = page_claim().dated
    return tuple(
        Scenario(key, zh, en, tuple(facts.items()), compare(**facts, on=day)) for key, zh, en, facts in _SCENARIOS
    )
