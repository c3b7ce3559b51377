"""A plan that opens can be saved: what no file can hold is refused at load, with its place,
and a save that fails anyway is one clear error that leaves the old file as it was."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from cmplanner.demo import demo_plan
from cmplanner.errors import InputError, escape_controls
from cmplanner.model import Plan
from cmplanner.model.plan import SCHEMA_VERSION
from cmplanner.model.planfile import (
    MAX_NESTING,
    load_plan,
    plan_to_json,
    remove_leftovers,
    save_plan,
)

pytestmark = pytest.mark.core


def _demo_doc() -> dict[str, Any]:
    return json.loads(plan_to_json(demo_plan()))


def _nested_groups(depth: int) -> dict[str, Any]:
    top: dict[str, Any] = {"name": "level 1", "kind": "group", "children": []}
    group = top
    for level in range(2, depth + 1):
        inner: dict[str, Any] = {"name": f"level {level}", "kind": "group", "children": []}
        group["children"].append(inner)
        group = inner
    return top


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_lone_surrogate_is_refused_at_load_with_its_place(tmp_path: Path) -> None:
    doc = _demo_doc()
    doc["distribution_points"][1]["name"] = "\ud800x"
    with pytest.raises(InputError) as info:
        load_plan(_write(tmp_path / "p.cmplan", doc))
    assert info.value.place == "distribution_points[1].name"
    assert "\\ud800" in info.value.describe()


def test_a_proper_surrogate_pair_still_loads(tmp_path: Path) -> None:
    doc = _demo_doc()
    doc["name"] = "Rollout \U0001f680"  # json.dumps writes it as a \ud83d\ude80 pair
    assert load_plan(_write(tmp_path / "p.cmplan", doc)).name == "Rollout \U0001f680"


@pytest.mark.parametrize("where", ["schema_version", "name"])
def test_a_number_of_5000_digits_is_bad_input(tmp_path: Path, where: str) -> None:
    text = plan_to_json(Plan(name="x"))
    if where == "schema_version":
        text = text.replace(
            f'"schema_version": {SCHEMA_VERSION}', '"schema_version": ' + "9" * 5000
        )
    else:
        text = text.replace('"name": "x"', '"name": ' + "7" * 5000)
    path = tmp_path / "p.cmplan"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_plan(path)
    assert "4,300 digits" in info.value.problem
    assert info.value.place is not None and info.value.place.startswith("line ")


def test_groups_nested_too_deep_to_save_are_refused_at_load(tmp_path: Path) -> None:
    doc = _demo_doc()
    doc["task_sequences"][0]["steps"].append(_nested_groups(130))
    with pytest.raises(InputError) as info:
        load_plan(_write(tmp_path / "deep.cmplan", doc))
    assert info.value.place == 'task sequence "Capture Windows 7 reference"'
    assert "130 levels" in info.value.problem


def test_the_deepest_plan_that_loads_also_saves(tmp_path: Path) -> None:
    doc = _demo_doc()
    group = _nested_groups(MAX_NESTING - 1)
    innermost = group
    while innermost["children"]:
        innermost = innermost["children"][0]
    innermost["conditions"] = [{"kind": "operator", "operator": "and", "children": []}]
    doc["task_sequences"][0]["steps"].append(group)
    plan = load_plan(_write(tmp_path / "deep.cmplan", doc))
    save_plan(plan, tmp_path / "again.cmplan")
    assert load_plan(tmp_path / "again.cmplan") == plan


def test_a_plan_that_cannot_be_written_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "site.cmplan"
    save_plan(Plan(name="old"), path)
    before = path.read_bytes()
    with pytest.raises(InputError) as info:
        save_plan(Plan(name="bad \ud800"), path)
    assert "cannot save" in info.value.problem
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.cmplan"]


def test_a_full_disk_during_save_leaves_file_and_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "site.cmplan"
    save_plan(Plan(name="first"), path)
    save_plan(Plan(name="second"), path)
    plan_before, bak_before = path.read_bytes(), (tmp_path / "site.cmplan.bak").read_bytes()
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    with pytest.raises(InputError) as info:
        save_plan(Plan(name="third"), path)
    assert info.value.problem == f"cannot save: {os.strerror(errno.ENOSPC)}"
    assert path.read_bytes() == plan_before
    assert (tmp_path / "site.cmplan.bak").read_bytes() == bak_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.cmplan", "site.cmplan.bak"]


def test_a_short_write_nobody_noticed_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that drops bytes without an error (as Qt's do on a full disk) is caught by
    the size check before the rename."""
    path = tmp_path / "site.cmplan"
    save_plan(Plan(name="old"), path)
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class Lossy:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> Lossy:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            return int(self.handle.write(data[:10]))

        def flush(self) -> None:
            self.handle.flush()

        def fileno(self) -> int:
            return int(self.handle.fileno())

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Lossy(real_fdopen(*a, **k)))
    with pytest.raises(InputError) as info:
        save_plan(Plan(name="new"), path)
    assert "incomplete" in info.value.problem
    assert path.read_bytes() == before


def test_leftovers_of_killed_saves_go_at_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "site.cmplan"
    save_plan(Plan(name="old"), path)
    left = [tmp_path / ".site.cmplan.k3x_9abc.tmp", tmp_path / ".site.cmplan.bak.zz00zz00.tmp"]
    for file in left:
        file.write_bytes(b"{half a plan")
    others = [
        tmp_path / ".other.cmplan.k3x_9abc.tmp",  # another plan's
        tmp_path / ".site.cmplan.notmine.tmp",  # not a name mkstemp makes
        tmp_path / "site.cmplan.k3x_9abc.tmp",
    ]
    for file in others:
        file.write_bytes(b"keep")
    save_plan(Plan(name="new"), path)
    assert not any(file.exists() for file in left)
    assert all(file.exists() for file in others)
    assert load_plan(path).name == "new"
    assert remove_leftovers(path) == []


def test_one_line_even_when_a_value_holds_a_newline(tmp_path: Path) -> None:
    doc = _demo_doc()
    doc["task_sequences"][0]["steps"][0]["kind"] = "st\nep\x1b[31m"
    with pytest.raises(InputError) as info:
        load_plan(_write(tmp_path / "p.cmplan", doc))
    line = info.value.describe()
    assert "\n" not in line and "\x1b" not in line
    assert "st\\nep\\x1b[31m" in line


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\nb", "a\\nb"),
        ("tab\there", "tab\\there"),
        ("\x00\x7f\x85", "\\x00\\x7f\\x85"),
        ("DP\u202eevil", "DP\\u202eevil"),
        ("\u2028\u2066x\u2069", "\\u2028\\u2066x\\u2069"),
        ("bad\udc85.cmplan", "bad\\x85.cmplan"),  # a byte that was not UTF-8
        ("Zürich \u00e9t\u00e9 \U0001f680", "Zürich \u00e9t\u00e9 \U0001f680"),
    ],
)
def test_escape_controls(raw: str, shown: str) -> None:
    assert escape_controls(raw) == shown


@pytest.mark.parametrize(
    ("escaped", "refused"),
    [
        ("\\ud83d\\ude80", False),  # a pair: one emoji
        ("\\ud83d\\ud83d\\ude80", True),  # half a pair, then a pair
        ("\\ude80\\ud83d", True),  # the halves the wrong way round
        ("\\\\ud800", False),  # an escaped backslash before "ud800" is text
    ],
)
def test_surrogate_escapes_in_the_file(tmp_path: Path, escaped: str, refused: bool) -> None:
    path = tmp_path / "p.cmplan"
    path.write_text(plan_to_json(Plan(name="x")).replace('"x"', f'"{escaped}"'), encoding="utf-8")
    if refused:
        with pytest.raises(InputError, match="half of a character pair"):
            load_plan(path)
    else:
        assert load_plan(path).name == json.loads(f'"{escaped}"')
