"""The output formats of ``--format``: one enum for every subcommand that has the option.

Kept apart from the formatters (``rules/output.py``, ``logs/report.py``) and free of imports,
so the command line can offer the choices without loading the rules engine.
"""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    """The format choice of ``--format`` (and of any export that offers one)."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"


# Findings go out in all three; reports that are not findings have no SARIF form.
FINDINGS_FORMATS = (OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.SARIF)
REPORT_FORMATS = (OutputFormat.TEXT, OutputFormat.JSON)
