"""The base of every plan model: a key the model does not know is an error, not lost data.

A typo such as ``"multicst": true`` in a hand-edited plan is reported with its place instead of
being dropped silently (and then lost on the next save).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class PlanModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
