"""App mode (Voila) for a projector: the calculators without code, answering in the browser."""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import ROOT, free_port, isolated_jupyter_env, load_tool, notebook_copies, screenshot, wait_for

# the notebook and calculator used: (notebook, value typed into the first text box, text expected in the result)
APP_CASE = ("00_start_here.ipynb", "2500", "2,500")


@contextmanager
def serving(args: list[str], tmp: Path, ready: str):
    """Voila started with ``args`` (isolated Jupyter folders under ``tmp``) until ``ready`` answers; stopped after."""
    process = subprocess.Popen(
        args, cwd=ROOT, env=isolated_jupyter_env(tmp), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(ready)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def voila(browser, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("voila")
    port = free_port()
    args = [sys.executable, "-m", "voila", str(notebook_copies(tmp)), "--no-browser", f"--port={port}"]
    base = f"http://127.0.0.1:{port}"
    with serving([*args, "--Voila.ip=127.0.0.1"], tmp, base + "/"):
        yield base


def test_app_mode_shows_a_calculator_without_code_and_it_answers(page, voila):
    notebook, typed, expected = APP_CASE
    page.goto(f"{voila}/voila/render/{notebook}")
    box = page.locator(".widget-text input").first
    box.wait_for(timeout=60_000)
    assert page.locator(".jp-InputArea-editor, .CodeMirror, .cm-editor").count() == 0  # no code on screen
    box.fill(typed)
    box.press("Enter")
    page.wait_for_function(
        "text => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes(text))",
        arg=expected,
        timeout=30_000,
    )
    screenshot(page, "voila-" + notebook.removesuffix(".ipynb"))
    # fonts and icons from a CDN are cosmetic; the app itself loads nothing from outside the machine
    assert [u for u in page.context.blocked if not u.endswith((".css", ".woff", ".woff2", ".ttf"))] == []


def test_for_a_class_two_students_opening_the_lesson_at_once_each_get_a_ready_kernel_and_an_answer(browser, tmp_path):
    """``make present LESSON=… CLASS=…``: the lesson already run in the pool's kernels, so both pages answer; each
    student's page is its own (its own context and kernel)."""
    tool = load_tool("course")
    port = free_port()
    notebook, typed, expected = APP_CASE
    args = tool.present_args(notebook.removesuffix(".ipynb"), 2, port=port)
    base = f"http://127.0.0.1:{port}/"
    with serving([*args, "--no-browser"], tmp_path, base + "voila/static/voila.js"):
        contexts = [browser.new_context() for _ in range(2)]
        pages = [context.new_page() for context in contexts]
        for page in pages:
            page.goto(base, wait_until="commit")
        for page in pages:
            box = page.locator(".widget-text input").first
            box.wait_for(timeout=90_000)
            box.fill(typed)
            box.press("Enter")
            page.wait_for_function(
                "text => [...document.querySelectorAll('.widget-html-content')]"
                ".some(e => e.textContent.includes(text))",
                arg=expected,
                timeout=30_000,
            )
        for context in contexts:
            context.close()
