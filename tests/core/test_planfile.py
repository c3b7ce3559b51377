"""The .cmplan file: round trip, migration, atomic save, and bad input that loses nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmplanner.demo import demo_plan
from cmplanner.errors import InputError
from cmplanner.model import DPHost, Plan
from cmplanner.model.planfile import SCHEMA_VERSION, load_plan, plan_from_document, save_plan

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "plans"


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    plan = demo_plan()
    path = tmp_path / "demo.cmplan"
    save_plan(plan, path)
    assert load_plan(path) == plan


def test_save_keeps_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "site.cmplan"
    save_plan(Plan(name="first"), path)
    save_plan(Plan(name="second"), path)
    assert load_plan(path).name == "second"
    assert load_plan(tmp_path / "site.cmplan.bak").name == "first"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_version_0_is_migrated() -> None:
    plan = load_plan(DATA / "v0-prototype.cmplan")
    assert plan.schema_version == SCHEMA_VERSION
    assert (plan.site.code, plan.site.name, plan.site.service_pack.value) == (
        "LAB",
        "Lab site",
        "SP1",
    )
    first, share = plan.distribution_points
    assert first.bits_enabled and first.multicast and not first.branch
    assert share.host is DPHost.SERVER_SHARE and share.share_name == "PKG$"


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.cmplan"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_plan(path)
    message = str(info.value)
    assert str(path) in message and "schema_version" in message and "newer" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"{not json", "line 1 column 2: not valid JSON"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (
            b'{"schema_version": 1, "distribution_points": [{"name": "A", "ip_address": "999.1.1.1"}]}',
            "distribution_points[0].ip_address: ",
        ),
        (
            b'{"schema_version": 1, "boundaries": [{"name": "X", "type": "ip_subnet", "value": "nope"}]}',
            "is not a valid ip subnet",
        ),
        (b'{"schema_version": "one"}', "schema_version: schema_version must be a whole number"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (
            b'{"schema_version": 1, "distribution_points": [{"name": "A", "multicst": true}]}',
            "distribution_points[0].multicst: Extra inputs are not permitted",
        ),
    ],
)
def test_bad_plans_give_one_clear_error(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.cmplan"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_plan(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)
    assert path.read_bytes() == content


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_plan(tmp_path / "absent.cmplan")
    with pytest.raises(InputError, match="is a folder"):
        load_plan(tmp_path)


def test_a_50_mb_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.cmplan"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="larger than 20 MB"):
        load_plan(path)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_instead_of_read_forever(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    with pytest.raises(InputError, match="not a regular file"):
        load_plan(device)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "schema_version",
                        "name",
                        "site",
                        "distribution_points",
                        "boundaries",
                        "dp_groups",
                        "packages",
                        "pxe",
                        "version",
                        "dps",
                        "site_code",
                    ]
                ),
                inner,
                max_size=5,
            )
        ),
        max_leaves=20,
    )
)
def test_any_json_document_loads_or_fails_cleanly(doc: object) -> None:
    try:
        plan_from_document(doc, "fuzz.cmplan")
    except InputError as exc:
        assert str(exc).startswith("fuzz.cmplan")


SAVER = textwrap.dedent("""
    import sys, time
    from cmplanner.model import Plan, DistributionPoint
    from cmplanner.model import planfile
    real_write = planfile.os.fdopen
    class Slow:
        def __init__(self, handle): self.handle = handle
        def __enter__(self): return self
        def __exit__(self, *exc): return self.handle.__exit__(*exc)
        def write(self, text):
            for i in range(0, len(text), 4096):
                self.handle.write(text[i:i + 4096]); self.handle.flush(); time.sleep(0.01)
        def flush(self): self.handle.flush()
        def fileno(self): return self.handle.fileno()
    planfile.os.fdopen = lambda *a, **k: Slow(real_write(*a, **k))
    plan = Plan(name="new", distribution_points=[DistributionPoint(name=f"DP{i}")
                                                  for i in range(2000)])
    print("saving", flush=True)
    planfile.save_plan(plan, sys.argv[1])
""")


def test_killing_the_process_mid_save_leaves_the_old_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "site.cmplan"
    save_plan(Plan(name="old"), path)
    before = path.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"saving"
    deadline = time.monotonic() + 20
    while not list(tmp_path.glob(".site.cmplan.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert path.read_bytes() == before
    assert load_plan(path).name == "old"
