"""Keep the GUI's translation catalogues in step with the code.

``python tools/translations.py check``  fails (exit 1) when ``pyside6-lupdate`` would find a
    string in ``cmplanner/gui`` that a catalogue in ``resources/translations`` lacks; CI runs
    it before the tests. ``check --complete`` also fails on every unfinished translation.
``python tools/translations.py update``  runs ``pyside6-lupdate`` over the GUI's modules into
    every catalogue (new strings arrive unfinished), then ``pyside6-lrelease`` to the ``.qm``
    files the app loads.

lupdate reads the sources without importing them, so this needs no display.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GUI = REPO / "cmplanner" / "gui"
CATALOGUES = REPO / "resources" / "translations"

Message = tuple[str, str]  # (context, source text)


def qt_tool(name: str) -> Path:
    """Path of one of the Qt tools PySide6 ships (lupdate, lrelease)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"translations: PySide6 has no {name} in {folder}")


def gui_sources() -> list[Path]:
    return sorted(path for path in GUI.rglob("*.py") if "__pycache__" not in path.parts)


def catalogues() -> list[Path]:
    return sorted(CATALOGUES.glob("cmplanner_*.ts"))


def messages(ts_file: Path) -> dict[Message, ET.Element]:
    """Every live message of a catalogue (vanished and obsolete ones left out)."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source", ""))] = message
    return found


def in_code() -> set[Message]:
    """The messages lupdate finds in the GUI's code now (written to a scratch catalogue)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "scratch.ts"
        _lupdate([out])
        return set(messages(out))


def translated(message: ET.Element) -> bool:
    """True when a message has a finished, non-empty translation (every plural form)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return all((text or "").strip() for text in texts)


def unfinished(ts_file: Path) -> list[Message]:
    """Messages whose translation is missing or marked unfinished."""
    return [key for key, message in messages(ts_file).items() if not translated(message)]


def _lupdate(targets: list[Path]) -> None:
    command = [str(qt_tool("lupdate")), "-silent", *map(str, gui_sources())]
    for target in targets:
        command += ["-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def check(complete: bool = False) -> list[str]:
    """What is wrong, one line each; empty when every catalogue is current (and, with
    ``complete``, translated throughout)."""
    problems = []
    wanted = in_code()
    for context, source in sorted(wanted):
        if not context:  # e.g. QCoreApplication.translate renamed to tr: lupdate misreads it
            problems.append(
                f"cmplanner/gui: {source!r} has no context for lupdate; call "
                "QCoreApplication.translate or self.tr by those names"
            )
    for ts_file in catalogues():
        name = ts_file.relative_to(REPO).as_posix()
        have = set(messages(ts_file))
        for context, source in sorted(wanted - have):
            problems.append(f"{name}: missing {context}: {source!r}")
        for context, source in unfinished(ts_file) if complete else []:
            if (context, source) in wanted:
                problems.append(f"{name}: untranslated {context}: {source!r}")
    return problems


def update() -> None:
    _lupdate(catalogues())
    for ts_file in catalogues():
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts_file)],
            check=True,
            capture_output=True,
            text=True,
        )


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        return 0
    if argv not in (["check"], ["check", "--complete"]):
        print("usage: python tools/translations.py check [--complete] | update", file=sys.stderr)
        return 2
    problems = check(complete="--complete" in argv)
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(
            f"translations: {len(problems)} problems; run 'python tools/translations.py update' "
            "and translate what it marks unfinished",
            file=sys.stderr,
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
