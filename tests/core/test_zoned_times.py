"""Times with a zone in a hand-edited plan: every time the plan holds is read as naive UTC,
so every command compares them with the app's naive times instead of failing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.demo import demo_plan
from cmplanner.model.planfile import load_plan, save_plan

pytestmark = pytest.mark.core


def _times(node: object, path: str = "") -> list[tuple[str, object, object]]:
    """(path, container, key) of every ISO time string in a plan document."""
    found: list[tuple[str, object, object]] = []
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else []
    )
    for key, value in items:
        if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
            found.append((f"{path}.{key}", node, key))
        else:
            found.extend(_times(value, f"{path}.{key}"))
    return found


def _zoned_demo(tmp_path: Path) -> tuple[Path, Path]:
    plain = tmp_path / "plain.cmplan"
    save_plan(demo_plan(), plain)
    document = json.loads(plain.read_text(encoding="utf-8"))
    times = _times(document)
    assert len(times) > 20 and any("pxe" in p for p, _, _ in times)
    for n, (_, container, key) in enumerate(times):
        value = container[key]  # type: ignore[index]
        # the same instant, spelled with a zone: UTC as Z, or two hours ahead as +02:00
        if n % 2:
            container[key] = value + "Z"  # type: ignore[index]
        elif datetime.fromisoformat(value).hour < 22:  # two hours ahead, the same day
            moved = datetime.fromisoformat(value)
            container[key] = moved.replace(hour=moved.hour + 2).isoformat() + "+02:00"  # type: ignore[index]
        else:
            container[key] = value + "+00:00"  # type: ignore[index]
    zoned = tmp_path / "zoned.cmplan"
    zoned.write_text(json.dumps(document), encoding="utf-8")
    return plain, zoned


def test_zoned_times_are_read_as_the_same_naive_utc_times(tmp_path: Path) -> None:
    plain, zoned = _zoned_demo(tmp_path)
    assert load_plan(zoned).model_dump() == load_plan(plain).model_dump()


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "{zoned}"],
        ["runbook", "{zoned}", "-o", "{out}/r.md"],
        ["diff", "{plain}", "{zoned}"],
        ["diagram", "{zoned}", "--kind", "topology", "-o", "{out}/t.svg"],
    ],
)
def test_every_command_reads_a_plan_with_zoned_times(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    plain, zoned = _zoned_demo(tmp_path)
    filled = [a.format(zoned=zoned, plain=plain, out=tmp_path) for a in args]
    code = main(filled)
    assert code in (0, 1), capsys.readouterr().err
    if args[0] == "diff":
        assert code == 0  # the same instants: nothing changed
