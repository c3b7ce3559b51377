"""Escaping for the rich-text labels the app builds: a DP named ``<b>x</b>`` shows as text."""

from __future__ import annotations

import html
import re


def esc(text: str) -> str:
    """Text made safe inside Qt rich text, attribute values included."""
    return html.escape(text, quote=True)


_URL = re.compile(r"https?://[^\s;<>]+")


def source_html(text: str) -> str:
    """A printed citation (sources joined by '; ') as rich text: one source a line, every
    address a link."""
    lines = []
    for part in text.split("; "):
        safe = esc(part)
        lines.append(_URL.sub(lambda m: f"<a href='{m[0]}'>{m[0]}</a>", safe))
    return "<br>".join(lines)


# The one colour of each severity wherever the app shows one (dock, tree, editor, wizards,
# log card); dark enough for text on white (WCAG AA contrast).
SEVERITY_COLOURS = {"error": "#b00020", "warning": "#8a5a00", "info": "#1f5fa8"}
# a run or check that passed (the log card's verdict)
PASSED_COLOUR = "#1b5e20"
