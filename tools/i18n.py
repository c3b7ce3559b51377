"""The gettext catalogues of runbooks and checklists: extract, update, compile, check.

``python tools/i18n.py update``  extracts every text with Babel (``_()`` in the runbook
    templates, ``gettext()``/``N_()`` in the runbook, checklist and plan diff modules and the
    core modules listed in ``PYTHON`` whose sentences the app shows, and the texts of
    the checklist packs), writes ``resources/locale/cmplanner.pot``, merges it into each
    ``resources/locale/<lang>/LC_MESSAGES/cmplanner.po`` (new texts arrive untranslated) and
    compiles the ``.mo`` files the app and the wheel ship.
``python tools/i18n.py check``  fails (exit 1) when a catalogue lacks a text, leaves one
    untranslated or fuzzy, keeps a translation that drops a placeholder, or when a ``.mo``
    is not compiled from its ``.po``. CI runs it before the tests.

Needs Babel (the ``test`` extra); the app itself reads the ``.mo`` files with the standard
library.
"""

from __future__ import annotations

import gettext
import io
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parents[1]
LOCALE = REPO / "resources" / "locale"
DOMAIN = "cmplanner"
TEMPLATES = REPO / "templates" / "runbook"
PACKS = REPO / "resources" / "checklists"
CHANGE_STEPS = REPO / "resources" / "change_steps.toml"
PYTHON = [
    REPO / "cmplanner" / "runbook",
    REPO / "cmplanner" / "checklists",
    REPO / "cmplanner" / "plandiff",
    REPO / "cmplanner" / "sections.py",
    REPO / "cmplanner" / "rules" / "subjects.py",
    REPO / "cmplanner" / "tasksequence" / "packageids.py",
    REPO / "cmplanner" / "tasksequence" / "logscript.py",
]
# The texts of a checklist pack an admin reads (ids, sources and symptoms are not prose).
PACK_FIELDS = ("title", "summary", "warnings")
STEP_FIELDS = ("title", "phase", "instruction", "expected", "evidence", "warning", "again")
JINJA_OPTIONS = {"trim_blocks": "true", "lstrip_blocks": "true", "newstyle_gettext": "true"}
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)s")

Found = tuple[str, str, int]  # (text, file relative to the checkout, line)


def _relative(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def _templates() -> Iterator[Found]:
    for path in sorted(TEMPLATES.rglob("*.j2")):
        for line, message, _comments, _context in extract_from_file(
            "jinja2.ext:babel_extract", str(path), options=JINJA_OPTIONS
        ):
            yield from _texts(message, path, line)


def _python() -> Iterator[Found]:
    for folder in PYTHON:
        for path in sorted(folder.rglob("*.py")) if folder.is_dir() else [folder]:
            for line, message, _comments, _context in extract_from_file("python", str(path)):
                yield from _texts(message, path, line)


def _texts(message: str | tuple[str, ...], path: Path, line: int) -> Iterator[Found]:
    for text in (message,) if isinstance(message, str) else message[:1]:
        if text:
            yield text, _relative(path), line


def _packs() -> Iterator[Found]:
    for path in sorted(PACKS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        lines = path.read_text(encoding="utf-8").splitlines()

        def line_of(text: str, lines: list[str] = lines) -> int:
            needle = text[:40]
            return next((n for n, line in enumerate(lines, 1) if needle in line), 0)

        values: list[str] = []
        for field in PACK_FIELDS:
            value = data.get(field, "")
            values += value if isinstance(value, list) else [value]
        for step in data.get("step", []):
            values += [step.get(field, "") for field in STEP_FIELDS]
        for text in values:
            if text:
                yield text, _relative(path), line_of(text)


def _change_steps() -> Iterator[Found]:
    """The console steps of the change runbook (``resources/change_steps.toml``)."""
    text = CHANGE_STEPS.read_text(encoding="utf-8")
    lines = text.splitlines()
    for step in tomllib.loads(text).get("step", []):
        for field in ("instruction", "expected", "evidence"):
            value = step.get(field, "")
            line = next((n for n, row in enumerate(lines, 1) if value[:40] in row), 0)
            if value:
                yield value, _relative(CHANGE_STEPS), line


def extract() -> Catalog:
    """Every text of the runbooks and checklists, as a fresh template catalogue."""
    template = Catalog(domain=DOMAIN, project="cmplanner", charset="utf-8")
    for text, where, line in [*_templates(), *_python(), *_packs(), *_change_steps()]:
        flags = ("python-format",) if "%(" in text else ()
        template.add(text, locations=[(where, line)], flags=flags)
    return template


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, domain=DOMAIN)


def _write_po(catalog: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, ignore_obsolete=True)
    path.write_bytes(buffer.getvalue())


def _compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update() -> None:
    template = extract()
    LOCALE.mkdir(parents=True, exist_ok=True)
    _write_po(template, LOCALE / f"{DOMAIN}.pot")
    for po in catalogues():
        catalog = _read(po)
        catalog.update(template, no_fuzzy_matching=True)
        _write_po(catalog, po)
        po.with_suffix(".mo").write_bytes(_compiled(_read(po)))


def check() -> list[str]:
    """What is wrong, one line each; empty when every catalogue is complete and compiled."""
    problems = []
    wanted = [message.id for message in extract() if message.id]
    for po in catalogues():
        name = _relative(po)
        catalog = _read(po)
        for text in wanted:
            message = catalog.get(text)
            short = text if len(text) <= 60 else text[:57] + "..."
            if message is None:
                problems.append(f"{name}: missing {short!r}")
            elif not message.string or message.fuzzy:
                problems.append(f"{name}: untranslated {short!r}")
            elif sorted(_PLACEHOLDER.findall(text)) != sorted(
                _PLACEHOLDER.findall(str(message.string))
            ):
                problems.append(f"{name}: the placeholders differ in {short!r}")
        mo = po.with_suffix(".mo")
        if not mo.is_file():
            problems.append(f"{_relative(mo)}: missing; run 'python tools/i18n.py update'")
            continue
        with mo.open("rb") as file:
            shipped = gettext.GNUTranslations(file)
        stale = [
            text for text in wanted
            if (m := catalog.get(text)) is not None and m.string and not m.fuzzy
            and shipped.gettext(text) != m.string
        ]  # fmt: skip
        if stale:
            problems.append(f"{_relative(mo)}: not compiled from its .po ({len(stale)} texts)")
    return problems


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        return 0
    if argv != ["check"]:
        print("usage: python tools/i18n.py check|update", file=sys.stderr)
        return 2
    problems = check()
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(
            f"i18n: {len(problems)} problems; run 'python tools/i18n.py update' and translate",
            file=sys.stderr,
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
