"""Issue 11 (5): withdrawing evidence and timeline entries added by mistake.

The content goes for good (decrypted copy, raw vault and WAL, search), the record stays
(number, hash, times, reason), the audit chain and `verify` stay whole, and the triggers
let only the audited path do it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import Case, CaseKind, EntryKind
from app.errors import InvalidInputError, PestdossierError
from app.evidence import EvidenceKind
from app.wording import dutch
from tests.core.evidence.test_evidence_integrity import (
    PASSWORD,
    canary_png,
    decrypt_copy,
    files_containing,
)

CHAT_CANARY = "KANARIE-CHAT-71be"
ENTRY_CANARY = "KANARIE-REGEL-33d0"
REVISION_CANARY = "KANARIE-VERSIE-8a41"


@contextlib.contextmanager
def refused(code: str) -> Iterator[None]:
    with pytest.raises(PestdossierError) as caught:
        yield
    assert caught.value.code == code


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "kluis"
    folder.mkdir()
    return folder / "v.pestdossier"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[CaseFile]:
    with CaseFile.create(vault_path, PASSWORD, check_strength=False) as v:
        yield v


@pytest.fixture
def case(vault: CaseFile) -> Case:
    return vault.cases.create(NewCase("Verkeerd bestand", CaseKind.ONLINE_PESTEN,
                                      date(2026, 11, 2)))


def chat_file(folder: Path) -> Path:
    path = folder / "WhatsApp-chat met Klas.txt"
    path.write_text("12-11-2026 14:05 - Sam: hoi\n"
                    f"12-11-2026 14:06 - Lex: {CHAT_CANARY} jij weer\n", encoding="utf-8")
    return path


def test_withdrawn_evidence_is_gone_but_its_record_stays(tmp_path, vault_path) -> None:
    png = canary_png()
    plain = tmp_path / "plain.db"
    with CaseFile.create(vault_path, PASSWORD, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Mis", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
        keep = vault.evidence.import_bytes(case.id, b"blijft staan", "blijft.txt")
        image = vault.evidence.import_bytes(case.id, png, "per-ongeluk.png")
        chat = vault.evidence.import_chat(case.id, chat_file(tmp_path))
        thumb = vault.evidence.thumbnail(image.id)
        assert thumb is not None and vault.search.search(CHAT_CANARY)
    needles = [png[200:264], thumb.data[len(thumb.data) // 2:][:64], CHAT_CANARY.encode()]
    assert all(n in decrypt_copy(vault_path, plain) for n in needles)  # positive control

    with CaseFile.open(vault_path, PASSWORD) as vault:
        store = vault.evidence
        gone = store.withdraw(image.id, "Verkeerde schermafbeelding, van een andere leerling.")
        store.withdraw(chat.id, "  Chat van een andere klas  ")
        assert gone.is_withdrawn and not gone.has_bytes and not gone.has_thumbnail
        assert (gone.number, gone.sha256, gone.size, gone.imported_at, gone.kind) == (
            image.number, image.sha256, image.size, image.imported_at, image.kind)
        assert gone.withdrawal_reason == "Verkeerde schermafbeelding, van een andere leerling."
        assert store.get(chat.id).withdrawal_reason == "Chat van een andere klas"
        assert store.chat_summary(chat.id) is None and store.chat_messages(chat.id) == []
        assert vault.search.search(CHAT_CANARY) == []
        with pytest.raises(InvalidInputError) as caught:
            store.read_bytes(image.id)
        assert caught.value.message == ("Bewijsstuk B2 is ingetrokken; het bestand is "
                                               "verwijderd.")
        with pytest.raises(InvalidInputError):
            vault.handover.export_original(image.id, tmp_path / "uit.png")
        assert not (tmp_path / "uit.png").exists()
        assert store.make_thumbnail(image.id) is False
        with refused("evidence.already_withdrawn"):
            store.withdraw(image.id, "nog eens")
        with refused("reason.missing"):
            store.withdraw(keep.id, "   ")
        # numbering continues, nothing is renumbered; the kept item is whole
        later = store.import_bytes(case.id, b"later bewijs", "later.txt")
        assert [i.label for i in store.list_for_case(case.id)] == ["B1", "B2", "B3", "B4"]
        assert later.label == "B4" and store.read_bytes(keep.id) == b"blijft staan"
        record = vault.audit.entries(action_prefix="evidence.withdrawn")
        assert [(e.object_id, e.details["sha256"]) for e in record] == [
            (image.id, image.sha256), (chat.id, chat.sha256)]
        report = vault.verify()
        assert report.ok, [dutch(p) for p in report.problems]
        assert Path(f"{vault_path}-wal").exists()  # the raw files while open, WAL included
        assert files_containing(vault_path.parent, needles) == []
    exported = decrypt_copy(vault_path, plain)
    assert [n for n in needles if n in exported] == []
    assert image.sha256 is not None and image.sha256.encode() in exported  # the hash stays
    assert files_containing(vault_path.parent, needles) == []


def test_the_triggers_refuse_withdrawal_outside_the_app(vault, case) -> None:
    item = vault.evidence.import_bytes(case.id, b"bewijs", "b.txt")
    conn = vault._gateway.conn
    stamp = "2026-11-30T10:00:00+00:00"
    with pytest.raises(sqlcipher.IntegrityError, match="evidence is immutable"):
        conn.execute("DELETE FROM evidence_chunks WHERE item_id = ?", (item.id,))
    with pytest.raises(sqlcipher.IntegrityError, match="withdrawal only through the app"):
        conn.execute("UPDATE evidence_items SET withdrawn_at = ? WHERE id = ?",
                     (stamp, item.id))
    entry = vault.timeline.add(case.id, EntryKind.NOTITIE, "tekst",
                               datetime(2026, 11, 20, tzinfo=UTC))
    with pytest.raises(sqlcipher.IntegrityError, match="withdrawal only through the app"):
        conn.execute("UPDATE entries SET withdrawn_at = ? WHERE id = ?", (stamp, entry.id))
    with pytest.raises(sqlcipher.IntegrityError, match="only with a revision"):
        conn.execute("UPDATE entries SET text = '', withdrawn_at = ? WHERE id = ?",
                     (stamp, entry.id))
    assert vault.evidence.read_bytes(item.id) == b"bewijs"
    # once withdrawn through the app, it cannot be undone or refilled
    vault.evidence.withdraw(item.id, "vergissing")
    vault.timeline.withdraw(entry.id, "vergissing")
    with pytest.raises(sqlcipher.IntegrityError, match="withdrawal only through the app"):
        conn.execute("UPDATE evidence_items SET withdrawn_at = NULL WHERE id = ?", (item.id,))
    with pytest.raises(sqlcipher.IntegrityError):
        conn.execute("UPDATE entries SET text = 'terug' WHERE id = ?", (entry.id,))
    with pytest.raises(sqlcipher.IntegrityError, match="withdrawn evidence has no picture"):
        conn.execute("INSERT INTO evidence_thumbnails VALUES (?, x'00', 'image/jpeg', 1, 1,"
                     " ?)", (item.id, stamp))
    assert vault.verify().ok


def test_verify_catches_bytes_removed_by_hand(vault, case) -> None:
    withdrawn = vault.evidence.import_bytes(case.id, b"mag weg", "weg.txt")
    emptied = vault.evidence.import_bytes(case.id, b"moet blijven", "blijf.txt")
    vault.evidence.withdraw(withdrawn.id, "vergissing")
    assert vault.verify().ok
    conn = vault._gateway.conn
    for trigger in ("evidence_chunks_no_delete", "evidence_items_withdrawal_audited"):
        conn.execute(f"DROP TRIGGER {trigger}")   # someone who drops them
    conn.execute("DELETE FROM evidence_chunks WHERE item_id = ?", (emptied.id,))
    conn.execute("UPDATE evidence_items SET withdrawn_at = '2026-11-30T10:00:00+00:00'"
                 " WHERE id = ?", (emptied.id,))
    problems = [dutch(p) for p in vault.verify().problems]
    assert problems == [f"Bewijs: bewijsstuk B2 van {case.reference} is ingetrokken zonder "
                        "regel in de auditlog; het is buiten de app om leeggemaakt."]


def test_withdrawn_entry_keeps_the_fact_not_the_text(tmp_path, vault_path) -> None:
    plain = tmp_path / "plain.db"
    with CaseFile.create(vault_path, PASSWORD, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Mis", CaseKind.PESTEN, date(2026, 11, 2)))
        when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
        entry = vault.timeline.add(case.id, EntryKind.GESPREK, f"Eerst {REVISION_CANARY}",
                                   when, with_whom="Lex Verkeerd")
        vault.timeline.edit_text(entry.id, f"Daarna {ENTRY_CANARY}")
        other = vault.timeline.add(case.id, EntryKind.NOTITIE, "blijft", when)
        assert vault.search.search(ENTRY_CANARY)
    needles = [ENTRY_CANARY.encode(), REVISION_CANARY.encode(), b"Lex Verkeerd"]
    assert all(n in decrypt_copy(vault_path, plain) for n in needles)

    with CaseFile.open(vault_path, PASSWORD) as vault:
        gone = vault.timeline.withdraw(entry.id, "Bij de verkeerde melding geschreven.")
        assert gone.is_withdrawn and gone.text == "" and gone.with_whom == ""
        assert (gone.kind, gone.occurred_at, gone.recorded_at) == (
            entry.kind, entry.occurred_at, entry.recorded_at)
        assert gone.withdrawal_reason == "Bij de verkeerde melding geschreven."
        assert vault.timeline.revisions(entry.id) == [] and gone.revision_count == 0
        assert vault.search.search(ENTRY_CANARY) == []
        assert vault.search.search(REVISION_CANARY) == []
        assert [e.id for e in vault.timeline.for_case(case.id)] == [entry.id, other.id]
        with refused("entry.withdrawn"):
            vault.timeline.edit_text(entry.id, "opnieuw")
        with refused("entry.already_withdrawn"):
            vault.timeline.withdraw(entry.id, "nog eens")
        audit = vault.audit.entries(action_prefix="entry.withdrawn")
        assert audit[0].details["reason"] == "Bij de verkeerde melding geschreven."
        assert audit[0].details["revisions"] == 1
        assert vault.verify().ok
    exported = decrypt_copy(vault_path, plain)
    assert [n for n in needles if n in exported] == []
    assert files_containing(vault_path.parent, needles) == []


def test_described_only_item_can_be_withdrawn_and_withdrawn_cannot_be_described(
        vault, case) -> None:
    from app.evidence import Circulation

    described = vault.evidence.record_described_only(case.id, "Een beschrijving.",
                                                     Circulation(where="Snapchat"))
    assert vault.evidence.withdraw(described.id, "dubbel").is_withdrawn
    item = vault.evidence.import_bytes(case.id, b"x" * 10, "x.bin")
    vault.evidence.withdraw(item.id, "vergissing")
    with refused("evidence.already_withdrawn"):
        vault.evidence.convert_to_described(item.id, "tekst", Circulation(where="x"))
    assert vault.evidence.get(item.id).kind is EvidenceKind.DOCUMENT
    assert vault.verify().ok
