#!/usr/bin/env python3
"""Measure the course against its floors, in one run so that machine noise cancels.

    make bench            # all four figures; writes benchmarks/results.md
    python benchmarks/bench.py --quick   # fewer repetitions, no test-command timing

1. each notebook's execution time (nbclient, fresh kernel) ÷ an empty notebook's, median of 5 (target ≤ 1.3);
2. `python -c "import pilaw"` − `python -c pass` (target ≤ 60 ms);
3. one calculator recompute (set an input, result rendered): median and p95 over 1,000 updates (target ≤ 1 ms);
4. the test command's wall time after install, by stage.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
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


def notebook_ratios(repeats: int) -> list[tuple[str, float, float]]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        empty = empty_notebook(Path(tmp))
        files = sorted(NOTEBOOKS.glob("*.ipynb"))
        times: dict[str, list[float]] = {p.name: [] for p in files}
        floor: list[float] = []
        for _ in range(repeats):  # interleaved, so that drift hits every notebook alike
            floor.append(run_notebook(empty))
            for path in files:
                times[path.name].append(run_notebook(path))
        base = statistics.median(floor)
        rows = [("(empty notebook)", base, 1.0)]
        rows += [(name, statistics.median(ts), statistics.median(ts) / base) for name, ts in times.items()]
        return rows


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


def test_command_stages() -> list[tuple[str, float]]:
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "course.py"), "test"], cwd=ROOT,
                         capture_output=True, text=True).stdout
    summary = out.split("=== summary ===")[-1]
    return [(m.group(3), float(m.group(2))) for m in re.finditer(r"^(ok  |FAIL)\s+([\d.]+) s\s+(.+)$", summary, re.M)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="2 repetitions, skip the test command")
    args = parser.parse_args()
    repeats = 2 if args.quick else 5
    lines = [f"# Benchmark results ({date.today().isoformat()})", "",
             f"Python {sys.version.split()[0]} on {sys.platform}; medians of {repeats} runs unless stated.", ""]

    rows = notebook_ratios(repeats)
    lines += ["## 1. Notebook execution ÷ empty notebook (nbclient, fresh kernel)", "",
              f"| notebook | median s | ratio (target ≤ {TARGET_NOTEBOOK_RATIO}) |", "|---|---|---|"]
    lines += [f"| {n} | {t:.2f} | {r:.2f}{'' if r <= TARGET_NOTEBOOK_RATIO else ' ✗'} |" for n, t, r in rows]

    bare, with_pilaw, diff = import_cost(max(repeats * 4, 10))
    lines += ["", "## 2. Import cost", "", "| python -c pass | python -c 'import pilaw' | difference (target ≤ 60 ms) |",
              "|---|---|---|", f"| {bare:.1f} ms | {with_pilaw:.1f} ms | {diff:.1f} ms{'' if diff <= TARGET_IMPORT_MS else ' ✗'} |"]

    median, p95 = recompute_cost()
    lines += ["", "## 3. One calculator recompute (1,000 updates)", "", "| median | p95 | target (median) |",
              "|---|---|---|", f"| {median:.3f} ms | {p95:.3f} ms | ≤ {TARGET_RECOMPUTE_MS} ms{'' if median <= TARGET_RECOMPUTE_MS else ' ✗'} |"]

    if not args.quick:
        stages = test_command_stages()
        lines += ["", "## 4. The test command after install, by stage", "", "| stage | s |", "|---|---|"]
        lines += [f"| {title} | {seconds:.1f} |" for title, seconds in stages]
        lines += [f"| **total** | {sum(s for _, s in stages):.1f} |"]

    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
