"""Benchmark: import, lint and export a generated 5,000-step task sequence; and
``cmplanner ts lint`` of a flat export at the 64 MB input cap.

First figure: the time of ``parse_task_sequence`` + ``lint_task_sequence`` + ``export_xml``
and, as the baseline measured in the same run, a bare ``xml.etree.ElementTree``
parse-and-serialize of the same document, with their ratio. Targets: under 500 ms, and within
3x of the baseline.

Second figure: ``cmplanner ts lint`` on generated flat exports of 16 MB and 64 MB (steps at
the top level, no groups), each in a process of its own: wall time, CPU time and peak memory,
against ``ElementTree.parse`` of the same file in a process of its own as the baseline, and
the CPU per MB of both sizes (linear time keeps it flat). Targets at 64 MB: peak under 1 GB,
under 15 s on a quiet two-core machine (CPU time is the figure to trust on a busy one).

Run: python benchmarks/bench_tasksequence.py [--steps N] [--repeat R] [--flat-mb 16 64]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmplanner.rules.tasksequence_lint import lint_task_sequence
from cmplanner.tasksequence.xmlio import export_xml, gc_paused, parse_task_sequence

STEP_TYPES = [
    (
        "SMS_TaskSequence_RunCommandLineAction",
        "WinPEandFullOS",
        [
            ("CommandLine", "CommandLine", "cmd /c echo {i}"),
            ("PackageID", "PackageID", ""),
            ("SMSTSDisableWow64Redirection", "DisableWow64Redirection", "false"),
        ],
    ),
    (
        "SMS_TaskSequence_SetVariableAction",
        "WinPEandFullOS",
        [("VariableName", "VariableName", "Var{i}"), ("VariableValue", "VariableValue", "{i}")],
    ),
    (
        "SMS_TaskSequence_InstallSoftwareAction",
        "FullOS",
        [
            ("PackageID", "PackageID", "LAB{i:05X}"),
            ("ProgramName", "ProgramName", "Install"),
            ("BaseVariableName", "BaseVariableName", ""),
        ],
    ),
    (
        "SMS_TaskSequence_RebootAction",
        "WinPEandFullOS",
        [
            ("SMSRebootTarget", "Target", "HD"),
            ("SMSRebootMessage", "Message", "Restarting"),
            ("SMSRebootTimeout", "MessageTimeout", "60"),
        ],
    ),
]


def generate(steps: int) -> bytes:
    """A sequence of nested groups (three levels) holding ``steps`` steps, every third step
    with a condition (variable, or an or of variable and WMI), some disabled."""
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<sequence version="3.00" name="bench">\n']
    made = 0
    g = 0
    while made < steps:
        out.append(f'<group name="Phase {g}" description="" continueOnError="false">\n')
        for sub in range(5):
            out.append(
                f'<group name="Phase {g}.{sub}" description="">\n<condition>'
                '<expression type="SMS_TaskSequence_VariableConditionExpression">'
                f'<variable name="Variable">Phase</variable><variable name="Operator">'
                f'equals</variable><variable name="Value">{g}</variable></expression>'
                "</condition>\n"
            )
            for _ in range(20):
                if made >= steps:
                    break
                sms_type, run_in, variables = STEP_TYPES[made % len(STEP_TYPES)]
                disable = ' disable="true"' if made % 50 == 0 else ""
                condition = ""
                if made % 3 == 0:
                    condition = (
                        '<condition><operator type="or"><expression type="SMS_Task'
                        'Sequence_VariableConditionExpression"><variable name="Variable">'
                        f'Model</variable><variable name="Operator">equals</variable>'
                        f'<variable name="Value">M{made}</variable></expression>'
                        '<expression type="SMS_TaskSequence_WMIConditionExpression">'
                        '<variable name="Namespace">root\\cimv2</variable>'
                        '<variable name="Query">SELECT * FROM Win32_ComputerSystem'
                        "</variable></expression></operator></condition>"
                    )
                values = "".join(
                    f'<variable name="{n}" property="{p}">{v.format(i=made)}</variable>'
                    for n, p, v in variables
                )
                out.append(
                    f'<step type="{sms_type}" name="Step {made}" description="" '
                    f'runIn="{run_in}" successCodeList="0 3010"{disable}>{condition}'
                    f"<action>run {made}</action><defaultVarList>{values}"
                    "</defaultVarList></step>\n"
                )
                made += 1
            out.append("</group>\n")
        out.append("</group>\n")
        g += 1
    out.append("</sequence>\n")
    return "".join(out).encode("utf-8")


def ours(data: bytes) -> int:
    ts = parse_task_sequence(data, "bench.xml")
    lint_task_sequence(ts)
    text, _ = export_xml(ts)
    return len(text)


def baseline(data: bytes) -> int:
    # Given the same advantage as ours (no cyclic GC while the tree is built), so the ratio
    # compares the work done, not the collector.
    with gc_paused():
        return len(ET.tostring(ET.fromstring(data), encoding="unicode"))


def measure(fn: object, data: bytes) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(data)  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def generate_flat(megabytes: int) -> bytes:
    """A bare sequence of steps at the top level, ``megabytes`` MB long (the input cap is 64)."""
    target = megabytes * 1024 * 1024 - 64
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<sequence version="3.00" name="flat">\n']
    size = len(out[0]) + len("</sequence>\n")
    made = 0
    while True:
        sms_type, run_in, variables = STEP_TYPES[made % len(STEP_TYPES)]
        values = "".join(
            f'<variable name="{n}" property="{p}">{v.format(i=made)}</variable>'
            for n, p, v in variables
        )
        step = (
            f'<step type="{sms_type}" name="Step {made}" description="" runIn="{run_in}" '
            f'successCodeList="0 3010"><action>run {made}</action><defaultVarList>{values}'
            "</defaultVarList></step>\n"
        )
        if size + len(step) > target:
            break
        out.append(step)
        size += len(step)
        made += 1
    out.append("</sequence>\n")
    return "".join(out).encode("utf-8")


def child(kind: str, path: str) -> int:
    """Run in a process of its own: ``lint`` is the command, ``parse`` the baseline; prints
    CPU seconds and peak memory as JSON on stderr."""
    import resource

    if kind == "lint":
        from cmplanner.cli.main import main as cli

        with open(os.devnull, "w") as sink:
            stdout, sys.stdout = sys.stdout, sink
            try:
                code = cli(["ts", "lint", path])
            finally:
                sys.stdout = stdout
        if code not in (0, 1):
            return code
    else:
        ET.parse(path)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    print(json.dumps({"cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak_mb}), file=sys.stderr)
    return 0


def run_child(kind: str, path: str) -> dict[str, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, path],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stderr.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - start
    return figures


def flat_figures(sizes: list[int]) -> None:
    per_mb: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for mb in sizes:
            path = os.path.join(folder, f"flat{mb}.xml")
            with open(path, "wb") as handle:
                handle.write(generate_flat(mb))
            ours_fig, base = run_child("lint", path), run_child("parse", path)
            per_mb[mb] = ours_fig["cpu"] / mb
            print(
                f"flat {mb} MB: ts lint {ours_fig['wall']:.1f} s wall, {ours_fig['cpu']:.1f} s "
                f"CPU, peak {ours_fig['peak_mb']:.0f} MB; ElementTree.parse "
                f"{base['wall']:.1f} s wall, {base['cpu']:.1f} s CPU, peak {base['peak_mb']:.0f} "
                f"MB; ratio {ours_fig['cpu'] / base['cpu']:.1f}x CPU, "
                f"{ours_fig['peak_mb'] / base['peak_mb']:.1f}x memory"
            )
    if len(per_mb) > 1:
        small, large = min(per_mb), max(per_mb)
        print(
            f"CPU per MB: {per_mb[small]:.2f} s at {small} MB, {per_mb[large]:.2f} s at {large} "
            f"MB (ratio {per_mb[large] / per_mb[small]:.2f}; 1.0 is linear)"
        )
    print("targets at 64 MB: peak under 1 GB, under 15 s on a quiet machine")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--flat-mb", type=int, nargs="*", default=[16, 64])
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    data = generate(args.steps)
    ours(data)  # warm up: catalogs, rule registry
    baseline(data)
    runs_ours, runs_base = [], []
    for _ in range(args.repeat):  # interleaved, so both see the same machine load
        runs_ours.append(measure(ours, data))
        runs_base.append(measure(baseline, data))
    print(f"document: {args.steps} steps, {len(data) / 1024:.0f} KiB, {args.repeat} runs each")
    for label, pick in (("median", statistics.median), ("best", min)):
        wall_o, wall_b = pick(r[0] for r in runs_ours), pick(r[0] for r in runs_base)
        cpu_o, cpu_b = pick(r[1] for r in runs_ours), pick(r[1] for r in runs_base)
        print(
            f"{label:>6}: import + lint + export {wall_o * 1000:7.1f} ms wall "
            f"({cpu_o * 1000:.1f} ms CPU); ElementTree parse + serialize {wall_b * 1000:7.1f} "
            f"ms wall ({cpu_b * 1000:.1f} ms CPU); ratio {wall_o / wall_b:.2f}x wall, "
            f"{cpu_o / cpu_b:.2f}x CPU"
        )
    print("targets: under 500 ms, within 3x of the baseline")
    if args.flat_mb:
        flat_figures(args.flat_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
