"""Checks of task sequences: hard-link migrations, capture-only, error catching, 2007 limits.

Each check gets one task sequence of the plan (``task_sequences[i]``) and names the exact node
it is about (``task_sequences[i].steps[2].children[1]``). The tree is flattened once per
validation run and shared by the checks (see :mod:`cmplanner.tasksequence.analysis`).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from typing import ClassVar

from cmplanner.model.site import ServicePack
from cmplanner.model.tasksequence import Group, RunIn, Step, TaskSequence
from cmplanner.rules.context import PlanContext
from cmplanner.rules.registry import Hit, Scope, check
from cmplanner.tasksequence.analysis import (
    APPLY_OS,
    CAPTURE_IMAGE,
    CAPTURE_STATE,
    DEPLOY_TOOLS,
    JOIN,
    LAST_ACTION,
    PACKAGE_ID,
    PARTITION,
    PREPARE_CLIENT,
    PREPARE_OS,
    RELEASE_STORE,
    REQUEST_STORE,
    RESTORE_STATE,
    Analysis,
    analyse,
    boot_image_unknown,
    find_catch_group,
    nearest,
    var_expressions,
)
from cmplanner.tasksequence.catalog import IN_2007, load_steps, load_variables
from cmplanner.tasksequence.numbering import Instruction
from cmplanner.tasksequence.xmlwrite import secret_notes


class _Cache:
    """The analyses of the validation run in progress: one context at a time, so nothing of
    an older plan is kept alive."""

    ctx: ClassVar[PlanContext | None] = None
    by_index: ClassVar[dict[int, tuple[TaskSequence, Analysis]]] = {}


def analysis(ctx: PlanContext, index: int) -> Analysis:
    """The flattened task sequence, computed once per validation run and task sequence."""
    ts = ctx.plan.task_sequences[index]
    if _Cache.ctx is not ctx:
        _Cache.ctx, _Cache.by_index = ctx, {}
    cached = _Cache.by_index.get(index)
    if cached is not None and cached[0] is ts:
        return cached[1]
    result = analyse(ts)
    _Cache.by_index[index] = (ts, result)
    return result


def _subject(i: int, item: Instruction, suffix: str = "") -> str:
    return f"task_sequences[{i}].{item.path}{suffix}"


# ----------------------------------------------------------------- hard-link migrations


@check("TS001", Scope.TASK_SEQUENCE)
def hardlink_variables_missing(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not a.hardlink():
        return
    set_names = {s.name.casefold() for s in a.sets}
    for var in load_variables().hardlink:
        if var.name.casefold() not in set_names:
            yield Hit(
                f"task_sequences[{i}]",
                f"{a.ts.name}: uses hard-links but never sets {var.name} (seed value: {var.value})",
            )


@check("TS002", Scope.TASK_SEQUENCE)
def misspelled_variables(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    variables = load_variables()
    known = {n.casefold(): n for n in variables.known_names()}
    later = {v.name.casefold() for v in variables.later}
    names = [(s.item, s.name, ".variables") for s in a.sets]
    names += [(a.items[k], name, ".conditions") for k, name in a.cond_vars]
    for item, name, where in sorted(names, key=lambda n: n[0].number):
        folded = name.casefold()
        if not name or folded in known or folded in later:
            continue
        near = nearest(folded, known)
        if near is not None:
            yield Hit(
                _subject(i, item, where),
                f"{item.label}: variable {name!r} looks like a misspelling of {near!r}",
            )


@check("TS003", Scope.TASK_SEQUENCE)
def hardlink_values(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not a.hardlink():
        return
    rules = {v.name.casefold(): v for v in load_variables().hardlink}
    for s in a.sets:
        var = rules.get(s.name.casefold())
        if var is None:
            continue
        words = s.value.casefold().split()
        lacking = [opt for opt in var.required_options if opt.casefold() not in words]
        if lacking:
            yield Hit(
                _subject(i, s.item, ".variables"),
                f"{s.item.label}: {var.name} is {s.value!r}, which lacks {' '.join(lacking)}",
            )
        if var.name == "OSDStateStorePath" and s.value.startswith(("\\\\", "//")):
            yield Hit(
                _subject(i, s.item, ".variables"),
                f"{s.item.label}: {var.name} is "
                f"the network path {s.value!r}; a hard-link store must be local",
            )


@check("TS004", Scope.TASK_SEQUENCE)
def hardlink_order(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not a.hardlink():
        return
    for var in load_variables().hardlink:
        served = a.steps_of(var.before)
        sets = [s for s in a.sets if s.name.casefold() == var.name.casefold()]
        if not served or not sets:
            continue
        first_served = served[0]
        if not any(s.number < first_served.number for s in sets):
            late = sets[0]
            yield Hit(
                _subject(i, late.item),
                f"{late.item.label}: sets {var.name} after {first_served.label}, which needs it",
            )


@check("TS005", Scope.TASK_SEQUENCE)
def state_store_with_hardlinks(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not a.hardlink():
        return
    for sms_type in (REQUEST_STORE, RELEASE_STORE):
        for item in a.steps_of(sms_type):
            yield Hit(
                _subject(i, item),
                f"{item.label}: not needed with a hard-link store "
                "(it talks to a state migration point)",
            )


@check("TS006", Scope.TASK_SEQUENCE)
def capture_in_winpe(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    full_os_only = [PREPARE_CLIENT, PREPARE_OS] + ([CAPTURE_STATE] if a.hardlink() else [])
    if a.steps_of(CAPTURE_IMAGE):
        full_os_only.append(JOIN)
    for sms_type in full_os_only:
        for k in a.by_type.get(sms_type, ()):
            item, node = a.items[k], a.items[k].node
            if not a.enabled[k] or not isinstance(node, Step):
                continue
            if node.run_in is RunIn.WINPE or a.winpe_guard[k]:
                yield Hit(
                    _subject(i, item),
                    f"{item.label}: runs in WinPE; this step must run in the full operating system",
                )
            elif (
                sms_type == CAPTURE_STATE
                and (node.variable("OfflineUserState") or "").casefold() == "true"
            ):
                yield Hit(
                    _subject(i, item),
                    f"{item.label}: captures offline (in WinPE); "
                    "hard-link capture with this step runs in the full OS only",
                )
    if _capture_only(a.ts) and _opt(a.ts, "start_in_winpe"):
        yield Hit(
            f"task_sequences[{i}].builder_options.start_in_winpe",
            f"{a.ts.name}: a capture-only task sequence cannot start from WinPE",
        )


# ----------------------------------------------------------------- 2007 limits


@check("TS007", Scope.TASK_SEQUENCE)
def later_variables(ctx: PlanContext, i: int) -> Iterator[Hit]:
    """Variables of the version-gate table (``variables.toml``) used on a site older than the
    version they arrived in; names not in the table are not guessed at."""
    a = analysis(ctx, i)
    later = {v.name.casefold(): v for v in load_variables().later if v.later_than(ctx.version)}
    if not later:
        return
    uses = [(s.item, s.name) for s in a.sets]
    uses += [(a.items[k], name) for k, name in (*a.cond_vars, *a.used_vars)]
    reported: set[tuple[str, str]] = set()
    for item, name in sorted(uses, key=lambda u: u[0].number):
        var = later.get(name.casefold())
        if var is not None and (item.path, var.name) not in reported:
            reported.add((item.path, var.name))
            yield Hit(
                _subject(i, item),
                f"{item.label}: uses {var.name}, which arrived with Configuration Manager "
                f"{var.since}; the site runs ConfigMgr 2007 {ctx.version}",
            )


@check("TS008", Scope.TASK_SEQUENCE)
def sequence_version(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    if ts.version.strip() != "3.00":
        yield Hit(
            f"task_sequences[{i}].version",
            f"{ts.name}: sequence version is "
            f"{ts.version or '(none)'!s}; ConfigMgr 2007 expects 3.00",
        )


@check("TS009", Scope.TASK_SEQUENCE)
def unguarded_disk_steps(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    first_full_os = next(
        (
            item.number
            for k, item in enumerate(a.items)
            if a.enabled[k] and isinstance(item.node, Step) and item.node.run_in is RunIn.FULL_OS
        ),
        None,
    )
    existing = _capture_only(a.ts) or a.hardlink()
    for k, item in enumerate(a.items):
        node = item.node
        if not isinstance(node, Step) or node.type not in (PARTITION, APPLY_OS):
            continue
        # A condition does not count as a guard: these steps run in Windows PE only, so the
        # usual ones (_SMSTSInWinPE equals true) are true whenever the step runs.
        if not a.enabled[k]:
            continue
        if existing or (first_full_os is not None and first_full_os < item.number):
            yield Hit(
                _subject(i, item),
                f"{item.label}: erases or overwrites the disk of every computer the task "
                "sequence is advertised to, also working ones",
            )


@check("TS010", Scope.TASK_SEQUENCE)
def catch_group(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    yield from _catch_groups(a.ts.steps, "steps", i, _Labels(a))


class _Labels:
    """Path -> label, looked up only for the few nodes a finding names."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.by_path: dict[str, str] | None = None

    def get(self, path: str, default: str) -> str:
        if self.by_path is None:
            self.by_path = {item.path: item.label for item in self.a.items}
        return self.by_path.get(path, default)


def _catch_groups(nodes: list[Step | Group], prefix: str, i: int, labels: _Labels) -> Iterator[Hit]:
    for pos, node in enumerate(nodes):
        if not isinstance(node, Group):
            continue
        path = f"task_sequences[{i}].{prefix}[{pos}]"
        tests = [
            e
            for c in node.conditions
            for e in var_expressions(c)
            if e.properties.get("Variable", "").casefold() == LAST_ACTION.casefold()
        ]
        if tests:
            label = labels.get(f"{prefix}[{pos}]", node.name)
            op = tests[0].properties.get("Operator", "").casefold()
            value = tests[0].properties.get("Value", "").casefold()
            if not (
                (op == "equals" and value == "false") or (op == "notequals" and value == "true")
            ):
                yield Hit(
                    f"{path}.conditions",
                    f"{label}: runs when {LAST_ACTION} "
                    f"{op} {value!r}, so it does not run after a failure",
                )
            before = nodes[pos - 1] if pos > 0 else None
            if before is None:
                yield Hit(path, f"{label}: nothing comes before it to catch")
            elif not before.continue_on_error:
                yield Hit(
                    path,
                    f"{label}: {labels.get(f'{prefix}[{pos - 1}]', before.name)} before it "
                    "is not set to "
                    "continue on error, so a failure ends the task sequence first",
                )
            if not node.enabled:
                yield Hit(path, f"{label}: the error-catching group is disabled")
        yield from _catch_groups(node.children, f"{prefix}[{pos}].children", i, labels)


@check("TS011", Scope.TASK_SEQUENCE)
def disabled_nodes(ctx: PlanContext, i: int) -> Iterator[Hit]:
    for item in analysis(ctx, i).items:
        if not item.node.enabled:
            yield Hit(_subject(i, item), f"{item.label} is disabled")


@check("TS012", Scope.TASK_SEQUENCE)
def secrets_present(ctx: PlanContext, i: int) -> Iterator[Hit]:
    """Every value the export leaves out (the export's own decision, see
    :func:`cmplanner.tasksequence.xmlwrite.secret_notes`): secret properties and variables,
    also inside elements ConfigMgr 2007 does not know, the values conditions compare secret
    variables with, and passwords typed into command lines."""
    ts = ctx.plan.task_sequences[i]
    for note in secret_notes(ts):
        on_step = note.subject.startswith("steps[")
        yield Hit(
            f"task_sequences[{i}].{note.subject}",
            f"{note.where if on_step else ts.name}: {note.finding}",
        )


@check("TS013", Scope.TASK_SEQUENCE)
def unknown_packages(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    catalog = load_steps()
    known = ctx.package_by_id
    boot = a.ts.boot_image_id.strip()
    if PACKAGE_ID.match(boot) and boot.casefold() not in known:
        yield Hit(
            f"task_sequences[{i}].boot_image_id",
            f"{a.ts.name}: boot image {boot} is not in the plan",
        )
    for j, ref in enumerate(a.ts.references):
        pid = ref.get("package", "")
        if PACKAGE_ID.match(pid) and pid.casefold() not in known:
            yield Hit(
                f"task_sequences[{i}].references[{j}]",
                f"{a.ts.name}: references package {pid}, which is not in the plan",
            )
    for item in a.items:
        node = item.node
        if not isinstance(node, Step):
            continue
        step_type = catalog.get(node.type)
        for j, var in enumerate(node.variables):
            prop = step_type.prop(var.property or var.name) if step_type else None
            is_package = (
                prop.package
                if prop is not None
                else (var.property or var.name).casefold().endswith("packageid")
            )
            if is_package and PACKAGE_ID.match(var.value) and var.value.casefold() not in known:
                yield Hit(
                    _subject(i, item, f".variables[{j}]"),
                    f"{item.label}: package {var.value} is not in the plan",
                )


@check("TS014", Scope.TASK_SEQUENCE)
def unknown_step_types(ctx: PlanContext, i: int) -> Iterator[Hit]:
    catalog = load_steps()
    a = analysis(ctx, i)
    for k in a.steps:
        item = a.items[k]
        node = item.node
        assert isinstance(node, Step)
        if node.layout is not None and node.layout.tag == "subtasksequence":
            yield Hit(
                _subject(i, item),
                f"{item.label}: <subtasksequence> (Run Task Sequence) arrived after ConfigMgr 2007",
            )
            continue
        if not node.type:
            yield Hit(
                _subject(i, item),
                f"{item.label}: has no step type (an MDT Lite Touch "
                "step); ConfigMgr 2007 cannot import it",
            )
            continue
        known = catalog.get(node.type)
        if known is None and not catalog.is_mdt(node.type):
            yield Hit(
                _subject(i, item), f"{item.label}: {node.type} is not a ConfigMgr 2007 step type"
            )
        elif known is not None and known.since not in IN_2007:
            yield Hit(
                _subject(i, item),
                f"{item.label}: {known.name} ({node.type}) arrived with "
                f"{_since_label(known.since)}, after ConfigMgr 2007",
            )


def _since_label(since: str) -> str:
    """``2012 R2`` -> ``Configuration Manager 2012 R2``; ``CB`` -> ``Current Branch``."""
    return "Current Branch" if since == "CB" else f"Configuration Manager {since}"


@check("TS015", Scope.TASK_SEQUENCE)
def mdt_steps(ctx: PlanContext, i: int) -> Iterator[Hit]:
    catalog = load_steps()
    a = analysis(ctx, i)
    for k in sorted(k for t, ks in a.by_type.items() if t and catalog.is_mdt(t) for k in ks):
        item = a.items[k]
        node = item.node
        if isinstance(node, Step):
            yield Hit(_subject(i, item), f"{item.label}: {node.type} needs MDT integration")


# ----------------------------------------------------------------- capture-only


def _capture_only(ts: TaskSequence) -> bool:
    return "capture-only" in (ts.builder, ts.builder_options.get("wrapped_builder"))


def _opt(ts: TaskSequence, name: str) -> bool:
    return ts.builder_options.get(name, "").strip().casefold() in ("1", "true", "yes", "on")


@check("TS016", Scope.TASK_SEQUENCE)
def capture_mandatory(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    if _capture_only(ts) and _opt(ts, "mandatory_assignment"):
        yield Hit(
            f"task_sequences[{i}].builder_options.mandatory_assignment",
            f"{ts.name}: advertised with a mandatory assignment",
        )


@check("TS017", Scope.TASK_SEQUENCE)
def reference_outside_boundaries(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    address = ts.builder_options.get("reference_machine", "").strip()
    if not _capture_only(ts) or not address:
        return
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return
    from cmplanner.model.distribution import DistributionPoint

    probe = DistributionPoint(name="reference machine", ip_address=str(ip))
    index = ctx.boundary_index
    if index is not None and not index.containing(probe):
        yield Hit(
            f"task_sequences[{i}].builder_options.reference_machine",
            f"{ts.name}: reference machine {ip} is in none of the plan's boundaries",
        )


@check("TS018", Scope.TASK_SEQUENCE)
def capture_domain_joined(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    captures = a.steps_of(CAPTURE_IMAGE)
    if not captures:
        return
    joins = a.steps_of(JOIN)
    workgroup = [
        j
        for j in joins
        if isinstance(j.node, Step)
        and (j.node.variable("Type") or "").strip() == "1"
        and j.number < captures[0].number
    ]
    domain = [
        j
        for j in joins
        if isinstance(j.node, Step)
        and (j.node.variable("Type") or "").strip() == "0"
        and j.number < captures[0].number
    ]
    if domain and (not workgroup or workgroup[-1].number < domain[-1].number):
        yield Hit(
            _subject(i, domain[-1]),
            f"{domain[-1].label}: joins a domain before the capture, and no Join Workgroup follows",
        )
    if _capture_only(a.ts) and _opt(a.ts, "domain_joined") and not workgroup:
        yield Hit(
            f"task_sequences[{i}]",
            f"{a.ts.name}: the reference machine is "
            "domain-joined and the task sequence has no Join Workgroup step",
        )


@check("TS019", Scope.TASK_SEQUENCE)
def capture_admin_password(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    blank = ts.builder_options.get("local_admin_password_blank", "true").strip().casefold()
    if _capture_only(ts) and blank in ("0", "false", "no", "off"):
        yield Hit(
            f"task_sequences[{i}].builder_options.local_admin_password_blank",
            f"{ts.name}: the reference machine's local administrator password is set",
        )


# ----------------------------------------------------------------- version gates


@check("TS020", Scope.TASK_SEQUENCE)
def hardlink_below_sp2(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if a.hardlink() and not ctx.version.at_least(ServicePack.SP2):
        yield Hit(
            f"task_sequences[{i}]", f"{a.ts.name}: hard-link migration on an {ctx.version} site"
        )


def _xp(name: str) -> bool:
    folded = name.casefold().replace(" ", "")
    return folded in ("xp", "winxp") or folded.startswith("windowsxp")


@check("TS021", Scope.TASK_SEQUENCE)
def hardlink_xp_to_xp(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    opts = ts.builder_options
    if (
        analysis(ctx, i).hardlink()
        and _xp(opts.get("source_os", ""))
        and _xp(opts.get("target_os", ""))
    ):
        yield Hit(
            f"task_sequences[{i}].builder_options",
            f"{ts.name}: hard-link migration from Windows XP to Windows XP",
        )


@check("TS022", Scope.TASK_SEQUENCE)
def xp_capture_without_tools(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not _opt(a.ts, "windows_xp"):
        return
    prepares = a.steps_of(PREPARE_OS)
    tools = a.steps_of(DEPLOY_TOOLS)
    if prepares and not any(t.number < prepares[0].number for t in tools):
        yield Hit(
            _subject(i, prepares[0]),
            f"{prepares[0].label}: Windows XP needs Install Deployment Tools before this step",
        )


# ----------------------------------------------------------------- boot image


def _needs_winpe(node: Step) -> bool:
    """A step that only runs in WinPE, or a restart into the boot image."""
    if node.type == "SMS_TaskSequence_RebootAction":
        return (node.variable("SMSRebootTarget") or "").casefold() == "winpe"
    kind = load_steps().get(node.type)
    return kind is not None and kind.run_in is RunIn.WINPE


@check("TS023", Scope.TASK_SEQUENCE)
def winpe_without_boot_image(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if a.ts.boot_image_id.strip() or boot_image_unknown(a.ts):
        return
    for k in a.steps:
        node = a.items[k].node
        if a.enabled[k] and isinstance(node, Step) and _needs_winpe(node):
            yield Hit(
                f"task_sequences[{i}].boot_image_id",
                f"{a.ts.name}: {a.items[k].label} needs Windows PE, but the task "
                "sequence has no boot image",
            )
            return


# ----------------------------------------------------------------- hard-link store


@check("TS024", Scope.TASK_SEQUENCE)
def format_in_hardlink_sequence(ctx: PlanContext, i: int) -> Iterator[Hit]:
    """Formatting or repartitioning the disk removes a hard-link store kept on it."""
    a = analysis(ctx, i)
    if not a.hardlink():
        return
    for k, item in enumerate(a.items):
        node = item.node
        if isinstance(node, Step) and node.type == PARTITION and a.enabled[k]:
            yield Hit(
                _subject(i, item),
                f"{item.label}: formats the disk that holds the hard-link migration store",
            )


@check("TS025", Scope.TASK_SEQUENCE)
def hardlink_state_steps_missing(ctx: PlanContext, i: int) -> Iterator[Hit]:
    """A hard-link refresh captures the users' files before Windows is replaced and restores
    them after; without an enabled step of each they are not carried over."""
    a = analysis(ctx, i)
    if not a.hardlink() or not a.steps_of(APPLY_OS):
        return
    for sms_type, step_words, lost in (
        (
            CAPTURE_STATE,
            "Capture User Files and Settings",
            "the users' files are not captured before Windows is replaced",
        ),
        (
            RESTORE_STATE,
            "Restore User Files and Settings",
            "the captured files stay in the store and the users start without them",
        ),
    ):
        if a.steps_of(sms_type):
            continue
        disabled = a.steps_of(sms_type, enabled_only=False)
        if disabled:
            yield Hit(_subject(i, disabled[0]), f"{disabled[0].label} is disabled: {lost}")
        else:
            yield Hit(f"task_sequences[{i}]", f"{a.ts.name}: no {step_words} step: {lost}")


# a command that ends with a non-zero exit code: cmd's "exit 1", "exit /b 5", PowerShell's
# "exit 1" (the step fails, and with it the task sequence)
_FAILS = re.compile(r"\bexit\s+(?:/b\s+)?0*[1-9]\d*\b", re.IGNORECASE)


@check("TS026", Scope.TASK_SEQUENCE)
def catch_group_reports_success(ctx: PlanContext, i: int) -> Iterator[Hit]:
    """After the Error Catching group copied the logs, something must fail the task
    sequence, or its status reports a failed run as a success."""
    a = analysis(ctx, i)
    group = find_catch_group(a.ts.steps)
    if group is None:
        return
    item = next((x for x in a.items if x.node is group), None)
    if item is None or not group.enabled:
        return
    stack: list[Step | Group] = list(group.children)
    while stack:
        node = stack.pop()
        if isinstance(node, Group):
            stack.extend(node.children)
        elif node.enabled and _FAILS.search(node.variable("CommandLine") or node.action):
            return
    yield Hit(
        _subject(i, item),
        f"{item.label}: no step fails the task sequence after the logs are copied, so a "
        "failed run ends as a success",
    )
