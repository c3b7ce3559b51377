"""``cmplanner runbook PLAN -o OUT.html|OUT.md|OUT.pdf``: the runbook of a plan."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cmplanner.language import DEFAULT, LANGUAGES


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "runbook",
        help="write the runbook of a plan as HTML, Markdown or PDF",
        description="Write the runbook of a plan. The format follows the output's suffix: "
        ".html, .md or .pdf.",
    )
    parser.add_argument("plan", metavar="PLAN", help="a .cmplan file")
    parser.add_argument(
        "-o", "--output", metavar="OUT", required=True, help="OUT.html, OUT.md or OUT.pdf"
    )
    parser.add_argument(
        "--section",
        metavar="NAME",
        action="append",
        dest="sections",
        help="only this section (repeatable): overview, dp-design, locality, "
        "dp-groups, pxe, task-sequences, checklists",
    )
    parser.add_argument(
        "--log",
        metavar="LOG",
        action="append",
        dest="logs",
        default=[],
        help="an smsts.log whose task-sequence timeline the runbook shows (repeatable)",
    )
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=DEFAULT,
        help="the runbook's language: "
        + ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        + f"; default {DEFAULT}",
    )
    parser.add_argument(
        "--since",
        metavar="OLD",
        help="the approved plan: write the change runbook (only what changed since OLD)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cmplanner.cli.common import check_outputs, write_output
    from cmplanner.errors import InputError
    from cmplanner.language import language
    from cmplanner.model.planfile import load_plan
    from cmplanner.runbook import RunbookFormat, choose_sections, render_runbook

    output = Path(args.output)
    try:
        fmt = RunbookFormat.from_suffix(output.suffix)
    except ValueError as exc:
        raise InputError(output, str(exc)) from None
    check_outputs([args.output], [args.plan, *args.logs, args.since])
    if args.since:
        with language(args.lang):
            return _change_runbook(args, output, fmt)
    sections = choose_sections(args.sections)
    plan = load_plan(args.plan)
    figures = plan_figures(plan, sections, args.logs)
    with language(args.lang):
        if fmt is RunbookFormat.PDF:
            from cmplanner.render.pdf import write_pdf

            write_pdf(plan, output, sections, figures)
            return 0
        write_output(render_runbook(plan, fmt, sections, figures), str(output))
    return 0


def plan_figures(plan: Any, sections: list[str], logs: list[str]) -> dict[str, str]:
    """The topology and locality pictures (SVG) for the sections that show them, and the
    timeline of the given logs."""
    kinds = [
        kind
        for kind, section in (("topology", "dp-design"), ("locality", "locality"))
        if section in sections
    ]
    if not kinds and not logs:
        return {}
    from cmplanner.render.diagrams import figures_for

    figures = figures_for(plan, kinds=kinds, logs=logs)
    if logs and "timeline" not in figures:
        names = ", ".join(logs)
        print(
            f"cmplanner: note: {names} shows no task-sequence run; the runbook has no timeline",
            file=sys.stderr,
        )
    return figures


def _change_runbook(args: argparse.Namespace, output: Any, fmt: Any) -> int:
    """``--since OLD``: only what the change from OLD to PLAN needs."""
    from cmplanner.cli.common import write_output
    from cmplanner.errors import InputError
    from cmplanner.model.planfile import load_plan
    from cmplanner.runbook import RunbookFormat
    from cmplanner.runbook.change import render_change_text

    if args.sections or args.logs:
        raise InputError(
            "--since", "a change runbook has its own sections: leave out --section and --log"
        )
    old = load_plan(args.since)
    new = load_plan(args.plan)
    if fmt is RunbookFormat.PDF:
        from cmplanner.render.change_pdf import write_change_pdf

        write_change_pdf(old, new, output)
        return 0
    write_output(render_change_text(old, new, fmt), str(output))
    return 0
