"""The sources registry: every citation of the bundled data names an entry of
``resources/sources.toml``, entries say what they say, and a citation nobody registered fails
here (or when its file is loaded) instead of printing an unchecked source."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cmplanner.checklists.packs import load_pack_file
from cmplanner.errors import InputError
from cmplanner.logs.knowledge import load_knowledge_base
from cmplanner.paths import resources_dir
from cmplanner.rules.catalog import load_catalog
from cmplanner.sources import SourceKind, UnknownSource, cite, load_sources

pytestmark = pytest.mark.core


def _citations(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every ``source`` (or ``*_source``) value in a TOML document, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "source" or key.endswith("_source"):
                yield f"{where}.{key}", value
            else:
                yield from _citations(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _citations(item, f"{where}[{i}]")


def _all_citations() -> list[tuple[str, Any]]:
    found = []
    for path in sorted(resources_dir().rglob("*.toml")):
        if path.name == "sources.toml":
            continue
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        found += list(_citations(doc, str(path.relative_to(resources_dir()))))
    return found


def test_every_citation_in_the_bundled_data_is_in_the_registry() -> None:
    unknown = []
    for where, value in _all_citations():
        try:
            cite(value)
        except UnknownSource as exc:
            unknown.append(f"{where}: {exc}")
    assert not unknown, "\n".join(unknown)


# Files whose loaders resolve citations through the registry and that cite by id.
BY_ID = (
    "rules/",
    "checklists/",
    "knowledge/known_errors.toml",
    "tasksequence/steps.toml",
    "tasksequence/variables.toml",
)


def test_the_data_cites_by_id() -> None:
    """Rules, checklists, known errors and the step catalog cite registry ids, not the old
    plain text (which still resolves, so late additions keep working until moved)."""
    registry = load_sources()
    for where, value in _all_citations():
        if where.startswith(BY_ID):
            ids = [value] if isinstance(value, str) else value
            assert all(i in registry.by_id for i in ids), where


def test_every_entry_is_cited_somewhere() -> None:
    used = {i for _, value in _all_citations() for i in cite(value)}
    unused = set(load_sources().by_id) - used
    assert not unused, f"registry entries nothing cites: {sorted(unused)}"


def test_entries_say_what_they_are_and_print_their_kind() -> None:
    registry = load_sources()
    for entry in registry.by_id.values():
        if entry.kind is SourceKind.PAGE:
            assert entry.url in entry.text and entry.title in entry.text
        elif entry.kind is SourceKind.SEED:
            assert entry.text == f"seed: {entry.section}"
        elif entry.kind is SourceKind.UNVERIFIED:
            assert entry.text.startswith("unverified: ")
        else:
            assert entry.text.startswith("the planner's own check: ")
    assert load_catalog()["PLAN001"].source.startswith("the planner's own check: ")
    assert load_catalog()["TS008"].source.startswith("unverified: ")


def test_plan_integrity_rules_cite_no_configmgr_page() -> None:
    catalog = load_catalog()
    for rule_id in ("GRP003", "PLAN001", "PLAN002", "TS013"):
        kinds = {load_sources().by_id[i].kind for i in catalog[rule_id].citations}
        assert kinds == {SourceKind.OWN_CHECK}, rule_id
    assert "allows two with one name" in catalog["PLAN001"].why


def test_the_old_plain_form_works_only_for_registered_sources() -> None:
    assert cite("seed: Distribution Point Groups in ConfigMgr 2007") == ("seed-dp-groups",)
    assert cite(
        "http://systemscenter.ru/smsv4.en/html/a476468e-3de7-4848-8d73-2d69a04aa933.htm "
        "http://systemscenter.ru/smsv4.en/html/0198854f-5e3f-4d99-ac30-42037ae7b422.htm"
    ) == ("protected-dp-decide", "protected-dp-fallback")
    for unknown in ("seed: A section the notes do not have", "https://example.org/x", "nope"):
        with pytest.raises(UnknownSource, match=r"not in resources/sources\.toml"):
            cite(unknown)


def test_a_pack_citing_an_unknown_source_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "late-pack.toml"
    path.write_text(
        'id = "late"\ntitle = "A late pack"\nsummary = "Added after the registry."\n'
        'source = "seed-dp-groups"\n[[step]]\nid = "s"\ninstruction = "Do it now."\n'
        'expected = "Done."\nevidence = "Note."\nsource = "https://example.org/unread"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_pack_file(path)
    message = str(info.value)
    assert "late-pack.toml" in message and "step[0]" in message
    assert "not in resources/sources.toml" in message


def test_a_known_error_citing_an_unknown_source_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.toml"
    path.write_text(
        '[[error]]\nid = "KE-LATE"\ntitle = "t"\nseverity = "error"\npatterns = ["x"]\n'
        'cause = "c"\nfix = "f"\nsection = "pxe"\nsource = "an unread blog post"\n'
        'confidence = "inferred"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"not in resources/sources\.toml"):
        load_knowledge_base(path)


def test_a_loaded_entry_survives_a_dump_and_reload() -> None:
    meta = load_catalog()["DP013"]
    again = type(meta).model_validate(meta.model_dump())
    assert again == meta and again.citations == meta.citations


def test_a_damaged_registry_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[source]]\nid = "a"\nkind = "page"\ntitle = "No address"\nsays = "a page without url"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="a page needs its url"):
        load_sources.__wrapped__(path)
    path.write_text(
        '[[source]]\nid = "a"\nkind = "unverified"\ntitle = "one"\nsays = "said once, here"\n'
        '[[source]]\nid = "a"\nkind = "unverified"\ntitle = "two"\nsays = "said twice, here"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="used twice"):
        load_sources.__wrapped__(path)


def test_step_fixes_and_log_findings_print_sources_not_ids() -> None:
    from cmplanner.logs.correlate import step_fixes

    registry = load_sources()
    for row in step_fixes():
        assert row.citations and row.source == registry.text(row.citations)
        assert row.source not in registry.by_id  # a person never reads a bare id


def test_help_uris_are_the_registered_addresses() -> None:
    import json

    from cmplanner.demo import demo_plan
    from cmplanner.rules.engine import validate
    from cmplanner.rules.output import format_sarif

    findings = validate(demo_plan())
    log = json.loads(format_sarif([("demo.cmplan", f) for f in findings]))
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    registry = load_sources().by_id
    assert rules["DP008"]["helpUri"] == registry["branch-dp-choose"].url  # no trailing ';'
    assert "helpUri" not in rules["DP001"]  # a seed section has no address
    hardlink = registry["usmt-hardlink-store"].url
    assert hardlink.endswith("(v=ws.10)")
    meta = load_catalog()["TS024"]
    found = next(f for f in findings if f.rule == "DP008")
    assert found.help_uri == registry["branch-dp-choose"].url
    assert type(found)(**{**found.to_dict(), "source": meta.source}).help_uri == hardlink


#: addresses in code that are not sources: the SARIF schema and XML namespaces
NOT_SOURCES = {
    "https://json.schemastore.org/sarif-2.1.0.json",
    "http://www.w3.org/2001/XMLSchema",
    "http://www.w3.org/2001/XMLSchema-instance",
}


def _addresses_in_code() -> Iterator[tuple[str, str]]:
    import ast

    package = Path(__file__).resolve().parents[2] / "cmplanner"
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith(("http://", "https://"))
                and node.value not in ("http://", "https://")
            ):
                yield path.name, node.value


def test_code_cites_sources_by_registry_id_never_by_address() -> None:
    """A page the code relies on lives in resources/sources.toml, once, and says there what
    it is cited for; the code names its id."""
    found = [(name, url) for name, url in _addresses_in_code() if url not in NOT_SOURCES]
    assert found == []


def test_the_failing_step_of_a_log_copy_cites_the_registry_as_the_checklist_does() -> None:
    from cmplanner.checklists import load_packs
    from cmplanner.model.site import SiteVersion
    from cmplanner.tasksequence.builders import FAIL_STEP, build
    from cmplanner.tasksequence.numbering import iter_nodes

    ts = build("error-catching", SiteVersion.parse("SP2"))
    (fail,) = [n for n in iter_nodes(ts) if n.name == FAIL_STEP]
    step = next(s for s in load_packs()["log-copy-setup"].steps if s.id == "fail-at-end")
    (source,) = (load_sources().by_id[c] for c in step.citations)
    assert fail.description.endswith(f"source: {source.text}")
    assert "exit 1" in step.instruction and "own choice" in source.says
