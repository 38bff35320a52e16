"""An individual's request to a processor: must it act, on which article, and on what may it refuse —
:func:`rights_request`.

The rights (:data:`RIGHTS`): to know and decide (PIPL art. 44), access and copy (art. 45 paras. 1–2), portability
(art. 45 para. 3), correction and completion (art. 46), deletion (art. 47), explanation of the processing rules
(art. 48); a close relative of a deceased person may exercise some of them (art. 49); a refusal must give reasons
and may be taken to court (art. 50). The facts that make a right bite are ``grounds`` (:data:`GROUNDS`), those
that let the processor refuse are ``exceptions`` (:data:`EXCEPTIONS`).

One function per regime, chosen in one place, :data:`REGIMES` (newest first, each keyed by its provision):

* :func:`rights_2021_01_01` — Civil Code art. 1037: access and copy "according to law", correction of errors,
  deletion where processing breaches a law or the agreement; no other right;
* :func:`rights_2021_11_01` — PIPL arts. 44–50; portability only "on the conditions the national cyberspace
  department sets", which the corpus does not hold (the answer is then open: ``must_act`` None);
* :func:`rights_2025_01_01` — the same, and for network data the Network Data Security Management Regulations:
  requests accepted in time (art. 23), deletion on closing an account (art. 24), the conditions of portability
  (art. 25).

    >>> from datetime import date
    >>> rights_request(on=date(2024, 6, 1), right="deletion", grounds={"consent_withdrawn"}).must_act
    True
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.steps import Kind, Step
from pilaw.rules.pipl.common import Item, choice, describe, keys, pick, step, zh_date

__all__ = [
    "EXCEPTIONS",
    "GROUNDS",
    "REGIMES",
    "RIGHTS",
    "Reply",
    "Request",
    "RightsAnswer",
    "rights_2021_01_01",
    "rights_2021_11_01",
    "rights_2025_01_01",
    "rights_request",
]

CIVIL_1037 = "civil_code/1037"
NDSMR_23 = "network_data_regs/23"

#: The rights: key → (Chinese, English).
RIGHTS: dict[str, tuple[str, str]] = {
    "know_decide": ("知情权、决定权（限制或者拒绝处理）", "to know and decide (restrict or refuse processing)"),
    "access_copy": ("查阅、复制", "access and copy"),
    "portability": ("转移至其指定的个人信息处理者", "transfer to a processor of one's choice"),
    "correction": ("更正、补充", "correction and completion"),
    "deletion": ("删除", "deletion"),
    "explanation": ("对个人信息处理规则进行解释说明", "explanation of the processing rules"),
}

#: The facts that make a right bite: key → (Chinese, English); :data:`GROUNDS_FOR` says which right each serves.
GROUNDS: dict[str, tuple[str, str]] = {
    "purpose_done": (
        "处理目的已实现、无法实现或者为实现处理目的不再必要",
        "the purpose is achieved, impossible or no longer needs it",
    ),
    "service_ended": (
        "停止提供产品或者服务，或者保存期限已届满",
        "the product or service has stopped, or the retention period is over",
    ),
    "consent_withdrawn": ("个人撤回同意", "the individual withdrew consent"),
    "unlawful": ("违反法律、行政法规或者违反约定处理", "processing in breach of a law, regulation or the agreement"),
    "other_law": ("法律、行政法规规定的其他情形", "another case provided by law or administrative regulation"),
    "account_closed": ("个人注销账号", "the individual closed the account"),
    "collected_unnecessarily": (
        "因自动化采集等无法避免采集到非必要的或者未依法取得同意的个人信息",
        "information collected unavoidably by automated means that was unnecessary or lacked lawful consent",
    ),
    "inaccurate": ("个人信息不准确（有错误）", "the information is inaccurate (wrong)"),
    "incomplete": ("个人信息不完整", "the information is incomplete"),
    "identity_verified": ("能够验证请求人的真实身份", "the requester's identity can be verified"),
    "consented_or_contract": (
        "请求转移的是本人同意提供的或者基于合同收集的个人信息",
        "the information was given by consent or collected on a contract",
    ),
    "feasible": ("转移具备技术可行性", "the transfer is technically feasible"),
    "no_harm_to_others": ("转移不损害他人合法权益", "the transfer harms no one else's lawful rights"),
}
GROUNDS_FOR: dict[str, frozenset[str]] = {
    "correction": frozenset({"inaccurate", "incomplete"}),
    "deletion": frozenset(
        {
            "purpose_done",
            "service_ended",
            "consent_withdrawn",
            "unlawful",
            "other_law",
            "account_closed",
            "collected_unnecessarily",
        }
    ),
    "portability": frozenset({"identity_verified", "consented_or_contract", "feasible", "no_harm_to_others"}),
}
_DELETION_47 = ("purpose_done", "service_ended", "consent_withdrawn", "unlawful", "other_law")
_PORTABILITY_25 = ("identity_verified", "consented_or_contract", "feasible", "no_harm_to_others")

#: The facts that let the processor refuse or do less: key → (Chinese, English, the right it serves or "any").
EXCEPTIONS: dict[str, tuple[str, str]] = {
    "law_provides_otherwise": ("法律、行政法规另有规定", "a law or administrative regulation provides otherwise"),
    "confidential": (
        "法律、行政法规规定应当保密或者不需要告知",
        "a law or regulation requires secrecy or says no notice is needed",
    ),
    "state_duty": (
        "国家机关履行法定职责，告知将妨碍其履行",
        "a state organ whose statutory duties notice would impede",
    ),
    "retention_period": ("法律、行政法规规定的保存期限未届满", "a statutory retention period has not run out"),
    "technically_hard": ("删除从技术上难以实现", "deletion is technically hard to achieve"),
    "arranged_otherwise": ("死者生前另有安排", "the deceased arranged otherwise"),
}
EXCEPTIONS_FOR: dict[str, frozenset[str]] = {
    "know_decide": frozenset({"law_provides_otherwise"}),
    "access_copy": frozenset({"confidential", "state_duty"}),
    "deletion": frozenset({"retention_period", "technically_hard"}),
}
_RELATIVE_RIGHTS = frozenset({"access_copy", "correction", "deletion"})  # art. 49: 查阅、复制、更正、删除等


@dataclass(frozen=True)
class Request:
    """The request as entered."""

    right: str
    grounds: frozenset[str] = frozenset()
    exceptions: frozenset[str] = frozenset()
    close_relative: bool = False
    network_data: bool = False


@dataclass(frozen=True)
class Reply:
    """What one right's rule answers: ``must_act`` (None where the answer turns on what the corpus does not hold),
    the duty (``action``), the grounds on which the processor may refuse or do less (``may_refuse``), the steps."""

    must_act: bool | None
    action: Item | None
    may_refuse: tuple[Item, ...]
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class RightsAnswer:
    """The answer to a request on ``on``: ``must_act`` (True, False, or None where open), the duty (``action``), what
    the law lets the processor refuse on (``may_refuse``), whether a refusal may be taken to court under PIPL
    art. 50 para. 2 (``court``; None before that article), the regime's provision and the cited steps."""

    on: date
    request: Request
    regime: str
    must_act: bool | None
    action: Item | None
    may_refuse: tuple[Item, ...]
    court: bool | None
    steps: tuple[Step, ...]


def _exc(key: str, ref: str) -> Item:
    zh, en = EXCEPTIONS[key]
    return Item(zh, en, ref)


# --------------------------------------------------------------------------- the PIPL (2021-11-01)


def _know_decide(r: Request, day: date) -> Reply:
    ref = "pipl/44"
    refused = "law_provides_otherwise" in r.exceptions
    steps = [
        step(
            "个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；法律、行政法规另有规定的除外（第四十四条）。"
            + ("据输入，法律、行政法规另有规定：个人信息处理者可以拒绝。" if refused else ""),
            "The individual has the right to know and decide on the processing, and may restrict or refuse it, unless a "
            "law or administrative regulation provides otherwise (art. 44)."
            + (" As entered, one does: the processor may refuse." if refused else ""),
            ref,
            day,
        ),
        step(
            "处理依据为第十三条第一款第二项至第七项（不需同意）的，个人的拒绝能否阻止处理，尚无定论；本计算器不评估。",
            "Whether a refusal stops processing that rests on art. 13 para. 1 items 2 to 7 (no consent needed) is "
            "unsettled; it is not assessed.",
            "pipl/13",
            day,
            Kind.NOT_ASSESSED,
        ),
    ]
    action = Item("尊重个人限制或者拒绝处理的决定", "respect the individual's restriction or refusal", ref)
    return Reply(not refused, None if refused else action, (_exc("law_provides_otherwise", ref),), tuple(steps))


def _access(r: Request, day: date) -> Reply:
    ref = "pipl/45"
    held = [key for key in ("confidential", "state_duty") if key in r.exceptions]
    may = (_exc("confidential", "pipl/18"), _exc("state_duty", "pipl/35"))
    zh, en = describe(held, EXCEPTIONS)
    text = step(
        "个人有权向个人信息处理者查阅、复制其个人信息；个人请求的，个人信息处理者应当及时提供（第四十五条第一款、第二款）。"
        "有第十八条第一款（法律、行政法规规定应当保密或者不需要告知）、第三十五条（国家机关，告知将妨碍履行法定职责）规定情形的除外。"
        + (f"据输入：{zh}，个人信息处理者可以拒绝。" if held else ""),
        "The individual may access and copy the information, and the processor must provide it in time when asked "
        "(art. 45 paras. 1, 2), except in the cases of art. 18 para. 1 (secrecy, or no notice needed, by law) and art. 35 "
        "(a state organ whose duties notice would impede)."
        + (f" As entered: {en}; the processor may refuse." if held else ""),
        ref,
        day,
    )
    action = Item("及时提供查阅、复制", "provide access and a copy in time", ref)
    return Reply(not held, None if held else action, may, (text,))


def _portability_2021_11_01(r: Request, day: date) -> Reply:
    ref = "pipl/45"
    return Reply(
        None,
        None,
        (),
        (
            step(
                "个人请求将个人信息转移至其指定的个人信息处理者，符合国家网信部门规定条件的，处理者应当提供转移的途径（第四十五条第三款）。"
                "这些条件不在语料库中：是否须提供，本计算器不能回答。",
                "Where the individual asks to transfer the information to a processor of their choice and the conditions "
                "set by the national cyberspace department are met, the processor must offer a way to transfer it (art. 45 "
                "para. 3). Those conditions are not in the corpus: whether it must cannot be answered here.",
                ref,
                day,
                Kind.NOT_ASSESSED,
            ),
        ),
    )


def _correction(r: Request, day: date) -> Reply:
    ref = "pipl/46"
    wrong = bool(r.grounds & {"inaccurate", "incomplete"})
    zh, en = describe(r.grounds, GROUNDS)
    action = (
        Item("核实并及时更正、补充", "verify, and correct or complete in time", ref)
        if wrong
        else Item(
            "核实；经核实不准确或者不完整的，及时更正、补充", "verify; correct or complete in time if found wrong", ref
        )
    )
    text = step(
        "个人请求更正、补充其个人信息的，个人信息处理者应当对其个人信息予以核实，并及时更正、补充（第四十六条）。"
        + (f"据输入：{zh}。" if wrong else "未输入信息不准确或者不完整：处理者仍须核实。"),
        "Where the individual asks for correction or completion, the processor must verify the information and correct "
        "or complete it in time (art. 46)."
        + (f" As entered: {en}." if wrong else " No error was entered: it must still verify."),
        ref,
        day,
    )
    return Reply(True, action, (), (text,))


def _deletion_2021_11_01(r: Request, day: date) -> Reply:
    must, steps = _deletion_47(r, day)
    return _deletion_limits(r, day, must, steps)


def _deletion_47(r: Request, day: date) -> tuple[bool | None, list[Step]]:
    """Art. 47 para. 1: whether a case of deletion was entered (None where only an unnamed case was)."""
    ref = "pipl/47"
    held = [key for key in _DELETION_47 if key in r.grounds]
    zh, en = describe(held, GROUNDS)
    steps = [
        step(
            (
                f"据输入：{zh}。有第四十七条第一款所列情形的，处理者应当主动删除；未删除的，个人有权请求删除。"
                if held
                else "未输入第四十七条第一款所列情形（目的已实现等、停止服务或者期满、撤回同意、违法或者违约处理、其他法定情形）：处理者不负删除义务。"
            ),
            (
                f"As entered: {en}. In a case of art. 47 para. 1 the processor must delete on its own; if it has not, the "
                "individual may ask."
                if held
                else "No case of art. 47 para. 1 was entered (purpose done, service ended or "
                "period over, consent withdrawn, unlawful processing, another legal case): there is no duty to delete."
            ),
            ref,
            day,
        )
    ]
    unclear = not held and bool(r.grounds & {"account_closed", "collected_unnecessarily"})
    if unclear:
        steps.append(
            step(
                "注销账号、自动化采集到非必要信息，第四十七条没有明文列举；可能属于第一款第一项（为实现处理目的不再必要）或者第四项，本计算器不评估。",
                "Closing an account and unnecessary automated collection are not named in art. 47; they may fall under "
                "para. 1 item 1 (no longer needed) or item 4; not assessed.",
                ref,
                day,
                Kind.NOT_ASSESSED,
            )
        )
    must: bool | None = True if held else (None if unclear else False)
    return must, steps


def _deletion_limits(r: Request, day: date, must: bool | None, steps: list[Step]) -> Reply:
    """Art. 47 para. 2: a running statutory retention period, or technical difficulty, turns deletion into a stop."""
    ref = "pipl/47"
    may = (_exc("retention_period", ref), _exc("technically_hard", ref))
    held = [key for key in ("retention_period", "technically_hard") if key in r.exceptions]
    action = Item("删除个人信息", "delete the information", ref) if must else None
    if must and held:
        zh, en = describe(held, EXCEPTIONS)
        action = Item(
            "停止除存储和采取必要的安全保护措施之外的处理",
            "stop all processing other than storage and necessary security",
            ref,
        )
        steps.append(
            step(
                f"据输入：{zh}。处理者可以不删除，但应当停止除存储和采取必要的安全保护措施之外的处理（第四十七条第二款）。",
                f"As entered: {en}. The processor need not delete, but must stop all processing other than storage and "
                "necessary security measures (art. 47 para. 2).",
                ref,
                day,
            )
        )
    return Reply(must, action, may, tuple(steps))


def _explanation(r: Request, day: date) -> Reply:
    ref = "pipl/48"
    text = step(
        "个人有权要求个人信息处理者对其个人信息处理规则进行解释说明（第四十八条）。",
        "The individual may require the processor to explain its processing rules (art. 48).",
        ref,
        day,
    )
    return Reply(True, Item("对个人信息处理规则进行解释说明", "explain the processing rules", ref), (), (text,))


RuleOfRight = Callable[[Request, date], Reply]
PIPL_RIGHTS: dict[str, RuleOfRight] = {
    "know_decide": _know_decide,
    "access_copy": _access,
    "portability": _portability_2021_11_01,
    "correction": _correction,
    "deletion": _deletion_2021_11_01,
    "explanation": _explanation,
}


def _relative(r: Request, day: date, reply: Reply) -> Reply:
    """Art. 49: a close relative of the deceased, for their own lawful and legitimate interests."""
    ref = "pipl/49"
    may = (*reply.may_refuse, _exc("arranged_otherwise", ref))
    if "arranged_otherwise" in r.exceptions:
        text = step(
            "据输入，死者生前另有安排：近亲属不能行使第四十九条的权利。",
            "As entered, the deceased arranged otherwise: the close relatives cannot exercise the rights of art. 49.",
            ref,
            day,
        )
        return Reply(False, None, may, (text,))
    kind = Kind.APPLIES if r.right in _RELATIVE_RIGHTS else Kind.READING
    text = step(
        "自然人死亡的，其近亲属为了自身的合法、正当利益，可以对死者的相关个人信息行使查阅、复制、更正、删除等权利（第四十九条）"
        + ("。" if kind is Kind.APPLIES else "；这一权利是否在“等”之内，尚无定论。")
        + "是否出于近亲属自身的合法、正当利益，本计算器不评估。",
        "After a death, close relatives may, for their own lawful and legitimate interests, access, copy, correct, delete "
        "(and so on) the deceased's information (art. 49)"
        + ("." if kind is Kind.APPLIES else '; whether this right is within "and so on" is unsettled.')
        + " Whether their interest is their own lawful one is not assessed.",
        ref,
        day,
        kind,
    )
    return dataclasses.replace(reply, may_refuse=may, steps=(text, *reply.steps))


def _article_50(day: date) -> Step:
    return step(
        "个人信息处理者应当建立便捷的申请受理和处理机制；拒绝个人行使权利的请求的，应当说明理由；个人可以依法向人民法院提起诉讼（第五十条）。",
        "The processor must have a convenient way to receive and handle requests; a refusal must give reasons, and the "
        "individual may sue in a people's court (art. 50).",
        "pipl/50",
        day,
    )


def rights_2021_11_01(r: Request, day: date) -> RightsAnswer:
    """The PIPL (in force 2021-11-01): arts. 44–50, with arts. 18 and 35 for access."""
    reply = PIPL_RIGHTS[r.right](r, day)
    if r.close_relative:
        reply = _relative(r, day, reply)
    steps = (*reply.steps, _article_50(day))
    return RightsAnswer(day, r, "pipl/45", reply.must_act, reply.action, reply.may_refuse, True, steps)


# --------------------------------------------------------------------------- the Regulations (2025-01-01)


def _portability_2025_01_01(r: Request, day: date) -> Reply:
    if not r.network_data:
        return _portability_2021_11_01(r, day)
    ref = "network_data_regs/25"
    missing = [key for key in _PORTABILITY_25 if key not in r.grounds]
    zh, en = describe(missing, GROUNDS)
    text = step(
        "符合下列条件的转移请求，网络数据处理者应当为个人指定的其他网络数据处理者访问、获取有关个人信息提供途径："
        "能够验证请求人的真实身份；请求转移的是本人同意提供的或者基于合同收集的个人信息；转移具备技术可行性；转移不损害他人合法权益"
        "（《条例》第二十五条第一款）。" + (f"据输入，尚缺：{zh}。" if missing else "据输入，四项条件均已具备。"),
        "A transfer request must be met by giving the processor of the individual's choice a way to access and obtain "
        "the information where the requester's identity can be verified, the information was given by consent or collected on a "
        "contract, the transfer is technically feasible and harms no one else (Regulations art. 25 para. 1)."
        + (f" As entered, missing: {en}." if missing else " As entered, all four conditions are met."),
        ref,
        day,
    )
    fee = step(
        "请求转移次数等明显超出合理范围的，可以根据转移成本收取必要费用（第二十五条第二款）。",
        "Where requests clearly exceed a reasonable number, a necessary fee may be charged at cost (art. 25 para. 2).",
        ref,
        day,
    )
    pointer = step(
        "第四十五条第三款所称“国家网信部门规定条件”，此处以《条例》第二十五条的条件作答。",
        "The conditions art. 45 para. 3 leaves to the national cyberspace department are answered here by those of "
        "Regulations art. 25.",
        "pipl/45",
        day,
        Kind.READING,
    )
    may = tuple(Item(*GROUNDS[key], ref) for key in _PORTABILITY_25)
    action = Item(
        "为指定的处理者访问、获取个人信息提供途径", "give the chosen processor a way to access the information", ref
    )
    return Reply(not missing, None if missing else action, may, (pointer, text, fee))


def _deletion_2025_01_01(r: Request, day: date) -> Reply:
    if not r.network_data:
        return _deletion_2021_11_01(r, day)
    ref = "network_data_regs/24"
    held = [key for key in ("account_closed", "collected_unnecessarily") if key in r.grounds]
    if not held:
        return _deletion_2021_11_01(r, day)
    pipl_held = bool(r.grounds & set(_DELETION_47))
    _must, pipl_steps = _deletion_47(dataclasses.replace(r, grounds=r.grounds - set(held)), day)
    zh, en = describe(held, GROUNDS)
    text = step(
        ("" if pipl_held else "第四十七条第一款所列情形未输入；但")
        + f"据输入：{zh}。网络数据处理者应当删除个人信息或者进行匿名化处理（《条例》第二十四条）；"
        "法律、行政法规规定的保存期限未届满，或者删除、匿名化处理个人信息从技术上难以实现的，应当停止除存储和采取必要的安全保护措施之外的处理。",
        ("" if pipl_held else "No case of art. 47 para. 1 was entered; but ")
        + f"as entered: {en}. The network-data processor must delete or anonymise the information (Regulations "
        "art. 24); where a retention period set by law or administrative regulation has not expired, or deletion "
        "or anonymisation is technically hard, it must stop all processing other than storage and necessary "
        "security measures.",
        ref,
        day,
    )
    return _deletion_limits(r, day, True, [*(pipl_steps if pipl_held else []), text])


def rights_2025_01_01(r: Request, day: date) -> RightsAnswer:
    """The PIPL, and for network data the Regulations (in force 2025-01-01): arts. 23, 24 and 25."""
    rules = {**PIPL_RIGHTS, "portability": _portability_2025_01_01, "deletion": _deletion_2025_01_01}
    reply = rules[r.right](r, day)
    if r.close_relative:
        reply = _relative(r, day, reply)
    if r.network_data:
        extra = step(
            "网络数据处理者应当及时受理请求，提供便捷的支持个人行使权利的方法和途径，不得设置不合理条件限制个人的合理请求（《条例》第二十三条）。",
            "A network-data processor must accept requests in time, offer easy ways to exercise the rights, and set no "
            "unreasonable conditions on reasonable requests (Regulations art. 23).",
            NDSMR_23,
            day,
        )
    else:
        extra = step(
            "未输入通过网络处理（网络数据），故未适用《网络数据安全管理条例》。",
            "Processing through networks (network data) was not entered, so the Regulations were not applied.",
            NDSMR_23,
            day,
            Kind.NOT_ASSESSED,
        )
    steps = (*reply.steps, extra, _article_50(day))
    return RightsAnswer(day, r, NDSMR_23, reply.must_act, reply.action, reply.may_refuse, True, steps)


# --------------------------------------------------------------------------- the Civil Code (2021-01-01)

_CIVIL_GROUND = {"access_copy": None, "correction": {"inaccurate", "incomplete"}, "deletion": {"unlawful"}}


def _civil_reply(r: Request, day: date) -> Reply:
    pipl_from = zh_date(law.versions("pipl/45")[0].effective_from)
    if r.right not in _CIVIL_GROUND:
        text = step(
            f"《民法典》第一千零三十七条没有规定“{RIGHTS[r.right][0]}”这一权利；《个人信息保护法》自{pipl_from}起规定。",
            f"Civil Code art. 1037 grants no right {RIGHTS[r.right][1]}; the PIPL does, from "
            f"{law.versions('pipl/45')[0].effective_from.isoformat()}.",
            CIVIL_1037,
            day,
        )
        return Reply(False, None, (), (text,))
    if r.right == "access_copy":
        text = step(
            "自然人可以依法向信息处理者查阅或者复制其个人信息（《民法典》第一千零三十七条第一款）；“依法”的限制，本计算器不评估。",
            "The person may, according to law, consult or copy the information (Civil Code art. 1037 para. 1); the limits "
            '"according to law" sets are not assessed.',
            CIVIL_1037,
            day,
        )
        must = None if r.exceptions else True
        return Reply(must, Item("提供查阅、复制", "allow consulting and copying", CIVIL_1037), (), (text,))
    held = r.grounds & (_CIVIL_GROUND[r.right] or set())
    if r.right == "correction":
        zh, en = (
            "发现信息有错误的，有权提出异议并请求及时采取更正等必要措施（第一千零三十七条第一款）",
            "an error found may be objected to, with correction or other necessary measures in time (art. 1037 para. 1)",
        )
        action = Item("及时采取更正等必要措施", "correct it, or take other necessary measures, in time", CIVIL_1037)
    else:
        zh, en = (
            "发现信息处理者违反法律、行政法规的规定或者双方的约定处理其个人信息的，有权请求及时删除（第一千零三十七条第二款）",
            "processing in breach of a law, regulation or the agreement gives a right to deletion in time (art. 1037 para. 2)",
        )
        action = Item("及时删除", "delete in time", CIVIL_1037)
    text = step(
        f"《民法典》：{zh}。"
        + ("据输入，情形具备。" if held else "据输入，该情形不具备（其他删除事由自《个人信息保护法》施行起才有）。"),
        f"Civil Code: {en}."
        + (
            " As entered, the case is met."
            if held
            else " As entered, it is not (the other grounds came with the PIPL)."
        ),
        CIVIL_1037,
        day,
    )
    return Reply(bool(held), action if held else None, (), (text,))


def rights_2021_01_01(r: Request, day: date) -> RightsAnswer:
    """The Civil Code (in force 2021-01-01): art. 1037."""
    reply = _civil_reply(r, day)
    steps = list(reply.steps)
    if r.exceptions or r.close_relative:
        steps.append(
            step(
                "《民法典》第一千零三十七条未列举拒绝的事由，也未规定死者近亲属的请求；据输入的这些事实，本计算器不评估。",
                "Civil Code art. 1037 lists no ground of refusal and says nothing of a deceased person's relatives; those "
                "facts as entered are not assessed.",
                CIVIL_1037,
                day,
                Kind.NOT_ASSESSED,
            )
        )
    must = None if r.close_relative and reply.must_act else reply.must_act
    action = reply.action if must is True else None
    return RightsAnswer(day, r, CIVIL_1037, must, action, reply.may_refuse, None, tuple(steps))


# --------------------------------------------------------------------------- the rule

#: Which regime a date falls in: the first whose provision is in force on that day (newest first).
REGIMES: tuple[tuple[str, Callable[[Request, date], RightsAnswer]], ...] = (
    (NDSMR_23, rights_2025_01_01),
    ("pipl/45", rights_2021_11_01),
    (CIVIL_1037, rights_2021_01_01),
)


def _request(
    right: object, grounds: object, exceptions: object, close_relative: object, network_data: object
) -> Request:
    key = choice(right, "right 权利", RIGHTS)
    found = keys(grounds, "grounds 情形", GROUNDS)
    refused = keys(exceptions, "exceptions 例外", EXCEPTIONS)
    relative = parse_flag(close_relative, "close_relative 死者近亲属")
    wrong = found - GROUNDS_FOR.get(key, frozenset())
    if wrong:
        raise InputError(
            "grounds 情形",
            f"与“{RIGHTS[key][0]}”无关：{'、'.join(GROUNDS[g][0] for g in sorted(wrong))}",
            f"not grounds of the right {key!r}: {', '.join(sorted(wrong))}",
        )
    allowed = EXCEPTIONS_FOR.get(key, frozenset()) | ({"arranged_otherwise"} if relative else set())
    if refused - allowed:
        raise InputError(
            "exceptions 例外",
            f"与“{RIGHTS[key][0]}”无关：{'、'.join(EXCEPTIONS[e][0] for e in sorted(refused - allowed))}",
            f"not exceptions to the right {key!r}: {', '.join(sorted(refused - allowed))}",
        )
    return Request(key, found, refused, relative, parse_flag(network_data, "network_data 网络数据"))


def rights_request(
    *,
    on: object,
    right: object,
    grounds: object = (),
    exceptions: object = (),
    close_relative: object = False,
    network_data: object = False,
) -> RightsAnswer:
    """Must the processor act on an individual's request, on which article, and what may it refuse on?

    ``right``: a key of :data:`RIGHTS`. ``grounds``: the facts entered that make the right bite (keys of
    :data:`GROUNDS`; :data:`GROUNDS_FOR` says which serve which right: deletion, correction, portability).
    ``exceptions``: the facts entered that let the processor refuse or do less (keys of :data:`EXCEPTIONS`;
    :data:`EXCEPTIONS_FOR`; ``"arranged_otherwise"`` with ``close_relative``). ``close_relative``: the request
    comes from a close relative of a deceased person (PIPL art. 49). ``network_data``: the information is processed
    through networks (the Regulations, from 2025-01-01). ``on`` is a ``datetime.date``; before 2021-01-01
    :class:`pilaw.LawError`. A ground or exception that does not belong to the right raises :class:`pilaw.InputError`.
    """
    day = parse_date(on, "on 请求日期", required=True, allow_text=False)
    request = _request(right, grounds, exceptions, close_relative, network_data)
    regime = pick(REGIMES, day)
    if regime is None:
        first = law.versions(CIVIL_1037)[0].effective_from
        raise LawError(
            f"{zh_date(day)}尚无语料库中的个人信息权利规定：《民法典》第一千零三十七条自{zh_date(first)}起施行",
            f"no text of the corpus on the rights of individuals applies on {day.isoformat()}: Civil Code art. 1037 "
            f"took effect on {first.isoformat()}",
        )
    return regime(request, day)
