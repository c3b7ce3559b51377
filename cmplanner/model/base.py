"""The base of every plan model: a key the model does not know is an error, not lost data.

A typo such as ``"multicst": true`` in a hand-edited plan is reported with its place instead of
being dropped silently (and then lost on the next save).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict


class PlanModel(BaseModel):
    # defer_build: a model builds its validator when it is first used, not when its class
    # is defined; opening a plan builds the plan's one validator, which covers them all
    # (the app starts about 30 ms sooner: benchmarks/bench_gui.py).
    model_config = ConfigDict(extra="forbid", defer_build=True)


def _site_time(value: datetime) -> datetime:
    """Plans compare times; a time with a zone becomes naive UTC so that it compares with
    the naive times typed in the app instead of failing."""
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


#: every time a plan holds: naive, in UTC when the file gave a zone
SiteTime = Annotated[datetime, AfterValidator(_site_time)]
