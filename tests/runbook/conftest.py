"""The one place that decides whether poppler's ``pdftotext`` is there for the PDF tests."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

PdfToText = Callable[..., str]


@pytest.fixture
def pdftotext() -> PdfToText:
    """``pdftotext(path, "-layout")``: the text of a PDF. A test that asks for it is skipped,
    with the reason, where poppler-utils is not installed (.ci/run installs it)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def run(path: Path, *options: str) -> str:
        return subprocess.run(
            [tool, *options, str(path), "-"], capture_output=True, text=True, check=True
        ).stdout

    return run
