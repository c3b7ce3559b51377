"""The one factory of the Jinja environment every runbook is rendered with.

Autoescape is always on: a DP called ``<script>`` prints as text. Markdown output escapes
Markdown's own markup characters as well, through ``finalize``. The i18n extension is on with
identity translations (the GUI may install real ones). Templates are looked up in the user's
override folder first and the bundled ``templates/`` second; nothing is ever fetched from the
network.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from cmplanner.paths import templates_dir, user_templates_dir

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")
_WHITESPACE = re.compile(r"\s+")
_MD_LINE_START = re.compile(r"^(\s*\d*)([-+>=.)#])")


def md_escape(value: object) -> Markup:
    """Text that Markdown shows literally: HTML escaped, markup characters backslashed, and
    line breaks turned into spaces so a value cannot start a heading or a list."""
    if isinstance(value, Markup):
        return value
    text = _WHITESPACE.sub(" ", str(value))
    text = _MD_SPECIAL.sub(r"\\\1", str(escape(text)))
    return Markup(_MD_LINE_START.sub(r"\1\\\2", text))


def _finalize_markdown(value: Any) -> Any:
    if value is None:
        return ""
    return md_escape(value)


def _finalize_html(value: Any) -> Any:
    return "" if value is None else value


def _when(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> Markup:
    """A date as text; digits and dashes only, so it is safe in HTML and Markdown alike."""
    return Markup(escape(value.strftime(fmt))) if value is not None else Markup("")


def _gettext(message: str) -> str:
    return message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


def make_environment(markdown: bool = False) -> Environment:
    """A Jinja environment for runbook templates (``markdown=True`` for ``*.md.j2``)."""
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(user_templates_dir())),
                             FileSystemLoader(str(templates_dir()))]),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize_markdown if markdown else _finalize_html,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.install_gettext_callables(_gettext, _ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["when"] = _when
    env.filters["md"] = md_escape
    return env
