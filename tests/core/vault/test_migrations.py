"""A vault made with the first schema opens in this version, migrated in one go."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from app.casefile import CaseFile
from app.cases import NewCase
from app.vault.connection import encode_password
from app.vault.migrations import LATEST_VERSION, m001_foundation
from tests.conftest import PASSWORD


def _make_schema1_vault(path: Path) -> None:
    """What version 1 of the app wrote: schema 1, a case, an entry, an audit chain."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.set_key(encode_password(PASSWORD))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    m001_foundation.apply(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta VALUES ('app', 'pestdossier'), ('counsellor', 'A. Oud')")
    conn.execute(
        "INSERT INTO cases (reference, ref_year, ref_seq, title, kind, status, reported_on,"
        " reported_by, group_name, description, created_at, updated_at) VALUES"
        " ('2025-007', 2025, 7, 'Oude melding', 'pesten', 'monitoring', '2025-03-02',"
        " 'ouder', '5A', 'uit schema 1', '2025-03-02T09:00:00+00:00',"
        " '2025-03-02T09:00:00+00:00')")
    conn.execute(
        "INSERT INTO entries (case_id, kind, occurred_at, precision, recorded_at, with_whom,"
        " text, updated_at) VALUES (1, 'gesprek', '2025-03-03T10:00:00+00:00', 'exact',"
        " '2025-03-03T11:00:00+00:00', 'Noor', 'eerste gesprek over de klassenapp',"
        " '2025-03-03T11:00:00+00:00')")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_schema1_vault_opens_migrated(tmp_path: Path) -> None:
    path = tmp_path / "oud.pestdossier"
    _make_schema1_vault(path)
    with CaseFile.open(path, PASSWORD) as vault:
        assert vault._gateway.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        case = vault.cases.by_reference("2025-007")
        assert case.title == "Oude melding"
        assert [e.text for e in vault.timeline.for_case(case.id)] == [
            "eerste gesprek over de klassenapp"]
        assert [h.reference for h in vault.search.search("klassenapp")] == ["2025-007"]
        new = vault.cases.create(NewCase("Nieuw na migratie", case.kind, case.reported_on))
        assert new.reference.endswith("-001")
    if LATEST_VERSION > 1:
        assert (tmp_path / "oud.pestdossier.v1.bak").is_file()


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    from app.vault import migrations

    path = tmp_path / "oud.pestdossier"
    _make_schema1_vault(path)

    class Broken:
        VERSION = LATEST_VERSION + 1

        @staticmethod
        def apply(conn) -> None:
            conn.execute("CREATE TABLE half_done (x)")
            raise RuntimeError("migration failed halfway")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, Broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError, match="halfway"):
        CaseFile.open(path, PASSWORD)
    monkeypatch.undo()
    conn = sqlcipher.connect(str(path))
    conn.set_key(encode_password(PASSWORD))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    conn.close()
