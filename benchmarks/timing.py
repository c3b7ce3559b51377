"""Small timing helpers shared by the benchmark scripts: best-of-N wall clock."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def start_env(cache: str) -> dict[str, str]:
    """A child process as an installed app runs: with compiled bytecode (pip writes it at
    install time; a checkout run with PYTHONDONTWRITEBYTECODE would compile every module on
    every start), kept in ``cache``, a folder of the benchmark's own."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


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


# A task on the 100,000-boundary estate timed in a fresh process of its own, so that its
# peak memory is its own: the plan is made, then the task runs ``runs`` times.
_ESTATE_TASK = """
import json, os, resource, sys, time
sys.path[:0] = [{bench!r}, {root!r}]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from planfactory import estate_plan
plan = estate_plan()
{setup}
floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
walls, cpus = [], []
for _ in range({runs}):
    start, start_cpu = time.perf_counter(), time.process_time()
    {task}
    walls.append(time.perf_counter() - start)
    cpus.append(time.process_time() - start_cpu)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"walls": walls, "cpus": cpus, "floor_mb": floor, "peak_mb": peak}}))
sys.stdout.flush()
os._exit(0)
"""


def estate_task(task: str, setup: str = "", runs: int = 3) -> dict[str, float]:
    """Median wall and CPU seconds of ``task`` (one statement; ``plan`` is the estate) in a
    fresh process, with its peak memory and the memory of the plan alone, in MB."""
    bench = str(Path(__file__).resolve().parent)
    code = _ESTATE_TASK.format(
        bench=bench, root=str(Path(bench).parent), setup=setup, task=task, runs=runs
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ)
    )
    if done.returncode != 0:
        raise SystemExit(f"the task failed: {task}\n{done.stderr[-2000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "wall": statistics.median(data["walls"]),
        "cpu": statistics.median(data["cpus"]),
        "floor_mb": data["floor_mb"],
        "peak_mb": data["peak_mb"],
    }


def estate_report(
    name: str, got: dict[str, float], target_s: float, base: dict[str, float]
) -> None:
    """One line: the task's median CPU and wall time against the target and the baseline,
    its peak memory against the memory of the plan alone. The verdict is on CPU time: on a
    shared machine the wall time also measures everyone else (it is printed beside)."""
    verdict = "ok" if got["cpu"] <= target_s else "OVER TARGET"
    print(
        f"{name}: median {got['cpu']:.2f} s CPU, {got['wall']:.2f} s wall (target "
        f"{target_s:g} s, {verdict}); peak {got['peak_mb']:.0f} MB, of which the plan "
        f"{got['floor_mb']:.0f} MB; baseline model_dump of the plan {base['cpu']:.2f} s CPU, "
        f"ratio {got['cpu'] / base['cpu']:.1f}x"
    )
