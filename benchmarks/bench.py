#!/usr/bin/env python3
"""Measure the course against its floors, in one run so that machine noise cancels.

    make bench            # every figure; writes benchmarks/results.md
    python benchmarks/bench.py --quick   # fewer repetitions, three notebooks of the site, no test-command timing
    python benchmarks/bench.py --site-repeats 1   # the site's notebooks once each (its full run is ~15 min a round)

1. each notebook's execution time (nbclient, fresh kernel) ÷ an empty notebook's, median of 5 (target ≤ 1.3),
   beside the same ratio for the notebook's shape (its code cells emptied) and the notebook ÷ its shape;
2. `python -c "import pilaw"` − `python -c pass` (target ≤ 60 ms);
3. one calculator recompute (set an input, result rendered): median and p95 over 1,000 updates (target ≤ 1 ms);
4. the source checker on a page of 20,000 characters;
5. a whole class at once in app mode (benchmarks/load.py): 30 visitors opening one lesson and using its
   calculator together, beside one visitor alone and beside the class without ready kernels;
6. each notebook's kernel memory once every cell ran (benchmarks/memory.py), beside a bare kernel's;
7. the no-install site (benchmarks/site.py): each notebook's time from opening it with an empty cache to its
   calculator's answer, and the bytes downloaded, beside a one-cell notebook in the same site;
8. the test command's wall time after install, by stage.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
RESULTS = ROOT / "benchmarks" / "results.md"
TARGET_NOTEBOOK_RATIO = 1.3
TARGET_IMPORT_MS = 60.0
TARGET_RECOMPUTE_MS = 1.0


def run_notebook(path: Path) -> float:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return time.perf_counter() - started


def empty_notebook(folder: Path) -> Path:
    import nbformat

    path = folder / "empty.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")]), path)
    return path


def skeleton(path: Path, folder: Path) -> Path:
    """The notebook's shape without its content: as many code cells, the first importing the widget library (the
    least the shared setup cell does), the others ``pass``. It separates what the notebook format costs (a kernel
    round trip per cell, the widget library) from what the course's own code adds."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    for number, cell in enumerate(code):
        cell.source = "import ipywidgets" if number == 0 else "pass"
    out = folder / f"skeleton-{path.name}"
    nbformat.write(nb, out)
    return out


def widget_models(path: Path) -> int:
    """How many widget models (inputs, boxes, layouts, styles) the notebook sends to the browser (one untimed run)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell("from ipywidgets.widgets.widget import _instances\nprint(len(_instances))")
    )
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return int(nb.cells[-1].outputs[0]["text"])


@dataclass(frozen=True)
class NotebookRow:
    name: str
    code_cells: int
    widgets: int
    seconds: float
    ratio: float  # ÷ the empty notebook: the target
    spread: tuple[float, float]  # the middle half of the per-run ratios (each run ÷ the empty notebook of its round)
    floor: float  # the skeleton ÷ the empty notebook: what the notebook's shape costs before any content
    added: float  # ÷ the skeleton: what the course's code adds


def notebook_ratios(repeats: int) -> tuple[float, list[NotebookRow]]:
    import tempfile

    import nbformat

    with tempfile.TemporaryDirectory() as tmp:
        empty = empty_notebook(Path(tmp))
        files = sorted(NOTEBOOKS.glob("*.ipynb"))
        shapes = {p.name: skeleton(p, Path(tmp)) for p in files}
        times: dict[str, list[float]] = {p.name: [] for p in files}
        shape_times: dict[str, list[float]] = {p.name: [] for p in files}
        floor: list[float] = []
        for _ in range(repeats):  # interleaved, so that drift hits every notebook alike
            floor.append(run_notebook(empty))
            for path in files:
                shape_times[path.name].append(run_notebook(shapes[path.name]))
                times[path.name].append(run_notebook(path))
        base = statistics.median(floor)
        rows = []
        for path in files:
            seconds, shape = statistics.median(times[path.name]), statistics.median(shape_times[path.name])
            cells = sum(c.cell_type == "code" for c in nbformat.read(path, as_version=4).cells)
            per_run = [t / f for t, f in zip(times[path.name], floor, strict=False)]
            low, _, high = statistics.quantiles(per_run, n=4) if len(per_run) > 1 else (per_run * 3)
            rows.append(
                NotebookRow(
                    path.name,
                    cells,
                    widget_models(path),
                    seconds,
                    seconds / base,
                    (low, high),
                    shape / base,
                    seconds / shape,
                )
            )
        return base, rows


def process_time(code: str, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def import_cost(repeats: int) -> tuple[float, float, float]:
    bare = process_time("pass", repeats)
    with_pilaw = process_time("import pilaw", repeats)
    return bare * 1000, with_pilaw * 1000, (with_pilaw - bare) * 1000


def recompute_cost(updates: int = 1000) -> tuple[float, float]:
    from pilaw.widgets.start import amount_reader

    calc = amount_reader()
    box = calc.inputs["amount"]
    samples = []
    for i in range(updates):
        started = time.perf_counter()
        box.value = f"{1000 + i}.50"
        samples.append((time.perf_counter() - started) * 1000)
        assert calc.error is None
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def test_command_stages() -> list[tuple[str, bool, float]]:
    """Each stage of the test command: its title, whether it passed, its seconds."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "course.py"), "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    summary = out.split("=== summary ===")[-1]
    return [
        (m.group(3), m.group(1) == "ok  ", float(m.group(2)))
        for m in re.finditer(r"^(ok  |FAIL)\s+([\d.]+) s\s+(.+)$", summary, re.M)
    ]


def site_benchmark():
    """benchmarks/site.py as a module (by its path: the name `site` is the standard library's)."""
    spec = importlib.util.spec_from_file_location("site_bench", ROOT / "benchmarks" / "site.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="2 repetitions, skip the test command")
    parser.add_argument("--site-repeats", type=int, default=3, help="rounds of the site benchmark (default 3)")
    args = parser.parse_args()
    repeats = 2 if args.quick else 5
    lines = [
        f"# Benchmark results ({date.today().isoformat()})",
        "",
        f"Python {sys.version.split()[0]} on {sys.platform}; medians of {repeats} runs unless stated.",
        "",
    ]

    base, rows = notebook_ratios(repeats)
    lines += [
        "## 1. Notebook execution ÷ empty notebook (nbclient, fresh kernel)",
        "",
        f"Empty notebook: {base:.2f} s. *Shape* is the same notebook with its content removed — as many code "
        "cells, the first importing the widget library, the rest `pass`: what a kernel round trip per cell and "
        "the widget library cost before any content. *Course* is the notebook ÷ its shape: what the course's "
        "own code adds.",
        "",
        f"| notebook | code cells | widget models | median s | ÷ empty (target ≤ {TARGET_NOTEBOOK_RATIO}) "
        "| per-run spread (middle half) | shape ÷ empty | course: ÷ shape |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.name} | {r.code_cells} | {r.widgets} | {r.seconds:.2f} | {r.ratio:.2f}"
        f"{'' if r.ratio <= TARGET_NOTEBOOK_RATIO else ' ✗'} | {r.spread[0]:.2f}–{r.spread[1]:.2f} "
        f"| {r.floor:.2f} | {r.added:.2f} |"
        for r in rows
    ]

    bare, with_pilaw, diff = import_cost(max(repeats * 4, 10))
    lines += [
        "",
        "## 2. Import cost",
        "",
        "| python -c pass | python -c 'import pilaw' | difference (target ≤ 60 ms) |",
        "|---|---|---|",
        f"| {bare:.1f} ms | {with_pilaw:.1f} ms | {diff:.1f} ms{'' if diff <= TARGET_IMPORT_MS else ' ✗'} |",
    ]

    median, p95 = recompute_cost()
    lines += [
        "",
        "## 3. One calculator recompute (1,000 updates)",
        "",
        "| median | p95 | target (median) |",
        "|---|---|---|",
        f"| {median:.3f} ms | {p95:.3f} ms | ≤ {TARGET_RECOMPUTE_MS} ms{'' if median <= TARGET_RECOMPUTE_MS else ' ✗'} |",
    ]

    from bench_sources import TARGET_SECONDS, page_of, timings

    checker = sorted(timings(page_of(20_000), 3 if args.quick else 7))
    lines += [
        "",
        "## 4. The source checker on a page of 20,000 characters (the course's page, repeated)",
        "",
        "| median | slowest | target (median) |",
        "|---|---|---|",
        f"| {statistics.median(checker):.3f} s | {checker[-1]:.3f} s | well under {TARGET_SECONDS:.0f} s"
        f"{'' if statistics.median(checker) < TARGET_SECONDS else ' ✗'} |",
    ]

    import load

    visitors = 5 if args.quick else 30
    runs = [
        load.measure(f"a class, {visitors} kernels ready", visitors, visitors),
        load.measure("one visitor alone, one kernel ready", 1, 1),
    ]
    if not args.quick:
        runs.append(load.measure(f"a class, no kernel ready ({visitors} start on arrival)", visitors, 0))
    lines += ["", "## 5. A whole class at once (app mode, `make present LESSON=… CLASS=…`)", "", load.table(runs)]
    lines += [f"\n{run.title}: {len(run.failures)} failed: {sorted(set(run.failures))}" for run in runs if run.failures]

    import memory

    kernels = memory.measure(repeats=1 if args.quick else 3)
    lines += ["", "## 6. Kernel memory of each notebook beside a bare kernel's", "", memory.table(kernels)]

    site = site_benchmark()
    lines += ["", "## 7. The no-install site: what a student waits for, cold cache (JupyterLite + Pyodide)", ""]
    if Path(site.CHROMIUM).is_file():
        pages = site.measure(site.QUICK if args.quick else None, 1 if args.quick else args.site_repeats)
        lines.append(site.table(pages))
    else:
        lines.append("Not measured: Debian's chromium is missing (sudo apt-get install chromium).")

    if not args.quick:
        stages = test_command_stages()
        lines += ["", "## 8. The test command after install, by stage", "", "| stage | passed | s |", "|---|---|---|"]
        lines += [f"| {title} | {'yes' if passed else '**no**'} | {seconds:.1f} |" for title, passed, seconds in stages]
        lines += [
            f"| **total** | {'yes' if all(p for _, p, _ in stages) else '**no**'} | "
            f"{sum(s for _, _, s in stages):.1f} |"
        ]

    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
