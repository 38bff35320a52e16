"""The rules for processing personal information: Civil Code arts. 1035–1038 and CRPL art. 29.

A :class:`Scenario` records the facts as a student enters them: which processing acts (处理行为) took
place, which of them the person (or guardian) consented to, whether the principles and conditions of
Civil Code art. 1035 were respected, what the processor did about security and leaks (art. 1038), and,
for a business dealing with consumers (经营者), the extra duties of Consumer Rights Protection Law
(消费者权益保护法, CRPL) art. 29.

:func:`check` says which statutory conditions those facts fail, each failure a step naming the article
and the item; whether an exemption of art. 1036 *may* apply (the court decides whether the processing
was reasonable, 合理); the person's rights under art. 1037; and what art. 1038 para. 2 (and CRPL
art. 29 para. 2) demand after a leak. It is a rule-based reading of the texts, not a verdict.

    >>> result = check(EXAMPLE)
    >>> sorted(result.failed)[:2]
    ['civil_code/1035#(一)', 'civil_code/1038#1.provide']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.steps import Kind, Step

CIVIL_1035 = "civil_code/1035"
CIVIL_1036 = "civil_code/1036"
CIVIL_1037 = "civil_code/1037"
CIVIL_1038 = "civil_code/1038"
CRPL_29 = "consumer_law/29"
REFS = (CIVIL_1035, CIVIL_1036, CIVIL_1037, CIVIL_1038, CRPL_29)

# The processing acts listed in Civil Code art. 1035 para. 2, in the order of the text.
# key: (Chinese term, English gloss)
ACTS: dict[str, tuple[str, str]] = {
    "collect": ("收集", "collection"),
    "store": ("存储", "storage"),
    "use": ("使用", "use"),
    "handle": ("加工", "handling"),
    "transmit": ("传输", "transmission"),
    "provide": ("提供", "provision to others"),
    "disclose": ("公开", "disclosure to the public"),
}
_ACT_BY_ZH = {zh: key for key, (zh, _en) in ACTS.items()}
# CRPL art. 29 para. 1 speaks of a business that 收集、使用 (collects, uses) consumers' information.
CRPL_ACTS = ("collect", "use")


def _acts_zh(acts: Iterable[str]) -> str:
    return "、".join(ACTS[a][0] for a in ACTS if a in acts)


def _acts_en(acts: Iterable[str]) -> str:
    return ", ".join(ACTS[a][1] for a in ACTS if a in acts)


_BOOL_FIELDS_ZH = {
    "law_provides_otherwise": "法律、行政法规另有规定",
    "principles": "遵循合法、正当、必要原则",
    "not_excessive": "未过度处理",
    "rules_public": "公开处理信息的规则",
    "purpose_stated": "明示处理的目的、方式和范围",
    "lawful_and_per_agreement": "不违反法律、行政法规和双方约定",
    "anonymised": "所提供的信息经过加工无法识别特定个人且不能复原",
    "processor_leaked": "信息处理者（含其工作人员）泄露信息",
    "processor_tampered": "信息处理者（含其工作人员）篡改信息",
    "security_measures": "采取技术措施和其他必要措施",
    "made_public": "自行公开或已合法公开的信息",
    "person_refused": "该自然人明确拒绝",
    "harms_major_interest": "侵害其重大利益",
    "public_interest": "为维护公共利益或该自然人合法权益",
    "inaccurate": "信息有错误",
    "business": "经营者面向消费者",
    "sold": "出售信息",
    "commercial_messages": "发送商业性信息",
    "messages_consented": "消费者同意或请求接收商业性信息",
    "messages_refused": "消费者明确拒绝商业性信息",
    "incident": "发生或者可能发生信息泄露、丢失",
    "remedied": "已采取补救措施",
    "persons_informed": "已告知自然人",
    "authority_reported": "已向主管部门报告",
}


def _act_set(value: object, field: str) -> frozenset[str]:
    if value is None or isinstance(value, (str, bytes, bool, int, float)) or not hasattr(value, "__iter__"):
        raise InputError(
            field,
            "需要一组处理行为（如 收集、使用）",
            f"needs a set of processing acts (e.g. 'collect', 'use'), not {value!r}",
        )
    out = set()
    for item in value:
        if isinstance(item, str) and item in ACTS:
            out.add(item)
        elif isinstance(item, str) and item in _ACT_BY_ZH:
            out.add(_ACT_BY_ZH[item])
        else:
            raise InputError(
                field,
                f"未知的处理行为 {item!r}；可选：{'、'.join(zh for zh, _ in ACTS.values())}",
                f"unknown processing act {item!r}; choose from {', '.join(ACTS)}",
            )
    return frozenset(out)


@dataclass(frozen=True)
class Scenario:
    """The facts of one processing of personal information, as entered (every flag is a plain bool).

    ``acts`` and ``consented`` are sets of act keys from :data:`ACTS` (or their Chinese names):
    what was done, and what the person or guardian agreed to. Every other field defaults to the
    compliant or uneventful value, so a test names only what departs from it.
    """

    acts: frozenset[str]
    consented: frozenset[str]
    law_provides_otherwise: bool = False  # 1035(一): 法律、行政法规另有规定
    principles: bool = True  # 1035 para. 1: 合法、正当、必要
    not_excessive: bool = True  # 1035 para. 1: 不得过度处理
    rules_public: bool = True  # 1035(二)
    purpose_stated: bool = True  # 1035(三)
    lawful_and_per_agreement: bool = True  # 1035(四)
    anonymised: bool = False  # 1038 para. 1 proviso: what was provided identifies no one, cannot be restored
    processor_leaked: bool = False  # 1038 para. 1; CRPL 29 para. 2
    processor_tampered: bool = False  # 1038 para. 1
    security_measures: bool = True  # 1038 para. 2
    made_public: bool = False  # 1036(二)
    person_refused: bool = False  # 1036(二) proviso
    harms_major_interest: bool = False  # 1036(二) proviso
    public_interest: bool = False  # 1036(三)
    inaccurate: bool = False  # 1037 para. 1
    business: bool = False  # CRPL 29
    sold: bool = False  # CRPL 29 para. 2
    commercial_messages: bool = False  # CRPL 29 para. 3
    messages_consented: bool = False
    messages_refused: bool = False
    incident: bool = False  # 1038 para. 2, CRPL 29 para. 2: 发生或者可能发生信息泄露、丢失
    remedied: bool = False
    persons_informed: bool = False
    authority_reported: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "acts", _act_set(self.acts, "处理行为 acts"))
        object.__setattr__(self, "consented", _act_set(self.consented, "同意的行为 consented"))
        if not self.acts:
            raise InputError(
                "处理行为 acts",
                "请至少选择一种处理行为（民法典第一千零三十五条第二款）",
                "choose at least one processing act (Civil Code art. 1035 para. 2)",
            )
        for name, zh in _BOOL_FIELDS_ZH.items():
            parse_flag(getattr(self, name), f"{zh} {name}")


FIELDS = tuple(f.name for f in fields(Scenario))


@dataclass(frozen=True)
class Condition:
    """One statutory condition, checked against the facts: ``met`` or not, with the reason."""

    key: str  # "<ref>#<item>", e.g. "civil_code/1035#(一)"
    ref: str
    where_zh: str  # "第一款第一项"
    where_en: str  # "para. 1 item (一)"
    rule_zh: str
    rule_en: str
    met: bool
    reason_zh: str
    reason_en: str
    kind: Kind = (
        Kind.APPLIES
    )  # READING where the reason rests on an unsettled reading; NOT_ASSESSED where it is left open

    @property
    def step(self) -> Step:
        mark = "✓ 符合" if self.met else "✗ 不符合"
        mark_en = "✓ met" if self.met else "✗ fails"
        name_zh, name_en = law.article_name(self.ref)
        return Step(
            f"{mark}（{name_zh}{self.where_zh}）{self.rule_zh}：{self.reason_zh}",
            f"{mark_en} ({name_en} {self.where_en}) {self.rule_en}: {self.reason_en}",
            self.ref,
            self.kind,
        )


@dataclass(frozen=True)
class Exemption:
    """An item of Civil Code art. 1036: ``may_apply`` means the facts fit its words, not that it applies."""

    item: str  # "(一)", "(二)", "(三)"
    may_apply: bool
    acts: frozenset[str]  # the acts it may cover
    reason_zh: str
    reason_en: str

    @property
    def step(self) -> Step:
        head_zh = "可能适用" if self.may_apply else "不适用"
        head_en = "may apply" if self.may_apply else "does not apply"
        item_zh = self.item.strip("()")
        return Step(
            f"第一千零三十六条第{item_zh}项{head_zh}：{self.reason_zh}",
            f"Art. 1036 item {self.item} {head_en}: {self.reason_en}",
            CIVIL_1036,
        )


@dataclass(frozen=True)
class Right:
    """A right of the person under Civil Code art. 1037."""

    key: str  # "access_copy", "correction", "deletion"
    text_zh: str
    text_en: str

    @property
    def step(self) -> Step:
        return Step(self.text_zh, self.text_en, CIVIL_1037)


@dataclass(frozen=True)
class Duty:
    """What the law demands after a leak that happened or may happen; ``done`` is as entered."""

    key: str  # "remedy", "inform", "report", "remedy_immediately"
    ref: str
    text_zh: str
    text_en: str
    done: bool

    @property
    def step(self) -> Step:
        zh = "已履行（据输入）" if self.done else "尚未履行（据输入），仍须履行"
        en = "done (as entered)" if self.done else "not done (as entered): still required"
        return Step(f"{self.text_zh} —— {zh}", f"{self.text_en} — {en}", self.ref)


@dataclass(frozen=True)
class ProcessingCheck:
    """Which statutory conditions the facts fail, possible exemptions, rights and post-leak duties."""

    scenario: Scenario
    on: date
    conditions: tuple[Condition, ...]
    exemptions: tuple[Exemption, ...]
    rights: tuple[Right, ...]
    duties: tuple[Duty, ...]
    steps: tuple[Step, ...]

    @property
    def failures(self) -> tuple[Condition, ...]:
        return tuple(c for c in self.conditions if not c.met)

    @property
    def failed(self) -> frozenset[str]:
        """The keys of the failing conditions, e.g. ``{"civil_code/1035#(一)"}``."""
        return frozenset(c.key for c in self.failures)

    @property
    def may_be_exempt(self) -> tuple[str, ...]:
        """The items of art. 1036 whose words the facts fit, e.g. ``("(一)",)``."""
        return tuple(e.item for e in self.exemptions if e.may_apply)

    @property
    def outstanding(self) -> tuple[Duty, ...]:
        return tuple(d for d in self.duties if not d.done)

    def condition(self, key: str) -> Condition:
        for c in self.conditions:
            if c.key == key:
                return c
        raise KeyError(key)


Pair = tuple[str, str]  # (Chinese, English)
_AS_ENTERED: Pair = ("据输入的事实", "on the facts as entered")


def _cond(
    ref: str,
    slug: str,
    where_zh: str,
    where_en: str,
    rule_zh: str,
    rule_en: str,
    met: bool,
    ok: Pair | None,
    bad: Pair,
    kind: Kind = Kind.APPLIES,
) -> Condition:
    reason_zh, reason_en = (ok or _AS_ENTERED) if met else bad
    return Condition(f"{ref}#{slug}", ref, where_zh, where_en, rule_zh, rule_en, met, reason_zh, reason_en, kind)


def _civil_code_1035(s: Scenario) -> list[Condition]:
    out = [
        _cond(
            CIVIL_1035,
            "principles",
            "第一款",
            "para. 1",
            "遵循合法、正当、必要原则",
            "follow the principles of lawfulness, legitimacy and necessity (合法、正当、必要)",
            s.principles,
            _AS_ENTERED,
            ("据输入，处理未遵循这些原则", "as entered, the processing does not follow these principles"),
        ),
        _cond(
            CIVIL_1035,
            "not_excessive",
            "第一款",
            "para. 1",
            "不得过度处理",
            "no excessive processing (不得过度处理)",
            s.not_excessive,
            _AS_ENTERED,
            ("据输入，处理过度", "as entered, the processing is excessive"),
        ),
    ]
    out.append(_consent_1035(s))
    out += [
        _cond(
            CIVIL_1035,
            "(二)",
            "第一款第二项",
            "para. 1 item (二)",
            "公开处理信息的规则",
            "make the processing rules public",
            s.rules_public,
            _AS_ENTERED,
            ("据输入，处理规则未公开", "as entered, the rules were not made public"),
        ),
        _cond(
            CIVIL_1035,
            "(三)",
            "第一款第三项",
            "para. 1 item (三)",
            "明示处理信息的目的、方式和范围",
            "state the purpose, method and scope of processing expressly",
            s.purpose_stated,
            _AS_ENTERED,
            ("据输入，未明示目的、方式和范围", "as entered, purpose, method and scope were not stated"),
        ),
        _cond(
            CIVIL_1035,
            "(四)",
            "第一款第四项",
            "para. 1 item (四)",
            "不违反法律、行政法规的规定和双方的约定",
            "no breach of laws, administrative regulations or the parties' agreement",
            s.lawful_and_per_agreement,
            (
                "据输入，未违反其他法律、行政法规或约定",
                "as entered, no other law, regulation or the agreement is breached",
            ),
            ("据输入，违反了法律、行政法规或双方约定", "as entered, a law, a regulation or the agreement is breached"),
        ),
    ]
    return out


def _consent_1035(s: Scenario) -> Condition:
    """Art. 1035 para. 1 item (一): consent of the person or guardian, unless a law or regulation provides otherwise."""
    missing = s.acts - s.consented
    ok = None
    kind = Kind.APPLIES
    anonymous_zh = anonymous_en = ""
    if s.anonymised and "provide" in missing:
        # What was provided identifies no one and cannot be restored: not personal information (art. 1034
        # para. 2), and art. 1038 para. 1 excepts it. A textual reading, stated as such.
        missing = missing - {"provide"}
        kind = Kind.READING
        anonymous_zh = "；所提供的信息经过加工无法识别特定个人且不能复原，按条文文义不再是个人信息（第一千零三十四条第二款、第一千零三十八条第一款但书；文义解读，尚无定论）"
        anonymous_en = (
            "; what was provided identifies no one and cannot be restored, so on the words of the texts it "
            "is no longer personal information (arts. 1034 para. 2, 1038 para. 1 proviso; a textual reading, not settled)"
        )
    if not missing:
        ok = (f"处理行为经过同意{anonymous_zh}", f"the acts have consent{anonymous_en}")
        met = True
    elif s.law_provides_otherwise:
        ok = (
            f"{_acts_zh(missing)}未经同意，但据输入法律、行政法规另有规定；须核实是哪一规定、是否涵盖本次处理",
            f"{_acts_en(missing)} without consent, but as entered a law or administrative regulation provides "
            "otherwise; which provision, and whether it covers this processing, must be checked",
        )
        met = True
        kind = kind if kind is Kind.READING else Kind.NOT_ASSESSED
    else:
        met = False
    return _cond(
        CIVIL_1035,
        "(一)",
        "第一款第一项",
        "para. 1 item (一)",
        "征得该自然人或者其监护人同意（法律、行政法规另有规定的除外）",
        "consent of the person or their guardian (unless a law or administrative regulation provides otherwise)",
        met,
        ok,
        (
            f"{_acts_zh(missing)}未经本人或监护人同意{anonymous_zh}",
            f"no consent of the person or guardian for: {_acts_en(missing)}{anonymous_en}",
        ),
        kind,
    )


def _security(ref: str, s: Scenario) -> Condition:
    """Para. 2 of Civil Code art. 1038 and of CRPL art. 29 alike: technical and other necessary security measures."""
    return _cond(
        ref,
        "2.security",
        "第二款",
        "para. 2",
        "采取技术措施和其他必要措施，确保信息安全",
        "take technical and other necessary measures to keep the information secure",
        s.security_measures,
        _AS_ENTERED,
        ("据输入，未采取必要的安全措施", "as entered, the necessary security measures were not taken"),
    )


def _provided_illegally(s: Scenario) -> bool:
    """Provision to others without consent, of identifiable information, with no law providing otherwise."""
    return "provide" in s.acts and "provide" not in s.consented and not s.anonymised and not s.law_provides_otherwise


def _civil_code_1038(s: Scenario) -> list[Condition]:
    out = [
        _cond(
            CIVIL_1038,
            "1.leak",
            "第一款",
            "para. 1",
            "信息处理者不得泄露或者篡改其收集、存储的个人信息",
            "the processor must not leak or tamper with the information it collected or stored",
            not (s.processor_leaked or s.processor_tampered),
            (
                "据输入，信息处理者本身没有泄露或者篡改",
                "as entered, the processor itself did not leak or tamper with it",
            ),
            (
                "据输入，信息处理者（含其工作人员）"
                + ("泄露" if s.processor_leaked else "")
                + ("或" if s.processor_leaked and s.processor_tampered else "")
                + ("篡改" if s.processor_tampered else "")
                + "了信息",
                "as entered, the processor (or its staff) "
                + " and ".join(
                    w for w, on in (("leaked", s.processor_leaked), ("tampered with", s.processor_tampered)) if on
                )
                + " the information",
            ),
        ),
    ]
    if "provide" in s.acts:
        kind = Kind.APPLIES
        if "provide" in s.consented:
            ok = ("向他人提供经过同意", "provision to others had consent")
        elif s.anonymised:
            ok = (
                "未经同意，但信息经过加工无法识别特定个人且不能复原（但书）",
                "no consent, but the information was processed so that no specific person can be identified and "
                "it cannot be restored (the proviso)",
            )
        elif s.law_provides_otherwise:
            ok = (
                "未经同意，但据输入有法律、行政法规另有规定，提供未必“非法”；须核实",
                "no consent, but as entered a law or administrative regulation provides otherwise, so the provision "
                "may not be 非法 (illegal); to be checked",
            )
            kind = Kind.NOT_ASSESSED
        else:
            ok = None
        out.append(
            _cond(
                CIVIL_1038,
                "1.provide",
                "第一款",
                "para. 1",
                "未经自然人同意，不得向他人非法提供其个人信息（经过加工无法识别特定个人且不能复原的除外）",
                "no illegal provision to others without the person's consent (except information processed so "
                "that no specific person can be identified and it cannot be restored)",
                not _provided_illegally(s),
                ok,
                (
                    "未经同意向他人提供可识别的个人信息",
                    "identifiable information was provided to others without consent",
                ),
                kind,
            )
        )
    out.append(_security(CIVIL_1038, s))
    return out


def _consumer_law_29(s: Scenario) -> list[Condition]:
    """CRPL art. 29, for a business dealing with consumers (经营者): paras. 1 to 3."""
    if not s.business:
        return []
    return _crpl_29_para_1(s) + _crpl_29_para_2(s) + _crpl_29_para_3(s)


def _crpl_29_para_1(s: Scenario) -> list[Condition]:
    """Para. 1: collection and use (收集、使用) — the principles, stated purpose, the consumer's consent, public rules."""
    if not s.acts & set(CRPL_ACTS):
        return []
    missing = (s.acts & set(CRPL_ACTS)) - s.consented
    consent_bad = (f"{_acts_zh(missing)}未经消费者同意", f"no consent of the consumer for: {_acts_en(missing)}")
    consent_kind = Kind.APPLIES
    if missing and s.law_provides_otherwise:
        consent_bad = (
            consent_bad[0] + "；本条文字未规定“法律另有规定”的例外，其他法律能否排除本条，此处不作结论（尚无定论）",
            consent_bad[1] + "; this article states no 'unless the law provides otherwise' exception; "
            "whether another law displaces it is not settled here (尚无定论)",
        )
        consent_kind = Kind.READING
    where = ("第一款", "para. 1")
    return [
        _cond(
            CRPL_29,
            "1.principles",
            *where,
            "经营者收集、使用消费者个人信息，应当遵循合法、正当、必要的原则",
            "a business collecting or using consumers' information follows lawfulness, legitimacy and necessity",
            s.principles,
            _AS_ENTERED,
            ("据输入，未遵循这些原则", "as entered, these principles are not followed"),
        ),
        _cond(
            CRPL_29,
            "1.purpose",
            *where,
            "明示收集、使用信息的目的、方式和范围",
            "state the purpose, method and scope of collection and use expressly",
            s.purpose_stated,
            _AS_ENTERED,
            ("据输入，未明示", "as entered, they were not stated"),
        ),
        _cond(
            CRPL_29,
            "1.consent",
            *where,
            "经消费者同意",
            "consent of the consumer",
            not missing,
            ("收集、使用经过同意", "collection and use had consent"),
            consent_bad,
            consent_kind,
        ),
        _cond(
            CRPL_29,
            "1.rules",
            *where,
            "公开其收集、使用规则",
            "make its collection and use rules public",
            s.rules_public,
            _AS_ENTERED,
            ("据输入，规则未公开", "as entered, the rules were not made public"),
        ),
        _cond(
            CRPL_29,
            "1.lawful",
            *where,
            "不得违反法律、法规的规定和双方的约定收集、使用信息",
            "no collection or use in breach of laws, regulations or the agreement",
            s.lawful_and_per_agreement,
            _AS_ENTERED,
            ("据输入，违反了法律、法规或约定", "as entered, a law, a regulation or the agreement is breached"),
        ),
    ]


def _crpl_29_para_2(s: Scenario) -> list[Condition]:
    """Para. 2: strict confidentiality (no leaking, selling or illegal provision) and security measures."""
    bad_zh, bad_en = [], []
    if s.processor_leaked:
        bad_zh.append("泄露了信息")
        bad_en.append("the information was leaked by the business or its staff")
    if s.sold:
        bad_zh.append("出售了信息（本款文字禁止出售，未设同意的例外；同意能否使出售合法，此处不作结论）")
        bad_en.append(
            "the information was sold (the text forbids 出售 with no consent exception; whether consent "
            "would make a sale lawful is not settled here)"
        )
    if _provided_illegally(s):
        bad_zh.append("未经同意向他人提供")
        bad_en.append("it was provided to others without consent")
    return [
        _cond(
            CRPL_29,
            "2.confidential",
            "第二款",
            "para. 2",
            "经营者及其工作人员对收集的消费者个人信息必须严格保密，不得泄露、出售或者非法向他人提供",
            "keep consumers' information strictly confidential: no leaking, selling or illegal provision to others",
            not bad_zh,
            _AS_ENTERED,
            ("；".join(bad_zh), "; ".join(bad_en)),
            Kind.READING if s.sold else Kind.APPLIES,
        ),
        _security(CRPL_29, s),
    ]


def _crpl_29_para_3(s: Scenario) -> list[Condition]:
    """Para. 3: no commercial messages without consent or request, or after a refusal (checked only if sent)."""
    if not s.commercial_messages:
        return []
    bad = (
        ("消费者明确表示拒绝", "the consumer expressly refused")
        if s.messages_refused
        else ("未经消费者同意或者请求", "without the consumer's consent or request")
    )
    return [
        _cond(
            CRPL_29,
            "3.messages",
            "第三款",
            "para. 3",
            "未经消费者同意或者请求，或者消费者明确表示拒绝的，不得向其发送商业性信息",
            "no commercial messages without the consumer's consent or request, or after a refusal",
            s.messages_consented and not s.messages_refused,
            ("消费者同意或者请求，且未拒绝", "the consumer consented or asked, and did not refuse"),
            (f"发送了商业性信息，但{bad[0]}", f"commercial messages were sent, but {bad[1]}"),
        )
    ]


# The rules of a check, each from the day its provisions took effect (the corpus holds the days): Civil Code
# arts. 1035 and 1038 from 2021-01-01, CRPL art. 29 (as amended in 2013) from 2014-03-15. The one place where the
# date chooses the rules: every rule in force on the day of the processing applies, in this order.
RULES: tuple[tuple[str, Callable[[Scenario], list[Condition]]], ...] = (
    (CIVIL_1035, _civil_code_1035),
    (CIVIL_1038, _civil_code_1038),
    (CRPL_29, _consumer_law_29),
)


def _conditions(s: Scenario, on: date) -> list[Condition]:
    return [condition for ref, rule in RULES if law.is_in_force(ref, on) for condition in rule(s)]


def _exemptions(s: Scenario) -> tuple[Exemption, ...]:
    within = s.acts & s.consented
    if within:
        one = Exemption(
            "(一)",
            True,
            within,
            f"{_acts_zh(within)}在同意的范围内；须“合理实施”，是否合理由法院判断",
            f"{_acts_en(within)} lie within the consent; they must be reasonably carried out, which the court decides",
        )
    else:
        one = Exemption("(一)", False, frozenset(), "没有任何处理行为在同意的范围内", "no act lies within any consent")
    if not s.made_public:
        two = Exemption(
            "(二)",
            False,
            frozenset(),
            "信息不是本人自行公开或其他已经合法公开的信息",
            "the information was neither made public by the person nor otherwise lawfully public",
        )
    elif s.person_refused or s.harms_major_interest:
        provisos = [
            (zh, en)
            for zh, en, on in (
                ("该自然人明确拒绝", "the person expressly refused", s.person_refused),
                ("处理侵害其重大利益", "the processing harms a major interest of the person", s.harms_major_interest),
            )
            if on
        ]
        why_zh = "、".join(zh for zh, _en in provisos)
        why_en = " and ".join(en for _zh, en in provisos)
        two = Exemption(
            "(二)",
            False,
            frozenset(),
            f"信息已公开，但{why_zh}（但书）",
            f"the information is public, but {why_en} (the proviso)",
        )
    else:
        two = Exemption(
            "(二)",
            True,
            s.acts,
            "合理处理本人自行公开或其他已经合法公开的信息；是否“合理”由法院判断",
            "reasonable processing of information the person made public or that is otherwise lawfully "
            "public; whether it is reasonable (合理) is for the court",
        )
    if s.public_interest:
        three = Exemption(
            "(三)",
            True,
            s.acts,
            "为维护公共利益或者该自然人合法权益合理实施；是否合理由法院判断",
            "reasonably carried out to protect the public interest or the person's lawful rights; "
            "the court decides whether it was reasonable",
        )
    else:
        three = Exemption(
            "(三)",
            False,
            frozenset(),
            "未输入维护公共利益或该自然人合法权益的目的",
            "no purpose of protecting the public interest or the person's lawful rights was entered",
        )
    return one, two, three


def _rights(s: Scenario, any_failure: bool) -> tuple[Right, ...]:
    out = [
        Right(
            "access_copy",
            "本人可以依法向信息处理者查阅或者复制其个人信息（第一千零三十七条第一款）",
            "the person may, according to law, consult or copy their information held by the processor (art. 1037 para. 1)",
        )
    ]
    if s.inaccurate:
        out.append(
            Right(
                "correction",
                "信息有错误：本人有权提出异议并请求及时采取更正等必要措施（第一款）",
                "the information is wrong: the person may object and ask for correction or other necessary "
                "measures in time (para. 1)",
            )
        )
    if any_failure:
        out.append(
            Right(
                "deletion",
                "据输入，处理违反法律、行政法规或者双方约定：本人有权请求信息处理者及时删除（第二款）",
                "as entered, the processing breaches a law, an administrative regulation or the agreement: the "
                "person may ask the processor to delete the information in time (para. 2)",
            )
        )
    return tuple(out)


def _duties(s: Scenario) -> tuple[Duty, ...]:
    if not s.incident:
        return ()
    out = [
        Duty(
            "remedy",
            CIVIL_1038,
            "第一千零三十八条第二款：及时采取补救措施",
            "art. 1038 para. 2: take remedial measures in time",
            s.remedied,
        ),
        Duty(
            "inform",
            CIVIL_1038,
            "第一千零三十八条第二款：按照规定告知自然人（如何告知由其他规定确定）",
            "art. 1038 para. 2: inform the persons concerned, per the rules (按照规定; how is set by other rules)",
            s.persons_informed,
        ),
        Duty(
            "report",
            CIVIL_1038,
            "第一千零三十八条第二款：按照规定向有关主管部门报告",
            "art. 1038 para. 2: report to the competent authority, per the rules (按照规定)",
            s.authority_reported,
        ),
    ]
    if s.business:
        out.append(
            Duty(
                "remedy_immediately",
                CRPL_29,
                "消费者权益保护法第二十九条第二款：立即采取补救措施",
                "CRPL art. 29 para. 2: take remedial measures immediately (立即)",
                s.remedied,
            )
        )
    return tuple(out)


def _scenario(scenario: object, facts: dict[str, object]) -> Scenario:
    """The facts of :func:`check`: a :class:`Scenario`, or its fields as keyword arguments, never both."""
    if scenario is None:
        unknown = set(facts) - set(FIELDS)
        if unknown:
            raise InputError(
                "facts", f"未知的事实：{', '.join(sorted(unknown))}", f"unknown facts: {', '.join(sorted(unknown))}"
            )
        for needed in ("acts", "consented"):
            if needed not in facts:
                raise InputError(needed, "必须填写", "is required")
        return Scenario(**facts)  # type: ignore[arg-type]  # every field is parsed in Scenario.__post_init__
    if not isinstance(scenario, Scenario):
        raise InputError("scenario", "需要一个 Scenario", f"needs a Scenario, not {type(scenario).__name__}")
    if facts:
        raise InputError(
            "scenario", "请只给出 Scenario 或关键字参数之一", "give either a Scenario or keyword facts, not both"
        )
    return scenario


def _kind_of(conditions: Iterable[Condition]) -> Kind:
    """One kind for a step that sums up several conditions: a reading, else not assessed, else applies the law."""
    kinds = {c.kind for c in conditions}
    return next((k for k in (Kind.READING, Kind.NOT_ASSESSED) if k in kinds), Kind.APPLIES)


def _condition_steps(s: Scenario, conditions: list[Condition]) -> list[Step]:
    """The acts entered, every failing condition, every met one that carries a caveat, then the met ones article by
    article, and where CRPL art. 29 was left aside."""
    steps = [
        Step(
            f"处理行为：{_acts_zh(s.acts)}——均属第一千零三十五条第二款所称个人信息的处理",
            f"Acts entered: {_acts_en(s.acts)} — each is processing (处理) under art. 1035 para. 2",
            CIVIL_1035,
        )
    ]
    steps += [c.step for c in conditions if not c.met]
    steps += [c.step for c in conditions if c.met and c.kind is not Kind.APPLIES]
    for ref, name_zh, name_en in (
        (CIVIL_1035, "第一千零三十五条", "Art. 1035"),
        (CIVIL_1038, "第一千零三十八条", "Art. 1038"),
        (CRPL_29, "消费者权益保护法第二十九条", "CRPL art. 29"),
    ):
        met = [c for c in conditions if c.ref == ref and c.met and c.kind is Kind.APPLIES]
        if met:
            steps.append(
                Step(
                    f"✓ {name_zh}中据输入已符合的条件：" + "；".join(f"（{c.where_zh}）{c.rule_zh}" for c in met),
                    f"✓ {name_en}, conditions met as entered: " + "; ".join(f"({c.where_en}) {c.rule_en}" for c in met),
                    ref,
                )
            )
    if s.business and not s.acts & set(CRPL_ACTS):
        steps.append(
            Step(
                "消费者权益保护法第二十九条第一款针对“收集、使用”；输入中没有这两种行为，故未适用第一款",
                "CRPL art. 29 para. 1 speaks of collection and use (收集、使用); neither was entered, so para. 1 was not applied",
                CRPL_29,
            )
        )
    if not s.business:
        steps.append(
            Step(
                "未输入经营者面向消费者，故未适用消费者权益保护法第二十九条",
                "No business dealing with consumers entered, so CRPL art. 29 was not applied",
                CRPL_29,
            )
        )
    return steps


def _remedy_steps(
    s: Scenario, failed: bool, exemptions: tuple[Exemption, ...], rights: tuple[Right, ...], duties: tuple[Duty, ...]
) -> list[Step]:
    """Art. 1036's exemptions (what the court decides is not assessed), art. 1037's rights, art. 1038's duties."""
    steps = [e.step for e in exemptions]
    if failed and any(e.may_apply for e in exemptions):
        steps.append(
            Step(
                "第一千零三十六条只免除“民事责任”，且仅在处理合理时适用；是否合理，由法院根据案情判断",
                "Art. 1036 relieves civil liability (民事责任) only, and only for reasonable processing; "
                "whether it was reasonable is for the court on the facts",
                CIVIL_1036,
                Kind.NOT_ASSESSED,
            )
        )
    steps += [r.step for r in rights]
    if s.incident:
        steps.append(
            Step(
                "发生或者可能发生信息泄露、丢失：第一千零三十八条第二款的补救、告知、报告义务适用",
                "A leak or loss happened or may happen: the duties of art. 1038 para. 2 to remedy, inform and "
                "report apply",
                CIVIL_1038,
            )
        )
        if not s.processor_leaked:
            steps.append(
                Step(
                    "第一款禁止处理者“泄露”；本次事件是否属于处理者自己的泄露（例如员工所为），取决于本检查不予判断的事实",
                    "Para. 1 forbids the processor to leak; whether this incident is the processor's own leak "
                    "(an employee's act, say) depends on facts the checker does not weigh",
                    CIVIL_1038,
                    Kind.NOT_ASSESSED,
                )
            )
    return steps + [d.step for d in duties]


def check(scenario: Scenario | None = None, /, *, on: date | None = None, **facts: object) -> ProcessingCheck:
    """Check a processing of personal information against Civil Code arts. 1035–1038 and CRPL art. 29.

    Pass a :class:`Scenario`, or its fields as keyword arguments (``acts=``, ``consented=``, …).

    * Art. 1035 para. 1: processing must follow 合法、正当、必要 (lawfulness, legitimacy, necessity), not
      be excessive, and meet items (一) consent of the person or guardian, unless a law or administrative
      regulation provides otherwise; (二) public processing rules; (三) purpose, method and scope stated;
      (四) no breach of laws, administrative regulations or the agreement. Para. 2 lists the acts.
    * Art. 1038 para. 1: no leaking or tampering; no illegal provision to others without consent, except
      information processed so that no specific person can be identified and it cannot be restored.
      Para. 2: security measures; after a leak that happened or may happen, remedy in time, and inform
      the persons and report to the competent authority per the rules.
    * CRPL art. 29 (a business, 经营者, with consumers): para. 1 the same principles, stated purpose, the
      consumer's consent and public rules for collection and use; para. 2 strict confidentiality (no
      leaking, selling or illegal provision), security measures, immediate remedy; para. 3 no commercial
      messages without consent or request, or after a refusal.
    * Art. 1036: items (一)–(三) relieve civil liability where the facts fit; the result says they *may*
      apply, because the court decides whether the processing was reasonable (合理).
    * Art. 1037: access and copy; correction of errors; deletion where processing breaches law or agreement.

    ``on`` is the date of the processing (default today); the rules in force that day apply (:data:`RULES`). Before
    2021-01-01 the Civil Code was not in force and :class:`~pilaw.LawError` is raised. The result lists conditions
    the facts *as entered* fail, each step saying whether it reads unsettled law or leaves a question open; it is
    not a verdict.
    """
    s = _scenario(scenario, facts)
    day = parse_date(on, "日期 on", allow_text=False)
    for ref in REFS:
        law.provision(ref, day)  # LawError if a provision was not in force on that day
    conditions = _conditions(s, day)
    failures = [c for c in conditions if not c.met]
    exemptions = _exemptions(s)
    rights = _rights(s, bool(failures))
    duties = _duties(s)
    steps = _condition_steps(s, conditions) + _remedy_steps(s, bool(failures), exemptions, rights, duties)
    steps.append(
        Step(
            f"结论：据输入的事实，{len(failures)} 项法定条件不符合。这是对条文的逐项核对，不是判决",
            f"Result: on the facts as entered, {len(failures)} statutory condition(s) fail. This is an "
            "item-by-item reading of the texts, not a verdict",
            CIVIL_1035,
        )
    )
    return ProcessingCheck(s, day, tuple(conditions), exemptions, rights, duties, tuple(steps))


EXAMPLE = Scenario(
    # 星河网店 (Xinghe Online Shop, fictional): collected customers' phone numbers with consent, stored and
    # used them for deliveries, shared them with an advertiser without consent, then suffered a leak.
    acts=frozenset({"collect", "store", "use", "provide"}),
    consented=frozenset({"collect", "store", "use"}),
    business=True,
    incident=True,
)
EXAMPLE_DATE = date(2024, 6, 1)
