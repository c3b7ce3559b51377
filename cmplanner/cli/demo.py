"""``cmplanner demo -o PLAN``: write the bundled demo plan."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="write the bundled demo plan")
    parser.add_argument(
        "-o", "--output", required=True, metavar="PLAN", help="where to write the .cmplan file"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cmplanner.cli.common import check_outputs
    from cmplanner.demo import demo_plan
    from cmplanner.model.planfile import save_plan

    check_outputs([args.output], [])
    save_plan(demo_plan(), args.output)
    print(f"wrote the demo plan to {args.output}")
    return 0
