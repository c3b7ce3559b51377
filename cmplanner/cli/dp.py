"""``cmplanner dp check TYPE...``: can one DP combine these settings of the seed table."""

from __future__ import annotations

import argparse
import difflib
import json
from typing import Any

from cmplanner.cli.common import add_format_option
from cmplanner.formats import REPORT_FORMATS, OutputFormat


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("dp", help="distribution point questions")
    dp_sub = parser.add_subparsers(dest="dp_command", metavar="COMMAND", required=True)
    check = dp_sub.add_parser(
        "check",
        help="can one DP combine these settings",
        description="Names as in the seed's compatibility table, case-insensitive, e.g. "
        "'server share' multicast, or server-share multicast.",
    )
    check.add_argument("types", nargs="+", metavar="TYPE")
    add_format_option(check, REPORT_FORMATS)
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from cmplanner.cli.common import fail
    from cmplanner.rules.dp_matrix import conflicts, load_table

    table = load_table()
    chosen = []
    for name in args.types:
        setting = table.find(name)
        if setting is None:
            labels = [s.column for s in table.setting]
            close = difflib.get_close_matches(name, labels + [s.id for s in table.setting], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            return fail(
                f"argument TYPE: unknown DP setting {name!r}{hint}; known: " + ", ".join(labels)
            )
        if setting not in chosen:
            chosen.append(setting)
    found = conflicts(chosen, table)
    if OutputFormat(args.format) is OutputFormat.JSON:
        print(
            json.dumps(
                {
                    "compatible": not found,
                    "settings": [s.column for s in chosen],
                    "conflicts": [
                        {
                            "first": c.first.column,
                            "second": c.second.column,
                            "cell": c.cell.value,
                            "reason": c.reason,
                            "source": table.source,
                        }
                        for c in found
                    ],
                },
                indent=2,
            )
        )
    else:
        names = " + ".join(s.column for s in chosen)
        if not found:
            print(f"compatible: {names}")
        else:
            print(f"not compatible: {names}")
            for c in found:
                print(f"  - {c.reason}")
                print(f"    source: {table.source}")
    return 1 if found else 0
