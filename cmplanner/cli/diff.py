"""``cmplanner diff OLD NEW``: what changed between two plans, and what it touches."""

from __future__ import annotations

import argparse
from typing import Any

from cmplanner.cli.common import add_format_option
from cmplanner.formats import REPORT_FORMATS, OutputFormat


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="what changed between two plans, and what it touches",
        description="Compare two plans by object name. Exit 0 when equal, 1 when they "
        "differ, 2 when a plan cannot be read.",
    )
    parser.add_argument("old", metavar="OLD", help="the earlier (approved) .cmplan file")
    parser.add_argument("new", metavar="NEW", help="the later .cmplan file")
    add_format_option(parser, REPORT_FORMATS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cmplanner.cli.common import write_output
    from cmplanner.model.planfile import load_plan
    from cmplanner.plandiff import diff_plans
    from cmplanner.plandiff.output import format_json, format_text

    old = load_plan(args.old)
    new = load_plan(args.new)
    diff = diff_plans(old, new)
    json_wanted = OutputFormat(args.format) is OutputFormat.JSON
    text = format_json(diff) if json_wanted else format_text(diff)
    write_output(text, None)
    return 0 if diff.equal else 1
