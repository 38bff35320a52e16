"""Accessibility: axe-core (the copy bundled in the axe-playwright-python package, injected into the page, so
nothing is fetched) run once over every notebook's rendered output in JupyterLab after Run All, and once over
each handout page. No serious or critical violation may be found in what the course draws: its HTML, tables,
charts, the calculators' inputs and labels, and the colour contrast of its boxes.

What is analysed, and what is left out:

* In JupyterLab only the output areas (``.jp-OutputArea-output``) are analysed. JupyterLab's own chrome (menus,
  toolbars, side panels, the cells' prompts and the code editor) is not the course's markup: the course cannot
  change it, and it is excluded. The notebooks' Markdown cells are rendered by JupyterLab and tested by the
  notebooks' own checks, not here.
* In a handout the output areas are analysed too; the page's frame (nbconvert's template and the highlighted code
  of the input cells, whose colours come from nbconvert's theme) is excluded for the same reason.
* Inside an output, the actions menu that JupyterLab's Vega renderer (vega-embed) adds to a chart
  (``.vega-embed > details``, a "…" summary with no text) is the renderer's chrome, not the course's: it is
  excluded. The chart itself is analysed; the handouts draw charts without that menu.
* JupyterLab skips drawing the cells out of view (``content-visibility``); the test draws every cell before the
  analysis, so the whole notebook is analysed, not only the first screen.
* Rules about a whole page (a page's title, language, landmarks, ``region``) make no sense for a fragment of a page
  and are turned off; every other rule of axe-core's default set runs.
"""

from __future__ import annotations

import pytest

from .conftest import screenshot
from .test_handouts import SELECTION, served  # noqa: F401 — the handouts' fixture, shared
from .test_lab import NOTEBOOK_FILES, error_outputs, open_and_run_all

OUTPUTS = ".jp-OutputArea-output"
EXCLUDED = (".vega-embed > details",)  # vega-embed's actions menu, drawn by JupyterLab's renderer
DRAW_EVERY_CELL = "* { content-visibility: visible !important; }"
# every input, list and text area the course draws must have a name a screen reader reads: a <label> (ipywidgets'
# ``description``), aria-label or aria-labelledby
UNLABELLED = """sel => [...document.querySelectorAll(sel + ' input, ' + sel + ' select, ' + sel + ' textarea')]
  .filter(box => box.type !== 'hidden' && !(box.labels && [...box.labels].some(l => l.textContent.trim()))
                 && !box.getAttribute('aria-label') && !box.getAttribute('aria-labelledby'))
  .map(box => box.outerHTML.slice(0, 160))"""
#: rules that judge a whole page, not a fragment of one
PAGE_RULES = ("document-title", "html-has-lang", "landmark-one-main", "page-has-heading-one", "region", "bypass")
BLOCKING = ("serious", "critical")
WIDGETS_SETTLED = """() => document.querySelectorAll('.jupyter-widgets.jp-OutputArea-output, .widget-box').length === 0
  || document.querySelectorAll('.widget-html-content, .widget-label, label').length > 0"""


def analyse(page, include: str) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    options = {
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in PAGE_RULES},
    }
    page.add_style_tag(content=DRAW_EVERY_CELL)
    page.evaluate(Axe().axe_script)  # the copy of axe-core in the package: nothing is fetched
    context = {"include": [[include]], "exclude": [[selector] for selector in EXCLUDED]}
    results = page.evaluate("([context, options]) => axe.run(context, options)", [context, options])
    return [v for v in results["violations"] if v["impact"] in BLOCKING]


def described(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:
            message = "; ".join(c["message"] for part in ("any", "all", "none") for c in node[part])
            lines.append(f"    {' '.join(node['target'])}: {node['html'][:200]} — {message}")
    return "\n".join(lines)


@pytest.mark.parametrize("notebook", NOTEBOOK_FILES)
def test_what_a_notebook_draws_has_no_serious_accessibility_violation(page, lab, notebook):
    lab.shut_down_kernels()
    open_and_run_all(page, lab, notebook)
    assert error_outputs(page) == []
    page.wait_for_function(WIDGETS_SETTLED, timeout=30_000)
    assert page.evaluate(UNLABELLED, OUTPUTS) == []
    violations = analyse(page, OUTPUTS)
    if violations:
        screenshot(page, notebook.removesuffix(".ipynb") + "-accessibility")
    assert violations == [], described(violations)
    assert page.context.blocked == []


@pytest.mark.parametrize("notebook", SELECTION)
def test_a_handout_has_no_serious_accessibility_violation(page, served, notebook):  # noqa: F811
    base, _ = served
    page.goto(f"{base}/{notebook.replace('.ipynb', '.html')}")
    page.wait_for_selector(
        ".jupyter-widgets .widget-html-content:visible, .jupyter-widgets label:visible", timeout=30_000
    )
    assert page.evaluate(UNLABELLED, OUTPUTS) == []
    violations = analyse(page, OUTPUTS)
    assert violations == [], described(violations)
    assert page.context.blocked == []


def _luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    digits = "".join(c * 2 for c in digits) if len(digits) == 3 else digits
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio: of luminances, so the same on a black-and-white print."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula():
    assert round(contrast("#000", "#fff"), 1) == 21.0 and contrast("#fff", "#fff") == 1.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54


def test_every_text_colour_of_the_theme_is_readable_on_every_background_of_the_theme():
    from pilaw.show import theme

    low = [
        (fg, bg, round(contrast(fg, bg), 2))
        for fg in theme.TEXT_COLOURS
        for bg in theme.BACKGROUNDS
        if contrast(fg, bg) < theme.MIN_CONTRAST
    ]
    assert low == []
