"""What refusing an unsavable plan at load costs: the lone-surrogate scan and the nesting
walk that ``load_plan`` runs so that every plan it opens can be saved again.

Baseline, same run: ``load_plan`` itself on the same file (the checks included), so the ratio
is the share of a load the checks take. Measured on the 1,000-DP benchmark plan with a
5,000-step task sequence added, and once more with a surrogate-pair escape in every DP name
(the text then holds 2,000 ``\\ud8..`` escapes, each looked at for its other half). Target:
under 5% of a load.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from planfactory import large_plan
from timing import best_of

from cmplanner.model.planfile import (
    _refuse_lone_surrogates,
    check_nesting,
    load_plan,
    plan_to_json,
)


def _with_task_sequence(doc: dict) -> dict:
    steps = [
        {
            "kind": "group",
            "name": f"Group {g}",
            "children": [
                {
                    "kind": "step",
                    "name": f"Step {g}.{s}",
                    "type": "SMS_TaskSequence_RunCommandLineAction",
                }
                for s in range(50)
            ],
        }
        for g in range(100)
    ]
    doc["task_sequences"].append({"name": "5,000 steps", "steps": steps})
    return doc


def measure(label: str, text: str) -> None:
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.cmplan"
    path.write_text(text, encoding="utf-8")
    plan = load_plan(path)
    doc = json.loads(text)
    load = best_of(lambda: load_plan(path))
    checks = best_of(
        lambda: (
            _refuse_lone_surrogates(doc, text, path),
            [check_nesting(ts, path) for ts in plan.task_sequences],
        )
    )
    verdict = "ok" if checks <= 0.05 * load else "OVER TARGET"
    print(
        f"{label}: checks {checks * 1000:.2f} ms; load_plan: {load * 1000:.1f} ms; "
        f"ratio {checks / load:.3f}x ({verdict})"
    )


def main() -> None:
    doc = _with_task_sequence(json.loads(plan_to_json(large_plan())))
    measure("1,000 DPs + 5,000 steps", json.dumps(doc))
    for dp in doc["distribution_points"]:
        dp["name"] += " \U0001f680"
    measure("the same, a surrogate-pair escape in every DP name", json.dumps(doc))


if __name__ == "__main__":
    main()
