"""The DP compatibility table as loaded must say exactly what the seed notes print."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.errors import InputError
from cmplanner.rules.dp_matrix import Cell, conflicts, load_table

pytestmark = pytest.mark.core

SEED_TABLE = Path(__file__).resolve().parents[1] / "data" / "seed_dp_table.txt"
SEED_NOTES = Path(__file__).resolve().parents[3] / "shared" / "domain" / "seed-notes.txt"

# Row labels as the seed prints them, longest first so that "Server Share" wins over "Server".
ROW_LABELS = [
    "Supporting Internet Based Clients",
    "Mobile Device",
    "Server Share",
    "Server",
    "Branch",
    "Standard",
    "BITS-Enabled",
    "Protected",
    "Streaming",
    "Multicast",
]


def seed_cells() -> dict[str, list[str]]:
    """Parse the seed's printed table: each row is a label followed by ten cells."""
    rows: dict[str, list[str]] = {}
    for line in SEED_TABLE.read_text(encoding="utf-8").splitlines()[1:]:
        label = next(label for label in ROW_LABELS if line.startswith(label + " "))
        rows[label] = line[len(label) :].split()
    return rows


def test_fixture_is_the_seed_table() -> None:
    if not SEED_NOTES.exists():
        pytest.skip("the seed notes are not beside this checkout")
    assert SEED_TABLE.read_text(encoding="utf-8") in SEED_NOTES.read_text(encoding="utf-8")


def test_all_hundred_cells_match_the_seed() -> None:
    table = load_table()
    seed = seed_cells()
    compared = 0
    for row in table.setting:
        assert row.row in seed, row.row
        assert [c.value for c in row.cells] == seed[row.row]
        compared += len(row.cells)
    assert compared == 100


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["server share", "multicast"], [("Server Share", "Multicast", Cell.NO)]),
        (["mobile device"], [("Mobile Device", "BITS-Enabled", Cell.REQUIRED)]),
        (["mobile device", "bits"], []),
        (
            ["internet based", "server"],
            [("Supporting Internet Based Clients", "BITS-Enabled", Cell.REQUIRED)],
        ),
        (["branch", "protected", "streaming"], []),
    ],
)
def test_conflicts(names: list[str], expected: list[tuple[str, str, Cell]]) -> None:
    table = load_table()
    settings = [table.find(n) for n in names]
    assert all(settings)
    found = [(c.first.row, c.second.row, c.cell) for c in conflicts(settings)]  # type: ignore[arg-type]
    assert found == expected


def test_lookup_ignores_case_and_separators() -> None:
    table = load_table()
    assert table.find("SERVER-SHARE") is table.find("Server Share")
    assert table.find("Internet Based Clients") is table.find("supporting internet based clients")
    assert table.find("floppy") is None


def test_asymmetric_table_is_refused(tmp_path: Path) -> None:
    text = (
        Path(load_table.__wrapped__.__code__.co_filename).parents[2]
        / "resources"
        / "dp_compatibility.toml"
    ).read_text(encoding="utf-8")
    broken = text.replace('cells = ["N/A", "No", "Yes"', 'cells = ["N/A", "Yes", "Yes"', 1)
    path = tmp_path / "table.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(InputError, match="mirror cell"):
        load_table.__wrapped__(path)
