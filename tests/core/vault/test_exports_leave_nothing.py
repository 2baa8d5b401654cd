"""Issue 19 (4): exports leave nothing behind and are private."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from app.atomic import TEMP_SUFFIX, pending_file, write_atomically
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from tests.conftest import PASSWORD


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_temp_names_are_random_private_and_never_followed(tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    victim = tmp_path / "elders.txt"
    victim.write_text("van iemand anders")
    # A fixed name planted in advance (the old `.dossier.pdf.part`) is never used.
    (tmp_path / ".dossier.pdf.part").symlink_to(victim)
    old_umask = os.umask(0o022)
    try:
        with pending_file(target) as pending:
            assert pending.temp.name.startswith(".dossier.pdf.")
            assert pending.temp.name.endswith(TEMP_SUFFIX)
            assert _mode(pending.temp) == 0o600
            pending.write(b"inhoud")
            pending.commit()
    finally:
        os.umask(old_umask)
    assert _mode(target) == 0o600 and victim.read_text() == "van iemand anders"
    assert _mode(write_atomically(tmp_path / "brief.txt", b"x")) == 0o600


def test_a_failed_export_removes_its_temp(tmp_path: Path) -> None:
    target = tmp_path / "pakket.zip"
    with pytest.raises(RuntimeError), pending_file(target) as pending:
        pending.write(b"deel")
        raise RuntimeError("schijf weg")
    assert list(tmp_path.iterdir()) == []


def test_evidence_original_is_private(vault: CaseFile, tmp_path: Path) -> None:
    case = vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 20)))
    source = tmp_path / "bron.txt"
    source.write_bytes(b"bewijs " * 100)
    item = vault.evidence.import_file(case.id, source)
    out = tmp_path / "uit"
    out.mkdir()
    exported = vault.handover.export_original(item.id, out / "bewijs.txt")
    assert exported is not None and _mode(exported) == 0o600
    assert [p.name for p in out.iterdir()] == ["bewijs.txt"]


def test_next_start_removes_what_a_killed_export_left(vault: CaseFile,
                                                      vault_path: Path,
                                                      tmp_path: Path) -> None:
    """Why 3: a kill leaves `.p.zip.XXXX.deel`; the vault remembers it and removes it."""
    out = tmp_path / "export"
    out.mkdir()
    gateway = vault._gateway  # the journal is the gateway; a kill is simulated below
    context = pending_file(out / "p.zip", journal=gateway)
    pending = context.__enter__()
    pending.write(b"PK" + b"origineel bewijs" * 1000)
    pending.handle.flush()
    leftover = pending.temp
    # A kill: the context never exits; the vault is closed as the OS would drop it.
    vault.close()
    assert leftover.exists()
    innocent = out / ".iets.deel"
    innocent.write_text("niet door ons geschreven")
    with CaseFile.open(vault_path, PASSWORD):
        pass
    assert not leftover.exists()
    assert innocent.exists()  # only what the vault itself remembered is removed
    pending.handle.close()
