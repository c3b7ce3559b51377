"""The one factory of the Jinja environment every runbook is rendered with.

Autoescape is always on: a DP called ``<script>`` prints as text. In Markdown output
``finalize`` escapes every value for Markdown instead of HTML (``md_escape``: a Markdown file
must read ``DP's`` and ``A > B``, not ``DP&#39;s``), which keeps ``<script>`` and ``*bold*``
text too and leaves web addresses intact as autolinks; ``_()``, ``join`` and ``replace``
escape for Markdown there as well. The i18n extension is on
with the catalogue of the language in force (``cmplanner.language``; English needs none).
Templates are looked up in the user's override folder first and the bundled ``templates/``
second; nothing is ever fetched from the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from cmplanner import bidi
from cmplanner.language import active_language, translations
from cmplanner.paths import templates_dir, user_templates_dir
from cmplanner.runbook.words import field_phrase, new_words, old_words

# Characters that are markup wherever they stand ({ and } for templating renderers too).
_MD_SPECIAL = re.compile(r"([\\`*{}\[\]|~])")
# "_" is emphasis only where a word does not hold it on both sides (CommonMark's flanking rule).
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# "<" opens HTML or an autolink only before a letter, "/", "!" or "?"; "&" only starts an
# entity such as "&amp;" or "&#39;".
_MD_HTML_START = re.compile(r"<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)")
_WHITESPACE = re.compile(r"\s+")
# What makes a line a block quote, list item, heading or rule (1. and 1) need a space after).
_MD_LINE_START = re.compile(r"^(\s*)(>|\d+[.)](?=\s|$)|[-+=#]+(?=\s|$))")
# A web address, without the sentence's punctuation after it; shown as an autolink.
_URL = re.compile(r"https?://[^\s<>|`]+?(?=[.,;:!?)\]]*(?:\s|$))")


def _md_text(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_UNDERSCORE.sub(r"\\_", text)
    return _MD_HTML_START.sub(lambda m: "\\" + m.group(), text)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker[0].isdigit():  # "1." stays readable as "1\."
        return indent + marker[:-1] + "\\" + marker[-1]
    return indent + "\\" + marker


def md_escape(value: object) -> Markup:
    """Text that Markdown shows literally: markup characters backslashed (``<`` and ``&``
    only where they would start HTML or an entity), web addresses as autolinks, bidi
    controls as escapes, and line breaks turned into spaces so a value cannot start a
    heading or a list."""
    if isinstance(value, Markup):
        return value
    text = _WHITESPACE.sub(" ", bidi.escape_controls(str(value)))
    parts: list[str] = []
    last = 0
    for url in _URL.finditer(text):
        parts += [_md_text(text[last : url.start()]), f"<{url.group()}>"]
        last = url.end()
    parts.append(_md_text(text[last:]))
    return Markup(_MD_LINE_START.sub(_escape_marker, "".join(parts)))


def _finalize_markdown(value: Any) -> Any:
    if value is None:
        return ""
    return md_escape(value)


def _finalize_html(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Markup) and bidi.has_controls(value):
        return bidi.isolated_html(value)  # a U+202E in a name reverses nothing after it
    return "" if value is None else value


def _md_join(values: Iterable[object], separator: str = "") -> Markup:
    """Jinja's ``join`` for Markdown: each item (and the separator) escaped for Markdown."""
    return md_escape(separator).join(md_escape(value) for value in values)


def _md_replace(value: object, old: str, new: str, count: int | None = None) -> object:
    """Jinja's ``replace`` for Markdown: plain text stays plain, escaped by ``finalize``."""
    if isinstance(value, Markup):
        return value.replace(old, new, -1 if count is None else count)
    return str(value).replace(old, new, -1 if count is None else count)


def _when(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> Markup:
    """A date as text; digits and dashes only, so it is safe in HTML and Markdown alike."""
    return Markup(escape(value.strftime(fmt))) if value is not None else Markup("")


def _fast_gettext(gettext: Callable[[str], str], markdown: bool = False) -> Callable[..., Markup]:
    """``_()`` for templates: the translation as markup, its ``%(name)s`` variables escaped
    (for Markdown by ``md_escape``, else for HTML). Same result as Jinja's new-style gettext,
    without a context lookup per call (a runbook of a large plan makes tens of thousands of
    calls)."""

    def translate(message: str, **variables: Any) -> Markup:
        text = Markup(gettext(message))
        if markdown:
            variables = {name: md_escape(value) for name, value in variables.items()}
        return text % variables if variables else text

    return translate


def make_environment(markdown: bool = False) -> Environment:
    """A Jinja environment for runbook templates (``markdown=True`` for ``*.md.j2``).
    Cached per template folders, so templates compile once (Jinja still notices when a
    template file changes), and per language: the one in force (``cmplanner.language``)."""
    return _environment(
        markdown, str(user_templates_dir()), str(templates_dir()), active_language()
    )


def _host(value: object, target: str = "browser") -> Markup:
    """A host name that may wrap after its dots in a narrow table cell instead of being
    cut mid-word: ``<wbr>`` for a browser, a zero-width space for Qt's printing (which
    lays it out as a break and leaves it out of the PDF's text, so a copied name is
    the name). The plan's value itself is never changed."""
    mark = "\u200b" if target == "qt" else "<wbr>"
    text = str(value)
    if bidi.has_controls(text):  # isolated as every other value with controls (no breaks)
        return Markup(bidi.isolated_html(text))
    return Markup(str(escape(text)).replace(".", "." + mark))


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
    env.globals["_"] = _fast_gettext(_gettext, markdown)
    env.globals["lang"] = lang
    env.filters["when"] = _when
    env.filters["md"] = md_escape
    env.filters["host"] = _host
    # a word of the runbook's own (a severity, a risk) and a changed field, in its language
    env.filters["said"] = lambda value: _gettext(str(value))
    env.filters["label"] = field_phrase
    env.filters["old"] = old_words
    env.filters["new"] = new_words
    if markdown:  # their autoescaped forms would HTML-escape the text
        env.filters["join"] = _md_join
        env.filters["replace"] = _md_replace
    # <title> and attribute values cannot hold <bdi>: there the controls are shown escaped
    env.filters["bidi_escaped"] = lambda value: Markup(escape(bidi.escape_controls(str(value))))
    return env
