"""The start notebook's progress panel: a table of the student's own progress, a button that erases everything
recorded, and one that exports the answers under a random pseudonym (:mod:`pilaw.teaching.progress`)."""

from __future__ import annotations

import base64
import html
import sys
from functools import cached_property
from pathlib import Path
from typing import Any

import ipywidgets as W

from pilaw.show.theme import BORDER_GREY, ERROR_STYLE, GREEN
from pilaw.teaching import progress
from pilaw.widgets import hbox, html_widget, push_button, vbox

__all__ = ["ProgressPanel", "progress_panel", "table_html"]

CELL = f"border:1px solid {BORDER_GREY};padding:2px 8px"


def table_html(rows: list[progress.LessonProgress]) -> str:
    """Per lesson: exercises, tried, right the first time (written answers are counted as tried, not marked)."""
    if not any(row.tried for row in rows):
        return "<p>还没有记录任何练习。 No exercise recorded yet: answer one in a lesson, then press 刷新 Refresh.</p>"
    head = "".join(
        f"<th style='{CELL}'>{label}</th>"
        for label in (
            "课 Lesson",
            "练习 Exercises",
            "已作答 Tried",
            "首次答对 Right first time",
            "书面作答 Written",
        )
    )
    body = "".join(
        f"<tr><td style='{CELL}'>{html.escape(row.lesson)}</td>"
        f"<td style='{CELL}'>{row.exercises or '—'}</td><td style='{CELL}'>{row.tried}</td>"
        f"<td style='{CELL}'>{row.right_first}</td><td style='{CELL}'>{row.written}</td></tr>"
        for row in rows
        if row.tried
    )
    return f"<table class='pilaw-progress' style='border-collapse:collapse'><tr>{head}</tr>{body}</table>"


class ProgressPanel:
    """The table, and three buttons: refresh, erase my data, export. ``storage`` and ``folder`` (where an export
    is written in JupyterLab) are for tests; by default, :func:`pilaw.teaching.progress.default_storage` and the
    notebook's folder."""

    def __init__(self, storage: progress.Storage | None = None, folder: str | Path | None = None):
        self._storage = storage
        self.folder = Path(folder) if folder is not None else None
        self.table = html_widget()
        self.message = html_widget()
        self.refresh_button = push_button("刷新", "Refresh")
        self.erase_button = push_button("删除我的数据", "Erase my data")
        self.export_button = push_button("导出", "Export")
        self.refresh_button.on_click(self.refresh)
        self.erase_button.on_click(self.erase)
        self.export_button.on_click(self.export)
        self.refresh()

    @property
    def storage(self) -> progress.Storage:
        return self._storage or progress.default_storage()

    def _failed(self, error: Exception) -> None:
        self.message.value = (
            f'<span style="{ERROR_STYLE}">无法读取或写入进度记录。 The progress record cannot be read or written here: '
            f"{html.escape(str(error))}</span>"
        )

    def refresh(self, *_ignored: object) -> None:
        try:
            self.table.value = table_html(progress.summary(progress.load(self.storage)))
        except (OSError, ImportError) as error:
            self._failed(error)

    def erase(self, *_ignored: object) -> None:
        try:
            where = self.storage.where()
            progress.erase(self.storage)
        except (OSError, ImportError) as error:
            self._failed(error)
            return
        self.refresh()
        self.message.value = (
            f'<span style="color:{GREEN}"><b>已删除。 Erased.</b></span> 记录已被删除（{html.escape(where)}）。'
            " Everything recorded has been deleted. Files you exported are yours: delete them yourself if you wish."
        )

    def export(self, *_ignored: object) -> None:
        try:
            exported = progress.export(self.storage)
        except (OSError, ImportError) as error:
            self._failed(error)
            return
        name, text = progress.export_name(exported), progress.export_text(exported)
        count = len(exported["answers"])
        if sys.platform == "emscripten":  # the no-install site: a download from the page, nothing written
            data = base64.b64encode(text.encode("utf-8")).decode("ascii")
            link = f'<a download="{name}" href="data:application/json;base64,{data}">{name}</a>'
            where = "点击下载 Click to download"
        else:
            folder = self.folder or Path.cwd()
            try:
                (folder / name).write_text(text, encoding="utf-8")
            except OSError as error:
                self._failed(error)
                return
            link = f'<a href="{html.escape(name)}" target="_blank">{html.escape(name)}</a>'
            where = "已写入本文件夹 Written into this folder"
        self.message.value = (
            f"<b>导出 Export</b> ({count} 个答案 answers): {where}: {link}<br>"
            "文件只含一个随机化名和你的答案；是否交给老师由你决定。"
            " It holds a random pseudonym and your answers, nothing else; handing it in is your choice."
        )

    @cached_property
    def widget(self) -> W.VBox:
        buttons = hbox([self.refresh_button, self.erase_button, self.export_button])
        return vbox([self.table, buttons, self.message])

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def progress_panel() -> ProgressPanel:
    return ProgressPanel()
