"""The student's map of the case beside the computed one: a table, one row per party and kind of liability, the
two answers side by side, agreement marked in words and marks (not colour alone), and for every cell that differs
the provision and why."""

from __future__ import annotations

from html import escape

from pilaw.show.render import cite_label
from pilaw.show.theme import BORDER_GREY, GREEN, PAGE_WIDTH, RED
from pilaw.teaching.case_grid import ANSWERS, PARTIES, ROUTES, Verdict

__all__ = ["comparison_html"]

CELL = f"border:1px solid {BORDER_GREY};padding:4px 8px;text-align:left;vertical-align:top"


def _answer(key: str | None) -> str:
    if key is None:
        return "（未填写） (left blank)"
    zh, en = ANSWERS[key]
    return f"{zh} {en}"


def comparison_html(verdicts: tuple[Verdict, ...]) -> str:
    parties = {key: (zh, en) for key, zh, en in PARTIES}
    routes = {key: (zh, en) for key, zh, en in ROUTES}
    rows, agreed, filled = [], 0, 0
    for v in verdicts:
        cell = v.cell
        filled += v.given is not None
        agreed += v.agrees
        mark = (
            f"<b style='color:{GREEN}'>✓ 一致 agrees</b>"
            if v.agrees
            else ("—" if v.given is None else f"<b style='color:{RED}'>✗ 不一致 differs</b>")
        )
        why = (
            ""
            if v.agrees
            else f"{escape(cell.why_zh)}<br>{escape(cell.why_en)}<br><small>{escape(cite_label(cell.ref))}</small>"
        )
        rows.append(
            f"<tr><td style='{CELL}'>{escape(parties[cell.party][0])}<br><small>{escape(parties[cell.party][1])}</small></td>"
            f"<td style='{CELL}'>{escape(routes[cell.route][0])}<br><small>{escape(routes[cell.route][1])}</small></td>"
            f"<td style='{CELL}'>{escape(_answer(v.given))}</td><td style='{CELL}'>{escape(_answer(cell.answer))}</td>"
            f"<td style='{CELL}'>{mark}</td><td style='{CELL}'>{why}</td></tr>"
        )
    heads = ("当事人 Party", "责任 Liability", "你的回答 Yours", "分析结果 The analysis", "", "为什么 Why")
    head = "".join(f"<th style='{CELL}'>{h}</th>" for h in heads)
    summary = (
        f"<p><b>你填写了{filled}格，其中{agreed}格与分析一致。</b> You filled {filled} cells; {agreed} agree with the "
        "analysis. 不一致之处请对照下文相应部分的条文和步骤。 Where you differ, read the matching section below.</p>"
    )
    return (
        f"<div style='max-width:{PAGE_WIDTH}'>{summary}<table style='border-collapse:collapse'><thead><tr>{head}"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
