"""``cmplanner log analyze LOG... [--plan PLAN]``: timeline, failing step, known errors, fixes.

``log`` is a group so further log subcommands can sit beside ``analyze``.
"""

from __future__ import annotations

import argparse
from typing import Any

from cmplanner.cli.common import add_format_option
from cmplanner.formats import REPORT_FORMATS, OutputFormat


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("log", help="smsts.log and the other ConfigMgr 2007 logs")
    log_sub = parser.add_subparsers(dest="log_command", required=True)
    analyze = log_sub.add_parser(
        "analyze",
        help="timeline, failing step, known errors and fixes",
        description="Read smsts.log (and its rolled-over smsts-*.log), SMSPXE.log, "
        "pxecontrol.log, ccmsetup.log, client.msi.log, distmgr.log, PkgXferMgr.log, "
        "LocationServices.log, CAS.log, ContentTransferManager.log, DataTransferService.log, "
        "execmgr.log, UpdatesDeployment.log, MDT's BDD.log, or any CMTrace, SMS or text log; "
        "each is judged by its own verdict. Exit 0 when no failure was found, 1 when one "
        "was, 2 when a log cannot be read.",
    )
    analyze.add_argument("logs", nargs="+", metavar="LOG")
    analyze.add_argument(
        "--plan",
        metavar="PLAN",
        help="a .cmplan file: map the failing step back to the planned step, compare the "
        "client's boundary and DPs with the plan's locality table, name the plan's PXE "
        "service point behind a PXE failure",
    )
    add_format_option(analyze, REPORT_FORMATS)
    analyze.set_defaults(handler=run_analyze)
    from cmplanner.cli.diagram import register_timeline

    register_timeline(log_sub)


def run_analyze(args: argparse.Namespace) -> int:
    from cmplanner.logs.analysis import analyze_logs, refuse_unreadable
    from cmplanner.logs.report import render_json, render_text
    from cmplanner.model.planfile import load_plan

    plan = load_plan(args.plan) if args.plan else None
    analysis = analyze_logs(args.logs, plan)
    refuse_unreadable(analysis)
    from cmplanner.bidi import escape_controls

    json_wanted = OutputFormat(args.format) is OutputFormat.JSON
    text = render_json(analysis) if json_wanted else escape_controls(render_text(analysis))
    print(text, end="")
    return 1 if analysis.failed else 0
