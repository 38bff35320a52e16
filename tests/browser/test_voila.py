"""App mode (Voila) for a projector: the calculators without code, answering in the browser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import free_port, isolated_jupyter_env, notebook_copies, screenshot, wait_for

# the notebook and calculator used: (notebook, value typed into the first text box, text expected in the result)
APP_CASE = ("00_start_here.ipynb", "2500", "2,500")


@pytest.fixture(scope="module")
def voila(browser, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("voila")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "voila",
            str(notebook_copies(tmp)),
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
        ],
        env=isolated_jupyter_env(tmp),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


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
