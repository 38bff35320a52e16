#!/usr/bin/env python3
"""The no-install site (JupyterLite + Pyodide) as a student first meets it: each notebook opened with an empty
cache, run, and its calculator used, beside a one-cell notebook in the same site (the floor).

    python benchmarks/site.py                          # every English notebook, two Chinese ones; 3 runs each
    python benchmarks/site.py --repeats 1 00_start_here.ipynb zh/00_start_here.ipynb
    python benchmarks/site.py --quick                  # 1 run of 00, 10 and zh/00
    python benchmarks/site.py --no-build               # reuse build/bench-site as it is

The site is built by the course's own builder (tools/publish.py `site`) into build/bench-site, with the floor
beside the course's notebooks, and served on loopback by the course's server (publish.serve); the browser is
Debian's chromium, and any request to a host other than loopback is refused.

Each measurement is a new browser context (no HTTP cache, no service worker, no storage: a student's first
visit). The clock starts when the page `lab/index.html?path=<notebook>` is opened and reads three times:
the Pyodide kernel idle (JupyterLab and Pyodide loaded); every cell ran after Run → Run All Cells; the first
calculator's answer shown after typing into it (the input and the answer of the browser tests' calculator case,
tests/browser/test_lab.py, the answer computed by the library). A notebook without a calculator (the glossary)
stops at "every cell ran". The bytes are the response bodies the server sent until the answer showed, counted by
the server, so the Pyodide worker's downloads count too. Playwright's request routing (the loopback guard)
turns the browser's HTTP cache off, so a file fetched twice in one visit is sent twice; the table also gives the
bytes of distinct files, what a browser with its cache on would fetch.

The floor is one code cell that does what every notebook of the site must do to show a widget that answers,
and nothing of the course: install ipywidgets with piplite, show a text box and an HTML answer that follows it.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SITE = ROOT / "build" / "bench-site"  # its work folder is build/bench-site-work; build/site is left alone
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BUDGET_SECONDS = 420  # one visit, from opening the page to the answer

FLOOR = "floor.ipynb"
FLOOR_CODE = """import piplite
await piplite.install(["ipywidgets"])
import ipywidgets
box, answer = ipywidgets.Text(description="Floor"), ipywidgets.HTML()
box.observe(lambda change: setattr(answer, "value", f"floor: {change.new}"), "value")
ipywidgets.VBox([box, answer])"""
QUICK = ["00_start_here.ipynb", "10_administrative_fines.ipynb", "zh/00_start_here.ipynb"]
CHINESE_CHECKS = ["zh/00_start_here.ipynb", "zh/10_administrative_fines.ipynb"]

# The page's states, as tests/browser/test_site.py and test_lab.py read them.
KERNEL_READY = """() => {
  const name = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-KernelName');
  const busy = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  return name && /Pyodide/.test(name.textContent) && busy && busy.getAttribute('data-status') === 'idle';
}"""
ALL_RAN_OR_FAILED = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')]
    .filter(cell => !cell.querySelector('.jp-InputPlaceholder'))
    .map(cell => cell.querySelector('.jp-InputPrompt')).filter(prompt => prompt);
  const failed = document.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]');
  return failed || (prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent)));
}"""
ERRORS = (
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"], '
    '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]'
)
# the answer, or a calculator's own report that it failed (pilaw.widgets.error_html), whichever shows first
ANSWER_OR_FAULT = """t => {
  const shown = [...document.querySelectorAll('.widget-html-content')].map(e => e.textContent);
  return shown.some(s => s.includes(t)) ? 'answer' : shown.find(s => s.includes('The calculator failed')) || false;
}"""
ANSWER_SECONDS = 120  # from typing to the answer: far more than a recompute takes


def load_tool(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_tool", ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


publish = load_tool("publish")


# ------------------------------------------------------------------------------------------- the site


def floor_notebook(folder: Path) -> Path:
    import nbformat

    path = folder / FLOOR
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CODE)]), path)
    return path


def build(out: Path = SITE) -> Path:
    """The course's site with the floor beside its notebooks, built by tools/publish.py."""
    with tempfile.TemporaryDirectory() as tmp:
        return Path(publish.site(out, extra=[floor_notebook(Path(tmp))]))


class Tally:
    """What the server sent: response bodies by path, and the paths it did not have."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.sent: list[tuple[str, int]] = []
            self.missing: list[str] = []

    def add(self, path: str, size: int) -> None:
        with self.lock:
            self.sent.append((path, size))

    def snapshot(self) -> tuple[int, int, int, dict[str, int]]:
        """Bytes sent, bytes of distinct paths, requests answered, bytes sent by part of the site."""
        with self.lock:
            distinct = dict(self.sent)
            parts: dict[str, int] = {}
            for path, size in self.sent:
                parts[part_of(path)] = parts.get(part_of(path), 0) + size
            return sum(size for _, size in self.sent), sum(distinct.values()), len(self.sent), parts


#: the parts of the site a visit downloads, by where they are (first match)
PARTS = (
    ("/static/pyodide/", ".whl", "Python packages of the kernel (Pyodide lock)"),
    ("/static/pyodide/", "", "Pyodide (wasm, stdlib, loader)"),
    ("/pypi/", "", "packages piplite installs (ipywidgets, pilaw, …)"),
    ("/build/", "", "JupyterLab and JupyterLite (scripts, styles)"),
    ("/extensions/", "", "extensions (widgets' front end, …)"),
)


def part_of(path: str) -> str:
    for start, end, name in PARTS:
        if path.startswith(start) and path.endswith(end):
            return name
    return "the rest (pages, settings, notebook)"


def counting_server(directory: Path):
    """publish.serve on loopback, its handler counting the body of every file it sends."""
    tally = Tally()

    class Counting(publish.QuietHandler):
        def copyfile(self, source, outputfile) -> None:
            super().copyfile(source, outputfile)
            try:
                size = os.fstat(source.fileno()).st_size
            except (AttributeError, OSError, ValueError):  # a directory listing: an in-memory page
                size = len(source.getvalue())
            tally.add(self.path.split("?")[0], size)

        def send_error(self, code, message=None, explain=None) -> None:
            tally.missing.append(f"{code} {self.path}")
            super().send_error(code, message, explain)

    server = publish.serve(directory, quiet=True)
    server.RequestHandlerClass = functools.partial(Counting, directory=str(directory))
    return server, tally


# ------------------------------------------------------------------------------------------ a visit


@dataclass(frozen=True)
class Use:
    """How a student uses a notebook's first calculator: what to do to which input, and the answer to wait for."""

    action: str  # "type", "toggle", "paste" (a text area and its Check button)
    label: str
    value: str
    answer: str
    button: str = ""


FLOOR_USE = Use("type", "Floor", "2500", "floor: 2500")


def uses() -> dict[str, Use]:
    """Each notebook's calculator case from the browser tests, for the English and the Chinese edition."""
    sys.path.insert(0, str(ROOT))
    from tests.browser.test_lab import CASES, expected_in

    found = {FLOOR: FLOOR_USE}
    for case in CASES:
        for zh in (False, True):
            label = case.label_zh if zh and case.label_zh else case.label
            button = ("检查" if zh else "Check") if case.action == "paste" else ""
            name = f"zh/{case.notebook}" if zh else case.notebook
            found[name] = Use(case.action, label, case.value, expected_in(case, zh), button)
    return found


@dataclass
class Visit:
    kernel_s: float = 0.0  # the Pyodide kernel idle
    ran_s: float = 0.0  # every cell ran
    answer_s: float = 0.0  # the calculator answered (or every cell ran, where there is no calculator)
    sent: int = 0  # bytes of response bodies until then
    distinct: int = 0  # the same, each file counted once
    requests: int = 0
    parts: dict[str, int] = field(default_factory=dict)  # bytes sent by part of the site
    errors: list[str] = field(default_factory=list)  # error outputs of the notebook's cells
    blocked: list[str] = field(default_factory=list)  # requests to other hosts, refused
    failure: str = ""


def use_calculator(page, use: Use, timeout: float) -> None:
    if use.action == "paste":
        area = page.locator(".widget-textarea", has_text=use.label).locator("textarea").first
        area.fill(use.value, timeout=timeout)
        page.locator(".widget-button", has_text=use.button).first.click(timeout=timeout)
    elif use.action == "toggle":
        page.locator(".widget-checkbox", has_text=use.label).locator("input").first.click(timeout=timeout)
    else:
        box = page.locator(".widget-text", has_text=use.label).locator("input").first
        box.fill(use.value, timeout=timeout)
        box.press("Enter", timeout=timeout)
    shown = page.wait_for_function(ANSWER_OR_FAULT, arg=use.answer, timeout=min(timeout, ANSWER_SECONDS * 1000))
    if shown.json_value() != "answer":
        raise RuntimeError("the calculator failed: " + str(shown.json_value()).split("teacher.")[-1][:200])


def visit(browser, base: str, notebook: str, use: Use | None, tally: Tally) -> Visit:
    """Open the notebook in a new context, run every cell, use its calculator; the clock from opening the page."""
    result = Visit()
    context = browser.new_context(viewport={"width": 1280, "height": 720})

    def guard(route) -> None:
        host = route.request.url.split("/")[2].split(":")[0]
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            result.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    tally.reset()
    started = time.monotonic()
    deadline = started + BUDGET_SECONDS

    def left() -> float:  # milliseconds of the budget still unspent
        return max(1_000.0, (deadline - time.monotonic()) * 1000)

    try:
        page.goto(f"{base}/lab/index.html?path={notebook}", timeout=left())
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=left())
        page.wait_for_function(KERNEL_READY, timeout=left())
        result.kernel_s = time.monotonic() - started
        page.click(".jp-Notebook", timeout=left())
        page.click('.lm-MenuBar-itemLabel:has-text("Run")', timeout=left())
        page.click('.lm-Menu-itemLabel:has-text("Run All Cells")', timeout=left())
        page.wait_for_function(ALL_RAN_OR_FAILED, timeout=left())
        page.wait_for_function(KERNEL_READY, timeout=left())
        result.ran_s = time.monotonic() - started
        result.errors = [text[:200] for text in page.locator(ERRORS).all_inner_texts()]
        if use is not None:
            use_calculator(page, use, left())
        result.answer_s = time.monotonic() - started
        result.sent, result.distinct, result.requests, result.parts = tally.snapshot()
    except Exception as error:  # a failed visit is a figure of the benchmark, not its end
        result.failure = f"{type(error).__name__}: {str(error).splitlines()[0][:160]}"
    finally:
        context.close()
    return result


# ---------------------------------------------------------------------------------------- the figures


@dataclass
class Row:
    notebook: str
    calculator: bool
    visits: list[Visit] = field(default_factory=list)

    @property
    def good(self) -> list[Visit]:
        return [v for v in self.visits if not v.failure]

    def median(self, name: str) -> float:
        values = [getattr(v, name) for v in self.good]
        return statistics.median(values) if values else float("nan")


def default_notebooks() -> list[str]:
    return [p.name for p in sorted(NOTEBOOKS.glob("*.ipynb"))] + CHINESE_CHECKS


def measure(notebooks: list[str] | None = None, repeats: int = 3, rebuild: bool = True) -> list[Row]:
    """The floor and each notebook, `repeats` rounds, interleaved (the floor first in each round) so that drift
    on the machine hits every notebook alike. The floor is the first row."""
    from playwright.sync_api import sync_playwright

    notebooks = [n for n in (notebooks or default_notebooks()) if n != FLOOR]
    directory = build() if rebuild or not (SITE / "jupyter-lite.json").is_file() else SITE
    missing = [n for n in notebooks if not (directory / "files" / n).is_file()]
    if missing:
        raise SystemExit(f"not in the site: {', '.join(missing)}")
    cases = uses()
    rows = [Row(FLOOR, True)] + [Row(n, n in cases) for n in notebooks]
    server, tally = counting_server(directory)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for round_ in range(repeats):
                for row in rows:
                    one = visit(browser, base, row.notebook, cases.get(row.notebook), tally)
                    row.visits.append(one)
                    print(
                        f"  site {round_ + 1}/{repeats} {row.notebook}: kernel {one.kernel_s:.1f} s, ran "
                        f"{one.ran_s:.1f} s, answer {one.answer_s:.1f} s, {one.sent / 1e6:.1f} MB"
                        f"{' FAILED ' + one.failure if one.failure else ''}",
                        flush=True,
                    )
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return rows


def table(rows: list[Row]) -> str:
    floor = rows[0]
    floor_s, floor_mb = floor.median("answer_s"), floor.median("sent") / 1e6
    repeats = max(len(row.visits) for row in rows)
    lines = [
        f"Opened with an empty cache (a new browser context each time), median of {repeats} run"
        f"{'s' if repeats != 1 else ''}; the clock starts when `lab/index.html?path=…` is opened. *Kernel* is the "
        "Pyodide kernel idle, *ran* every cell run (Run All Cells), *answer* the first calculator's answer shown "
        "after typing into it (the browser tests' input and answer); without a calculator, *answer* is *ran*. "
        "MB: response bodies the server sent until then (10⁶ bytes); *distinct*: each file once, what a browser "
        "with its HTTP cache on would fetch (the loopback guard's routing turns the cache off). The floor is one "
        f"cell: piplite installs ipywidgets, a text box and an HTML answer. Floor: {floor_s:.1f} s, "
        f"{floor_mb:.1f} MB.",
        "",
        "| notebook | answered by | kernel s | ran s | answer s | ÷ floor | MB | distinct MB | ÷ floor (MB) "
        "| requests | runs ok | cell errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        answer, sent = row.median("answer_s"), row.median("sent") / 1e6
        errors = sorted({e.splitlines()[0][:60] for v in row.visits for e in v.errors})
        lines.append(
            f"| {'**floor** (one cell)' if row is floor else row.notebook} "
            f"| {'calculator' if row.calculator else 'all cells ran (no calculator)'} "
            f"| {row.median('kernel_s'):.1f} | {row.median('ran_s'):.1f} | {answer:.1f} | {answer / floor_s:.2f} "
            f"| {sent:.1f} | {row.median('distinct') / 1e6:.1f} | {sent / floor_mb:.2f} "
            f"| {row.median('requests'):.0f} | {len(row.good)}/{len(row.visits)} | {'; '.join(errors) or '—'} |"
        )
    lines += ["", parts_table(rows)]
    failures = [(row.notebook, v.failure) for row in rows for v in row.visits if v.failure]
    blocked = sorted({url for row in rows for v in row.visits for url in v.blocked})
    if failures:
        lines += ["", "Failed runs: " + "; ".join(f"{name}: {failure}" for name, failure in failures)]
    if blocked:
        lines += ["", f"Refused requests to other hosts: {', '.join(blocked[:5])}"]
    return "\n".join(lines)


def parts_table(rows: list[Row]) -> str:
    """Where the bytes of a visit go: the floor's and the heaviest notebook's (each its median run by bytes)."""
    shown = [rows[0]]
    course = [row for row in rows[1:] if row.good]
    if course:
        shown.append(max(course, key=lambda row: row.median("sent")))
    runs = []
    for row in shown:
        good = sorted(row.good, key=lambda v: v.sent)
        if good:
            runs.append((row.notebook, good[(len(good) - 1) // 2]))
    names = [name for _, _, name in PARTS] + [part_of("/")]
    head = "| part of the site | " + " | ".join(f"{name} MB" for name, _ in runs) + " |"
    lines = ["Where the bytes go:", "", head, "|---|" + "---|" * len(runs)]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(f"{run.parts.get(name, 0) / 1e6:.2f}" for _, run in runs) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="paths under notebooks/, e.g. 05_compensation.ipynb, zh/…")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help=f"1 run of {', '.join(QUICK)}")
    parser.add_argument("--no-build", action="store_true", help="reuse build/bench-site if it is there")
    args = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        print("needs Debian's chromium (sudo apt-get install chromium) / 需要 chromium")
        return 1
    notebooks = args.notebooks or (QUICK if args.quick else None)
    rows = measure(notebooks, 1 if args.quick else args.repeats, rebuild=not args.no_build)
    print(table(rows))
    return 0 if all(not v.failure for row in rows for v in row.visits) else 1


if __name__ == "__main__":
    raise SystemExit(main())
