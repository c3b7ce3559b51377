"""Entry point of the ``cmplanner`` command (see the command-line contract in DESIGN)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

from cmplanner import __version__

# Subcommand modules under cmplanner.cli, in the order ``--help`` lists them.
SUBCOMMANDS = ["gui", "demo", "validate", "dp", "diagram", "runbook", "log", "ts", "diff"]
# Arguments that name files: a file name may hold any bytes, so only these may carry bytes
# that are not text; every other value ends up in an output and must be text.
FILE_METAVARS = {"PLAN", "OUT", "FILE", "LOG", "OLD", "NEW"}


class Parser(argparse.ArgumentParser):
    """argparse, with its error said in one line (bad input is one line on stderr, exit 2:
    the usage block is left to ``--help``) and escaped: a value holding a newline or a
    terminal control quoted in "invalid choice" must not split the line or reach the terminal
    raw. Sub-command parsers are made of this class too."""

    def error(self, message: str) -> NoReturn:
        from cmplanner.errors import escape_controls

        message = self._name_the_commands(message)
        self.exit(2, f"{self.prog}: error: {escape_controls(message)} (see {self.prog} --help)\n")

    def _name_the_commands(self, message: str) -> str:
        """A missing sub-command is named by its choices, not by argparse's internal name."""
        needed = "the following arguments are required: "
        if not message.startswith(needed):
            return message
        missing = message[len(needed) :].split(", ")
        for action in self._actions:
            if (
                isinstance(action, argparse._SubParsersAction)
                and action.choices
                and (action.metavar or action.dest) in missing
            ):
                return f"choose a command: {', '.join(action.choices)}"
        return message


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="cmplanner",
        description="Plan ConfigMgr 2007 distribution points, task sequences and runbooks.",
    )
    parser.add_argument("--version", action="version", version=f"cmplanner {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(f"cmplanner.cli.{name}").register(subparsers)
    return parser


def _actions(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _actions(sub)
        else:
            yield action


def not_text(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The first argument that is not a file name and holds bytes that are not text (the
    terminal's encoding could not decode them), as one line; None when all are text."""
    files = {a.dest for a in _actions(parser) if a.metavar in FILE_METAVARS}
    flags = {a.dest: (a.option_strings or [str(a.metavar or a.dest)])[-1] for a in _actions(parser)}
    for dest, value in sorted(vars(args).items()):
        values = value if isinstance(value, list) else [value]
        for item in values:
            if dest in files or not isinstance(item, str):
                continue
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                from cmplanner.errors import escape_controls

                return (
                    f"argument {flags.get(dest, dest)}: {escape_controls(item)!s} holds bytes "
                    "that are not text (not UTF-8)"
                )
    return None


def _escape_unwritable_output() -> None:
    """A file name given in bytes that are not text may be quoted by any output: write what
    is not UTF-8 as an escape (``\\udc85``) instead of failing with the output half done."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _escape_unwritable_output()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        args = parser.parse_args(["gui", *args_list])
    problem = not_text(parser, args)
    if problem is not None:
        print(f"cmplanner: {problem}", file=sys.stderr)
        return 2
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
