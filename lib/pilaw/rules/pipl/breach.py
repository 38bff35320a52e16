"""What a processor owes after personal information leaks, is tampered with or lost: :func:`breach_duties`.

Several texts speak to an incident, each from its own day, and they add up. :data:`REGIMES` lists them in one
place: for each text, its versions newest first, each keyed by the provision whose period of force defines it.

* Cybersecurity Law, network operators only: :func:`csl_2017_06_01` (art. 42 para. 2) until 2025-12-31,
  :func:`csl_2026_01_01` from 2026-01-01 (the same words, renumbered art. 44 para. 2; art. 42 para. 2 now points
  to the Civil Code and the PIPL) — remedy at once, tell the users and report, "按照规定" (per the rules);
* :func:`civil_code_2021_01_01` — Civil Code art. 1038 para. 2: remedy in time, inform the persons and report,
  per the rules;
* :func:`dsl_2021_09_01` — Data Security Law art. 29: measures at once, tell the users and report, per the rules;
* :func:`pipl_2021_11_01` — PIPL art. 57: remedy at once, notify the authority and the individuals with the items
  of para. 1; the individuals need not be told where the measures effectively avoid harm, unless the authority
  requires it (para. 2);
* :func:`ndsmr_2025_01_01` — Network Data Security Management Regulations art. 11 (plan, report, notify the
  persons harmed), and art. 28 with art. 30 for processors of the personal information of many people.

The texts that say "per the rules" are read as pointing, from 2021-11-01, to PIPL art. 57 (a reading, stated in a
step). Before 2017-06-01 no text of the corpus answers, and :class:`pilaw.LawError` says so.

    >>> from datetime import date
    >>> duties = breach_duties(on=date(2024, 6, 1), measures_avoid_harm=True)
    >>> duties.notify_authority, duties.notify_individuals
    (True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import count_zh
from pilaw.law.steps import Kind, Step
from pilaw.rules.pipl.common import Item, pick, step, zh_date

__all__ = [
    "REGIMES",
    "BreachDuties",
    "BreachFacts",
    "Layer",
    "breach_duties",
    "civil_code_2021_01_01",
    "csl_2017_06_01",
    "csl_2026_01_01",
    "dsl_2021_09_01",
    "ndsmr_2025_01_01",
    "pipl_2021_11_01",
]

PIPL_57 = "pipl/57"
NDSMR_11 = "network_data_regs/11"
NDSMR_28 = "network_data_regs/28"
CONSUMER_29 = "consumer_law/29"


@dataclass(frozen=True)
class BreachFacts:
    """The facts as entered: ``people`` and ``sensitive`` may be None (not known)."""

    measures_avoid_harm: bool
    authority_requires_notice: bool = False
    network_operator: bool = False
    people: int | None = None
    sensitive: bool | None = None


@dataclass(frozen=True)
class Layer:
    """What one text demands after an incident: whether it ``applies`` to the facts, reporting to an authority,
    telling the individuals, whether it is ``specific`` (it says when they need not be told) or defers to the rules
    ("按照规定"), and its remedies, addressees, contents and steps."""

    ref: str
    applies: bool
    authority: bool = False
    individuals: bool = False
    specific: bool = False
    remedy: tuple[Item, ...] = ()
    report_to: tuple[Item, ...] = ()
    contents: tuple[Item, ...] = ()
    steps: tuple[Step, ...] = ()
    large_processor: bool | None = None


@dataclass(frozen=True)
class BreachDuties:
    """The duties after an incident on ``on``: notify the authority, notify the individuals, the immediate remedy,
    to whom to report, what the notice must contain, the texts applied (``refs``), whether the processor is one of
    personal information of many people under Regulations art. 28 (``large_processor``; None where not known), and
    the cited steps."""

    on: date
    facts: BreachFacts
    notify_authority: bool
    notify_individuals: bool
    remedy: tuple[Item, ...]
    report_to: tuple[Item, ...]
    contents: tuple[Item, ...]
    refs: tuple[str, ...]
    large_processor: bool | None
    steps: tuple[Step, ...]


# --------------------------------------------------------------------------- the texts that defer to the rules

_CSL_PARA_2 = (
    "在发生或者可能发生个人信息泄露、毁损、丢失的情况时，应当立即采取补救措施，按照规定及时告知用户并向有关主管部门报告",
    "where personal information leaks, is damaged or lost, or may be, take remedial measures at once, and per the "
    "rules tell the users in time and report to the competent authority",
)


def _not_a_network_operator(ref: str, day: date) -> Layer:
    return Layer(
        ref,
        applies=False,
        steps=(
            step(
                "未输入网络运营者，故未适用《网络安全法》关于网络运营者的规定。",
                "No network operator was entered, so the Cybersecurity Law's rule for network operators was not applied.",
                ref,
                day,
            ),
        ),
    )


def _csl(ref: str, name_zh: str, name_en: str, day: date) -> Layer:
    return Layer(
        ref,
        applies=True,
        authority=True,
        individuals=True,
        remedy=(Item("立即采取补救措施", "take remedial measures at once", ref),),
        report_to=(Item("有关主管部门（按照规定）", "the competent authority (per the rules)", ref),),
        steps=(
            step(
                f"网络运营者：{name_zh}，{_CSL_PARA_2[0]}。",
                f"Network operator: {name_en}, {_CSL_PARA_2[1]}.",
                ref,
                day,
            ),
        ),
    )


def csl_2017_06_01(f: BreachFacts, day: date) -> Layer:
    """Cybersecurity Law 2016 art. 42 para. 2 (network operators), 2017-06-01 to 2025-12-31."""
    ref = "cybersecurity_law/42"
    if not f.network_operator:
        return _not_a_network_operator(ref, day)
    return _csl(ref, "《网络安全法》第四十二条第二款", "Cybersecurity Law art. 42 para. 2", day)


def csl_2026_01_01(f: BreachFacts, day: date) -> Layer:
    """The Cybersecurity Law as amended in 2025 (from 2026-01-01): the same words as art. 44 para. 2; art. 42
    para. 2 now says network operators follow the Civil Code and the PIPL in processing personal information."""
    ref = "cybersecurity_law/44"
    if not f.network_operator:
        return _not_a_network_operator(ref, day)
    layer = _csl(
        ref,
        "《网络安全法》第四十四条第二款（原第四十二条第二款，文字未变）",
        "CSL art. 44 para. 2 (formerly art. 42 para. 2)",
        day,
    )
    pointer = step(
        "《网络安全法》第四十二条第二款：网络运营者处理个人信息，应当遵守本法和《民法典》《个人信息保护法》等法律、行政法规的规定。",
        "CSL art. 42 para. 2: in processing personal information, network operators follow this Law and the Civil Code, "
        "the PIPL and other laws and administrative regulations.",
        "cybersecurity_law/42",
        day,
    )
    return Layer(
        ref,
        applies=True,
        authority=True,
        individuals=True,
        remedy=layer.remedy,
        report_to=layer.report_to,
        steps=(*layer.steps, pointer),
    )


def civil_code_2021_01_01(f: BreachFacts, day: date) -> Layer:
    """Civil Code art. 1038 para. 2 (from 2021-01-01)."""
    ref = "civil_code/1038"
    return Layer(
        ref,
        applies=True,
        authority=True,
        individuals=True,
        remedy=(Item("及时采取补救措施", "take remedial measures in time", ref),),
        report_to=(Item("有关主管部门（按照规定）", "the competent authority (per the rules)", ref),),
        steps=(
            step(
                "《民法典》第一千零三十八条第二款：发生或者可能发生个人信息泄露、篡改、丢失的，应当及时采取补救措施，"
                "按照规定告知自然人并向有关主管部门报告。",
                "Civil Code art. 1038 para. 2: where personal information leaks, is tampered with or lost, or may be, "
                "take remedial measures in time, and per the rules inform the persons and report to the competent "
                "authority.",
                ref,
                day,
            ),
        ),
    )


def dsl_2021_09_01(f: BreachFacts, day: date) -> Layer:
    """Data Security Law art. 29 (from 2021-09-01)."""
    ref = "data_security_law/29"
    return Layer(
        ref,
        applies=True,
        authority=True,
        individuals=True,
        remedy=(Item("立即采取处置措施", "take measures to deal with the incident at once", ref),),
        report_to=(Item("有关主管部门（按照规定）", "the competent authority (per the rules)", ref),),
        steps=(
            step(
                "《数据安全法》第二十九条：发生数据安全事件时，应当立即采取处置措施，按照规定及时告知用户并向有关主管部门报告。"
                "个人信息泄露、篡改、丢失，也是数据安全事件。",
                "Data Security Law art. 29: in a data-security incident, take measures at once, and per the rules tell the "
                "users in time and report to the competent authority. A leak, tampering or loss of personal information "
                "is a data-security incident too.",
                ref,
                day,
            ),
        ),
    )


# --------------------------------------------------------------------------- the PIPL (2021-11-01)

_CONTENTS_57 = (
    (
        "发生或者可能发生个人信息泄露、篡改、丢失的信息种类、原因和可能造成的危害",
        "the kinds of information that leaked, were tampered with or lost (or may be), the cause, and the possible harm",
    ),
    (
        "个人信息处理者采取的补救措施和个人可以采取的减轻危害的措施",
        "the remedial measures taken by the processor, and what the individuals can do to reduce the harm",
    ),
    ("个人信息处理者的联系方式", "the processor's contact details"),
)


def _pipl_individuals(f: BreachFacts, day: date) -> tuple[bool, list[Step]]:
    if not f.measures_avoid_harm:
        return True, [
            step(
                "据输入，所采取的措施不能有效避免危害：应当通知个人（第五十七条第一款）。",
                "As entered, the measures cannot effectively avoid harm: the individuals must be notified (art. 57 para. 1).",
                PIPL_57,
                day,
            )
        ]
    if f.authority_requires_notice:
        return True, [
            step(
                "据输入，措施能够有效避免危害，但履行个人信息保护职责的部门认为可能造成危害并要求通知：应当通知个人（第五十七条第二款）。",
                "As entered, the measures effectively avoid harm, but the authority considers harm possible and requires "
                "notice: the individuals must be notified (art. 57 para. 2).",
                PIPL_57,
                day,
            )
        ]
    return False, [
        step(
            "据输入，采取措施能够有效避免信息泄露、篡改、丢失造成危害：可以不通知个人（第五十七条第二款前段）；仍须通知履行个人信息保护职责的部门。",
            "As entered, the measures effectively avoid harm from the incident: the individuals need not be notified "
            "(art. 57 para. 2, first part); the authority still must be.",
            PIPL_57,
            day,
        ),
        step(
            "措施是否“能够有效避免”危害，由个人信息处理者判断；部门认为可能造成危害的，有权要求通知个人（第五十七条第二款后段）。"
            "履行个人信息保护职责的部门会如何判断，本计算器不评估。",
            'Whether the measures "effectively avoid" harm is the processor\'s judgment; where the authority considers '
            "harm possible it may require the individuals to be notified (art. 57 para. 2, second part). How the "
            "authority will judge is not assessed.",
            PIPL_57,
            day,
            Kind.NOT_ASSESSED,
        ),
    ]


def pipl_2021_11_01(f: BreachFacts, day: date) -> Layer:
    """PIPL art. 57 (from 2021-11-01), with arts. 28, 51, 60 and 66."""
    individuals, steps = _pipl_individuals(f, day)
    steps.insert(
        0,
        step(
            "《个人信息保护法》第五十七条第一款：发生或者可能发生个人信息泄露、篡改、丢失的，应当立即采取补救措施，"
            "并通知履行个人信息保护职责的部门和个人；通知应当包括该款所列三项事项。",
            "PIPL art. 57 para. 1: where personal information leaks, is tampered with or lost, or may be, take remedial "
            "measures at once and notify the authority and the individuals; the notice contains the three items of "
            "that paragraph.",
            PIPL_57,
            day,
        ),
    )
    if f.sensitive:
        steps.append(
            step(
                "据输入，涉及敏感个人信息：此类信息一旦泄露，容易导致人格尊严受到侵害或者人身、财产安全受到危害（第二十八条第一款），"
                "主张措施能够有效避免危害应当格外审慎。",
                "As entered, sensitive information is involved: its leak easily harms dignity, person or property "
                "(art. 28 para. 1), so a claim that the measures effectively avoid harm calls for particular care.",
                "pipl/28",
                day,
                Kind.READING,
            )
        )
    steps += [
        step(
            "应当事先制定并组织实施个人信息安全事件应急预案（第五十一条第五项）。",
            "An incident response plan must have been made and put in place beforehand (art. 51 item 5).",
            "pipl/51",
            day,
        ),
        step(
            "本法对“立即”没有规定小时数，也没有规定通知的形式和程序；其他规定（如部门规章）是否设定时限，本计算器不查找。"
            "未履行义务的法律责任（第六十六条）本计算器在此不计算。",
            '"At once" is set in no number of hours by this Law, nor any form or procedure of the notice; whether other '
            "rules (such as departmental rules) set a time limit is not searched for. The liability for failing these "
            "duties (art. 66) is not computed here.",
            "pipl/66",
            day,
            Kind.NOT_ASSESSED,
        ),
    ]
    return Layer(
        PIPL_57,
        applies=True,
        authority=True,
        individuals=individuals,
        specific=True,
        remedy=(Item("立即采取补救措施", "take remedial measures at once", PIPL_57),),
        report_to=(
            Item(
                "履行个人信息保护职责的部门（国家网信部门、国务院有关部门和县级以上地方人民政府有关部门，第六十条）",
                "the authorities with personal-information protection duties (the national cyberspace department, "
                "State Council departments and local departments at or above county level, art. 60)",
                "pipl/60",
            ),
        ),
        contents=tuple(Item(zh, en, PIPL_57) for zh, en in _CONTENTS_57),
        steps=tuple(steps),
    )


# --------------------------------------------------------------------------- the Regulations (2025-01-01)


def _threshold(day: date) -> law.Figure | None:
    """The number of people of Regulations art. 28, from the corpus's figures (None where none is recorded)."""
    found = [fig for fig in law.figures() if fig.ref == NDSMR_28 and fig.in_force(day)]
    return found[0] if found else None


def _large(f: BreachFacts, day: date) -> tuple[bool | None, list[Step]]:
    """Regulations art. 28: a processor of the personal information of many people also follows arts. 30 and 32."""
    text = law.provision(NDSMR_28, day).paragraphs_zh[0]
    if f.people is None:
        return None, [
            step(
                f"未输入所处理个人信息的人数，未评估《条例》第二十八条：“{text}”",
                f"The number of people whose information is processed was not entered; Regulations art. 28 was not "
                f"assessed: {law.provision(NDSMR_28, day).paragraphs_en[0]}",
                NDSMR_28,
                day,
                Kind.NOT_ASSESSED,
            )
        ]
    figure = _threshold(day)
    if figure is None:
        return None, [
            step(
                f"据输入处理{count_zh(f.people)}人的个人信息；《条例》第二十八条的人数标准尚未载入语料库的数额，本计算器不作比较：“{text}”",
                f"As entered, the information of {f.people} people; the number of Regulations art. 28 is not yet among "
                f"the corpus's figures, so no comparison is made: {law.provision(NDSMR_28, day).paragraphs_en[0]}",
                NDSMR_28,
                day,
                Kind.NOT_ASSESSED,
            )
        ]
    if f.people < figure.value:
        return False, [
            step(
                f"据输入处理{count_zh(f.people)}人的个人信息，未达到《条例》第二十八条的标准（{figure.label_zh}）。",
                f"As entered, the information of {f.people} people: below Regulations art. 28 ({figure.label_en}).",
                NDSMR_28,
                day,
            )
        ]
    return True, [
        step(
            f"据输入处理{count_zh(f.people)}人的个人信息，达到《条例》第二十八条的标准（{figure.label_zh}）：还应当遵守第三十条、第三十二条。",
            f"As entered, the information of {f.people} people: Regulations art. 28 applies ({figure.label_en}); "
            "arts. 30 and 32 must be followed too.",
            NDSMR_28,
            day,
        ),
        step(
            "第三十条：明确网络数据安全负责人和网络数据安全管理机构，由其制定实施网络数据安全事件应急预案，定期组织应急演练，及时处置网络数据安全风险和事件。",
            "Art. 30: name a network-data security officer and a management body, which make and carry out the incident "
            "plan, hold drills and deal with risks and incidents promptly.",
            "network_data_regs/30",
            day,
        ),
        step(
            "第三十二条的文本未载入语料库，本计算器不评估。",
            "The text of art. 32 is not in the corpus; it is not assessed.",
            NDSMR_28,
            day,
            Kind.NOT_ASSESSED,
        ),
    ]


_NDSMR_REMEDY = (
    Item(
        "立即启动应急预案，防止危害扩大，消除安全隐患",
        "start the incident plan, stop the harm spreading, remove the hazard",
        NDSMR_11,
    ),
)
_NDSMR_REPORT = (
    Item("有关主管部门（按照规定）", "the competent authority (per the rules)", NDSMR_11),
    Item(
        "发现涉嫌违法犯罪线索的：公安机关、国家安全机关（报案并配合侦查、调查和处置）",
        "where signs of crime are found: the police and state-security organs (report and cooperate)",
        NDSMR_11,
    ),
)
_NDSMR_CONTENTS = (
    Item(
        "安全事件和风险情况、危害后果、已经采取的补救措施",
        "the incident and the risk, the harm, the remedies taken",
        NDSMR_11,
    ),
    Item(
        "通知方式：电话、短信、即时通信工具、电子邮件或者公告等",
        "by telephone, text message, instant messaging, e-mail, announcement or the like",
        NDSMR_11,
    ),
)


def ndsmr_2025_01_01(f: BreachFacts, day: date) -> Layer:
    """Network Data Security Management Regulations art. 11 (from 2025-01-01), with arts. 28, 30 and 62."""
    if not f.network_operator:
        return Layer(
            NDSMR_11,
            applies=False,
            steps=(
                step(
                    "未输入网络运营者（通过网络处理数据），故未适用《网络数据安全管理条例》。",
                    "No network operator (processing through networks) was entered, so the Network Data Security "
                    "Management Regulations were not applied.",
                    NDSMR_11,
                    day,
                ),
            ),
        )
    harmed = not f.measures_avoid_harm
    large, large_steps = _large(f, day)
    steps = [
        step(
            "网络运营者通过网络处理个人信息，并自主决定处理目的和处理方式的，属于网络数据安全管理条例所称网络数据处理者（第六十二条第一项、第三项）。",
            "A network operator that processes personal information through networks and itself decides the purposes "
            "and means of processing is read as a network-data processor under the Regulations (art. 62 items 1, 3).",
            "network_data_regs/62",
            day,
            Kind.READING,
        ),
        step(
            "《条例》第十一条第一款：立即启动应急预案，采取措施防止危害扩大，消除安全隐患，并按照规定向有关主管部门报告。",
            "Regulations art. 11 para. 1: start the incident plan at once, stop the harm spreading, remove the hazard, "
            "and report to the competent authority per the rules.",
            NDSMR_11,
            day,
        ),
        step(
            "第十一条第二款：安全事件对个人合法权益造成危害的，应当及时通知利害关系人；法律、行政法规规定可以不通知的，从其规定。"
            + (
                "据输入，措施不能有效避免危害：应当通知。"
                if harmed
                else "据输入，措施能够有效避免危害，未对个人造成危害，且《个人信息保护法》第五十七条第二款允许不通知：不因本款而须通知。"
            ),
            "Art. 11 para. 2: where the incident harms people's lawful rights, tell those concerned in time, unless a law "
            "or administrative regulation allows no notice. "
            + (
                "As entered, the measures cannot effectively avoid harm: they must be told."
                if harmed
                else "As entered, the measures effectively avoid harm, so no one is harmed, and PIPL art. 57 para. 2 "
                "allows no notice: this paragraph adds no duty to tell them."
            ),
            NDSMR_11,
            day,
            Kind.APPLIES if harmed else Kind.READING,
        ),
        *large_steps,
    ]
    return Layer(
        NDSMR_11,
        applies=True,
        authority=True,
        individuals=harmed,
        specific=True,
        remedy=_NDSMR_REMEDY,
        report_to=_NDSMR_REPORT,
        contents=_NDSMR_CONTENTS,
        steps=tuple(steps),
        large_processor=large,
    )


# --------------------------------------------------------------------------- the rule

LayerRule = Callable[[BreachFacts, date], Layer]

#: The texts on an incident, each with its versions newest first: on a day, each text applies in the first version
#: whose provision is in force, and all the texts that apply add up.
REGIMES: tuple[tuple[str, tuple[tuple[str, LayerRule], ...]], ...] = (
    ("cybersecurity", (("cybersecurity_law/44", csl_2026_01_01), ("cybersecurity_law/42", csl_2017_06_01))),
    ("civil_code", (("civil_code/1038", civil_code_2021_01_01),)),
    ("data_security", (("data_security_law/29", dsl_2021_09_01),)),
    ("pipl", ((PIPL_57, pipl_2021_11_01),)),
    ("network_data", ((NDSMR_11, ndsmr_2025_01_01),)),
)


def _facts(
    measures_avoid_harm: object,
    authority_requires_notice: object,
    network_operator: object,
    people: object,
    sensitive: object,
) -> BreachFacts:
    if people is not None and (isinstance(people, bool) or not isinstance(people, int) or people < 0):
        raise InputError(
            "people 人数",
            "须为非负整数，或不填（未知）",
            f"must be a whole number of at least 0, or None, not {people!r}",
        )
    return BreachFacts(
        measures_avoid_harm=parse_flag(measures_avoid_harm, "measures_avoid_harm 措施能够有效避免危害"),
        authority_requires_notice=parse_flag(authority_requires_notice, "authority_requires_notice 部门要求通知个人"),
        network_operator=parse_flag(network_operator, "network_operator 网络运营者"),
        people=people,
        sensitive=None if sensitive is None else parse_flag(sensitive, "sensitive 敏感个人信息"),
    )


def _deferring(layers: list[Layer], day: date) -> list[Step]:
    """The reading by which the texts that say "按照规定" leave the individuals untold where PIPL art. 57 does."""
    general = [layer for layer in layers if not layer.specific and layer.individuals]
    if not general:
        return []
    names = "、".join(
        f"《{law.laws()[layer.ref.split('/', 1)[0]].short_zh}》{law.provision(layer.ref, day).article_zh}"
        for layer in general
    )
    return [
        step(
            f"{names}要求“按照规定”告知；此处将《个人信息保护法》第五十七条第二款理解为上述“规定”：措施能够有效避免危害的，可以不通知个人。",
            f'The texts that say "per the rules" ({", ".join(layer.ref for layer in general)}) are read as pointing to '
            "PIPL art. 57 para. 2: where the measures effectively avoid harm, the individuals need not be notified.",
            PIPL_57,
            day,
            Kind.READING,
        )
    ]


def breach_duties(
    *,
    on: object,
    measures_avoid_harm: object,
    authority_requires_notice: object = False,
    network_operator: object = False,
    people: object = None,
    sensitive: object = None,
) -> BreachDuties:
    """The duties after personal information leaked, was tampered with or lost (or may be), on ``on``.

    ``measures_avoid_harm``: the processor's measures can effectively avoid harm (PIPL art. 57 para. 2);
    ``authority_requires_notice``: the authority requires the individuals to be notified; ``network_operator``: a
    network operator (Cybersecurity Law), read from 2025-01-01 as a network-data processor (the Regulations);
    ``people``: how many people's information it processes (Regulations art. 28), None if not known; ``sensitive``:
    sensitive personal information is involved, None if not known. ``on`` is a ``datetime.date``; before
    2017-06-01 :class:`pilaw.LawError`. See :data:`REGIMES` for the texts applied on each day.
    """
    day = parse_date(on, "on 事件日期", required=True, allow_text=False)
    f = _facts(measures_avoid_harm, authority_requires_notice, network_operator, people, sensitive)
    chosen = [pick(versions, day) for _name, versions in REGIMES]
    layers = [rule(f, day) for rule in chosen if rule is not None]
    if not layers:
        first = law.versions("cybersecurity_law/42")[0].effective_from
        raise LawError(
            f"{zh_date(day)}尚无语料库中的个人信息泄露后义务的规定：最早的《网络安全法》第四十二条自{zh_date(first)}起施行",
            f"no text of the corpus on duties after a personal-information leak applies on {day.isoformat()}: the "
            f"earliest, Cybersecurity Law art. 42, took effect on {first.isoformat()}",
        )
    applied = [layer for layer in layers if layer.applies]
    specific = [layer for layer in applied if layer.specific]
    individuals = any(layer.individuals for layer in (specific or applied))
    steps = [s for layer in layers for s in layer.steps]
    if specific and not individuals:
        steps += _deferring(applied, day)
    if not applied:
        steps.append(
            step(
                "据输入，语料库中没有适用于本事件的通知或者报告义务。",
                "As entered, no duty to notify or report in the corpus applies to this incident.",
                layers[0].ref,
                day,
                Kind.NOT_ASSESSED,
            )
        )
    steps.append(
        step(
            "经营者对消费者还负有《消费者权益保护法》第二十九条第二款的义务（立即采取补救措施）；是否为经营者，本计算器不评估。",
            "A business dealing with consumers also owes Consumer Rights Protection Law art. 29 para. 2 (remedy at "
            "once); whether the processor is one is not assessed.",
            CONSUMER_29,
            day,
            Kind.NOT_ASSESSED,
        )
    )
    return BreachDuties(
        on=day,
        facts=f,
        notify_authority=any(layer.authority for layer in applied),
        notify_individuals=individuals,
        remedy=tuple(item for layer in applied for item in layer.remedy),
        report_to=tuple(item for layer in applied for item in layer.report_to),
        contents=tuple(item for layer in applied for item in layer.contents),
        refs=tuple(layer.ref for layer in applied),
        large_processor=next((layer.large_processor for layer in applied if layer.ref == NDSMR_11), None),
        steps=tuple(steps),
    )
