"""resource_path: the same answer from a checkout, an install and a PyInstaller bundle,
and never relative to the working directory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import resources
from app.protocols import SHIPPED_PROTOCOLS_DIR
from app.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]


def test_from_source_it_is_the_checkouts_resources_folder() -> None:
    assert not resources.is_frozen()
    assert resources_root() == ROOT / "resources"
    assert resource_path("protocols") == ROOT / "resources" / "protocols"
    assert resource_path("i18n", "pestdossier_nl.qm").is_file()
    assert resource_path("icons", "pestdossier.png").is_file()
    assert resource_path(Path("icons") / "pestdossier.ico").is_file()


def test_the_working_directory_does_not_matter(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resource_path("protocols").is_absolute()
    assert resource_path("protocols") == ROOT / "resources" / "protocols"


def test_in_a_bundle_it_is_below_meipass(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.is_frozen()
    assert resources.base_dir() == tmp_path.resolve()
    assert resources_root() == tmp_path.resolve() / "resources"
    assert resource_path("i18n", "x.qm") == tmp_path.resolve() / "resources" / "i18n" / "x.qm"


@pytest.mark.parametrize("parts", [("..", "pyproject.toml"), ("icons", "..", "..", "x"),
                                   ("/etc/passwd",)])
def test_paths_cannot_leave_the_resources_folder(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="inside resources"):
        resource_path(*parts)


def test_shipped_protocols_come_through_the_helper() -> None:
    assert resource_path("protocols") == SHIPPED_PROTOCOLS_DIR
    assert sorted(p.name for p in SHIPPED_PROTOCOLS_DIR.glob("*.toml"))


def test_icons_cover_every_platform() -> None:
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(resource_path("icons", f"pestdossier-{size}.png")) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    with Image.open(resource_path("icons", "pestdossier.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert resource_path("icons", "pestdossier.icns").read_bytes()[:4] == b"icns"
