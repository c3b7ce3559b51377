"""The one frozen finding type that feeds every output: text, JSON, SARIF, GUI, runbook."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; sorts errors first."""
        return _RANK[self]


_RANK = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict about one exact subject, with why, how to fix, and the source."""

    rule: str
    severity: Severity
    title: str
    message: str
    subject: str
    why: str
    fix: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data

    @property
    def help_uri(self) -> str | None:
        """The source when it is a documentation URL (SARIF ``helpUri``)."""
        for word in self.source.split():
            if word.startswith(("http://", "https://")):
                return word.rstrip(".,;")
        return None


def sort_key(finding: Finding) -> tuple[int, str, str, str]:
    return (-_RANK[finding.severity], finding.subject, finding.rule, finding.message)
