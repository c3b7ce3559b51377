"""``cmplanner gui [PLAN]``: open the app (the bundled demo plan when none is given).

Also the ``cmplanner-gui`` program (:func:`script_main`): pip installs it as a gui-script,
which Windows starts without a console window, and the standalone bundle's ``cmplanner-gui``
executable runs it too; the Start menu entry and the ``.cmplan`` file association start it.
With no console there is nowhere to print a problem (a plan that cannot be read, say): what
the command would have printed is shown in a message box instead, so the admin still gets the
one clear line naming the file and the place.
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui", help="open the app (the default command)")
    parser.add_argument("plan", nargs="?", metavar="PLAN", help="a .cmplan file to open")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cmplanner.gui.launch import launch

    return launch(args.plan)


def _command_line(argv: list[str]) -> int:
    from cmplanner.cli.main import main

    return main(argv)


def _show_problem(text: str) -> None:
    from cmplanner.gui.launch import show_problem

    show_problem(text)


def run_without_console(argv: list[str]) -> int:
    """Open the app; with no console, collect the error output for a message box."""
    has_console = sys.stderr is not None
    captured = io.StringIO()
    if not has_console:
        sys.stdout = sys.stderr = captured
    code = _command_line(["gui", *argv])
    if code != 0 and not has_console and captured.getvalue().strip():
        _show_problem(captured.getvalue().strip())
    return code


def script_main() -> int:
    """Entry point of the ``cmplanner-gui`` gui-script: the plan, if any, is the argument."""
    return run_without_console(sys.argv[1:])
