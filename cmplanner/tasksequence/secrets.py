"""Which step and task sequence variables hold secrets (passwords, product keys).

The step catalog marks the secret properties of known steps; names that end in ``Password``,
``Passwd``, ``Pwd``, ``ProductKey`` or ``Secret`` are treated as secrets in any step (MDT
steps, later versions), in conditions and in logs, except the
yes/no switch ``OSDRandomAdminPassword`` and the BitLocker
recovery-password choice (``AD``, ``TPM``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cmplanner.model.tasksequence import Variable
from cmplanner.tasksequence.catalog import load_steps

_SECRET_NAME = re.compile(r"(password|passwd|pwd|product_?key|secret)$", re.IGNORECASE)
HIDDEN = "(hidden)"
_NOT_SECRET = frozenset(
    {
        "osdrandomadminpassword",
        "randomadminpassword",
        "osdbitlockercreaterecoverypassword",
        "createrecoverypassword",
    }
)


@lru_cache(maxsize=4096)
def is_secret_name(name: str) -> bool:
    folded = name.casefold()
    if folded in _NOT_SECRET:
        return False
    return name in load_steps().secret_variables() or bool(_SECRET_NAME.search(name))


def is_secret(var: Variable) -> bool:
    """A variable whose value must not leave the plan unless asked for by name."""
    return is_secret_name(var.name) or (bool(var.property) and is_secret_name(var.property))


def asked_for(var: Variable, include: frozenset[str]) -> bool:
    """True when ``include`` (case-folded names) names this variable or its property."""
    return var.name.casefold() in include or (
        var.property.casefold() in include if var.property else False
    )
