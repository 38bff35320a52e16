"""Two PIPL calculators — is consent needed, and what is owed after a leak — and a table of worked requests.

Thin adapters around :func:`pilaw.rules.pipl.consent_required`, :func:`pilaw.rules.pipl.breach_duties` and
:func:`pilaw.rules.pipl.rights_request`: a date, a few choices and ticks in; the rule's answer and its cited steps
out. Their defaults are processing by the fictional 星河网店 (Xinghe Online Shop): sharing customers' delivery
details with an advertising partner, the case study's database leak (order records and delivery tracking), and
its customers' requests after the leak.
"""

from __future__ import annotations

import html
from datetime import date

import ipywidgets as W

from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date
from pilaw.law.money import parse_count
from pilaw.law.steps import Kind, Step, of_kind
from pilaw.rules.pipl import (
    BASES,
    BreachDuties,
    ConsentAnswer,
    Item,
    RightsAnswer,
    breach_duties,
    consent_required,
    rights_request,
)
from pilaw.show.render import cite_label, steps_html
from pilaw.show.theme import ERROR_STYLE, GREEN, PAGE_WIDTH
from pilaw.teaching.case_study import CONDUCT_DATE
from pilaw.widgets import Calculator, checkbox, date_picker, dropdown, html_widget, text

EXAMPLE_DATE = date(2025, 6, 1)

#: The consent calculator's ticks: name → (Chinese, English); the example is 星河网店 sharing customers' delivery
#: details with an advertising partner, on the basis of consent, through its website.
CONSENT_FLAGS: dict[str, tuple[str, str]] = {
    "sensitive": ("敏感个人信息", "sensitive personal information"),
    "under_14": ("不满十四周岁未成年人的信息", "information of a child under fourteen"),
    "provide_to_other_processor": ("向其他个人信息处理者提供", "provided to another processor"),
    "publicly_disclose": ("公开", "publicly disclosed"),
    "cross_border": ("向境外提供", "provided abroad"),
    "public_place_images": ("公共场所图像用于公共安全以外的目的", "public-place images used for another purpose"),
    "network_data": ("通过网络处理（网络数据）", "processed through networks (network data)"),
}
CONSENT_EXAMPLE = {"basis": "consent", "provide_to_other_processor": True, "network_data": True}

_SENSITIVE_OPTIONS = (("不知道 · not known", None), ("是 · yes", True), ("否 · no", False))


def _yes(flag: bool) -> str:
    return f"<b style='color:{GREEN}'>是 · yes</b>" if flag else "<b>否 · no</b>"


def _items_html(items: tuple[Item, ...], on: date) -> str:
    rows = "".join(
        f"<li>{html.escape(item.text_zh)}<br><small>{html.escape(item.text_en)} · "
        f"{html.escape(cite_label(item.cites, on))}</small></li>"
        for item in items
    )
    return f"<ul style='margin:2px 0'>{rows}</ul>"


def _page(head: str, steps_count: int, body: str) -> str:
    return (
        f"<div style='max-width:{PAGE_WIDTH};font-size:14px;line-height:1.5'>{head}"
        f"<details open><summary>逐步理由与依据 · Step-by-step reasoning and basis ({steps_count})</summary>{body}</details>"
        "<small>这是对条文的逐项核对，不是法律意见。 An item-by-item reading of the texts, not legal advice.</small></div>"
    )


def _open_points(steps: tuple[Step, ...]) -> str:
    open_ = len(of_kind(steps, Kind.NOT_ASSESSED)) + len(of_kind(steps, Kind.READING))
    unverified = len(of_kind(steps, Kind.UNVERIFIED))
    out = f"<div><small>未评估或有待解读的步骤 · steps not assessed or read: {open_}"
    if unverified:
        out += f" · <span style='{ERROR_STYLE}'>依据未经核实的文本 · resting on unverified text: {unverified}</span>"
    return out + "</small></div>"


# --------------------------------------------------------------------------- consent


def _consent(on: object, basis: object, **flags: object) -> ConsentAnswer:
    day = parse_date(on, "处理日期 date of processing", required=True, allow_text=False)
    return consent_required(on=day, basis=basis, **flags)


def consent_why(answer: ConsentAnswer) -> str:
    """In words, why the answer is what it is: the basis, the separate consent, the guardian, the notice."""
    on, facts = answer.on, answer.facts
    item, zh, en = BASES[facts.basis]
    if answer.regime == "civil_code/1035":
        basis = (
            "个人信息保护法尚未施行，只适用民法典第一千零三十五条：需要同意，但法律、行政法规另有规定的除外。",
            "The PIPL is not yet in force: Civil Code art. 1035 alone answers — consent, unless a law or administrative "
            "regulation provides otherwise.",
        )
    elif facts.by_consent:
        basis = (
            f"依据是同意（第十三条第一款{item}），所以同意规则适用。",
            "The basis is consent (art. 13 item 1), so the consent rules apply.",
        )
    else:
        basis = (
            f"依据是第十三条第一款{item}（{zh}）：依第十三条第二款，不需要任何同意。",
            f"The basis is art. 13 para. 1 {item} ({en}): under art. 13 para. 2 no consent of any kind is needed.",
        )
    lines = [basis]
    if answer.separate_for:
        refs = "、".join(cite_label(ref, on) for ref in answer.separate_for)
        lines.append((f"须单独同意，依据：{refs}。", f"The consent must be separate, under {refs}."))
    if answer.guardian:
        lines.append(("涉及不满十四周岁未成年人：同意须由父母或者其他监护人作出（第三十一条）。",
                      "A child under fourteen: the consent is a parent's or guardian's (art. 31)."))  # fmt: skip
    lines.append((f"无论依据为何，处理前都要告知：共{len(answer.notice)}项。",
                  f"Whatever the basis, notice is owed before processing: {len(answer.notice)} items."))  # fmt: skip
    return "".join(f"<div>{html.escape(zh)}<br><small>{html.escape(en)}</small></div>" for zh, en in lines)


def render_consent(answer: ConsentAnswer) -> str:
    """The four answers, the notice items, then every cited step."""
    on = answer.on
    head = (
        "<table><tbody>"
        f"<tr><td>需要个人同意 · consent needed</td><td>{_yes(answer.consent)}</td></tr>"
        f"<tr><td>单独同意 · separate consent</td><td>{_yes(answer.separate)}</td></tr>"
        f"<tr><td>父母或者其他监护人的同意 · a parent's or guardian's consent</td><td>{_yes(answer.guardian)}</td></tr>"
        "<tr><td>书面同意 · written consent</td><td>"
        + (
            "仅在法律、行政法规规定时 · only where another law or regulation requires it"
            if answer.consent
            else _yes(False)
        )
        + "</td></tr>"
        "</tbody></table>"
    )
    if answer.separate_for:
        head += (
            "<div><small>单独同意的依据 · separate consent under: "
            + "；".join(html.escape(cite_label(ref, on)) for ref in answer.separate_for)
            + "</small></div>"
        )
    head += "<div><b>处理前应当告知的事项 · What must be told before processing:</b></div>"
    head += _items_html(answer.notice, on) + _open_points(answer.steps)
    return _page(head, len(answer.steps), steps_html(answer.steps, on, why=consent_why(answer)))


def consent_calculator(on: date | None = EXAMPLE_DATE, **example: object) -> Calculator:
    """Is consent needed? Filled in with 星河网店 sharing delivery details with an advertising partner (or ``example``)."""
    values = {**CONSENT_EXAMPLE, **example}
    options = [(f"{item}：{zh} · {en}", key) for key, (item, zh, en) in BASES.items()]
    inputs: dict[str, W.ValueWidget] = {
        "on": date_picker("处理日期", "Date of processing", on),
        "basis": dropdown(
            "处理依据（第十三条第一款）", "Basis (art. 13 para. 1)", options, values["basis"], width="860px"
        ),
    }
    for name, (zh, en) in CONSENT_FLAGS.items():
        inputs[name] = checkbox(zh, en, bool(values.get(name, False)))
    return Calculator(inputs, compute=_consent, render=render_consent, button=("判断", "Check"))


# --------------------------------------------------------------------------- breach


def _people(value: object) -> int | None:
    """The number of people typed: empty means not known."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_count(value, "people")
    except InputError:
        raise InputError(
            "人数 people",
            "须为非负整数人数，例如 12000；不知道可以留空",
            f"must be a whole number of people, e.g. 12000, or empty if not known, not {str(value)[:40]!r}",
        ) from None


def _breach(on: object, people: object, **flags: object) -> BreachDuties:
    day = parse_date(on, "事件日期 date of the incident", required=True, allow_text=False)
    return breach_duties(on=day, people=_people(people), **flags)


def breach_why(duties: BreachDuties) -> str:
    """In words, why the duties are what they are: the texts that add up, who is told, and the one exception."""
    on, facts = duties.on, duties.facts
    refs = "、".join(cite_label(ref, on) for ref in duties.refs)
    lines = [(f"当日适用{len(duties.refs)}部文本，义务叠加：{refs}。",
              f"{len(duties.refs)} texts apply that day, and their duties add up: {refs}.")]  # fmt: skip
    if duties.notify_individuals:
        if "pipl/57" in duties.refs and facts.measures_avoid_harm:
            lines.append(("措施虽能避免危害，但部门要求通知个人（第五十七条第二款后段）。",
                          "The measures avoid harm, but the authority requires the individuals to be told (art. 57 para. 2)."))  # fmt: skip
        elif "pipl/57" in duties.refs:
            lines.append(("危害未能有效避免，所以必须通知个人（第五十七条第一款）。",
                          "Harm was not effectively avoided, so the individuals must be told (art. 57 para. 1)."))  # fmt: skip
        else:
            lines.append(("当日的文本没有“能够有效避免危害”的例外：应当“按照规定”告知个人。",
                          "No text of that day has the “effectively avoid harm” exception: the individuals are told “per the rules”."))  # fmt: skip
    else:
        lines.append(("措施能够有效避免危害，可以不通知个人（第五十七条第二款）；部门仍须通知。",
                      "The measures effectively avoid harm, so the individuals need not be told (art. 57 para. 2); the authority still must be."))  # fmt: skip
    if duties.large_processor is not None:
        zh, en = ("达到", "reaches") if duties.large_processor else ("未达到", "is below")
        lines.append(
            (
                f"处理的人数{zh}《条例》第二十八条的标准。",
                f"The number of people {en} the threshold of Regulations art. 28.",
            )
        )
    return "".join(f"<div>{html.escape(zh)}<br><small>{html.escape(en)}</small></div>" for zh, en in lines)


def render_breach(duties: BreachDuties) -> str:
    """Whom to notify, what to do at once, what the notice contains, then every cited step."""
    on = duties.on
    head = (
        "<table><tbody>"
        f"<tr><td>通知或者报告主管部门 · notify or report to the authority</td><td>{_yes(duties.notify_authority)}</td></tr>"
        f"<tr><td>通知个人 · notify the individuals</td><td>{_yes(duties.notify_individuals)}</td></tr>"
        "</tbody></table>"
    )
    if duties.remedy:
        head += "<div><b>立即要做的 · What to do at once:</b></div>" + _items_html(duties.remedy, on)
    if duties.report_to:
        head += "<div><b>向谁报告 · Report to:</b></div>" + _items_html(duties.report_to, on)
    if duties.contents:
        head += "<div><b>通知应当包括 · The notice must contain:</b></div>" + _items_html(duties.contents, on)
    elif duties.remedy:
        head += "<div><small>当日的条文未规定通知的内容（“按照规定”）· The texts of that day set no contents of the notice.</small></div>"
    head += _open_points(duties.steps)
    return _page(head, len(duties.steps), steps_html(duties.steps, on, why=breach_why(duties)))


def breach_calculator(on: date | None = CONDUCT_DATE, people: str = "") -> Calculator:
    """What is owed after a leak? Filled in with the case study's leak at 星河网店 (on its conduct date): order
    records and delivery tracking (行踪轨迹, sensitive) exposed from an unpatched database, harm not avoided (its
    customers got fraud calls), by a network operator; the number of people it processes is not known."""
    inputs: dict[str, W.ValueWidget] = {
        "on": date_picker("事件日期", "Date of the incident", on),
        "measures_avoid_harm": checkbox("采取措施能够有效避免危害", "measures effectively avoid harm", False),
        "authority_requires_notice": checkbox(
            "部门要求通知个人", "the authority requires notice to individuals", False
        ),
        "network_operator": checkbox("网络运营者", "network operator", True),
        "people": text(
            "所处理个人信息的人数",
            "People whose information is processed",
            people,
            placeholder="留空 = 不知道 · empty = not known",
            width="600px",
        ),
        "sensitive": dropdown("涉及敏感个人信息", "Sensitive information involved", _SENSITIVE_OPTIONS, True),
    }
    return Calculator(inputs, compute=_breach, render=render_breach, button=("判断", "Check"))


# --------------------------------------------------------------------------- rights

#: Requests 星河网店's customers make after the leak: (who asks, in Chinese and English; the arguments of
#: :func:`pilaw.rules.pipl.rights_request` other than the date).
WORKED_REQUESTS: tuple[tuple[str, str, dict[str, object]], ...] = (
    (
        "客户甲要求查阅、复制网店保存的本人信息",
        "Customer A asks to see and copy what the shop holds on her",
        {"right": "access_copy"},
    ),
    (
        "客户乙发现收货地址有误，要求更正",
        "Customer B finds his delivery address wrong and asks for it to be corrected",
        {"right": "correction", "grounds": {"inaccurate"}},
    ),
    (
        "客户丙撤回同意，要求删除",
        "Customer C withdraws her consent and asks for deletion",
        {"right": "deletion", "grounds": {"consent_withdrawn"}},
    ),
    (
        "客户丁撤回同意，但其订单记录仍在法定保存期限内",
        "Customer D withdraws consent, but a statutory retention period for his order records still runs",
        {"right": "deletion", "grounds": {"consent_withdrawn"}, "exceptions": {"retention_period"}},
    ),
    (
        "客户戊注销账号（网站账号，网络数据）",
        "Customer E closes her account on the shop's website (network data)",
        {"right": "deletion", "grounds": {"account_closed"}, "network_data": True},
    ),
    (
        "客户己要求网店解释其处理规则",
        "Customer F asks the shop to explain its processing rules",
        {"right": "explanation"},
    ),
    (
        "客户庚要求把网站上的订单记录转移到另一家网店（网络数据，四项条件均具备）",
        "Customer G asks for his order records on the website to go to another shop (network data, all four "
        "conditions met)",
        {
            "right": "portability",
            "grounds": {"identity_verified", "consented_or_contract", "feasible", "no_harm_to_others"},
            "network_data": True,
        },
    ),
    (
        "同一请求，但信息只在线下纸质台账中（非网络数据）",
        "The same request, but the information is kept only in a paper ledger (not network data)",
        {"right": "portability"},
    ),
    (
        "已故客户的子女为自身合法、正当利益要求复制其信息",
        "The child of a deceased customer asks, for her own lawful interests, for a copy of the customer's information",
        {"right": "access_copy", "close_relative": True},
    ),
)


def worked_requests(on: date = CONDUCT_DATE) -> tuple[tuple[str, str, RightsAnswer], ...]:
    """Each worked request, answered by :func:`pilaw.rules.pipl.rights_request` on ``on``."""
    return tuple((zh, en, rights_request(on=on, **kwargs)) for zh, en, kwargs in WORKED_REQUESTS)


def _must(answer: RightsAnswer) -> str:
    if answer.must_act is None:
        return "<b>未定 · open</b>"
    return _yes(answer.must_act)


def rights_table(on: date = CONDUCT_DATE) -> W.HTML:
    """The worked requests as one table: who asks, must the shop act, what it must do, on what it may refuse, and
    the article; each row's reasoning folds out beneath it."""
    rows = []
    for zh, en, answer in worked_requests(on):
        action = (
            f"{html.escape(answer.action.text_zh)}<br><small>{html.escape(answer.action.text_en)}</small>"
            if answer.action
            else "—"
        )
        refuse = "；".join(html.escape(item.text_zh) for item in answer.may_refuse) or "—"
        cites = sorted({step.cites for step in answer.steps}, key=[s.cites for s in answer.steps].index)
        basis = "<br>".join(html.escape(cite_label(ref, on)) for ref in cites[:3])
        rows.append(
            f"<tr><td style='text-align:left'>{html.escape(zh)}<br><small>{html.escape(en)}</small>"
            f"<details><summary><small>理由 reasons ({len(answer.steps)})</small></summary>"
            f"{steps_html(answer.steps, on)}</details></td>"
            f"<td>{_must(answer)}</td><td style='text-align:left'>{action}</td>"
            f"<td style='text-align:left'><small>{refuse}</small></td>"
            f"<td style='text-align:left'><small>{basis}</small></td></tr>"
        )
    head = "".join(
        f"<th style='text-align:left'>{h}</th>"
        for h in ("请求 Request", "须办理 Must act", "义务 Duty", "可拒绝或少做的情形 May refuse on", "依据 Basis")
    )
    return html_widget(
        f"<div style='max-width:{PAGE_WIDTH};font-size:14px;line-height:1.5'><small>请求日期 date of the requests: "
        f"{on.isoformat()}</small><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "<small>这是对条文的逐项核对，不是法律意见。 An item-by-item reading of the texts, not legal advice.</small></div>"
    )
