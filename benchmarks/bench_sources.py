#!/usr/bin/env python3
"""How long the source checker takes on a page of 20,000 characters (the course's page, repeated).

    python benchmarks/bench_sources.py [--chars N] [--repeat N]

Prints the median and the slowest of the runs, and the figures for the course's page itself and for
200,000 characters (the longest text accepted). Target: well under a second for 20,000 characters.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

from pilaw.teaching import sources as src

TARGET_SECONDS = 1.0


def page_of(chars: int) -> str:
    page = src.page_text()
    return (page * (chars // len(page) + 1))[:chars]


def timings(text: str, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        src.check(text, on=date(2025, 7, 6))
        out.append(time.perf_counter() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    src.check(src.page_text(), on=date(2025, 7, 6))  # first call: data, converter and caches
    print(f"first check (loads the data and the converter): {time.perf_counter() - started:.3f} s")
    for label, text, repeat in (
        ("the course's page", src.page_text(), args.repeat),
        (f"{args.chars:,} characters", page_of(args.chars), args.repeat),
        (f"{src.MAX_CHARS:,} characters", page_of(src.MAX_CHARS), 1),
    ):
        runs = timings(text, repeat)
        print(f"{label:>24}: median {statistics.median(runs):.3f} s, slowest {max(runs):.3f} s ({repeat} runs)")
    verdict = statistics.median(timings(page_of(args.chars), args.repeat))
    print(
        f"target for {args.chars:,} characters: < {TARGET_SECONDS} s — {'met' if verdict < TARGET_SECONDS else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
