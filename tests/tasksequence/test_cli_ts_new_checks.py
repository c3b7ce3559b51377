"""``cmplanner ts new`` checks what it builds as ``validate`` and ``ts lint`` would, refuses
values no site can use (exit 2, no file), and notes every placeholder left to replace."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.model.site import SiteVersion
from cmplanner.tasksequence.builders import BuilderOptionError, BuilderRefused, build
from cmplanner.tasksequence.packageids import missing_values

pytestmark = pytest.mark.cli


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_options_validate_warns_about_are_warned_about_by_ts_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "capture.xml"
    code, _, err = run(
        capsys,
        "ts",
        "new",
        "capture-only",
        "-o",
        str(out_file),
        "--option",
        "mandatory_assignment=true",
        "--option",
        "local_admin_password_blank=false",
    )
    assert code == 0 and out_file.exists()  # warnings: the export is still written
    lines = err.splitlines()
    assert any(
        line.startswith(f"{out_file}: builder options: warning TS016: Capture Only: advertised")
        for line in lines
    )
    assert any(
        line.startswith(f"{out_file}: builder options: warning TS019: Capture Only: the reference")
        for line in lines
    )
    assert "TS012" not in err


def test_the_default_options_are_not_warned_about(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ts", "new", "capture-only", "--option", "boot_image_id=LAB00001")
    assert code == 0
    assert "TS016" not in err and "TS019" not in err and "warning TS" not in err


@pytest.mark.parametrize("index", ["0", "-1", "two", "1.5", ""])
def test_an_image_index_no_wim_has_is_refused_and_nothing_written(
    index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "refresh.xml"
    code, out, err = run(
        capsys,
        "ts",
        "new",
        "usmt-hardlink",
        "-o",
        str(out_file),
        "--option",
        f"image_index={index}",
    )
    assert code == 2 and out == "" and not out_file.exists()
    assert err == (
        f"cmplanner: argument --option: option image_index={index!r}: the images in a WIM file "
        "are numbered from 1; say a whole number from 1\n"
    )


def test_a_good_image_index_is_written_as_given(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ts", "new", "usmt-hardlink", "--option", "image_index=3")
    assert code == 0
    assert '<variable name="OSDImageIndex" property="ImageIndex">3</variable>' in out


def test_the_wizard_sees_a_bad_image_index_as_a_refusal_with_its_reason() -> None:
    """The app's wizards show refusals; a bad option value is one (the command line says it
    as bad input, exit 2)."""
    with pytest.raises(BuilderRefused) as info:
        build("usmt-hardlink", SiteVersion.parse("SP2"), image_index="0")
    assert isinstance(info.value, BuilderOptionError)
    assert info.value.reason.startswith("option image_index='0': the images in a WIM file")


@pytest.mark.parametrize(
    ("version", "why"),
    [("RTM R3", "R3 needs SP2; the site is at RTM"), ("RTM R2", "R2 needs SP1 or SP2")],
)
@pytest.mark.parametrize("command", ["new", "lint"])
def test_a_site_version_no_site_can_have_is_refused(
    version: str, why: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "capture.xml"
    if command == "new":
        args = ["ts", "new", "capture-only", "-o", str(out_file)]
    else:
        source = Path(__file__).resolve().parents[1] / "data" / "ts" / "one_line.xml"
        args = ["ts", "lint", str(source)]
    code, out, err = run(capsys, *args, "--site-version", version)
    assert code == 2 and out == "" and not out_file.exists()
    assert err.startswith(f"cmplanner: argument --site-version: {version!r}: {why}")
    assert len(err.splitlines()) == 1


def test_every_placeholder_is_noted_with_the_option_that_replaces_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "ts", "new", "error-catching")
    assert code == 0
    notes = [line for line in err.splitlines() if "placeholder" in line]
    assert notes == [
        "cmplanner: note: the log share is still the placeholder \\\\SERVER\\Deploy$: the "
        "Error Catching group copies the logs there; set it with --option share=PATH before "
        "importing",
        "cmplanner: note: the log share's account is still the placeholder DOMAIN\\log-writer: "
        "the Error Catching group connects to the share as this account; set it with --option "
        "account=ACCOUNT before importing",
    ]
    code, _, err = run(capsys, "ts", "new", "capture-only")
    assert "placeholder \\\\SERVER\\Captures\\reference.wim" in err
    assert "--option capture_destination=PATH" in err
    assert "placeholder DOMAIN\\capture-account" in err


def test_replaced_placeholders_are_not_noted(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys,
        "ts",
        "new",
        "error-catching",
        "--option",
        "share=\\\\deploy01\\logs$",
        "--option",
        "account=LAB\\log-writer",
    )
    assert code == 0 and "placeholder" not in err


def test_the_note_function_the_wizard_uses_names_the_placeholders() -> None:
    ts = build("capture-only", SiteVersion.parse("SP2"))
    assert [m.option for m in missing_values(ts)] == [
        "boot_image_id",
        "capture_destination",
        "capture_account",
    ]
    ts = build("capture-only", SiteVersion.parse("SP2"), capture_account="LAB\\capture")
    assert "capture_account" not in [m.option for m in missing_values(ts)]
