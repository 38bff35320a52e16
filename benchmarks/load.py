#!/usr/bin/env python3
"""A whole class at once, on loopback: app mode (Voila) for one lesson, as ``make present LESSON=… CLASS=…`` serves
it, opened by many visitors together, each using the calculator; beside one visitor alone.

    python benchmarks/load.py                 # 30 visitors, lesson 10; then one alone; then 30 without the pool
    python benchmarks/load.py --visitors 10 --no-cold

For each run: every visitor's time from opening the page to the calculator answering what it typed (p50, p95,
slowest), how many answered and how many failed, and the memory the server and its kernels hold (unique set
size, summed) once the kernels are ready and again after the visitors. The visitors are pages of one Debian
chromium, each in its own browser context (its own cookies and storage, as separate students are).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("course_tool", ROOT / "tools" / "course.py")
assert SPEC and SPEC.loader
course = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(course)

#: the lesson a class opens, what a student types into its first calculator (the PIPL art. 66 turnover box) and
#: what the answer then shows (5 % of it)
LESSON = "10_administrative_fines"
TYPED, ANSWER = "3,000,000,000", "150,000,000"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


@dataclass
class Run:
    title: str
    visitors: int
    pool: int
    times: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    ready_seconds: float = 0.0
    memory_ready_mb: float = 0.0
    memory_after_mb: float = 0.0
    kernels_after: int = 0
    server_cpu_s: float = 0.0  # CPU time the server and its kernels spent while the visitors came
    browsers_cpu_s: float = 0.0  # CPU time the visitors' browsers spent (on students' own devices, in a class)

    def row(self) -> str:
        if not self.times:
            return f"| {self.title} | {self.visitors} | 0 | {len(self.failures)} | — | — | — | — | — | — | — |"
        times = sorted(self.times)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        return (
            f"| {self.title} | {self.visitors} | {len(self.times)} | {len(self.failures)} | "
            f"{statistics.median(times):.1f} s | {p95:.1f} s | {times[-1]:.1f} s | "
            f"{self.memory_ready_mb:,.0f} MB | {self.memory_after_mb:,.0f} MB ({self.kernels_after} kernels) | "
            f"{self.server_cpu_s:.1f} s | {self.browsers_cpu_s:.0f} s |"
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree(process: psutil.Process) -> list[psutil.Process]:
    """The process and every process under it."""
    return [process, *process.children(recursive=True)]


def held_mb(server: psutil.Process) -> tuple[float, int]:
    """The unique memory of the server and every process under it (its kernels), and how many kernels."""
    total, kernels = 0, 0
    for process in tree(server):
        try:
            total += process.memory_full_info().uss
            kernels += "ipykernel" in " ".join(process.cmdline())
        except psutil.Error:
            continue
    return total / 2**20, kernels


def cpu_seconds(processes: list[psutil.Process]) -> dict[int, float]:
    """Each process's CPU time so far (user + system, its own), by pid."""
    seconds = {}
    for process in processes:
        try:
            times = process.cpu_times()
            seconds[process.pid] = times.user + times.system
        except psutil.Error:
            continue
    return seconds


def wait_until_quiet(server: psutil.Process, kernels: int, seconds: float = 600) -> float:
    """Wait until the pool's kernels exist and have finished running the lesson (the server tree is idle)."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        _mb, running = held_mb(server)
        if running >= kernels:
            processes = tree(server)
            busy = sum(p.cpu_percent(interval=None) for p in processes if p.is_running())
            time.sleep(2)
            busy = sum(p.cpu_percent(interval=None) for p in processes if p.is_running())
            if busy < 5:
                return time.monotonic() - started
        else:
            time.sleep(0.5)
    raise TimeoutError(f"the kernels were not ready within {seconds:.0f} s")


async def visit(browser, url: str, run: Run) -> None:
    context = await browser.new_context()
    page = await context.new_page()
    started = time.monotonic()
    try:
        await page.goto(url, timeout=300_000)
        box = page.locator(".widget-text input").first
        await box.wait_for(timeout=300_000)
        await box.fill(TYPED)
        await box.press("Enter")
        await page.wait_for_function(
            "text => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes(text))",
            arg=ANSWER,
            timeout=300_000,
        )
        run.times.append(time.monotonic() - started)
    except Exception as error:  # a failed visitor is a figure of the benchmark, not its end
        run.failures.append(f"{type(error).__name__}: {str(error).splitlines()[0][:120]}")
    finally:
        await context.close()


async def visitors(url: str, run: Run, server: psutil.Process) -> None:
    from playwright.async_api import async_playwright

    before = cpu_seconds(tree(server))
    ours = {process.pid for process in tree(psutil.Process())}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        await asyncio.gather(*(visit(browser, url, run) for _ in range(run.visitors)))
        after = cpu_seconds(tree(server))
        run.server_cpu_s = sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())
        browsers = [process for process in tree(psutil.Process()) if process.pid not in ours]
        run.browsers_cpu_s = sum(cpu_seconds(browsers).values())
        await browser.close()


def measure(title: str, visitors_count: int, pool: int) -> Run:
    run = Run(title, visitors_count, pool)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            JUPYTER_CONFIG_DIR=f"{tmp}/cfg",
            JUPYTER_DATA_DIR=f"{tmp}/data",
            JUPYTER_RUNTIME_DIR=f"{tmp}/rt",
            IPYTHONDIR=f"{tmp}/ipython",
        )
        args = course.present_args(LESSON, pool, port=port) if pool else course.present_args(LESSON, port=port)
        process = subprocess.Popen(
            [*args, "--no-browser"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        server = psutil.Process(process.pid)
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    urllib.request.urlopen(url + "voila/static/voila.js", timeout=2).close()  # not a notebook page
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            run.ready_seconds = wait_until_quiet(server, pool)
            run.memory_ready_mb, _ = held_mb(server)
            asyncio.run(visitors(url, run, server))
            run.memory_after_mb, run.kernels_after = held_mb(server)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=30)
    parser.add_argument("--no-cold", action="store_true", help="skip the class without a pool")
    args = parser.parse_args()
    if not shutil.which("chromium"):
        print("needs Debian's chromium (sudo apt-get install chromium) / 需要 chromium")
        return 1
    runs = [
        measure(f"a class, {args.visitors} kernels ready", args.visitors, args.visitors),
        measure("one visitor alone, one kernel ready", 1, 1),
    ]
    if not args.no_cold:
        runs.append(measure(f"a class, no kernel ready ({args.visitors} start on arrival)", args.visitors, 0))
    print(table(runs))
    for run in runs:
        for failure in sorted(set(run.failures)):
            print(f"  {run.title}: {run.failures.count(failure)} × {failure}")
    return 0 if all(not run.failures for run in runs[:2]) else 1


def table(runs: list[Run]) -> str:
    head = (
        f"Lesson {LESSON} in app mode, each visitor typing {TYPED} into its first calculator and waiting for "
        f"{ANSWER}: time from opening the page.\n\n"
        "| run | visitors | answered | failed | p50 | p95 | slowest | memory, kernels ready | memory after "
        "| server CPU | browsers' CPU |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|"
    )
    return "\n".join([head, *(run.row() for run in runs)])


if __name__ == "__main__":
    raise SystemExit(main())
