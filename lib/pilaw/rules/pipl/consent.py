"""When the individual's consent is needed, and what kind: :func:`consent_required`.

One function per regime, and one place, :data:`REGIMES`, that says which applies on a day (each keyed by the
provision whose period of force defines it, newest first):

* :func:`consent_2021_01_01` — Civil Code art. 1035 para. 1 item (一): the consent of the natural person or the
  guardian, unless a law or administrative regulation provides otherwise; public rules, purpose, method and
  scope stated (items (二), (三)). No separate consent; provision to others needs consent (art. 1038 para. 1).
* :func:`consent_2021_11_01` — the PIPL: the art. 13 para. 1 bases; consent needed only under item 1, never
  where items 2–7 apply (art. 13 para. 2); separate consent (单独同意) for provision to another processor
  (art. 23), public disclosure (art. 25), images collected in public places used for another purpose (art. 26),
  sensitive information (art. 29) and provision abroad (art. 39); a parent's or guardian's consent under
  fourteen (art. 31); written consent only where another law or administrative regulation requires it
  (arts. 14, 29); the notice items of art. 17, with those arts. 23, 26, 30, 31 and 39 add.
* :func:`consent_2025_01_01` — the same, and, for network data (网络数据), the Network Data Security
  Management Regulations: processing rules (art. 21), consent rules (art. 22), separate consent defined
  (art. 62 item (七)).

Before 2021-01-01 no text of the corpus answers, and :class:`pilaw.LawError` says so.

    >>> from datetime import date
    >>> answer = consent_required(on=date(2024, 6, 1), basis="consent", sensitive=True)
    >>> answer.consent, answer.separate, answer.written
    (True, True, False)
    >>> consent_required(on=date(2024, 6, 1), basis="contract", sensitive=True).consent
    False
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.steps import Kind, Step
from pilaw.rules.pipl.common import Item, choice, pick, step, zh_date

__all__ = [
    "BASES",
    "REGIMES",
    "ConsentAnswer",
    "ConsentFacts",
    "consent_2021_01_01",
    "consent_2021_11_01",
    "consent_2025_01_01",
    "consent_required",
]

PIPL_13 = "pipl/13"
CIVIL_1035 = "civil_code/1035"
NDSMR_21 = "network_data_regs/21"
NDSMR_22 = "network_data_regs/22"
NDSMR_62 = "network_data_regs/62"

#: The bases of PIPL art. 13 para. 1: key → (item, Chinese text, English gloss).
BASES: dict[str, tuple[str, str, str]] = {
    "consent": ("第一项", "取得个人的同意", "the individual's consent"),
    "contract": (
        "第二项",
        "为订立、履行个人作为一方当事人的合同所必需",
        "necessary to conclude or perform a contract to which the individual is a party",
    ),
    "employment": (
        "第二项",
        "按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需",
        "necessary for human-resources management under lawful labour rules and a lawful collective contract",
    ),
    "legal_duty": ("第三项", "为履行法定职责或者法定义务所必需", "necessary to perform a statutory duty or obligation"),
    "emergency": (
        "第四项",
        "为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需",
        "necessary to respond to a public-health emergency, or in an emergency to protect a natural person's life, "
        "health and property",
    ),
    "news": (
        "第五项",
        "为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息",
        "news reporting, supervision by public opinion and the like in the public interest, within a reasonable scope",
    ),
    "public_information": (
        "第六项",
        "依照本法规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息",
        "information the individual made public, or otherwise lawfully public, within a reasonable scope",
    ),
    "other_law": (
        "第七项",
        "法律、行政法规规定的其他情形",
        "another case provided by law or administrative regulation",
    ),
}
_BASIS_OPTIONS = {key: (zh, en) for key, (_item, zh, en) in BASES.items()}


@dataclass(frozen=True)
class ConsentFacts:
    """The facts as entered, every flag a plain bool (see :func:`consent_required`)."""

    basis: str
    sensitive: bool = False
    under_14: bool = False
    provide_to_other_processor: bool = False
    publicly_disclose: bool = False
    cross_border: bool = False
    public_place_images: bool = False
    network_data: bool = False

    @property
    def by_consent(self) -> bool:
        return self.basis == "consent"

    @property
    def sensitive_information(self) -> bool:
        """Sensitive as entered, or of a child under fourteen (PIPL art. 28 para. 1 names it sensitive)."""
        return self.sensitive or self.under_14


@dataclass(frozen=True)
class ConsentAnswer:
    """Whether consent is needed (``consent``), separate (``separate``), a parent's or guardian's (``guardian``),
    written (``written``: never by the texts applied themselves — only where another law or administrative
    regulation says so, which the steps state); the provisions requiring separate consent (``separate_for``); the
    items the processor must tell the individual (``notice``); the regime's provision (``regime``) and the steps."""

    on: date
    facts: ConsentFacts
    regime: str
    consent: bool
    separate: bool
    guardian: bool
    written: bool
    separate_for: tuple[str, ...]
    notice: tuple[Item, ...]
    steps: tuple[Step, ...]


def _article(ref: str, day: date) -> tuple[str, str]:
    """``("第二十三条", "art. 23")`` for ``"pipl/23"``: the Chinese heading from the corpus, on the day."""
    return law.provision(ref, day).article_zh, f"art. {ref.split('/', 1)[1]}"


# --------------------------------------------------------------------------- the PIPL (2021-11-01)

_SEPARATE: tuple[tuple[str, str, str, str], ...] = (  # (fact, ref, Chinese, English)
    ("provide_to_other_processor", "pipl/23", "向其他个人信息处理者提供个人信息", "provision to another processor"),
    ("publicly_disclose", "pipl/25", "公开其处理的个人信息", "public disclosure"),
    (
        "public_place_images",
        "pipl/26",
        "将公共场所采集的个人图像、身份识别信息用于维护公共安全以外的目的",
        "images or identity data collected in a public place, used for a purpose other than public security",
    ),
    ("sensitive_information", "pipl/29", "处理敏感个人信息", "processing sensitive personal information"),
    ("cross_border", "pipl/39", "向中华人民共和国境外提供个人信息", "provision outside the PRC"),
)

_NOTICE_17 = (
    ("个人信息处理者的名称或者姓名和联系方式", "the processor's name and contact details"),
    (
        "个人信息的处理目的、处理方式，处理的个人信息种类、保存期限",
        "the purpose and method of processing, the kinds of information processed and the retention period",
    ),
    (
        "个人行使本法规定权利的方式和程序",
        "how and by what procedure the individual may exercise the rights of this Law",
    ),
    ("法律、行政法规规定应当告知的其他事项", "other matters a law or administrative regulation requires to be told"),
)

_NOTICE_ADDED: tuple[tuple[str, str, str, str], ...] = (  # (fact, ref, Chinese, English)
    (
        "provide_to_other_processor",
        "pipl/23",
        "接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类",
        "the recipient's name, contact details, purpose and method of processing, and the kinds of information",
    ),
    (
        "public_place_images",
        "pipl/26",
        "在安装图像采集、个人身份识别设备处设置显著的提示标识",
        "prominent signs where image-collection or identification equipment is installed",
    ),
    (
        "sensitive_information",
        "pipl/30",
        "处理敏感个人信息的必要性以及对个人权益的影响",
        "why processing the sensitive information is necessary, and its effect on the individual's rights",
    ),
    (
        "under_14",
        "pipl/31",
        "不满十四周岁未成年人个人信息的专门的个人信息处理规则",
        "special processing rules for the information of children under fourteen",
    ),
    (
        "cross_border",
        "pipl/39",
        "境外接收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类，以及个人向境外接收方行使本法规定权利的方式和程序",
        "the foreign recipient's name, contact details, purpose and method of processing, the kinds of information, "
        "and how the individual may exercise the rights of this Law against it",
    ),
)


def _pipl_notice(f: ConsentFacts) -> tuple[Item, ...]:
    items = [Item(zh, en, "pipl/17") for zh, en in _NOTICE_17]
    items += [Item(zh, en, ref) for fact, ref, zh, en in _NOTICE_ADDED if getattr(f, fact)]
    return tuple(items)


def _pipl_basis(f: ConsentFacts, day: date) -> list[Step]:
    item, zh, en = BASES[f.basis]
    if f.by_consent:
        return [
            step(
                "处理依据：《个人信息保护法》第十三条第一款第一项，取得个人的同意。",
                "Basis: PIPL art. 13 para. 1 item 1, the individual's consent.",
                PIPL_13,
                day,
            ),
            step(
                "同意应当由个人在充分知情的前提下自愿、明确作出；处理目的、处理方式和处理的个人信息种类发生变更的，"
                "应当重新取得个人同意（第十四条）。",
                "Consent must be given freely, explicitly and fully informed; a change of purpose, method or kinds of "
                "information needs consent again (art. 14).",
                "pipl/14",
                day,
            ),
            step(
                "个人有权撤回同意，个人信息处理者应当提供便捷的撤回同意的方式（第十五条第一款）；撤回不影响撤回前基于同意已进行的处理活动的效力"
                "（第十五条第二款）；不得以个人不同意或者撤回同意为由拒绝提供产品或者服务，但处理个人信息属于提供产品或者服务所必需的除外（第十六条）。",
                "The individual may withdraw consent, and the processor must offer an easy way to (art. 15 para. 1); "
                "withdrawal does not affect processing already done on the consent (art. 15 para. 2); the processor may "
                "not refuse its products or services because consent is refused or withdrawn, unless the processing is "
                "necessary to provide them (art. 16).",
                "pipl/15",
                day,
            ),
        ]
    return [
        step(
            f"处理依据：《个人信息保护法》第十三条第一款{item}，{zh}。依第十三条第二款，有该款第二项至第七项规定情形的，"
            "不需取得个人同意。",
            f"Basis: PIPL art. 13 para. 1 item {'一二三四五六七'.index(item[1]) + 1} ({en}). Under art. 13 para. 2 no consent of the individual is "
            "needed where items 2 to 7 apply.",
            PIPL_13,
            day,
        ),
        step(
            "事实是否符合该项（如“所必需”“合理的范围”“法律、行政法规规定”），本计算器不评估：此处按输入的依据回答。",
            'Whether the facts meet that item ("necessary", "within a reasonable scope", "provided by law") is not '
            "assessed: the answer takes the basis as entered.",
            PIPL_13,
            day,
            Kind.NOT_ASSESSED,
        ),
    ]


def _pipl_separate(f: ConsentFacts, day: date) -> tuple[tuple[str, ...], list[Step]]:
    refs = tuple(ref for fact, ref, _zh, _en in _SEPARATE if getattr(f, fact))
    steps = []
    for fact, ref, zh, en in _SEPARATE:
        if not getattr(f, fact):
            continue
        art_zh, art_en = _article(ref, day)
        if f.by_consent:
            steps.append(
                step(
                    f"{zh}：应当取得个人的单独同意（{art_zh}）。",
                    f"{en[0].upper()}{en[1:]}: the individual's separate consent (单独同意) is needed ({art_en}).",
                    ref,
                    day,
                )
            )
        else:
            steps.append(
                step(
                    f"{zh}：{art_zh}要求单独同意；但处理依据不是同意，依第十三条第二款不需取得个人同意，"
                    "单独同意作为同意的一种，也不需取得。",
                    f"{en[0].upper()}{en[1:]}: {art_en} asks for separate consent; but the basis is not consent, so under "
                    "art. 13 para. 2 no consent is needed, and separate consent, a form of consent, neither.",
                    ref,
                    day,
                    Kind.READING,
                )
            )
    return (refs if f.by_consent else ()), steps


def _pipl_minor_and_sensitive(f: ConsentFacts, day: date) -> list[Step]:
    steps = []
    if f.under_14:
        steps.append(
            step(
                "不满十四周岁未成年人的个人信息属于敏感个人信息（第二十八条第一款）。",
                "The information of a child under fourteen is sensitive personal information (art. 28 para. 1).",
                "pipl/28",
                day,
            )
        )
        steps.append(
            step(
                "应当取得未成年人的父母或者其他监护人的同意，并制定专门的个人信息处理规则（第三十一条）。"
                if f.by_consent
                else "处理依据不是同意：第三十一条第一款的父母或者其他监护人的同意，依第十三条第二款也不需取得；"
                "专门的个人信息处理规则（第三十一条第二款）仍须制定。",
                "The consent of a parent or other guardian is needed, and special processing rules (art. 31)."
                if f.by_consent
                else "The basis is not consent: under art. 13 para. 2 a parent's or guardian's consent (art. 31 "
                "para. 1) is not needed either; the special processing rules (art. 31 para. 2) still are.",
                "pipl/31",
                day,
                Kind.APPLIES if f.by_consent else Kind.READING,
            )
        )
    if f.sensitive_information:
        steps.append(
            step(
                "只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，方可处理敏感个人信息（第二十八条第二款）；"
                "法律、行政法规对处理敏感个人信息规定应当取得相关行政许可或者作出其他限制的，从其规定（第三十二条）。这些条件是否满足，本计算器不评估。",
                "Sensitive information may be processed only for a specific purpose, with sufficient necessity and under "
                "strict protection (art. 28 para. 2); licences or other limits required by a law or administrative regulation apply (art. 32). Whether "
                "these are met is not assessed.",
                "pipl/28",
                day,
                Kind.NOT_ASSESSED,
            )
        )
    return steps


def _pipl_written(f: ConsentFacts, day: date) -> list[Step]:
    if not f.by_consent:
        return []
    ref = "pipl/29" if f.sensitive_information else "pipl/14"
    return [
        step(
            "书面同意：本法本身不要求；法律、行政法规规定应当取得书面同意的，从其规定（第十四条第一款、第二十九条）。"
            "是否有此类规定，本计算器不查找。",
            "Written consent: this Law does not itself require it; where a law or administrative regulation does, that "
            "rule applies (arts. 14 para. 1, 29). The calculator does not search for such rules.",
            ref,
            day,
            Kind.NOT_ASSESSED,
        )
    ]


def _pipl_notice_steps(f: ConsentFacts, day: date) -> list[Step]:
    steps = [
        step(
            "处理前应当以显著方式、清晰易懂的语言真实、准确、完整地告知第十七条第一款所列事项"
            + ("（不论处理依据是否为同意）" if not f.by_consent else "")
            + "；以个人信息处理规则告知的，规则应当公开，并且便于查阅和保存。",
            "Before processing, the items of art. 17 para. 1 must be told prominently, clearly, truly, accurately and "
            "completely" + (" (whatever the basis)" if not f.by_consent else "") + "; processing rules used for it "
            "must be public and easy to consult and keep.",
            "pipl/17",
            day,
        ),
        step(
            "有法律、行政法规规定应当保密或者不需要告知的情形的，可以不告知（第十八条第一款）；是否有此类规定，本计算器不评估。",
            "Where a law or administrative regulation requires secrecy or says no notice is needed, the items need not "
            "be told (art. 18 para. 1); whether one does is not assessed.",
            "pipl/18",
            day,
            Kind.NOT_ASSESSED,
        ),
    ]
    if f.basis == "emergency":
        steps.append(
            step(
                "紧急情况下为保护自然人的生命健康和财产安全无法及时告知的，应当在紧急情况消除后及时告知（第十八条第二款）。",
                "Where, in an emergency to protect life, health and property, notice cannot be given in time, it must be "
                "given promptly once the emergency is over (art. 18 para. 2).",
                "pipl/18",
                day,
            )
        )
    if f.basis == "legal_duty":
        steps.append(
            step(
                "国家机关为履行法定职责处理个人信息，应当履行告知义务；有第十八条第一款规定的情形，或者告知将妨碍其履行法定职责的除外（第三十五条）。"
                "处理者是否为国家机关，本计算器不评估。",
                "A state organ performing its statutory duties must give notice, unless art. 18 para. 1 applies or notice "
                "would impede those duties (art. 35). Whether the processor is a state organ is not assessed.",
                "pipl/35",
                day,
                Kind.NOT_ASSESSED,
            )
        )
    if f.basis == "public_information":
        steps.append(
            step(
                "个人信息处理者可以在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息，个人明确拒绝的除外；对个人权益有重大影响的，应当依照本法规定取得个人同意"
                "（第二十七条）。是否有重大影响，本计算器不评估：如有，仍须取得同意。",
                "Information already public may be processed within a reasonable scope unless the individual expressly "
                "refuses; where the processing has a major effect on the individual's rights, consent is needed under "
                "this Law (art. 27). Whether it has is not assessed: if it has, consent is needed after all.",
                "pipl/27",
                day,
                Kind.NOT_ASSESSED,
            )
        )
    return steps


def _pipl_other(f: ConsentFacts, day: date) -> list[Step]:
    steps = []
    if f.sensitive_information or f.provide_to_other_processor or f.publicly_disclose or f.cross_border:
        steps.append(
            step(
                "应当事前进行个人信息保护影响评估，并对处理情况进行记录（第五十五条）。",
                "A personal-information protection impact assessment must be made beforehand, and the processing "
                "recorded (art. 55).",
                "pipl/55",
                day,
            )
        )
    if f.cross_border:
        steps.append(
            step(
                "向境外提供还须具备第三十八条第一款的条件之一（安全评估、个人信息保护认证、标准合同或者其他条件），"
                "关键信息基础设施运营者等还须适用第四十条；是否具备，本计算器不评估。",
                "Provision abroad also needs one of the conditions of art. 38 para. 1 (security assessment, certification, "
                "standard contract, or another), and art. 40 for critical-infrastructure operators and others; whether "
                "one is met is not assessed.",
                "pipl/38",
                day,
                Kind.NOT_ASSESSED,
            )
        )
    steps.append(
        step(
            "《民法典》第一千零三十五条仍然有效，其第一款第一项本身规定“法律、行政法规另有规定的除外”；《个人信息保护法》即属此类法律，"
            "对同一事项规定得更具体（通常理解为特别法），此处按其规定回答。",
            "Civil Code art. 1035 is still in force, and its para. 1 item (一) itself yields where a law or "
            "administrative regulation provides otherwise; the PIPL is such a law and rules the same matter in more "
            "detail (usually read as the special law), so the answer follows it.",
            CIVIL_1035,
            day,
            Kind.READING,
        )
    )
    return steps


def consent_2021_11_01(f: ConsentFacts, day: date) -> ConsentAnswer:
    """The PIPL (in force 2021-11-01): arts. 13–18, 23, 25–31, 35, 38, 39, 55."""
    steps = _pipl_basis(f, day)
    separate_for, separate_steps = _pipl_separate(f, day)
    steps += separate_steps + _pipl_minor_and_sensitive(f, day) + _pipl_written(f, day)
    steps += _pipl_notice_steps(f, day) + _pipl_other(f, day)
    return ConsentAnswer(
        on=day,
        facts=f,
        regime=PIPL_13,
        consent=f.by_consent,
        separate=bool(separate_for),
        guardian=f.by_consent and f.under_14,
        written=False,
        separate_for=separate_for,
        notice=_pipl_notice(f),
        steps=tuple(steps),
    )


# --------------------------------------------------------------------------- the Regulations (2025-01-01)

_NOTICE_21 = (
    (
        "个人信息保存期限和到期后的处理方式；保存期限难以确定的，保存期限的确定方法",
        "the retention period and what happens at its end; where it is hard to fix, how it is determined",
    ),
    (
        "个人查阅、复制、转移、更正、补充、删除、限制处理个人信息以及注销账号、撤回同意的方法和途径",
        "how to access, copy, transfer, correct, complete, delete or restrict the information, close the account "
        "and withdraw consent",
    ),
    (
        "以清单等形式列明收集和向其他网络数据处理者提供个人信息的目的、方式、种类以及网络数据接收方信息",
        "a list of the purposes, methods and kinds of information collected and provided to other processors, and "
        "of the recipients",
    ),
)


def _ndsmr_steps(f: ConsentFacts, day: date, separate: bool) -> list[Step]:
    steps = [
        step(
            "据输入，通过网络处理个人信息：适用《网络数据安全管理条例》（第六十二条第一项、第三项）。"
            "以个人信息处理规则告知的，规则应当集中公开展示、易于访问并置于醒目位置，内容明确具体、清晰易懂（第二十一条）。",
            "As entered, the information is processed through networks: the Network Data Security Management "
            "Regulations apply (art. 62 items 1, 3). Processing rules used for notice must be shown in one place, easy "
            "to reach, prominent, specific and clear (art. 21).",
            NDSMR_21,
            day,
        )
    ]
    if not f.by_consent:
        steps.append(
            step(
                "《条例》第二十二条只规范基于个人同意的处理；本次处理依据不是同意。",
                "Art. 22 of the Regulations governs processing based on consent only; this basis is not consent.",
                NDSMR_22,
                day,
            )
        )
        return steps
    steps.append(
        step(
            "基于同意处理的，还应当遵守《条例》第二十二条：收集为提供产品或者服务所必需，不得超范围收集，不得通过误导、欺诈、胁迫等方式取得同意；"
            "不得超出同意的范围处理；个人明确表示不同意后，不得频繁征求同意；目的、方式、种类变更的，重新取得同意"
            + ("；敏感个人信息应当取得单独同意（第一款第二项）" if f.sensitive_information else "")
            + ("；不满十四周岁未成年人的个人信息应当取得父母或者其他监护人的同意（第一款第三项）" if f.under_14 else "")
            + "。法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定（第二款）。",
            "Consent-based processing must also meet art. 22 of the Regulations: collection necessary for the product "
            "or service, no over-collection, no consent by misleading, fraud or coercion; nothing beyond what was "
            "consented to; no repeated asking after a clear refusal; new consent after a change of purpose, method or "
            "kinds"
            + ("; separate consent for sensitive information (para. 1 item 2)" if f.sensitive_information else "")
            + ("; a parent's or guardian's consent under fourteen (para. 1 item 3)" if f.under_14 else "")
            + ". Where a law or administrative regulation requires written consent for sensitive information, that "
            "rule applies (para. 2).",
            NDSMR_22,
            day,
        )
    )
    if separate:
        steps.append(
            step(
                "单独同意，是指个人针对其个人信息进行特定处理而专门作出具体、明确的同意（《条例》第六十二条第七项）。",
                "Separate consent is a specific, explicit consent given by the individual for that particular processing "
                "alone (Regulations art. 62 item 7).",
                NDSMR_62,
                day,
            )
        )
    return steps


def consent_2025_01_01(f: ConsentFacts, day: date) -> ConsentAnswer:
    """The PIPL, and for network data the Network Data Security Management Regulations (in force 2025-01-01)."""
    answer = consent_2021_11_01(f, day)
    if not f.network_data:
        extra = step(
            "未输入通过网络处理（网络数据），故未适用《网络数据安全管理条例》。",
            "Processing through networks (network data) was not entered, so the Network Data Security Management "
            "Regulations were not applied.",
            NDSMR_62,
            day,
            Kind.NOT_ASSESSED,
        )
        return dataclasses.replace(answer, regime=NDSMR_22, steps=(*answer.steps, extra))
    added = tuple(Item(zh, en, NDSMR_21) for zh, en in _NOTICE_21)
    return dataclasses.replace(
        answer,
        regime=NDSMR_22,
        notice=answer.notice + added,
        steps=answer.steps + tuple(_ndsmr_steps(f, day, answer.separate)),
    )


# --------------------------------------------------------------------------- the Civil Code (2021-01-01)


def _civil_basis(f: ConsentFacts, day: date) -> list[Step]:
    head = step(
        "《民法典》第一千零三十五条第一款第一项：处理个人信息应当征得该自然人或者其监护人同意，但是法律、行政法规另有规定的除外。"
        f"《个人信息保护法》自{zh_date(law.versions(PIPL_13)[0].effective_from)}起施行，此前适用本条。",
        "Civil Code art. 1035 para. 1 item (一): processing needs the consent of the natural person or the guardian, "
        "unless a law or administrative regulation provides otherwise. The PIPL took effect on "
        f"{law.versions(PIPL_13)[0].effective_from.isoformat()}; until then this article answers.",
        CIVIL_1035,
        day,
    )
    if f.by_consent:
        return [head]
    if f.basis == "other_law":
        return [
            head,
            step(
                "据输入，法律、行政法规另有规定：不需征得同意。是哪一规定、是否涵盖本次处理，本计算器不评估。",
                "As entered, a law or administrative regulation provides otherwise: no consent needed. Which one, and "
                "whether it covers this processing, is not assessed.",
                CIVIL_1035,
                day,
                Kind.NOT_ASSESSED,
            ),
        ]
    _item, basis_zh, basis_en = BASES[f.basis]
    steps = [
        head,
        step(
            f"《民法典》没有“{basis_zh}”这样的处理依据：除法律、行政法规另有规定外，仍须征得同意。",
            f'The Civil Code knows no basis such as "{basis_en}": unless a law or administrative regulation '
            "provides otherwise, consent is still needed.",
            CIVIL_1035,
            day,
            Kind.READING,
        ),
    ]
    if f.basis == "legal_duty":
        steps.append(
            step(
                "法定职责或者法定义务由法律、行政法规规定的，该规定可能就是第一千零三十五条第一款第一项所称的“另有规定”；"
                "是哪一规定、是否涵盖本次处理，本计算器不评估。",
                "Where the statutory duty is set by a law or administrative regulation, that rule may itself be the "
                '"provides otherwise" of art. 1035 para. 1 item (一); which rule, and whether it covers this processing, '
                "is not assessed.",
                CIVIL_1035,
                day,
                Kind.NOT_ASSESSED,
            )
        )
    relief = {"public_information": ("第二项", "(二)"), "news": ("第三项", "(三)"), "emergency": ("第三项", "(三)")}
    if f.basis in relief:
        item_zh, item_en = relief[f.basis]
        steps.append(
            step(
                f"未经同意而合理处理的，可能依第一千零三十六条{item_zh}不承担民事责任"
                + ("（但该自然人明确拒绝或者处理该信息侵害其重大利益的除外）" if item_zh == "第二项" else "")
                + "；是否合理，由法院判断。",
                f"Reasonable processing without consent may escape civil liability under art. 1036 item {item_en}"
                + (
                    " (not where the person expressly refused or the processing harms a major interest of the person)"
                    if item_zh == "第二项"
                    else ""
                )
                + "; whether it was reasonable is for the court.",
                "civil_code/1036",
                day,
                Kind.READING,
            )
        )
    return steps


def _civil_facts(f: ConsentFacts, day: date) -> list[Step]:
    steps = []
    named = [zh for fact, _ref, zh, _en in _SEPARATE if getattr(f, fact)]
    if named:
        steps.append(
            step(
                f"《民法典》不要求“单独同意”（{'、'.join(named)}）：一般的同意即可。",
                "The Civil Code knows no separate consent: ordinary consent suffices.",
                CIVIL_1035,
                day,
            )
        )
    if f.provide_to_other_processor:
        steps.append(
            step(
                "未经自然人同意，不得向他人非法提供其个人信息，但是经过加工无法识别特定个人且不能复原的除外（第一千零三十八条第一款）。",
                "Without the person's consent the information may not be provided to others illegally, unless it has "
                "been processed so that no one can be identified and it cannot be restored (art. 1038 para. 1).",
                "civil_code/1038",
                day,
            )
        )
    if f.sensitive_information:
        steps.append(
            step(
                "敏感个人信息可能同时属于私密信息：私密信息适用有关隐私权的规定（第一千零三十四条第三款），"
                "处理他人的私密信息须经权利人明确同意，法律另有规定的除外（第一千零三十三条第五项）。是否属于私密信息，本计算器不评估。",
                "Sensitive information may be private information, which falls under the rules on privacy (art. 1034 "
                "para. 3): processing another's private information needs the right-holder's express consent unless "
                "a law provides otherwise (art. 1033 item (五)). Whether it is private is not assessed.",
                "civil_code/1034",
                day,
                Kind.READING,
            )
        )
    if f.under_14:
        steps.append(
            step(
                "第一千零三十五条规定“该自然人或者其监护人同意”，但没有规定年龄；由谁同意取决于行为能力，本计算器不评估。",
                "Art. 1035 speaks of the consent of the person or the guardian but sets no age; whose consent is needed "
                "depends on capacity, which is not assessed.",
                CIVIL_1035,
                day,
                Kind.NOT_ASSESSED,
            )
        )
    if f.cross_border:
        steps.append(
            step(
                "《民法典》对向境外提供个人信息没有专门规定；其他法律的规定，本计算器不评估。",
                "The Civil Code has no special rule on provision abroad; other laws are not assessed.",
                CIVIL_1035,
                day,
                Kind.NOT_ASSESSED,
            )
        )
    return steps


def consent_2021_01_01(f: ConsentFacts, day: date) -> ConsentAnswer:
    """The Civil Code (in force 2021-01-01): art. 1035 para. 1 items (一)–(三), arts. 1033, 1034, 1036, 1038."""
    consent = f.basis != "other_law"
    steps = _civil_basis(f, day) + _civil_facts(f, day)
    if consent:
        steps.append(
            step(
                "书面同意：《民法典》不要求；其他法律、行政法规是否要求，本计算器不查找。",
                "Written consent: the Civil Code does not require it; whether another law does is not searched for.",
                CIVIL_1035,
                day,
                Kind.NOT_ASSESSED,
            )
        )
    steps.append(
        step(
            "应当公开处理信息的规则，明示处理信息的目的、方式和范围（第一千零三十五条第一款第二项、第三项）。",
            "The processing rules must be public, and the purpose, method and scope stated expressly (art. 1035 "
            "para. 1 items (二), (三)).",
            CIVIL_1035,
            day,
        )
    )
    notice = (
        Item("处理信息的规则（公开）", "the processing rules (made public)", CIVIL_1035),
        Item("处理信息的目的、方式和范围（明示）", "the purpose, method and scope of processing (stated)", CIVIL_1035),
    )
    return ConsentAnswer(day, f, CIVIL_1035, consent, False, False, False, (), notice, tuple(steps))


# --------------------------------------------------------------------------- the rule

#: Which regime a date falls in: the first whose provision is in force on that day (newest first).
REGIMES: tuple[tuple[str, Callable[[ConsentFacts, date], ConsentAnswer]], ...] = (
    (NDSMR_22, consent_2025_01_01),
    (PIPL_13, consent_2021_11_01),
    (CIVIL_1035, consent_2021_01_01),
)


def consent_required(
    *,
    on: object,
    basis: object,
    sensitive: object = False,
    under_14: object = False,
    provide_to_other_processor: object = False,
    publicly_disclose: object = False,
    cross_border: object = False,
    public_place_images: object = False,
    network_data: object = False,
) -> ConsentAnswer:
    """Whether the individual's consent is needed for a processing on ``on``, what kind, and what must be told.

    ``basis``: one of :data:`BASES` (PIPL art. 13 para. 1 items 1–7). The flags: ``sensitive`` (sensitive personal
    information, art. 28), ``under_14`` (a child under fourteen: art. 31; sensitive by art. 28),
    ``provide_to_other_processor`` (art. 23), ``publicly_disclose`` (art. 25), ``cross_border`` (art. 39),
    ``public_place_images`` (images or identity data collected in a public place, used for a purpose other than
    public security: art. 26), ``network_data`` (processed through networks: the Network Data Security Management
    Regulations, from 2025-01-01). ``on`` is a ``datetime.date``; before 2021-01-01 :class:`pilaw.LawError`.
    Bad input raises :class:`pilaw.InputError`. See :data:`REGIMES` for the texts applied on each day.
    """
    day = parse_date(on, "on 处理日期", required=True, allow_text=False)
    facts = ConsentFacts(
        basis=choice(basis, "basis 处理依据", _BASIS_OPTIONS),
        sensitive=parse_flag(sensitive, "sensitive 敏感个人信息"),
        under_14=parse_flag(under_14, "under_14 不满十四周岁"),
        provide_to_other_processor=parse_flag(provide_to_other_processor, "provide_to_other_processor 向他人提供"),
        publicly_disclose=parse_flag(publicly_disclose, "publicly_disclose 公开"),
        cross_border=parse_flag(cross_border, "cross_border 向境外提供"),
        public_place_images=parse_flag(public_place_images, "public_place_images 公共场所图像"),
        network_data=parse_flag(network_data, "network_data 网络数据"),
    )
    regime = pick(REGIMES, day)
    if regime is None:
        first = law.versions(CIVIL_1035)[0].effective_from
        raise LawError(
            f"{zh_date(day)}尚无语料库中的同意规则：《民法典》第一千零三十五条自{zh_date(first)}起施行，"
            f"《个人信息保护法》自{zh_date(law.versions(PIPL_13)[0].effective_from)}起施行",
            f"no consent rule of the corpus applies on {day.isoformat()}: Civil Code art. 1035 took effect on "
            f"{first.isoformat()}, the PIPL on {law.versions(PIPL_13)[0].effective_from.isoformat()}",
        )
    return regime(facts, day)
