"""A task sequence as a numbered outline: one line per step or group, numbered as smsts.log
numbers its instructions, disabled nodes marked (never hidden), conditions in words, and with
variables given, what a dry run of the conditions says about each line."""

from __future__ import annotations

from collections.abc import Mapping

from cmplanner.model.tasksequence import Group, Step, TaskSequence
from cmplanner.tasksequence.analysis import boot_image_unknown
from cmplanner.tasksequence.catalog import load_steps
from cmplanner.tasksequence.conditions import describe, dry_run
from cmplanner.tasksequence.numbering import instructions, table_size


def outline(ts: TaskSequence, variables: Mapping[str, str] | None = None) -> str:
    """The outline as text (what ``cmplanner ts show`` prints)."""
    catalog = load_steps()
    lines = [
        f"{ts.name} (sequence version {ts.version or '?'}; "
        f"{table_size(ts)} instructions in smsts.log)",
        f"boot image: {_boot_image(ts)}",
    ]
    verdicts = (
        {d.instruction.path: d for d in dry_run(ts, variables)} if variables is not None else {}
    )
    width = len(str(max(table_size(ts) - 1, 0)))
    for item in instructions(ts):
        node = item.node
        marks = []
        if not node.enabled:
            marks.append("disabled")
        if node.continue_on_error:
            marks.append("continue on error")
        if isinstance(node, Step):
            known = catalog.get(node.type)
            kind = known.name if known else (node.type or "no type")
            if node.run_in is not None:
                marks.append(node.run_in.value)
        else:
            kind = "group"
        assert isinstance(node, Step | Group)
        head = f"{item.number:>{width}}  {'  ' * item.depth}{item.name} [{kind}]"
        if marks:
            head += f" ({', '.join(marks)})"
        if item.path in verdicts:
            head += f"  -> {verdicts[item.path].verdict}"
        lines.append(head)
        pad = " " * (width + 2) + "  " * item.depth + "    "
        if node.conditions:
            lines.append(f"{pad}if {describe(node.conditions)}")
        if item.path in verdicts and verdicts[item.path].verdict not in ("runs", "disabled"):
            lines.append(f"{pad}{verdicts[item.path].reason}")
    return "\n".join(lines) + "\n"


def _boot_image(ts: TaskSequence) -> str:
    if ts.boot_image_id.strip():
        return ts.boot_image_id.strip()
    if boot_image_unknown(ts):
        return "unknown (a bare <sequence> document does not carry the package's boot image)"
    return "none"
