"""Runbooks and checklists in the admins' language: ``runbook --lang nl``; English stays the
default, and one language never leaks into the next runbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner import language
from cmplanner.checklists.fill import fill, fill_header
from cmplanner.checklists.packs import load_packs
from cmplanner.cli.main import main
from cmplanner.demo import demo_plan
from cmplanner.runbook import render_runbook

pytestmark = pytest.mark.core


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "site.cmplan"
    assert run(capsys, "demo", "-o", str(path))[0] == 0
    return path


def test_runbook_in_dutch(tmp_path: Path, plan: Path, capsys) -> None:
    out = tmp_path / "draaiboek.md"
    code, _, err = run(capsys, "runbook", str(plan), "--lang", "nl", "-o", str(out))
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Draaiboek: ")
    for dutch in ("Overzicht van het plan", "Distributiepuntgroepen", "Een distributiepuntgroep maken", "Gecontroleerd door"):  # fmt: skip
        assert dutch in text
    for english in ("Plan overview", "Create a distribution point group", "Checked by"):
        assert english not in text
    assert "Maak de DP-groep All Netherlands DPs" in text  # the plan's names fill the Dutch text


def test_english_stays_the_default(tmp_path: Path, plan: Path, capsys) -> None:
    html = tmp_path / "runbook.html"
    assert run(capsys, "runbook", str(plan), "-o", str(html))[0] == 0
    text = html.read_text(encoding="utf-8")
    assert '<html lang="en">' in text and "Plan overview" in text and "Draaiboek" not in text
    assert run(capsys, "runbook", str(plan), "--lang", "nl", "-o", str(html))[0] == 0
    assert '<html lang="nl">' in html.read_text(encoding="utf-8")
    assert language.active_language() == "en", "--lang holds for that runbook only"


def test_an_unknown_language_is_refused(tmp_path: Path, plan: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["runbook", str(plan), "--lang", "fr", "-o", str(tmp_path / "x.md")])
    assert exited.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    assert not (tmp_path / "x.md").exists()
    with pytest.raises(ValueError, match="unknown language 'de'"):
        language.set_language("de")
    assert language.check_language("nl_NL") == "nl"


def test_a_checklist_pack_in_dutch_keeps_the_plans_names() -> None:
    plan = demo_plan()
    pack = load_packs()["dp-group-creation"]
    group = plan.dp_groups[0].name
    with language.language("nl"):
        header = fill_header(pack, plan, group)
        steps = fill(pack, plan, group)
    assert header.title == "Een distributiepuntgroep maken"
    assert group in header.summary and "{group}" not in header.summary
    assert all("{" not in step.instruction for step in steps)
    english = fill_header(pack, plan, group)
    assert english.title == "Create a distribution point group"


def test_the_same_runbook_twice_in_two_languages_differs_only_in_words() -> None:
    plan = demo_plan()
    with language.language("nl"):
        dutch = render_runbook(plan, "markdown", ["overview"])
    english = render_runbook(plan, "markdown", ["overview"])
    assert "Overzicht van het plan" in dutch and "Plan overview" in english
    assert dutch.count("\n|") == english.count("\n|"), "same tables"


@pytest.mark.gui
def test_a_dutch_pdf_numbers_its_pages_in_dutch(
    tmp_path: Path, plan: Path, capsys, pdftotext
) -> None:
    out = tmp_path / "draaiboek.pdf"
    code, _, err = run(
        capsys, "runbook", str(plan), "--lang", "nl", "--section", "overview", "-o", str(out)
    )
    assert code == 0, err
    text = pdftotext(out, "-layout")
    assert "pagina 1 van 1" in text and "gemaakt op" in text
    assert "Overzicht van het plan" in text
