"""Entry point of the ``cmplanner`` command (see the command-line contract in DESIGN)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from cmplanner import __version__

# Subcommand modules under cmplanner.cli, in the order ``--help`` lists them.
SUBCOMMANDS = ["gui", "demo", "validate", "dp", "diagram", "runbook", "log", "ts", "diff"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmplanner",
        description="Plan ConfigMgr 2007 distribution points, task sequences and runbooks.",
    )
    parser.add_argument("--version", action="version", version=f"cmplanner {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(f"cmplanner.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args(["gui", *args_list])
    from cmplanner.errors import InputError

    try:
        return int(args.handler(args))
    except InputError as exc:
        print(f"cmplanner: {exc.describe()}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`| head`): nothing left to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("cmplanner: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the admin, the traceback when debugging
        if os.environ.get("CMPLANNER_DEBUG"):
            raise
        print(
            f"cmplanner: internal error ({type(exc).__name__}: {exc}); "
            "run with CMPLANNER_DEBUG=1 for details",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
