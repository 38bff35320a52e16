"""The case study: one fictional breach at a fictional online shop, walked through every route of the course.

星河网店 (Xinghe Online Shop, fictional) is an online platform. It collected its customers' names, phone numbers
(e.g. 138****0001), delivery addresses and order histories, and it tracked deliveries. The regulator ordered it to
fix a database flaw; it did not, and the unpatched database was exposed. Separately, a rogue employee sold order
records (交易信息, transaction information) and delivery-tracking records (行踪轨迹信息, whereabouts) to a fraud
ring. Customers then received fraud calls, and one of them lost money.

:class:`CaseFacts` holds these facts (every default is a fact of the fictional case, not a legal figure);
:func:`walk` takes them, with the date of the conduct, through every route of the course, each step computed by
the rule modules and citing its provision:

1. what personal information is involved, and which of it is sensitive (:mod:`pilaw.rules.classify`);
2. which processing rules were broken, and what Civil Code art. 1038 demands after the leak (:mod:`pilaw.rules.processing`);
   the shop's PIPL duties — art. 51 security measures and art. 57 remedy and notice (:func:`pilaw.rules.pipl.breach_duties`)
   — and whether it met them, tied to the presumed fault of art. 69 and to art. 66;
3. civil: the fraud victim's claim (the most it can be: causation and apportionment stay with the court) and a
   customer's claim with no provable loss under PIPL art. 69, beside the source page's rule
   (:mod:`pilaw.rules.compensation`); a public-interest suit under PIPL art. 70;
4. administrative: PIPL art. 66 for the shop, the Cybersecurity Law by date (art. 64 / art. 71), CRPL art. 56
   (:mod:`pilaw.rules.administrative`); the police route for the employee if his conduct were no crime;
5. criminal: the employee under art. 253-1, the shop under art. 286-1 (:mod:`pilaw.rules.criminal`).

:func:`summary_table` condenses the walk into one row per route. Nothing here decides law on its own: every
amount and threshold comes from the rule modules and their dated figures; this module only maps the facts of
the case onto their inputs and says so in its own cited steps.

    >>> sections = walk()
    >>> [s.key for s in sections]
    ['information', 'processing', 'civil', 'administrative', 'criminal']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import format_yuan, parse_count, parse_optional_yuan, parse_yuan, yuan_zh
from pilaw.law.steps import PAGE_CLAIM, Kind, Step
from pilaw.law.text import fraction_text
from pilaw.rules import administrative, classify, compensation, criminal, pipl, police, processing
from pilaw.teaching import examples

__all__ = [
    "CONDUCT_DATE",
    "CaseFacts",
    "DutyCheck",
    "Outcome",
    "Row",
    "Section",
    "summary_table",
    "walk",
]

#: The default date of the conduct (a fact of the case): before the Cybersecurity Law changed on 2026-01-01.
CONDUCT_DATE = date(2025, 11, 15)

SHOP_ZH, SHOP_EN = "星河网店", "Xinghe Online Shop"
PIPL_51, PIPL_57 = "pipl/51", "pipl/57"
DATE_FIELD = "行为日期 date of the conduct"

# What the shop collected, as items of pilaw.rules.classify, with the fact each stands for.
COLLECTED: tuple[tuple[str, str, str], ...] = (
    ("name", "客户姓名", "customers' names"),
    ("phone", "手机号码（如 138****0001）", "phone numbers (e.g. 138****0001)"),
    ("address", "收货地址", "delivery addresses"),
    ("shopping_history", "订单记录（购物记录）", "order histories (shopping history)"),
    ("whereabouts", "物流轨迹（配送跟踪）", "delivery tracking (where a parcel, and so its recipient, is)"),
)

# The facts' fields: (Chinese label, English label), used in error messages and by the widget.
LABELS: dict[str, tuple[str, str]] = {
    "sold_transaction": (
        "员工出售的订单记录（交易信息）条数",
        "order records sold by the employee (transaction information)",
    ),
    "sold_whereabouts": (
        "员工出售的物流轨迹（行踪轨迹信息）条数",
        "delivery-tracking records sold by the employee (whereabouts)",
    ),
    "employee_gain": ("员工违法所得（元）", "the employee's illegal gain (yuan)"),
    "exposed_transaction": ("数据库泄露的订单记录条数", "order records leaked from the unpatched database"),
    "exposed_whereabouts": ("数据库泄露的物流轨迹条数", "delivery-tracking records leaked from the unpatched database"),
    "turnover": ("网店上一年度营业额（元，可留空）", "the shop's previous-year turnover (yuan; may be empty)"),
    "serious": ("个人信息保护法第六十六条情节严重", "serious case under PIPL art. 66"),
    "ordered_to_correct": ("监管部门责令改正", "the regulator ordered a fix"),
    "refused": ("网店拒不改正", "the shop refused to fix it"),
    "fraud_called": ("接到诈骗电话的客户人数", "customers who received fraud calls"),
    "victim_loss": (
        "被骗客户的损失（元，可留空=难以确定）",
        "the fraud victim's loss (yuan; empty = cannot be determined)",
    ),
    "victim_costs": (
        "被骗客户的合理维权开支（元）",
        "the victim's reasonable costs of stopping the infringement (yuan)",
    ),
    "remedied": ("网店已采取补救措施", "the shop took remedial measures"),
    "persons_informed": ("网店已告知客户", "the shop informed the customers"),
    "authority_reported": ("网店已向主管部门报告", "the shop reported to the authority"),
}


def _field(name: str) -> str:
    zh, en = LABELS[name]
    return f"{zh} {en}"


@dataclass(frozen=True)
class CaseFacts:
    """The facts of the fictional breach (all fictional; every default is a fact of the case, not a legal figure).

    Counts are whole numbers of records, amounts are yuan; each is parsed on creation (text such as
    ``"2,000"`` is accepted), so a bad value raises :class:`~pilaw.InputError` naming the field in Chinese and
    English. ``turnover`` and ``victim_loss`` may be None (unknown / 难以确定).
    """

    sold_transaction: Any = 2000  # order records the employee sold (交易信息)
    sold_whereabouts: Any = 60  # delivery-tracking records the employee sold (行踪轨迹信息)
    employee_gain: Any = 6000  # what the fraud ring paid him, yuan
    exposed_transaction: Any = 4000  # order records leaked through the unpatched database
    exposed_whereabouts: Any = 100  # delivery-tracking records leaked through it
    turnover: Any = examples.XINGHE_TURNOVER  # the shop's previous-year turnover, yuan (the running case's)
    serious: bool = True  # the authority treats the PIPL case as serious (情节严重)
    ordered_to_correct: bool = True  # the regulator ordered the flaw fixed
    refused: bool = True  # … and the shop did not fix it
    fraud_called: Any = 300  # customers who received fraud calls
    victim_loss: Any = 12000  # one customer's loss to the fraud, yuan (None = cannot be determined)
    victim_costs: Any = 800  # that customer's reasonable costs of stopping the infringement, yuan
    remedied: bool = False  # after the leak (Civil Code art. 1038 para. 2)
    persons_informed: bool = False
    authority_reported: bool = False

    def __post_init__(self) -> None:
        for name in (
            "sold_transaction",
            "sold_whereabouts",
            "exposed_transaction",
            "exposed_whereabouts",
            "fraud_called",
        ):
            object.__setattr__(self, name, parse_count(getattr(self, name), _field(name)))
        for name in ("employee_gain", "victim_costs"):
            object.__setattr__(self, name, parse_yuan(getattr(self, name), _field(name)))
        for name in ("turnover", "victim_loss"):
            object.__setattr__(self, name, parse_optional_yuan(getattr(self, name), _field(name)))
        for name in ("serious", "ordered_to_correct", "refused", "remedied", "persons_informed", "authority_reported"):
            parse_flag(getattr(self, name), _field(name))

    @property
    def sold(self) -> dict[str, int]:
        """What the employee sold, by category of :data:`pilaw.rules.criminal.CATEGORIES`."""
        return {"transaction": self.sold_transaction, "whereabouts": self.sold_whereabouts}

    @property
    def exposed(self) -> dict[str, int]:
        """What leaked through the unpatched database, by category."""
        return {"transaction": self.exposed_transaction, "whereabouts": self.exposed_whereabouts}


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Outcome:
    """One route's answer: who, under which provision, the rule's result and its cited steps.

    ``result`` is what the rule module returned (None where the route computes nothing, or the law was not in
    force on the day: then ``applies`` is False and ``outcome_zh``/``outcome_en`` say why).
    """

    key: str
    route_zh: str
    route_en: str
    who_zh: str
    who_en: str
    ref: str
    result: Any
    outcome_zh: str
    outcome_en: str
    steps: tuple[Step, ...]
    applies: bool = True


@dataclass(frozen=True)
class Section:
    """One part of the walk: a title, the provisions it rests on, how the facts were read, and its outcomes."""

    key: str
    title_zh: str
    title_en: str
    refs: tuple[str, ...]
    on: date
    reading: tuple[Step, ...]  # how the facts of the case were mapped onto the rules' inputs
    outcomes: tuple[Outcome, ...]

    @property
    def steps(self) -> tuple[Step, ...]:
        """Every cited step of the section: the reading of the facts, then each outcome's steps."""
        return self.reading + tuple(s for o in self.outcomes for s in o.steps)

    def outcome(self, key: str) -> Outcome:
        for o in self.outcomes:
            if o.key == key:
                return o
        raise KeyError(key)


@dataclass(frozen=True)
class Row:
    """One line of :func:`summary_table`."""

    section: str
    key: str
    route_zh: str
    route_en: str
    who_zh: str
    who_en: str
    ref: str
    outcome_zh: str
    outcome_en: str
    applies: bool


# --------------------------------------------------------------------------- helpers


def _yuan(amount: Decimal | None) -> str:
    """An amount a result holds on this branch (None would be a fault of the walk, not of the input)."""
    if amount is None:
        raise ValueError("an amount was expected here")
    return format_yuan(amount)


def _yuan_zh(amount: Decimal | None) -> str:
    """The same amount as Chinese prose writes it: 100万元."""
    return yuan_zh(Decimal(_yuan(amount).replace(",", "")))


def _outcome(
    key: str,
    route: tuple[str, str],
    who: tuple[str, str],
    ref: str,
    compute: Callable[[], Any],
    summarise: Callable[[Any], tuple[str, str]],
    steps: Callable[[Any], tuple[Step, ...]] = lambda r: tuple(r.steps),
) -> Outcome:
    """Run one rule; a :class:`LawError` (the law not in force that day) becomes a route that does not apply."""
    try:
        result = compute()
    except LawError as error:
        return Outcome(
            key,
            *route,
            *who,
            ref,
            None,
            f"当日不适用：{error.zh}",
            f"Not applicable that day: {error.en}",
            (Step(f"当日不适用：{error.zh}", f"Not applicable that day: {error.en}", ref),),
            applies=False,
        )
    zh, en = summarise(result)
    return Outcome(key, *route, *who, ref, result, zh, en, steps(result))


# --------------------------------------------------------------------------- 1. information


def _information(facts: CaseFacts, on: date) -> Section:
    reading = (
        Step(
            f"{SHOP_ZH}收集了："
            + "、".join(zh for _k, zh, _e in COLLECTED)
            + "。逐项判断是否个人信息、是否敏感个人信息。",
            f"{SHOP_EN} collected: "
            + "; ".join(en for _k, _z, en in COLLECTED)
            + ". Each item is classified: personal information? sensitive?",
            "civil_code/1034",
            paragraph=2,
        ),
        Step(
            "订单记录按“购物记录”判断；物流轨迹按“行踪轨迹”判断——把配送跟踪记录视为收件人的行踪轨迹是一种理解，"
            "取决于记录的内容（尚无定论）。",
            "Order histories are classified as a shopping history; delivery tracking as whereabouts (行踪轨迹) — "
            "treating parcel-tracking records as the recipient's whereabouts is a reading that depends on what the "
            "records hold (not settled).",
            "pipl/28",
            Kind.READING,
            paragraph=1,
        ),
    )

    def compute() -> tuple[classify.Classification, ...]:
        return tuple(classify.classify(key, on) for key, _zh, _en in COLLECTED)

    def summarise(results: tuple[classify.Classification, ...]) -> tuple[str, str]:
        personal = [c for c in results if c.is_personal]
        listed = [c for c in results if c.is_sensitive]
        if any(c.sensitive is classify.Sensitive.NOT_IN_FORCE for c in results):
            return (
                f"{len(personal)}项是个人信息；当日个人信息保护法尚未施行，没有“敏感个人信息”类别",
                f"{len(personal)} items are personal information; the PIPL was not yet in force, so no "
                "'sensitive' category existed",
            )
        names_zh = "、".join(c.label_zh for c in listed) or "无"
        names_en = ", ".join(c.label_en for c in listed) or "none"
        return (
            f"{len(personal)}项都是个人信息；第二十八条列明的敏感个人信息：{names_zh}；"
            f"其余{len(personal) - len(listed)}项未列明，视具体情况",
            f"all {len(personal)} items are personal information; listed as sensitive in PIPL art. 28: {names_en}; "
            f"the other {len(personal) - len(listed)} are not listed and depend on the facts",
        )

    def steps(results: tuple[classify.Classification, ...]) -> tuple[Step, ...]:
        out: list[Step] = []
        for c, (_key, zh, en) in zip(results, COLLECTED, strict=False):
            out.append(Step(f"【{zh}】", f"[{en}]", "civil_code/1034"))
            out.extend(c.steps)
        return tuple(out)

    outcome = _outcome(
        "classification",
        ("信息分类", "Classification"),
        ("客户的信息", "the customers' information"),
        "pipl/28",
        compute,
        summarise,
        steps,
    )
    return Section(
        "information",
        "一、涉及哪些个人信息，哪些是敏感个人信息",
        "1. What personal information is involved, and which of it is sensitive",
        ("civil_code/1034", "pipl/4", "pipl/28"),
        on,
        reading,
        (outcome,),
    )


# --------------------------------------------------------------------------- 2. processing


DUTY_LABELS = {
    "remedy": ("及时补救", "remedy in time"),
    "inform": ("告知客户", "inform the customers"),
    "report": ("向主管部门报告", "report to the authority"),
    "remedy_immediately": ("立即补救（消费者权益保护法）", "remedy immediately (CRPL)"),
}


def scenario(facts: CaseFacts) -> processing.Scenario:
    """The shop's processing as a :class:`pilaw.rules.processing.Scenario` (see the steps of section 2 for the reading)."""
    sold_any = facts.sold_transaction + facts.sold_whereabouts > 0
    acts = {"collect", "store", "use"} | ({"provide"} if sold_any else set())
    return processing.Scenario(
        acts=frozenset(acts),
        consented=frozenset({"collect", "store", "use"}),
        business=True,
        sold=sold_any,
        processor_leaked=sold_any,
        security_measures=False,
        incident=True,
        remedied=facts.remedied,
        persons_informed=facts.persons_informed,
        authority_reported=facts.authority_reported,
    )


def _processing(facts: CaseFacts, on: date) -> Section:
    sold_any = facts.sold_transaction + facts.sold_whereabouts > 0
    reading = [
        Step(
            "客户下单时同意网店收集、存储、使用其信息（用于履行订单）；网店是面向消费者的经营者（消费者权益保护法第二十九条）。",
            "Customers consented, when ordering, to collection, storage and use (to fulfil orders); the shop is a "
            "business dealing with consumers (CRPL art. 29).",
            "consumer_law/29",
            paragraph=1,
        ),
        Step(
            "监管部门责令修复后，网店仍未修复数据库漏洞，数据库处于可被外部访问的状态：录入为“未采取必要的安全措施”，且发生了信息泄露。",
            "The database stayed unpatched after the regulator's order and was exposed: entered as 'the necessary "
            "security measures were not taken', and a leak happened.",
            "civil_code/1038",
            paragraph=2,
        ),
    ]
    if sold_any:
        reading.append(
            Step(
                "员工出售订单记录和物流轨迹：录入为处理者的工作人员泄露、未经同意向他人提供、出售信息"
                "（消费者权益保护法第二十九条第二款明确约束“经营者及其工作人员”）。",
                "The employee's sale is entered as a leak by the processor's staff, a provision to others without "
                "consent and a sale (CRPL art. 29 para. 2 binds 'the business and its staff' expressly).",
                "consumer_law/29",
                paragraph=2,
            )
        )
    done = [
        zh
        for zh, flag in (("补救", facts.remedied), ("告知", facts.persons_informed), ("报告", facts.authority_reported))
        if flag
    ]
    reading.append(
        Step(
            f"泄露后网店已做的：{'、'.join(done) if done else '无'}（据输入）。",
            f"What the shop has done since the leak: "
            f"{', '.join(en for en, flag in (('remedy', facts.remedied), ('inform', facts.persons_informed), ('report', facts.authority_reported)) if flag) or 'nothing'} (as entered).",
            "civil_code/1038",
            paragraph=2,
        )
    )

    def summarise(check: processing.ProcessingCheck) -> tuple[str, str]:
        owed = check.outstanding
        owed_zh = "、".join(DUTY_LABELS[d.key][0] for d in owed)
        owed_en = ", ".join(DUTY_LABELS[d.key][1] for d in owed)
        return (
            f"{len(check.failures)}项法定条件不符合；泄露后尚未履行的义务：{len(owed)}项"
            + (f"（{owed_zh}）" if owed else ""),
            f"{len(check.failures)} statutory conditions fail; duties after the leak still owed: {len(owed)}"
            + (f" ({owed_en})" if owed else ""),
        )

    outcome = _outcome(
        "processing",
        ("处理规则", "Processing rules"),
        (SHOP_ZH, SHOP_EN),
        "civil_code/1038",
        lambda: processing.check(scenario(facts), on=on),
        summarise,
    )
    return Section(
        "processing",
        "二、违反了哪些处理规则；网店的安全义务和泄露后的义务（民法典第一千零三十八条，个人信息保护法第五十一条、第五十七条）",
        "2. Which processing rules were broken, and what the shop owed before and after the leak (Civil Code "
        "art. 1038; PIPL arts. 51 and 57)",
        ("civil_code/1035", "civil_code/1038", "consumer_law/29", PIPL_51, PIPL_57),
        on,
        tuple(reading),
        (outcome, _pipl_security(facts, on), _pipl_breach(facts, on)),
    )


# --------------------------------------------------------------------------- 2b. the PIPL duties (arts. 51, 57)


@dataclass(frozen=True)
class DutyCheck:
    """Whether the facts show the shop met a duty (``met`` False where a failure is shown), with the cited steps."""

    met: bool
    steps: tuple[Step, ...]


def _duty_ties(duty_zh: str, duty_en: str) -> tuple[Step, Step]:
    """What a failed PIPL duty means for the other routes: the presumed fault of art. 69, and art. 66's fines."""
    return (
        Step(
            f"民事：未履行{duty_zh}，网店很难证明自己没有过错（第六十九条第一款的过错推定；一种理解）。损害和因果关系仍须原告证明（见第三部分）。",
            f"Civil: having failed {duty_en}, the shop will find it hard to prove it was not at fault (the presumed "
            "fault of art. 69 para. 1; a reading). Damage and causation remain for the claimant (see section 3).",
            "pipl/69",
            Kind.READING,
            paragraph=1,
        ),
        Step(
            "行政：“处理个人信息未履行本法规定的个人信息保护义务的”，由履行个人信息保护职责的部门责令改正、处罚"
            "（第六十六条第一款；数额见第四部分）。",
            "Administrative: failing the personal-information protection duties of this Law is punished by the "
            "authorities under art. 66 para. 1 (the amounts are in section 4).",
            "pipl/66",
            paragraph=1,
        ),
    )


def _pipl_security(facts: CaseFacts, on: date) -> Outcome:
    """PIPL art. 51: the security measures the shop should have taken, read against the facts of the case."""
    sold = facts.sold_transaction + facts.sold_whereabouts
    exposed = facts.exposed_transaction + facts.exposed_whereabouts

    def compute() -> DutyCheck:
        law.provision(PIPL_51, on)  # LawError before the PIPL
        steps = [
            Step(
                "第五十一条：个人信息处理者应当采取所列措施，确保处理活动合法，并防止未经授权的访问以及个人信息泄露、篡改、丢失。",
                "Art. 51: a processor takes the listed measures to keep its processing lawful and to prevent "
                "unauthorised access and the leaking, tampering with or loss of personal information.",
                PIPL_51,
                paragraph=1,
            )
        ]
        if exposed:
            refused_zh = "，监管部门责令修复后仍未修复" if facts.refused else ""
            refused_en = ", and it stayed unpatched after the regulator's order" if facts.refused else ""
            steps.append(
                Step(
                    f"数据库有漏洞，{exposed}条记录由此泄露{refused_zh}：录入为未采取相应的安全技术措施（第一款第三项）。"
                    "措施是否“相应”，由履行个人信息保护职责的部门和人民法院判断（一种理解）。",
                    f"The database had a flaw through which {exposed:,} records leaked{refused_en}: entered as a "
                    "failure to take corresponding technical security measures (para. 1 item 3). Whether measures "
                    "were 'corresponding' is for the authority and the court (a reading).",
                    PIPL_51,
                    Kind.READING,
                    paragraph=1,
                    item=3,
                )
            )
        if sold:
            steps.append(
                Step(
                    f"员工能接触并出售{sold}条订单和物流记录：操作权限是否合理确定、是否对员工进行安全教育和培训"
                    "（第一款第四项），按事实存疑（一种理解）。",
                    f"The employee could reach and sell {sold:,} order and tracking records: whether access rights "
                    "were reasonably set and staff trained (para. 1 item 4) is doubtful on the facts (a reading).",
                    PIPL_51,
                    Kind.READING,
                    paragraph=1,
                    item=4,
                )
            )
        steps.append(
            Step(
                "内部管理制度、分类管理、应急预案（第一项、第二项、第五项）本案事实未涉及，不评估。",
                "Internal rules, classification and an incident plan (items 1, 2 and 5) are not in the facts: not "
                "assessed.",
                PIPL_51,
                Kind.NOT_ASSESSED,
                paragraph=1,
            )
        )
        met = not (exposed or sold)
        if not met:
            steps += _duty_ties("第五十一条的安全义务", "its art. 51 security duties")
        return DutyCheck(met, tuple(steps))

    def summarise(check: DutyCheck) -> tuple[str, str]:
        if check.met:
            return (
                "据事实未见未履行之处（其他措施未评估）",
                "no failure shown on the facts (other measures not assessed)",
            )
        failed = [zh for zh, flag in (("安全技术措施（第三项）", exposed), ("操作权限与培训（第四项）", sold)) if flag]
        failed_en = [
            en
            for en, flag in (("technical measures (item 3)", exposed), ("access and training (item 4)", sold))
            if flag
        ]
        return f"未履行（据事实）：{'、'.join(failed)}", f"not met on the facts: {', '.join(failed_en)}"

    return _outcome(
        "pipl_security",
        ("个人信息保护法：安全保障义务", "PIPL: security duties"),
        (SHOP_ZH, SHOP_EN),
        PIPL_51,
        compute,
        summarise,
    )


def _pipl_breach(facts: CaseFacts, on: date) -> Outcome:
    """PIPL art. 57 (and the other texts on a leak, via :func:`pilaw.rules.pipl.breach_duties`), against what the
    shop did after the leak."""
    mapping = Step(
        f"个人信息已经泄露；{facts.fraud_called}名客户已接到诈骗电话，危害已经发生：录入为“采取措施不能有效避免危害”"
        "（第五十七条第二款），网店按网络运营者计算，物流轨迹按敏感个人信息计算（一种理解）。",
        f"Personal information has leaked and {facts.fraud_called:,} customers have received fraud calls, so harm "
        "has happened: entered as 'the measures cannot effectively avoid harm' (art. 57 para. 2); the shop is "
        "treated as a network operator and delivery tracking as sensitive information (a reading).",
        PIPL_57,
        Kind.READING,
        paragraph=2,
    )

    def compute() -> pipl.BreachDuties:
        law.provision(PIPL_57, on)  # LawError before the PIPL
        return pipl.breach_duties(on=on, measures_avoid_harm=False, network_operator=True, sensitive=True)

    def owed(duties: pipl.BreachDuties) -> list[tuple[str, str]]:
        wanted = (
            (("立即补救", "remedy at once"), facts.remedied, True),
            (
                ("通知履行个人信息保护职责的部门", "notify the department with PI-protection duties"),
                facts.authority_reported,
                duties.notify_authority,
            ),
            (("通知个人", "notify the individuals"), facts.persons_informed, duties.notify_individuals),
        )
        return [label for label, done, due in wanted if due and not done]

    def summarise(duties: pipl.BreachDuties) -> tuple[str, str]:
        missing = owed(duties)
        if not missing:
            return "已履行（据输入）：已补救并通知", "met (as entered): remedied and notified"
        return (
            f"未履行：尚未{'、'.join(zh for zh, _en in missing)}（第五十七条）",
            f"not met: still owed — {', '.join(en for _zh, en in missing)} (art. 57)",
        )

    def steps(duties: pipl.BreachDuties) -> tuple[Step, ...]:
        missing = owed(duties)
        done = Step(
            "据输入，网店尚未：" + "、".join(zh for zh, _en in missing) + "。"
            if missing
            else "据输入，网店已立即补救、通知部门和个人。",
            "As entered, the shop has not yet: " + ", ".join(en for _zh, en in missing) + "."
            if missing
            else "As entered, the shop remedied at once and notified the authority and the individuals.",
            PIPL_57,
            paragraph=1,
        )
        ties = _duty_ties("第五十七条的补救和通知义务", "its art. 57 duties to remedy and notify") if missing else ()
        return (mapping, *duties.steps, done, *ties)

    return _outcome(
        "pipl_breach",
        ("个人信息保护法：泄露后的补救和通知", "PIPL: remedy and notice after the leak"),
        (SHOP_ZH, SHOP_EN),
        PIPL_57,
        compute,
        summarise,
        steps,
    )


# --------------------------------------------------------------------------- 3. civil


def _award_text(award: compensation.StatutoryAward) -> tuple[str, str]:
    if award.court_decides:
        if award.upper_bound is not None:
            return (
                f"由法院酌定，{_yuan_zh(award.upper_bound)}以下（网络侵权）；无法定最低额",
                f"the court decides, up to {_yuan(award.upper_bound)} yuan (online); no statutory minimum",
            )
        return "由法院酌定；无法定上限和下限", "the court decides; no statutory ceiling or floor"
    if award.total is None:
        return (
            f"财产损失{_yuan_zh(award.property)}；精神损害赔偿由法院酌定",
            f"property damages {_yuan(award.property)} yuan; mental damages for the court",
        )
    if award.costs and award.on_loss is not None and award.property == award.on_loss:
        loss = award.on_loss - award.costs
        return (
            f"{_yuan_zh(award.total)}（损失{_yuan_zh(loss)} + 合理开支{_yuan_zh(award.costs)}）",
            f"{_yuan(award.total)} yuan (loss {_yuan(loss)} + reasonable costs {_yuan(award.costs)})",
        )
    return f"{_yuan_zh(award.total)}", f"{_yuan(award.total)} yuan"


def _victim_text(award: compensation.StatutoryAward) -> tuple[str, str]:
    """The fraud victim's claim: the most the law allows; causation and apportionment stay with the court."""
    zh, en = _award_text(award)
    if not award.court_decides:
        zh, en = f"最多{zh}", f"at most {en}"
    return f"{zh}；因果关系和责任分担由法院认定", f"{en}; causation and apportionment are for the court"


def _page_text(award: compensation.Award) -> tuple[str, str]:
    if award.property_is_minimum:
        return (
            f"“不低于{_yuan_zh(award.total)}”——网页所称，不是法律",
            f"'at least {_yuan(award.total)} yuan' — the page's claim, not law",
        )
    return f"{_yuan_zh(award.total)}——网页所称，不是法律", f"{_yuan(award.total)} yuan — the page's claim, not law"


def _civil(facts: CaseFacts, on: date) -> Section:
    reading = (
        Step(
            "被告：网店（个人信息处理者）。过错推定：网店不能证明自己没有过错的，承担赔偿责任"
            "（第二部分所列未履行的安全和通知义务使这一推定难以推翻）。",
            "Defendant: the shop, as the personal-information processor. Fault is presumed: unless the shop proves "
            "it was not at fault, it is liable (the security and notice duties it failed, section 2, make that "
            "hard to prove).",
            "pipl/69",
            paragraph=1,
        ),
        Step(
            "第六十九条第一款只推定过错，不推定损害和因果关系：原告仍须证明损害，以及泄露与损害之间的因果关系。被骗客户的损失"
            "直接由诈骗分子的行为造成；法院可能认定因果关系，也可能在网店与诈骗者之间分担责任。参见案例B2"
            "（2018年，当时适用侵权责任法）：申女士被骗10余万元，法院判携程赔偿经济损失5万元，报道未说明为何是这个数额。"
            "下面的数额是损失和合理开支最多可主张的数额，不是法院会判的数额；因果关系和责任分担本计算器不评估。",
            "PIPL art. 69 para. 1 presumes fault only, not the damage or the causal link: the claimant still proves "
            "the damage and that the leak caused it. The victim's loss was caused directly by the fraudsters' act; a "
            "court may find the causal link, or apportion liability between the shop and the fraudsters. Compare "
            "case B2 (2018, under the Tort Liability Law then in force): Ms Shen lost over 100,000 yuan to a fraud "
            "and the court ordered Ctrip to pay 50,000 yuan of economic loss; the reports read do not say why that "
            "amount. The amount below is the most the loss and costs allow, not what a court will award; causation "
            "and apportionment are not assessed.",
            "pipl/69",
            Kind.NOT_ASSESSED,
            paragraph=1,
        ),
        Step(
            "员工本人的责任、雇主责任的分担不在本计算之内。",
            "The employee's own liability and how it is shared with the employer are not computed here.",
            "pipl/69",
            Kind.NOT_ASSESSED,
            paragraph=1,
        ),
        Step(
            "网店通过其网络平台收集、泄露信息：按“利用信息网络”侵害人身权益处理（适用网络侵害人身权益规定第十二条第二款），"
            "这是对事实的一种认定，须由原告证明。",
            "The shop collected and leaked the information through its online platform: treated as infringement "
            "through information networks (利用信息网络), so the SPC online-rights provisions art. 12 para. 2 apply — "
            "a reading of the facts, which the claimant would have to prove.",
            "spc_2020_online_rights/12",
            Kind.READING,
            paragraph=2,
        ),
        Step(
            "两名原告：被骗的客户（损失可以确定）和一名没有可证明损失的客户。网店因泄露获得的利益难以确定"
            "（员工的违法所得不是网店的获益）。",
            "Two claimants: the fraud victim (whose loss is known) and a customer with no provable loss. The shop's "
            "gain from the leak cannot be determined (the employee's gain is not the shop's).",
            "pipl/69",
            paragraph=2,
        ),
    )
    victim_zh = "被骗的客户" if facts.victim_loss is not None else "被骗的客户（损失难以确定）"
    outcomes = [
        _outcome(
            "victim_law",
            ("民事：法律", "Civil: the law"),
            (victim_zh, "the fraud victim"),
            "pipl/69",
            lambda: compensation.statutory_damages(
                loss=facts.victim_loss, gain=None, costs=facts.victim_costs, online=True, on=on
            ),
            _victim_text,
        ),
        _outcome(
            "victim_page",
            ("民事：网页所称", "Civil: the page's claim"),
            (victim_zh, "the fraud victim"),
            PAGE_CLAIM,
            lambda: compensation.claimed_rule(gain=None, loss=facts.victim_loss),
            _page_text,
        ),
        _outcome(
            "customer_law",
            ("民事：法律", "Civil: the law"),
            ("无可证明损失的客户", "a customer with no provable loss"),
            "pipl/69",
            lambda: compensation.statutory_damages(loss=None, gain=None, online=True, on=on),
            _award_text,
        ),
        _outcome(
            "customer_page",
            ("民事：网页所称", "Civil: the page's claim"),
            ("无可证明损失的客户", "a customer with no provable loss"),
            PAGE_CLAIM,
            lambda: compensation.claimed_rule(gain=None, loss=None),
            _page_text,
        ),
        _public_interest(facts, on),
    ]
    return Section(
        "civil",
        "三、民事责任：个人赔偿与公益诉讼",
        "3. Civil liability: individual claims and a public-interest suit",
        ("pipl/69", "civil_code/1182", "spc_2020_online_rights/12", "pipl/70"),
        on,
        reading,
        tuple(outcomes),
    )


def _public_interest(facts: CaseFacts, on: date) -> Outcome:
    route = ("民事公益诉讼", "Civil public-interest suit")
    who = ("人民检察院（诉网店）", "the people's procuratorate (against the shop)")
    ref = "pipl/70"

    def compute() -> tuple[Step, ...]:
        law.provision(ref, on)  # LawError before the PIPL
        records = (
            facts.sold_transaction + facts.sold_whereabouts + facts.exposed_transaction + facts.exposed_whereabouts
        )
        return (
            Step(
                "个人信息保护法第七十条：个人信息处理者违反本法规定处理个人信息，侵害众多个人的权益的，人民检察院、"
                "法律规定的消费者组织和由国家网信部门确定的组织可以依法向人民法院提起诉讼。",
                "PIPL art. 70: where a processor's unlawful processing infringes the rights of many individuals "
                "(众多个人), the people's procuratorate, consumer organisations specified by law and organisations "
                "designated by the State cyberspace administration may sue in a people's court.",
                ref,
            ),
            Step(
                f"本案：{facts.fraud_called}名客户接到诈骗电话；被出售和从数据库泄露的记录共{records}条。"
                "“众多”没有法定人数，是否达到由法院判断（尚无定论）。",
                f"Here: {facts.fraud_called:,} customers received fraud calls; {records:,} records were sold or "
                "leaked from the database. 'Many' (众多) has no statutory number; the court decides (not settled).",
                ref,
                Kind.READING,
            ),
            Step(
                "第七十条只规定谁可以起诉，没有规定赔偿的计算方法。",
                "Art. 70 says who may sue; it sets no measure of damages.",
                ref,
            ),
            Step(
                "本课程不为公益诉讼计算数额（已公布的公益诉讼判决见笔记本05）。",
                "So no amount is computed here (published public-interest judgments are in notebook 05).",
                ref,
                Kind.NOT_ASSESSED,
            ),
        )

    return _outcome(
        "public_interest",
        route,
        who,
        ref,
        compute,
        lambda _steps: (
            "检察院等可以起诉；条文未规定数额，不计算",
            "the procuratorate and others may sue; the article sets no amount: none computed",
        ),
        steps=lambda s: s,
    )


# --------------------------------------------------------------------------- 4. administrative


def _pipl66_text(fine: administrative.FineRange) -> tuple[str, str]:
    persons_zh = f"；直接负责的主管人员和其他直接责任人员{_yuan_zh(fine.person_min)}至{_yuan_zh(fine.person_max)}"
    persons_en = f"; responsible persons {_yuan(fine.person_min)} to {_yuan(fine.person_max)} yuan"
    if fine.readings:
        if fine.max_fine is not None:
            return (
                f"情节严重：{_yuan_zh(fine.max_fine)}以下（两个上限相等）{persons_zh}",
                f"serious: up to {_yuan(fine.max_fine)} yuan (the two caps are equal){persons_en}",
            )
        if fine.cap_turnover is None:
            return (
                f"情节严重：{_yuan_zh(fine.cap_fixed)}以下，或者营业额比例上限（营业额未知）{persons_zh}",
                f"serious: up to {_yuan(fine.cap_fixed)} yuan, or the turnover share (turnover unknown){persons_en}",
            )
        return (
            f"情节严重：{_yuan_zh(fine.cap_fixed)}以下，或者营业额上限{_yuan_zh(fine.cap_turnover)}以下（“或者”，两种理解）{persons_zh}",
            f"serious: up to {_yuan(fine.cap_fixed)} yuan or up to {_yuan(fine.cap_turnover)} yuan (turnover cap) — "
            f"'or' (或者): two readings{persons_en}",
        )
    if fine.max_fine == 0:
        return (
            f"一般情形：对单位不罚款（未拒不改正）{persons_zh}",
            f"ordinary case: no fine on the shop (no refusal){persons_en}",
        )
    return (
        f"一般情形，拒不改正：{_yuan_zh(fine.max_fine)}以下{persons_zh}",
        f"ordinary case, refusal to correct: up to {_yuan(fine.max_fine)} yuan{persons_en}",
    )


def _gain_fine_text(fine: administrative.FineRange) -> tuple[str, str]:
    if fine.max_fine is None:
        return (
            "本法不设数额：依照有关法律、行政法规处罚（最明显的是个人信息保护法第六十六条，推论）",
            "no figure of its own: punished under the relevant laws and administrative regulations (the obvious one is PIPL art. 66, an inference)",
        )
    return (f"无违法所得：{_yuan_zh(fine.max_fine)}以下", f"no illegal gain: up to {_yuan(fine.max_fine)} yuan")


def _administrative(facts: CaseFacts, on: date) -> Section:
    reading = (
        Step(
            f"网店本身没有从泄露中获得违法所得（员工的{_yuan_zh(facts.employee_gain)}是员工的），故按“没有违法所得”计算。",
            f"The shop itself made no illegal gain from the leak (the employee's {_yuan(facts.employee_gain)} yuan "
            "is his), so the fines are computed with no illegal gain.",
            "pipl/66",
            paragraph=1,
        ),
        Step(
            "是否“情节严重”由履行个人信息保护职责的部门认定；此处据输入"
            + ("按情节严重计算" if facts.serious else "按一般情形计算")
            + "。",
            "Whether the case is serious (情节严重) is for the authority; as entered, it is treated as "
            + ("serious." if facts.serious else "ordinary."),
            "pipl/66",
            Kind.NOT_ASSESSED,
            paragraph=2,
        ),
        Step(
            "网店通过网络收集、存储客户信息，按网络安全法所称的网络运营者计算（一种理解）。",
            "The shop collects and stores customer data through the network: treated as a network operator "
            "(网络运营者) under the Cybersecurity Law (a reading).",
            _csl_ref(on),
            Kind.READING,
            paragraph=1,
            item=2 if _csl_ref(on).endswith("/71") else None,
        ),
        Step(
            "同一行为可能同时违反几部法律；哪一部实际适用（以及消费者权益保护法第五十六条“依照法律、法规的规定执行”的规定）由行政机关决定，此处并列显示；"
            "行政处罚法第二十九条随后只允许罚款一次（见“一事不二罚”一行）。",
            "The same conduct may fall under several laws; which one an authority actually applies (and the CRPL's "
            "deferral to other laws) is for the authority: they are shown side by side, and Administrative Penalty Law art. 29 then "
            "allows one fine only (see the 'one act, one fine' row).",
            "consumer_law/56",
            Kind.NOT_ASSESSED,
            paragraph=1,
        ),
    )
    outcomes = [
        _outcome(
            "pipl66",
            ("行政：个人信息保护法", "Administrative: PIPL"),
            (SHOP_ZH, SHOP_EN),
            "pipl/66",
            lambda: administrative.pipl_fine(
                serious=facts.serious, refused_to_correct=facts.refused, turnover=facts.turnover, on=on
            ),
            _pipl66_text,
        ),
        _outcome(
            "csl",
            ("行政：网络安全法", "Administrative: Cybersecurity Law"),
            (SHOP_ZH, SHOP_EN),
            _csl_ref(on),
            lambda: administrative.cybersecurity_fine(on=on),
            _gain_fine_text,
        ),
        _outcome(
            "crpl56",
            ("行政：消费者权益保护法", "Administrative: CRPL"),
            (SHOP_ZH, SHOP_EN),
            "consumer_law/56",
            lambda: administrative.consumer_fine(on=on),
            lambda f: (
                _gain_fine_text(f)[0] + "；依该条“依照法律、法规的规定执行”，个人信息保护法第六十六条可能取代（推论）",
                _gain_fine_text(f)[1] + "; deferring to other laws, PIPL art. 66 may displace it (an inference)",
            ),
        ),
    ]
    outcomes += [_one_fine(outcomes, on), _employee_police(facts, on)]
    refs = ("pipl/66", _csl_ref(on), "consumer_law/56", administrative.APL_29)
    return Section(
        "administrative", "四、行政责任：罚款", "4. Administrative liability: fines", refs, on, reading, tuple(outcomes)
    )


def _one_fine(fines: list[Outcome], on: date) -> Outcome:
    """Administrative Penalty Law art. 29 over the shop's fine ranges: one act, one fine, under the higher one."""

    def compute() -> administrative.Concurrence:
        ranges = [o.result for o in fines if o.result is not None]
        if not ranges:
            raise LawError("当日没有可比较的罚款规定", "no fine provision to compare that day")
        return administrative.one_act_one_fine(*ranges, on=on)

    def summarise(c: administrative.Concurrence) -> tuple[str, str]:
        if c.applied is None:
            if not c.ranges or all(s.kind is Kind.NOT_ASSESSED for s in c.steps):
                return (
                    "当日的行政处罚法文本不在语料库中：不判断能否并处",
                    "the APL text of that day is not in the corpus: not assessed",
                )
            return (
                "只罚一次；哪一规定罚款数额高取决于理解",
                "fined once; which provision is higher depends on a reading",
            )
        prov = law.provision(c.applied.article, on)
        short = law.laws()[prov.law]
        return (
            f"同一行为只罚一次：按罚款数额高的{short.short_zh}{prov.article_zh}，其他罚款不得另加",
            f"one act, fined once: under {short.short_en} art. {prov.article}, the higher; the other fines are not added",
        )

    return _outcome(
        "one_fine",
        ("行政：一事不二罚", "Administrative: one act, one fine"),
        (SHOP_ZH, SHOP_EN),
        administrative.APL_29,
        compute,
        summarise,
    )


def _csl_ref(on: date) -> str:
    """The Cybersecurity Law article on personal-information penalties in force on the day (64, then 71)."""
    return "cybersecurity_law/71" if law.is_in_force("cybersecurity_law/71", on) else "cybersecurity_law/64"


def _employee_police(facts: CaseFacts, on: date) -> Outcome:
    """If the employee's sale were no crime: the police route by date (:func:`pilaw.rules.police.police_penalty`).
    He sold to a fraud ring, so what he knew of its use for crime is left open."""
    route = ("行政：公安机关（员工）", "Administrative: the police (the employee)")
    who = ("员工", "the employee")

    def compute() -> police.PolicePenalty:
        severity = criminal.pi_severity(facts.sold, illegal_gain=facts.employee_gain, insider=True, on=on).severity
        result = police.police_penalty(severity, on=on, knowledge_open=True)
        if result.outcome is police.Outcome.NO_PROVISION:
            raise LawError(result.steps[0].text_zh, result.steps[0].text_en)
        return result

    def summarise(result: police.PolicePenalty) -> tuple[str, str]:
        if result.outcome is police.Outcome.OPEN:
            return (
                f"取决于事实（员工是否知道对方用于犯罪）；不构成犯罪的：{result.penalty_zh}",
                f"open on what he knew of the buyers' use for crime; if it is no crime: {result.penalty_en}",
            )
        return result.penalty_zh, result.penalty_en

    ref = police.police_ref(on) or "cybersecurity_law/64"
    return _outcome("employee_police", route, who, ref, compute, summarise)


# --------------------------------------------------------------------------- 5. criminal


def _criminal(facts: CaseFacts, on: date) -> Section:
    reading = (
        Step(
            "订单记录按“交易信息”计（第五条第一款第四项），物流轨迹按“行踪轨迹信息”计（第三项）；"
            "具体记录如何归类取决于其内容（一种理解）。",
            "Order records count as transaction information (art. 5 para. 1 item 4), delivery tracking as "
            "whereabouts (item 3); how particular records are classed depends on their content (a reading).",
            "spc_2017_personal_information/5",
            Kind.READING,
            paragraph=1,
        ),
        Step(
            "员工在履行职责中获得这些信息后出售：按内部人员计算（第八项，标准减半）。",
            "The employee obtained the records in performing his duties and sold them: counted as an insider "
            "(item 8, half the standards).",
            "spc_2017_personal_information/5",
            paragraph=1,
            item=8,
        ),
        Step(
            "网店：网络平台，按网络服务提供者计算（一种理解）；单位犯罪（第二百八十六条之一第二款）。",
            "The shop: an online platform, treated as a network service provider (a reading); a unit (art. 286-1 "
            "para. 2).",
            "criminal_law/286-1",
            Kind.READING,
            paragraph=1,
        ),
        Step(
            "第二百八十六条之一只计从未修复的数据库泄露的记录；员工出售的记录是否也应计入网店的泄露，此处不作判断（尚无定论）。",
            "For art. 286-1 only the records leaked from the unpatched database are counted; whether the records the "
            "employee sold should count towards the shop's leak is not decided here (not settled).",
            "criminal_law/286-1",
            Kind.NOT_ASSESSED,
            paragraph=1,
            item=2,
        ),
    )

    def employee_text(a: criminal.Assessment) -> tuple[str, str]:
        ratios_zh = f"数量比例{fraction_text(a.ratio)}，违法所得比例{fraction_text(a.gain_ratio)}"
        ratios_en = f"quantity ratio {fraction_text(a.ratio)}, money ratio {fraction_text(a.gain_ratio)}"
        if a.severity is criminal.Severity.NONE:
            return f"{ratios_zh}：{a.severity.zh}，仅凭数字不构成犯罪", f"{ratios_en}: {a.severity.en}"
        return f"{ratios_zh}：{a.sentence_zh}", f"{ratios_en}: {a.sentence_en}"

    def leak_text(a: criminal.Assessment) -> tuple[str, str]:
        reached = a.severity is criminal.Severity.SERIOUS
        return (
            f"比例{fraction_text(a.ratio)}：" + ("按数量已“造成严重后果”" if reached else "按数量未达到“严重后果”"),
            f"ratio {fraction_text(a.ratio)}: "
            + ("on the numbers, 'serious consequences'" if reached else "on the numbers, no 'serious consequences'"),
        )

    def offence_text(a: criminal.Assessment) -> tuple[str, str]:
        if a.severity is criminal.Severity.NONE:
            return a.sentence_zh, a.sentence_en
        return f"构成本罪。{a.sentence_zh}", f"The offence is made out. {a.sentence_en}"

    outcomes = (
        _outcome(
            "employee_253_1",
            ("刑事：侵犯公民个人信息罪", "Criminal: art. 253-1"),
            ("员工", "the employee"),
            "criminal_law/253-1",
            lambda: criminal.pi_severity(facts.sold, illegal_gain=facts.employee_gain, insider=True, on=on),
            employee_text,
        ),
        _outcome(
            "shop_leak",
            ("刑事：泄露条数（第二百八十六条之一）", "Criminal: leaked records (art. 286-1)"),
            (SHOP_ZH, SHOP_EN),
            "spc_2019_network/4",
            lambda: criminal.network_leak_serious(facts.exposed, on=on),
            leak_text,
        ),
        _outcome(
            "shop_286_1",
            ("刑事：拒不履行信息网络安全管理义务罪", "Criminal: art. 286-1"),
            (SHOP_ZH, SHOP_EN),
            "criminal_law/286-1",
            lambda: criminal.network_duty_offence(
                is_network_service_provider=True,
                ordered_to_correct=facts.ordered_to_correct,
                refused=facts.refused,
                pieces=facts.exposed,
                unit=True,
                on=on,
            ),
            offence_text,
        ),
    )
    return Section(
        "criminal",
        "五、刑事责任：员工与网店",
        "5. Criminal liability: the employee and the shop",
        ("criminal_law/253-1", "spc_2017_personal_information/5", "criminal_law/286-1", "spc_2019_network/4"),
        on,
        reading,
        outcomes,
    )


# --------------------------------------------------------------------------- the walk


def walk(facts: CaseFacts | None = None, on: date = CONDUCT_DATE) -> tuple[Section, ...]:
    """Walk the fictional breach through every route of the course, as the law stood on ``on`` (the conduct date).

    ``facts`` defaults to :class:`CaseFacts` ``()``; ``on`` to :data:`CONDUCT_DATE` (2025-11-15). Returns five
    sections — information (Civil Code art. 1034, PIPL arts. 4 and 28), processing (Civil Code arts. 1035–1038,
    CRPL art. 29, and the PIPL duties of arts. 51 and 57 with :func:`pilaw.rules.pipl.breach_duties`), civil (PIPL arts. 69–70, Civil Code art. 1182, the page's claim beside it), administrative
    (PIPL art. 66, Cybersecurity Law art. 64 until 2025-12-31 / art. 71 from 2026-01-01, CRPL art. 56, and the
    police route for the employee if his conduct were no crime), criminal (Criminal Law arts. 253-1 and 286-1
    with the 2017 and 2019 interpretations) — each with the provisions it rests on, the steps that map the facts
    onto the rules, and every rule's result with its cited steps. A route whose law was not in force on ``on``
    is kept, marked as not applicable, with the reason.
    """
    facts = CaseFacts() if facts is None else facts
    if not isinstance(facts, CaseFacts):
        raise InputError("facts", "需要一个 CaseFacts", f"needs a CaseFacts, not {type(facts).__name__}")
    day = parse_date(on, DATE_FIELD, required=True, allow_text=False)
    return (
        _information(facts, day),
        _processing(facts, day),
        _civil(facts, day),
        _administrative(facts, day),
        _criminal(facts, day),
    )


def summary_table(sections: tuple[Section, ...]) -> tuple[Row, ...]:
    """One row per route of a :func:`walk`: the route, who, the provision and the outcome in Chinese and English."""
    if isinstance(sections, Section) or not all(isinstance(s, Section) for s in sections):
        raise InputError("sections", "需要 walk() 返回的各部分", "needs the sections returned by walk()")
    return tuple(
        Row(s.key, o.key, o.route_zh, o.route_en, o.who_zh, o.who_en, o.ref, o.outcome_zh, o.outcome_en, o.applies)
        for s in sections
        for o in s.outcomes
    )
