"""Check a legal source: paste a text, choose the date you rely on it, see every place it departs from the law.

* :func:`source_checker` — a text area (pre-filled with the course's source page, in traditional characters) and a
  date; the findings appear as a table, each passage marked, with its explanation and the official text.
  Two buttons load the examples: the source page, and a correct quotation of a corpus article (no finding).

Everything shown comes from :func:`pilaw.teaching.sources.check` and :func:`pilaw.show.sources.report_html`.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property

import ipywidgets as W

from pilaw.show.sources import report_html
from pilaw.teaching import sources as src
from pilaw.widgets import Calculator, date_picker, hbox, label, make, push_button, vbox

WIDE = "860px"
DATE_WIDTH = "580px"  # room for the long bilingual label beside the date box


def examples() -> dict[str, str]:
    """The texts the example buttons load: the source page, and a correct quotation."""
    return {"page": src.page_text(), "clean": src.clean_example()}


class SourceChecker(Calculator):
    """A :class:`pilaw.widgets.Calculator` over :func:`pilaw.teaching.sources.check`, with example buttons."""

    def __init__(self, text: str | None = None, on: date | None = None):
        area = make(
            W.Textarea,
            value=examples()["page"] if text is None else text,
            description=label("要检查的文字", "Text to check"),
            continuous_update=False,
            layout_={"width": WIDE, "height": "220px"},
        )
        super().__init__(
            {
                "text": area,
                "on": date_picker("依据日期（空＝今天）", "Date relied on (empty = today)", on, width=DATE_WIDTH),
            },
            compute=lambda text, on: src.check(text, on=on),
            render=report_html,
            button=("检查", "Check"),
        )
        self.page_button = push_button("示例：课程的网页", "Example: the course's web page", width="auto")
        self.clean_button = push_button("示例：正确的引文", "Example: a correct quotation", width="auto")
        self.page_button.on_click(lambda _b: self.load("page"))
        self.clean_button.on_click(lambda _b: self.load("clean"))

    def load(self, example: str) -> None:
        """Put one of :func:`examples` in the text area (the check reruns)."""
        self.inputs["text"].value = examples()[example]

    @cached_property
    def widget(self) -> W.VBox:
        return vbox(
            [
                hbox([self.page_button, self.clean_button]),
                self.inputs["text"],
                hbox([self.inputs["on"], self.button]),
                self.result,
            ]
        )


def source_checker(text: str | None = None, on: date | None = None) -> SourceChecker:
    """The source checker, on the course's web page (or on ``text``), read on ``on`` (default today)."""
    return SourceChecker(text, on)
