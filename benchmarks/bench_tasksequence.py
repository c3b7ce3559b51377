"""Benchmark: import, lint and export a generated 5,000-step task sequence.

Prints the time of ``parse_task_sequence`` + ``lint_task_sequence`` + ``export_xml`` and, as
the baseline measured in the same run, a bare ``xml.etree.ElementTree`` parse-and-serialize of
the same document, with their ratio. Targets: under 500 ms, and within 3x of the baseline.

Run: python benchmarks/bench_tasksequence.py [--steps N] [--repeat R]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmplanner.tasksequence.lint import lint_task_sequence
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
