"""The Chinese edition in JupyterLab with its menus in Chinese (as ``make lab EDITION=zh`` opens it): every
Chinese notebook runs, its calculator answers, and a bad value's message is read back in Chinese."""

from __future__ import annotations

import pytest

from .conftest import NOTEBOOKS, screenshot
from .test_lab import (
    CASE_OF,
    GLOSSARY,
    assert_glossary_anchors,
    assert_links_within_the_notebook_land,
    error_outputs,
    open_and_run_all,
    use_calculator,
)

CHINESE = sorted(p.name for p in (NOTEBOOKS / "zh").glob("*.ipynb"))
MENU = ("运行", "运行所有单元格")  # Run → Run All Cells, as the zh-CN language pack names them


def test_the_chinese_edition_has_notebooks():
    assert CHINESE, "no Chinese notebooks: run tools/edition.py build"


@pytest.mark.parametrize("notebook", CHINESE)
def test_a_chinese_notebook_runs_in_jupyterlab_in_chinese_and_its_calculator_answers(page, lab_zh, notebook):
    lab_zh.shut_down_kernels()
    open_and_run_all(page, lab_zh, f"zh/{notebook}", menu=MENU)
    menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
    assert {"文件", "编辑", "运行", "内核"} <= set(menus), menus
    assert error_outputs(page) == []
    screenshot(page, f"zh-{notebook.removesuffix('.ipynb')}")
    assert_links_within_the_notebook_land(page, f"zh/{notebook}")
    if notebook == GLOSSARY:
        assert_glossary_anchors(page)
    else:
        use_calculator(page, CASE_OF[notebook], zh=True)  # by its Chinese labels; reads 请检查输入 back
    assert page.context.blocked == []
