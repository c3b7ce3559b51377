"""Log figures: ``cmplanner log analyze`` end to end on real-shaped smsts.logs of 20 MB and
200 MB (whole processes), parse throughput against a bare regular-expression pass, and a
1 MB smsts.log analysed with a plan.

Targets: at least 35 MB/s end to end on 20 MB; the 200 MB run at most 11x the 20 MB run (the
analysis grows linearly); peak memory of the 200 MB run under 150 MB; parse throughput at
least 40% of one bare ``re.finditer`` pass over the same bytes; the 1 MB analysis with a plan
under 1 s. The logs are generated into a temporary folder (``smsts_factory.py``: nested groups,
skipped steps, steps failing with continue on error, group failures, variables, engine chatter)
and deleted afterwards. Every measurement runs in its own process. The machine may be busy:
CPU time of the process is the figure, wall time is printed beside it.

    python benchmarks/bench_logs.py [--small 20] [--large 200] [--repeat 3] [--parse-mb 200]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import start_env  # noqa: E402

# every child runs with compiled bytecode, as an installed app does (see ``start_env``)
CHILD_ENV = dict(start_env(tempfile.mkdtemp(prefix="bench-logs-pyc-")), PYTHONPATH=str(REPO))
# runs ``cmplanner log analyze LOG`` as the command line does, then reports its own figures
ANALYZE = """
import json, resource, runpy, sys, time
start, cpu = time.perf_counter(), time.process_time()
sys.argv = ["cmplanner", "log", "analyze", sys.argv[1]]
code = 0
try:
    runpy.run_module("cmplanner", run_name="__main__")
except SystemExit as exc:
    code = exc.code
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"code": code, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mb": usage.ru_maxrss / 1024}), file=sys.stderr)
"""
PATTERN = re.compile(
    rb'<!\[LOG\[(.*?)\]LOG\]!><time="([^"]*)"\s*date="([^"]*)"\s*component="([^"]*)"\s*'
    rb'context="([^"]*)"\s*type="([^"]*)"\s*thread="([^"]*)"\s*file="([^"]*)"\s*>',
    re.S,
)

MESSAGES = [
    "Set a global environment variable _SMSTSNextInstructionPointer={n}",
    "Executing command line: smsswd.exe /pkg:CM100{k:03d} /install /basevar: /continueOnError:",
    "Process completed with exit code {k}",
    "Expand a string: %_SMSTSMDataPath%\\Logs\\{n}",
    "Successfully completed the action (Install Software {k}) with the exit win32 code 0",
    "Evaluating a variable condition expression\r\nOSDStateStorePath equals C:\\Users\\{n}",
    "Content location request for CM100{k:03d}:4 succeeded: http://dp{k}.corp.example/SMS_DP_",
    "The action (Apply Driver Package {k}) has been skipped because the condition is false",
]
COMPONENTS = ["TSManager", "InstallSoftware", "ApplyOperatingSystem", "OSDSetupHook"]


def generate_cmtrace(path: Path, megabytes: int) -> int:
    """Write a CMTrace log of about ``megabytes`` MB; returns the number of entries."""
    target = megabytes * 1024 * 1024
    start = datetime(2010, 3, 14, 9, 0, 0)
    written = count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeff")
        batch: list[str] = []
        while written < target:
            t = start + timedelta(milliseconds=count * 7)
            msg = MESSAGES[count % len(MESSAGES)].format(n=count, k=count % 997)
            line = (
                f'<![LOG[{msg}]LOG]!><time="{t:%H:%M:%S}.{t.microsecond // 1000:03d}+480" '
                f'date="{t.month:02d}-{t.day:02d}-{t.year}" '
                f'component="{COMPONENTS[count % 4]}" context="" type="{count % 4}" '
                f'thread="{1900 + count % 64}" file="engine.cxx:{count % 3000}">\r\n'
            )
            batch.append(line)
            written += len(line)
            count += 1
            if len(batch) == 10000:
                handle.write("".join(batch))
                batch.clear()
        handle.write("".join(batch))
    return count


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- child processes -----------------------------------------------------------------------


# The floor of ``log analyze`` with the chosen dependencies and house rules, as a whole
# process: start Python, load and validate with pydantic the data the analysis reads (the
# known errors, the code table, the log kinds, the secret rules), decode the file and run
# one bare regular-expression pass over its entries. Whatever the analysis adds is above it.
FLOOR = """
import re, resource, sys
sys.path.insert(0, {root!r})
from cmplanner.logs.codes import explain_code
from cmplanner.logs.kinds import log_kinds
from cmplanner.logs.knowledge import load_knowledge_base
from cmplanner.tasksequence.secrets import load_secret_rules
load_knowledge_base(), explain_code(0x80004005), log_kinds(), load_secret_rules()
pattern = re.compile({pattern!r}, re.S)
text = open(sys.argv[1], "rb").read().decode("utf-8")
sum(1 for _ in pattern.finditer(text))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_utime + usage.ru_stime)
"""


def run_code(code: str, path: Path) -> subprocess.CompletedProcess[str]:
    """``python -c CODE PATH`` in a child of its own, from the checkout."""
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=CHILD_ENV,
        cwd=REPO,
    )


def run_floor(path: Path) -> float:
    """CPU seconds of the floor process (see ``FLOOR``)."""
    done = run_code(FLOOR.format(root=str(REPO), pattern=PATTERN.pattern.decode()), path)
    done.check_returncode()
    return float(done.stdout.strip().splitlines()[-1])


def child_baseline(path: Path) -> dict[str, float]:
    data = path.read_bytes()
    start, cpu = time.perf_counter(), time.process_time()
    n = sum(1 for _ in PATTERN.finditer(data))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "entries": n, "rss_mb": peak_rss_mb()}


def child_parse(path: Path) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    from cmplanner.logs import parse_log

    before = peak_rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    stream = parse_log(path)
    n = sum(1 for _ in stream)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "seconds": seconds,
        "cpu": cpu,
        "entries": n,
        "issues": len(stream.issues),
        "rss_mb": peak_rss_mb(),
        "rss_before_mb": before,
    }


def child_split(path: Path) -> dict[str, float]:
    """Where the time of an analysis goes: imports, parsing, the per-entry analysis, and
    masking every message as the log view would if it painted them all (it masks only the
    rows it paints)."""
    sys.path.insert(0, str(REPO))
    cpu = time.process_time()
    from cmplanner.logs.analysis import start_analysis
    from cmplanner.tasksequence.secrets import mask_secrets_in_text

    imports = time.process_time() - cpu
    cpu = time.process_time()
    logs, analyzer = start_analysis([path])
    entries = list(logs)
    parse = time.process_time() - cpu
    cpu = time.process_time()
    for entry in entries:
        analyzer.feed(entry)
    analyzer.result([str(path)], logs.issues, logs.formats)
    analysis = time.process_time() - cpu
    cpu = time.process_time()
    for entry in entries:
        mask_secrets_in_text(entry.message)
    masking = time.process_time() - cpu
    return {
        "imports": imports,
        "parse": parse,
        "analysis": analysis,
        "masking": masking,
        "entries": len(entries),
    }


def run_child(mode: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, f"--{mode}", str(path)],
        check=True,
        capture_output=True,
        text=True,
        env=CHILD_ENV,
    ).stdout
    return json.loads(out)


# -- the end-to-end CLI figure -------------------------------------------------------------


def write_plan_and_smsts(folder: Path) -> tuple[Path, Path]:
    sys.path.insert(0, str(REPO))
    from cmplanner.demo import demo_plan
    from cmplanner.model.planfile import save_plan
    from cmplanner.model.tasksequence import Group, Step, TaskSequence

    steps: list[Step | Group] = []
    for g in range(20):
        steps.append(
            Group(
                name=f"Phase {g}",
                children=[
                    Step(
                        name=f"Install Software {g}-{s}",
                        type="SMS_TaskSequence_InstallSoftwareAction",
                    )
                    for s in range(8)
                ],
            )
        )
    plan = demo_plan()
    plan.task_sequences = [TaskSequence(name="Deploy", steps=steps)]
    plan_path = folder / "bench.cmplan"
    save_plan(plan, plan_path)

    from cmplanner.tasksequence.numbering import instructions

    table = instructions(plan.task_sequences[0], include_group_ends=True)
    lines: list[str] = []
    t = datetime(2010, 3, 14, 9, 0, 0)

    def log(msg: str, type_: int = 1) -> None:
        nonlocal t
        t += timedelta(milliseconds=31)
        lines.append(
            f'<![LOG[{msg}]LOG]!><time="{t:%H:%M:%S}.{t.microsecond // 1000:03d}-60" '
            f'date="03-14-2010" component="TSManager" context="" type="{type_}" '
            f'thread="1932" file="engine.cxx:1">\r\n'
        )

    log("Set a global environment variable _SMSTSLogPath=C:\\WINDOWS\\system32\\CCM\\Logs")
    size = 0
    fail_at = table[-3]
    for item in table:
        log(
            f"Start executing an instruction. Instruction name: {item.name}. "
            f"Instruction pointer: {item.number}"
        )
        log(f"Set a global environment variable _SMSTSCurrentActionName={item.name}", 0)
        if item.kind == "group":
            log(f"The group ({item.name}) has been successfully started")
            continue
        if item.kind == "group-end":
            log(f"The group ({item.name}) has been successfully completed")
            continue
        for i in range(12):
            log(f"Set a local default variable OSDVariable{i}", 0)
            log(f"Expand a string: %_SMSTSMDataPath%\\Packages\\CM100{i:03d}", 0)
        if item is fail_at:
            log("Process completed with exit code 1603")
            log(
                f"Failed to run the action: {item.name}.\r\nFatal error during installation. "
                "(Error: 00000643; Source: Windows)",
                3,
            )
            log("Task Sequence Engine failed! Code: enExecutionFail", 3)
            break
        log("Process completed with exit code 0")
        log(f"Successfully completed the action ({item.name}) with the exit win32 code 0")
    text = "".join(lines)
    # pad with verbose engine chatter before the start to reach 1 MB
    size = len(text.encode())
    pad = []
    while size < 1024 * 1024:
        line = (
            "<![LOG[Executing in non SMS standalone mode. Ignoring send a task execution "
            'status message request]LOG]!><time="08:59:00.000-60" date="03-14-2010" '
            'component="TSManager" context="" type="1" thread="1932" file="utils.cpp:1">\r\n'
        )
        pad.append(line)
        size += len(line)
    log_path = folder / "smsts.log"
    log_path.write_text("".join(pad) + text, encoding="utf-8", newline="")
    return plan_path, log_path


def time_command(
    args: list[str], repeat: int = 5
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Best wall-clock time of ``repeat`` runs, with the CPU time (user + system) of that run:
    on a busy machine the CPU time shows what the command itself costs."""
    best = best_cpu = float("inf")
    result = None
    env = CHILD_ENV
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "cmplanner", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if wall < best:
            best, best_cpu = wall, cpu
    assert result is not None
    return best, best_cpu, result


def run_analyze(path: Path) -> dict[str, float]:
    """One whole ``cmplanner log analyze`` process: wall time, CPU time, peak memory."""
    start = time.perf_counter()
    done = run_code(ANALYZE, path)
    wall = time.perf_counter() - start
    figures = json.loads(done.stderr.strip().splitlines()[-1])
    assert figures["code"] in (0, 1), done.stderr
    figures["wall"] = wall
    figures["report_lines"] = len(done.stdout.splitlines())
    return figures


def analyze_figures(folder: Path, small_mb: float, large_mb: float, repeat: int) -> None:
    """End to end on a 20 MB and a 200 MB real-shaped smsts.log, and their ratio."""
    from smsts_factory import write_smsts

    small, large = folder / "small_smsts.log", folder / "large_smsts.log"
    n_small = write_smsts(small, small_mb)
    n_large = write_smsts(large, large_mb)
    small_size = small.stat().st_size / (1024 * 1024)
    large_size = large.stat().st_size / (1024 * 1024)
    print(
        f"generated smsts.logs: {small_size:.0f} MB ({n_small} instructions) and "
        f"{large_size:.0f} MB ({n_large} instructions)"
    )
    run_analyze(small)  # warm-up: compiles the bytecode the timed runs read
    smalls = [run_analyze(small) for _ in range(repeat)]
    larges = [run_analyze(large) for _ in range(max(1, repeat - 1))]
    bases = [run_child("baseline", small) for _ in range(repeat)]
    floor = min(run_floor(small) for _ in range(repeat))
    splits = [run_child("split", small) for _ in range(repeat)]
    base = min(bases, key=lambda r: r["cpu"])
    split = {k: min(r[k] for r in splits) for k in ("imports", "parse", "analysis", "masking")}
    s = min(smalls, key=lambda r: r["cpu"])
    g = min(larges, key=lambda r: r["cpu"])
    rss = max(r["rss_mb"] for r in larges)
    speed = small_size / s["cpu"]
    ratio = g["cpu"] / s["cpu"]
    print(
        f"log analyze {small_size:.0f} MB: {s['cpu']:.2f} s CPU ({s['wall']:.2f} s wall) = "
        f"{speed:.1f} MB/s (target >= 35 MB/s) {'OK' if speed >= 35 else 'MISSED'}"
    )
    print(
        f"floor: Python, pydantic and the validated data the analysis reads, decoding and "
        f"one bare re.finditer pass, as one process: {floor:.2f} s CPU = "
        f"{small_size / floor:.1f} MB/s; log analyze takes {s['cpu'] / floor:.1f}x the floor, "
        f"{s['cpu'] - floor:.2f} s above it (the 35 MB/s target leaves "
        f"{small_size / 35 - floor:.2f} s above it)"
    )
    print(
        f"bare re.finditer pass over the same {small_size:.0f} MB (file in memory): "
        f"{base['cpu']:.3f} s CPU ({base['seconds']:.3f} s wall); log analyze takes "
        f"{s['cpu'] / base['cpu']:.1f}x its CPU time ({s['wall'] / base['seconds']:.1f}x wall)"
    )
    print(
        f"  of which (CPU, best of {repeat}): imports {split['imports']:.2f} s, parsing "
        f"{split['parse']:.2f} s ({split['parse'] / base['cpu']:.1f}x finditer), analysis "
        f"{split['analysis']:.2f} s ({split['analysis'] / base['cpu']:.1f}x finditer)"
    )
    print(
        f"masking secrets in all {int(splits[0]['entries'])} messages (the log view masks only "
        f"the rows it paints): {split['masking']:.2f} s CPU "
        f"({split['masking'] / base['cpu']:.1f}x finditer)"
    )
    print(
        f"log analyze {large_size:.0f} MB: {g['cpu']:.2f} s CPU ({g['wall']:.2f} s wall) = "
        f"{large_size / g['cpu']:.1f} MB/s"
    )
    print(
        f"ratio {large_size:.0f} MB / {small_size:.0f} MB run: {ratio:.1f}x CPU "
        f"({g['wall'] / s['wall']:.1f}x wall; size ratio {large_size / small_size:.1f}x; "
        f"target <= 11x) {'OK' if ratio <= 11 else 'MISSED'}"
    )
    print(
        f"peak memory of the {large_size:.0f} MB run: {rss:.0f} MB (target < 150 MB) "
        f"{'OK' if rss < 150 else 'MISSED'}"
    )
    small.unlink()
    large.unlink()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=float, default=20, help="MB of the small smsts.log")
    parser.add_argument("--large", type=float, default=200, help="MB of the large smsts.log")
    parser.add_argument("--parse-mb", type=int, default=200, help="0: skip the parse figure")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--parse", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--split", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.split:
        print(json.dumps(child_split(args.split)))
        return 0
    if args.baseline:
        print(json.dumps(child_baseline(args.baseline)))
        return 0
    if args.parse:
        print(json.dumps(child_parse(args.parse)))
        return 0

    with tempfile.TemporaryDirectory(prefix="bench-logs-") as tmp:
        folder = Path(tmp)
        if args.small > 0 and args.large > 0:
            analyze_figures(folder, args.small, args.large, args.repeat)
        if args.parse_mb > 0:
            parse_figures(folder, args.parse_mb, args.repeat)
        cli_figure(folder)
    return 0


def parse_figures(folder: Path, megabytes: int, repeat: int) -> None:
    """Throughput against the bare finditer pass, and peak memory, on a generated log."""
    big = folder / "big.log"
    entries = generate_cmtrace(big, megabytes)
    size_mb = big.stat().st_size / (1024 * 1024)
    print(f"generated {size_mb:.0f} MB CMTrace log, {entries} entries")
    # the machine may be busy: interleave the runs and keep the best of each
    bases, parses = [], []
    for _ in range(repeat):
        bases.append(run_child("baseline", big))
        parses.append(run_child("parse", big))
    base = min(bases, key=lambda r: r["cpu"])
    parsed = min(parses, key=lambda r: r["cpu"])
    parsed["rss_mb"] = max(r["rss_mb"] for r in parses)
    assert parsed["entries"] == base["entries"] == entries, (parsed, base)
    # CPU time of the process: steadier than wall-clock time when the machine is busy
    ratio = base["cpu"] / parsed["cpu"]
    print(
        f"bare re.finditer pass (file already in memory): {base['cpu']:.2f} s CPU "
        f"({base['seconds']:.2f} s wall) = {size_mb / base['cpu']:.0f} MB/s"
    )
    print(
        f"parse_log (reading, decoding, entries): {parsed['cpu']:.2f} s CPU "
        f"({parsed['seconds']:.2f} s wall) = {size_mb / parsed['cpu']:.0f} MB/s, "
        f"{int(parsed['issues'])} issues"
    )
    print(
        f"throughput ratio parse/finditer: {ratio:.2f} (target >= 0.40) "
        f"{'OK' if ratio >= 0.40 else 'MISSED'}"
    )
    print(
        f"peak RSS while parsing: {parsed['rss_mb']:.0f} MB (interpreter and imports "
        f"{parsed['rss_before_mb']:.0f} MB; target < 150 MB) "
        f"{'OK' if parsed['rss_mb'] < 150 else 'MISSED'}"
    )
    big.unlink()


def cli_figure(folder: Path) -> None:
    """``cmplanner log analyze`` end to end on a 1 MB smsts.log with a plan."""
    plan_path, log_path = write_plan_and_smsts(folder)
    startup, startup_cpu, _ = time_command(["--version"])
    seconds, cpu, result = time_command(
        ["log", "analyze", str(log_path), "--plan", str(plan_path), "--format", "json"]
    )
    data = json.loads(result.stdout)
    assert result.returncode == 1 and data["correlation"]["match"] == "number and name"
    kb = log_path.stat().st_size / 1024
    print(
        f"CLI log analyze of a {kb:.0f} KB smsts.log ({data['entries']} entries) with a "
        f"plan: {seconds:.2f} s wall, {cpu:.2f} s CPU (target < 1 s) "
        f"{'OK' if seconds < 1 else 'MISSED'}; ratio to 'cmplanner --version' "
        f"({startup:.2f} s wall, {startup_cpu:.2f} s CPU): {seconds / startup:.1f}x"
    )


if __name__ == "__main__":
    sys.exit(main())
