"""The known-error knowledge base and the error-code table are valid data with sources."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from cmplanner.errors import InputError
from cmplanner.logs.codes import codes_in, explain_code, parse_code
from cmplanner.logs.knowledge import CHECKLIST_PACKS, load_knowledge_base
from cmplanner.paths import resources_dir

pytestmark = pytest.mark.core

KB_ENTRIES = 25  # pinned: a lost entry fails here


def test_every_entry_has_cause_fix_link_and_source() -> None:
    kb = load_knowledge_base()
    assert len(kb.entries) == KB_ENTRIES
    for e in kb.entries:
        # a task-sequence error has its runbook section; a client install's may have none
        assert e.cause and e.fix and (e.section or e.logs)
        assert e.citations and e.source, e.id  # ids of resources/sources.toml, printed
        assert e.patterns or e.codes or e.steps


def test_checklist_links_point_at_packs_that_exist() -> None:
    packs = {p.stem for p in (resources_dir() / "checklists").glob("*.toml")}
    assert set(CHECKLIST_PACKS) == packs  # every pack can be pointed at, and only those
    for e in load_knowledge_base().entries:
        assert set(e.checklists) <= packs, e.id


@pytest.mark.parametrize(
    "message, expected",
    [
        ("No cert available for policy decoding", "KE-PXE-NOCERT"),
        (
            "An error occurred while retrieving policy for this computer (0x80004005)",
            "KE-PXE-POLICY",
        ),
        (
            "An error occurred while retrieving policy for this computer (-2147467259)",
            "KE-PXE-POLICY",
        ),
        (
            "The group (Error Catching) has been skipped because the condition is evaluated to be "
            "false",
            "KE-LOGCOPY-SKIPPED",
        ),
        ("Failed to resolve the source for SMS PKGID=P0100004", "KE-CONTENT-NOT-ON-DP"),
    ],
)
def test_messages_are_recognised(message: str, expected: str) -> None:
    kb = load_knowledge_base()
    assert expected in [e.id for e in kb.match_message(message, codes_in(message), None)]


def test_codes_and_steps_narrow_a_match() -> None:
    kb = load_knowledge_base()
    message = "Microsoft VBScript runtime error: Path not found (0x800A004C)"
    assert [e.id for e in kb.match_message(message, codes_in(message), "Copy Logs")] == [
        "KE-LOGCOPY-PATH"
    ]
    assert kb.match_message(message, codes_in(message), "Apply Operating System") == []
    retrieving = "An error occurred while retrieving policy for this computer (0x80070005)"
    assert "KE-PXE-POLICY" not in [
        e.id for e in kb.match_message(retrieving, codes_in(retrieving), None)
    ]
    assert [e.id for e in kb.match_failed_step("Request User State Storage")] == [
        "KE-USMT-STATESTORE-STEP"
    ]


def test_a_broken_knowledge_file_is_one_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "kb.toml"
    bad.write_text(
        '[[error]]\nid = "KE-X"\ntitle = "t"\nseverity = "error"\n'
        'patterns = ["("]\ncause = "c"\nfix = "f"\nsection = "pxe"\n'
        'source = "seed-pxe-after-sp2"\nconfidence = "documented"\n'
    )
    with pytest.raises(InputError, match="does not compile"):
        load_knowledge_base(bad)
    bad.write_text(bad.read_text().replace('["("]', '["x"]').replace('"pxe"', '"nowhere"'))
    with pytest.raises(InputError, match="unknown runbook section"):
        load_knowledge_base(bad)


@pytest.mark.parametrize(
    "spelling", ["0x80004005", "80004005", "-2147467259", -2147467259, 2147500037, "0X80004005"]
)
def test_e_fail_in_every_spelling(spelling: int | str) -> None:
    e = explain_code(spelling)
    assert (e.value, e.hex, e.signed, e.name) == (0x80004005, "0x80004005", -2147467259, "E_FAIL")
    assert "0x80004005 (-2147467259) E_FAIL" in e.describe()


def test_win32_codes_use_the_system_messages() -> None:
    assert explain_code(2).message == "The system cannot find the file specified."
    wrapped = explain_code("0x80070005")
    assert wrapped.win32 == 5 and wrapped.message == "Access is denied."
    assert wrapped.name == "HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED)"
    unknown = explain_code("0x87654321")
    assert not unknown.known and "not in the code table" in unknown.describe()
    with pytest.raises(ValueError):
        explain_code("banana")
    assert parse_code("99999999999") is None


def test_codes_in_messages() -> None:
    assert codes_in("(Error: 80070002; Source: Windows)") == [0x80070002]
    assert codes_in("Process completed with exit code 2147942402") == [0x80070002]
    assert codes_in("returned -2147467259 and 0x80004005") == [0x80004005]
    assert codes_in("nothing here") == []


def test_the_code_table_has_unique_codes() -> None:
    doc = tomllib.loads((resources_dir() / "knowledge" / "error_codes.toml").read_text())
    win32 = [row["code"] for row in doc["win32"]]
    assert len(win32) == len(set(win32))
    assert doc["source"].startswith("Windows SDK")
