"""The audit log is a hash chain: changes, removals and insertions are detected."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.wording import dutch


def _fill(vault: CaseFile) -> None:
    for i in range(3):
        vault.cases.create(NewCase(f"Melding {i}", CaseKind.PESTEN, date(2026, 11, 3)))


def _unprotect(vault: CaseFile) -> None:
    # An attacker with the password could drop the append-only triggers; the chain still tells.
    vault._gateway.conn.execute("DROP TRIGGER audit_log_no_update")
    vault._gateway.conn.execute("DROP TRIGGER audit_log_no_delete")


def test_every_change_is_logged_and_chain_verifies(vault: CaseFile) -> None:
    _fill(vault)
    report = vault.audit.verify()
    assert report.ok
    actions = [e.action for e in vault.audit.entries()]
    assert actions == ["vault.created", "case.created", "case.created", "case.created"]


def test_append_only_by_trigger(vault: CaseFile) -> None:
    _fill(vault)
    import pytest

    with pytest.raises(Exception, match="append-only"):
        vault._gateway.conn.execute("UPDATE audit_log SET actor = 'x' WHERE id = 2")
    with pytest.raises(Exception, match="append-only"):
        vault._gateway.conn.execute("DELETE FROM audit_log WHERE id = 2")


def test_changed_entry_detected(vault: CaseFile) -> None:
    _fill(vault)
    _unprotect(vault)
    vault._gateway.conn.execute("UPDATE audit_log SET details = '{\"reference\": \"2026-999\"}' WHERE id = 3")
    problems = vault.audit.verify().problems
    assert any("regel 3 is na het schrijven gewijzigd" in dutch(p) for p in problems)


def test_removed_entry_detected(vault: CaseFile) -> None:
    _fill(vault)
    _unprotect(vault)
    vault._gateway.conn.execute("DELETE FROM audit_log WHERE id = 2")
    assert not vault.audit.verify().ok


def test_removed_last_entry_detected(vault: CaseFile) -> None:
    _fill(vault)
    _unprotect(vault)
    vault._gateway.conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert any("laatste regels" in dutch(p) for p in vault.audit.verify().problems)


def test_inserted_entry_detected(vault: CaseFile) -> None:
    _fill(vault)
    _unprotect(vault)
    row = vault._gateway.conn.execute("SELECT at, actor, prev_hash, hash FROM audit_log WHERE id = 2"
                             ).fetchone()
    vault._gateway.conn.execute("UPDATE audit_log SET id = id + 10 WHERE id >= 3")
    vault._gateway.conn.execute(
        "INSERT INTO audit_log (id, at, actor, action, object_type, object_id, details,"
        " prev_hash, hash) VALUES (3, ?, ?, 'case.created', 'case', 99, '{}', ?, ?)",
        (row[0], row[1], row[3], "f" * 64))
    assert not vault.audit.verify().ok
