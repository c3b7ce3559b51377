"""smsts.log and other ConfigMgr logs: parsing, the known-error knowledge base, analysis.

Qt-free core: the CLI (``cmplanner log analyze``) and the app's log view call the same
functions.
"""

from __future__ import annotations

from cmplanner.logs.entry import LogEntry, ParseIssue
from cmplanner.logs.parser import LogStream, parse_log

__all__ = ["LogEntry", "LogStream", "ParseIssue", "parse_log"]
