"""``cmplanner diff OLD NEW``: what changed between two plans, and what it touches."""

from __future__ import annotations

import argparse
from typing import Any

FORMATS = ["text", "json"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="what changed between two plans, and what it touches",
        description="Compare two plans by object name. Exit 0 when equal, 1 when they "
        "differ, 2 when a plan cannot be read.",
    )
    parser.add_argument("old", metavar="OLD", help="the earlier (approved) .cmplan file")
    parser.add_argument("new", metavar="NEW", help="the later .cmplan file")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cmplanner.cli.common import write_output
    from cmplanner.model.planfile import load_plan
    from cmplanner.plandiff import diff_plans
    from cmplanner.plandiff.output import format_json, format_text

    old = load_plan(args.old)
    new = load_plan(args.new)
    diff = diff_plans(old, new)
    text = format_json(diff) if args.format == "json" else format_text(diff)
    write_output(text, None)
    return 0 if diff.equal else 1
