"""Issue 11 (2): destroying a case removes its content for real and keeps proof."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.destruction import DestructionKind, DestructionNotConfirmedError
from app.domain import CaseKind, EntryKind
from app.errors import CaseNotFoundError, InvalidInputError
from tests.conftest import PASSWORD
from tests.core.destruction.helpers import OTHER_CANARY, SHARED, build_full_case, decrypt_copy
from tests.dossier_case import at

REASON = "Afgesloten, nazorg klaar en geteld in jaarverslag 2026-2027"


def _raw(vault_path: Path) -> bytes:
    parts = [Path(f"{vault_path}{s}") for s in ("", "-wal", "-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


@pytest.fixture
def full(vault: CaseFile, tmp_path: Path):
    out = tmp_path / "uit"
    out.mkdir()
    return build_full_case(vault, out)


def test_preview_counts_and_warnings(vault: CaseFile, full) -> None:
    preview = vault.destruction.preview(full.case_id)
    c = preview.counts
    # 12 entries: the consent recorded at the first talk and the contract are on the
    # timeline too
    assert (c.entries, c.revisions, c.people_links, c.evidence, c.chats) == (12, 1, 7, 5, 1)
    assert c.people == 6            # the mentor is in the other case too
    assert c.identity_forms == 2 and c.drafts == 3 and c.letters == 2 and c.exports == 1
    assert c.evidence_bytes > 0 and c.casework > 0 and c.audit_lines > 0
    codes = [m.code for m in preview.warnings]
    assert codes == ["destruction.export_form", "destruction.export_letter",
                     "destruction.export_dossier",
                     "destruction.work_open", "destruction.not_closed"]
    assert preview.warnings[0].params["file"] == "contract.pdf"
    assert preview.warnings[2].params["file"] == "dossier-2026.pdf"
    assert preview.in_statistics


def test_warnings_need_confirmation_and_a_reason(vault: CaseFile, full) -> None:
    with pytest.raises(DestructionNotConfirmedError) as caught:
        vault.destruction.destroy(full.case_id, REASON)
    assert len(caught.value.params["warnings"]) == 5
    with pytest.raises(InvalidInputError) as missing:
        vault.destruction.destroy(full.case_id, "  ", confirm=True)
    assert missing.value.code == "destruction.reason_missing"
    assert vault.cases.get(full.case_id).reference == full.reference


@pytest.mark.slow  # three decrypted copies and two full verifies of a rich case: ~5 s
def test_destroy_leaves_no_canary(vault: CaseFile, vault_path: Path, tmp_path: Path,
                                  full) -> None:
    plain = decrypt_copy(vault_path, tmp_path / "voor.db", PASSWORD)
    assert [n for n in full.needles if n not in plain] == []  # the canaries were written
    assert any(s in plain for s in full.evidence_bytes)
    assert vault.verify().ok
    record = vault.destruction.destroy(full.case_id, REASON, confirm=True)
    plain = decrypt_copy(vault_path, tmp_path / "na.db", PASSWORD)
    left = [n for n in full.needles if n in plain]
    assert left == []
    assert [s for s in full.evidence_bytes if s in plain] == []
    raw = _raw(vault_path)
    assert [n for n in full.needles if n in raw] == []
    # the other case and the shared person are untouched
    assert OTHER_CANARY.encode() in plain and SHARED.encode() in plain
    assert vault.verify().ok
    vault.close()
    raw = _raw(vault_path)
    assert [n for n in full.needles + full.evidence_bytes if n in raw] == []
    assert record.kind is DestructionKind.DESTROYED


def test_destroy_removes_rows_and_keeps_proof(vault: CaseFile, full) -> None:
    before = vault.destruction.preview(full.case_id)
    record = vault.destruction.destroy(full.case_id, REASON, confirm=True)
    with pytest.raises(CaseNotFoundError):
        vault.cases.get(full.case_id)
    assert [c.id for c in vault.cases.list()] == [full.other_id]
    other = vault.people.for_case(full.other_id)
    assert [p.person.name for p in other] == [SHARED]
    assert vault.search.search("Vermeulen") == []
    assert vault.drafts.keys() == []
    assert (record.reference, record.reason, record.counts) == (full.reference, REASON,
                                                                before.counts)
    assert len(record.content_sha256) == 64 and record.actor == "T. Tester"
    assert record.confirmed == tuple(m.code for m in before.warnings)
    assert vault.destruction.records() == [record]
    # the case's audit lines stay in the chain without details
    lines = vault.audit.for_case(full.case_id)
    assert [e.action for e in lines][-1] == "case.destroyed"
    assert all(e.details == {"redacted_by": record.audit_id} for e in lines[:-1])
    kept = json.dumps(lines[-1].details, ensure_ascii=False)
    assert "Vermeulen" not in kept and full.reference in kept


def test_destroyed_ids_are_never_given_again(vault: CaseFile, full) -> None:
    vault.destruction.destroy(full.case_id, REASON, confirm=True)
    new = vault.cases.create(NewCase("Nieuw", CaseKind.PESTEN, at(20).date()))
    assert new.id > full.other_id and vault.audit.for_case(new.id)[0].action == "case.created"
    entry = vault.timeline.add(new.id, EntryKind.NOTITIE, "Nieuw", at(20))
    assert len(vault.audit.entries(object_type="entry", object_id=entry.id)) == 1
    item = vault.evidence.import_bytes(new.id, b"nieuw bewijs", "nieuw.txt")
    assert len(vault.audit.entries(object_type="evidence", object_id=item.id)) == 1
    assert vault.verify().ok


def test_verify_sees_a_changed_redaction(vault: CaseFile, vault_path: Path, full) -> None:
    record = vault.destruction.destroy(full.case_id, REASON, confirm=True)
    conn = vault._gateway.conn
    for trigger in ("audit_log_no_update",):
        conn.execute(f"DROP TRIGGER {trigger}")
    first = vault.audit.for_case(full.case_id)[0].id
    conn.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (first,))
    problems = [m.code for m in vault.audit.verify().problems]
    assert problems == ["audit.line_changed"]
    assert record.audit_id > first


def test_triggers_refuse_deleting_outside_the_audited_path(vault: CaseFile, full) -> None:
    conn = vault._gateway.conn
    for sql in ("DELETE FROM evidence_items WHERE case_id = ?",
                "DELETE FROM evidence_chunks WHERE item_id IN"
                " (SELECT id FROM evidence_items WHERE case_id = ?)",
                "DELETE FROM evidence_metadata WHERE item_id IN"
                " (SELECT id FROM evidence_items WHERE case_id = ?)",
                "UPDATE audit_log SET details = json_object('redacted_by', 1) WHERE id = ?"):
        with pytest.raises(Exception, match=r"evidence|audit|metadata"):
            conn.execute(sql, (full.case_id,))


def test_fts_secure_delete_and_secure_delete_are_on(vault: CaseFile) -> None:
    conn = vault._gateway.conn
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    config = dict(conn.execute("SELECT k, v FROM search_index_config").fetchall())
    assert config.get("secure-delete") == 1


def test_statement_pdf(vault: CaseFile, tmp_path: Path, full) -> None:
    from pypdf import PdfReader

    record = vault.destruction.destroy(full.case_id, REASON, confirm=True)
    target = vault.destruction.export_statement(record.audit_id, tmp_path / "verklaring.pdf")
    assert target.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("Verklaring van vernietiging", full.reference, REASON, "T. Tester",
                     record.content_sha256[:40], f"{record.audit_id} (controlewaarde"):
        assert expected in text
    assert "Vermeulen" not in text
    exported = vault.audit.entries(action_prefix="destruction.statement_exported")
    assert len(exported) == 1 and exported[0].object_id == record.audit_id
    assert vault.verify().ok
