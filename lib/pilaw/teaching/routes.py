"""When an employee leaks customer data: which civil, administrative and criminal routes the facts engage.

One pure function, :func:`engaged`, turns the facts of a leak into a decision map: three routes —
civil (民事), administrative (行政), criminal (刑事) — each a list of :class:`Engagement` records. An
engagement says which provisions are engaged, **against whom** (:class:`Party`: the person who leaked,
the business that held the data — usually the employer —, or the recipient), who brings the route,
whether it is engaged, open (the law leaves a question of fact to a court or an authority) or not
engaged on the facts entered (:class:`Status`), and why, in cited steps.

Where numbers matter the existing rules are called, never re-implemented:

* :func:`pilaw.rules.criminal.pi_severity` — Criminal Law art. 253-1 with the 2017 interpretation (an
  insider needs half the standards, art. 5 para. 1 item 8; heavier punishment, art. 253-1 para. 2);
* :func:`pilaw.rules.criminal.trade_secret` — art. 219, when the list is a trade secret;
* :func:`pilaw.rules.administrative.pipl_fine` — PIPL art. 66 against the holder of the data;
  :func:`pilaw.rules.administrative.aucl_trade_secret_fine` — AUCL 2019 art. 21 / 2025 art. 26;
  :func:`pilaw.rules.administrative.cybersecurity_fine` — before PIPL took effect;
* :func:`pilaw.rules.compensation.statutory_damages` — PIPL art. 69 / Civil Code arts. 1182–1183 against the
  holder; :func:`pilaw.rules.compensation.trade_secret_damages` — AUCL 2019 art. 17 / 2025 art. 22;
* :func:`pilaw.rules.processing.check` — the holder's duties under Civil Code art. 1038 and CRPL art. 29;
* :func:`pilaw.rules.pipl.breach_duties` — from 2021-11-01 the holder's own PIPL duties: security (art. 51) and
  remedy and notice after the leak (art. 57);
* :func:`trade_secret_burden_of_proof` — AUCL 2019 art. 32 / 2025 art. 39 (the same words), by the date of the trial;
* :func:`pilaw.rules.classify.classify` — whether the data may be private information (私密信息).

The source page says the leak falls under the Civil Code's "privacy" articles 1032, 1034 and 1226;
:attr:`Routes.page_check` says what those articles really cover.

    >>> from datetime import date
    >>> r = engaged(who="employee", what="customer_list", to_whom="competitor", gain="8,000",
    ...             pieces={"transaction": 600}, on=date(2025, 11, 3))
    >>> r.pi.severity.value, r.engagement("criminal.pi").status.value
    ('serious', 'engaged')

No figure is written here: every amount, count and ratio comes from the dated data through the rules
above or :func:`pilaw.law.figure`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pilaw import law
from pilaw.law import money
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.steps import PAGE_CLAIM, Bilingual, Kind, Step
from pilaw.law.text import date_zh, kind_resting_on
from pilaw.rules import administrative, classify, compensation, criminal, pipl, police, processing
from pilaw.rules.administrative import FineRange
from pilaw.rules.compensation import StatutoryAward, TradeSecretAward
from pilaw.rules.criminal import Assessment, Severity, TradeSecretAssessment
from pilaw.rules.pipl import BreachDuties
from pilaw.rules.processing import ProcessingCheck
from pilaw.teaching import source_page as sp
from pilaw.teaching.examples import COMPANY_EN, COMPANY_ZH, PERSON_EN, PERSON_ZH, ZHAO_LIU

__all__ = [
    "COMPANY_EN",
    "COMPANY_ZH",
    "EXAMPLE",
    "PERSON_EN",
    "PERSON_ZH",
    "TO_WHOM",
    "WHAT",
    "WHO",
    "Engagement",
    "Party",
    "Route",
    "Routes",
    "Status",
    "engaged",
    "example",
    "trade_secret_burden_of_proof",
]

# --------------------------------------------------------------------------------------------- vocabularies

#: who leaked → (Chinese, English)
WHO: dict[str, tuple[str, str]] = {
    "employee": ("企业员工（如网店的销售人员）", "an employee of a business (e.g. a shop's sales staff)"),
    "medical_staff": ("医疗机构的医务人员", "medical staff of a medical institution"),
    "outsider": (
        "外部人员（不是持有信息单位的员工）",
        "an outsider (not on the staff of the business holding the data)",
    ),
}

#: what was leaked → (Chinese, English, items of ``information_items.json`` it contains)
WHAT: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "customer_list": (
        "客户名单（联系方式、订单记录）",
        "a customer list (contact details, order records)",
        ("name", "phone", "address", "shopping_history"),
    ),
    "patient_records": ("患者病历资料", "patients' medical records", ("name", "health")),
    "financial_records": (
        "客户账户与财产信息",
        "customers' account and property information",
        ("name", "financial_account"),
    ),
}

#: to whom → (Chinese, English)
TO_WHOM: dict[str, tuple[str, str]] = {
    "competitor": ("竞争对手", "a competitor"),
    "fraud_ring": ("诈骗团伙", "a fraud ring"),
    "public": ("公众（在网上公开）", "the public (posted online)"),
}


class Status(Bilingual):
    """How far the facts engage a provision."""

    ENGAGED = ("engaged", "适用", "engaged")
    OPEN = ("open", "取决于事实（由法院或机关认定）", "open: depends on facts a court or authority decides")
    NOT_ENGAGED = ("not_engaged", "据输入不适用", "not engaged on the facts entered")

    @property
    def rank(self) -> int:
        """NOT_ENGAGED < OPEN < ENGAGED."""
        return (Status.NOT_ENGAGED, Status.OPEN, Status.ENGAGED).index(self)

    @property
    def short(self) -> tuple[str, str]:
        """A badge's words: ('适用', 'engaged'), ('待定', 'open'), ('不适用', 'not engaged')."""
        return _SHORT_STATUS[self.value]


_SHORT_STATUS = {"engaged": ("适用", "engaged"), "open": ("待定", "open"), "not_engaged": ("不适用", "not engaged")}


class Party(Bilingual):
    """Whom a route targets."""

    LEAKER = ("leaker", "泄露者", "the person who leaked")
    HOLDER = ("holder", "持有信息的单位（雇主）", "the business holding the data (the employer)")
    RECIPIENT = ("recipient", "接收者", "the recipient")


@dataclass(frozen=True)
class Engagement:
    """One group of provisions in one route, against one or more parties, with its status and reasons.

    ``key`` is stable (``"criminal.pi"``); ``refs`` are the corpus references engaged; ``targets`` the
    parties the route is directed against; ``by_zh``/``by_en`` who brings it (the customers, an authority,
    the prosecution …); ``steps`` the cited reasoning.
    """

    key: str
    title_zh: str
    title_en: str
    refs: tuple[str, ...]
    targets: tuple[Party, ...]
    by_zh: str
    by_en: str
    status: Status
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Route:
    """One of the three routes: its engagements, in the order leaker, holder, recipient."""

    key: str  # "civil", "administrative", "criminal"
    title_zh: str
    title_en: str
    engagements: tuple[Engagement, ...]

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for e in self.engagements for step in e.steps)

    def with_status(self, *statuses: Status) -> tuple[Engagement, ...]:
        return tuple(e for e in self.engagements if e.status in statuses)

    @property
    def engaged(self) -> tuple[Engagement, ...]:
        return self.with_status(Status.ENGAGED)

    @property
    def refs(self) -> tuple[str, ...]:
        """The provisions engaged or open in this route, each once, in order."""
        seen: dict[str, None] = {}
        for e in self.with_status(Status.ENGAGED, Status.OPEN):
            for ref in e.refs:
                seen.setdefault(ref)
        return tuple(seen)

    def targets(self, status: Status = Status.ENGAGED) -> tuple[Party, ...]:
        """The parties against whom this route is engaged (or open, with ``status=Status.OPEN``)."""
        return tuple(p for p in Party if any(p in e.targets for e in self.with_status(status)))


@dataclass(frozen=True)
class Routes:
    """The decision map: the facts as read, the three routes, the check of the source page, and the
    results of the rules called (None where a rule was not engaged or not in force on the date)."""

    on: date
    who: str
    what: str
    to_whom: str
    gain: Decimal
    pieces: tuple[tuple[str, int], ...]  # the categories entered with more than 0 pieces
    customer_list_is_secret: bool
    employer_failed_security: bool
    employer_loss: Decimal | None
    civil: Route
    administrative: Route
    criminal: Route
    page_check: tuple[Step, ...]
    pi: Assessment
    trade_secret: TradeSecretAssessment | None
    trade_secret_damages: TradeSecretAward | None
    holder_damages: StatutoryAward
    pipl_fine: FineRange | None
    aucl_fine: FineRange | None
    csl_fine: FineRange | None
    processing: ProcessingCheck
    breach: BreachDuties | None = None  # the holder's duties after the leak (PIPL art. 57), from 2021-11-01

    @property
    def routes(self) -> tuple[Route, Route, Route]:
        return self.civil, self.administrative, self.criminal

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for route in self.routes for step in route.steps) + self.page_check

    @property
    def engagements(self) -> tuple[Engagement, ...]:
        return tuple(e for route in self.routes for e in route.engagements)

    def engagement(self, key: str) -> Engagement:
        for e in self.engagements:
            if e.key == key:
                return e
        raise KeyError(key)

    def party_label(self, party: Party) -> tuple[str, str]:
        """The party in this case's words, e.g. ('泄露者：企业员工…', 'the person who leaked: an employee …')."""
        if party is Party.LEAKER:
            zh, en = WHO[self.who]
            return f"泄露者：{zh}", f"the person who leaked: {en}"
        if party is Party.HOLDER:
            if self.who == "medical_staff":
                return "医疗机构（雇主、信息处理者）", "the medical institution (employer, information processor)"
            if self.who == "outsider":
                return "持有信息的单位（信息处理者）", "the business holding the data (information processor)"
            return (
                "雇主（持有信息的企业、信息处理者）",
                "the employer (the business holding the data, information processor)",
            )
        zh, en = TO_WHOM[self.to_whom]
        return f"接收者：{zh}", f"the recipient: {en}"


# --------------------------------------------------------------------------------------------- the worked example

#: The worked example of notebook 06 (:data:`pilaw.teaching.examples.ZHAO_LIU`, facts of a fictional case).
EXAMPLE = ZHAO_LIU


def example(**changes: object) -> Routes:
    """赵六's case (:data:`EXAMPLE`) through :func:`engaged`, with any fact changed: ``example(gain="2,000")``."""
    return engaged(**{**EXAMPLE, **changes})  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------- small helpers


def _choice(value: object, table: Mapping[str, object], field: str) -> str:
    if isinstance(value, str) and value.strip() in table:
        return value.strip()
    known = ", ".join(table)
    raise InputError(
        field, f"没有这个选项：{value!r}；可选：{known}", f"no such option {value!r}; choose one of: {known}"
    )


def _counts(pieces: object) -> dict[str, int]:
    """Counts per category of :data:`pilaw.rules.criminal.CATEGORIES`, each a whole number (None = none entered)."""
    if pieces is None:
        return {}
    if not isinstance(pieces, Mapping):
        raise InputError(
            "pieces 条数",
            '需要一个字典：信息类别 → 条数，例如 {"transaction": 600}',
            f"needs a dict of category -> count, e.g. {{'transaction': 600}}, not a {type(pieces).__name__}",
        )
    counts = {}
    for key, raw in pieces.items():
        if not isinstance(key, str) or key not in criminal.CATEGORIES:
            known = ", ".join(criminal.CATEGORIES)
            raise InputError(
                "pieces 条数",
                f"未知的信息类别 {key!r}；可用类别：{known}",
                f"unknown category {key!r}; use one of: {known}",
            )
        counts[key] = money.parse_count(raw, f"pieces[{key}] 条数")
    return {key: counts[key] for key in criminal.CATEGORIES if key in counts}


def _first(ref: str) -> date:
    return law.versions(ref)[0].effective_from


def _yuan(amount: Decimal) -> str:
    return money.format_yuan(amount)


def _yuan_zh(amount: Decimal) -> str:
    return money.yuan_zh(amount)


def _pick(*refs: str, day: date) -> str:
    """The first of ``refs`` in force on ``day`` (for articles renumbered by a revision)."""
    for ref in refs:
        if law.is_in_force(ref, day):
            return ref
    raise LawError(
        f"{date_zh(day)}时{'、'.join(refs)}均未施行", f"none of {', '.join(refs)} was in force on {day.isoformat()}"
    )


# Who brings a route, and the titles of the engagements built in more than one place: (Chinese, English).
_BY_OWNER = ("雇主（商业秘密权利人）", "the employer (the owner of the trade secret)")
_BY_MARKET_REGULATOR = (
    "监督检查部门（市场监督管理部门）",
    "the supervision and inspection authority (market regulation)",
)
_BY_PROSECUTION = ("检察机关（公诉）", "the prosecution")
_CIVIL_TRADE_SECRET = ("侵犯商业秘密（民事赔偿）", "Trade-secret infringement (civil damages)")
_ADMIN_TRADE_SECRET = ("侵犯商业秘密的行政罚款", "Administrative fine for trade-secret infringement")
_TRADE_SECRET_CRIME = ("侵犯商业秘密罪", "The trade-secret crime")


def _knew(ref: str, paragraph: int | None = None) -> Step:
    """What the calculator leaves to a court or an authority: whether the recipient knew (or should have known)."""
    return Step(
        "竞争对手是否明知或者应知，是事实问题；本计算器不评估。",
        "Whether the competitor knew or should have known is a question of fact the calculator does not assess.",
        ref,
        Kind.NOT_ASSESSED,
        paragraph=paragraph,
    )


def _definition_paragraph(ref: str) -> int:
    """The paragraph of the AUCL's trade-secret article that defines a trade secret: its last."""
    return len(law.versions(ref)[-1].paragraph_lines())


# --------------------------------------------------------------------------------------------- the facts


@dataclass(frozen=True)
class _Facts:
    who: str
    what: str
    to_whom: str
    gain: Decimal
    pieces: dict[str, int]
    secret: bool
    failed: bool
    loss: Decimal | None
    day: date
    trial: date

    @property
    def insider(self) -> bool:
        return self.who != "outsider"

    @property
    def act(self) -> tuple[str, str, str]:
        """The processing act of Civil Code art. 1035 para. 2: (key, Chinese, English)."""
        if self.to_whom == "public":
            return "disclose", "公开", "disclosure to the public (公开)"
        return "provide", "提供", "provision to others (提供)"

    @property
    def people(self) -> tuple[str, str]:
        """Whose data it is: ('患者', 'patients') or ('客户', 'customers')."""
        return ("患者", "patients") if self.what == "patient_records" else ("客户", "customers")

    @property
    def data_zh(self) -> str:
        zh, _en, _items = WHAT[self.what]
        return zh

    @property
    def data_en(self) -> str:
        _zh, en, _items = WHAT[self.what]
        return en

    @property
    def items(self) -> tuple[str, ...]:
        """The kinds of information the data contains (keys of ``information_items.json``)."""
        _zh, _en, items = WHAT[self.what]
        return items


# --------------------------------------------------------------------------------------------- civil route


def _civil_personal_information(f: _Facts) -> Engagement:
    _act, act_zh, act_en = f.act
    people_zh, people_en = f.people
    steps = [
        Step(
            f"泄露的{f.data_zh}能够识别特定的{people_zh}，是个人信息：第一千零三十四条第二款明列姓名、电话号码、住址、"
            "健康信息等。第一款：自然人的个人信息受法律保护。",
            f"The data leaked — {f.data_en} — identifies particular {people_en}, so it is personal information (个人信息): "
            "art. 1034 para. 2 names names, telephone numbers, addresses, health information and more. Para. 1: natural "
            "persons' personal information is protected by law.",
            "civil_code/1034",
            paragraph=2,
        ),
        Step(
            f"“{act_zh}”是第一千零三十五条第二款所列的个人信息处理行为；第一款第一项要求征得该自然人同意。"
            f"{people_zh}没有同意，故这一处理不符合第一千零三十五条。",
            f"{act_en[0].upper()}{act_en[1:]} is processing under art. 1035 para. 2; para. 1 item (一) requires the person's "
            f"consent. The {people_en} did not consent, so the processing fails art. 1035.",
            "civil_code/1035",
            paragraph=1,
            item=1,
        ),
        Step(
            f"泄露者对{people_zh}承担侵权责任：“行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任”（第一千一百六十五条第一款）。"
            "故意出售或者公开，过错没有疑问。",
            f"The person who leaked is liable to the {people_en} in tort: whoever by fault infringes another's civil rights and "
            "causes harm is liable (art. 1165 para. 1). Selling or publishing on purpose leaves no doubt about fault.",
            "civil_code/1165",
            paragraph=1,
        ),
        Step(
            "泄露者本人是否也是个人信息保护法意义上的“个人信息处理者”（自主决定处理目的、处理方式，第七十三条第一项；"
            "从而适用第六十九条的过错推定），尚无定论（见行政路径）；对故意行为而言，这一问题不影响结论。",
            "Whether the leaker is himself a 'personal-information processor' under the PIPL (one who decides the purpose and "
            "means himself, art. 73 item 1; so that PIPL art. 69's presumed fault applies to him) is not settled (see the "
            "administrative route); for an intentional act it does not change the answer.",
            "civil_code/1165",
            Kind.READING,
            paragraph=2,
        ),
    ]
    steps += _amount_steps(f)
    refs = ["civil_code/1034", "civil_code/1035", "civil_code/1165", "civil_code/1182", "civil_code/1183"]
    if law.is_in_force("pipl/70", f.day):
        steps.append(
            Step(
                "个人信息处理者侵害众多个人的权益的，人民检察院、法律规定的消费者组织和国家网信部门确定的组织可以提起公益诉讼（个人信息保护法"
                "第七十条）。课程案例中，公益诉讼直接起诉个人出售者，通常判赔其获益（B9—B11、B15）。",
                "Where a processor infringes many people's rights, the procuratorate, statutory consumer organisations and "
                "organisations named by the national cyberspace authority may bring a public-interest suit (PIPL art. 70). In the "
                "course's cases, public-interest suits were brought against the individual sellers themselves and usually awarded "
                "the seller's gain (B9–B11, B15).",
                "pipl/70",
            )
        )
        refs.append("pipl/70")
    return Engagement(
        "civil.personal_information",
        "个人信息侵权",
        "Infringing personal information",
        tuple(refs),
        (Party.LEAKER,),
        "客户或患者（或公益诉讼起诉人）",
        "the customers or patients (or a public-interest plaintiff)",
        Status.ENGAGED,
        tuple(steps),
    )


def _amount_steps(f: _Facts) -> list[Step]:
    """The leaker's damages: the measure (Civil Code art. 1182), the online ceiling, a fraud loss, mental harm."""
    people_zh, people_en = f.people
    steps: list[Step] = []
    if f.gain > 0:
        steps.append(
            Step(
                f"赔偿数额：“按照被侵权人因此受到的损失或者侵权人因此获得的利益赔偿”（第一千一百八十二条）。侵权人的获益是"
                f"{_yuan_zh(f.gain)}，是全部{people_zh}的信息合在一起的获益。",
                f"The amount: 'the injured person's loss or the infringer's gain' (art. 1182). The infringer's gain is "
                f"{_yuan(f.gain)} yuan — for all the {people_en}' data together.",
                "civil_code/1182",
            )
        )
        steps.append(
            Step(
                "这一获益在众多被侵权人之间如何分配，条文没有规定（尚无定论）。",
                "How that gain is shared among many injured persons the text does not say (not settled).",
                "civil_code/1182",
                Kind.READING,
            )
        )
    else:
        steps.append(
            Step(
                f"没有获益：按各{people_zh}的损失赔偿；损失和获益都难以确定的，由人民法院“根据实际情况确定赔偿数额”（第一千一百八十二条）。"
                "法律没有规定最低额：网页所说的“不低于500元”，截至2026年年中在国家法律、行政法规和司法解释中均未找到，来源不明。",
                f"No gain: each of the {people_en}' losses is the measure; where neither loss nor gain can be determined, the court sets the "
                "amount 'according to the actual circumstances' (art. 1182). The law sets no minimum: the page's 'at least 500 "
                "yuan' was not found in national law, administrative regulations or judicial interpretations as of mid-2026; "
                "its origin is unknown.",
                "civil_code/1182",
            )
        )
    if f.to_whom == "public":
        cap = law.figure("online_rights12.court_damages_cap", f.day)
        steps.append(
            Step(
                f"在网上公开属于利用信息网络侵害人身权益：损失和获益难以确定时，法院可以在{_yuan_zh(money.yuan_of(cap))}以下确定赔偿数额"
                "（网络侵害人身权益规定第十二条第二款）——这是上限，不是下限。",
                f"Posting online is infringement through an information network: where loss and gain cannot be determined the "
                f"court may award up to {_yuan(money.yuan_of(cap))} yuan (online personal-rights provisions art. 12 para. 2) — a ceiling, "
                "not a floor.",
                cap.ref,
                kind_resting_on(cap, law.provision(cap.ref, f.day)),
                paragraph=2,
            )
        )
    if f.to_whom == "fraud_ring":
        steps.append(
            Step(
                f"卖给诈骗团伙：{people_zh}若因此被骗，其损失可能可以证明，从而按损失赔偿（第一千一百八十二条；参见课程案例B2：携程案按"
                "被骗损失判赔）。",
                f"Sold to a fraud ring: {people_en} who are then defrauded may be able to prove their loss and claim it (art. 1182; "
                "compare the course's case B2, where damages followed a proven fraud loss).",
                "civil_code/1182",
            )
        )
    steps.append(
        Step(
            "精神损害赔偿只在造成严重精神损害时才有（第一千一百八十三条），是否严重、赔多少，由法院认定，法律没有规定数额。",
            "Mental-distress damages only for serious mental harm (art. 1183); whether it is serious and how much, the court "
            "decides — the law sets no amount.",
            "civil_code/1183",
            paragraph=1,
        )
    )
    return steps


def _civil_privacy(f: _Facts) -> Engagement:
    results = [classify.classify(item, f.day) for item in f.items]
    likely = [c for c in results if c.private is classify.Private.LIKELY]
    steps = [
        Step(
            "第一千零三十二条：隐私是“私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息”；任何组织或者个人不得以"
            "刺探、侵扰、泄露、公开等方式侵害他人的隐私权。隐私权保护的是私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息，并不涵盖全部个人信息。",
            "Art. 1032: privacy is 'the tranquillity of private life and the private spaces, activities and information one does "
            "not wish others to know'; no one may infringe it by prying, intrusion, disclosure (泄露), publication (公开) or other "
            "means. The right of privacy protects the tranquillity of private life and the private spaces, activities and information one does not wish others to know — not all personal information.",
            "civil_code/1032",
            paragraph=2,
        )
    ]
    for c in results:
        zh = (
            "往往是私密信息，但仍取决于具体情况"
            if c.private is classify.Private.LIKELY
            else "是否私密信息，取决于具体情况"
        )
        en = (
            "often is private information, though it depends on the facts"
            if c.private is classify.Private.LIKELY
            else "may or may not be private information, depending on the facts"
        )
        steps.append(
            Step(
                f"{c.label_zh}：{zh}。",
                f"{c.label_en[0].upper()}{c.label_en[1:]}: {en}.",
                "civil_code/1032",
                Kind.READING,
                paragraph=2,
            )
        )
    steps.append(
        Step(
            "第一千零三十四条第三款：个人信息中的私密信息，优先适用隐私权的规定（例如第一千零三十三条第五项：除法律另有规定或者"
            "权利人明确同意外，不得处理他人的私密信息）；没有规定的，适用个人信息保护的规定。",
            "Art. 1034 para. 3: private information within personal information goes first to the privacy rules (e.g. art. 1033 "
            "item (五): no processing of another's private information except as otherwise provided by law or with the right holder's express consent); where they "
            "are silent, the personal-information rules apply.",
            "civil_code/1034",
            paragraph=3,
        )
    )
    steps.append(
        Step(
            "是否私密，由法院就事实认定；本计算器不评估。",
            "Whether it is private is for the court on the facts; the calculator does not assess it.",
            "civil_code/1034",
            Kind.NOT_ASSESSED,
            paragraph=3,
        )
    )
    if likely:
        why_zh = "、".join(c.label_zh for c in likely) + "通常是私密信息，但仍须就事实认定"
        why_en = " and ".join(c.label_en for c in likely) + " is usually private, but the facts decide"
    else:
        why_zh = "、".join(c.label_zh for c in results) + "是否私密，是事实问题"
        why_en = "whether " + ", ".join(c.label_en for c in results) + " are private is a question of fact"
    steps.append(
        Step(
            f"结论：隐私权这条路径取决于事实（{why_zh}）；无论是否私密，上面的个人信息路径都适用。",
            f"So the privacy route is open ({why_en}); private or not, the personal-information route above applies.",
            "civil_code/1034",
            paragraph=3,
        )
    )
    return Engagement(
        "civil.privacy",
        "隐私权（私密信息）",
        "Privacy (private information)",
        ("civil_code/1032", "civil_code/1033", "civil_code/1034"),
        (Party.LEAKER,),
        "客户或患者",
        "the customers or patients",
        Status.OPEN,
        tuple(steps),
    )


def _civil_medical(f: _Facts) -> Engagement:
    ref = "civil_code/1226"
    if f.who == "medical_staff" and f.what == "patient_records":
        status = Status.ENGAGED
        steps = [
            Step(
                "第一千二百二十六条：医疗机构及其医务人员应当对患者的隐私和个人信息保密；泄露患者的隐私和个人信息，或者未经患者同意"
                "公开其病历资料的，应当承担侵权责任。本案是医务人员泄露患者病历，医疗机构和医务人员都在该条之内。",
                "Art. 1226: medical institutions and their medical staff must keep patients' privacy and personal information "
                "confidential; whoever leaks it, or makes medical records public without consent, is liable in tort. Here medical "
                "staff leaked patients' records, so both the institution and the staff member fall within it.",
                ref,
            )
        ]
        if f.to_whom == "public":
            steps.append(
                Step(
                    "在网上公开病历资料，正是该条所说的“未经患者同意公开其病历资料”。",
                    "Posting the records online is exactly 'making medical records public without the patient's "
                    "consent'.",
                    ref,
                )
            )
    elif f.who == "medical_staff":
        status = Status.OPEN
        steps = [
            Step(
                "第一千二百二十六条只保护“患者的隐私和个人信息”：医务人员泄露的信息若属于患者的信息，该条适用；否则适用一般规定。",
                "Art. 1226 protects only 'patients' privacy and personal information': if what the medical staff leaked is "
                "patients' information the article applies; otherwise the general rules do.",
                ref,
            )
        ]
    else:
        status = Status.NOT_ENGAGED
        who_zh = "外部人员" if f.who == "outsider" else "企业的员工"
        who_en = "an outsider" if f.who == "outsider" else "a business's employee"
        steps = [
            Step(
                f"第一千二百二十六条约束的是医疗机构及其医务人员，保护的是患者。泄露者是{who_zh}，不是医务人员，该条不适用；"
                "网页把该条列为员工泄露客户信息的依据，并不对应本案。",
                f"Art. 1226 binds medical institutions and their medical staff, and protects patients. The person who leaked is "
                f"{who_en}, not medical staff, so it does not apply; the page lists it for an employee's leak of customer data, "
                "which it does not fit.",
                ref,
            )
        ]
    return Engagement(
        "civil.medical",
        "医疗机构的保密义务",
        "Medical confidentiality",
        (ref,),
        (Party.LEAKER, Party.HOLDER),
        "患者",
        "the patients",
        status,
        tuple(steps),
    )


def _civil_holder(f: _Facts) -> tuple[Engagement, ProcessingCheck, StatutoryAward]:
    check = processing.check(
        acts=frozenset({"collect", "store", "use"}),
        consented=frozenset({"collect", "store", "use"}),
        processor_leaked=f.insider,
        security_measures=not f.failed,
        business=f.who == "employee",
        incident=True,
        on=f.day,
    )
    refs = ["civil_code/1038"]
    steps: list[Step] = [
        Step(
            "持有信息的单位是“信息处理者”：第一千零三十八条第一款，不得泄露其收集、存储的个人信息。",
            "The business holding the data is the 'information processor': art. 1038 para. 1 — it must not leak the information "
            "it collected and stored.",
            "civil_code/1038",
            paragraph=1,
        ),
        Step(
            "第二款：应当采取技术措施和其他必要措施确保安全，发生泄露时及时补救、告知、报告。",
            "Para. 2: it must keep the information secure by technical and other necessary measures, and after a leak remedy "
            "it in time, inform the persons and report.",
            "civil_code/1038",
            paragraph=2,
        ),
    ]
    if f.insider:
        steps += _insider_holder_steps(f)
    steps += [c.step for c in check.failures if c.ref in ("civil_code/1038", "consumer_law/29")]
    steps += [d.step for d in check.duties]
    if f.who == "employee":
        refs.append("consumer_law/29")
    award = compensation.statutory_damages(loss=None, gain=None, on=f.day)
    if law.is_in_force("pipl/69", f.day):
        refs += ["pipl/69", "civil_code/1165"]
    else:
        refs.append("civil_code/1165")
    refs.append("civil_code/1182")
    steps += [s for s in award.steps if s.cites != "civil_code/1183"]
    if f.failed:
        status = Status.ENGAGED
        steps.append(
            Step(
                "据输入，持有单位没有采取必要的安全措施：这是该单位自身违反第一千零三十八条第二款的过错，不只是推定。",
                "As entered, the holder did not take the necessary security measures: that is its own breach of art. 1038 para. 2 "
                "— fault shown, not merely presumed.",
                "civil_code/1038",
                paragraph=2,
            )
        )
    elif law.is_in_force("pipl/69", f.day):
        status = Status.OPEN
        steps += [
            Step(
                "据输入，持有单位采取了安全措施：该单位仍须证明自己没有过错才能免责（过错推定）。",
                "As entered, the holder took security measures: it must still prove it was not at fault to escape liability "
                "(presumed fault).",
                "pipl/69",
                paragraph=1,
            ),
            Step(
                "该单位能否证明，是事实问题，由法院认定；本计算器不评估。",
                "Whether it can is a question of fact for the court; the calculator does not assess it.",
                "pipl/69",
                Kind.NOT_ASSESSED,
                paragraph=1,
            ),
        ]
    else:
        status = Status.OPEN
        steps += [
            Step(
                "据输入，持有单位采取了安全措施；个人信息保护法施行前没有过错推定，须由被侵权人证明持有单位有过错"
                "（民法典第一千一百六十五条第一款；一种理解）。",
                "As entered, the holder took security measures; before the PIPL there is no presumption, so the injured "
                "person must prove the holder's fault (Civil Code art. 1165 para. 1; a reading).",
                "civil_code/1165",
                Kind.READING,
                paragraph=1,
            ),
            Step(
                "能否证明持有单位有过错，是事实问题，由法院认定；本计算器不评估。",
                "Whether the holder's fault can be proved is a question of fact for the court; the calculator does not "
                "assess it.",
                "civil_code/1165",
                Kind.NOT_ASSESSED,
                paragraph=1,
            ),
        ]
    engagement = Engagement(
        "civil.holder",
        "信息处理者的责任",
        "The processor's liability",
        tuple(dict.fromkeys(refs)),
        (Party.HOLDER,),
        "客户或患者（或公益诉讼起诉人）",
        "the customers or patients (or a public-interest plaintiff)",
        status,
        tuple(steps),
    )
    return engagement, check, award


def _insider_holder_steps(f: _Facts) -> list[Step]:
    """Whether an insider's leak is the holder's own: not settled; the employer's vicarious liability is unverified."""
    steps: list[Step] = []
    steps.append(
        Step(
            "员工为自己的利益出售信息，是否就是处理者本身的“泄露”，条文没有明说，尚无定论。消费者权益保护法第二十九条第二款则明确"
            "约束“经营者及其工作人员”。"
            if f.who == "employee"
            else "医务人员为自己的利益泄露信息，是否就是医疗机构（处理者）本身的“泄露”，第一千零三十八条没有明说，尚无定论；"
            "第一千二百二十六条则把医疗机构及其医务人员并列。",
            "Whether an employee selling data for his own gain is the processor's own 'leak' the text does not say — not "
            "settled. CRPL art. 29 para. 2, by contrast, expressly binds 'the business and its staff'."
            if f.who == "employee"
            else "Whether medical staff leaking for their own ends is the institution's own 'leak' under art. 1038 the text "
            "does not say — not settled; art. 1226 names the institution and its staff together.",
            "consumer_law/29" if f.who == "employee" else "civil_code/1038",
            Kind.READING,
            paragraph=2 if f.who == "employee" else 1,
        )
    )
    steps.append(
        Step(
            "民法典关于用人单位对工作人员执行工作任务造成损害承担责任的规定（第一千一百九十一条）不在本课程语料库中，未经核实。",
            "The Civil Code's rule making an employer liable for harm its staff cause in performing work tasks (art. 1191) is "
            "not in the course corpus and is unverified here.",
            "civil_code/1038",
            Kind.UNVERIFIED,
            paragraph=1,
        )
    )
    steps.append(
        Step(
            "员工私自出售信息是否属于“执行工作任务”，由法院认定；本计算器不评估。",
            "Whether a private sale of data is 'performing work tasks' is for the court; the calculator does not assess it.",
            "civil_code/1038",
            Kind.NOT_ASSESSED,
            paragraph=1,
        )
    )
    return steps


def _secret_definition(ref: str) -> tuple[Step, Step]:
    prov = law.versions(ref)[-1]
    return (
        Step(
            f"商业秘密的定义（{law.article_name(ref)[0]}最后一款）：“{prov.paragraphs_zh[-1]}”三个要件——不为公众所知悉、具有商业价值、"
            "权利人采取了相应保密措施。",
            f"The definition ({law.article_name(ref)[1]}, last paragraph): {prov.paragraphs_en[-1]} Three elements — not known to the "
            "public, commercial value, corresponding confidentiality measures taken by the rights holder.",
            ref,
            paragraph=_definition_paragraph(ref),
        ),
        Step(
            "客户名单是否构成商业秘密，是事实问题，由人民法院（或行政机关）认定；本计算器不评估，按输入处理。",
            "Whether a customer list qualifies is a question of fact for the court (or the authority); the calculator does "
            "not assess it and takes the answer entered.",
            ref,
            Kind.NOT_ASSESSED,
            paragraph=_definition_paragraph(ref),
        ),
    )


def _civil_trade_secret(f: _Facts) -> tuple[Engagement, TradeSecretAward | None]:
    rule = _pick("aucl/10", "aucl/9", day=f.day)
    damages_ref = _pick("aucl/22", "aucl/17", day=f.day)
    steps = list(_secret_definition(rule))
    if not f.secret:
        steps.append(
            Step(
                "据输入，客户名单不是（或尚未证明是）商业秘密：反不正当竞争法的商业秘密路径不适用。若能证明构成商业秘密的三个要件，即可适用这一路径。",
                "As entered, the list is not (or not shown to be) a trade secret: the AUCL trade-secret route is not engaged. Show "
                "the three elements and it opens.",
                rule,
                paragraph=_definition_paragraph(rule),
            )
        )
        return Engagement(
            "civil.trade_secret",
            *_CIVIL_TRADE_SECRET,
            (rule, damages_ref),
            (Party.LEAKER,),
            *_BY_OWNER,
            Status.NOT_ENGAGED,
            tuple(steps),
        ), None
    item_zh, item_en = (
        (
            "第三项（违反保密义务，披露、使用或者允许他人使用其所掌握的商业秘密）",
            "item (三) (in breach of a duty of confidentiality, disclosing, using or allowing others to use a trade secret in one's possession)",
        )
        if f.insider
        else (
            "第一项、第二项（以不正当手段获取，并披露）",
            "items (一)–(二) (obtaining by improper means, then disclosing)",
        )
    )
    steps.append(
        Step(
            f"据输入，客户名单是商业秘密。泄露者的行为属于第一款{item_zh}；经营者以外的自然人实施的，视为侵犯商业秘密（第二款）。",
            f"As entered, the list is a trade secret. The leaker's act falls under para. 1 {item_en}; a natural person who is not "
            "a business operator is deemed to infringe (para. 2).",
            rule,
            paragraph=1,
            item=3 if f.insider else None,
        )
    )
    gain = f.gain if f.gain > 0 else None
    if gain is None:
        steps.append(
            Step(
                "没有输入获益：视为侵权人获益未能确定。",
                "No gain entered: the infringer's gain is treated as not established.",
                damages_ref,
                paragraph=3,
            )
        )
    award = compensation.trade_secret_damages(loss=f.loss, gain=gain, conduct_date=f.day, trial_date=f.trial)
    steps += list(award.steps)
    refs = [rule, damages_ref]
    burden = trade_secret_burden_of_proof(trial_date=f.trial, conduct_date=f.day)
    steps.append(burden)
    refs.append(burden.cites)
    return Engagement(
        "civil.trade_secret",
        *_CIVIL_TRADE_SECRET,
        tuple(refs),
        (Party.LEAKER,),
        *_BY_OWNER,
        Status.ENGAGED,
        tuple(steps),
    ), award


def trade_secret_burden_of_proof(*, trial_date: object, conduct_date: object = None) -> Step:
    """Who proves what in a civil trade-secret case: AUCL 2019 art. 32 (from 2019-04-23), the same words as the 2025
    text's art. 39 (from 2025-10-15). It governs "侵犯商业秘密的民事审判程序" — a rule of procedure, so it is chosen by
    the date of the trial (``trial_date``), not of the conduct: ``conduct_date`` (optional, may be before 2019) is
    only named. A trial before 2019-04-23 raises :class:`LawError` (the corpus holds no earlier rule)."""
    trial = parse_date(trial_date, "trial_date 审理日期", required=True, allow_text=False)
    conduct = None if conduct_date is None else parse_date(conduct_date, "conduct_date 行为日期", allow_text=False)
    first = _first("aucl/32")
    if trial < first:
        raise LawError(
            f"审理日期{date_zh(trial)}早于反不正当竞争法第三十二条的施行日（{date_zh(first)}），语料库中没有更早的举证规则",
            f"a trial on {trial.isoformat()} is before AUCL art. 32 took effect ({first.isoformat()}); the corpus holds no "
            "earlier rule on the burden of proof",
        )
    ref = _pick("aucl/39", "aucl/32", day=trial)
    name_zh, name_en = (
        ("2025年文本第三十九条", "2025 text art. 39")
        if ref == "aucl/39"
        else ("2019年文本第三十二条", "2019 text art. 32")
    )
    unchanged = law.versions("aucl/32")[-1].paragraphs_zh == law.versions("aucl/39")[0].paragraphs_zh
    since_zh = f"自{date_zh(first)}起规则未变（2025年10月15日起改为第三十九条，文字相同）。" if unchanged else ""
    since_en = (
        f" The rule is unchanged since {first.isoformat()} (art. 39 from 2025-10-15, the same words)."
        if unchanged
        else ""
    )
    conduct_zh = "" if conduct is None else f"行为日期（{date_zh(conduct)}）不影响这一点。"
    conduct_en = "" if conduct is None else f" The date of the conduct ({conduct.isoformat()}) does not matter here."
    return Step(
        f"举证（反不正当竞争法{name_zh}，审理日期{date_zh(trial)}适用）：权利人提供初步证据，证明已采取保密措施且合理表明商业秘密被"
        "侵犯的，由涉嫌侵权人证明其不属于商业秘密（第一款）；第二款另列三种证据。条文适用于“侵犯商业秘密的民事审判程序”，"
        f"是程序规则，按审理（诉讼进行）的日期适用，不按行为日期。{conduct_zh}{since_zh}",
        f"Proof (AUCL {name_en}, applied at the trial on {trial.isoformat()}): once the owner gives preliminary evidence of "
        "confidentiality measures and reasonably shows infringement, the alleged infringer must prove the information is "
        "not a trade secret (para. 1); para. 2 adds three kinds of evidence. The article governs 'civil proceedings on the "
        "infringement of trade secrets': a rule of procedure, applied by the date of the trial (the proceedings), not of "
        f"the conduct.{conduct_en}{since_en}",
        ref,
        paragraph=1,
    )


def _civil_recipient(f: _Facts) -> Engagement | None:
    if f.to_whom != "competitor" or not f.secret:
        return None
    rule = _pick("aucl/10", "aucl/9", day=f.day)
    return Engagement(
        "civil.recipient",
        "竞争对手（第三人）",
        "The competitor (a third party)",
        (rule,),
        (Party.RECIPIENT,),
        *_BY_OWNER,
        Status.OPEN,
        (
            Step(
                "第三人明知或者应知权利人的员工、前员工实施侵犯商业秘密的行为，仍获取、披露、使用或者允许他人使用的，视为侵犯商业秘密"
                "（第三款）。",
                "A third party that knew or should have known that the owner's employee or former employee infringed, and still "
                "obtains, discloses, uses or lets others use the secret, is deemed to infringe (para. 3).",
                rule,
                paragraph=3,
            ),
            _knew(rule, paragraph=3),
        ),
    )


# --------------------------------------------------------------------------------------------- administrative route


def _admin_holder_pipl(f: _Facts) -> tuple[list[Step], Status, FineRange]:
    """From the PIPL's commencement: art. 66 against the processor holding the data."""
    fine = administrative.pipl_fine(on=f.day)
    steps = [
        Step(
            "个人信息保护法第六十六条针对“违反本法规定处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务”的"
            "行为——这里是持有信息的单位。员工泄露本身并不证明单位未履行义务。",
            "PIPL art. 66 reaches whoever 'processes personal information in breach of this Law, or fails to perform its "
            "personal-information protection obligations' — here the business holding the data. An employee's leak does not "
            "by itself show that the business failed its duties.",
            "pipl/66",
            paragraph=1,
        ),
        _processor_reading(),
    ]
    steps += list(fine.steps)
    steps.append(
        Step(
            "“直接负责的主管人员和其他直接责任人员”的罚款，针对的是对处理者违法负有责任的人（例如负责安全的主管）；是否也及于"
            "为自己利益泄露信息的员工，尚无定论。情节严重的（第二款：省级以上部门、营业额上限等），见第10课。",
            "The fine on 'directly responsible managers and other directly responsible persons' is aimed at those responsible "
            "for the processor's breach (say, the manager in charge of security); whether it also reaches an employee who "
            "leaked for his own gain is not settled. Serious cases (para. 2: an authority at or above provincial level, turnover cap) are in "
            "notebook 10.",
            "pipl/66",
            Kind.READING,
            paragraph=1,
        )
    )
    if f.failed:
        steps.append(
            Step(
                "据输入，持有单位没有采取必要的安全措施：第六十六条适用于该单位。",
                "As entered, the holder did not take the necessary security measures: art. 66 applies to it.",
                "pipl/66",
                paragraph=1,
            )
        )
        return steps, Status.ENGAGED, fine
    steps.append(
        Step(
            "据输入，持有单位采取了安全措施：是否仍有违法（例如权限管理不足），由履行个人信息保护职责的部门调查认定。",
            "As entered, the holder took security measures: whether it still fell short (weak access control, say) is for "
            "the personal-information authority to investigate.",
            "pipl/66",
            Kind.NOT_ASSESSED,
            paragraph=1,
        )
    )
    return steps, Status.OPEN, fine


def _processor_reading() -> Step:
    """Whether the leaker is a processor in his own right (PIPL art. 73 item 1): two readings, and the cases."""
    ids = "、".join(_SELLER_CASES)
    return Step(
        "泄露者本人是不是“个人信息处理者”，有两种理解。一种：他是在单位的处理活动中接触信息，处理目的和方式由单位决定，"
        "第六十六条针对的是单位。另一种：为自己的利益出售信息的人，自主决定了这一处理的目的和方式，按第七十三条第一项本身"
        f"就是处理者，第六十六条也可以及于他；课程案例中的公益诉讼正是把个人出售者作为被告（{ids}）。尚无定论。",
        "Is the leaker himself a 'personal-information processor'? Two readings. One: he handled the data within the "
        "business's processing, whose purpose and means the business decided, so art. 66 aims at the business. The "
        "other: whoever sells the data for his own ends decides the purpose and means of that processing himself, so he "
        "is a processor in his own right under art. 73 item 1 and art. 66 can reach him too; the public-interest suits "
        f"among the course's cases were brought against individual sellers ({', '.join(_SELLER_CASES)}). Not settled.",
        "pipl/73",
        Kind.READING,
        paragraph=1,
        item=1,
    )


#: The course's public-interest cases brought against individual sellers of personal information (cases-civil.md).
_SELLER_CASES = ("B9", "B10", "B11", "B15")


def _admin_holder_csl(f: _Facts) -> tuple[list[Step], FineRange]:
    """Before the PIPL: the Cybersecurity Law art. 64 para. 1, against a network operator."""
    csl = administrative.cybersecurity_fine(on=f.day)
    pipl_from = _first("pipl/66")
    steps = [
        Step(
            f"行为日期{date_zh(f.day)}：个人信息保护法尚未施行（{date_zh(pipl_from)}起）。当时网络安全法第六十四条第一款"
            "针对的是“网络运营者”。",
            f"Conduct on {f.day.isoformat()}: the PIPL was not yet in force (from {pipl_from.isoformat()}). The Cybersecurity "
            "Law art. 64 para. 1 then reached 'network operators'.",
            "cybersecurity_law/64",
            paragraph=1,
        ),
        Step(
            "持有单位是否是网络运营者，是事实问题；本计算器不评估。",
            "Whether the holder is one is a question of fact the calculator does not assess.",
            "cybersecurity_law/64",
            Kind.NOT_ASSESSED,
            paragraph=1,
        ),
    ]
    steps += list(csl.steps)
    return steps, csl


def _admin_holder(f: _Facts) -> tuple[Engagement, FineRange | None, FineRange | None]:
    """The processor's administrative liability, by the law in force on the day (PIPL art. 66, or before it CSL art. 64)."""
    fine: FineRange | None = None
    csl: FineRange | None = None
    if law.is_in_force("pipl/66", f.day):
        steps, status, fine = _admin_holder_pipl(f)
        refs: tuple[str, ...] = ("pipl/66",)
    else:
        (steps, csl), status = _admin_holder_csl(f), Status.OPEN
        refs = ("cybersecurity_law/64",)
    return (
        Engagement(
            "admin.holder",
            "处理者的行政责任",
            "The processor's administrative liability",
            refs,
            (Party.HOLDER,),
            "履行个人信息保护职责的部门",
            "the authority with personal-information duties",
            status,
            tuple(steps),
        ),
        fine,
        csl,
    )


def _admin_holder_duties(f: _Facts) -> tuple[Engagement | None, BreachDuties | None]:
    """From the PIPL's commencement: the holder's own duties — security measures (art. 51) and, after the leak, remedy
    and notice (art. 57) — through :func:`pilaw.rules.pipl.breach_duties`; before it, the Civil Code's art. 1038 in
    the civil route says the same."""
    if not law.is_in_force("pipl/57", f.day):
        return None, None
    sensitive = any(classify.classify(item, f.day).is_sensitive for item in f.items)
    duties = pipl.breach_duties(on=f.day, measures_avoid_harm=False, sensitive=True if sensitive else None)
    people_zh, people_en = f.people
    steps = [
        Step(
            "持有信息的单位自己负有安全义务：第五十一条要求采取措施防止未经授权的访问以及个人信息泄露，其中包括合理确定操作权限并"
            "定期对从业人员进行安全教育和培训（第四项）——员工泄露正是这些措施要防范的风险。",
            "The holder owes duties of its own: art. 51 requires measures against unauthorised access and leaks, among them "
            "reasonable operating permissions and regular security training of staff (item 4) — an employee's leak is exactly "
            "the risk they guard against.",
            "pipl/51",
            paragraph=1,
            item=4,
        ),
        Step(
            "据输入，单位没有采取必要的安全措施：这也违反第五十一条。"
            if f.failed
            else "单位的措施是否达到第五十一条的要求，由履行个人信息保护职责的部门认定；本计算器不评估。",
            "As entered, the business did not take the necessary security measures: that breaches art. 51 too."
            if f.failed
            else "Whether its measures met art. 51 is for the personal-information authority; the calculator does not assess "
            "it.",
            "pipl/51",
            Kind.APPLIES if f.failed else Kind.NOT_ASSESSED,
            paragraph=1,
        ),
        Step(
            f"信息已被{'公开' if f.to_whom == 'public' else '卖出'}，已为他人掌握：此处按“所采取的措施不能有效避免危害”计算，"
            f"第五十七条第二款的免于通知不适用，应当通知部门和{people_zh}。",
            f"The data has been {'posted' if f.to_whom == 'public' else 'sold'} and is in other hands: taken here as measures "
            f"that cannot effectively avoid harm, so art. 57 para. 2's exemption does not apply and the authority and the "
            f"{people_en} must be notified.",
            "pipl/57",
            Kind.READING,
            paragraph=2,
        ),
        *(step for step in duties.steps if step.cites.startswith("pipl/")),
    ]
    engagement = Engagement(
        "admin.holder_duties",
        "处理者的安全与通知义务",
        "The processor's security and notice duties",
        ("pipl/51", "pipl/57"),
        (Party.HOLDER,),
        "履行个人信息保护职责的部门",
        "the authority with personal-information duties",
        Status.ENGAGED,
        tuple(steps),
    )
    return engagement, duties


#: How the police route's outcome (:class:`pilaw.rules.police.Outcome`) reads as the status of an engagement.
_POLICE_STATUS = {
    police.Outcome.PUNISHES: Status.ENGAGED,
    police.Outcome.OPEN: Status.OPEN,
    police.Outcome.CRIME: Status.NOT_ENGAGED,
    police.Outcome.NO_PROVISION: Status.NOT_ENGAGED,
}


def _admin_police(f: _Facts, pi: Assessment) -> Engagement:
    """The police penalty against the leaker where it is not yet a crime (:func:`pilaw.rules.police.police_penalty`);
    a sale to a fraud ring leaves open whether he knew the buyers' use for crime."""
    result = police.police_penalty(pi.severity, on=f.day, knowledge_open=f.to_whom == "fraud_ring")
    return Engagement(
        "admin.police",
        "公安机关的处罚",
        "Police penalty",
        result.refs,
        (Party.LEAKER,),
        "公安机关",
        "the police",
        _POLICE_STATUS[result.outcome],
        result.steps,
    )


def _admin_trade_secret(f: _Facts) -> tuple[Engagement, FineRange | None]:
    rule = _pick("aucl/10", "aucl/9", day=f.day)
    fine_ref = _pick("aucl/26", "aucl/21", day=f.day)
    if not f.secret:
        return Engagement(
            "admin.trade_secret",
            *_ADMIN_TRADE_SECRET,
            (rule, fine_ref),
            (Party.LEAKER,),
            *_BY_MARKET_REGULATOR,
            Status.NOT_ENGAGED,
            (
                Step(
                    "据输入，客户名单不是商业秘密：反不正当竞争法的行政罚款不适用。",
                    "As entered, the list is not a trade secret: the AUCL fine is not engaged.",
                    rule,
                    paragraph=_definition_paragraph(rule),
                ),
                Step(
                    "是否是商业秘密，是事实问题；本计算器不评估。",
                    "Whether it is one is a question of fact the calculator does not assess.",
                    rule,
                    Kind.NOT_ASSESSED,
                    paragraph=_definition_paragraph(rule),
                ),
            ),
        ), None
    fine = administrative.aucl_trade_secret_fine(on=f.day)
    steps = [
        Step(
            "罚款对象是“经营者以及其他自然人、法人和非法人组织”：泄露的员工本人可以被罚款，不只是企业。",
            "The fine reaches 'business operators and other natural persons, legal persons and unincorporated organisations': "
            "the employee who leaked can be fined personally, not only businesses.",
            fine_ref,
        )
    ]
    steps += list(fine.steps)
    steps.append(
        Step(
            "网页说向“工商行政管理部门”投诉：这个名称已不再使用，由监督检查部门（市场监督管理部门）执法。",
            "The page says to complain to the 工商行政管理部门: that name is no longer used; the supervision and inspection "
            "authority (market regulation) enforces.",
            fine_ref,
        )
    )
    steps.append(
        Step(
            "是否情节严重，由该部门认定；本计算器不评估。",
            "Whether the case is serious is for that authority; the calculator does not assess it.",
            fine_ref,
            Kind.NOT_ASSESSED,
        )
    )
    return Engagement(
        "admin.trade_secret",
        *_ADMIN_TRADE_SECRET,
        (rule, fine_ref),
        (Party.LEAKER,),
        *_BY_MARKET_REGULATOR,
        Status.ENGAGED,
        tuple(steps),
    ), fine


def _admin_recipient(f: _Facts) -> Engagement | None:
    if f.to_whom != "competitor" or not f.secret:
        return None
    fine_ref = _pick("aucl/26", "aucl/21", day=f.day)
    rule = _pick("aucl/10", "aucl/9", day=f.day)
    return Engagement(
        "admin.recipient",
        "竞争对手的行政罚款",
        "Administrative fine on the competitor",
        (rule, fine_ref),
        (Party.RECIPIENT,),
        *_BY_MARKET_REGULATOR,
        Status.OPEN,
        (
            Step(
                "竞争对手明知或者应知员工违反保密义务仍获取、使用客户名单的，视为侵犯商业秘密，同样可以被罚款。",
                "A competitor that knew or should have known the employee breached his duty, and still obtained or used the list, "
                "is deemed to infringe and can be fined the same way.",
                fine_ref,
            ),
            _knew(fine_ref),
        ),
    )


# --------------------------------------------------------------------------------------------- criminal route


def _criminal_pi(f: _Facts) -> tuple[Engagement, Assessment]:
    pi = criminal.pi_severity(f.pieces, illegal_gain=f.gain, insider=f.insider, on=f.day)
    steps: list[Step] = []
    if f.insider:
        where_zh = "医务人员在诊疗服务中" if f.who == "medical_staff" else "员工在工作中"
        where_en = "medical staff in providing care" if f.who == "medical_staff" else "the employee in his work"
        steps.append(
            Step(
                f"信息是{where_zh}获得的：第二百五十三条之一第二款（“将在履行职责或者提供服务过程中获得的公民个人信息，出售或者提供"
                "给他人的”）——依第一款从重处罚，2017年个人信息刑事解释第五条第一款第八项的标准减半。",
                f"The data was obtained by {where_en}: art. 253-1 para. 2 (selling or providing information obtained in "
                "performing duties or providing services) — punished under para. 1, more heavily, with half the standards of "
                "the 2017 interpretation (art. 5 para. 1 item (八)).",
                "criminal_law/253-1",
                paragraph=2,
            )
        )
    else:
        steps.append(
            Step(
                "外部人员不是在履行职责或者提供服务中获得信息：适用第一款（出售、提供）或第三款（窃取或者以其他方法非法获取），"
                "标准不减半。",
                "An outsider did not obtain the data in performing duties or providing services: para. 1 (selling, providing) or "
                "para. 3 (stealing or otherwise illegally obtaining) applies, at the full standards.",
                "criminal_law/253-1",
                paragraph=1,
            )
        )
    steps += list(pi.steps)
    if f.to_whom == "fraud_ring":
        steps.append(
            Step(
                "卖给诈骗团伙：知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供的，不论条数即为情节严重（第五条第一款"
                "第二项）。",
                "Sold to a fraud ring: supplying someone one knows or should know uses the data for crime is 情节严重 whatever the "
                "count (art. 5 para. 1 item (二)).",
                "spc_2017_personal_information/5",
                paragraph=1,
                item=2,
            )
        )
        steps.append(
            Step(
                "是否知道或者应当知道，是事实问题，本计算不评估。",
                "Whether he knew or should have known is a question of fact, not assessed here.",
                "spc_2017_personal_information/5",
                Kind.NOT_ASSESSED,
                paragraph=1,
                item=2,
            )
        )
    if f.to_whom == "public":
        steps.append(
            Step(
                "在网上公开属于“提供”：2017年个人信息刑事解释第三条第一款规定，“通过信息网络或者其他途径发布公民个人信息的，"
                "应当认定为刑法第二百五十三条之一规定的‘提供公民个人信息’”。",
                "Posting online is 'providing': art. 3 para. 1 of the 2017 interpretation treats publishing citizens' "
                "personal information through an information network or otherwise as 'providing citizens' personal "
                "information' under art. 253-1.",
                "spc_2017_personal_information/3",
                paragraph=1,
            )
        )
    if pi.severity is not Severity.NONE:
        status = Status.ENGAGED
    elif f.to_whom == "fraud_ring":
        status = Status.OPEN
    else:
        status = Status.NOT_ENGAGED
    refs = ("criminal_law/253-1", "spc_2017_personal_information/5", "spc_2017_personal_information/11")
    return Engagement(
        "criminal.pi",
        "侵犯公民个人信息罪",
        "The personal-information crime",
        refs,
        (Party.LEAKER,),
        *_BY_PROSECUTION,
        status,
        tuple(steps),
    ), pi


def _criminal_trade_secret(f: _Facts) -> tuple[Engagement, TradeSecretAssessment | None]:
    ref = "criminal_law/219"
    if not f.secret:
        return Engagement(
            "criminal.trade_secret",
            *_TRADE_SECRET_CRIME,
            (ref,),
            (Party.LEAKER,),
            *_BY_PROSECUTION,
            Status.NOT_ENGAGED,
            (
                Step(
                    "据输入，客户名单不是商业秘密：第二百一十九条不适用。2021年3月1日起该条不再自带定义，商业秘密的含义见反不正当竞争法。",
                    "As entered, the list is not a trade secret: art. 219 is not engaged. Since 2021-03-01 the article carries no "
                    "definition of its own; the AUCL definition is used.",
                    ref,
                    paragraph=1,
                ),
                Step(
                    "是否构成商业秘密，是事实问题；本计算器不评估。",
                    "Whether the list qualifies is a question of fact the calculator does not assess.",
                    ref,
                    Kind.NOT_ASSESSED,
                    paragraph=1,
                ),
            ),
        ), None
    loss = f.loss if f.loss is not None else Decimal(0)
    result = criminal.trade_secret(loss=loss, illegal_gain=f.gain, conduct_date=f.day, trial_date=f.trial)
    steps: list[Step] = []
    if f.loss is None:
        steps.append(
            Step(
                "权利人的损失未输入（难以确定）：按0计算，只看违法所得。",
                "The owner's loss is not entered (cannot be determined): counted as 0; only the illegal gain counts.",
                ref,
                paragraph=1,
            )
        )
    steps += list(result.steps)
    if law.is_in_force("spc_2025_ip/19", f.trial):
        steps += _interpretation_2025_steps(f)
    steps.append(
        Step(
            "同一行为可能同时触犯侵犯公民个人信息罪和侵犯商业秘密罪；法院如何处理（是否按想象竞合从一重罪处断）不在本课程参考资料中，"
            "这里两条路径分别显示。",
            "One act may meet both the personal-information offence and the trade-secret offence; how a court handles that is "
            "not covered by the course reference files, so the two are shown separately here.",
            ref,
            Kind.NOT_ASSESSED,
            paragraph=1,
        )
    )
    status = Status.NOT_ENGAGED if result.severity is Severity.NONE else Status.ENGAGED
    refs = (ref, result.interpretation_ref)
    return Engagement(
        "criminal.trade_secret",
        *_TRADE_SECRET_CRIME,
        refs,
        (Party.LEAKER,),
        *_BY_PROSECUTION,
        status,
        tuple(steps),
    ), result


def _interpretation_2025_steps(f: _Facts) -> list[Step]:
    """Under the 2025 IP interpretation (tried from its commencement): what the gain is (art. 19) and how the
    owner's loss is measured (art. 18)."""
    steps: list[Step] = []
    steps.append(
        Step(
            f"“违法所得数额”指因披露、允许他人使用商业秘密而获得的财物或者其他财产性利益的价值，或者因使用商业秘密所获得的利润（2025年知识产权刑事解释第十九条）：本案为{_yuan_zh(f.gain)}。",
            f"'Illegal gain' means the value of the money, goods or other property benefits obtained by disclosing the secret "
            f"or allowing others to use it, or the profit obtained by using it (2025 interpretation art. 19): here {_yuan(f.gain)} yuan.",
            "spc_2025_ip/19",
        )
    )
    item_zh, item_en = (
        (
            "第五项：商业秘密因此为公众所知悉的，损失可以按其商业价值确定",
            "item (五): where the secret became known to the public, the loss may be its commercial value",
        )
        if f.to_whom == "public"
        else (
            "第三项：违反保密义务披露的，损失可以按权利人因被侵权造成的利润损失确定",
            "item (三): for disclosure in breach of confidentiality, the loss may be the owner's lost profit",
        )
        if f.insider
        else (
            "第二项：以不正当手段获取后披露的，按利润损失，但不低于合理许可使用费",
            "item (二): obtained by improper means then disclosed: lost profit, but not below a reasonable licence fee",
        )
    )
    steps.append(
        Step(
            f"权利人的损失如何认定（2025年解释第十八条）{item_zh}。",
            f"How the owner's loss is measured (2025 interpretation art. 18) — {item_en}.",
            "spc_2025_ip/18",
            paragraph=1,
            item=5 if f.to_whom == "public" else 3 if f.insider else 2,
        )
    )
    return steps


def _criminal_recipient(f: _Facts) -> Engagement | None:
    if f.to_whom == "public":
        return None
    steps = [
        Step(
            "接收者：买入信息可能构成第二百五十三条之一第三款的“以其他方法非法获取”。",
            "The recipient: buying the data may be 'otherwise illegally obtaining' under art. 253-1 para. 3.",
            "criminal_law/253-1",
            paragraph=3,
        ),
        Step(
            "本计算不评估接收者。",
            "The recipient is not assessed here.",
            "criminal_law/253-1",
            Kind.NOT_ASSESSED,
            paragraph=3,
        ),
    ]
    refs = ["criminal_law/253-1"]
    if f.to_whom == "competitor" and f.secret:
        prov = law.provision("criminal_law/219", f.day)
        knowing = "明知或者应知" if "应知" in prov.text_zh else "明知"
        caveat_zh, caveat_en = police.text_caveat(prov)
        steps.append(
            Step(
                f"若客户名单是商业秘密：{knowing}前款所列行为，仍获取、使用的，以侵犯商业秘密论（第二百一十九条，{date_zh(prov.effective_from)}"
                f"起施行的文本）。{caveat_zh}",
                f"If the list is a trade secret: whoever obtains or uses it {'knowing or having reason to know' if knowing != '明知' else 'knowing'} "
                f"of the act is deemed to infringe (art. 219, text in force from {prov.effective_from.isoformat()}).{caveat_en}",
                "criminal_law/219",
                kind_resting_on(prov),
                paragraph=2,
            )
        )
        steps.append(_knew("criminal_law/219", paragraph=2))
        refs.append("criminal_law/219")
    return Engagement(
        "criminal.recipient",
        "接收者的刑事责任",
        "The recipient's criminal liability",
        tuple(refs),
        (Party.RECIPIENT,),
        *_BY_PROSECUTION,
        Status.OPEN,
        tuple(steps),
    )


def _criminal_holder(f: _Facts) -> Engagement:
    return Engagement(
        "criminal.holder",
        "单位犯罪与拒不履行信息网络安全管理义务罪",
        "Unit crime and the information-network-security-duty crime",
        ("criminal_law/253-1", "criminal_law/286-1"),
        (Party.HOLDER,),
        *_BY_PROSECUTION,
        Status.NOT_ENGAGED,
        (
            Step(
                "第二百五十三条之一第四款处罚的是自己实施犯罪的单位；据输入，"
                + ("信息是外部人员取得并出售的" if f.who == "outsider" else "泄露者是为自己出售或者提供信息")
                + "，不是单位的行为，持有单位不是本罪的行为人（对事实的判断）。",
                "Art. 253-1 para. 4 punishes a unit that itself commits the offence; as entered, "
                + (
                    "an outsider obtained and passed on the data"
                    if f.who == "outsider"
                    else "the person who leaked acted for himself"
                )
                + ", not as the unit's act, so the holder is not the offender here (a reading of the facts).",
                "criminal_law/253-1",
                Kind.READING,
                paragraph=4,
            ),
            Step(
                "第二百八十六条之一针对网络服务提供者不履行法律、行政法规规定的信息网络安全管理义务，经监管部门责令采取改正措施而拒不改正，致使用户信息泄露、造成严重后果的情形；"
                "这些事实没有输入。网页提到这一罪名，但该罪与员工出售客户信息无关。",
                "Art. 286-1 reaches a network service provider that fails the information-network security duties laid down "
                "by laws and administrative regulations, refuses to correct after the regulator orders corrective measures, "
                "and so lets user data leak with serious consequences; no such facts are entered. The page mentions this crime, but it has nothing "
                "to do with an employee selling customer data.",
                "criminal_law/286-1",
                paragraph=1,
                item=2,
            ),
        ),
    )


# --------------------------------------------------------------------------------------------- the page


def _page_check(f: _Facts) -> tuple[Step, ...]:
    claim = next(c for c in sp.claims() if c.key == "cited_articles")
    private = [classify.classify(item, f.day) for item in f.items]
    likely = any(c.private is classify.Private.LIKELY for c in private)
    steps = [
        Step(f"网页原文：“{claim.page_zh}”", f"The page says: {claim.translation_en}", PAGE_CLAIM),
        Step(
            "第一千零三十二条是隐私权：私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。"
            + (
                "病历中的健康信息通常是私密信息，这一条在本案确有意义。"
                if likely
                else "客户的联系方式和订单记录是否“不愿为他人知晓”，取决于事实；这一条不是客户名单泄露的主要依据。"
            ),
            "Art. 1032 is the right to privacy: private life, and the private spaces, activities and information one does not "
            "wish others to know. "
            + (
                "Health information in medical records is usually private, so the article matters here."
                if likely
                else "Whether customers' contact details and order records are information they 'do not wish others to know' "
                "depends on the facts; it is not the main basis for a customer-list leak."
            ),
            "civil_code/1032",
            paragraph=2,
        ),
        Step(
            f"第一千零三十四条讲的是个人信息，不是“隐私”：{f.data_zh}正是第二款所说的个人信息；第三款只把其中的私密信息交给"
            "隐私权规定。网页把这一条归入“隐私”，混淆了两种权益。",
            f"Art. 1034 is about personal information, not 'privacy': {f.data_en} is exactly the personal information of "
            "para. 2; para. 3 sends only the private part of it to the privacy rules. Filing it under 'privacy' mixes up the "
            "two interests.",
            "civil_code/1034",
            paragraph=2,
        ),
        Step(
            "第一千二百二十六条只约束医疗机构及其医务人员、只保护患者"
            + (
                "：本案是医务人员泄露患者信息，确实适用。"
                if f.who == "medical_staff"
                else "：本案泄露者不是医务人员，不适用——网店员工泄露客户信息就不在其内。"
            ),
            "Art. 1226 binds only medical institutions and their staff, and protects only patients"
            + (
                ": here medical staff leaked patients' data, so it does apply."
                if f.who == "medical_staff"
                else ": the person who leaked here is not medical staff, so it does not apply — a shop employee leaking "
                "customer data is outside it."
            ),
            "civil_code/1226",
        ),
        Step(
            "网页漏掉了真正处理这一问题的条文：第一千零三十五条（提供个人信息须经同意）、第一千零三十八条（信息处理者即雇主的义务）、"
            "第一千一百六十五条和第一千一百八十二条（责任与赔偿），以及个人信息保护法第六十九条、第六十六条、反不正当竞争法和刑法"
            "第二百五十三条之一。这三条也都没有规定赔偿数额。",
            "The page leaves out the articles that actually do the work: art. 1035 (providing personal information needs "
            "consent), art. 1038 (the duties of the information processor — the employer), arts. 1165 and 1182 (liability and "
            "damages), and PIPL arts. 69 and 66, the AUCL and Criminal Law art. 253-1. None of its three articles sets an "
            "amount of damages either.",
            "civil_code/1038",
            paragraph=1,
        ),
    ]
    return tuple(steps)


# --------------------------------------------------------------------------------------------- the rule


def _dates(on: object, trial_date: object) -> tuple[date, date]:
    """The date of the conduct and of the trial (default: today, or the conduct date if later), checked."""
    day = parse_date(on, "on 行为日期", allow_text=False)
    trial = (
        max(date.today(), day)
        if trial_date is None
        else parse_date(trial_date, "trial_date 审理日期", allow_text=False)
    )
    if trial < day:
        raise InputError(
            "trial_date 审理日期",
            f"不能早于行为日期（{date_zh(day)}）",
            f"cannot be before the conduct date ({day.isoformat()})",
        )
    start = _first("civil_code/1038")
    if day < start:
        raise LawError(
            f"行为日期{date_zh(day)}早于民法典施行（{date_zh(start)}）；本课程只讲民法典施行后的规则。",
            f"Conduct on {day.isoformat()} predates the Civil Code ({start.isoformat()}); the course covers the Civil Code "
            "era only.",
        )
    return day, trial


def _decision_map(f: _Facts) -> Routes:
    """The three routes for the facts, and the results of the rules they called."""
    personal = _civil_personal_information(f)
    privacy = _civil_privacy(f)
    medical = _civil_medical(f)
    holder, check, holder_award = _civil_holder(f)
    secret_civil, ts_award = _civil_trade_secret(f)
    civil_recipient = _civil_recipient(f)
    civil_route = Route(
        "civil",
        "民事路径",
        "Civil route",
        tuple(e for e in (personal, privacy, medical, secret_civil, holder, civil_recipient) if e is not None),
    )

    pi_engagement, pi = _criminal_pi(f)
    police_engagement = _admin_police(f, pi)
    aucl_engagement, aucl_fine = _admin_trade_secret(f)
    holder_admin, pipl_fine, csl_fine = _admin_holder(f)
    holder_duties, breach = _admin_holder_duties(f)
    admin_recipient = _admin_recipient(f)
    admin_route = Route(
        "administrative",
        "行政路径",
        "Administrative route",
        tuple(
            e
            for e in (police_engagement, aucl_engagement, holder_admin, holder_duties, admin_recipient)
            if e is not None
        ),
    )

    ts_engagement, ts = _criminal_trade_secret(f)
    criminal_route = Route(
        "criminal",
        "刑事路径",
        "Criminal route",
        tuple(e for e in (pi_engagement, ts_engagement, _criminal_holder(f), _criminal_recipient(f)) if e is not None),
    )

    return Routes(
        on=f.day,
        who=f.who,
        what=f.what,
        to_whom=f.to_whom,
        gain=f.gain,
        pieces=tuple((k, n) for k, n in f.pieces.items() if n),
        customer_list_is_secret=f.secret,
        employer_failed_security=f.failed,
        employer_loss=f.loss,
        civil=civil_route,
        administrative=admin_route,
        criminal=criminal_route,
        page_check=_page_check(f),
        pi=pi,
        trade_secret=ts,
        trade_secret_damages=ts_award,
        holder_damages=holder_award,
        pipl_fine=pipl_fine,
        aucl_fine=aucl_fine,
        csl_fine=csl_fine,
        processing=check,
        breach=breach,
    )


def engaged(
    *,
    who: str,
    what: str,
    to_whom: str,
    gain: object,
    pieces: Mapping[str, object] | None = None,
    customer_list_is_secret: bool = False,
    employer_failed_security: bool = False,
    employer_loss: object = None,
    on: date | None = None,
    trial_date: date | None = None,
) -> Routes:
    """The civil, administrative and criminal routes a leak of customer data engages, and against whom.

    Facts: ``who`` leaked (:data:`WHO`: ``"employee"``, ``"medical_staff"``, ``"outsider"``); ``what``
    (:data:`WHAT`: ``"customer_list"``, ``"patient_records"``, ``"financial_records"``); ``to_whom``
    (:data:`TO_WHOM`: ``"competitor"``, ``"fraud_ring"``, ``"public"``); ``gain``, the illegal gain in
    yuan; ``pieces``, counts per category of :data:`pilaw.rules.criminal.CATEGORIES` (None = none entered);
    ``customer_list_is_secret``, whether the list is found to be a trade secret (a question of fact: not
    known to the public, commercial value, confidentiality measures — AUCL 2019 art. 9 / 2025 art. 10,
    last paragraph); ``employer_failed_security``, whether the business holding the data failed to take
    the necessary security measures (Civil Code art. 1038 para. 2); ``employer_loss``, that business's
    loss (None = cannot be determined); ``on``, the date of the conduct (default today; before the Civil
    Code, 2021-01-01, raises :class:`LawError`); ``trial_date`` for art. 219 and AUCL damages (default:
    today, or ``on`` if later).

    Civil: the leaker's tort liability for personal information (Civil Code arts. 1034, 1035, 1165,
    1182, 1183; PIPL art. 70); privacy (arts. 1032–1034, open: a question of fact); medical
    confidentiality (art. 1226, only medical institutions and their staff); the holder's liability as
    processor (art. 1038, PIPL art. 69 presumed fault, CRPL art. 29 for a business); trade-secret damages
    (AUCL art. 17 / 22) when the list is a secret, and the competitor as third party. Administrative:
    PIPL art. 66 against the holder (not the employee); a police penalty against the leaker only where
    it is not yet a crime (CSL 2016 art. 64 para. 2, or from 2026-01-01 CSL art. 71 para. 2 and the
    Public Security Punishments Law art. 56); AUCL art. 21 / 26 fines, which reach the employee himself.
    Criminal: art. 253-1 (an insider — employee or medical staff — needs half the standards of the
    2017 interpretation and is punished more heavily, para. 2); art. 219 when the list is a secret; the
    recipient; not the holder (unit crime, art. 286-1). ``Routes.page_check`` says what Civil Code arts.
    1032, 1034 and 1226, which the source page cites, really cover.
    """
    who_v = _choice(who, WHO, "who 泄露者")
    what_v = _choice(what, WHAT, "what 泄露的信息")
    to_v = _choice(to_whom, TO_WHOM, "to_whom 泄露给谁")
    gain_v = money.parse_yuan(gain, "gain 违法所得")
    counts = _counts(pieces)
    secret = parse_flag(customer_list_is_secret, "customer_list_is_secret 是否商业秘密")
    failed = parse_flag(employer_failed_security, "employer_failed_security 未采取安全措施")
    loss = money.parse_optional_yuan(employer_loss, "employer_loss 权利人损失")
    day, trial = _dates(on, trial_date)
    f = _Facts(who_v, what_v, to_v, gain_v, counts, secret, failed, loss, day, trial)

    return _decision_map(f)
