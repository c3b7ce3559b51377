"""``cmplanner diagram PLAN --kind topology|locality -o OUT.svg|OUT.png``: a plan's picture."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

KINDS = ["topology", "locality"]
SUFFIXES = (".svg", ".png")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diagram", help="draw a plan's DP topology or boundary locality map as SVG or PNG"
    )
    parser.add_argument("plan", metavar="PLAN", help="a .cmplan file")
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="topology",
        help="topology: the site and its DPs; locality: boundaries against DPs",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the picture to write; .svg or .png (PNG at --dpi)",
    )
    parser.add_argument("--dpi", type=int, default=300, help="PNG resolution (default 300)")
    parser.set_defaults(handler=run)


def check_output(output: str, *inputs: str) -> None:
    """Refuse an output that is not .svg/.png or that would overwrite an input."""
    from cmplanner.cli.common import check_outputs
    from cmplanner.errors import InputError

    target = Path(output)
    if target.suffix.lower() not in SUFFIXES:
        raise InputError(output, "the output must end in .svg or .png")
    check_outputs([output], inputs)


def run(args: argparse.Namespace) -> int:
    from cmplanner.diagrams.locality import layout_locality
    from cmplanner.diagrams.topology import layout_topology
    from cmplanner.errors import InputError
    from cmplanner.model.planfile import load_plan

    check_output(args.output, args.plan)
    if not 30 <= args.dpi <= 1200:
        raise InputError(None, f"--dpi {args.dpi}: choose between 30 and 1200")
    plan = load_plan(args.plan)
    diagram = layout_topology(plan) if args.kind == "topology" else layout_locality(plan)
    from cmplanner.render.diagrams import write_diagram

    try:
        write_diagram(diagram, args.output, dpi=args.dpi)
    except OSError as exc:
        raise InputError(args.output, f"cannot write: {exc.strerror or exc}") from None
    return 0


def register_timeline(log_subparsers: Any) -> None:
    """``cmplanner log timeline LOG... -o OUT.svg|OUT.png`` (a subcommand of ``log``)."""
    parser = log_subparsers.add_parser(
        "timeline",
        help="draw the task-sequence timeline of smsts.log as SVG or PNG",
        description="One bar per executed step on a time axis, coloured and patterned by "
        "result, the failing step marked, restarts and WinPE/full OS phases shown.",
    )
    parser.add_argument("logs", nargs="+", metavar="LOG")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the picture to write; .svg or .png (PNG at --dpi)",
    )
    parser.add_argument("--dpi", type=int, default=300, help="PNG resolution (default 300)")
    parser.set_defaults(handler=run_timeline)


def run_timeline(args: argparse.Namespace) -> int:
    from cmplanner.diagrams.timeline import layout_timeline
    from cmplanner.errors import InputError
    from cmplanner.logs.analysis import analyze_logs, refuse_unreadable

    check_output(args.output, *args.logs)
    if not 30 <= args.dpi <= 1200:
        raise InputError(None, f"--dpi {args.dpi}: choose between 30 and 1200")
    analysis = analyze_logs(args.logs)
    refuse_unreadable(analysis)
    from cmplanner.render.diagrams import write_diagram

    try:
        write_diagram(layout_timeline(analysis), args.output, dpi=args.dpi)
    except OSError as exc:
        raise InputError(args.output, f"cannot write: {exc.strerror or exc}") from None
    return 0
