"""The generated log-copy script fixes the seed's: it creates the folder it copies into."""

from __future__ import annotations

import pytest

from cmplanner.tasksequence.logscript import log_copy_script

pytestmark = pytest.mark.core


def test_folder_is_created_after_it_is_deleted() -> None:
    script = log_copy_script()
    delete = script.index("fso.DeleteFolder destination")
    create = script.index("fso.CreateFolder destination")
    copy = script.index("fso.CopyFile logPath")
    assert delete < create < copy
    assert 'shareRoot = "Z:\\"' in script
    assert "\r\n" in script


@pytest.mark.parametrize(
    "code",
    ["WScript.Quit 2", "WScript.Quit 3", "WScript.Quit 4", "WScript.Quit 6", "WScript.Quit 0"],
)
def test_every_failure_has_its_exit_code(code: str) -> None:
    assert code in log_copy_script()


def test_missing_share_is_checked_before_anything_else() -> None:
    script = log_copy_script("y:", "Failed TS")
    assert script.index("Not fso.FolderExists(shareRoot)") < script.index('If logPath = "" Then')
    assert 'logsRoot = shareRoot & "Failed TS"' in script


@pytest.mark.parametrize(
    "drive, folder", [("ZZ", "LOGS"), ("Z:", 'a"b'), ("Z:", "a\\b"), ("Z:", "")]
)
def test_bad_values_are_refused(drive: str, folder: str) -> None:
    with pytest.raises(ValueError):
        log_copy_script(drive, folder)


def test_user_template_overrides_the_bundled_one(private_home: object) -> None:
    from cmplanner.paths import user_templates_dir
    from cmplanner.tasksequence import logscript

    folder = user_templates_dir() / "scripts"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "CopyLogs.vbs.j2").write_text('x = "{{ folder }}"\n', encoding="utf-8")
    logscript._environment.cache_clear()
    try:
        assert log_copy_script("Z:", "LOGS") == 'x = "LOGS"\r\n'
    finally:
        logscript._environment.cache_clear()
