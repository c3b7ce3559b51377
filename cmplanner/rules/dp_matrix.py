"""The DP compatibility table, loaded from ``resources/dp_compatibility.toml`` and checked.

The table stays a table: the checks and ``cmplanner dp check`` look cells up, they never restate
them. Loading refuses a table that is not square, not symmetric, has a cell other than
Yes / No / Required / N/A, or a Required cell without exactly one provider.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from cmplanner.datafiles import load_toml_model
from cmplanner.paths import resources_dir

if TYPE_CHECKING:  # the quick `dp check` command loads no plan model
    from cmplanner.model.distribution import DistributionPoint


class Cell(StrEnum):
    YES = "Yes"
    NO = "No"
    REQUIRED = "Required"
    NA = "N/A"


class Setting(BaseModel):
    # defer_build: built when the data file is first loaded (one validator for the file's
    # model covers the nested ones), not when the class is defined: less start-up time
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    id: str = Field(pattern=r"^[a-z-]+$")
    row: str
    column: str
    aliases: tuple[str, ...] = ()
    cells: tuple[Cell, ...]

    @property
    def label(self) -> str:
        return self.column


class CompatibilityTable(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    source: str = Field(min_length=5)
    providers: tuple[str, ...]
    providers_source: str
    setting: tuple[Setting, ...]
    _position: dict[str, int] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object, /) -> None:
        self._position = {s.id: i for i, s in enumerate(self.setting)}

    @model_validator(mode="after")
    def _square_symmetric(self) -> CompatibilityTable:
        size = len(self.setting)
        for i, row in enumerate(self.setting):
            if len(row.cells) != size:
                raise ValueError(f"row {row.row!r} has {len(row.cells)} cells, expected {size}")
            if row.cells[i] is not Cell.NA:
                raise ValueError(f"row {row.row!r}: the cell with itself must be N/A")
            for j in range(size):
                if row.cells[j] is not self.setting[j].cells[i]:
                    raise ValueError(
                        f"{row.row!r} / {self.setting[j].column!r} is "
                        f"{row.cells[j]} but the mirror cell says "
                        f"{self.setting[j].cells[i]}"
                    )
                if row.cells[j] is Cell.REQUIRED:
                    pair = {row.row, self.setting[j].row}
                    if len(pair & set(self.providers)) != 1:
                        raise ValueError(
                            f"Required cell {sorted(pair)} needs exactly one of "
                            "them listed in providers"
                        )
        return self

    def cell(self, a: Setting, b: Setting) -> Cell:
        return a.cells[self._position[b.id]]

    def find(self, name: str) -> Setting | None:
        """A setting by id, row label, column label or alias, ignoring case and separators."""
        wanted = _fold(name)
        for setting in self.setting:
            names = (setting.id, setting.row, setting.column, *setting.aliases)
            if any(_fold(n) == wanted for n in names):
                return setting
        return None

    def by_id(self, setting_id: str) -> Setting:
        return self.setting[self._position[setting_id]]


def _fold(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Conflict:
    """Two settings one DP cannot have together, or a setting missing its required partner."""

    first: Setting
    second: Setting
    cell: Cell
    reason: str


@lru_cache(maxsize=2)
def load_table(path: Path | None = None) -> CompatibilityTable:
    return load_toml_model(path or resources_dir() / "dp_compatibility.toml", CompatibilityTable)


#: table setting id -> the DP field that switches it on (host and standard follow the host)
SETTING_FIELDS = {
    "branch": "branch",
    "bits-enabled": "bits_enabled",
    "protected": "protected",
    "mobile-device": "mobile_device_support",
    "internet-based": "internet_based",
    "streaming": "streaming",
    "multicast": "multicast",
}


def setting_ids_of(dp: DistributionPoint) -> tuple[str, ...]:
    """Ids of the table's settings that a planned DP has enabled."""
    on_server = dp.host == "server"
    ids = ["server" if on_server else "server-share"]
    if dp.branch:
        ids.append("branch")
    elif on_server:
        ids.append("standard")
    ids.extend(
        setting_id
        for setting_id, field in SETTING_FIELDS.items()
        if setting_id != "branch" and getattr(dp, field)
    )
    return tuple(ids)


def settings_of(dp: DistributionPoint, table: CompatibilityTable | None = None) -> list[Setting]:
    """The table's settings that a planned DP has enabled."""
    table = table or load_table()
    return [table.by_id(i) for i in setting_ids_of(dp)]


@lru_cache(maxsize=1024)
def dp_conflicts(setting_ids: tuple[str, ...]) -> tuple[Conflict, ...]:
    """Conflicts of the bundled table, memoized: a plan has few distinct combinations."""
    table = load_table()
    return tuple(conflicts([table.by_id(i) for i in setting_ids], table))


def conflicts(settings: list[Setting], table: CompatibilityTable | None = None) -> list[Conflict]:
    """Every "No" pair and every "Required" partner that is missing."""
    table = table or load_table()
    found: list[Conflict] = []
    chosen = {s.id for s in settings}
    for a, b in combinations(settings, 2):
        if table.cell(a, b) is Cell.NO:
            found.append(
                Conflict(
                    a,
                    b,
                    Cell.NO,
                    f"{a.row} and {b.column} cannot be combined "
                    "on one distribution point (the table says No)",
                )
            )
    for a in settings:
        for b in table.setting:
            if (
                table.cell(a, b) is Cell.REQUIRED
                and b.row in table.providers
                and b.id not in chosen
            ):
                found.append(
                    Conflict(
                        a,
                        b,
                        Cell.REQUIRED,
                        f"{a.row} requires {b.column} to be enabled too (the table says Required)",
                    )
                )
    return found
