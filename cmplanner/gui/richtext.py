"""Escaping for the rich-text labels the app builds: a DP named ``<b>x</b>`` shows as text."""

from __future__ import annotations

import html


def esc(text: str) -> str:
    """Text made safe inside Qt rich text, attribute values included."""
    return html.escape(text, quote=True)
