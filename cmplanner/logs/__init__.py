"""smsts.log and the other ConfigMgr 2007 logs: parsing, log kinds and their verdicts, the
known-error knowledge base, analysis, and the plan against what clients did.

Qt-free core: the CLI (``cmplanner log analyze``) and the app's log view call the same
functions. The parser is imported eagerly (it is light); the analysis, the knowledge base and
the code table load on first use, so reading a log does not pay for pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cmplanner.logs.entry import LogEntry, ParseIssue
from cmplanner.logs.parser import LogStream, parse_log

if TYPE_CHECKING:
    from cmplanner.logs.analysis import Analysis, analyze_logs
    from cmplanner.logs.codes import CodeExplanation, explain_code
    from cmplanner.logs.knowledge import KnowledgeBase, load_knowledge_base
    from cmplanner.logs.merge import read_logs

_LAZY = {
    "Analysis": "cmplanner.logs.analysis",
    "analyze_logs": "cmplanner.logs.analysis",
    "CodeExplanation": "cmplanner.logs.codes",
    "explain_code": "cmplanner.logs.codes",
    "KnowledgeBase": "cmplanner.logs.knowledge",
    "load_knowledge_base": "cmplanner.logs.knowledge",
    "read_logs": "cmplanner.logs.merge",
    "detect_format": "cmplanner.logs.formats",
    "detect_kind": "cmplanner.logs.kinds",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cmplanner.logs' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "Analysis",
    "CodeExplanation",
    "KnowledgeBase",
    "LogEntry",
    "LogStream",
    "ParseIssue",
    "analyze_logs",
    "detect_format",
    "detect_kind",
    "explain_code",
    "load_knowledge_base",
    "parse_log",
    "read_logs",
]
