"""The base of every plan model: a key the model does not know is an error, not lost data.

A typo such as ``"multicst": true`` in a hand-edited plan is reported with its place instead of
being dropped silently (and then lost on the next save).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class PlanModel(BaseModel):
    # defer_build: a model builds its validator when it is first used, not when its class
    # is defined; opening a plan builds the plan's one validator, which covers them all
    # (the app starts about 30 ms sooner: benchmarks/bench_gui.py).
    model_config = ConfigDict(extra="forbid", defer_build=True)
