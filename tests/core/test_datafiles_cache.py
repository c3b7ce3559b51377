"""The parsed-TOML cache of the bundled data files: a hit skips only the parsing, never the
pydantic check; a changed file, a damaged entry or an unwritable cache folder is never a
wrong answer."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from cmplanner.datafiles import load_toml_model, read_toml
from cmplanner.errors import InputError


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    size: int


def _entries(home: Path) -> list[Path]:
    folder = home / "cache" / "datafiles"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_text: str) -> dict[str, object]:
        raise AssertionError("parsed the TOML again")

    monkeypatch.setattr(tomllib, "loads", refuse)


def test_a_second_read_comes_from_the_cache(tmp_path, private_home, monkeypatch) -> None:
    path = tmp_path / "table.toml"
    path.write_text('name = "dp"\nsize = 3\n[nested]\nlist = [1, 2.5, "x", true]\n')
    first = read_toml(path)
    assert len(_entries(private_home)) == 1
    _no_parsing(monkeypatch)
    again = read_toml(path)
    assert again == first == {"name": "dp", "size": 3, "nested": {"list": [1, 2.5, "x", True]}}
    assert [type(v) for v in again["nested"]["list"]] == [int, float, str, bool]


def test_a_changed_file_is_read_anew(tmp_path, private_home) -> None:
    path = tmp_path / "table.toml"
    path.write_text('name = "dp"\nsize = 3\n')
    assert read_toml(path)["size"] == 3
    path.write_text('name = "dp"\nsize = 4\n')
    assert read_toml(path)["size"] == 4
    assert len(_entries(private_home)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: "not a digest\n" + text.partition("\n")[2],
        lambda text: text.replace('"dp"', '"xx"'),  # a changed value: its digest no longer fits
        lambda text: "\udcff",  # not UTF-8 at all once written with surrogateescape
    ],
)
def test_a_damaged_entry_is_parsed_again_and_mended(
    tmp_path, private_home, damage, monkeypatch
) -> None:
    path = tmp_path / "table.toml"
    path.write_text('name = "dp"\nsize = 3\n')
    read_toml(path)
    [entry] = _entries(private_home)
    entry.write_text(damage(entry.read_text(encoding="utf-8")), errors="surrogateescape")
    assert read_toml(path) == {"name": "dp", "size": 3}
    _no_parsing(monkeypatch)  # mended: the next read is a hit again
    assert read_toml(path) == {"name": "dp", "size": 3}


def test_cached_data_is_still_checked_by_its_model(tmp_path, private_home) -> None:
    """An entry that reads well but holds data the model refuses is refused like the file."""
    path = tmp_path / "table.toml"
    path.write_text('name = "dp"\nsize = 3\n')
    assert load_toml_model(path, _Table) == _Table(name="dp", size=3)
    [entry] = _entries(private_home)
    body = json.dumps({"name": "dp", "size": "three"})
    entry.write_text(hashlib.sha256(body.encode()).hexdigest() + "\n" + body)
    with pytest.raises(InputError, match="size") as caught:
        load_toml_model(path, _Table)
    assert caught.value.source == str(path)


def test_an_unwritable_cache_folder_only_costs_the_parsing(tmp_path, private_home) -> None:
    (private_home / "cache").write_text("a file where the cache folder would be")
    path = tmp_path / "table.toml"
    path.write_text('name = "dp"\nsize = 3\n')
    assert read_toml(path) == {"name": "dp", "size": 3}
    assert read_toml(path) == {"name": "dp", "size": 3}
    assert sorted(p.name for p in private_home.iterdir()) == ["cache"]


def test_values_json_cannot_hold_are_never_cached(tmp_path, private_home) -> None:
    path = tmp_path / "dated.toml"
    path.write_text("when = 2008-05-01\nratio = inf\n")
    assert read_toml(path) == {"when": dt.date(2008, 5, 1), "ratio": float("inf")}
    assert _entries(private_home) == []
    assert read_toml(path)["when"] == dt.date(2008, 5, 1)


def test_bad_toml_is_still_one_input_error_and_never_cached(tmp_path, private_home) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("name = \n")
    for _ in range(2):
        with pytest.raises(InputError, match="not valid TOML"):
            read_toml(path)
    assert _entries(private_home) == []


def test_the_bundled_data_reads_the_same_from_the_cache(private_home, monkeypatch) -> None:
    from cmplanner.paths import resources_dir

    files = sorted(resources_dir().rglob("*.toml"))
    assert len(files) > 10
    parsed = {path: read_toml(path) for path in files}
    _no_parsing(monkeypatch)
    assert {path: read_toml(path) for path in files} == parsed
