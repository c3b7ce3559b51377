"""Hostile inputs for every parser, and the one check each must pass.

Shared by the fuzz tests (``tests/fuzz/``, bounded for CI) and the longer campaign
(``tools/fuzz_campaign.py``). Each parser has seeds (real-shaped inputs built here or taken
from ``tests/data``) and mutations (bytes flipped, cut, repeated; hostile values spliced in:
lone surrogates, control and bidi characters, numbers of thousands of digits, deep nesting,
dates out of range). A case runs through the public function and through the command, and
must hold the contract: exit 0, 1 or 2; for 2 exactly one line on stderr; never a traceback
or exit 70; the input file byte for byte as it was; a plan that opens can be saved.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
HANG_SECONDS = 10

HOSTILE_TEXT = [
    "\ud800",
    "\udc85",
    "x\ud83dy",
    "\u202eevil",
    "a\nb",
    "\x1b[31m",
    "\x00",
    "\x85",
    "\u2028",
    "<script>alert(1)</script>",
    "&amp;&lt;",
    "%SCRIPTROOT%",
    "'\"",
    "",
    " ",
    "\U0001f680",
    "x" * 5000,
]
HOSTILE_NUMBERS = [
    0,
    -1,
    2**31,
    2**63,
    -(2**63),
    10**4299,
    1e308,
    -1e308,
    1.5,
    True,
    None,
]
HOSTILE_TOKENS = [
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xed\xa0\x80",  # a surrogate written as UTF-8
    b"\xc3",
    b"\\ud800",
    b"\\u0000",
    b"9" * 5000,
    b"-" + b"9" * 400,
    b"1e999999",
    b"&#xD800;",
    b"&#0;",
    b"&#x202E;",
    b"&amp;",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"]]>",
    b"<![CDATA[",
    b"[" * 3000,
    b"{" * 3000,
    b"<g>" * 2000,
    b'time="99:99:99.999-9999999999"',
    b'date="13-45-99999"',
    b'date="02-30-2010"',
    b'time="25:61:61.1000+99999999999999999999"',
    b"<99-99-9999 99:99:99.999+99>",
    b"<01-01-0000 00:00:00.000+00>",
    b"thread=99999999999999999999999 (0xFFFFFFFFFFFFFFFFFFFF)",
    b"$$<",
    b"]LOG]!>",
    b"<![LOG[",
    b"\r",
    b"\n" * 50,
    b"\\u202e",
    "\u202e".encode(),
    "\u2028".encode(),
    b"-----BEGIN CERTIFICATE-----",
    b"\x30\x82\xff\xff",
    b"\x30\x80",
    b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b",
]


# XML declarations naming codecs, built at run time: Hypothesis mines the string constants of
# every imported module for its examples, and a whole declaration written out here would make
# unrelated tests (tests/tasksequence) draw it on every run.
HOSTILE_TOKENS += [
    f"<?xml version='1.0' encoding='{codec}'?>".encode()
    for codec in ("utf-16", "utf-32", "idna", "rot13", "punycode", "latin-1")
]


# -- seeds -----------------------------------------------------------------------------------


@cache
def plan_seeds() -> tuple[bytes, ...]:
    from cmplanner.demo import demo_plan
    from cmplanner.model.planfile import plan_to_json

    seeds = [plan_to_json(demo_plan()).encode()]
    seeds += [p.read_bytes() for p in sorted(DATA.rglob("*.cmplan"))[:4]]
    return tuple(seeds)


@cache
def task_sequence_seeds() -> tuple[bytes, ...]:
    from cmplanner.model.site import SiteVersion
    from cmplanner.tasksequence.builders import build
    from cmplanner.tasksequence.xmlio import export_xml

    built = [
        export_xml(build(kind, SiteVersion.parse("SP2")))[0].encode()
        for kind in ("capture-only", "usmt-hardlink")
    ]
    found = [p.read_bytes() for p in sorted((DATA / "ts").glob("*.xml"))]
    return tuple(built + found)


@cache
def log_seeds() -> tuple[bytes, ...]:
    return tuple(p.read_bytes() for p in sorted((DATA / "logs").glob("*.log")))


@dataclass(frozen=True)
class CertSeed:
    data: bytes
    suffix: str
    password: str | None


@cache
def certificate_seeds() -> tuple[CertSeed, ...]:
    """Every certificate file form the planner reads, for an RSA and an EC key (the tests'
    own certificates, ``tests/certs.py``), with fixed dates so a seed never changes."""
    from tests.certs import certificate_bytes, key_for, self_signed

    seeds = []
    for key in (key_for("rsa", 1024), key_for("ec")):
        cert = self_signed(
            key,
            serial=4711,
            not_before=datetime(2020, 1, 1, tzinfo=UTC),
            not_after=datetime(2035, 1, 1, tzinfo=UTC),
        )
        seeds.append(CertSeed(certificate_bytes(cert, ".cer"), ".cer", None))
        seeds.append(CertSeed(certificate_bytes(cert, ".crt"), ".crt", None))
        seeds.append(CertSeed(certificate_bytes(cert, ".pfx", key), ".pfx", None))
        locked = certificate_bytes(cert, ".pfx", key, "pxe")
        seeds.append(CertSeed(locked, ".p12", "pxe"))
        seeds.append(CertSeed(locked, ".pfx", "p\ud800"))
    return tuple(seeds)


# -- mutations -------------------------------------------------------------------------------

Mutation = tuple[str, int, int]  # (kind, where: 0..2**16, what)


def mutate(data: bytes, mutations: list[Mutation]) -> bytes:
    """Apply byte-level mutations; positions are fractions of the length, so one list of
    mutations means something for any seed."""
    buf = bytearray(data)
    for kind, where, what in mutations:
        at = (where * len(buf)) >> 16 if buf else 0
        if kind == "flip" and buf:
            buf[min(at, len(buf) - 1)] ^= 1 << (what % 8)
        elif kind == "byte" and buf:
            buf[min(at, len(buf) - 1)] = what % 256
        elif kind == "cut":
            del buf[at : at + 1 + what % 64]
        elif kind == "truncate":
            del buf[at:]
        elif kind == "repeat" and buf:
            piece = bytes(buf[at : at + 1 + what % 200])
            buf[at:at] = piece * (2 + what % 20)
        elif kind == "token":
            buf[at:at] = HOSTILE_TOKENS[what % len(HOSTILE_TOKENS)]
        elif kind == "digits":
            start = at
            while start < len(buf) and not chr(buf[start]).isdigit():
                start += 1
            buf[start:start] = b"9" * (1 + what % 5000)
    return bytes(buf)


def mutate_json(doc: Any, edits: list[tuple[int, int]]) -> Any:
    """Replace values inside a parsed plan with hostile ones (structure-aware)."""
    places: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in list(node):
                places.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for i in range(len(node)):
                places.append((node, i))
                walk(node[i])

    walk(doc)
    values: list[Any] = [
        *HOSTILE_TEXT,
        *HOSTILE_NUMBERS,
        [],
        {},
        {"kind": "group", "name": "g", "children": []},
    ]
    for where, what in edits:
        if not places:
            break
        container, key = places[where % len(places)]
        value = values[what % len(values)]
        if what % 7 == 0 and isinstance(container[key], str):
            value = container[key] + str(values[what % len(HOSTILE_TEXT)])
        if what % 11 == 0:
            value = _nested(what % 300)
        container[key] = value
    return doc


def _nested(depth: int) -> Any:
    node: dict[str, Any] = {"kind": "group", "name": "deep", "children": []}
    top = node
    for _ in range(depth):
        inner: dict[str, Any] = {"kind": "group", "name": "deep", "children": []}
        node["children"].append(inner)
        node = inner
    return top


def plan_bytes(seed: int, edits: list[tuple[int, int]], mutations: list[Mutation]) -> bytes:
    seeds = plan_seeds()
    doc = json.loads(seeds[seed % len(seeds)])
    text = json.dumps(mutate_json(doc, edits), ensure_ascii=bool(seed % 2))
    return mutate(text.encode("utf-8", "surrogatepass"), mutations)


# -- running one case ------------------------------------------------------------------------


class Hang(Exception):
    """A case ran longer than HANG_SECONDS."""


@dataclass
class Outcome:
    parser: str
    exit_codes: list[int]
    problems: list[str]
    seconds: float


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise :class:`Hang` after ``seconds`` (SIGALRM; a no-op where there is none)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_command(args: list[str]) -> tuple[int, str, str]:
    """``cmplanner ARGS`` in this process: exit code, stdout, stderr."""
    from cmplanner.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def check_command(args: list[str], problems: list[str], codes: list[int]) -> None:
    code, _out, err = run_command(args)
    codes.append(code)
    name = " ".join(["cmplanner", *[Path(a).name if "/" in a else a for a in args]])
    if code not in (0, 1, 2):
        problems.append(f"{name}: exit {code}: {err.strip()[:300]}")
    if "Traceback" in err:
        problems.append(f"{name}: a traceback on stderr")
    lines = err.splitlines()
    if code == 2 and (len(lines) != 1 or not lines[0].startswith("cmplanner: ")):
        problems.append(f"{name}: exit 2 with {len(lines)} stderr lines: {err[:300]!r}")


def _public(problems: list[str], call: Callable[[], Any], what: str) -> Any:
    from cmplanner.errors import InputError

    try:
        return call()
    except InputError as exc:
        line = exc.describe()
        if "\n" in line:
            problems.append(f"{what}: the error is more than one line: {line[:200]!r}")
        return None
    except Hang:
        raise
    except Exception as exc:
        problems.append(f"{what}: {type(exc).__name__}: {str(exc)[:300]}")
        return None


def check_plan(data: bytes, folder: Path) -> Outcome:
    from cmplanner.model.planfile import load_plan, save_plan
    from cmplanner.rules.engine import validate
    from cmplanner.runbook import RunbookFormat, render_runbook

    path = folder / "fuzz.cmplan"
    problems: list[str] = []
    codes: list[int] = []

    def body() -> None:
        plan = _public(problems, lambda: load_plan(path), "load_plan")
        if plan is not None:
            _public(problems, lambda: save_plan(plan, folder / "saved.cmplan"), "save_plan")
            if (folder / "saved.cmplan").exists():
                again = _public(problems, lambda: load_plan(folder / "saved.cmplan"), "reload")
                if again is not None and again != plan:
                    problems.append("save_plan: the saved plan loads differently")
            _public(problems, lambda: validate(plan), "validate")
            _public(problems, lambda: render_runbook(plan, RunbookFormat.MARKDOWN), "runbook")
        check_command(["validate", str(path), "--format", "json"], problems, codes)
        check_command(["runbook", str(path), "-o", str(folder / "out.html")], problems, codes)
        old = folder / "old.cmplan"
        if not old.exists():
            old.write_bytes(plan_seeds()[0])
        check_command(["diff", str(old), str(path), "--format", "json"], problems, codes)

    return _run("plan", path, data, body, problems, codes)


def check_task_sequence(data: bytes, folder: Path) -> Outcome:
    from cmplanner.tasksequence.xmlio import load_task_sequence

    path = folder / "fuzz.xml"
    problems: list[str] = []
    codes: list[int] = []

    def body() -> None:
        _public(problems, lambda: load_task_sequence(path), "load_task_sequence")
        check_command(["ts", "show", str(path)], problems, codes)
        check_command(["ts", "lint", str(path), "--format", "json"], problems, codes)

    return _run("task-sequence", path, data, body, problems, codes)


def check_log(data: bytes, folder: Path) -> Outcome:
    from cmplanner.logs.analysis import analyze_logs

    path = folder / "smsts.log"
    problems: list[str] = []
    codes: list[int] = []

    def body() -> None:
        _public(problems, lambda: analyze_logs([path]), "analyze_logs")
        check_command(["log", "analyze", str(path)], problems, codes)
        check_command(["log", "analyze", str(path), "--format", "json"], problems, codes)

    return _run("log", path, data, body, problems, codes)


def check_certificate(data: bytes, suffix: str, password: str | None, folder: Path) -> Outcome:
    """Certificates have no command of their own (the PXE wizard reads them): the public
    function only."""
    from cmplanner.certificates import inspect_certificate

    path = folder / f"pxe{suffix}"
    problems: list[str] = []

    def body() -> None:
        report = _public(problems, lambda: inspect_certificate(path, password), "inspect")
        if report is not None:
            _public(problems, lambda: report.to_model(), "to_model")

    return _run("certificate", path, data, body, problems, [])


def _run(
    parser: str,
    path: Path,
    data: bytes,
    body: Callable[[], None],
    problems: list[str],
    codes: list[int],
) -> Outcome:
    import time

    path.write_bytes(data)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    began = time.monotonic()
    try:
        with time_limit(HANG_SECONDS):
            body()
    except Hang as exc:
        problems.append(f"hang: {exc}")
    seconds = time.monotonic() - began
    if path.read_bytes() != data or path.stat().st_mtime != 1_000_000_000:
        problems.append("the input file was changed")
    return Outcome(parser, codes, problems, seconds)


INPUT_NAMES = ("fuzz.cmplan", "fuzz.xml", "smsts.log", "pxe.cer", "pxe.crt", "pxe.pfx", "pxe.p12")


def input_of(folder: Path) -> Path:
    """The input the last case in ``folder`` was given."""
    return max(
        (folder / name for name in INPUT_NAMES if (folder / name).exists()),
        key=lambda p: p.stat().st_ctime,
    )


@contextmanager
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="cmplanner-fuzz-") as folder:
        yield Path(folder)


# -- random cases for the campaign (the tests draw theirs with hypothesis) ------------------

KINDS = ["flip", "byte", "cut", "truncate", "repeat", "token", "digits"]


def random_mutations(rng: random.Random) -> list[Mutation]:
    return [
        (rng.choice(KINDS), rng.randrange(1 << 16), rng.randrange(1 << 16))
        for _ in range(rng.randint(0, 4))
    ]


def random_case(parser: str, rng: random.Random, folder: Path) -> Outcome:
    if parser == "plan":
        edits = [(rng.randrange(1 << 16), rng.randrange(1 << 16)) for _ in range(rng.randint(0, 3))]
        mutations = random_mutations(rng) if rng.random() < 0.5 else []
        return check_plan(plan_bytes(rng.randrange(100), edits, mutations), folder)
    if parser == "task-sequence":
        seed = rng.choice(task_sequence_seeds())
        return check_task_sequence(mutate(seed, random_mutations(rng)), folder)
    if parser == "log":
        seed = rng.choice(log_seeds())
        return check_log(mutate(seed, random_mutations(rng)), folder)
    cert = rng.choice(certificate_seeds())
    return check_certificate(
        mutate(cert.data, random_mutations(rng)), cert.suffix, cert.password, folder
    )


PARSERS = ["plan", "task-sequence", "log", "certificate"]
