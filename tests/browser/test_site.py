"""The no-install site (tools/publish.py site): JupyterLite with the Pyodide kernel, served on loopback and
opened in chromium with every request to another host refused. The start-here notebook must run in the
browser and its calculator must answer; not one request may leave the machine.

Slow (a Pyodide kernel starts in ~15 s, the first build fetches ~30 MB into build/cache/): marked `slow`,
deselect with `-m "not slow"`.
"""

from __future__ import annotations

import json
import time

import pytest

from .conftest import NOTEBOOKS, ROOT, load_publish, require_npm_for, screenshot

pytestmark = pytest.mark.slow


publish = load_publish()


KERNEL_READY = """() => {
  const name = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName');
  const busy = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  return name && /Pyodide/.test(name.textContent) && busy && busy.getAttribute('data-status') === 'idle';
}"""
ALL_RAN = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""
ERRORS = (
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"], '
    '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]'
)
RESULT_SAYS = (
    """text => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes(text))"""
)


@pytest.fixture(scope="module")
def built_site():
    require_npm_for(publish, "site")
    started = time.monotonic()
    out = publish.site(ROOT / "build" / "site")
    print(f"site built in {time.monotonic() - started:.1f} s")
    return out


@pytest.fixture(scope="module")
def site_url(built_site):
    server = publish.serve(built_site)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_site_holds_every_notebook_with_the_lite_kernel_and_loads_pyodide_from_itself(built_site):
    config = json.loads((built_site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"].startswith("./") and kernel["disablePyPIFallback"] is True
    assert (built_site / "static" / "pyodide" / "pyodide.asm.wasm").is_file()
    lock = json.loads((built_site / "static" / "pyodide" / "pyodide-lock.json").read_text())["packages"]
    for name in ("micropip", "ipython", "jedi"):
        wheel = built_site / "static" / "pyodide" / lock[name]["file_name"]
        assert wheel.is_file() and publish.sha256(wheel) == lock[name]["sha256"]
    wheels = json.loads((built_site / "pypi" / "all.json").read_text())
    assert {"pilaw", "ipywidgets", "comm", "jupyterlab-widgets"} <= {n.replace("_", "-") for n in wheels}
    for notebook in NOTEBOOKS.glob("*.ipynb"):
        copy = json.loads((built_site / "files" / notebook.name).read_text(encoding="utf-8"))
        assert copy["metadata"]["kernelspec"]["name"] == "python"


def test_the_site_s_notebooks_are_stripped_by_nbstripout_and_served_with_the_wasm_mime_type(built_site, site_url):
    import urllib.request

    for notebook in NOTEBOOKS.glob("*.ipynb"):
        copy = json.loads((built_site / "files" / notebook.name).read_text(encoding="utf-8"))
        code = [cell for cell in copy["cells"] if cell["cell_type"] == "code"]
        assert all(cell["outputs"] == [] and cell["execution_count"] is None for cell in code)
        assert "widgets" not in copy["metadata"]
    with urllib.request.urlopen(f"{site_url}/static/pyodide/pyodide.asm.wasm") as response:
        assert response.headers["Content-Type"] == "application/wasm"


BUDGET_SECONDS = 180  # the whole browser run; a Pyodide kernel needs ~15 s on an idle machine, more under load


def run_start_here(page, site_url: str):
    """Open the start notebook in the site and run it all; return the budget's clock (milliseconds left)."""
    deadline = time.monotonic() + BUDGET_SECONDS

    def left() -> float:  # milliseconds of the budget still unspent
        return max(1_000, (deadline - time.monotonic()) * 1000)

    page.goto(f"{site_url}/lab/index.html?path=00_start_here.ipynb", timeout=left())
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=left())
    page.wait_for_function(KERNEL_READY, timeout=left())
    assert page.locator(".jp-Dialog").count() == 0  # no "Select Kernel" dialog: the copies name Lite's kernel
    page.click(".jp-Notebook", timeout=left())
    page.click('.lm-MenuBar-itemLabel:has-text("Run")', timeout=left())
    page.click('.lm-Menu-itemLabel:has-text("Run All Cells")', timeout=left())
    page.wait_for_function(ALL_RAN, timeout=left())
    page.wait_for_function(KERNEL_READY, timeout=left())
    assert page.locator(ERRORS).all_text_contents() == []
    return left


def run_new_cell(page, code: str, left) -> None:
    """Add a cell below the last one, type code into it and run it, as a student would."""
    page.locator(".jp-Notebook .jp-Cell").last.click(timeout=left())
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    editor = page.locator(".jp-Notebook .jp-Cell").last.locator(".cm-content")
    editor.fill(code, timeout=left())  # filled, not typed: no auto-indent or closing brackets added
    editor.press("Shift+Enter")
    page.wait_for_function(KERNEL_READY, timeout=left())


def test_the_start_here_calculator_answers_in_the_browser_with_nothing_leaving_the_machine(page, site_url):
    left = run_start_here(page, site_url)
    box = page.locator(".widget-text input").first
    box.wait_for(timeout=left())
    page.wait_for_function(RESULT_SAYS, arg="1,200.50", timeout=left())
    box.fill("2500", timeout=left())
    box.press("Enter", timeout=left())
    page.wait_for_function(RESULT_SAYS, arg="2,500", timeout=left())
    screenshot(page, "site-00")
    assert page.context.blocked == []


PROBE = (
    "from pilaw.widgets.quiz import Choice, quiz\n"
    'quiz(Choice("哪一个？", "Which one?", ["甲 first", "乙 second"], 1, "因为。", "Because.", '
    'id="01_personal_information/probe"))'
)
SITE_FILE_GONE = "import os; print('site file:', os.path.exists('/drive/.pilaw'))"


def test_in_the_site_an_answer_is_kept_in_the_browser_shows_in_the_progress_table_and_erase_leaves_nothing(
    page, site_url
):
    left = run_start_here(page, site_url)
    before = page.evaluate("() => Object.keys(localStorage).sort()")
    run_new_cell(page, PROBE, left)
    page.locator(".widget-radio-box label", has_text="B").last.click(timeout=left())
    page.locator("button", has_text="Check").last.click(timeout=left())
    page.wait_for_selector("text=正确 Right", timeout=left())
    page.locator("button", has_text="Refresh").first.click(timeout=left())
    table = page.locator("table.pilaw-progress")
    table.wait_for(timeout=left())
    assert "01_personal_information" in table.inner_text()
    screenshot(page, "site-progress")
    page.locator("button", has_text="Erase my data").first.click(timeout=left())
    page.wait_for_selector("text=Erased", timeout=left())
    assert page.locator("table.pilaw-progress").count() == 0
    run_new_cell(page, SITE_FILE_GONE, left)
    page.wait_for_selector("text=site file: False", timeout=left())
    assert page.evaluate("() => Object.keys(localStorage).sort()") == before  # the course added no key of its own
    assert page.context.blocked == []
