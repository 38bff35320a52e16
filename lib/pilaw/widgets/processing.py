"""The processing checker: tick the facts, see which conditions of Civil Code arts. 1035–1038 and CRPL art. 29 fail.

A thin adapter around :func:`pilaw.rules.processing.check`: checkboxes in, the rule's cited steps out.
Its defaults are the worked example of notebook 02, the fictional 星河网店 (Xinghe Online Shop).
"""

from __future__ import annotations

import html
from datetime import date
from functools import cached_property

import ipywidgets as W

from pilaw.law.inputs import parse_date
from pilaw.rules import processing
from pilaw.rules.processing import ACTS, EXAMPLE, EXAMPLE_DATE, ProcessingCheck, Scenario
from pilaw.show.render import cite_label, steps_html
from pilaw.show.theme import COLUMN_WIDTH, ERROR_STYLE, GREEN, PAGE_WIDTH
from pilaw.widgets import Calculator, checkbox, date_picker, grid, hbox, html_widget, make, vbox

WIDTH = PAGE_WIDTH
COLUMN = COLUMN_WIDTH

# Bilingual labels of the facts, grouped as the widget shows them.
SECTIONS: tuple[tuple[str, str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "原则与条件",
        "Conditions · art. 1035 para. 1",
        (
            ("principles", "合法、正当、必要", "lawful, legitimate, necessary"),
            ("not_excessive", "未过度处理", "not excessive"),
            ("law_provides_otherwise", "法律、行政法规另有规定", "law provides otherwise"),
            ("rules_public", "处理规则已公开", "processing rules made public"),
            ("purpose_stated", "已明示目的、方式、范围", "purpose, method, scope stated"),
            ("lawful_and_per_agreement", "不违反法律法规和约定", "no breach of law or agreement"),
        ),
    ),
    (
        "经营者",
        "Business · CRPL art. 29",
        (
            ("business", "经营者面向消费者", "business dealing with consumers"),
            ("sold", "出售了信息", "information sold"),
            ("commercial_messages", "发送了商业性信息", "commercial messages sent"),
            ("messages_consented", "消费者同意或请求", "consumer agreed or asked"),
            ("messages_refused", "消费者明确拒绝", "consumer refused"),
        ),
    ),
    (
        "安全与泄露",
        "Security, leaks · art. 1038",
        (
            ("anonymised", "所提供的信息已匿名化", "what was provided is anonymised"),
            ("processor_leaked", "处理者（含其工作人员）泄露", "processor/staff leaked it"),
            ("processor_tampered", "处理者（含其工作人员）篡改", "processor/staff tampered"),
            ("security_measures", "已采取安全措施", "security measures taken"),
            ("incident", "发生或可能发生泄露", "a leak happened or may happen"),
            ("remedied", "已采取补救措施", "remedial measures taken"),
            ("persons_informed", "已告知本人", "persons informed"),
            ("authority_reported", "已向主管部门报告", "authority informed"),
        ),
    ),
    (
        "免责与权利",
        "Exemptions, rights · arts. 1036–1037",
        (
            ("made_public", "本人自行公开或已合法公开", "already public"),
            ("person_refused", "本人明确拒绝", "person expressly refused"),
            ("harms_major_interest", "侵害其重大利益", "harms a major interest"),
            ("public_interest", "为公共利益或本人权益", "public interest / person's rights"),
            ("inaccurate", "信息有错误", "information is wrong"),
        ),
    ),
)
FLAG_NAMES = tuple(name for _zh, _en, rows in SECTIONS for name, _z, _e in rows)


def _compute(on: object, **values: bool) -> ProcessingCheck:
    on = parse_date(on, "处理日期 date of processing", required=True, allow_text=False)
    acts = frozenset(act for act in ACTS if values.pop(f"done_{act}"))
    consented = frozenset(act for act in ACTS if values.pop(f"consent_{act}"))
    return processing.check(Scenario(acts=acts, consented=consented, **values), on=on)


def _items(lines: list[str]) -> str:
    return "<ul style='margin:2px 0'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


def render(result: ProcessingCheck) -> str:
    """A summary (failing conditions, possible exemptions, duties, rights), then every cited step."""
    on = result.on
    failures = result.failures
    if failures:
        head = (
            f"<div style='{ERROR_STYLE}'><b>✗ 据输入，{len(failures)} 项法定条件不符合 · "
            f"{len(failures)} statutory condition(s) fail on the facts as entered</b></div>"
        )
        head += _items(
            [
                f"<b>{html.escape(cite_label(c.ref, on))}</b> {html.escape(c.where_en)} — "
                f"{html.escape(c.rule_zh)}<br><small>{html.escape(c.reason_zh)} · {html.escape(c.reason_en)}</small>"
                for c in failures
            ]
        )
    else:
        head = (
            f"<div style='color:{GREEN}'><b>✓ 据输入，没有不符合的法定条件 · "
            "No statutory condition fails on the facts as entered</b></div>"
        )
    may = [e for e in result.exemptions if e.may_apply]
    if may:
        head += (
            "<div><b>第一千零三十六条可能适用（是否合理由法院判断） · Art. 1036 may apply "
            "(the court decides whether the processing was reasonable):</b></div>"
        )
        head += _items([f"item {html.escape(e.item)}: {html.escape(e.reason_en)}" for e in may])
    if result.duties:
        head += "<div><b>泄露后法律要求 · What the law demands after the leak:</b></div>"
        head += _items(
            [
                f"{'✓' if d.done else '☐'} {html.escape(d.text_zh)}<br><small>{html.escape(d.text_en)}</small>"
                for d in result.duties
            ]
        )
    head += "<div><b>本人的权利 · The person's rights (art. 1037):</b></div>"
    head += _items([f"{html.escape(r.text_zh)}<br><small>{html.escape(r.text_en)}</small>" for r in result.rights])
    return (
        f"<div style='max-width:{WIDTH};font-size:14px;line-height:1.5'>{head}"
        f"<details open><summary>逐步理由与依据 · Step-by-step reasoning and basis ({len(result.steps)})</summary>"
        f"{steps_html(result.steps, on)}</details>"
        "<small>这是对条文的逐项核对，不是判决。 An item-by-item reading of the texts, not a verdict.</small></div>"
    )


class ProcessingChecker(Calculator):
    """The calculator, laid out in two columns (≤ 900 px) so a projected screen shows it whole."""

    @cached_property
    def widget(self) -> W.VBox:
        header = [
            html_widget("<b>处理行为 Act</b>"),
            html_widget("<b>已进行 done</b>"),
            html_widget("<b>经同意 consented</b>"),
        ]
        cells = list(header)
        for act, (zh, en) in ACTS.items():
            cells += [html_widget(f"{zh} {html.escape(en)}"), self.inputs[f"done_{act}"], self.inputs[f"consent_{act}"]]
        acts_box = vbox(
            [
                html_widget("<b>处理行为与同意 · Acts and consent</b> <small>(art. 1035 para. 2; item (一))</small>"),
                grid(cells, grid_template_columns="200px 90px 120px", width=COLUMN),
            ]
        )

        def section(index: int) -> W.VBox:
            zh, en, rows = SECTIONS[index]
            return vbox(
                [html_widget(f"<b>{zh} · {html.escape(en)}</b>"), *(self.inputs[name] for name, _z, _e in rows)],
                width=COLUMN,
                margin="4px 0",
            )

        left = vbox([acts_box, section(0), section(1)], width=COLUMN)
        right = vbox([section(2), section(3)], width=COLUMN)
        return vbox([self.inputs["on"], hbox([left, right]), self.button, self.result], max_width=WIDTH)


def processing_checker(scenario: Scenario = EXAMPLE, on: date | None = EXAMPLE_DATE) -> ProcessingChecker:
    """The checker, filled in with ``scenario`` (default: 星河网店 shared phone numbers without consent, then leaked)."""
    inputs: dict[str, W.ValueWidget] = {"on": date_picker("处理日期", "Date of processing", on)}
    for act, (zh, en) in ACTS.items():
        inputs[f"done_{act}"] = make(
            W.Checkbox,
            value=act in scenario.acts,
            indent=False,
            description="",
            tooltip=f"{zh} {en}: 已进行 done",
            layout_={"width": "auto"},
        )
        inputs[f"consent_{act}"] = make(
            W.Checkbox,
            value=act in scenario.consented,
            indent=False,
            description="",
            tooltip=f"{zh} {en}: 经同意 consented",
            layout_={"width": "auto"},
        )
    for _zh, _en, rows in SECTIONS:
        for name, zh, en in rows:
            inputs[name] = checkbox(zh, en, getattr(scenario, name))
    return ProcessingChecker(inputs, compute=_compute, render=render, button=("检查", "Check"))
