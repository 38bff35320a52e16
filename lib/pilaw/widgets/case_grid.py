"""The case study's blank map: a dropdown per party and kind of liability, and a button that compares the student's
map with the computed one, only once at least one cell is filled in. Nothing of the computed map is on screen, or
in the notebook's code, before that."""

from __future__ import annotations

import ipywidgets as W

from pilaw.law.errors import InputError
from pilaw.show.case_grid import comparison_html
from pilaw.teaching import case_grid
from pilaw.widgets import dropdown, error_html, html_widget, push_button, vbox

__all__ = ["CaseGrid"]

BLANK = "？"
CHOICES = [(BLANK, None)] + [(f"{zh} · {en}", key) for key, (zh, en) in case_grid.ANSWERS.items()]


class CaseGrid:
    """``.cells[(party, route)]`` the dropdowns, ``.button`` compares, ``.result`` shows the comparison."""

    def __init__(self) -> None:
        self.cells: dict[tuple[str, str], W.Dropdown] = {}
        rows: list[W.Widget] = []
        for party, party_zh, party_en in case_grid.PARTIES:
            rows.append(html_widget(f"<b>{party_zh}</b> {party_en}"))
            for route, route_zh, route_en in case_grid.ROUTES:
                box = dropdown(route_zh, route_en, CHOICES, value=None, width="420px")
                self.cells[(party, route)] = box
                rows.append(box)
        self.button = push_button("对照分析", "Compare with the analysis")
        self.result = html_widget()
        self.button.on_click(self.compare)
        self.box = vbox([*rows, self.button, self.result])

    def answers(self) -> dict[tuple[str, str], str | None]:
        return {key: box.value for key, box in self.cells.items()}

    def compare(self, *_ignored: object) -> None:
        try:
            self.result.value = comparison_html(case_grid.compare(self.answers()))
        except InputError as error:
            self.result.value = error_html(error)
