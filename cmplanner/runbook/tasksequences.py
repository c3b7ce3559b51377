"""Task sequences as numbered outlines for the runbook.

Numbers are the task-sequence engine's own (``cmplanner.tasksequence.numbering``), so the
runbook says "step 14" exactly where smsts.log says "Instruction pointer: 14". Conditions are
put in words by ``cmplanner.tasksequence.conditions.describe``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmplanner.model.tasksequence import Group, Step, TaskSequence
from cmplanner.tasksequence.analysis import find_catch_group
from cmplanner.tasksequence.catalog import load_steps
from cmplanner.tasksequence.conditions import describe
from cmplanner.tasksequence.logscript import (
    DEFAULT_DRIVE,
    DEFAULT_FOLDER,
    SCRIPT_NAME,
    log_copy_script,
)
from cmplanner.tasksequence.numbering import instructions


@dataclass(frozen=True)
class OutlineRow:
    number: int
    depth: int
    kind: str  # step or group
    name: str
    type: str
    enabled: bool
    continue_on_error: bool
    run_in: str
    condition: str
    description: str


@dataclass(frozen=True)
class LogCopy:
    """What the error-catching group expects on the network: the share it maps, the drive,
    the account, the folder the logs land in, and the script to put on the share."""

    share: str
    drive: str
    account: str
    folder: str
    script_name: str
    script: str

    @property
    def script_block(self) -> str:
        """The script as a Markdown code block: indented, so no line of it is markup."""
        return "\n".join("    " + line for line in self.script.splitlines())


@dataclass(frozen=True)
class Outline:
    name: str
    description: str
    builder: str
    rows: list[OutlineRow]
    disabled: int
    log_copy: LogCopy | None = None


def log_copy(ts: TaskSequence) -> LogCopy | None:
    """The log-copy set-up of a task sequence whose error-catching group runs CopyLogs.vbs
    from a mapped share (None when it has no such group)."""
    catch = find_catch_group(ts.steps)
    if catch is None:
        return None
    steps = [c for c in catch.children if isinstance(c, Step)]
    connect = next((s for s in steps if s.type.endswith("ConnectNetworkFolderAction")), None)
    if connect is None or not any(SCRIPT_NAME.casefold() in s.action.casefold() for s in steps):
        return None
    options = ts.builder_options
    drive = (connect.variable("DriveLetter") or options.get("drive", DEFAULT_DRIVE)).upper()
    folder = options.get("folder", DEFAULT_FOLDER)
    try:
        script = log_copy_script(drive, folder)
    except ValueError:
        script = ""
    return LogCopy(
        share=connect.variable("Path") or options.get("share", ""),
        drive=drive,
        account=connect.variable("Username") or options.get("account", ""),
        folder=folder,
        script_name=SCRIPT_NAME,
        script=script,
    )


def _type_label(step: Step) -> str:
    """The step type as the console names it (the catalog's name, as ``cmplanner ts show``
    prints it); a type the catalog does not know is printed as the export has it."""
    known = load_steps().get(step.type)
    return known.name if known else (step.type or "(no type)")


def outline(ts: TaskSequence) -> Outline:
    """Every group and step of ``ts`` once, numbered as smsts.log numbers them."""
    rows = []
    for item in instructions(ts):
        node = item.node
        is_group = isinstance(node, Group)
        rows.append(
            OutlineRow(
                number=item.number,
                depth=item.depth,
                kind="group" if is_group else "step",
                name=node.name,
                type="Group" if isinstance(node, Group) else _type_label(node),
                enabled=node.enabled,
                continue_on_error=node.continue_on_error,
                run_in="" if isinstance(node, Group) or node.run_in is None else node.run_in.value,
                condition=describe(node.conditions) if node.conditions else "",
                description=node.description,
            )
        )
    return Outline(
        name=ts.name,
        description=ts.description,
        builder=ts.builder,
        rows=rows,
        disabled=sum(1 for r in rows if not r.enabled),
        log_copy=log_copy(ts),
    )
