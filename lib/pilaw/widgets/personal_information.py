"""Notebook 01 (什么是个人信息 · What personal information is): a classifier and a combination explorer.

Thin adapters: parse → call :func:`pilaw.rules.classify.classify` or :func:`pilaw.teaching.roster.uniqueness` → render the cited steps.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw.law.text import date_zh
from pilaw.rules.classify import Classification, Personal, Private, Sensitive, classify, items
from pilaw.show import charts
from pilaw.show.render import steps_html
from pilaw.show.theme import AMBER, CAVEAT_STYLE, GREEN, HIGHLIGHT, PAGE_WIDTH, RED
from pilaw.teaching import roster
from pilaw.teaching.roster import COLUMNS, Uniqueness, people, uniqueness
from pilaw.widgets import Calculator, checkbox, date_picker, dropdown, grid, html_widget, label, layout, text, vbox

MAX_WIDTH = PAGE_WIDTH
YES, NO, MAYBE = GREEN, RED, AMBER

_PERSONAL = {
    Personal.LISTED: (YES, "是：民法典第一千零三十四条列明", "Yes: named in Civil Code art. 1034"),
    Personal.DEFINITION: (YES, "是：符合一般定义", "Yes: meets the general definition"),
    Personal.NOT_PERSONAL: (NO, "否", "No"),
}
_SENSITIVE = {
    Sensitive.LISTED: (YES, "是：个人信息保护法第二十八条列明", "Yes: listed in PIPL art. 28"),
    Sensitive.NOT_LISTED: (MAYBE, "未列明：取决于具体情况", "Not listed: depends on the facts"),
    Sensitive.NOT_PERSONAL: (NO, "否：不是个人信息", "No: not personal information"),
    Sensitive.NOT_IN_FORCE: (NO, "—：当时个人信息保护法尚未施行", "—: the PIPL was not yet in force"),
}
_PRIVATE = {
    Private.LIKELY: (MAYBE, "往往是", "May be, and often is"),
    Private.DEPENDS: (MAYBE, "可能是，视情况而定", "May be, depending on the facts"),
    Private.NOT_PERSONAL: (NO, "否", "No"),
}


def _answer_row(question_zh: str, question_en: str, answer: tuple[str, str, str]) -> str:
    colour, zh, en = answer
    return (
        f"<tr><td style='text-align:left'>{question_zh}<br><small>{question_en}</small></td>"
        f"<td style='text-align:left;color:{colour}'><b>{html.escape(zh)}</b><br>{html.escape(en)}</td></tr>"
    )


def classification_why(c: Classification) -> str:
    """In words, why the three answers are what they are: three independent questions, each with its article."""
    personal = {
        Personal.LISTED: ("民法典第一千零三十四条第二款列明此项信息，所以是个人信息。",
                          "Civil Code art. 1034 para. 2 names it, so it is personal information."),
        Personal.DEFINITION: ("没有列明，但能单独或者与其他信息结合识别特定自然人，符合一般定义。",
                              "Not named, but it can identify a specific natural person alone or combined: the general definition."),
        Personal.NOT_PERSONAL: ("此项信息无法识别任何特定自然人（或已匿名化），不是个人信息，后两个问题随之为否。",
                                "It identifies no specific natural person (or is anonymised): not personal information, so the other two questions fall away."),
    }[c.personal]  # fmt: skip
    sensitive = {
        Sensitive.LISTED: ("个人信息保护法第二十八条第一款列明此项信息，属于敏感个人信息。",
                           "PIPL art. 28 para. 1 lists it: sensitive personal information."),
        Sensitive.NOT_LISTED: ("第二十八条没有列明；列举以“等”结尾，具体情况下仍可能依一般定义属于敏感个人信息。",
                               "Art. 28 does not list it; the list ends with 等, so particular facts could still bring it under the general definition."),
        Sensitive.NOT_PERSONAL: ("", ""),
        Sensitive.NOT_IN_FORCE: ("当日个人信息保护法尚未施行，“敏感个人信息”还不是法定类别。",
                                 "The PIPL was not in force that day: “sensitive personal information” was not yet a statutory category."),
    }[c.sensitive]  # fmt: skip
    private = ("", "") if c.private is Private.NOT_PERSONAL else (
        "是否私密信息取决于本人是否不愿为他人知晓（第一千零三十二条第二款），所以只能说“往往是”或者“可能是”，不能说“一定是”。",
        "Whether it is private depends on whether the person does not wish others to know (art. 1032 para. 2): only “often is” or “may be”, never “always is”.",
    )  # fmt: skip
    lines = [line for line in (personal, sensitive, private) if line[0]]
    return "".join(f"<div>{html.escape(zh)}<br><small>{html.escape(en)}</small></div>" for zh, en in lines)


def render_classification(c: Classification) -> str:
    """The three answers as a table, a caveat where a reading is not settled, then the cited steps."""
    example = next(i for i in items() if i.key == c.key)
    caveat = ""
    if not c.settled:
        caveat = (
            f'<div style="{CAVEAT_STYLE}"><b>⚠ 尚无定论 Not settled.</b> 下面有一步是文义解读，法律没有明确回答。 '
            "One step below is a textual reading that the law does not settle.</div>"
        )
    return (
        f"<div style='max-width:{MAX_WIDTH}'>"
        f"<p><b>{html.escape(c.label_zh)} · {html.escape(c.label_en)}</b><br>"
        f"<small>例 e.g. {html.escape(example.example_zh)} · {html.escape(example.example_en)} · "
        f"日期 {date_zh(c.on)} · on {c.on.isoformat()}</small></p>"
        "<table style='border-collapse:collapse'>"
        + _answer_row("个人信息？", "Personal information?", _PERSONAL[c.personal])
        + _answer_row("敏感个人信息？", "Sensitive personal information?", _SENSITIVE[c.sensitive])
        + _answer_row("私密信息？", "Private information?", _PRIVATE[c.private])
        + f"</table>{caveat}{steps_html(c.steps, c.on, why=classification_why(c))}</div>"
    )


def classifier(item: str = "health", on: date | None = None) -> Calculator:
    """Choose an item (姓名, 健康信息, 匿名化处理后的信息 …) and a date: is it personal, sensitive, private — and why."""
    options = [(f"{i.label_zh} · {i.label_en}", i.key) for i in items()]
    return Calculator(
        {
            "item": dropdown("信息项目", "Item", options, item),
            "on": date_picker("日期", "Date", date.today() if on is None else on),
        },
        compute=lambda item, on: classify(item, on=on),
        render=render_classification,
        button=("分类", "Classify"),
    )


# --- the combination explorer ------------------------------------------------------------------------------------


def _value(v: object) -> str:
    return v.isoformat() if isinstance(v, date) else str(v)


def render_uniqueness(u: Uniqueness) -> str:
    """Counts, k, the full row of one person the release singles out, then the cited steps (the chart is beside it,
    in :class:`_ColumnPicker`)."""
    colour = NO if u.unique else YES
    head = (
        f"<div style='font-size:18px'><span style='color:{colour}'><b>唯一可识别 unique: {u.unique} / {u.people}</b> "
        f"({u.percent_unique}%)</span> · <b>k = {u.k}</b> · 组 groups: {u.classes}</div>"
    )
    row = ""
    if u.example_number is not None:
        person = people(u.people)[u.example_number - 1]
        cells = "".join(
            f"<td style='text-align:left;{f'background:{HIGHLIGHT}' if c in u.columns else ''}'>"
            f"{html.escape(_value(person.value(c)))}</td>"
            for c in COLUMNS
        )
        row = (
            "<p>知道标红的几项，就能找到这一整行 · Knowing the shaded values finds this whole row:</p>"
            "<div style='overflow-x:auto'><table style='border-collapse:collapse;font-size:12px'><tr>"
            + "".join(f"<th>{html.escape(zh)}<br>{html.escape(en)}</th>" for zh, en in COLUMNS.values())
            + f"</tr><tr>{cells}</tr></table></div>"
        )
    return f"<div style='max-width:{MAX_WIDTH}'>{head}{row}{steps_html(u.steps)}</div>"


class _ColumnPicker(Calculator):
    """A calculator whose checkboxes sit in a grid, so that eleven columns fit on a projected screen, with the chart
    of :func:`pilaw.show.charts.roster_uniqueness` above the numbers (``chart=False``: the numbers only).

    The chart is an ``Output`` whose ``outputs`` are set to a display_data bundle on every recompute: nothing is
    printed into it, so a notebook test of the cell sees no stray output."""

    def __init__(self, *args: Any, chart: bool = True, **kwargs: Any) -> None:
        self.chart = W.Output(layout=layout(max_width=MAX_WIDTH)) if chart else None
        super().__init__(*args, **kwargs)

    def update(self, *_ignored: object) -> None:
        super().update()
        if self.chart is not None:
            shown = (
                ()
                if self.outcome is None
                else (
                    {
                        "output_type": "display_data",
                        "metadata": {},
                        "data": charts.bundle(charts.roster_uniqueness(self.outcome.columns, self.outcome.people)),
                    },
                )
            )
            self.chart.outputs = shown

    @cached_property
    def widget(self) -> W.VBox:
        boxes = [w for name, w in self.inputs.items() if name in COLUMNS]
        intro = html_widget(f"<b>{label('公开哪些列？', 'Which columns to release?')}</b>")
        parts = [
            intro,
            grid(boxes, grid_template_columns="repeat(3, 290px)", width="auto"),
            self.inputs["size"],
            self.button,
            *([self.chart] if self.chart else []),
            self.result,
        ]
        return vbox(parts, max_width=MAX_WIDTH)


def combination(
    columns: Iterable[str] = ("gender", "birth_date", "district"),
    size: int | str = roster.DEFAULT_SIZE,
    chart: bool = True,
) -> Calculator:
    """Tick the columns of the fictional roster to release: how many people are unique on them, and what is k?
    ``chart``: also draw the class sizes (a Vega-Lite chart, redrawn on every recompute)."""
    chosen = set(columns)
    inputs: dict[str, W.ValueWidget] = {name: checkbox(zh, en, name in chosen) for name, (zh, en) in COLUMNS.items()}
    inputs["size"] = text("花名册人数", "People in the roster", str(size))

    def compute(size: int | str, **ticked: bool) -> Uniqueness:
        return uniqueness([name for name, on in ticked.items() if on], size)

    return _ColumnPicker(inputs, compute=compute, render=render_uniqueness, button=("统计", "Count"), chart=chart)


def roster_preview(rows: int = 8) -> W.HTML:
    """The first ``rows`` people of the roster as a table (all fictional; phones masked)."""
    head = "".join(f"<th>{html.escape(zh)}<br>{html.escape(en)}</th>" for zh, en in COLUMNS.values())
    body = "".join(
        "<tr>"
        + "".join(f"<td style='text-align:left'>{html.escape(_value(p.value(c)))}</td>" for c in COLUMNS)
        + "</tr>"
        for p in people()[:rows]
    )
    return html_widget(
        f"<div style='max-width:{MAX_WIDTH};overflow-x:auto;font-size:12px'>"
        f"<table style='border-collapse:collapse'><tr>{head}</tr>{body}</table></div>",
        max_width=MAX_WIDTH,
    )
