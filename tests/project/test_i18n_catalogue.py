"""tools/i18n.py and the Dutch runbook catalogue: every text of the runbook templates, the
runbook and checklist modules and the checklist packs is translated, and the shipped ``.mo``
is compiled from the ``.po``."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from cmplanner import language
from cmplanner.paths import resources_dir

pytestmark = pytest.mark.core

REPO = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_runbook_and_checklist_text_is_translated() -> None:
    assert _tool().check() == []


def test_the_compiled_catalogue_ships_where_the_app_reads_it() -> None:
    mo = resources_dir() / "locale" / "nl" / "LC_MESSAGES" / "cmplanner.mo"
    assert mo.is_file()
    assert language.translations("nl").gettext("Runbook") == "Draaiboek"
    assert set(language.LANGUAGES) == {"en"} | {
        p.parent.parent.name for p in (resources_dir() / "locale").glob("*/LC_MESSAGES/*.mo")
    }


@pytest.fixture
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The tool on a copy of the checkout's templates, packs and catalogues."""
    module = _tool()
    for name in ("templates", "resources/checklists", "resources/locale", "cmplanner/runbook", "cmplanner/checklists"):  # fmt: skip
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(module, "REPO", tmp_path)
    monkeypatch.setattr(module, "LOCALE", tmp_path / "resources" / "locale")
    monkeypatch.setattr(module, "TEMPLATES", tmp_path / "templates" / "runbook")
    monkeypatch.setattr(module, "PACKS", tmp_path / "resources" / "checklists")
    shutil.copy(REPO / "resources" / "change_steps.toml", tmp_path / "resources")
    monkeypatch.setattr(module, "CHANGE_STEPS", tmp_path / "resources" / "change_steps.toml")
    monkeypatch.setattr(
        module,
        "PYTHON",
        [tmp_path / "cmplanner" / "runbook", tmp_path / "cmplanner" / "checklists"],
    )
    shutil.copy(REPO / "resources" / "change_steps.toml", tmp_path / "resources")
    monkeypatch.setattr(module, "CHANGE_STEPS", tmp_path / "resources" / "change_steps.toml")
    return module


def test_a_new_template_text_fails_until_translated(tool: ModuleType) -> None:
    overview = tool.TEMPLATES / "html" / "overview.html.j2"
    overview.write_text(
        overview.read_text(encoding="utf-8") + '<p>{{ _("Ask the site owner first.") }}</p>\n',
        encoding="utf-8",
    )
    assert tool.check() == [
        "resources/locale/nl/LC_MESSAGES/cmplanner.po: missing 'Ask the site owner first.'"
    ]
    tool.update()
    assert tool.check() == [
        "resources/locale/nl/LC_MESSAGES/cmplanner.po: untranslated 'Ask the site owner first.'"
    ]


def test_a_new_pack_step_fails_until_translated(tool: ModuleType) -> None:
    pack = tool.PACKS / "sp2-upgrade.toml"
    pack.write_text(
        pack.read_text(encoding="utf-8")
        + '\n[[step]]\nid = "call-the-vendor"\ninstruction = "Call the backup vendor."\n'
        'expected = "They answer."\nevidence = "Ticket number."\n',
        encoding="utf-8",
    )
    problems = tool.check()
    assert len(problems) == 3 and all("missing" in p for p in problems)


def test_a_new_change_step_fails_until_translated(tool: ModuleType) -> None:
    steps = tool.CHANGE_STEPS
    steps.write_text(
        steps.read_text(encoding="utf-8") + '\n[[step]]\nkind = "site"\nchange = "added"\n'
        'instruction = "Install the site {site_code}."\nexpected = "It runs."\n'
        'evidence = "Setup log."\nsource = "unverified-change-console-paths"\n',
        encoding="utf-8",
    )
    problems = tool.check()
    assert len(problems) == 3 and all("missing" in p for p in problems)


def test_a_translation_that_drops_a_placeholder_fails(tool: ModuleType) -> None:
    po = tool.LOCALE / "nl" / "LC_MESSAGES" / "cmplanner.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(
        text.replace('msgstr "pagina {page} van {pages}"', 'msgstr "pagina {page}"'),
        encoding="utf-8",
    )
    problems = tool.check()
    assert "the placeholders differ in 'page {page} of {pages}'" in problems[0]
    assert "not compiled from its .po" in problems[-1]


def test_every_core_module_that_marks_texts_is_extracted() -> None:
    """A module that marks texts with ``N_()`` or says them with ``gettext()`` is read by
    the catalogue tool, or its texts are never translated (a module that moved is the usual
    way to lose them)."""
    import re

    extracted = _tool().PYTHON
    marking = re.compile(r"^from cmplanner\.language import .*\b(N_|gettext)\b", re.MULTILINE)
    missed = [
        path.relative_to(REPO).as_posix()
        for path in sorted((REPO / "cmplanner").rglob("*.py"))
        if "gui" not in path.parts
        and marking.search(path.read_text(encoding="utf-8"))
        and not any(path == p or p in path.parents for p in extracted)
    ]
    assert missed == []
