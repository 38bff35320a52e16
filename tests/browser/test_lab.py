"""Every notebook, opened in JupyterLab in chromium: all cells run without an error, and each calculator
answers what a student types with the number the library computes."""

from __future__ import annotations

import re

import pytest

from .conftest import NOTEBOOKS, screenshot

KERNEL_READY = """() => {
  const name = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName, .jp-KernelName');
  const busy = document.querySelector('.jp-Notebook-ExecutionIndicator');
  return name && /Python/.test(name.textContent) && busy && busy.getAttribute('data-status') === 'idle';
}"""
ALL_RAN_OR_FAILED = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  const failed = document.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]');
  return failed || (prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent)));
}"""


def open_and_run_all(page, lab, notebook: str) -> None:
    page.goto(lab.url(f"lab/tree/{notebook}"))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_function(KERNEL_READY, timeout=60_000)
    page.click(".jp-Notebook")
    page.click('.lm-MenuBar-itemLabel:has-text("Run")')
    page.click('.lm-Menu-itemLabel:has-text("Run All Cells")')
    try:
        page.wait_for_function(ALL_RAN_OR_FAILED, timeout=180_000)
    except Exception:
        screenshot(page, notebook.removesuffix(".ipynb") + "-timeout")
        raise
    page.wait_for_function(KERNEL_READY, timeout=120_000)


def error_outputs(page) -> list[str]:
    return page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"], '
                        ".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()


def type_into(page, box, value: str) -> None:
    box.fill(value)
    box.press("Enter")


NOTEBOOK_FILES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


@pytest.mark.parametrize("notebook", NOTEBOOK_FILES)
def test_every_cell_of_the_notebook_runs_in_the_browser_without_an_error(page, lab, notebook):
    open_and_run_all(page, lab, notebook)
    page.wait_for_selector(".jupyter-widgets", timeout=30_000) if notebook != "00_start_here.ipynb" else None
    screenshot(page, notebook.removesuffix(".ipynb"))
    assert error_outputs(page) == []
    assert page.context.blocked == []


def test_the_start_here_calculator_reads_what_a_student_types(page, lab):
    open_and_run_all(page, lab, "00_start_here.ipynb")
    box = page.locator(".widget-text input").first
    result = page.locator(".widget-html-content", has_text=re.compile("Read as|请检查输入")).first
    assert "1,200.50" in result.inner_text()
    type_into(page, box, "2500")
    page.wait_for_function("() => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes('2,500'))")
    type_into(page, box, "一千")
    page.wait_for_function("() => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes('Please check the input'))")
    assert box.input_value() == "一千"
    screenshot(page, "00_start_here-calculator")
