"""From smsts.log entries to the task-sequence timeline: what ran, how it ended, in which phase.

The task sequence engine writes a fixed set of sentences ("Start executing an instruction.
Instruction name: X. Instruction pointer: N", "Successfully completed the action (X) with the
exit win32 code 0", "Failed to run the action: X.", "The group (X) has been skipped because
..."). They are recognised here, one entry at a time, so a log of any size is read in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cmplanner.logs.codes import codes_in, explain_code
from cmplanner.logs.entry import LogEntry
from cmplanner.tasksequence.secrets import HIDDEN, is_secret_name

WINPE, FULL_OS, UNKNOWN = "WinPE", "FullOS", "unknown"

_START = re.compile(
    r"Start executing an instruction\. Instruction name: (.*)\. "
    r"Instruction pointer: (\d+)"
)
_OK = re.compile(r"Successfully complete[d]? the action \((.*)\) with the exit win32 code (\d+)")
_FAIL_ACTION = re.compile(r"Failed to run the action: ([^\r\n]*?)\.?[ \t]*(?:\r?\n|$)")
_FAIL_LAST = re.compile(
    r"Failed to run the last action: (.*?)\. Execution of task sequence "
    r"failed",
    re.S,
)
_GROUP_STARTED = re.compile(r"The group \((.*)\) has been successfully started")
_GROUP_DONE = re.compile(r"The group \((.*)\) has been successfully completed")
_GROUP_FAILED = re.compile(r"The execution of the group \((.*)\) has failed")
_SKIPPED = re.compile(r"The (group|action) \((.*)\) has been skipped because (.*)")
_SKIPPED_INSTR = re.compile(r"Execution of the instruction \((.*)\) has been skipped")
_IGNORED = re.compile(
    r"(?:ignor|continu)\w* (?:on )?(?:the )?(?:error|failure)|"
    r"continueOnError (?:flag )?is set|continue on error is set",
    re.IGNORECASE,
)
_EXIT = re.compile(r"Process completed with exit code (\d+)")
_ERROR_LINE = re.compile(r"\(Error: ([0-9A-Fa-f]{8}); Source: (\w+)\)")
_ENGINE_FAILED = re.compile(
    r"Task Sequence Engine failed|Task sequence execution failed|"
    r"Execution of task sequence failed",
    re.IGNORECASE,
)
_ENGINE_DONE = re.compile(
    r"Task Sequence Engine finished|Task sequence completed|"
    r"Execution of task sequence completed",
    re.IGNORECASE,
)
_SET_VAR = re.compile(
    r"Set (?:a )?(?:global|TS execution|local) (?:environment |default )?"
    r"variable (\S+?)(?:=(.*))?$",
    re.S,
)
_SET_VAR2 = re.compile(r"^(_SMSTS\w+|SMSTS\w+|OSD\w+)\s*=\s*(.*)$", re.S)
_WINPE_HINT = re.compile(r"\bX:\\(?:windows\\temp\\smstslog|sms\\)", re.IGNORECASE)


@dataclass
class ExecutedInstruction:
    """One instruction as the log shows it ran; start/end are aware when the log had a bias."""

    number: int
    name: str
    start: datetime | None
    end: datetime | None = None
    exit_code: int | None = None
    result: str = "running"  # success, failed, failed-continued, skipped, group-started,
    #                          group-completed, group-failed, running
    kind: str = "unknown"  # step, group, group-end, unknown
    phase: str = UNKNOWN
    source: str = ""
    line: int = 0
    skip_reason: str = ""
    error: str = ""

    @property
    def failed(self) -> bool:
        return self.result in ("failed", "group-failed")

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "exit_code": self.exit_code,
            "result": self.result,
            "kind": self.kind,
            "phase": self.phase,
            "source": self.source,
            "line": self.line,
            "skip_reason": self.skip_reason,
            "error": self.error,
        }


@dataclass
class EngineFailure:
    """The first failure the log shows: a step, or something before the engine started."""

    kind: str  # "instruction" or "before-engine" or "engine"
    message: str
    source: str
    line: int
    time: datetime | None
    phase: str
    instruction: ExecutedInstruction | None = None
    code: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "source": self.source,
            "line": self.line,
            "time": self.time.isoformat() if self.time else None,
            "phase": self.phase,
            "instruction": self.instruction.to_dict() if self.instruction else None,
            "code": explain_code(self.code).to_dict() if self.code is not None else None,
        }


@dataclass
class TimelineBuilder:
    """Feed entries in time order; read the instructions, variables and first failure."""

    instructions: list[ExecutedInstruction] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    failure: EngineFailure | None = None
    engine_result: str = "not started"  # not started, running, completed, failed
    phase: str = UNKNOWN
    phases: list[tuple[str, datetime | None]] = field(default_factory=list)
    _current: ExecutedInstruction | None = None
    _last_exit: int | None = None
    _pending_fail: ExecutedInstruction | None = None

    @property
    def current(self) -> ExecutedInstruction | None:
        return self._current

    def _set_phase(self, phase: str, when: datetime | None) -> None:
        if phase != self.phase:
            if self.phase == UNKNOWN:
                # the first sign of the phase also tells where the earlier instructions ran
                for item in self.instructions:
                    if item.phase == UNKNOWN:
                        item.phase = phase
            self.phase = phase
            self.phases.append((phase, when))

    def feed(self, entry: LogEntry) -> None:
        msg = entry.message
        if entry.component in ("TSPxe", "TSBootShell") and self.phase == UNKNOWN:
            self._set_phase(WINPE, entry.timestamp)
        if msg.startswith("Start executing an instruction"):
            m = _START.match(msg)
            if m:
                self._start(entry, m.group(1), int(m.group(2)))
                return
        if "variable" in msg or "=" in msg:
            self._variable(entry, msg)
        cur = self._current
        if self._pending_fail is not None and cur is self._pending_fail:
            m = _ERROR_LINE.search(msg)
            if m:
                code = int(m.group(1), 16)
                if cur.exit_code is None or cur.exit_code == 0:
                    cur.exit_code = code
                if not cur.error:
                    cur.error = msg.strip()
                self._pending_fail = None
        if msg.startswith("Successfully complete"):
            m = _OK.match(msg)
            if m and cur is not None:
                cur.result = "success"
                cur.kind = "step"
                cur.exit_code = int(m.group(2))
                cur.end = entry.timestamp
            return
        if msg.startswith("Failed to run the action"):
            m = _FAIL_ACTION.match(msg)
            if m and cur is not None:
                cur.result = "failed"
                cur.kind = "step"
                cur.end = entry.timestamp
                if cur.exit_code is None:
                    cur.exit_code = self._last_exit
                rest = msg[m.end() :].strip()
                if rest:
                    cur.error = rest
                codes = codes_in(msg)
                if codes and (cur.exit_code in (None, 0)):
                    cur.exit_code = codes[0]
                self._pending_fail = cur
                self._note_failure("instruction", entry, cur, cur.exit_code)
            return
        if cur is not None and cur.result == "failed" and _IGNORED.search(msg):
            cur.result = "failed-continued"
            if self.failure is not None and self.failure.instruction is cur:
                self.failure = None
            return
        if msg.startswith("Process completed with exit code"):
            m = _EXIT.match(msg)
            if m:
                self._last_exit = int(m.group(1))
                if cur is not None and cur.result == "running":
                    cur.exit_code = self._last_exit
            return
        if msg.startswith("The group ("):
            m = _GROUP_STARTED.match(msg)
            if m and cur is not None:
                cur.kind, cur.result, cur.end = "group", "group-started", entry.timestamp
                return
            m = _GROUP_DONE.match(msg)
            if m and cur is not None:
                cur.kind, cur.result, cur.end = "group-end", "group-completed", entry.timestamp
                return
        if msg.startswith("The execution of the group"):
            m = _GROUP_FAILED.match(msg)
            if m:
                self._group_failed(entry, m.group(1))
            return
        if "has been skipped" in msg:
            m = _SKIPPED.match(msg)
            if m and cur is not None:
                cur.kind = "group" if m.group(1) == "group" else "step"
                cur.result = "skipped"
                cur.skip_reason = m.group(3).strip()
                cur.end = entry.timestamp
                return
            m = _SKIPPED_INSTR.match(msg)
            if m and cur is not None:
                cur.result = "skipped"
                cur.end = entry.timestamp
                return
        if msg.startswith("Failed to run the last action"):
            self.engine_result = "failed"
            return
        if "equence" not in msg:
            if entry.severity == 3 and not self.instructions and self.failure is None:
                codes = codes_in(msg)
                self._note_failure("before-engine", entry, None, codes[0] if codes else None)
            return
        if _ENGINE_FAILED.search(msg):
            self.engine_result = "failed"
            if self.failure is None:
                codes = codes_in(msg)
                self._note_failure(
                    "engine" if self.instructions else "before-engine",
                    entry,
                    None,
                    codes[0] if codes else None,
                )
            return
        if _ENGINE_DONE.search(msg) and self.engine_result != "failed":
            self.engine_result = "completed"
            return
        if entry.severity == 3 and not self.instructions and self.failure is None:
            # an error before the engine ran any instruction (PXE, policy, boot media)
            codes = codes_in(msg)
            self._note_failure("before-engine", entry, None, codes[0] if codes else None)

    def _start(self, entry: LogEntry, name: str, number: int) -> None:
        if self.engine_result == "not started":
            self.engine_result = "running"
        prev = self._current
        if prev is not None and prev.end is None:
            prev.end = entry.timestamp
        if self.failure is not None and self.failure.kind == "before-engine":
            self.failure = None  # the engine got going after all: the error was not fatal
        item = ExecutedInstruction(
            number, name, entry.timestamp, phase=self.phase, source=entry.source, line=entry.line
        )
        self.instructions.append(item)
        self._current = item
        self._last_exit = None
        self._pending_fail = None

    def _group_failed(self, entry: LogEntry, name: str) -> None:
        for item in reversed(self.instructions):
            if item.name == name and item.kind in ("group", "unknown"):
                if item.result == "group-started":
                    item.result = "group-failed"
                break

    def _note_failure(
        self, kind: str, entry: LogEntry, item: ExecutedInstruction | None, code: int | None
    ) -> None:
        if self.failure is not None:
            return
        self.failure = EngineFailure(
            kind,
            entry.message.strip(),
            entry.source,
            entry.line,
            entry.timestamp,
            self.phase,
            item,
            code,
        )

    def _variable(self, entry: LogEntry, msg: str) -> None:
        m = _SET_VAR.match(msg) or _SET_VAR2.match(msg)
        if m is None:
            return
        name = m.group(1)
        value = m.group(2)
        if value is None:
            return  # "Set a local default variable X" names a variable without its value
        value = value.strip()
        if value and is_secret_name(name):
            value = HIDDEN
        self.variables[name] = value
        lname = name.lower()
        if lname == "_smstsinwinpe":
            self._set_phase(WINPE if value.lower() == "true" else FULL_OS, entry.timestamp)
        elif lname == "_smstslogpath":
            self._set_phase(WINPE if value[:2].upper() == "X:" else FULL_OS, entry.timestamp)
        if self._current is not None and self._current.phase == UNKNOWN and self.phase != UNKNOWN:
            self._current.phase = self.phase

    def finish(self) -> None:
        """Close the books: a sequence still 'running' at the end of the log is unfinished."""
        if self.engine_result == "running":
            self.engine_result = "unfinished"
        if self.failure is None and self.engine_result == "failed":
            failed = [i for i in self.instructions if i.failed]
            if failed:
                first = failed[0]
                self.failure = EngineFailure(
                    "instruction",
                    first.error or first.name,
                    first.source,
                    first.line,
                    first.end,
                    first.phase,
                    first,
                    first.exit_code,
                )
