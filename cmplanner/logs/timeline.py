"""From smsts.log entries to the task-sequence timeline: what ran, how it ended, in which phase.

The task sequence engine writes a fixed set of sentences ("Start executing an instruction.
Instruction name: X. Instruction pointer: N", "Successfully completed the action (X) with the
exit win32 code 0", "Failed to run the action: X.", "The group (X) has been skipped because
..."). They are a table here: each row is how a sentence starts, the pattern that reads it and
the handler that updates the timeline. One entry costs one walk down the table at most, and
no handler looks back over earlier instructions, so a log of any size is read in one linear
pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, StrEnum
from typing import Any

from cmplanner.logs.codes import codes_in, explain_code, parse_code
from cmplanner.logs.entry import LogEntry, ParseIssue
from cmplanner.tasksequence.secrets import HIDDEN, is_secret_name, mask_secrets_in_text


class Phase(StrEnum):
    WINPE = "WinPE"
    FULL_OS = "FullOS"
    UNKNOWN = "unknown"


class Result(StrEnum):
    """How an instruction ended, as the log says it."""

    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"
    FAILED_CONTINUED = "failed-continued"
    SKIPPED = "skipped"
    GROUP_STARTED = "group-started"
    GROUP_COMPLETED = "group-completed"
    GROUP_FAILED = "group-failed"


class Kind(StrEnum):
    STEP = "step"
    GROUP = "group"
    GROUP_END = "group-end"
    UNKNOWN = "unknown"


class Engine(StrEnum):
    NOT_STARTED = "not started"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    UNFINISHED = "unfinished"


WINPE, FULL_OS, UNKNOWN = Phase.WINPE, Phase.FULL_OS, Phase.UNKNOWN
DONE_RESULTS = (Result.SUCCESS, Result.FAILED, Result.FAILED_CONTINUED)

_START = re.compile(
    r"Start executing an instruction\. Instruction name: (.*)\. "
    r"Instruction pointer: (\d+)"
)
_OK = re.compile(r"Successfully complete[d]? the action \((.*)\) with the exit win32 code (\d+)")
_FAIL_ACTION = re.compile(r"Failed to run the action: ([^\r\n]*?)\.?[ \t]*(?:\r?\n|$)")
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
_MAX_DIGITS = 10  # 4294967295 is the largest code a log can mean


@dataclass
class ExecutedInstruction:
    """One instruction as the log shows it ran; start/end are aware when the log had a bias."""

    number: int
    name: str
    start: datetime | None
    end: datetime | None = None
    exit_code: int | None = None
    result: str = Result.RUNNING
    kind: str = Kind.UNKNOWN
    phase: str = UNKNOWN
    source: str = ""
    line: int = 0
    skip_reason: str = ""
    error: str = ""

    @property
    def failed(self) -> bool:
        return self.result in (Result.FAILED, Result.GROUP_FAILED)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "exit_code": self.exit_code,
            "result": str(self.result),
            "kind": str(self.kind),
            "phase": str(self.phase),
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
            "phase": str(self.phase),
            "instruction": self.instruction.to_dict() if self.instruction else None,
            "code": explain_code(self.code).to_dict() if self.code is not None else None,
        }


class Stop(Enum):
    """What a row of the table does once its sentence start was seen."""

    ALWAYS = "always"  # the sentence belongs to this row: stop, matched or not
    IF_HANDLED = "if handled"  # stop only when the handler says it read the entry


Handler = Callable[["TimelineBuilder", LogEntry, re.Match[str]], bool]


@dataclass(frozen=True)
class Row:
    """One sentence of the engine: how it starts, the pattern that reads it, its handler."""

    starts: str
    pattern: re.Pattern[str]
    handler: Handler
    stop: Stop


def _int(text: str) -> int | None:
    """A decimal number from a log, or None when no code or pointer can be that long."""
    return int(text) if len(text) <= _MAX_DIGITS else None


@dataclass
class TimelineBuilder:
    """Feed entries in time order; read the instructions, variables and first failure."""

    instructions: list[ExecutedInstruction] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    failure: EngineFailure | None = None
    engine_result: str = Engine.NOT_STARTED
    phase: str = UNKNOWN
    phases: list[tuple[str, datetime | None]] = field(default_factory=list)
    problems: list[ParseIssue] = field(default_factory=list)
    _current: ExecutedInstruction | None = None
    _last_exit: int | None = None
    _pending_fail: ExecutedInstruction | None = None
    _undated: list[ExecutedInstruction] = field(default_factory=list)  # phase not yet known
    _open_groups: dict[str, list[ExecutedInstruction]] = field(default_factory=dict)

    @property
    def current(self) -> ExecutedInstruction | None:
        return self._current

    def _set_phase(self, phase: str, when: datetime | None) -> None:
        if phase != self.phase:
            if self.phase == UNKNOWN:
                # the first sign of the phase also tells where the earlier instructions ran
                for item in self._undated:
                    if item.phase == UNKNOWN:
                        item.phase = phase
                self._undated.clear()
            self.phase = phase
            self.phases.append((phase, when))

    def _problem(self, entry: LogEntry, text: str) -> None:
        if len(self.problems) < 100:
            self.problems.append(ParseIssue(entry.source, entry.line, entry.line, "number", text))

    def _number(self, entry: LogEntry, text: str, what: str) -> int | None:
        value = _int(text)
        if value is None or value > 0xFFFFFFFF:
            shown = text if len(text) <= 20 else f"{text[:12]}... ({len(text)} digits)"
            self._problem(entry, f"{what} {shown} is out of range; read as unknown")
            return None
        return value

    # -- the table's handlers: True when the entry was read --------------------------------

    def _on_start(self, entry: LogEntry, m: re.Match[str]) -> bool:
        number = self._number(entry, m.group(2), "instruction pointer")
        self._start(entry, m.group(1), -1 if number is None else number)
        return True

    def _on_success(self, entry: LogEntry, m: re.Match[str]) -> bool:
        cur = self._current
        if cur is not None:
            cur.result = Result.SUCCESS
            cur.kind = Kind.STEP
            cur.exit_code = self._number(entry, m.group(2), "exit code")
            cur.end = entry.timestamp
        return True

    def _on_failed_action(self, entry: LogEntry, m: re.Match[str]) -> bool:
        cur = self._current
        if cur is None:
            return True
        msg = entry.message
        cur.result = Result.FAILED
        cur.kind = Kind.STEP
        cur.end = entry.timestamp
        if cur.exit_code is None:
            cur.exit_code = self._last_exit
        rest = msg[m.end() :].strip()
        if rest:
            cur.error = mask_secrets_in_text(rest)
        codes = codes_in(msg)
        if codes and (cur.exit_code in (None, 0)):
            cur.exit_code = codes[0]
        self._pending_fail = cur
        self._note_failure("instruction", entry, cur, cur.exit_code)
        return True

    def _on_exit(self, entry: LogEntry, m: re.Match[str]) -> bool:
        self._last_exit = self._number(entry, m.group(1), "exit code")
        cur = self._current
        if cur is not None and cur.result == Result.RUNNING:
            cur.exit_code = self._last_exit
        return True

    def _on_group_started(self, entry: LogEntry, m: re.Match[str]) -> bool:
        cur = self._current
        if cur is None:
            return False
        cur.kind, cur.result, cur.end = Kind.GROUP, Result.GROUP_STARTED, entry.timestamp
        self._open_groups.setdefault(cur.name, []).append(cur)
        return True

    def _on_group_done(self, entry: LogEntry, m: re.Match[str]) -> bool:
        cur = self._current
        if cur is None:
            return False
        cur.kind, cur.result, cur.end = Kind.GROUP_END, Result.GROUP_COMPLETED, entry.timestamp
        started = self._open_groups.get(m.group(1))
        if started:
            started.pop()
        return True

    def _on_group_failed(self, entry: LogEntry, m: re.Match[str]) -> bool:
        # the latest group of that name still open: no look back over earlier instructions
        started = self._open_groups.get(m.group(1))
        if started:
            group = started.pop()
            if group.result == Result.GROUP_STARTED:
                group.result = Result.GROUP_FAILED
        return True

    def _on_skipped(self, entry: LogEntry, m: re.Match[str]) -> bool:
        cur = self._current
        if cur is None:
            return False
        cur.kind = Kind.GROUP if m.group(1) == "group" else Kind.STEP
        cur.result = Result.SKIPPED
        cur.skip_reason = m.group(3).strip()
        cur.end = entry.timestamp
        return True

    def _on_skipped_instruction(self, entry: LogEntry, m: re.Match[str]) -> bool:
        cur = self._current
        if cur is None:
            return False
        cur.result = Result.SKIPPED
        cur.end = entry.timestamp
        return True

    def _on_last_action_failed(self, entry: LogEntry, m: re.Match[str]) -> bool:
        self.engine_result = Engine.FAILED
        return True

    def quiet(self, entry: LogEntry, msg: str, severity: int) -> bool:
        """True when nothing in this line can change the timeline: most of a log's lines.
        Said cheaply, so the caller can skip ``feed`` for them."""
        if severity == 3 or "=" in msg or "variable" in msg or "equence" in msg:
            return False
        if _LOUD.match(msg) is not None:
            return False
        if self.phase == UNKNOWN and entry.component in _WINPE_COMPONENTS:
            return False
        cur = self._current
        return cur is None or (cur is not self._pending_fail and cur.result != Result.FAILED)

    def feed(self, entry: LogEntry) -> None:
        msg = entry.message
        if self.phase == UNKNOWN and entry.component in _WINPE_COMPONENTS:
            self._set_phase(WINPE, entry.timestamp)
        if msg.startswith(_START_TEXT):
            m = _START.match(msg)
            if m:
                self._on_start(entry, m)
                return
        if "variable" in msg or "=" in msg:
            self._variable(entry, msg)
        cur = self._current
        if self._pending_fail is not None and cur is self._pending_fail:
            self._error_detail(cur, msg)
        if self._run_rows(_STEP_ENDS_BY_HEAD, entry, msg):
            return
        if cur is not None and cur.result == Result.FAILED and _IGNORED.search(msg):
            cur.result = Result.FAILED_CONTINUED
            if self.failure is not None and self.failure.instruction is cur:
                self.failure = None
            return
        if self._run_rows(_TABLE_BY_HEAD, entry, msg):
            return
        self._engine_words(entry, msg)

    def _run_rows(self, rows: dict[str, tuple[Row, ...]], entry: LogEntry, msg: str) -> bool:
        """Try the rows whose sentence start the message has; True when one took it."""
        for row in rows.get(msg[:_HEAD], ()):
            if msg.startswith(row.starts):
                m = row.pattern.match(msg)
                if (m is not None and row.handler(self, entry, m)) or row.stop is Stop.ALWAYS:
                    return True
        return False

    def _error_detail(self, cur: ExecutedInstruction, msg: str) -> None:
        """The ``(Error: 80070002; Source: Windows)`` line that follows a failed action."""
        m = _ERROR_LINE.search(msg)
        if m:
            code = int(m.group(1), 16)
            if cur.exit_code is None or cur.exit_code == 0:
                cur.exit_code = code
            if not cur.error:
                cur.error = mask_secrets_in_text(msg.strip())
            self._pending_fail = None

    def _engine_words(self, entry: LogEntry, msg: str) -> None:
        """The engine's own verdict, and an error before it ran any instruction."""
        if "equence" in msg:
            if _ENGINE_FAILED.search(msg):
                self.engine_result = Engine.FAILED
                if self.failure is None:
                    codes = codes_in(msg)
                    self._note_failure(
                        "engine" if self.instructions else "before-engine",
                        entry,
                        None,
                        codes[0] if codes else None,
                    )
                return
            if _ENGINE_DONE.search(msg):
                if self.engine_result != Engine.FAILED:
                    self.engine_result = Engine.COMPLETED
                return
        if entry.severity == 3 and not self.instructions and self.failure is None:
            # an error before the engine ran any instruction (PXE, policy, boot media)
            codes = codes_in(msg)
            self._note_failure("before-engine", entry, None, codes[0] if codes else None)

    def _start(self, entry: LogEntry, name: str, number: int) -> None:
        if self.engine_result == Engine.NOT_STARTED:
            self.engine_result = Engine.RUNNING
        prev = self._current
        if prev is not None and prev.end is None:
            prev.end = entry.timestamp
        if self.failure is not None and self.failure.kind == "before-engine":
            self.failure = None  # the engine got going after all: the error was not fatal
        item = ExecutedInstruction(
            number, name, entry.timestamp, phase=self.phase, source=entry.source, line=entry.line
        )
        self.instructions.append(item)
        if self.phase == UNKNOWN:
            self._undated.append(item)
        self._current = item
        self._last_exit = None
        self._pending_fail = None

    def _note_failure(
        self, kind: str, entry: LogEntry, item: ExecutedInstruction | None, code: int | None
    ) -> None:
        if self.failure is not None:
            return
        self.failure = EngineFailure(
            kind,
            mask_secrets_in_text(entry.message.strip()),
            entry.source,
            entry.line,
            entry.timestamp,
            self.phase,
            item,
            code if code is None else parse_code(code),
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
        if self.engine_result == Engine.RUNNING:
            self.engine_result = Engine.UNFINISHED
        if self.failure is None and self.engine_result == Engine.FAILED:
            first = next((i for i in self.instructions if i.failed), None)
            if first is not None:
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


_START_TEXT = "Start executing an instruction"
_HEAD = 3  # rows are found by the first letters of a message: most lines match none


def _by_head(rows: tuple[Row, ...]) -> dict[str, tuple[Row, ...]]:
    """The rows grouped by the first letters of their sentence, in table order."""
    heads: dict[str, tuple[Row, ...]] = {}
    for row in rows:
        heads[row.starts[:_HEAD]] = (*heads.get(row.starts[:_HEAD], ()), row)
    return heads


# The engine's sentences, in the order they are tried (the step's own end first).
# ``starts`` is a plain prefix test (cheap); the pattern runs only when it holds.
_STEP_ENDS: tuple[Row, ...] = (
    Row("Successfully complete", _OK, TimelineBuilder._on_success, Stop.ALWAYS),
    Row("Failed to run the action", _FAIL_ACTION, TimelineBuilder._on_failed_action, Stop.ALWAYS),
)
# After a step ended, "continue on error" may follow; then the other sentences.
_TABLE: tuple[Row, ...] = (
    Row("Process completed with exit code", _EXIT, TimelineBuilder._on_exit, Stop.ALWAYS),
    Row("The group (", _GROUP_STARTED, TimelineBuilder._on_group_started, Stop.IF_HANDLED),
    Row("The group (", _GROUP_DONE, TimelineBuilder._on_group_done, Stop.IF_HANDLED),
    Row(
        "The execution of the group",
        _GROUP_FAILED,
        TimelineBuilder._on_group_failed,
        Stop.ALWAYS,
    ),
    Row("The group (", _SKIPPED, TimelineBuilder._on_skipped, Stop.IF_HANDLED),
    Row("The action (", _SKIPPED, TimelineBuilder._on_skipped, Stop.IF_HANDLED),
    Row(
        "Execution of the instruction",
        _SKIPPED_INSTR,
        TimelineBuilder._on_skipped_instruction,
        Stop.IF_HANDLED,
    ),
    Row(
        "Failed to run the last action",
        re.compile(""),
        TimelineBuilder._on_last_action_failed,
        Stop.ALWAYS,
    ),
)
_STEP_ENDS_BY_HEAD = _by_head(_STEP_ENDS)
_TABLE_BY_HEAD = _by_head(_TABLE)
# every sentence start the table reads, as one anchored pattern for ``quiet``
_LOUD = re.compile(
    "|".join(re.escape(text) for text in (_START_TEXT, *(r.starts for r in _STEP_ENDS + _TABLE)))
)
_WINPE_COMPONENTS = ("TSPxe", "TSBootShell")
