"""``cmplanner validate PLAN``: every finding of the rules engine for a plan."""

from __future__ import annotations

import argparse
from typing import Any

from cmplanner.cli.common import add_format_option
from cmplanner.formats import FINDINGS_FORMATS, OutputFormat


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("validate", help="check a plan with every rule")
    parser.add_argument("plan", metavar="PLAN", help="a .cmplan file")
    add_format_option(parser, FINDINGS_FORMATS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cmplanner.cli.common import write_output
    from cmplanner.model.planfile import load_plan
    from cmplanner.rules.engine import has_errors, validate
    from cmplanner.rules.output import render

    plan = load_plan(args.plan)
    findings = validate(plan)
    shown = findings
    if OutputFormat(args.format) is OutputFormat.TEXT:  # people read names, not list paths
        import dataclasses

        from cmplanner.rules.subjects import describe_subject

        shown = [
            dataclasses.replace(f, subject=describe_subject(plan, f.subject)) for f in findings
        ]
    text = render([(args.plan, shown)], OutputFormat(args.format))
    if plan.approval is not None and args.format == "text":
        from cmplanner.model.approval import approval_line

        text = f"{args.plan}: plan {approval_line(plan)}\n" + text
    write_output(text, None)
    return 1 if has_errors(findings) else 0
