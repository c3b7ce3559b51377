"""HTML and Markdown runbooks: sections, self-containment, escaping, secrets, overrides."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.checklists import tick
from cmplanner.demo import demo_plan
from cmplanner.errors import InputError
from cmplanner.model import Group, Step, TaskSequence
from cmplanner.model.planfile import load_plan
from cmplanner.paths import user_templates_dir
from cmplanner.rules.context import PlanContext
from cmplanner.rules.locality import locality_table
from cmplanner.runbook import SECTIONS, RunbookFormat, render_runbook
from cmplanner.runbook.context import locality_lines

pytestmark = pytest.mark.core

WHEN = datetime(2026, 4, 2, 10, 15)
HOSTILE = ("<script>alert(1)</script>", "{{ 7*7 }}", "مخزن التوزيع \u0661", "配布パッケージ")


@pytest.fixture
def hostile(data_dir: Path):  # type: ignore[no-untyped-def]
    return load_plan(data_dir / "runbook" / "hostile.cmplan")


def test_interface_names() -> None:
    assert list(SECTIONS)[:7] == [
        "overview",
        "dp-design",
        "locality",
        "dp-groups",
        "pxe",
        "task-sequences",
        "checklists",
    ]
    assert {f.value for f in RunbookFormat} == {"html", "markdown", "pdf"}
    with pytest.raises(ValueError, match="write_pdf"):
        render_runbook(demo_plan(), "pdf")


def test_html_has_every_section_and_the_running_header() -> None:
    html = render_runbook(demo_plan(), RunbookFormat.HTML, generated=WHEN)
    for title in SECTIONS.values():
        assert title in html
    header = re.search(r'<div class="running-header">(.*?)</div>', html, re.S)
    assert header is not None
    assert "Contoso Netherlands OSD rollout" in header.group(1)
    assert "SP2" in header.group(1) and "2026-04-02 10:15" in header.group(1)
    assert "@media print" in html and "page-break-before" in html


def test_html_is_self_contained() -> None:
    html = render_runbook(
        demo_plan(), "html", figures={"topology": "<svg xmlns='http://www.w3.org/2000/svg'/>"}
    )
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert 'src="data:image/svg+xml;base64,' in html


def test_findings_show_why_fix_and_source() -> None:
    html = render_runbook(demo_plan(), "html", ["dp-design"])
    assert "DP001" in html and "Why:" in html and "Fix:" in html
    assert "seed: Compatibility of different types of Distribution Points" in html


def test_locality_summary_agrees_with_the_rules_engine() -> None:
    plan = demo_plan()
    ours = locality_lines(plan, PlanContext.build(plan))
    theirs = locality_table(plan)
    assert len(ours) == len(theirs)
    for mine, rule in zip(ours, theirs, strict=True):
        assert mine.boundary == rule.boundary
        assert mine.local.names == rule.local
        assert sorted(mine.remote.names) == sorted(rule.remote)
        assert sorted(mine.unavailable.names) == sorted(rule.unavailable)


def test_large_locality_cells_print_counts() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from planfactory import large_plan

    plan = large_plan(dps=60, boundaries=40, groups=3, packages=10)
    lines = locality_lines(plan, PlanContext.build(plan))
    rules = locality_table(plan)
    for mine, rule in zip(lines, rules, strict=True):
        assert (mine.local.count, mine.remote.count, mine.unavailable.count) == (
            len(rule.local),
            len(rule.remote),
            len(rule.unavailable),
        )
    assert any(not line.remote.listed for line in lines)
    html = render_runbook(plan, "html", ["locality"])
    assert "would name more than 12 DPs gives their number only" in html
    assert re.search(r"<td>\d+ DPs</td>", html)


def test_dp_group_section_has_the_missed_packages_and_tick_boxes() -> None:
    html = render_runbook(demo_plan(), "html", ["dp-groups"])
    assert "AMS00001 (Microsoft Office 2007 SP2)" in html
    assert "☐" in html and "Signed off by" in html
    assert "do not balance load" in html


def test_progress_is_printed() -> None:
    plan = tick(
        demo_plan(),
        "dp-group-creation",
        "All Netherlands DPs",
        "open-site-systems",
        "Ann de Vries",
        evidence="console on AMS-SCCM01",
        note="done from home",
        at=WHEN,
    )
    for fmt in ("html", "markdown"):
        text = render_runbook(plan, fmt, ["dp-groups", "overview"])
        assert "Ann de Vries" in text and "console on AMS" in text and "done from home" in text
        assert "2026-04-02 10:15" in text
    assert "☑" in render_runbook(plan, "html", ["dp-groups"])
    assert "- [x] **1.**" in render_runbook(plan, "markdown", ["dp-groups"])


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_hostile_names_print_as_text(hostile, fmt: str) -> None:  # type: ignore[no-untyped-def]
    text = render_runbook(hostile, fmt)
    for tag in ("<script", "<img", "<b>bold"):  # Markdown shows "\<" as "<", never a tag
        assert re.search(r"(?<!\\)" + tag, text) is None
    assert ("&lt;script&gt;alert" if fmt == "html" else r"\<script>alert(1)\</script>") in text
    assert ("{{ 7*7 }}" if fmt == "html" else r"\{\{ 7\*7 \}\}") in text
    assert "loop loop loop" not in text and "looploop" not in text
    for name in HOSTILE[2:]:
        assert name in text
    long_name = "VERYLONGDISTRIBUTIONPOINTNAME" * 8
    assert long_name in text


def test_markdown_escapes_its_own_markup(hostile) -> None:  # type: ignore[no-untyped-def]
    md = render_runbook(hostile, "markdown", ["dp-groups"])
    assert r"\| \*branch\* \[x\](javascript:alert(1))" in md
    member_rows = [
        line
        for line in md.splitlines()
        if line.startswith("| ")
        and ":" in line
        and line.rstrip().endswith(" |")
        and "Joined" not in line
    ]
    assert member_rows
    for line in member_rows:
        assert len(re.findall(r"(?<!\\)\|", line)) == 3  # cell text cannot add columns


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_secrets_never_reach_the_runbook(hostile, fmt: str) -> None:  # type: ignore[no-untyped-def]
    text = render_runbook(hostile, fmt)
    assert "Sup3rSecretPXE!" not in text
    assert "set (not printed)" in text


def test_task_sequences_are_numbered_as_smsts_log_counts() -> None:
    plan = demo_plan()
    plan.task_sequences = [
        TaskSequence(
            name="Refresh",
            steps=[
                Group(
                    name="Capture",
                    children=[
                        Step(name="Set store path"),
                        Step(name="Capture state", enabled=False),
                    ],
                ),
                Step(name="Apply OS"),
            ],
        )
    ]
    md = render_runbook(plan, "markdown", ["task-sequences"])
    rows = [line for line in md.splitlines() if line.startswith("| ") and line[2].isdigit()]
    numbers = [int(line.split("|")[1]) for line in rows]
    assert numbers == [0, 1, 2, 4]  # the group's end takes number 3
    assert "*(disabled)*" in rows[2]


def test_unknown_section_is_refused() -> None:
    with pytest.raises(InputError, match="unknown section"):
        render_runbook(demo_plan(), "html", ["overview", "nope"])


def test_only_the_chosen_sections_are_rendered() -> None:
    html = render_runbook(demo_plan(), "html", ["pxe"])
    assert SECTIONS["pxe"] in html and SECTIONS["locality"] not in html


def test_user_template_overrides_the_bundled_one() -> None:
    folder = user_templates_dir() / "runbook" / "html"
    folder.mkdir(parents=True)
    (folder / "overview.html.j2").write_text(
        "<p>Our own overview of {{ meta.site_code }}</p>", encoding="utf-8"
    )
    assert "Our own overview of AMS" in render_runbook(demo_plan(), "html", ["overview"])


def test_broken_user_template_is_one_clear_error() -> None:
    folder = user_templates_dir() / "runbook" / "html"
    folder.mkdir(parents=True)
    (folder / "pxe.html.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(InputError, match="runbook template error"):
        render_runbook(demo_plan(), "html", ["pxe"])


def test_svg_figures_are_embedded_as_images_only() -> None:
    svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
    html = render_runbook(demo_plan(), "html", ["dp-design"], figures={"topology": svg})
    assert "<script" not in html and "<svg" not in html
    assert html.count('<img class="figure"') == 1


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_an_empty_plan_still_gives_a_runbook(fmt: str) -> None:
    from cmplanner.model import Plan

    text = render_runbook(Plan(), fmt)
    assert "The plan has no distribution points yet." in text
    assert "The plan has no PXE service point." in text
    assert "The plan has no task sequences." in text


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_a_repeated_step_prints_in_full_once_then_says_what_differs(fmt: str) -> None:
    plan = demo_plan()
    members = [m.dp for m in sorted(plan.dp_groups[0].members, key=lambda m: m.joined)]
    first, second = members[1], members[2]
    text = render_runbook(plan, fmt, sections=["dp-groups"])
    full = "Open the distribution point properties of {}"
    assert full.format(first) in text
    assert full.format(second) not in text
    number = re.search(r"(\d+)(?:</td>\s*<td>|\.\*\* )" + re.escape(full.format(first)), text)
    assert number is not None
    again = f"As step {number.group(1)}, for {'<bdi>' if fmt == 'html' else ''}{second}"
    assert again in text
