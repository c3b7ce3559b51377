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
    write_output(render([(args.plan, findings)], OutputFormat(args.format)), None)
    return 1 if has_errors(findings) else 0
