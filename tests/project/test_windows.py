"""What can be checked of Windows without Windows: names it refuses, CRLF text, folders with
spaces and non-ASCII letters, and its user folders (platformdirs' Windows code, simulated).
"""

from __future__ import annotations

import errno
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner import paths
from cmplanner.cli.main import main
from cmplanner.model.planfile import atomic_write_text

pytestmark = pytest.mark.cli

DATA = Path(__file__).resolve().parents[1] / "data"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("CON", "name CON for a device"),
        ("con.cmplan", "name CON for a device"),
        ("aux.pdf", "name AUX for a device"),
        ("Nul.tar.gz", "name NUL for a device"),
        ("PRN .md", "name PRN for a device"),
        ("COM1.svg", "name COM1 for a device"),
        ("lpt9.png", "name LPT9 for a device"),
        ("COM¹.xml", "name COM¹ for a device"),
        ("runbook.", "dots and spaces at the end"),
        ("runbook.pdf ", "dots and spaces at the end"),
        ("site: AMS.pdf", "allow ':'"),
        ('a<b>"c".md', "allow '\"' '<' '>'"),
        ("what?.pdf", "allow '?'"),
        ("tab\there.md", "allow '\\t'"),
    ],
)
def test_names_windows_refuses(name: str, why: str) -> None:
    assert why in (paths.windows_refusal(name) or "")


@pytest.mark.parametrize(
    "name",
    ["console.pdf", "auxiliary.md", "COM10.png", "LPT0.svg", "CONFIG.SYS", "Jan de Vries.pdf",
     "Uitrol Zoë \u2013 fase 2.cmplan", ".hidden", "runbook..pdf", "plan.v2.cmplan"],
)  # fmt: skip
def test_names_windows_takes(name: str) -> None:
    assert paths.windows_refusal(name) is None


COMMANDS = [
    ("demo", "-o", "{out}/aux.cmplan"),
    ("runbook", "{plan}", "-o", "{out}/CON.pdf"),
    ("demo", "-o", "{out}/site 2.cmplan. "),
    ("diagram", "{plan}", "--kind", "topology", "-o", "{out}/nul.svg"),
    ("log", "timeline", "{log}", "-o", "{out}/com3.png"),
    ("ts", "new", "capture-only", "-o", "{out}/prn.xml"),
    ("ts", "new", "error-catching", "-o", "{out}/ts.xml", "--script", "{out}/lpt1.vbs"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_named_output_windows_refuses_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    out = tmp_path / "Jan de Vries"
    out.mkdir()
    plan = out / "site.cmplan"
    assert run(capsys, "demo", "-o", str(plan))[0] == 0
    names = {"out": str(out), "plan": str(plan), "log": str(DATA / "logs" / "smsts.log")}
    code, _, err = run(capsys, *(part.format(**names) for part in command))
    assert code == 2, err
    assert err.count("\n") == 1 and "Windows" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["site.cmplan"], "nothing written"


def test_the_one_text_writer_refuses_them_too(tmp_path: Path) -> None:
    """The app's Save as and exports write through atomic_write_text: an OSError it shows."""
    with pytest.raises(OSError) as raised:
        atomic_write_text(tmp_path / "Aux.cmplan", "{}")
    assert raised.value.errno == errno.EINVAL
    assert "AUX for a device" in raised.value.strerror
    assert list(tmp_path.iterdir()) == []


def test_folders_and_plans_with_spaces_and_non_ascii_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Users" / "Jan de Vries" / "Documenten" / "Uitrol Zoë (fase 2)"
    folder.mkdir(parents=True)
    plan = folder / "Site Ämsterdam \u2013 test.cmplan"
    assert run(capsys, "demo", "-o", str(plan))[0] == 0
    code, out, err = run(capsys, "validate", str(plan), "--format", "json")
    assert code in (0, 1), err
    assert json.loads(out)
    for output in ("Runbook Zoë.html", "Runbook Zoë.md", "Draaiboek Zoë.pdf"):
        assert run(capsys, "runbook", str(plan), "-o", str(folder / output))[0] == 0
        assert (folder / output).stat().st_size > 0
    assert (
        run(capsys, "diagram", str(plan), "--kind", "locality", "-o", str(folder / "Kaart é.png"))[
            0
        ]
        == 0
    )
    code, _, err = run(capsys, "validate", str(folder / "ontbreekt \u2013 ü.cmplan"))
    assert code == 2 and "ontbreekt \u2013 ü.cmplan" in err


def _crlf(text: bytes) -> bytes:
    return text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _same_with_crlf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path, *command: str
) -> None:
    """``command`` (with ``{}`` for the file) prints the same for the LF and the CRLF copy."""
    results = []
    for kind, convert in (("lf", lambda b: b.replace(b"\r\n", b"\n")), ("crlf", _crlf)):
        folder = tmp_path / kind
        folder.mkdir(exist_ok=True)
        copy = folder / source.name
        copy.write_bytes(convert(source.read_bytes()))
        code, out, err = run(capsys, *(part.replace("{}", str(copy)) for part in command))
        assert "Traceback" not in err
        results.append(
            (code, out.replace(str(folder), "<folder>"), err.replace(str(folder), "<f>"))
        )
    assert results[0] == results[1]
    assert results[0][0] in (0, 1), results[0]


def test_a_plan_with_crlf_reads_as_with_lf(tmp_path: Path, capsys) -> None:
    plan = tmp_path / "site.cmplan"
    run(capsys, "demo", "-o", str(plan))
    plan.write_text(json.dumps(json.loads(plan.read_text(encoding="utf-8")), indent=2))
    _same_with_crlf(tmp_path, capsys, plan, "validate", "{}", "--format", "json")


@pytest.mark.parametrize("name", ["package_export.xml", "secrets.xml", "mdt_style.xml"])
def test_a_task_sequence_with_crlf_reads_as_with_lf(tmp_path: Path, capsys, name: str) -> None:
    _same_with_crlf(tmp_path, capsys, DATA / "ts" / name, "ts", "lint", "{}", "--format", "json")
    _same_with_crlf(tmp_path, capsys, DATA / "ts" / name, "ts", "show", "{}")


@pytest.mark.parametrize("name", ["smsts.log", "pxe-cert-failure_smsts.log", "sms-format.log"])
def test_a_log_with_crlf_reads_as_with_lf(tmp_path: Path, capsys, name: str) -> None:
    _same_with_crlf(
        tmp_path, capsys, DATA / "logs" / name, "log", "analyze", "{}", "--format", "json"
    )


def test_a_pem_certificate_with_crlf_reads_as_with_lf(tmp_path: Path) -> None:
    from cmplanner.certificates import inspect_certificate
    from tests.certs import certificate_bytes, key_for, self_signed

    pem = certificate_bytes(self_signed(key_for("ec"), client_auth=None), ".pem")
    (tmp_path / "lf.cer").write_bytes(pem)
    (tmp_path / "crlf.cer").write_bytes(_crlf(pem))
    assert b"\r\n" in (tmp_path / "crlf.cer").read_bytes()
    lf, crlf = inspect_certificate(tmp_path / "lf.cer"), inspect_certificate(tmp_path / "crlf.cer")
    assert (crlf.subject, crlf.expires) == (lf.subject, lf.expires)


@pytest.fixture
def windows_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs' own Windows code, its known folders read from the environment as on a
    machine whose profile is ``C:\\Users\\Jan de Vries`` (here a folder of that name)."""
    import platformdirs
    import platformdirs.windows

    profile = tmp_path / "Users" / "Jan de Vries"
    monkeypatch.delenv("CMPLANNER_HOME")
    monkeypatch.setenv("APPDATA", str(profile / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(profile / "AppData" / "Local"))
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars
    )
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    return profile


def test_user_folders_on_windows(windows_user_folders: Path) -> None:
    local = windows_user_folders / "AppData" / "Local" / "cmplanner"
    assert paths.user_data_dir() == local  # no author folder: appauthor=False
    assert paths.user_config_dir() == local
    assert paths.autosave_dir() == local / "autosave" and paths.autosave_dir().is_dir()
    assert paths.user_templates_dir() == local / "templates"


@pytest.mark.gui
def test_the_app_keeps_settings_and_autosaves_in_the_windows_user_folder(
    windows_user_folders: Path,
) -> None:
    from cmplanner.demo import demo_plan
    from cmplanner.gui.autosave import AutosaveSession, orphans
    from cmplanner.gui.settings import AppSettings

    local = windows_user_folders / "AppData" / "Local" / "cmplanner"
    original = windows_user_folders / "Documents" / "Zoë site.cmplan"
    session = AutosaveSession()
    session.write(demo_plan(), original)
    assert session.plan_file.parent == local / "autosave"
    del session  # a crash: the lock is let go, the autosave stays
    (orphan,) = orphans()
    assert orphan.load().name == demo_plan().name
    settings = AppSettings()
    settings.add_recent(original)
    settings.qsettings.sync()
    assert (local / "cmplanner.ini").is_file()
    assert AppSettings().recent_files() == [original.resolve()]


def test_the_bundled_data_is_found_from_a_folder_with_spaces(tmp_path: Path) -> None:
    """The installer's default folder is ``C:\\Program Files\\cmplanner``."""
    package = tmp_path / "Program Files" / "cmplanner" / "_internal" / "cmplanner"
    shutil.copytree(paths.resources_dir() / "translations", package / "resources" / "translations")
    (package / "templates").mkdir()
    import importlib.util

    spec = importlib.util.spec_from_file_location("paths_copy", package / "paths.py")
    shutil.copy(Path(paths.__file__), package / "paths.py")
    assert spec is not None and spec.loader is not None
    copy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(copy)
    assert copy.resources_dir() == package / "resources"
    assert copy.templates_dir() == package / "templates"


def test_a_user_template_saved_with_crlf_renders_as_with_lf() -> None:
    """An admin's own template override, edited in Notepad, keeps the runbook's line ends."""
    from cmplanner.demo import demo_plan
    from cmplanner.runbook import render_runbook

    folder = paths.user_templates_dir() / "runbook" / "markdown"
    folder.mkdir(parents=True)
    template = folder / "overview.md.j2"
    text = "Our own overview of {{ meta.site_code }}\n{% if meta.site_code %}\nsite known\n{% endif %}\n"
    template.write_bytes(text.encode("utf-8"))
    lf = render_runbook(demo_plan(), "markdown", ["overview"], generated=datetime(2026, 4, 2))
    template.write_bytes(_crlf(text.encode("utf-8")))
    crlf = render_runbook(demo_plan(), "markdown", ["overview"], generated=datetime(2026, 4, 2))
    assert "Our own overview of AMS\nsite known\n" in crlf
    assert "\r" not in crlf and crlf == lf
