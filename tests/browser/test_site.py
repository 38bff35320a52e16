"""The no-install site (tools/publish.py site): JupyterLite with the Pyodide kernel, served on loopback and
opened in chromium with every request to another host refused. The site holds both editions and starts at a page
that offers each; the start-here notebook of each edition must run in the browser and its calculator must answer
(the Chinese one with JupyterLab's menus switched to Chinese, offline); not one request may leave the machine.

Slow (a Pyodide kernel starts in ~15 s, the first build fetches ~30 MB into build/cache/): marked `slow`,
deselect with `-m "not slow"`.
"""

from __future__ import annotations

import json
import time

import pytest

from .conftest import NOTEBOOKS, ROOT, load_publish, require_npm_for, screenshot
from .test_lab import CASE_OF, use_calculator

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


def test_the_site_holds_the_chinese_edition_and_jupyterlab_s_chinese_language_pack(built_site):
    chinese = sorted(p.name for p in (NOTEBOOKS / "zh").glob("*.ipynb"))
    assert chinese and chinese == sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    for name in chinese:
        copy = json.loads((built_site / "files" / "zh" / name).read_text(encoding="utf-8"))
        assert copy["metadata"]["kernelspec"]["name"] == "python"
        assert any('course.check_environment(edition="zh")' in "".join(c["source"]) for c in copy["cells"])
    packs = json.loads((built_site / "api" / "translations" / "all.json").read_text(encoding="utf-8"))
    assert "zh_CN" in packs["data"] and (built_site / "api" / "translations" / "zh_CN.json").is_file()


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


def budget():
    """The budget's clock: a function giving the milliseconds of the budget still unspent."""
    deadline = time.monotonic() + BUDGET_SECONDS
    return lambda: max(1_000, (deadline - time.monotonic()) * 1000)


def run_all(page, left, menu=("Run", "Run All Cells")) -> None:
    """Run every cell of the open notebook from its menu once the kernel is ready (``menu``: as the language pack
    names Run → Run All Cells)."""
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=left())
    page.wait_for_function(KERNEL_READY, timeout=left())
    assert page.locator(".jp-Dialog").count() == 0  # no "Select Kernel" dialog: the copies name Lite's kernel
    page.click(".jp-Notebook", timeout=left())
    page.click(f'.lm-MenuBar-itemLabel:text-is("{menu[0]}")', timeout=left())
    page.click(f'.lm-Menu-itemLabel:text-is("{menu[1]}")', timeout=left())
    page.wait_for_function(ALL_RAN, timeout=left())
    page.wait_for_function(KERNEL_READY, timeout=left())
    assert page.locator(ERRORS).all_text_contents() == []


def run_start_here(page, site_url: str):
    """Open the start notebook in the site and run it all; return the budget's clock (milliseconds left)."""
    left = budget()
    page.goto(f"{site_url}/lab/index.html?path=00_start_here.ipynb", timeout=left())
    run_all(page, left)
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


SHOWN_TITLE_IS = """heading => {
  const title = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedMarkdown h1');
  return title !== null && title.textContent.replace('¶', '').trim() === heading;
}"""


def test_the_site_starts_at_a_page_that_offers_both_editions_accessibly_each_opening_its_start_notebook(page, site_url):
    left = budget()
    page.goto(f"{site_url}/", timeout=left())
    editions = page.locator("a[data-edition]")
    assert editions.all_inner_texts() == ["English edition", "中文版"]
    assert editions.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "lab/index.html?path=00_start_here.ipynb",
        "lab/index.html?path=zh/00_start_here.ipynb",
    ]
    screenshot(page, "site-start")
    from axe_playwright_python.sync_playwright import Axe

    page.evaluate(Axe().axe_script)  # the copy of axe-core in the package: nothing is fetched
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], v["help"]) for v in results["violations"] if v["impact"] in ("serious", "critical")] == []
    for name, heading in (("English edition", "从这里开始 · Start here"), ("中文版", "从这里开始")):
        page.goto(f"{site_url}/", timeout=left())
        page.get_by_role("link", name=name, exact=True).click(timeout=left())
        # the notebook in front is that edition's (JupyterLab may first restore the one opened before)
        page.wait_for_function(SHOWN_TITLE_IS, arg=heading, timeout=left())
    assert page.context.blocked == []


MENU_ZH = ("运行", "运行所有单元格")  # Run → Run All Cells, as the zh-CN language pack names them


def switch_to_chinese(page, left) -> None:
    """Settings → Language → 中文, as the start page tells a reader of the Chinese edition; the page reloads."""
    page.click('.lm-MenuBar-itemLabel:text-is("Settings")', timeout=left())
    page.hover('.lm-Menu-itemLabel:text-is("Language")', timeout=left())
    page.click('.lm-Menu-itemLabel:has-text("中文 (简体, 中国)")', timeout=left())
    with page.expect_navigation(timeout=left()):
        page.click(".jp-Dialog button.jp-mod-accept", timeout=left())
    page.wait_for_selector('.lm-MenuBar-itemLabel:text-is("运行")', timeout=left())


def test_the_chinese_start_notebook_runs_in_the_site_in_chinese_and_its_calculator_answers(page, site_url):
    left = budget()
    page.goto(f"{site_url}/", timeout=left())
    page.get_by_role("link", name="中文版", exact=True).click(timeout=left())
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=left())
    switch_to_chinese(page, left)
    menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
    assert {"文件", "编辑", "运行", "内核", "设置"} <= set(menus), menus
    page.wait_for_function(SHOWN_TITLE_IS, arg="从这里开始", timeout=left())  # the Chinese notebook reopened
    run_all(page, left, MENU_ZH)
    assert page.get_by_role("link", name="英文版", exact=True).count() == 1  # the way back to the English edition
    page.wait_for_function(RESULT_SAYS, arg="读作", timeout=left())
    use_calculator(page, CASE_OF["00_start_here.ipynb"], zh=True)  # by its Chinese label, 金额（元）
    screenshot(page, "site-zh-00")
    assert page.context.blocked == []
