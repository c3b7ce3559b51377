"""The runbook says the right thing in the admin's words: step types by their console names,
sources with what they say, and every word the runbook itself writes in its language."""

from __future__ import annotations

import re

import pytest

from cmplanner.demo import demo_plan
from cmplanner.language import language
from cmplanner.runbook import RunbookFormat, render_runbook

pytestmark = pytest.mark.core


def _markdown(lang: str = "en", sections: list[str] | None = None) -> str:
    with language(lang):
        return render_runbook(demo_plan(), RunbookFormat.MARKDOWN, sections=sections)


def test_task_sequence_steps_are_typed_by_their_console_names() -> None:
    """As ``cmplanner ts show`` prints them, never a class-name fragment."""
    text = _markdown(sections=["task-sequences"])
    for console in (
        "Join Domain or Workgroup",
        "Prepare ConfigMgr Client",
        "Prepare Windows for Capture",
        "Setup Windows and ConfigMgr",
        "Capture Operating System Image",
    ):
        assert f"| {console} (" in text, console
    for fragment in ("JoinDomainWorkgroup", "PrepareSMSClient", "SetupWindowsAndSMS", "PrepareOS"):
        assert not re.search(rf"\| {fragment}\b", text), fragment


def test_a_group_row_is_typed_in_the_runbook_language() -> None:
    text = _markdown("nl", sections=["task-sequences"])
    assert "| Groep |" in text and "| Group |" not in text


# ------------------------------------------------------------------ sources that say it


def test_dp_console_steps_cite_registry_sources_with_titles() -> None:
    """No bare URL: each step's source prints with its title, and every one of them is in
    the runbook's "Sources used"."""
    text = _markdown(sections=["dp-design"])
    steps = text.split("#### Console steps to create each distribution point")[1].split("###")[0]
    for title in (
        "How to Designate a Distribution Point (ConfigMgr 2007 library)",
        "New Site System Server Share Wizard: General page (ConfigMgr 2007 library)",
        "How to Deploy a Branch Distribution Point (ConfigMgr 2007 library)",
        "ConfigMgr Distribution Point Properties: General Tab (ConfigMgr 2007 library)",
    ):
        assert title in steps, title
    assert "(Source: <http" not in steps
    used = text.split("Sources used")[-1]
    for fragment in ("c84ae570", "96a10fc3", "579183d9", "7a41355c"):
        assert fragment in used, fragment


def test_templates_hold_no_documentation_address() -> None:
    from cmplanner.paths import templates_dir

    for path in templates_dir().rglob("*.j2"):
        assert "systemscenter.ru" not in path.read_text(encoding="utf-8"), path


def test_a_branch_dp_may_be_a_workstation() -> None:
    """The demo's RTM-BDP01 runs Windows XP: the runbook must not say "only on a server"."""
    text = _markdown(sections=["dp-design"])
    assert "only on a server that is a ConfigMgr client" not in text
    assert "on a computer that is a ConfigMgr client: a server or a workstation" in text


# ------------------------------------------------------------------ change steps


def _changed(edit) -> str:  # type: ignore[no-untyped-def]
    from cmplanner.runbook.change import render_change_text

    old = demo_plan()
    new = demo_plan()
    edit(new)
    return render_change_text(old, new, "markdown")


def _key_bits(plan) -> None:  # type: ignore[no-untyped-def]
    plan.pxe.certificate.key_bits = 4096


def test_a_certificate_change_says_import_the_new_pfx_and_warns_of_the_broken_rule() -> None:
    text = _changed(_key_bits)
    assert "Properties and set: certificate key size" not in text
    assert "Database tab, click Import Certificate" in text
    assert "This breaks rule PXE002" in text
    assert "certificate key size back to 2048" not in text
    assert "import the approved plan's certificate again" in text
    steps = text.split("## 2. ", 1)[1]
    assert "seed: After upgrading to ConfigMgr 2007 R2 SP2" in steps


def _protect_differently(plan) -> None:  # type: ignore[no-untyped-def]
    dp = next(d for d in plan.distribution_points if d.name == "AMS-DP02")
    dp.protected_boundaries = []
    dp.os = type(dp.os)("Windows Server 2008")
    dp.bits_enabled = False


def test_each_dp_change_step_cites_what_says_it() -> None:
    text = _changed(_protect_differently).split("## 2. ", 1)[1]
    chunks = [s.split("Signed off")[0] for s in text.split("- [ ] **")[1:]]
    steps = [s for s in chunks if "AMS-DP02.corp" in s]
    protected = next(s for s in steps if "protected boundaries" in s)
    assert "Select Boundaries" in protected
    assert "seed: Distribution Point Groups" not in protected
    assert "96a10fc3" in protected  # the page that names the option
    facts = next(s for s in steps if "operating system" in s)
    assert "Nothing to set in the DP's properties" in facts
    assert "the planner's own check" in facts and "seed:" not in facts
    general = next(s for s in steps if "BITS-enabled yes -> no" in s)
    assert "protected boundaries" not in general and "operating system" not in general
    assert "This breaks rule DP002" in general


# ------------------------------------------------------------------ the runbook's own words


def test_the_dutch_runbook_says_its_own_words_in_dutch() -> None:
    text = _markdown("nl")
    for english in (
        "| fast |",
        "| slow |",
        "| none |",
        "(outside every boundary)",
        "| Certificaat | imported",
        "standard, BITS-enabled",
        "server, branch, protected",
        "#### ERROR ",
        "#### WARNING ",
        "· Pulls content from:",
        "· Often switched off:",
        "· Settings:",
    ):
        assert english not in text, english
    for dutch in (
        "| snel |",
        "| traag |",
        "(buiten elke boundary)",
        "| Certificaat | geïmporteerd",
        "standaard, met BITS",
        "#### FOUT DP001",
        "#### WAARSCHUWING ",
        "· Haalt inhoud op van:",
        "· Instellingen:",
    ):
        assert dutch in text, dutch
    # rule texts and finding messages stay English (ARCHITECTURE.md, Languages)
    assert "DP settings that cannot be combined" in text


def test_english_runbook_keeps_its_words() -> None:
    text = _markdown()
    assert "| fast |" in text and "#### ERROR DP001" in text and "· Pulls content from:" in text


def _model_fields() -> set[str]:
    import typing

    from pydantic import BaseModel

    from cmplanner.model.plan import Plan

    seen: set[type] = set()
    names: set[str] = set()

    def walk(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(name)
            stack = [info.annotation]
            while stack:
                kind = stack.pop()
                if isinstance(kind, type) and issubclass(kind, BaseModel):
                    walk(kind)
                stack.extend(typing.get_args(kind))

    walk(Plan)
    return names


# fields that hold the export's own layout, never a finding's subject
INTERNAL = {
    "attribute_order",
    "builder_options",
    "content_hash",
    "extra_attributes",
    "extra_xml",
    "layout",
    "literals",
    "package_properties",
    "references",
    "schema_version",
    "sequence_data_as_text",
    "tag",
    "texts",
    "wrapper",
    "wrapper_xml",
}


def test_every_field_a_subject_can_name_has_runbook_words() -> None:
    from cmplanner.language import translations
    from cmplanner.rules.subjects import words_of
    from cmplanner.runbook.words import FIELD_WORDS

    dutch = translations("nl")
    for name in sorted(_model_fields() - INTERNAL):
        assert words_of(name) in FIELD_WORDS, name
        assert dutch.gettext(words_of(name)), name


# ------------------------------------------------------------------ printed layout


def test_the_locality_legend_wraps_instead_of_widening_the_printed_map() -> None:
    """A one-line legend made the map twice as wide as its rows, so the page shrank it."""
    from cmplanner.diagrams.locality import BOX_W, LABEL_W, LIST_W, layout_locality
    from cmplanner.diagrams.parts import MARGIN

    diagram = layout_locality(demo_plan(), max_columns=1)
    row = BOX_W + 12 + LABEL_W + LIST_W
    assert diagram.width <= row + 2 * MARGIN + 12
    legend_rows = {s.y for s in diagram.shapes if s.key.startswith("legend:")}
    assert len(legend_rows) >= 3


def test_a_site_upgrade_is_not_a_property_to_set() -> None:
    from cmplanner.runbook.change import render_change_text

    old, new = demo_plan(), demo_plan()
    old.site.service_pack = type(old.site.service_pack)("SP1")
    text = render_change_text(old, new, "markdown").split("## 2. ", 1)[1]
    assert "Properties) and set: service pack" not in text
    assert "is an upgrade of the site" in text
    assert "Configuration Manager 2007 SP2 Upgrade Checklist" in text


def test_a_boundary_change_cites_the_boundary_properties_page() -> None:
    def slow(plan) -> None:  # type: ignore[no-untyped-def]
        plan.boundaries[0].connection = type(plan.boundaries[0].connection)("slow")

    text = _changed(slow).split("## 2. ", 1)[1]
    assert "Boundary Properties: General Tab (ConfigMgr 2007 library)" in text


def test_the_pictures_legends_and_headings_follow_the_runbook_language() -> None:
    from cmplanner.diagrams.locality import layout_locality
    from cmplanner.diagrams.topology import layout_topology

    def texts(lang: str) -> set[str]:
        with language(lang):
            shapes = [*layout_locality(demo_plan()).shapes, *layout_topology(demo_plan()).shapes]
        return {s.text for s in shapes if s.text}

    dutch, english = texts("nl"), texts("en")
    for word in ("snelle boundary", "Legenda", "standaard-DP", "Lokaal:", "waarschuwing"):
        assert word in dutch, word
    assert any(t.startswith("Waar clients inhoud halen:") for t in dutch)
    for word in ("fast boundary", "Legend", "Local:", "warning"):
        assert word in english and word not in dutch, word
