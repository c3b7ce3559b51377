"""The bundled demo plan: a believable site that shows a finding of every DP rule family."""

from __future__ import annotations

from pathlib import Path

from cmplanner.model.plan import Plan
from cmplanner.model.planfile import load_plan
from cmplanner.paths import resources_dir


def demo_path() -> Path:
    return resources_dir() / "demo.cmplan"


def demo_plan() -> Plan:
    return load_plan(demo_path())
