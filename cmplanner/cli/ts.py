"""``cmplanner ts new|lint|show``: build, check and outline ConfigMgr 2007 task sequences."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cmplanner.cli.common import add_format_option
from cmplanner.formats import FINDINGS_FORMATS, OutputFormat

BUILDER_NAMES = ["capture-only", "usmt-hardlink", "error-catching"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("ts", help="task sequences: build, lint, show")
    sub = parser.add_subparsers(dest="ts_command", metavar="COMMAND", required=True)

    new = sub.add_parser(
        "new",
        help="write a 2007-importable task sequence export",
        description="Build one of the seed's task sequences. Exit 1 when the "
        "site version (or an option) cannot run it, 2 for an option value or site version "
        "no site can use. The task-sequence rules' findings on what was built, and every "
        "placeholder left to replace, are printed on stderr.",
    )
    new.add_argument("kind", choices=BUILDER_NAMES)
    new.add_argument("-o", "--output", metavar="FILE", help="the export (default: stdout)")
    new.add_argument(
        "--site-version",
        default="SP2",
        metavar="V",
        help="the site's service pack and add-on, e.g. SP1, 'SP2 R3' (default SP2)",
    )
    new.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a builder option, e.g. windows_xp=true, share=\\\\srv\\logs$ (repeatable); "
        "error-catching: fail-at-end=yes|no (default yes) ends the error-catching group with "
        "a step that fails the task sequence after the logs are copied",
    )
    new.add_argument(
        "--wrap", metavar="FILE", help="error-catching: the task sequence export to wrap"
    )
    new.add_argument(
        "--script",
        metavar="FILE",
        help="error-catching: also write the generated CopyLogs.vbs here",
    )
    new.add_argument(
        "--bare",
        action="store_true",
        help="write a bare <sequence> document instead of the console's export",
    )
    new.add_argument(
        "--keep-secret",
        action="append",
        default=[],
        metavar="NAME",
        help="export this secret instead of leaving it out: a variable or property name, or "
        "a step's name for the passwords typed into its command lines (otherwise written as "
        "%%REMOVED_PASSWORD%%); repeatable",
    )
    new.set_defaults(handler=run_new)

    lint = sub.add_parser("lint", help="findings for existing task sequence exports")
    lint.add_argument("files", nargs="+", metavar="FILE")
    add_format_option(lint, FINDINGS_FORMATS)
    lint.add_argument(
        "--site-version",
        default=None,
        metavar="V",
        help="check against this site version (default SP2)",
    )
    lint.add_argument(
        "--plan", metavar="PLAN", help="also check package IDs and boundaries against this plan"
    )
    lint.set_defaults(handler=run_lint)

    show = sub.add_parser("show", help="numbered outline, numbers as smsts.log counts")
    show.add_argument("file", metavar="FILE")
    show.add_argument(
        "--var",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="dry-run the conditions with this variable (repeatable)",
    )
    show.set_defaults(handler=run_show)


def _pairs(values: list[str], flag: str) -> dict[str, str] | str:
    out: dict[str, str] = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name.strip():
            return f"argument {flag}: expected NAME=VALUE, got {value!r}"
        out[name.strip()] = rest
    return out


def _version(text: str | None) -> Any:
    """The site version named, refused (``ValueError``) when no site can be at it: an
    unknown name, or an add-on its service pack cannot carry (``RTM R3``, rule VER003)."""
    from cmplanner.model.site import SiteVersion
    from cmplanner.rules.tasksequence_lint import site_version_problems

    version = SiteVersion.parse(text or "SP2")
    problems = site_version_problems(version)
    if problems:
        raise ValueError(f"{text!r}: {problems[0].message}")
    return version


def run_new(args: argparse.Namespace) -> int:

    from cmplanner.cli.common import check_outputs, fail, write_output
    from cmplanner.tasksequence.builders import BuilderOptionError, BuilderRefused, build
    from cmplanner.tasksequence.logscript import (
        DEFAULT_DRIVE,
        DEFAULT_FOLDER,
        log_copy_script,
        where_it_goes,
    )
    from cmplanner.tasksequence.packageids import missing_values
    from cmplanner.tasksequence.xmlio import load_task_sequence
    from cmplanner.tasksequence.xmlwrite import export_task_sequence

    try:
        version = _version(args.site_version)
    except ValueError as exc:
        return fail(f"argument --site-version: {exc}")
    options = _pairs(args.option, "--option")
    if isinstance(options, str):
        return fail(options)
    # option names are the builder's (fail_at_end); fail-at-end is the same option
    kwargs: dict[str, Any] = {key.replace("-", "_"): value for key, value in options.items()}
    if (args.wrap or args.script) and args.kind != "error-catching":
        return fail("arguments --wrap and --script belong to error-catching")
    if args.wrap:
        kwargs["wrap"] = load_task_sequence(args.wrap)
    check_outputs([args.output, args.script], [args.wrap])
    try:
        ts = build(args.kind, version, **kwargs)
    except BuilderOptionError as exc:
        return fail(f"argument --option: {exc}")
    except BuilderRefused as exc:
        print(
            f"cmplanner: ts new {args.kind}: refused: {exc.reason} (source: {exc.source})",
            file=sys.stderr,
        )
        return 1
    result = export_task_sequence(
        ts, args.keep_secret, bare=True if args.bare else None if args.wrap else False
    )
    text = result.text
    for warning in result.warnings:
        print(f"cmplanner: warning: {warning}", file=sys.stderr)
    for missing in missing_values(ts):
        print(f"cmplanner: note: {_set_it(missing)}", file=sys.stderr)
    _write_export(text, args.output)
    _lint_built(ts, version, args.output or f"ts new {args.kind}")
    if args.kind == "error-catching":
        opts = ts.builder_options
        drive = opts.get("drive", DEFAULT_DRIVE)
        script = log_copy_script(drive, opts.get("folder", DEFAULT_FOLDER))
        if args.script:
            write_output(script, args.script)
            print(
                f"cmplanner: note: {where_it_goes(opts.get('share', ''), drive)}", file=sys.stderr
            )
        else:
            print(
                "cmplanner: note: the Copy Logs step runs CopyLogs.vbs from the share; "
                "write it with --script FILE",
                file=sys.stderr,
            )
    return 0


def _lint_built(ts: Any, version: Any, label: str) -> None:
    """The task sequence rules on what ``ts new`` built, printed on stderr as ``ts lint``
    prints them (``validate`` says the same of a plan holding it). TS012 is left out: the
    export's own notes above name every secret it left out."""
    import dataclasses

    from cmplanner.rules.output import render
    from cmplanner.rules.tasksequence_lint import lint_task_sequence

    found = [f for f in lint_task_sequence(ts, site_version=version) if f.rule != "TS012"]
    if not found:
        return
    places = _places(ts)
    found = [dataclasses.replace(f, subject=_readable(f.subject, places)) for f in found]
    text = render([(label, found)], OutputFormat.TEXT)
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def _set_it(missing: Any) -> str:
    """``no boot image yet: ...; set it with --option boot_image_id=PACKAGEID before importing``"""
    also = f" (and {', '.join(missing.also)})" if missing.also else ""
    return (
        f"{missing.sentence}; set it with --option {missing.option}={missing.value}{also} "
        "before importing"
    )


def _settle() -> None:
    """Move what is loaded out of the cyclic garbage collector's reach. The command prints
    and exits; without this, the first full collection after a 64 MB import scans its
    millions of objects (seconds) for cycles the reader never makes."""
    import gc

    gc.freeze()


def _write_export(text: str, output: str | None) -> None:
    """The export to stdout, or atomically to a file keeping the file it replaces as
    ``FILE.bak``, as plans do: an export written over by mistake can be had back."""
    from cmplanner.cli.common import write_output

    if output in (None, "-"):
        write_output(text, output)
        return
    from pathlib import Path

    from cmplanner.errors import InputError
    from cmplanner.model.planfile import atomic_write_text

    try:
        atomic_write_text(Path(output), text, keep_backup=True)
    except OSError as exc:
        raise InputError(output, f"cannot write: {exc.strerror or exc}") from None


def run_lint(args: argparse.Namespace) -> int:
    import dataclasses

    from cmplanner.cli.common import fail, write_output
    from cmplanner.errors import InputError
    from cmplanner.model.planfile import load_plan
    from cmplanner.rules.engine import has_errors
    from cmplanner.rules.finding import Finding
    from cmplanner.rules.output import render
    from cmplanner.rules.tasksequence_lint import lint_task_sequence
    from cmplanner.tasksequence.xmlio import load_task_sequence

    try:
        version = _version(args.site_version) if args.site_version else None
    except ValueError as exc:
        return fail(f"argument --site-version: {exc}")
    plan = load_plan(args.plan) if args.plan else None
    if plan is not None and version is not None:
        plan = plan.model_copy(deep=True)
        plan.site.service_pack, plan.site.add_on = version.service_pack, version.add_on
    results: list[tuple[str, list[Finding]]] = []
    unusable = False
    for file in args.files:
        try:
            ts = load_task_sequence(file)
            _settle()
        except InputError as exc:
            print(f"cmplanner: {exc.describe()}", file=sys.stderr)
            unusable = True
            continue
        found = lint_task_sequence(ts, plan, site_version=version)
        if args.format == "text":  # people read names: the step's number, not its path
            places = _places(ts)
            found = [dataclasses.replace(f, subject=_readable(f.subject, places)) for f in found]
        else:  # JSON and SARIF keep the exact subject
            found = [dataclasses.replace(f, subject=_local(f.subject)) for f in found]
        results.append((file, found))
    if results:
        write_output(render(results, OutputFormat(args.format)), None)
    if unusable:
        return 2
    return 1 if any(has_errors(found) for _, found in results) else 0


def _places(ts: Any) -> dict[str, str]:
    """Subject path -> how a person finds it (``step 6``, ``group 4``), for text output."""
    from cmplanner.tasksequence.numbering import instructions

    return {item.path: f"{item.kind} {item.number}" for item in instructions(ts)}


_PARTS = {
    ".variables": " variables",
    ".conditions": " condition",
    ".builder_options": " builder options",
}


def _readable(subject: str, places: dict[str, str]) -> str:
    """``task_sequences[0].steps[0].children[4].variables[2]`` -> ``step 6 variables``."""
    import re

    local = _local(subject)
    match = re.match(r"^(steps\[\d+\](?:\.children\[\d+\])*)(.*)$", local)
    if match is None:
        words = {
            "global_variables": "collection variables",
            "boot_image_id": "boot image",
            "references": "references",
            "version": "sequence version",
            "builder_options": "builder options",
        }
        head = re.sub(r"\[\d+\]", "", local).split(".")[0]
        return words.get(head, local if head == "sequence" else head.replace("_", " "))
    rest = re.sub(r"\[\d+\]", "", match[2])
    place = places.get(match[1], "step")
    return place + next((w for k, w in _PARTS.items() if rest.startswith(k)), "")


def _local(subject: str) -> str:
    """``task_sequences[0].steps[2]`` -> ``steps[2]``: the file holds one task sequence."""
    prefix = "task_sequences[0]"
    if subject == prefix:
        return "sequence"
    return subject.removeprefix(prefix + ".")


def run_show(args: argparse.Namespace) -> int:
    from cmplanner.cli.common import fail, write_output
    from cmplanner.tasksequence.outline import outline
    from cmplanner.tasksequence.xmlio import load_task_sequence

    variables = _pairs(args.var, "--var")
    if isinstance(variables, str):
        return fail(variables)
    ts = load_task_sequence(args.file)
    _settle()
    from cmplanner.bidi import escape_controls

    write_output(escape_controls(outline(ts, variables if args.var else None)), None)
    return 0
