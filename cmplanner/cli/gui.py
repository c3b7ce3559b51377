"""``cmplanner gui [PLAN]``: open the app (the bundled demo plan when none is given)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui", help="open the app (the default command)")
    parser.add_argument("plan", nargs="?", metavar="PLAN", help="a .cmplan file to open")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cmplanner.gui.launch import launch

    return launch(args.plan)
