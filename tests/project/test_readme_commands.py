"""The README's two commands, `.ci/run` and the README's system package lists agree.

A newcomer types the README's commands word for word; CI must run the very same test
command, or a green CI proves nothing about what the README promises.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.core

REPO = Path(__file__).resolve().parents[2]


def _readme() -> str:
    return (REPO / "README.md").read_text(encoding="utf-8")


def _ci() -> str:
    return (REPO / ".ci" / "run").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    """The shell commands of the README's "Two commands" section, comments left out."""
    section = _readme().split("## Two commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return [
        line
        for block in blocks
        for line in block.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def ci_packages(variable: str) -> set[str]:
    match = re.search(rf'^{variable}="([^"]*)"', _ci(), flags=re.M)
    assert match, f".ci/run sets no {variable}"
    return set(match.group(1).split())


def readme_packages(label: str) -> set[str]:
    """Package names in backticks on the README's bullet that starts with ``label``."""
    section = _readme().split("## Two commands", 1)[1].split("\n## ", 1)[0]
    bullet = re.search(rf"^- {label}:(.*?)(?=^- |^\n)", section, flags=re.M | re.S)
    assert bullet, f"the README has no '- {label}:' bullet"
    names = set()
    for quoted in re.findall(r"`([^`]+)`", bullet.group(1)):
        # a Debian package name here has a digit or a dash; commands like `pdftotext` have neither
        names.update(
            w for w in quoted.split() if re.fullmatch(r"[a-z][a-z0-9.+]*[-0-9][a-z0-9.+-]*", w)
        )
    return names


def test_the_readme_has_an_app_command_and_a_test_command() -> None:
    app, tests = readme_commands()
    assert app.endswith(".venv/bin/cmplanner")
    assert tests.endswith(".venv/bin/python -m pytest")


def test_every_readme_command_makes_its_own_environment() -> None:
    """A PEP 668 system Python refuses ``python3 -m pip install`` outside an environment."""
    for command in readme_commands():
        assert command.startswith("python3 -m venv .venv && .venv/bin/python -m pip install ")
        assert "python3 -m pip" not in command


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    test_command = readme_commands()[1]
    last_line = [line for line in _ci().splitlines() if line.strip()][-1]
    assert last_line == test_command


def test_the_readme_names_the_packages_ci_installs() -> None:
    runtime = ci_packages("RUNTIME_PACKAGES")
    assert "python3-venv" in runtime
    assert readme_packages("to run the app") - {"libxcb-cursor0"} == runtime
    assert readme_packages("only for the tests") == ci_packages("TEST_PACKAGES")
