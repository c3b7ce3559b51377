"""The one factory of the Jinja environment every runbook is rendered with.

Autoescape is always on: a DP called ``<script>`` prints as text. Markdown output escapes
Markdown's own markup characters as well, through ``finalize``. The i18n extension is on
with the catalogue of the language in force (``cmplanner.language``; English needs none).
Templates are looked up in the user's override folder first and the bundled ``templates/``
second; nothing is ever fetched from the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from cmplanner import bidi
from cmplanner.language import active_language, translations
from cmplanner.paths import templates_dir, user_templates_dir

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")
_WHITESPACE = re.compile(r"\s+")
_MD_LINE_START = re.compile(r"^(\s*\d*)([-+>=.)#])")


def md_escape(value: object) -> Markup:
    """Text that Markdown shows literally: HTML escaped, markup characters backslashed, and
    line breaks turned into spaces so a value cannot start a heading or a list."""
    if isinstance(value, Markup):
        return value
    text = _WHITESPACE.sub(" ", bidi.escape_controls(str(value)))
    text = _MD_SPECIAL.sub(r"\\\1", str(escape(text)))
    return Markup(_MD_LINE_START.sub(r"\1\\\2", text))


def _finalize_markdown(value: Any) -> Any:
    if value is None:
        return ""
    return md_escape(value)


def _finalize_html(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Markup) and bidi.has_controls(value):
        return bidi.isolated_html(value)  # a U+202E in a name reverses nothing after it
    return "" if value is None else value


def _when(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> Markup:
    """A date as text; digits and dashes only, so it is safe in HTML and Markdown alike."""
    return Markup(escape(value.strftime(fmt))) if value is not None else Markup("")


def _fast_gettext(gettext: Callable[[str], str]) -> Callable[..., Markup]:
    """``_()`` for templates: the translation as markup, its ``%(name)s`` variables escaped.
    Same result as Jinja's new-style gettext, without a context lookup per call (a runbook
    of a large plan makes tens of thousands of calls)."""

    def translate(message: str, **variables: Any) -> Markup:
        text = Markup(gettext(message))
        return text % variables if variables else text

    return translate


def make_environment(markdown: bool = False) -> Environment:
    """A Jinja environment for runbook templates (``markdown=True`` for ``*.md.j2``).
    Cached per template folders, so templates compile once (Jinja still notices when a
    template file changes), and per language: the one in force (``cmplanner.language``)."""
    return _environment(
        markdown, str(user_templates_dir()), str(templates_dir()), active_language()
    )


@lru_cache(maxsize=8)
def _environment(markdown: bool, user_folder: str, bundled_folder: str, lang: str) -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(user_folder), FileSystemLoader(bundled_folder)]),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize_markdown if markdown else _finalize_html,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    catalogue = translations(lang)

    def _gettext(message: str) -> str:
        return catalogue.gettext(message) if message else message

    env.install_gettext_callables(_gettext, catalogue.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals["_"] = _fast_gettext(_gettext)
    env.globals["lang"] = lang
    env.filters["when"] = _when
    env.filters["md"] = md_escape
    # <title> and attribute values cannot hold <bdi>: there the controls are shown escaped
    env.filters["bidi_escaped"] = lambda value: Markup(escape(bidi.escape_controls(str(value))))
    return env
