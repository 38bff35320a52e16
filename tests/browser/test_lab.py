"""Every notebook, opened in JupyterLab in chromium as a student would: all cells run without an error, then
the notebook's calculator is used — change an input, read the answer, check it against the library — and
given a bad value, whose bilingual message is read back.

A case names the input by its visible label, what to do with it, and how the library computes the text that
must appear: the same calculator is built in Python, given the same input, and asked for its outcome.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from .conftest import NOTEBOOKS, screenshot

KERNEL_READY = """() => {
  const name = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName, .jp-KernelName');
  const busy = document.querySelector('.jp-Notebook-ExecutionIndicator');
  return name && /Python/.test(name.textContent) && busy && busy.getAttribute('data-status') === 'idle';
}"""
ALL_RAN_OR_FAILED = """() => {
  // a cell whose source is hidden (a lesson's check cell) draws a placeholder and no prompt: the others count;
  // a hidden cell that fails still shows its error, which ends the wait
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')]
    .filter(cell => !cell.querySelector('.jp-InputPlaceholder'))
    .map(cell => cell.querySelector('.jp-InputPrompt')).filter(prompt => prompt);
  const failed = document.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]');
  return failed || (prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent)));
}"""


def open_and_run_all(page, lab, notebook: str, menu: tuple[str, str] = ("Run", "Run All Cells")) -> None:
    # a fresh workspace each time (?reset): JupyterLab would otherwise reopen every notebook opened before
    page.goto(lab.url(f"lab/tree/{notebook}", "reset"))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_function(KERNEL_READY, timeout=60_000)
    page.click(".jp-Notebook")
    page.click(f'.lm-MenuBar-itemLabel:text-is("{menu[0]}")')
    page.click(f'.lm-Menu-itemLabel:text-is("{menu[1]}")')
    try:
        page.wait_for_function(ALL_RAN_OR_FAILED, timeout=180_000)
    except Exception:
        screenshot(page, notebook.removesuffix(".ipynb").replace("/", "-") + "-timeout")
        raise
    page.wait_for_function(KERNEL_READY, timeout=120_000)


# Every input a student types into or picks from must leave room to read what is in it: a long bilingual label
# in a fixed-width row can squeeze the box itself to a sliver.
MIN_BOX_PX = 80
NARROW_BOXES = """min => [...document.querySelectorAll('.jp-OutputArea .widget-inline-hbox')]
  .map(row => [row, row.querySelector('input[type=text], input[type=date], select')])
  .filter(([row, box]) => box && box.getBoundingClientRect().height > 0)
  .map(([row, box]) => ({label: (row.querySelector('label') || {}).textContent || '',
                         width: Math.round(box.getBoundingClientRect().width)}))
  .filter(found => found.width < min)"""


def error_outputs(page) -> list[str]:
    return page.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"], '
        ".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']"
    ).all_inner_texts()


@dataclass(frozen=True)
class Case:
    notebook: str
    label: str  # the visible label of the input (a substring)
    action: str  # "type", "toggle" or "select"
    value: str  # text to type, or the key of the option to select
    expected: Callable[[], str]  # the library's answer, as it appears on screen
    bad: bool = True  # also type a refused value into this input
    label_zh: str = ""  # the label as the Chinese edition shows it (the Chinese alone); empty: the same as label
    expected_zh: Callable[[], str] | None = None  # the answer as the Chinese edition shows it, if worded otherwise


def expected_in(case: Case, zh: bool) -> str:
    """The library's answer as the edition draws it: computed here with that edition set, as the kernel has it."""
    from pilaw.show import edition

    if not zh:
        return case.expected()
    edition.set_edition("zh")
    try:
        return (case.expected_zh or case.expected)()
    finally:
        edition.set_edition("en")


def typed(factory, name, value, pick):
    calc = factory()
    calc.inputs[name].value = value
    assert calc.error is None, calc.error
    return pick(calc.outcome)


def toggled(factory, name, pick):
    calc = factory()
    calc.inputs[name].value = not calc.inputs[name].value
    return pick(calc.outcome)


def _start():
    from pilaw.widgets.start import amount_reader

    return typed(amount_reader, "amount", "2500", lambda yuan: "2,500")


def _roster():
    from pilaw.widgets.personal_information import combination

    return typed(combination, "size", "100", lambda u: f"unique: {u.unique} / {u.people}")


def _roster_zh():
    from pilaw.widgets.personal_information import combination

    return typed(combination, "size", "100", lambda u: f"{u.unique} / {u.people}")


def _consent():
    from pilaw.show.render import cite_label
    from pilaw.widgets.pipl import consent_calculator

    return toggled(
        consent_calculator, "sensitive", lambda a: "；".join(cite_label(ref, a.on) for ref in a.separate_for)
    )


def _breach():
    from pilaw.widgets.pipl import breach_calculator

    duties = typed(breach_calculator, "people", "4100", lambda d: d)
    return next(s.text_en for s in duties.steps if s.cites == "network_data_regs/28")[:60]


def refuse_a_date(page, label: str, day: str, expected: str) -> None:
    """Type a refused date into the date box labelled ``label``; its bilingual message must be read back."""
    box = page.locator(".widget-datepicker", has_text=label).locator("input").first
    box.scroll_into_view_if_needed()
    box.fill(day)
    box.dispatch_event("change")
    result_shows(page, "Please check the input")
    result_shows(page, "请检查输入")
    result_shows(page, expected)


def _breach_zh():
    from pilaw.widgets.pipl import breach_calculator

    duties = typed(breach_calculator, "people", "4100", lambda d: d)
    return next(s.text_zh for s in duties.steps if s.cites == "network_data_regs/28")[:30]


def _compensation():
    from pilaw.law.money import format_yuan
    from pilaw.widgets.compensation import compensation_calculator

    return typed(compensation_calculator, "loss", "12345", lambda r: format_yuan(r.law.property_max))


def answer_as_a_student(page, lesson: str) -> None:
    """Notebook 05's exercises, used as a student would: a written answer is revealed only once something is
    written (then the model answer is read back), and a multiple-choice question answered wrongly twice shows the
    chosen option's own feedback, then another's with the explanation."""
    from pilaw.teaching.exercises import Choice, Short, bank

    exercises = bank(lesson)
    written = next(e for e in exercises if isinstance(e, Short))
    area = page.locator(".widget-textarea textarea").first
    reveal = page.locator(".widget-button", has_text="Show the model answer").first
    area.scroll_into_view_if_needed()
    reveal.click()
    result_shows(page, "Write your own answer first")
    area.fill("过错推定；公证费算合理开支；其余由法院确定，没有最低额。")
    reveal.click()
    result_shows(page, "Model answer")
    result_shows(page, written.model_en[:60])
    result_shows(page, written.guide[0][1][:40])
    screenshot(page, f"{lesson}-written-answer")
    choice = next(e for e in exercises if isinstance(e, Choice))
    wrong = [i for i in range(len(choice.options)) if i != choice.answer][:2]
    item = page.locator(".widget-vbox", has=page.locator(".widget-radio-box")).filter(has_text=choice.prompt_en).last
    item.scroll_into_view_if_needed()
    for attempt, option in enumerate(wrong):
        item.locator(".widget-radio-box input").nth(option).check()
        item.locator(".widget-button", has_text="Check").click()
        result_shows(page, choice.options[option].feedback_en[:40])
        result_shows(page, "try once more" if attempt == 0 else "Explanation:")
    result_shows(page, choice.explain_en[:40])
    screenshot(page, f"{lesson}-choice-retry")


def _trade_secret():
    from pilaw.widgets.trade_secrets import offence_calculator

    return typed(offence_calculator, "loss", "3000000", lambda r: r.severity.zh)


def _trade_secret_damages():
    from pilaw.law.money import format_yuan
    from pilaw.widgets.trade_secrets import damages_calculator

    return typed(damages_calculator, "loss", "1000000", lambda c: format_yuan(c.difference))


def _pi_crime():
    from pilaw.widgets.criminal_pi import severity_calculator

    return typed(severity_calculator, "credit", "34", lambda case: "34/50")


def _fines():
    from pilaw.widgets.fines import pipl66_calculator

    return typed(pipl66_calculator, "turnover", "500,000,000", lambda fine: "25,000,000")


def _source_checker():
    from pilaw.teaching import sources as src
    from pilaw.widgets.sources import source_checker

    calc = source_checker(on=PAGE_DAY)
    calc.inputs["text"].value = QUOTE_03
    (finding,) = calc.outcome.findings
    assert finding.kind == src.ALTERED_QUOTE and [s.right for s in finding.changes] == ["自"]
    return finding.explain_en.split(":")[0]


def _source_checker_zh():
    from pilaw.widgets.sources import source_checker

    calc = source_checker(on=PAGE_DAY)
    calc.inputs["text"].value = QUOTE_03
    (finding,) = calc.outcome.findings
    return finding.explain_zh.split("：")[0]


PAGE_DAY = date(2025, 7, 6)  # notebook 04 reads the page on the day it was written
QUOTE_03 = "民法典第1034条规定：“然人的个人信息受法律保护。”"  # a quotation that lost its first character


def paste_and_check(page, case: Case, zh: bool = False) -> None:
    """Notebook 04: paste a passage into the checker's text area, read its finding back, then check an empty text
    and read the bilingual message; the text area keeps what was typed."""
    label = case.label_zh if zh and case.label_zh else case.label
    area = page.locator(".widget-textarea", has_text=label).locator("textarea").first
    button = page.locator(".widget-button", has_text="检查" if zh else "Check").first
    area.scroll_into_view_if_needed()
    area.fill(case.value)
    button.click()
    expected = expected_in(case, zh)
    result_shows(page, expected)
    result_shows(page, "然人的个人信息受法律保护")
    page.locator(".widget-html-content", has_text=expected).last.scroll_into_view_if_needed()
    screenshot(page, f"{case.notebook.removesuffix('.ipynb')}-calculator")
    area.fill("")
    button.click()
    result_shows(page, "Please check the input")
    result_shows(page, "请检查输入")
    result_shows(page, "paste the text to check")
    assert area.input_value() == ""


def _routes():
    from pilaw.rules.criminal import pi_severity
    from pilaw.widgets.routes import decision_map

    routes = typed(decision_map, "gain", "60000", lambda r: r)
    return pi_severity({"transaction": 600}, illegal_gain="60000", insider=True, on=routes.on).severity.zh


def _network():
    from pilaw.widgets.criminal_network import thresholds_calculator

    return typed(
        thresholds_calculator, "count", "60", lambda c: f"{c.network.ratio.numerator}/{c.network.ratio.denominator}"
    )


def _case_study():
    from decimal import Decimal

    from pilaw.law.money import format_yuan
    from pilaw.teaching.case_study import CaseFacts
    from pilaw.widgets.case_study import case_calculator

    typed(case_calculator, "victim_loss", "13000", lambda w: w)
    return format_yuan(Decimal("13000") + Decimal(CaseFacts().victim_costs))


CASES = [
    Case("00_start_here.ipynb", "Amount (yuan)", "type", "2500", _start, label_zh="金额（元）"),
    Case(
        "01_personal_information.ipynb",
        "People in the roster",
        "type",
        "100",
        _roster,
        label_zh="花名册人数",
        expected_zh=_roster_zh,
    ),
    Case(
        "02_lawful_processing.ipynb",
        "sensitive personal information",
        "toggle",
        "",
        _consent,
        bad=False,
        label_zh="敏感个人信息",
    ),
    Case(
        "03_after_a_leak.ipynb",
        "People whose information is processed",
        "type",
        "4100",
        _breach,
        label_zh="所处理个人信息的人数",
        expected_zh=_breach_zh,
    ),
    Case(
        "04_reading_the_source.ipynb",
        "Text to check",
        "paste",
        QUOTE_03,
        _source_checker,
        label_zh="要检查的文字",
        expected_zh=_source_checker_zh,
    ),
    Case(
        "05_compensation.ipynb", "Loss suffered (yuan)", "type", "12345", _compensation, label_zh="被侵权人损失（元）"
    ),
    Case("06_employee_leaks.ipynb", "Illegal gain (yuan)", "type", "60000", _routes, label_zh="违法所得（元）"),
    Case(
        "07_trade_secrets.ipynb",
        "Loss to the owner (yuan)",
        "type",
        "3000000",
        _trade_secret,
        label_zh="损失数额（元）",
    ),
    Case("08_personal_information_crime.ipynb", "征信", "type", "34", _pi_crime),
    Case("09_network_security_duty.ipynb", "Pieces", "type", "60", _network, label_zh="条数"),
    Case(
        "10_administrative_fines.ipynb",
        "Previous year's turnover",
        "type",
        "500,000,000",
        _fines,
        label_zh="上一年度营业额",
    ),
    Case("11_case_study.ipynb", "victim", "type", "13000", _case_study, label_zh="被骗客户损失"),
    Case(
        "13_appendix_trade_secret_damages.ipynb",
        "Actual loss (yuan)",
        "type",
        "1000000",
        _trade_secret_damages,
        label_zh="实际损失（元）",
    ),
]
NOTEBOOK_FILES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
CASE_OF = {case.notebook: case for case in CASES}
#: notebooks that draw a chart (pilaw.show.charts, a Vega-Lite spec the front end renders with vega-embed)
CHART_NOTEBOOKS = {
    "01_personal_information.ipynb",
    "05_compensation.ipynb",
    "06_employee_leaks.ipynb",
    "08_personal_information_crime.ipynb",
    "10_administrative_fines.ipynb",
}
CHART = ".vega-embed svg.marks, .vega-embed canvas"  # the chart itself, not the icon of its actions menu


def result_shows(page, text: str, timeout: int = 30_000) -> None:
    page.wait_for_function(
        "t => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes(t))",
        arg=text,
        timeout=timeout,
    )


def use_calculator(page, case: Case, zh: bool = False) -> None:
    """Use a notebook's calculator as a student would and read the library's answer back; in the Chinese edition
    (``zh``) by its Chinese labels. The English edition also walks the lesson's other interactions."""
    if case.action == "paste":  # a text area and a button (notebook 04's source checker)
        paste_and_check(page, case, zh)
        return
    expected = expected_in(case, zh)
    label = case.label_zh if zh and case.label_zh else case.label
    if case.action == "type":
        box = page.locator(".widget-text", has_text=label).locator("input").first
        box.scroll_into_view_if_needed()
        box.fill(case.value)
        box.press("Enter")
    elif case.action == "select":
        from pilaw.widgets.source_page import passage_options

        box = page.locator(".widget-dropdown", has_text=label).locator("select").first
        box.scroll_into_view_if_needed()
        box.select_option(label=next(text for text, key in passage_options() if key == case.value))
    else:
        box = page.locator(".widget-checkbox", has_text=label).locator("input").first
        box.scroll_into_view_if_needed()
        box.click()
    result_shows(page, expected)
    page.locator(".widget-html-content", has_text=expected).last.scroll_into_view_if_needed()
    prefix = "zh-" if zh else ""
    screenshot(page, f"{prefix}{case.notebook.removesuffix('.ipynb')}-calculator")  # the answer on screen
    if not zh and case.notebook == "02_lawful_processing.ipynb":  # no text box: a date before the Civil Code
        refuse_a_date(page, "Date of processing", "2020-12-31", "2021-01-01")
    if not zh and case.notebook == "11_case_study.ipynb":  # the student's own map first, then the comparison
        draw_the_map_first(page)
    if not zh and case.notebook == "05_compensation.ipynb":  # the exercises: a written answer, a retry
        answer_as_a_student(page, "05_compensation")
    if case.bad:
        box.fill("一千")
        box.press("Enter")
        result_shows(page, "Please check the input")
        result_shows(page, "请检查输入")
        assert box.input_value() == "一千"


def draw_the_map_first(page) -> None:
    """Case study: a blank map is refused; one cell filled (the employee's administrative liability: liable) is
    compared, and the cell differs, with its reason."""
    compare = page.locator(".widget-button", has_text="对照分析").first
    compare.scroll_into_view_if_needed()
    compare.click()
    result_shows(page, "至少填写一格")
    page.locator(".widget-dropdown", has_text="行政责任").locator("select").nth(1).select_option(label="承担 · liable")
    compare.click()
    result_shows(page, "你填写了1格，其中0格与分析一致")
    result_shows(page, "治安管理处罚只适用于尚不构成犯罪的行为")
    screenshot(page, "11_case_study-map")


def show_chart(page) -> None:
    """Scroll the notebook's last chart (01 also draws one in its calculator) wholly into view. JupyterLab lays out
    cells lazily, so a scroll can land short while the cells above take their height: try again."""
    chart = page.locator(CHART).last
    for _attempt in range(10):
        chart.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        box = chart.bounding_box()
        if box and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]:
            return
    raise AssertionError("the chart could not be scrolled into view")


GLOSSARY = "12_glossary.ipynb"


def assert_glossary_anchors(page) -> None:
    """Each term is a heading whose anchor (data-jupyter-id) is the term: the fragment a lesson links to."""
    from pilaw.teaching.glossary import terms

    for term in terms()[:3] + terms()[-3:]:
        assert page.locator(f'.jp-RenderedMarkdown [data-jupyter-id="{term.anchor}"]').count() >= 1, term.anchor


def assert_links_within_the_notebook_land(page, notebook: str) -> None:
    """Every link to a place in the same notebook (a footnote mark, a section) is drawn as a link and has a
    heading to land on."""
    cells = json.loads((NOTEBOOKS / notebook).read_text(encoding="utf-8"))["cells"]
    written = {match for cell in cells for match in re.findall(r"\]\((#[^)]+)\)", "".join(cell["source"]))}
    fragments = page.eval_on_selector_all(
        '.jp-RenderedMarkdown a[href^="#"]:not(.jp-InternalAnchorLink)',
        "links => links.map(a => decodeURIComponent(a.getAttribute('href')))",
    )
    missing = [
        fragment
        for fragment in set(fragments)
        if page.locator(f'.jp-RenderedMarkdown [data-jupyter-id="{fragment[1:]}"]').count() == 0
    ]
    assert missing == []
    assert set(fragments) == written


def test_every_notebook_has_a_calculator_case():
    assert set(NOTEBOOK_FILES) - {GLOSSARY} <= set(CASE_OF), "add a Case for each new notebook"


def test_every_chart_notebook_exists():
    assert set(NOTEBOOK_FILES) >= CHART_NOTEBOOKS


@pytest.mark.parametrize("notebook", NOTEBOOK_FILES)
def test_the_notebook_runs_in_the_browser_and_its_calculator_answers_as_the_library_does(page, lab, notebook):
    lab.shut_down_kernels()
    open_and_run_all(page, lab, notebook)
    assert error_outputs(page) == []
    assert page.evaluate(NARROW_BOXES, MIN_BOX_PX) == []
    if notebook in CHART_NOTEBOOKS:  # the chart is drawn, and shown on the screenshot
        page.wait_for_selector(CHART, state="attached", timeout=30_000)
        assert page.locator(CHART).count() >= 1
        show_chart(page)
    screenshot(page, notebook.removesuffix(".ipynb"))
    assert_links_within_the_notebook_land(page, notebook)
    if notebook == GLOSSARY:  # no calculator: each term is a heading a lesson's link can land on
        assert_glossary_anchors(page)
    else:
        use_calculator(page, CASE_OF[notebook])
    assert page.context.blocked == []
