"""The teacher's chart of a class's exports: per question, how many answered, how many right the first time, and
the commonest wrong answers — a Vega-Lite spec like those of :mod:`pilaw.show.charts`, drawn by the front end.

The numbers come from :func:`pilaw.teaching.progress.class_summary`; nothing is computed here but the layout.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pilaw.show.charts import FIT, WIDTH, Spec, _both, _spec
from pilaw.show.theme import BORDER_GREY, GREEN, LIGHT_GREY, RED
from pilaw.teaching import progress

__all__ = ["SHOWN_WRONG", "class_answers", "rows", "summary_html"]

SHOWN_WRONG = 3  # wrong answers named on each bar; the rest are counted together
RIGHT = _both("答对", "right")
OTHER_WRONG = _both("其他错误答案", "other wrong answers")
UNMARKED = _both("未评分（书面或无答案）", "not marked (written, or no key)")
BAR_HEIGHT = 26


def rows(summary: Iterable[progress.QuestionSummary]) -> list[dict[str, Any]]:
    """One bar segment a row: the question, what the segment counts, how many, and its colour group."""
    out: list[dict[str, Any]] = []
    for question in summary:
        if question.right is None:
            out.append({"question": question.id, "answer": UNMARKED, "count": question.answered, "group": "unmarked"})
            continue
        out.append({"question": question.id, "answer": RIGHT, "count": question.right, "group": "right"})
        for answer, count in question.wrong[:SHOWN_WRONG]:
            out.append({"question": question.id, "answer": answer, "count": count, "group": "wrong"})
        rest = sum(count for _answer, count in question.wrong[SHOWN_WRONG:])
        if rest:
            out.append({"question": question.id, "answer": OTHER_WRONG, "count": rest, "group": "wrong"})
    for order, row in enumerate(out):
        row["order"] = order
    return out


def class_answers(folder: str | Path = "example_exports") -> Spec:
    """The exports in ``folder`` (:func:`pilaw.teaching.progress.read_exports`), marked against
    :func:`pilaw.teaching.progress.answer_key`: a stacked bar per question — right first time in green, each of the
    commonest wrong answers (an option's letter, or the amount) in red, labelled on the bar."""
    exports = progress.read_exports(folder)
    summary = progress.class_summary(exports, progress.answer_key(folder))
    data = rows(summary)
    questions = [question.id for question in summary]
    colour = {
        "field": "group",
        "type": "nominal",
        "scale": {"domain": ["right", "wrong", "unmarked"], "range": [GREEN, RED, LIGHT_GREY]},
        "legend": {
            "title": None,
            "orient": "bottom",
            "labelExpr": f"{{'right': '{RIGHT}', 'wrong': '{_both('错误答案', 'wrong answers')}', "
            f"'unmarked': '{UNMARKED}'}}[datum.label]",
        },
    }
    encoding = {
        "y": {"field": "question", "type": "nominal", "sort": questions, "title": None},
        "x": {"field": "count", "type": "quantitative", "stack": "zero", "title": _both("学生人数", "students")},
        "order": {"field": "order", "type": "quantitative"},
    }
    return _spec(
        f"Answers of {len(exports)} exported records to {len(summary)} questions: right first time, and the commonest "
        "wrong answers.",
        {
            "text": _both("各题作答情况", "How the class answered, question by question"),
            "subtitle": _both(
                f"{len(exports)} 份导出（化名），首次作答", f"{len(exports)} exports (pseudonymous), first answers"
            ),
        },
        {
            "width": WIDTH,
            "height": {"step": BAR_HEIGHT},
            "autosize": FIT,
            "data": {"values": data},
            "encoding": encoding,
            "layer": [
                {
                    "mark": {"type": "bar", "stroke": "white", "strokeWidth": 1},
                    "encoding": {
                        "color": colour,
                        "tooltip": [
                            {"field": "question", "title": _both("题目", "question")},
                            {"field": "answer", "title": _both("答案", "answer")},
                            {"field": "count", "title": _both("人数", "students")},
                        ],
                    },
                },
                {
                    "mark": {
                        "type": "text",
                        "color": "white",
                        "fontSize": 10,
                        "fontWeight": "bold",
                        "dx": -4,
                        "align": "right",
                    },
                    "encoding": {
                        "x": {"field": "count", "type": "quantitative", "stack": "zero"},
                        "text": {"condition": {"test": "datum.group === 'wrong'", "field": "answer"}, "value": ""},
                    },
                },
            ],
        },
    )


def summary_html(folder: str | Path = "example_exports") -> str:
    """The same numbers as :func:`class_answers`, as a table: question, answered, right first time, the commonest
    wrong answers with their counts."""
    summary = progress.class_summary(progress.read_exports(folder), progress.answer_key(folder))
    cell = f"border:1px solid {BORDER_GREY};padding:2px 8px"
    head = "".join(
        f"<th style='{cell}'>{label}</th>"
        for label in (
            "题目 Question",
            "作答 Answered",
            "首次答对 Right first time",
            "常见错误答案 Commonest wrong answers",
        )
    )
    body = "".join(
        f"<tr><td style='{cell}'><code>{html.escape(q.id)}</code></td><td style='{cell}'>{q.answered}</td>"
        f"<td style='{cell}'>{'—' if q.right is None else q.right}</td><td style='{cell}'>"
        + (", ".join(f"{html.escape(answer)} ×{count}" for answer, count in q.wrong[:SHOWN_WRONG]) or "—")
        + "</td></tr>"
        for q in summary
    )
    return f"<table style='border-collapse:collapse'><tr>{head}</tr>{body}</table>"
