"""installer/build.py's own logic, without PyInstaller: version, sizes, the release archive."""

from __future__ import annotations

import os
import tarfile
from pathlib import Path

import pytest

import cmplanner

pytestmark = pytest.mark.core


@pytest.fixture
def build(installer_module):
    return installer_module("build.py")


def _fake_bundle(root: Path) -> Path:
    bundle = root / "cmplanner"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    exe = bundle / "cmplanner"
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    (bundle / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"x" * 1000)
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    return bundle


def test_archive_name_carries_version_and_platform(build) -> None:
    assert build.archive_name("1.2.0", "Linux", "x86_64") == "cmplanner-1.2.0-linux-x86_64.tar.gz"
    assert build.archive_name(cmplanner.__version__).startswith(
        f"cmplanner-{cmplanner.__version__}-"
    )


def test_archive_unpacks_to_the_same_folder(build, tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "dist")
    packed = build.write_archive(bundle, tmp_path / "out.tar.gz")
    assert not (tmp_path / "out.tar.gz.partial").exists()
    with tarfile.open(packed) as archive:
        # extraction filters came in 3.11.4; Debian 12's python3 is 3.11.2
        safe = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}
        archive.extractall(tmp_path / "unpacked", **safe)
    unpacked = tmp_path / "unpacked" / "cmplanner"
    assert os.access(unpacked / "cmplanner", os.X_OK)
    link = unpacked / "_internal" / "libQt6Core.so.6"
    assert link.is_symlink() and os.readlink(link) == "lib/libQt6Core.so.6"
    assert link.read_bytes() == b"x" * 1000


def test_folder_size_counts_links_once(build, tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    assert build.folder_size(bundle) == 1000 + len("#!/bin/sh\n")


def test_a_version_line_is_required(build, tmp_path: Path) -> None:
    (tmp_path / "cmplanner").mkdir()
    (tmp_path / "cmplanner" / "__init__.py").write_text('"""no version"""\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="no __version__"):
        build.source_version(tmp_path)
