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
        "site version (or an option) cannot run it.",
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
        help="a builder option, e.g. windows_xp=true, share=\\\\srv\\logs$ (repeatable)",
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
    from cmplanner.model.site import SiteVersion

    return SiteVersion.parse(text or "SP2")


def _flag_on(value: object) -> bool:
    return str(value).strip().casefold() in {"true", "yes", "1", "on"}


def run_new(args: argparse.Namespace) -> int:

    from cmplanner.cli.common import check_outputs, fail, write_output
    from cmplanner.tasksequence.builders import BuilderOptionError, BuilderRefused, build
    from cmplanner.tasksequence.logscript import log_copy_script
    from cmplanner.tasksequence.xmlio import export_xml, load_task_sequence

    try:
        version = _version(args.site_version)
    except ValueError as exc:
        return fail(f"argument --site-version: {exc}")
    options = _pairs(args.option, "--option")
    if isinstance(options, str):
        return fail(options)
    kwargs: dict[str, Any] = dict(options)
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
    text, warnings = export_xml(ts, bare=True if args.bare else None if args.wrap else False)
    for warning in warnings:
        print(f"cmplanner: warning: {warning}", file=sys.stderr)
    for key, value in sorted(ts.builder_options.items()):
        if key == "sysprep_package_id" and not _flag_on(ts.builder_options.get("windows_xp")):
            continue  # the sysprep package matters only for Windows XP
        if key.endswith("_package_id") and not value.strip():
            print(
                f"cmplanner: note: no {key.removesuffix('_id').replace('_', ' ')} ID yet; "
                f"set it with --option {key}=PACKAGEID before importing",
                file=sys.stderr,
            )
    write_output(text, args.output)
    if args.kind == "error-catching":
        opts = ts.builder_options
        script = log_copy_script(opts.get("drive", "Z:"), opts.get("folder", "LOGS"))
        if args.script:
            write_output(script, args.script)
        else:
            print(
                "cmplanner: note: the Copy Logs step runs CopyLogs.vbs from the share; "
                "write it with --script FILE",
                file=sys.stderr,
            )
    return 0


def run_lint(args: argparse.Namespace) -> int:
    import dataclasses

    from cmplanner.cli.common import fail, write_output
    from cmplanner.errors import InputError
    from cmplanner.model.planfile import load_plan
    from cmplanner.rules.engine import has_errors
    from cmplanner.rules.finding import Finding
    from cmplanner.rules.output import render
    from cmplanner.tasksequence.lint import lint_task_sequence
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
        except InputError as exc:
            print(f"cmplanner: {exc.describe()}", file=sys.stderr)
            unusable = True
            continue
        found = lint_task_sequence(ts, plan, site_version=version)
        results.append((file, [dataclasses.replace(f, subject=_local(f.subject)) for f in found]))
    if results:
        write_output(render(results, OutputFormat(args.format)), None)
    if unusable:
        return 2
    return 1 if any(has_errors(found) for _, found in results) else 0


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
    write_output(outline(ts, variables if args.var else None), None)
    return 0
