"""Start-up of the quick commands, which must not import Qt.

Target (issue: foundation): ``cmplanner --version`` and ``cmplanner dp check`` under 0.3 s each.
Baseline, same run: a bare ``python -c pass``.
"""

from __future__ import annotations

import sys

from timing import median_process, report


def main() -> None:
    bare = median_process([sys.executable, "-c", "pass"])
    for label, args in (
        ("cmplanner --version", ["--version"]),
        (
            "cmplanner dp check server-share multicast",
            ["dp", "check", "server-share", "multicast", "--format", "json"],
        ),
    ):
        argv = [
            sys.executable,
            "-c",
            "import sys; from cmplanner.cli.main import main; sys.exit(main())",
            *args,
        ]
        # dp check exits 1 for a conflict: run it through a shell-free wrapper that ignores it.
        if "check" in args:
            argv = [
                sys.executable,
                "-c",
                "import sys; from cmplanner.cli.main import main; main(sys.argv[1:])",
                *args,
            ]
        seconds = median_process(argv)
        report(label, seconds, 0.300, "python -c pass", bare)


if __name__ == "__main__":
    main()
