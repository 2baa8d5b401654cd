"""Importing evidence: hashing, detection by content, metadata with history, links,
duplicates and every kind of bad input. A real encrypted vault per test."""

from __future__ import annotations

import hashlib
import io
import os
import pathlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import Case, CaseKind, EntryKind, Role
from app.errors import DiskFullError, InvalidInputError, NotFoundError
from app.evidence import (
    Account,
    Action,
    Circulation,
    DuplicateEvidenceError,
    EmptyFileError,
    EvidenceKind,
    EvidenceMetadata,
    EvidenceSource,
    EvidenceStore,
    EvidenceTooLargeError,
    ImportCancelledError,
    UnreadableFileError,
)
from app.evidence.model import CHUNK_SIZE
from app.wording import dutch

PASSWORD = "a strong test passphrase 123"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "whatsapp"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[CaseFile]:
    v = CaseFile.create(tmp_path / "v.pestdossier", PASSWORD, check_strength=False)
    yield v
    v.close()


@pytest.fixture
def case(vault: CaseFile) -> Case:
    return vault.cases.create(NewCase("Klassenapp", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))


@pytest.fixture
def store(vault: CaseFile) -> EvidenceStore:
    return vault.evidence


def png_bytes(size: tuple[int, int] = (120, 200), color: tuple[int, int, int] = (200, 30, 30),
              fmt: str = "PNG", **save: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, fmt, **save)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def count(vault: CaseFile, table: str) -> int:
    return int(vault._gateway.query(f"SELECT count(*) FROM {table}")[0][0])


# ----------------------------------------------------------------------------- hashing
@pytest.mark.parametrize("size", [1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1,
                                  3 * CHUNK_SIZE + 17])
def test_hash_equals_hashlib_and_bytes_round_trip(tmp_path, store, case, size) -> None:
    data = bytes((i * 31 + 7) % 251 for i in range(min(size, 4096))) * (size // 4096 + 1)
    data = data[:size]
    path = write(tmp_path / "bestand.bin", data)
    item = store.import_file(case.id, path)
    assert item.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert item.size == size
    assert store.read_bytes(item.id) == data
    assert b"".join(store.iter_chunks(item.id)) == data
    assert item.label == "B1"
    assert item.imported_by == "vertrouwenspersoon"


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=1, max_size=5000), name=st.text(min_size=1, max_size=80))
def test_pasted_bytes_and_any_unicode_name(store, case, data, name) -> None:
    try:
        item = store.import_bytes(case.id, data, name)
    except DuplicateEvidenceError as exc:
        item = exc.existing
    else:
        assert item.original_name == name
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert store.read_bytes(item.id) == data


def test_unicode_file_names(tmp_path, store, case) -> None:
    names = ["schermafbeelding 😡 — Ω 日本語.png", "\u202eexe.png", "naam met\nregeleinde.png",
             "ééé ïïï ĳ.png"]
    for i, name in enumerate(names):
        item = store.import_file(case.id, write(tmp_path / name, png_bytes(color=(i, 1, 2))))
        assert item.original_name == name
        assert item.kind is EvidenceKind.SCREENSHOT


# ----------------------------------------------------------------------------- detection
def test_type_is_detected_by_content_not_name(tmp_path, store, case) -> None:
    disguised = store.import_file(case.id, write(tmp_path / "notities.txt", png_bytes()))
    assert (disguised.kind, disguised.mime_type) == (EvidenceKind.SCREENSHOT, "image/png")
    assert (disguised.width, disguised.height) == (120, 200)
    assert disguised.has_thumbnail
    pdf = store.import_file(case.id, write(tmp_path / "a.jpg", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n"))
    assert pdf.kind is EvidenceKind.PDF
    mp4 = store.import_file(case.id, write(tmp_path / "clip",
                                           b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 200))
    assert mp4.kind is EvidenceKind.VIDEO
    eml = store.import_file(case.id, write(tmp_path / "bericht", (
        b"Return-Path: <x@example.org>\r\nFrom: Anoniem <x@example.org>\r\n"
        b"To: noor@example.org\r\nSubject: jij\r\nDate: Mon, 3 Nov 2025 19:02:00 +0100\r\n"
        b"\r\nWe weten waar je woont.\r\n")))
    assert eml.kind is EvidenceKind.EMAIL
    heic = store.import_bytes(case.id, b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
                              + bytes(200), "IMG_0001.HEIC")
    assert (heic.kind, heic.mime_type) == (EvidenceKind.PHOTO, "image/heic")
    assert [w.code for w in heic.warnings] == ["evidence.no_preview"] and not heic.has_thumbnail
    other = store.import_file(case.id, write(tmp_path / "x.png", b"\x01\x02\x03 not a picture"))
    assert other.kind is EvidenceKind.DOCUMENT
    assert not other.has_thumbnail


def test_photo_exif_date_and_device(tmp_path, store, case) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Fairphone"
    exif[0x0110] = "FP5"
    exif.get_ifd(0x8769)[0x9003] = "2025:11:03 19:02:11"
    path = write(tmp_path / "foto.jpg", png_bytes(fmt="JPEG", exif=exif.tobytes()))
    item = store.import_file(case.id, path)
    assert item.kind is EvidenceKind.PHOTO
    assert item.exif_device == "Fairphone FP5"
    assert item.exif_taken_at == "2025-11-03T19:02:11"
    assert item.file_modified_at is not None
    assert item.file_modified_at.tzinfo is not None


def test_counsellor_may_call_an_image_a_photo_of_a_screen(store, case) -> None:
    item = store.import_bytes(case.id, png_bytes(), "scherm.png", kind=EvidenceKind.PHOTO,
                              source=EvidenceSource.SCREEN_CAPTURE,
                              captured_at=datetime(2026, 11, 22, 13, 0, tzinfo=UTC))
    assert item.kind is EvidenceKind.PHOTO
    assert item.source is EvidenceSource.SCREEN_CAPTURE
    assert item.file_modified_at == datetime(2026, 11, 22, 13, 0, tzinfo=UTC)


# ----------------------------------------------------------------------------- bad input
def test_zero_byte_file_stores_nothing(tmp_path, vault, store, case) -> None:
    with pytest.raises(EmptyFileError, match="leeg"):
        store.import_file(case.id, write(tmp_path / "leeg.png", b""))
    with pytest.raises(EmptyFileError):
        store.import_bytes(case.id, b"", "plak.png")
    assert count(vault, "evidence_items") == count(vault, "evidence_chunks") == 0


def test_truncated_image_is_kept_as_document_with_warning(tmp_path, store, case) -> None:
    noisy = Image.effect_noise((400, 400), 64).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, "PNG")
    whole = out.getvalue()
    item = store.import_file(case.id, write(tmp_path / "kapot.png", whole[: len(whole) // 2]))
    assert item.kind is EvidenceKind.DOCUMENT
    assert [w.code for w in item.warnings] == ["evidence.damaged_image"]
    assert "beschadigd" in dutch(item.warnings[0])
    assert not item.has_thumbnail
    assert store.make_thumbnail(item.id) is False
    assert store.read_bytes(item.id) == whole[: len(whole) // 2]


def test_garbage_with_image_magic_never_crashes(store, case) -> None:
    for i, junk in enumerate([b"\x89PNG\r\n\x1a\n" + b"\xff" * 50, b"\xff\xd8\xff\xe0" + b"\0" * 9,
                              b"GIF89a" + bytes(range(256)) * 3, b"BM" + b"\x7f" * 60]):
        item = store.import_bytes(case.id, junk + bytes([i]), f"rommel{i}")
        assert item.kind in (EvidenceKind.DOCUMENT, EvidenceKind.SCREENSHOT)
        assert item.sha256 == hashlib.sha256(junk + bytes([i])).hexdigest()


def test_unreadable_file_gives_dutch_error(tmp_path, vault, store, case, monkeypatch) -> None:
    path = write(tmp_path / "geheim.png", png_bytes())
    real_open = pathlib.Path.open
    real_os_open = os.open

    def guarded(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    def guarded_os(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if pathlib.Path(name) == path:
            raise PermissionError(13, "Permission denied")
        return real_os_open(name, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded)
    monkeypatch.setattr(os, "open", guarded_os)  # the importer opens without blocking
    with pytest.raises(UnreadableFileError, match="geen toegang"):
        store.import_file(case.id, path)
    with pytest.raises(UnreadableFileError, match="bestaat niet"):
        store.import_file(case.id, tmp_path / "weg.png")
    with pytest.raises(UnreadableFileError, match="map"):
        store.import_file(case.id, tmp_path)
    assert count(vault, "evidence_items") == 0


def test_size_limit_is_a_vault_setting(tmp_path, vault, store, case) -> None:
    assert store.max_import_bytes == 4 * 1024**3
    store.set_max_import_bytes(CHUNK_SIZE)
    with pytest.raises(EvidenceTooLargeError, match=r"te groot .*grens"):
        store.import_file(case.id, write(tmp_path / "video.mp4", b"v" * (CHUNK_SIZE + 1)))
    assert count(vault, "evidence_chunks") == 0
    with pytest.raises(InvalidInputError):
        store.set_max_import_bytes(10)


def test_cancel_leaves_no_partial_item(tmp_path, vault, store, case) -> None:
    path = write(tmp_path / "groot.bin", b"x" * (5 * CHUNK_SIZE))
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError, match="niets opgeslagen"):
        store.import_file(case.id, path, progress=lambda d, t: seen.append((d, t)),
                          cancel=lambda: len(seen) >= 2)
    assert seen[:2] == [(CHUNK_SIZE, 5 * CHUNK_SIZE), (2 * CHUNK_SIZE, 5 * CHUNK_SIZE)]
    assert count(vault, "evidence_items") == count(vault, "evidence_chunks") == 0
    assert vault.audit.entries(action_prefix="evidence.") == []


def test_disk_full_leaves_nothing_half_written(tmp_path, vault, store, case) -> None:
    pages = vault._gateway.conn.execute("PRAGMA page_count").fetchone()[0]
    vault._gateway.conn.execute(f"PRAGMA max_page_count = {pages + 100}")
    with pytest.raises(DiskFullError):
        store.import_file(case.id, write(tmp_path / "vol.bin", b"z" * (3 * CHUNK_SIZE)))
    assert count(vault, "evidence_items") == count(vault, "evidence_chunks") == 0
    vault._gateway.conn.execute("PRAGMA max_page_count = 4294967294")
    assert store.import_file(case.id, tmp_path / "vol.bin").size == 3 * CHUNK_SIZE


def test_unknown_case_is_refused(store) -> None:
    with pytest.raises(NotFoundError):
        store.import_bytes(999, b"abc", "x")


# ----------------------------------------------------------------------------- duplicates
def test_duplicate_in_case_names_the_existing_item(tmp_path, vault, store, case) -> None:
    path = write(tmp_path / "een.png", png_bytes())
    first = store.import_file(case.id, path)
    copy = write(tmp_path / "kopie van een.png", path.read_bytes())
    with pytest.raises(DuplicateEvidenceError) as caught:
        store.import_file(case.id, copy)
    assert caught.value.existing.id == first.id
    assert "B1" in caught.value.message
    assert count(vault, "evidence_items") == 1
    other = vault.cases.create(NewCase("Andere melding", CaseKind.ONLINE_PESTEN,
                                       date(2026, 11, 3)))
    again = store.import_file(other.id, copy)  # one dossier per complaint: allowed there
    assert {i.id for i in store.find_by_sha256(first.sha256 or "")} == {first.id, again.id}
    assert [i.id for i in store.find_by_sha256(first.sha256 or "", case.id)] == [first.id]


# ----------------------------------------------------------------------------- metadata
def test_metadata_history_keeps_every_version(vault, store, case) -> None:
    first = EvidenceMetadata(platform="TikTok", urls=("https://tiktok.com/@x/video/1",),
                             accounts=(Account("@nepaccount", "Noor is stom", "TikTok"),),
                             shown_at="gisteren 21:14", description="Filmpje met spotnaam",
                             collected_with="Noor", device="telefoon van Noor")
    item = store.import_bytes(case.id, png_bytes(), "tiktok.png", metadata=first)
    assert item.metadata == first
    second = EvidenceMetadata(**{**first.__dict__, "actions": (Action.BLOCKED,
                                                               Action.REPORTED_TO_PLATFORM)})
    store.update_metadata(item.id, second)
    third = store.update_metadata(item.id, EvidenceMetadata(**{**second.__dict__,
                                                              "description": "Verwijderd"}))
    assert third.metadata_version == 3 and third.metadata.description == "Verwijderd"
    history = store.metadata_history(item.id)
    assert [h.version for h in history] == [1, 2, 3]
    assert history[0].metadata == first
    assert history[1].metadata.actions == (Action.BLOCKED, Action.REPORTED_TO_PLATFORM)
    assert store.update_metadata(item.id, third.metadata).metadata_version == 3  # no-op
    assert third.sha256 == item.sha256
    changes = vault.audit.entries(action_prefix="evidence.metadata")
    assert [c.details["version"] for c in changes] == [2, 3]
    assert [h.reference for h in vault.search.search("nepaccount")] == [case.reference]
    with pytest.raises(InvalidInputError):
        store.update_metadata(item.id, EvidenceMetadata(urls=("geen url met spaties",)))


# ----------------------------------------------------------------------------- links
def test_links_to_entries_people_and_collection_session(vault, store, case) -> None:
    a = store.import_bytes(case.id, png_bytes(color=(1, 1, 1)), "a.png")
    b = store.import_bytes(case.id, png_bytes(color=(2, 2, 2)), "b.png")
    noor = vault.people.add_new_to_case(case.id, "Noor", Role.GEPESTE).person
    store.link_person(a.id, noor.id, "afgebeeld")
    assert [(p.name, rel) for p, rel in store.linked_people(a.id)] == [("Noor", "afgebeeld")]
    started = datetime(2026, 11, 22, 13, 0, tzinfo=UTC)
    entry = store.record_collection_session(case.id, ["Noor", "mentor"], started, [a, b.id],
                                            notes="Noor was rustig.")
    assert entry.kind is EntryKind.GESPREK
    assert "B1" in entry.text and "B2" in entry.text and a.sha256 in entry.text
    assert "Noor was rustig." in entry.text and entry.with_whom == "Noor, mentor"
    assert [i.id for i in store.items_for_entry(entry.id)] == [a.id, b.id]
    assert [e.id for e in store.linked_entries(a.id)] == [entry.id]
    store.unlink_entry(a.id, entry.id)
    store.unlink_person(a.id, noor.id)
    assert store.linked_entries(a.id) == [] and store.linked_people(a.id) == []
    other = vault.cases.create(NewCase("Ander", CaseKind.PESTEN, date(2026, 11, 3)))
    with pytest.raises(InvalidInputError):
        store.record_collection_session(other.id, ["x"], started, [a])


def test_record_described_only_stores_no_bytes(vault, store, case) -> None:
    item = store.record_described_only(
        case.id, "Naaktfoto van een leerling, doorgestuurd in de klassengroep.",
        Circulation(where="WhatsApp", groups=("Klas 2B",), first_sender="onbekend nummer",
                    first_seen="vrijdag 22:00", estimated_reach="ongeveer 30 leerlingen"))
    assert item.kind is EvidenceKind.DESCRIBED_ONLY and item.sha256 is None
    assert item.size == 0 and not item.has_bytes
    assert item.metadata.circulation.groups == ("Klas 2B",)
    assert count(vault, "evidence_chunks") == 0
    with pytest.raises(InvalidInputError):
        store.read_bytes(item.id)
    with pytest.raises(InvalidInputError):
        store.record_described_only(case.id, "  ", Circulation())
    from app.evidence import DESCRIBED_ONLY_ADVICE_NL

    assert "Helpwanted" in DESCRIBED_ONLY_ADVICE_NL and "politie" in DESCRIBED_ONLY_ADVICE_NL


# ----------------------------------------------------------------------------- chats
def _zip(members: dict[str, bytes]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_import_file_recognises_chat_exports(tmp_path, store, case) -> None:
    from app.evidence.whatsapp import parse_chat_export

    text = (FIXTURES / "android_en_gb_24h.txt").read_bytes()
    chat = store.import_file(case.id, write(tmp_path / "WhatsApp Chat with Klas.txt", text))
    assert chat.kind is EvidenceKind.CHAT and chat.mime_type == "text/plain"
    parsed = parse_chat_export(text, "x.txt")
    summary = store.chat_summary(chat.id)
    assert summary is not None and summary.message_count == len(parsed.messages)
    assert summary.authors == parsed.authors
    assert store.chat_messages(chat.id) == list(parsed.messages)
    zipped = _zip({"_chat.txt": (FIXTURES / "ios_en_12h.txt").read_bytes(),
                   "00000003-PHOTO-2025-11-03-19-05-00.jpg": png_bytes(fmt="JPEG")})
    item = store.import_file(case.id, write(tmp_path / "export.zip", zipped))
    assert item.kind is EvidenceKind.CHAT and item.mime_type == "application/zip"
    assert store.read_bytes(item.id) == zipped


def test_zip_that_is_no_chat_stays_a_plain_document(tmp_path, store, case) -> None:
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    item = store.import_file(case.id, write(tmp_path / "verslag.docx", docx))
    assert item.kind is EvidenceKind.DOCUMENT and item.warnings == ()
    explicit = store.import_chat(case.id, write(tmp_path / "chat.zip", _zip({"a.jpg": b"x"})))
    assert explicit.kind is EvidenceKind.DOCUMENT
    assert [w.code for w in explicit.warnings] == ["evidence.not_a_chat"]
    assert "zip" in dutch(explicit.warnings[0])
    assert store.chat_summary(explicit.id) is None
