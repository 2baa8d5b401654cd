"""The installable bundle: built with PyInstaller, packaged, and smoke-tested headless.

Takes minutes, so it is deselected by default (pyproject addopts: -m "not bundle"):

    .venv/bin/python -m pytest -m bundle

It reuses dist/ when the bundle there is newer than every source file, else builds.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import build_installer as bi

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built() -> Path:
    if not bi.bundle_is_fresh():
        subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "build"],
                       check=True, cwd=ROOT, timeout=1800)
    elif sys.platform.startswith("linux") and not (
            bi.DIST / f"{bi.package_basename()}.tar.gz").is_file():
        bi.package()
    return bi.bundle_dir()


@pytest.mark.bundle
@pytest.mark.timeout(2400)
def test_bundle_passes_the_smoke_test(built: Path) -> None:
    result = bi.smoke(timeout=300)
    bi.print_smoke(result)
    assert result.problems == []
    assert result.ok
    assert any(line == "ZELFTEST GESLAAGD" for line in result.lines)
    assert result.startup_seconds is not None


@pytest.mark.bundle
@pytest.mark.timeout(2400)
def test_bundle_is_lean_and_stamped_with_the_version(built: Path) -> None:
    size = bi.tree_size(built)
    print(f"bundle {bi.megabytes(size)}")
    if sys.platform.startswith("linux"):
        assert size < bi.MAX_LINUX_BUNDLE_MB * 1024 * 1024
        tarball = bi.DIST / f"Pestdossier-{bi.version()}-{bi.platform_tag()}.tar.gz"
        assert tarball.is_file()
        with tarfile.open(tarball) as tar:
            names = set(tar.getnames())
        top = tarball.name.removesuffix(".tar.gz")
        for member in ("pestdossier", "pestdossier-cli", "pestdossier.desktop",
                       "pestdossier.png", "install.sh", "LEESMIJ.txt",
                       "_internal/pyproject.toml",
                       "_internal/resources/i18n/pestdossier_nl.qm",
                       "_internal/resources/icons/pestdossier.png",
                       "_internal/reportlab/fonts/Vera.ttf"):
            assert f"{top}/{member}" in names, member
        assert not [n for n in names if n.endswith(".ts")]
    internal = built / "_internal"
    for unwanted in ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "PySide6/QtQml.abi3.so",
                     "PySide6/Qt/lib/libQt6Quick.so.6", "tkinter", "_tkinter",
                     "pytest", "hypothesis"):
        assert not (internal / unwanted).exists(), unwanted


def test_inno_setup_script_is_per_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bi, "DIST", tmp_path)
    script = bi.write_inno_script().read_text(encoding="utf-8")
    assert not re.search(r"@[A-Z_]+@", script)  # every placeholder filled in
    assert "PrivilegesRequired=lowest" in script
    assert f'#define AppVersion "{bi.version()}"' in script
    assert "DefaultDirName={autopf}" in script
    assert f"Pestdossier-{bi.version()}-windows-x64-setup" in script


def test_version_and_names_come_from_pyproject() -> None:
    import tomllib

    import app

    with (ROOT / "pyproject.toml").open("rb") as fh:
        expected = tomllib.load(fh)["project"]["version"]
    assert bi.version() == expected == app.__version__
    assert bi.package_basename().startswith(f"Pestdossier-{expected}-")
    assert bi.numeric_version("1.2.3rc1") == "1.2.3.0"
    assert bi.numeric_version("2.0") == "2.0.0.0"


@pytest.mark.bundle
@pytest.mark.timeout(2400)
def test_bundle_holds_only_what_the_manifest_names(built: Path) -> None:
    """A file the manifest does not list fails: the bundle does not grow by accident
    (regenerate with `python tools/bundle_manifest.py write` after a deliberate change)."""
    from tools import bundle_manifest

    if not sys.platform.startswith("linux"):
        pytest.skip("the manifest lists the Linux bundle")
    extra, _gone = bundle_manifest.differences(built)
    assert extra == []


@pytest.mark.bundle
@pytest.mark.timeout(2400)
def test_bundle_needs_glibc_2_35_and_only_the_listed_system_packages(built: Path) -> None:
    from tools import bundle_manifest
    from ui import preflight

    if not sys.platform.startswith("linux"):
        pytest.skip("glibc and Debian packages: Linux only")
    newest, name = bundle_manifest.glibc_report(built)[0]
    assert newest <= (2, 35), name  # Ubuntu 22.04
    carried = {p.name for p in (built / "_internal").rglob("*")}
    needed = {package for libraries in (preflight.GUI_LIBRARIES, preflight.XCB_LIBRARIES)
              for soname, package in libraries.items() if soname not in carried}
    assert needed | {"tzdata"} == set(bi.system_packages())  # zoneinfo reads the system's
