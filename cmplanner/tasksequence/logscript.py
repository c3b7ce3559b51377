"""The log-copy script of the error-catching builder, generated from a template.

The seed's VBScript deletes ``<share>\\LOGS\\<machine>`` and then copies into it without
creating it again; ``CopyFile`` with a wildcard needs an existing folder, so it fails. The
template (``templates/scripts/CopyLogs.vbs.j2``) creates the folder after deleting it and
exits with a distinct code for a missing share, a missing or empty log folder, a folder it
cannot create, and a failed copy.

Escaping: the values land inside VBScript string literals, so the environment's ``finalize``
escapes every value the VBScript way (a ``"`` doubled) and refuses line breaks; HTML
autoescaping would be the wrong escape for a script.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from cmplanner.language import gettext
from cmplanner.paths import templates_dir, user_templates_dir

if TYPE_CHECKING:
    import jinja2

SCRIPT_TEMPLATE = "CopyLogs.vbs.j2"
SCRIPT_NAME = "CopyLogs.vbs"
#: where the error-catching group maps the log share, and the folder on it the logs go to,
#: when the admin names none (the builder, ``ts new`` and the runbook all default to these)
DEFAULT_DRIVE = "Z:"
DEFAULT_FOLDER = "LOGS"
_DRIVE = re.compile(r"^[A-Za-z]:$")


def _vbs_literal(value: object) -> str:
    text = "" if value is None else str(value)
    if any(ch in text for ch in "\r\n\x00"):
        raise ValueError(f"a line break cannot go into a VBScript string: {text!r}")
    return text.replace('"', '""')


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2  # here, not at the top: the rules engine reads this module's defaults at start

    folders = [str(user_templates_dir() / "scripts"), str(templates_dir() / "scripts")]
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=False,  # VBScript, not HTML: finalize escapes for string literals instead
        finalize=_vbs_literal,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def log_copy_script(drive: str = DEFAULT_DRIVE, folder: str = DEFAULT_FOLDER) -> str:
    """The VBScript that copies ``_SMSTSLogPath\\*.*`` to ``drive\\folder\\<machine name>``."""
    if not _DRIVE.match(drive):
        raise ValueError(f"drive letter {drive!r}: expected a letter and a colon, like Z:")
    if not folder or any(ch in folder for ch in '\\/:*?"<>|'):
        raise ValueError(f"folder name {folder!r}: expected one folder name, like LOGS")
    text = _environment().get_template(SCRIPT_TEMPLATE).render(drive=drive.upper(), folder=folder)
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def where_it_goes(share: str, drive: str) -> str:
    """Where the admin puts the script, in the language in force: the root of the share the
    error-catching group maps (the app says it after saving the script, ``ts new`` after
    writing it with ``--script``)."""
    return gettext(
        "put %(script)s at the root of %(share)s, which the task sequence maps as %(drive)s"
    ) % {"script": SCRIPT_NAME, "share": share, "drive": drive.upper()}
