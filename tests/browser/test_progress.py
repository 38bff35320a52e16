"""Progress in JupyterLab, as a student meets it: answer an exercise in a notebook, open the start notebook, see
the lesson in the progress table, press erase, and the record file is gone from the Jupyter data folder."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from .conftest import screenshot
from .test_lab import error_outputs, open_and_run_all

PROBE = "progress_probe.ipynb"
LESSON = "01_personal_information"
PROBE_CELL = f"""from pilaw.widgets.quiz import Choice, quiz

quiz(Choice("哪一个？", "Which one?", ["甲 first", "乙 second"], 1, "因为。", "Because.", id="{LESSON}/probe"))
"""


def data_file(lab) -> Path:
    """The lab runs with an isolated JUPYTER_DATA_DIR (conftest.isolated_jupyter_env): tmp/data beside tmp/notebooks."""
    root = next(a.split("=", 1)[1] for a in lab.process.args if a.startswith("--ServerApp.root_dir="))
    return Path(root).parent / "data" / "pilaw" / "progress.json"


def put_notebook(lab, name: str, code: str) -> None:
    notebook = {
        "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": code}],
        "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    body = json.dumps({"type": "notebook", "format": "json", "content": notebook}).encode("utf-8")
    request = urllib.request.Request(
        lab.url(f"api/contents/{name}"), data=body, method="PUT", headers={"Content-Type": "application/json"}
    )
    urllib.request.urlopen(request, timeout=30).close()


def test_an_answer_shows_in_the_start_notebook_s_table_and_erase_deletes_the_file(page, lab):
    record = data_file(lab)
    record.unlink(missing_ok=True)
    lab.shut_down_kernels()
    put_notebook(lab, PROBE, PROBE_CELL)
    try:
        open_and_run_all(page, lab, PROBE)
        page.locator(".widget-radio-box label", has_text="B").first.click()
        page.locator("button", has_text="Check").first.click()
        page.wait_for_selector("text=正确 Right", timeout=30_000)
        assert json.loads(record.read_text(encoding="utf-8"))["exercises"][f"{LESSON}/probe"]["right_first"] is True
        assert [p.name for p in record.parent.iterdir()] == ["progress.json"]
        lab.shut_down_kernels()

        open_and_run_all(page, lab, "00_start_here.ipynb")
        assert error_outputs(page) == []
        table = page.locator("table.pilaw-progress")
        table.wait_for(timeout=30_000)
        assert LESSON in table.inner_text()
        screenshot(page, "progress-00")
        page.locator("button", has_text="Erase my data").click()
        page.wait_for_selector("text=Erased", timeout=30_000)
        assert not record.exists() and not record.parent.exists()
        assert page.locator("table.pilaw-progress").count() == 0
        assert page.context.blocked == []
    finally:
        lab.shut_down_kernels()
        record.unlink(missing_ok=True)
