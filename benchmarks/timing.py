"""Small timing helpers shared by the benchmark scripts: best-of-N wall clock."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    """The fastest of ``runs`` calls, in seconds (the least disturbed by a noisy machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_process(argv: Sequence[str], runs: int = 7) -> float:
    """Median wall time of running a command to completion, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, target: float, baseline_name: str, baseline: float) -> None:
    verdict = "ok" if seconds <= target else "OVER TARGET"
    print(
        f"{name}: {seconds * 1000:.1f} ms (target {target * 1000:.0f} ms, {verdict}); "
        f"{baseline_name}: {baseline * 1000:.1f} ms; ratio {seconds / baseline:.2f}x"
    )
