"""A real-shaped smsts.log of any size for the log benchmarks.

Shaped like the task-sequence engine writes it: nested groups that start and complete,
steps that succeed, steps skipped by their condition, steps that fail with continue on
error inside groups that then fail, variables set between steps, and the engine's verbose
chatter. The instructions are many (about one per 2.3 KB), so the timeline's own cost shows,
not only the parser's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

CHATTER = [
    ("Expand a string: %_SMSTSMDataPath%\\Packages\\AMS{k:05d}", 0),
    ("Set a local default variable OSDVariable{k}", 0),
    ("Evaluating an AND expression", 0),
    ("Set a global environment variable _SMSTSNextInstructionPointer={n}", 0),
    ("Executing command line: smsswd.exe /pkg:AMS{k:05d} /install /basevar: /continueOnError:", 1),
    (
        "Content location request for AMS{k:05d}:3 succeeded: "
        "http://AMS-DP02.corp.contoso.com/SMS_DP_SMSPKGC$/AMS{k:05d}",
        1,
    ),
    ("Process completed with exit code {code}", 1),
    ("Executing in non SMS standalone mode. Ignoring send a task execution status message", 1),
]


class _Writer:
    def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
        self.handle = handle
        self.when = datetime(2010, 3, 14, 9, 0, 0)
        self.written = 0
        self.lines = 0
        self.buffer: list[str] = []

    def log(self, message: str, type_: int = 1, component: str = "TSManager") -> None:
        self.when += timedelta(milliseconds=47)
        t = self.when
        line = (
            f'<![LOG[{message}]LOG]!><time="{t:%H:%M:%S}.{t.microsecond // 1000:03d}-60" '
            f'date="{t:%m-%d-%Y}" component="{component}" context="" type="{type_}" '
            f'thread="1932" file="engine.cxx:{self.lines % 3000}">\r\n'
        )
        self.buffer.append(line)
        self.written += len(line)
        self.lines += 1
        if len(self.buffer) >= 5000:
            self.flush()

    def flush(self) -> None:
        self.handle.write("".join(self.buffer))
        self.buffer.clear()


def write_smsts(path: Path, megabytes: float) -> int:
    """Write about ``megabytes`` MB; returns the number of instructions written."""
    target = int(megabytes * 1024 * 1024)
    pointer = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeff")
        w = _Writer(handle)
        w.log("Set a global environment variable _SMSTSLogPath=C:\\WINDOWS\\system32\\CCM\\Logs")
        group = 0
        while w.written < target:
            group += 1
            outer = f"Phase {group}"
            inner = f"Applications {group}"
            pointer = _start(w, outer, pointer)
            w.log(f"The group ({outer}) has been successfully started")
            pointer = _start(w, inner, pointer)
            w.log(f"The group ({inner}) has been successfully started")
            failed_inner = group % 7 == 0
            for s in range(12):
                name = f"Install Software {group}-{s}"
                pointer = _start(w, name, pointer)
                for n, (text, type_) in enumerate(CHATTER):
                    code = 1603 if failed_inner and s == 11 else 0
                    w.log(text.format(k=(group * 12 + s) % 99999, n=pointer + n, code=code), type_)
                if s % 5 == 4:
                    w.log(
                        f"The action ({name}) has been skipped because the condition is "
                        "evaluated to be false"
                    )
                elif failed_inner and s == 11:
                    w.log(
                        f"Failed to run the action: {name}.\r\nFatal error during installation.", 3
                    )
                    w.log("Ignoring the failure: continue on error is set")
                    aborted = "has failed and the execution has been aborted. An action failed."
                    w.log(f"The execution of the group ({inner}) {aborted}", 3)
                else:
                    w.log(f"Successfully completed the action ({name}) with the exit win32 code 0")
            if not failed_inner:
                pointer = _start(w, inner, pointer)
                w.log(f"The group ({inner}) has been successfully completed")
            pointer = _start(w, outer, pointer)
            w.log(f"The group ({outer}) has been successfully completed")
        w.log("Task Sequence Engine finished!")
        w.flush()
    return pointer


def _start(w: _Writer, name: str, pointer: int) -> int:
    w.log(
        f"Start executing an instruction. Instruction name: {name}. Instruction pointer: {pointer}"
    )
    w.log(f"Set a global environment variable _SMSTSCurrentActionName={name}", 0)
    return pointer + 1
