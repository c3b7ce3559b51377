"""Every bundled table looked up by id refuses a repeated id, in one line naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cmplanner.checklists.packs import load_pack_file
from cmplanner.datafiles import load_toml_model
from cmplanner.errors import InputError
from cmplanner.logs.codes import _CodeTable
from cmplanner.logs.kinds import _KindsFile
from cmplanner.logs.knowledge import load_knowledge_base
from cmplanner.paths import resources_dir
from cmplanner.tasksequence.catalog import load_steps

pytestmark = pytest.mark.core


def _first_entry(text: str, header: str) -> str:
    """The text of the first ``[[header]]`` table of a TOML file, up to the next one."""
    start = text.index(f"[[{header}]]")
    end = text.find(f"\n[[{header}]]", start + 1)
    return text[start:end] if end > 0 else text[start:]


@pytest.mark.parametrize(
    ("relative", "header", "load", "what"),
    [
        ("knowledge/known_errors.toml", "error", load_knowledge_base, "known error"),
        ("tasksequence/steps.toml", "step", lambda p: load_steps.__wrapped__(p), "step type"),
        ("checklists/sp2-upgrade.toml", "step", load_pack_file, "step id"),
        ("knowledge/log_kinds.toml", "kind", lambda p: load_toml_model(p, _KindsFile), "log kind"),
        (
            "knowledge/error_codes.toml",
            "win32",
            lambda p: load_toml_model(p, _CodeTable),
            "win32 code",
        ),
    ],
)
def test_a_repeated_id_is_refused(
    tmp_path: Path, relative: str, header: str, load: Callable[[Path], object], what: str
) -> None:
    original = resources_dir() / relative
    text = original.read_text(encoding="utf-8")
    copy = tmp_path / original.name
    copy.write_text(text, encoding="utf-8")
    load(copy)  # the bundled file itself is fine
    copy.write_text(
        text.rstrip("\n") + "\n\n" + _first_entry(text, header) + "\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as raised:
        load(copy)
    line = str(raised.value)
    assert original.name in line and f"{what} '" in line and "is listed twice" in line
    assert "\n" not in line
