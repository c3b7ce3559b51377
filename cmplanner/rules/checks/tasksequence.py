"""Checks of task sequences: hard-link migrations, capture-only, error catching, 2007 limits.

Each check gets one task sequence of the plan (``task_sequences[i]``) and names the exact node
it is about (``task_sequences[i].steps[2].children[1]``). The tree is flattened once per
validation run and shared by the checks (see :func:`analysis`).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

from cmplanner.model.site import ServicePack
from cmplanner.model.tasksequence import Expression, Group, Operator, RunIn, Step, TaskSequence
from cmplanner.rules.context import PlanContext
from cmplanner.rules.registry import Hit, Scope, check
from cmplanner.tasksequence.catalog import load_steps, load_variables
from cmplanner.tasksequence.conditions import VARIABLE
from cmplanner.tasksequence.numbering import Instruction, instructions
from cmplanner.tasksequence.secrets import is_secret

SET_VARIABLE = "SMS_TaskSequence_SetVariableAction"
CAPTURE_STATE = "SMS_TaskSequence_CaptureUserStateAction"
RESTORE_STATE = "SMS_TaskSequence_RestoreUserStateAction"
REQUEST_STORE = "SMS_TaskSequence_RequestStateStoreAction"
RELEASE_STORE = "SMS_TaskSequence_ReleaseStateStoreAction"
PARTITION = "SMS_TaskSequence_PartitionDiskAction"
APPLY_OS = "SMS_TaskSequence_ApplyOperatingSystemAction"
CAPTURE_IMAGE = "SMS_TaskSequence_CaptureSystemImageAction"
PREPARE_CLIENT = "SMS_TaskSequence_PrepareSMSClientAction"
PREPARE_OS = "SMS_TaskSequence_PrepareOSAction"
JOIN = "SMS_TaskSequence_JoinDomainWorkgroupAction"
DEPLOY_TOOLS = "SMS_TaskSequence_InstallDeployToolsAction"
LAST_ACTION = "_SMSTSLastActionSucceeded"
_PACKAGE_ID = re.compile(r"^[A-Za-z0-9]{3}[0-9A-Fa-f]{5}$")
_PERCENT_VAR = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)%")


@dataclass
class SetVar:
    number: int
    name: str
    value: str
    item: Instruction


@dataclass
class Analysis:
    """One task sequence flattened: its instructions with what the checks ask of them."""

    ts: TaskSequence
    items: list[Instruction]
    enabled: list[bool] = field(default_factory=list)
    guarded: list[bool] = field(default_factory=list)  # node or an outer group has a condition
    winpe_guard: list[bool] = field(default_factory=list)  # a condition says "in WinPE"
    sets: list[SetVar] = field(default_factory=list)
    by_type: dict[str, list[int]] = field(default_factory=dict)
    steps: list[int] = field(default_factory=list)  # positions of steps (not groups)
    cond_vars: list[tuple[int, str]] = field(default_factory=list)  # variables conditions test
    used_vars: list[tuple[int, str]] = field(default_factory=list)  # %NAME% in commands/values
    secrets: list[tuple[int, int]] = field(default_factory=list)  # (step, variable) holding one

    def steps_of(self, sms_type: str, enabled_only: bool = True) -> list[Instruction]:
        return [self.items[k] for k in self.by_type.get(sms_type, ())
                if self.enabled[k] or not enabled_only]

    def hardlink(self) -> bool:
        """Does this task sequence mean to migrate with hard-links?"""
        if "usmt-hardlink" in (self.ts.builder, self.ts.builder_options.get("wrapped_builder")):
            return True
        names = {v.name.casefold() for v in load_variables().hardlink}
        return any(s.name.casefold() in names or "/hardlink" in s.value.casefold()
                   for s in self.sets)


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
    result = _analyse(ts)
    _Cache.by_index[index] = (ts, result)
    return result


def _analyse(ts: TaskSequence) -> Analysis:
    items = instructions(ts)
    result = Analysis(ts, items)
    # Outer groups' state, tracked along the path prefixes.
    outer: dict[str, tuple[bool, bool, bool]] = {}
    for k, item in enumerate(items):
        node = item.node
        parent = item.path.rsplit(".children", 1)[0] if ".children" in item.path else ""
        p_enabled, p_guarded, p_winpe = outer.get(parent, (True, False, False))
        enabled = p_enabled and node.enabled
        guarded = p_guarded or bool(node.conditions)
        winpe = p_winpe or any(_says_winpe(c) for c in node.conditions)
        if isinstance(node, Group):
            outer[item.path] = (enabled, guarded, winpe)
        result.enabled.append(enabled)
        result.guarded.append(guarded)
        result.winpe_guard.append(winpe)
        for cond in node.conditions:
            result.cond_vars.extend((k, e.properties.get("Variable", ""))
                                    for e in _var_expressions(cond))
        if isinstance(node, Step):
            result.steps.append(k)
            result.by_type.setdefault(node.type, []).append(k)
            if node.type == SET_VARIABLE and enabled:
                name = node.variable("VariableName") or ""
                result.sets.append(SetVar(item.number, name,
                                          node.variable("VariableValue") or "", item))
            if "%" in node.action:
                result.used_vars.extend((k, m) for m in _PERCENT_VAR.findall(node.action))
            for j, var in enumerate(node.variables):
                value = var.value
                if value:
                    if "%" in value:
                        result.used_vars.extend((k, m) for m in _PERCENT_VAR.findall(value))
                    if is_secret(var):
                        result.secrets.append((k, j))
    return result


def _says_winpe(cond: Expression | Operator) -> bool:
    if isinstance(cond, Expression):
        p = cond.properties
        return (cond.type == VARIABLE and p.get("Variable", "").casefold() == "_smstsinwinpe"
                and p.get("Operator", "").casefold() == "equals"
                and p.get("Value", "").casefold() == "true")
    return cond.operator == "and" and any(_says_winpe(c) for c in cond.children)


def _subject(i: int, item: Instruction, suffix: str = "") -> str:
    return f"task_sequences[{i}].{item.path}{suffix}"


def _var_expressions(cond: Expression | Operator) -> Iterator[Expression]:
    if isinstance(cond, Operator):
        for child in cond.children:
            yield from _var_expressions(child)
    elif cond.type == VARIABLE:
        yield cond


# ----------------------------------------------------------------- hard-link migrations


@check("TS001", Scope.TASK_SEQUENCE)
def hardlink_variables_missing(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not a.hardlink():
        return
    set_names = {s.name.casefold() for s in a.sets}
    for var in load_variables().hardlink:
        if var.name.casefold() not in set_names:
            yield Hit(f"task_sequences[{i}]", f"{a.ts.name}: uses hard-links but never sets "
                      f"{var.name} (seed value: {var.value})")


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
        near = _nearest(folded, known)
        if near is not None:
            yield Hit(_subject(i, item, where), f"{item.name}: variable {name!r} looks like "
                      f"a misspelling of {near!r}")


def _nearest(word: str, known: dict[str, str]) -> str | None:
    # Short names are too easily one letter apart by design.
    if len(word) < 8:
        return None
    return _nearest_cached(word, tuple(known.items()))


@lru_cache(maxsize=2048)
def _nearest_cached(word: str, known: tuple[tuple[str, str], ...]) -> str | None:
    best: tuple[int, str] | None = None
    for folded, original in known:
        if abs(len(folded) - len(word)) > 2:
            continue
        d = _distance(word, folded, 2)
        if d <= 2 and (best is None or d < best[0]):
            best = (d, original)
    return best[1] if best is not None else None


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (limit + 1) once it exceeds ``limit``."""
    previous = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        current = [x]
        for y, cb in enumerate(b, 1):
            current.append(min(previous[y] + 1, current[y - 1] + 1,
                               previous[y - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


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
            yield Hit(_subject(i, s.item, ".variables"), f"{s.item.node.name}: {var.name} is "
                      f"{s.value!r}, which lacks {' '.join(lacking)}")
        if var.name == "OSDStateStorePath" and s.value.startswith(("\\\\", "//")):
            yield Hit(_subject(i, s.item, ".variables"), f"{s.item.node.name}: {var.name} is "
                      f"the network path {s.value!r}; a hard-link store must be local")


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
            yield Hit(_subject(i, late.item), f"{late.item.node.name}: sets {var.name} at step "
                      f"{late.number}, after {first_served.name!r} (step "
                      f"{first_served.number}) that needs it")


@check("TS005", Scope.TASK_SEQUENCE)
def state_store_with_hardlinks(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not a.hardlink():
        return
    for sms_type in (REQUEST_STORE, RELEASE_STORE):
        for item in a.steps_of(sms_type):
            yield Hit(_subject(i, item), f"{item.name}: not needed with a hard-link store "
                      "(it talks to a state migration point)")


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
                yield Hit(_subject(i, item), f"{item.name}: runs in WinPE; this step must "
                          "run in the full operating system")
            elif sms_type == CAPTURE_STATE and (node.variable("OfflineUserState") or ""
                                                ).casefold() == "true":
                yield Hit(_subject(i, item), f"{item.name}: captures offline (in WinPE); "
                          "hard-link capture with this step runs in the full OS only")
    if _capture_only(a.ts) and _opt(a.ts, "start_in_winpe"):
        yield Hit(f"task_sequences[{i}].builder_options.start_in_winpe",
                  f"{a.ts.name}: a capture-only task sequence cannot start from WinPE")


# ----------------------------------------------------------------- 2007 limits


@check("TS007", Scope.TASK_SEQUENCE)
def later_variables(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    later = {v.name.casefold(): v for v in load_variables().later}
    uses = [(s.item, s.name) for s in a.sets]
    uses += [(a.items[k], name) for k, name in (*a.cond_vars, *a.used_vars)]
    reported: set[tuple[str, str]] = set()
    for item, name in sorted(uses, key=lambda u: u[0].number):
        var = later.get(name.casefold())
        if var is not None and (item.path, var.name) not in reported:
            reported.add((item.path, var.name))
            yield Hit(_subject(i, item), f"{item.name}: uses {var.name}, which exists only "
                      f"since {var.since}")


@check("TS008", Scope.TASK_SEQUENCE)
def sequence_version(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    if ts.version.strip() != "3.00":
        yield Hit(f"task_sequences[{i}].version", f"{ts.name}: sequence version is "
                  f"{ts.version or '(none)'!s}; ConfigMgr 2007 expects 3.00")


@check("TS009", Scope.TASK_SEQUENCE)
def unguarded_disk_steps(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    first_full_os = next((item.number for k, item in enumerate(a.items)
                          if a.enabled[k] and isinstance(item.node, Step)
                          and item.node.run_in is RunIn.FULL_OS), None)
    existing = _capture_only(a.ts) or a.hardlink()
    for k, item in enumerate(a.items):
        node = item.node
        if not isinstance(node, Step) or node.type not in (PARTITION, APPLY_OS):
            continue
        if not a.enabled[k] or a.guarded[k]:
            continue
        if existing or (first_full_os is not None and first_full_os < item.number):
            yield Hit(_subject(i, item), f"{item.name}: runs without a condition in a task "
                      "sequence that also runs in the full OS")


@check("TS010", Scope.TASK_SEQUENCE)
def catch_group(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    yield from _catch_groups(ts.steps, "steps", i)


def _catch_groups(nodes: list[Step | Group], prefix: str, i: int) -> Iterator[Hit]:
    for pos, node in enumerate(nodes):
        if not isinstance(node, Group):
            continue
        path = f"task_sequences[{i}].{prefix}[{pos}]"
        tests = [e for c in node.conditions for e in _var_expressions(c)
                 if e.properties.get("Variable", "").casefold() == LAST_ACTION.casefold()]
        if tests:
            op = tests[0].properties.get("Operator", "").casefold()
            value = tests[0].properties.get("Value", "").casefold()
            if not ((op == "equals" and value == "false")
                    or (op == "notequals" and value == "true")):
                yield Hit(f"{path}.conditions", f"{node.name}: runs when {LAST_ACTION} "
                          f"{op} {value!r}, so it does not run after a failure")
            before = nodes[pos - 1] if pos > 0 else None
            if before is None:
                yield Hit(path, f"{node.name}: nothing comes before it to catch")
            elif not before.continue_on_error:
                yield Hit(path, f"{node.name}: {before.name!r} before it is not set to "
                          "continue on error, so a failure ends the task sequence first")
            if not node.enabled:
                yield Hit(path, f"{node.name}: the error-catching group is disabled")
        yield from _catch_groups(node.children, f"{prefix}[{pos}].children", i)


@check("TS011", Scope.TASK_SEQUENCE)
def disabled_nodes(ctx: PlanContext, i: int) -> Iterator[Hit]:
    for item in analysis(ctx, i).items:
        if not item.node.enabled:
            yield Hit(_subject(i, item), f"{item.kind} {item.number} {item.name!r} is disabled")


@check("TS012", Scope.TASK_SEQUENCE)
def secrets_present(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    for j, var in enumerate(a.ts.global_variables):
        if var.value and is_secret(var):
            yield Hit(f"task_sequences[{i}].global_variables[{j}]",
                      f"{a.ts.name}: global variable {var.name} holds a secret")
    for k, j in a.secrets:
        item = a.items[k]
        node = item.node
        assert isinstance(node, Step)
        yield Hit(_subject(i, item, f".variables[{j}]"),
                  f"{node.name}: {node.variables[j].name} holds a secret")


@check("TS013", Scope.TASK_SEQUENCE)
def unknown_packages(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    catalog = load_steps()
    known = ctx.package_by_id
    boot = a.ts.boot_image_id.strip()
    if _PACKAGE_ID.match(boot) and boot.casefold() not in known:
        yield Hit(f"task_sequences[{i}].boot_image_id",
                  f"{a.ts.name}: boot image {boot} is not in the plan")
    for j, ref in enumerate(a.ts.references):
        pid = ref.get("package", "")
        if _PACKAGE_ID.match(pid) and pid.casefold() not in known:
            yield Hit(f"task_sequences[{i}].references[{j}]",
                      f"{a.ts.name}: references package {pid}, which is not in the plan")
    for item in a.items:
        node = item.node
        if not isinstance(node, Step):
            continue
        step_type = catalog.get(node.type)
        for j, var in enumerate(node.variables):
            prop = step_type.prop(var.property or var.name) if step_type else None
            is_package = (prop.package if prop is not None
                          else (var.property or var.name).casefold().endswith("packageid"))
            if (is_package and _PACKAGE_ID.match(var.value)
                    and var.value.casefold() not in known):
                yield Hit(_subject(i, item, f".variables[{j}]"), f"{node.name}: package "
                          f"{var.value} is not in the plan")


@check("TS014", Scope.TASK_SEQUENCE)
def unknown_step_types(ctx: PlanContext, i: int) -> Iterator[Hit]:
    catalog = load_steps()
    a = analysis(ctx, i)
    for k in a.steps:
        item = a.items[k]
        node = item.node
        assert isinstance(node, Step)
        if node.layout is not None and node.layout.tag == "subtasksequence":
            yield Hit(_subject(i, item), f"{node.name}: <subtasksequence> (Run Task Sequence) "
                      "arrived after ConfigMgr 2007")
            continue
        if not node.type:
            yield Hit(_subject(i, item), f"{node.name}: has no step type (an MDT Lite Touch "
                      "step); ConfigMgr 2007 cannot import it")
            continue
        known = catalog.get(node.type)
        if known is None and not catalog.is_mdt(node.type):
            yield Hit(_subject(i, item), f"{node.name}: {node.type} is not a ConfigMgr 2007 "
                      "step type")
        elif known is not None and known.since == "CB":
            yield Hit(_subject(i, item), f"{node.name}: {known.name} ({node.type}) exists "
                      "only in later versions of Configuration Manager")


@check("TS015", Scope.TASK_SEQUENCE)
def mdt_steps(ctx: PlanContext, i: int) -> Iterator[Hit]:
    catalog = load_steps()
    a = analysis(ctx, i)
    for k in sorted(k for t, ks in a.by_type.items() if t and catalog.is_mdt(t) for k in ks):
        item = a.items[k]
        node = item.node
        if isinstance(node, Step):
            yield Hit(_subject(i, item), f"{node.name}: {node.type} needs MDT integration")


# ----------------------------------------------------------------- capture-only


def _capture_only(ts: TaskSequence) -> bool:
    return "capture-only" in (ts.builder, ts.builder_options.get("wrapped_builder"))


def _opt(ts: TaskSequence, name: str) -> bool:
    return ts.builder_options.get(name, "").strip().casefold() in ("1", "true", "yes", "on")


@check("TS016", Scope.TASK_SEQUENCE)
def capture_mandatory(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    if _capture_only(ts) and _opt(ts, "mandatory_assignment"):
        yield Hit(f"task_sequences[{i}].builder_options.mandatory_assignment",
                  f"{ts.name}: advertised with a mandatory assignment")


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
        yield Hit(f"task_sequences[{i}].builder_options.reference_machine",
                  f"{ts.name}: reference machine {ip} is in none of the plan's boundaries")


@check("TS018", Scope.TASK_SEQUENCE)
def capture_domain_joined(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    captures = a.steps_of(CAPTURE_IMAGE)
    if not captures:
        return
    joins = a.steps_of(JOIN)
    workgroup = [j for j in joins if isinstance(j.node, Step)
                 and (j.node.variable("Type") or "").strip() == "1"
                 and j.number < captures[0].number]
    domain = [j for j in joins if isinstance(j.node, Step)
              and (j.node.variable("Type") or "").strip() == "0"
              and j.number < captures[0].number]
    if domain and (not workgroup or workgroup[-1].number < domain[-1].number):
        yield Hit(_subject(i, domain[-1]), f"{domain[-1].name}: joins a domain before the "
                  "capture, and no Join Workgroup follows")
    if _capture_only(a.ts) and _opt(a.ts, "domain_joined") and not workgroup:
        yield Hit(f"task_sequences[{i}]", f"{a.ts.name}: the reference machine is "
                  "domain-joined and the task sequence has no Join Workgroup step")


@check("TS019", Scope.TASK_SEQUENCE)
def capture_admin_password(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    blank = ts.builder_options.get("local_admin_password_blank", "true").strip().casefold()
    if _capture_only(ts) and blank in ("0", "false", "no", "off"):
        yield Hit(f"task_sequences[{i}].builder_options.local_admin_password_blank",
                  f"{ts.name}: the reference machine's local administrator password is set")


# ----------------------------------------------------------------- version gates


@check("TS020", Scope.TASK_SEQUENCE)
def hardlink_below_sp2(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if a.hardlink() and not ctx.version.at_least(ServicePack.SP2):
        yield Hit(f"task_sequences[{i}]", f"{a.ts.name}: hard-link migration on a "
                  f"{ctx.version} site")


def _xp(name: str) -> bool:
    folded = name.casefold().replace(" ", "")
    return folded in ("xp", "winxp") or folded.startswith("windowsxp")


@check("TS021", Scope.TASK_SEQUENCE)
def hardlink_xp_to_xp(ctx: PlanContext, i: int) -> Iterator[Hit]:
    ts = ctx.plan.task_sequences[i]
    opts = ts.builder_options
    if (analysis(ctx, i).hardlink() and _xp(opts.get("source_os", ""))
            and _xp(opts.get("target_os", ""))):
        yield Hit(f"task_sequences[{i}].builder_options",
                  f"{ts.name}: hard-link migration from Windows XP to Windows XP")


@check("TS022", Scope.TASK_SEQUENCE)
def xp_capture_without_tools(ctx: PlanContext, i: int) -> Iterator[Hit]:
    a = analysis(ctx, i)
    if not _opt(a.ts, "windows_xp"):
        return
    prepares = a.steps_of(PREPARE_OS)
    tools = a.steps_of(DEPLOY_TOOLS)
    if prepares and not any(t.number < prepares[0].number for t in tools):
        yield Hit(_subject(i, prepares[0]), f"{prepares[0].name}: Windows XP needs Install "
                  "Deployment Tools before this step")
