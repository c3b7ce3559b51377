"""Names that hold bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) must never
reverse the text printed after them.

An override or embedding runs to the end of its paragraph unless something closes it, so a
DP named ``"DP\\u202eevil"`` inside a sentence would turn the rest of the sentence around. HTML
outputs isolate every word that holds a control in ``<bdi>`` and close what it opened (Qt's
printing has no ``<bdi>`` and relies on the closing characters); Markdown and plain text show
the controls as escapes (``\\u202e``), so a reader sees them instead of their effect.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# ALM, LRM, RLM; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI
CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ANY = re.compile(f"[{CONTROLS}]")
# A word holding a control, without the sentence's punctuation after it (not ";", which
# ends HTML entities such as &#39;).
_WORD = re.compile(rf"[^\s{CONTROLS}]*[{CONTROLS}]\S*?(?=[:,.!?)\]]*(?:\s|$))")
_EMBEDDINGS = "\u202a\u202b\u202d\u202e"  # closed by U+202C POP DIRECTIONAL FORMATTING
_ISOLATES = "\u2066\u2067\u2068"  # closed by U+2069 POP DIRECTIONAL ISOLATE


def has_controls(text: str) -> bool:
    return _ANY.search(text) is not None


def escape_controls(text: str) -> str:
    """Every bidi control written as ``\\uXXXX`` (for Markdown and plain text)."""
    return _ANY.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def closed(text: str) -> str:
    """``text`` followed by the U+202C and U+2069 that end the embeddings, overrides and
    isolates it opened and did not close, so that nothing after it is affected."""
    embeddings: list[str] = []
    for char in _ANY.findall(text):
        if char in _EMBEDDINGS or char in _ISOLATES:
            embeddings.append(char)
        elif char == "\u202c" and embeddings and embeddings[-1] in _EMBEDDINGS:
            embeddings.pop()
        elif char == "\u2069":
            while embeddings and embeddings.pop() in _EMBEDDINGS:
                pass  # a PDI also ends the embeddings opened inside its isolate
    closers = ["\u2069" if c in _ISOLATES else "\u202c" for c in reversed(embeddings)]
    return text + "".join(closers)


def isolated_html(value: str) -> Markup:
    """``value`` escaped for HTML, each word holding a bidi control isolated in ``<bdi>`` and
    closed, the rest as it was."""
    text = str(escape(value))
    if not has_controls(text):
        return Markup(text)
    return Markup(_WORD.sub(lambda m: f"<bdi>{closed(m.group())}</bdi>", text))
