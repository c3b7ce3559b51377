"""A long fuzz campaign, run by hand: mutated plans, task sequences, logs and certificates
through the public functions and the commands, counted.

    python tools/fuzz_campaign.py                    # every parser, 2 minutes each
    python tools/fuzz_campaign.py --parser log --cases 20000 --seed 7 --keep found/

Prints, per parser: inputs tried, the exit codes seen, hangs (over 10 s), and every kind of
problem (an exit 70, a traceback, an exit 2 of more than one line, an input changed, a plan
that opens but cannot be saved) with how often it came; ``--keep`` writes each failing input
there to reproduce it. Exit 1 when anything was found. The CI runs a bounded share of the same
checks (``tests/fuzz``).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import fuzzing


def _kind(problem: str) -> str:
    """A problem without the details that differ from input to input."""
    head, _, rest = problem.partition(": ")
    return f"{head}: {rest[:60]}"


def campaign(parser: str, cases: int, minutes: float, seed: int, keep: Path | None) -> bool:
    """Run ``parser``'s cases until ``cases`` or ``minutes`` run out; True when all held."""
    rng = random.Random(f"{parser}-{seed}")
    tried = hangs = 0
    codes: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    examples: dict[str, str] = {}
    slowest = 0.0
    deadline = time.monotonic() + minutes * 60
    with fuzzing.scratch() as folder, fuzzing.scratch() as home:
        os.environ["CMPLANNER_HOME"] = str(home)  # never the user's own folders
        while tried < cases and time.monotonic() < deadline:
            outcome = fuzzing.random_case(parser, rng, folder)
            tried += 1
            codes.update(outcome.exit_codes)
            slowest = max(slowest, outcome.seconds)
            for problem in outcome.problems:
                hangs += problem.startswith("hang")
                kinds[_kind(problem)] += 1
                examples.setdefault(_kind(problem), problem)
            if outcome.problems and keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                source = fuzzing.input_of(folder)
                (keep / f"{parser}-{tried}{source.suffix}").write_bytes(source.read_bytes())
    print(
        f"{parser}: {tried} inputs; exit codes {dict(sorted(codes.items()))}; "
        f"hangs over {fuzzing.HANG_SECONDS} s: {hangs}; slowest case {slowest:.2f} s",
        flush=True,
    )
    for kind, count in kinds.most_common():
        print(f"  {count} x {examples[kind]}", flush=True)
    return not kinds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parser", choices=fuzzing.PARSERS, action="append")
    parser.add_argument("--cases", type=int, default=10**9, help="inputs per parser")
    parser.add_argument("--minutes", type=float, default=2.0, help="time per parser")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write failing inputs here")
    args = parser.parse_args()
    clean = True
    for name in args.parser or fuzzing.PARSERS:
        clean &= campaign(name, args.cases, args.minutes, args.seed, args.keep)
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
