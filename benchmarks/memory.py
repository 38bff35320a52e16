#!/usr/bin/env python3
"""Kernel memory: each notebook run in a fresh ipykernel (nbclient, working directory the notebook's folder, as
bench.py runs them), the kernel's memory once every cell ran, beside a bare kernel's.

    python benchmarks/memory.py                   # every notebook, English and Chinese; 3 runs each
    python benchmarks/memory.py --repeats 1 05_compensation.ipynb zh/05_compensation.ipynb

The memory is the kernel process's, read from outside by psutil (`memory_full_info()`): USS, the pages only that
process holds (what the machine gets back when the kernel ends; the figure compared), PSS (shared pages split
among the processes sharing them) and RSS (every page it maps, shared libraries whole). The baselines: a bare
kernel that ran one `pass` cell; one that imported ipywidgets and pilaw; one that ran the course's setup cell
(the first code cell every notebook shares). Rounds are interleaved so that drift hits every notebook alike.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
BARE = "bare kernel (one `pass` cell)"
IMPORTS = "`import ipywidgets, pilaw`"
SETUP = "the course's setup cell alone"
SETTLE_SECONDS = 0.5  # after the last cell, before reading: the kernel has answered every message


@dataclass
class Row:
    name: str
    cells: int
    uss: list[float] = field(default_factory=list)  # MB (2²⁰ bytes), one per run
    pss: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)

    def median(self, name: str) -> float:
        return statistics.median(getattr(self, name))


def kernel_memory(path: Path, cwd: Path) -> tuple[float, float, float]:
    """Run the notebook in a fresh kernel working in cwd; the kernel's USS, PSS and RSS in MB once every cell
    ran."""
    import nbformat
    import psutil
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(cwd)}})
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        time.sleep(SETTLE_SECONDS)
        assert client.km is not None
        info = psutil.Process(client.km.provisioner.pid).memory_full_info()
    return info.uss / 2**20, info.pss / 2**20, info.rss / 2**20


def one_cell(folder: Path, name: str, source: str) -> Path:
    import nbformat

    path = folder / name
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)]), path)
    return path


def setup_cell() -> str:
    import nbformat

    nb = nbformat.read(NOTEBOOKS / "00_start_here.ipynb", as_version=4)
    return next(cell.source for cell in nb.cells if cell.cell_type == "code")


def default_notebooks() -> list[str]:
    return [p.name for p in sorted(NOTEBOOKS.glob("*.ipynb"))] + [
        f"zh/{p.name}" for p in sorted((NOTEBOOKS / "zh").glob("*.ipynb"))
    ]


def measure(notebooks: list[str] | None = None, repeats: int = 3) -> list[Row]:
    """The three baselines, then each notebook; the bare kernel is the first row."""
    import nbformat

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = {
            BARE: one_cell(folder, "bare.ipynb", "pass"),
            IMPORTS: one_cell(folder, "imports.ipynb", "import ipywidgets\nimport pilaw"),
            SETUP: one_cell(folder, "setup.ipynb", setup_cell()),
        }
        for name in notebooks or default_notebooks():
            paths[name] = NOTEBOOKS / name
        rows = {
            name: Row(name, sum(c.cell_type == "code" for c in nbformat.read(path, as_version=4).cells))
            for name, path in paths.items()
        }
        for round_ in range(repeats):
            for name, path in paths.items():
                # the baselines work in notebooks/ too, as the notebooks' own folder
                uss, pss, rss = kernel_memory(path, path.parent if name.endswith(".ipynb") else NOTEBOOKS)
                row = rows[name]
                row.uss.append(uss)
                row.pss.append(pss)
                row.rss.append(rss)
                print(f"  memory {round_ + 1}/{repeats} {name}: USS {uss:.1f} MB, RSS {rss:.1f} MB", flush=True)
        return list(rows.values())


def table(rows: list[Row]) -> str:
    bare = rows[0]
    base = bare.median("uss")
    runs = len(bare.uss)
    lines = [
        f"Each notebook in a fresh ipykernel (nbclient), read once every cell ran; median of {runs} run"
        f"{'s' if runs != 1 else ''}, MB = 2²⁰ bytes. USS: the pages the kernel alone holds (what ending it "
        "frees); PSS: shared pages split among their sharers; RSS: every page mapped. ÷ and + compare USS with "
        f"the bare kernel's ({base:.1f} MB).",
        "",
        "| notebook | code cells | USS MB | ÷ bare | + over bare | PSS MB | RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        uss = row.median("uss")
        name = row.name if row.name.endswith(".ipynb") else f"*{row.name}*"
        lines.append(
            f"| {name} | {row.cells} | {uss:.1f} | {uss / base:.2f} | {uss - base:+.1f} "
            f"| {row.median('pss'):.1f} | {row.median('rss'):.1f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="paths under notebooks/, e.g. 05_compensation.ipynb, zh/…")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(table(measure(args.notebooks or None, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
