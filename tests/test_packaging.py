"""The installers' small parts: desktop entry, file association, install.sh, metadata."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


def test_desktop_entry_opens_vaults_and_validates() -> None:
    text = (LINUX / "pestdossier.desktop").read_text(encoding="utf-8")
    assert "Exec=pestdossier %f\n" in text
    assert "MimeType=application/x-pestdossier;\n" in text
    mime = (LINUX / "pestdossier-mime.xml").read_text(encoding="utf-8")
    assert 'type="application/x-pestdossier"' in mime and '"*.pestdossier"' in mime
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate not installed (apt install desktop-file-utils)")
    result = subprocess.run([validate, str(LINUX / "pestdossier.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def _fake_bundle(folder: Path) -> Path:
    folder.mkdir()
    for name in ("pestdossier", "pestdossier-cli"):
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(0o755)
    for name in ("pestdossier.desktop", "pestdossier-mime.xml", "install.sh"):
        shutil.copy2(LINUX / name, folder / name)
    return folder


def test_install_sh_registers_vaults_and_uninstall_leaves_them(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "download")
    home = tmp_path / "home"
    vault = home / "Documenten" / "school.pestdossier"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"kluis")
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True,
                   capture_output=True)
    prefix = home / ".local" / "opt" / "pestdossier"
    desktop = home / ".local/share/applications/pestdossier.desktop"
    assert f'Exec="{prefix}/pestdossier" %f' in desktop.read_text(encoding="utf-8")
    mime = home / ".local/share/mime/packages/pestdossier.xml"
    assert mime.is_file()
    done = subprocess.run(["sh", str(prefix / "install.sh"), "--uninstall"], env=env,
                          check=True, capture_output=True, text=True)
    assert "kluizen zijn niet aangeraakt" in done.stdout
    assert not prefix.exists() and not desktop.exists() and not mime.exists()
    assert vault.read_bytes() == b"kluis"


def test_windows_installer_associates_pestdossier_files() -> None:
    text = (ROOT / "packaging" / "windows" / "pestdossier.iss.in").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.pestdossier"' in text
    assert '""{app}\\pestdossier.exe"" ""%1""' in text
    assert "ChangesAssociations=yes" in text


def test_macos_bundle_declares_the_document_type_and_reads_its_minimum() -> None:
    spec = (ROOT / "packaging" / "pestdossier.spec").read_text(encoding="utf-8")
    assert '"LSMinimumSystemVersion": minimum_macos()' in spec
    assert '"UTTypeIdentifier": "nl.pestdossier.vault"' in spec
    assert '"LSItemContentTypes": ["nl.pestdossier.vault"]' in spec
    assert "macOS 11" not in (ROOT / "README.md").read_text(encoding="utf-8")


def test_license_is_spdx_with_a_bounded_setuptools() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["license"] == "EUPL-1.2"
    setuptools = next(r for r in meta["build-system"]["requires"] if r.startswith("setuptools"))
    assert ">=77" in setuptools and "<" in setuptools  # 77: first with SPDX license strings
