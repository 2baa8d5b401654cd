"""Telegram's JSON export (result.json, or the zip of its folder) as a chat source."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.evidence import EvidenceKind
from app.evidence.chat_export import looks_like_chat_export, parse_chat_export
from app.evidence.whatsapp import ChatFormatError
from app.wording import dutch

RESULT = Path(__file__).resolve().parents[2] / "fixtures" / "telegram" / "result.json"
PHOTO = "photos/photo_1@03-11-2025_19-06-02.jpg"


def folder_zip(extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ChatExport_2025-11-04/result.json", RESULT.read_bytes())
        archive.writestr(f"ChatExport_2025-11-04/{PHOTO}", b"\xff\xd8\xff\xe0 foto")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def test_result_json_is_a_transcript():
    data = RESULT.read_bytes()
    assert looks_like_chat_export(data, "result.json")
    chat = parse_chat_export(data, "result.json")
    assert (chat.platform_variant, chat.date_order, len(chat.messages)) == ("telegram", "ISO", 8)
    assert chat.authors == ("Jesse Vos", "Tobias", "Fenna Bakker", "user1000009")
    assert chat.first_message_at() == datetime(2025, 11, 3, 19, 2, 11)
    assert chat.last_message_at() == datetime(2025, 11, 4, 8, 30)
    system = [m for m in chat.messages if m.is_system]
    assert [m.index for m in system] == [0, 7] and all(m.sender is None for m in system)
    assert system[1].text == "Jesse Vos: remove members: Fenna Bakker"
    assert system[0].text == "Jesse Vos: create group: Brugklas C, Jesse Vos, Fenna Bakker, Tobias"
    entities = chat.messages[3]
    assert entities.text == "kijk hier https://voorbeeld.invalid/filmpje haha"
    assert entities.edited_at == datetime(2025, 11, 3, 19, 9, 12)
    assert chat.messages[4].text == "haal dat weg\nnu meteen"
    photo = chat.messages[2]
    assert photo.attachment == "photo_1@03-11-2025_19-06-02.jpg"
    assert not photo.attachment_present  # a bare result.json carries no files
    assert chat.messages[5].media_omitted and chat.messages[5].attachment is None
    assert chat.messages[6].attachment == "rooster.pdf"


def test_zip_of_the_export_folder_marks_included_files():
    data = folder_zip()
    assert looks_like_chat_export(data, "Telegram.zip")
    chat = parse_chat_export(data, "Telegram.zip")
    assert chat.platform_variant == "telegram" and len(chat.messages) == 8
    assert chat.messages[2].attachment_present
    assert not chat.messages[6].attachment_present  # files/rooster.pdf is not in the zip
    assert chat.attachments_in_archive == (f"ChatExport_2025-11-04/{PHOTO}",)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'{"messages": [{"id": 1, "date": "gisteren", "type": "message", "text": "x"}]}',
         "chat.telegram_damaged"),
        (b'{"name": "x", "messages": [], "date": 1}', "chat.telegram_no_messages"),
        (b'{"about": "x", "chats": {"list": []}, "messages": "nee", "date": ""}',
         "chat.telegram_full_export"),
        (b'{"messages": [{"date": "2025-11-03T19:02:11", "text": ', "chat.telegram_not_json"),
        (b'{"messages": [1, 2], "date": "2025-11-03T19:02:11"}', "chat.telegram_damaged"),
    ],
)
def test_unreadable_telegram_json_raises_a_clear_code(data, code):
    with pytest.raises(ChatFormatError) as caught:
        parse_chat_export(data, "result.json")
    assert caught.value.code == code
    assert dutch(caught.value.as_message()).startswith("Dit bestand is geen Telegram-export")


def test_zip_with_two_results_is_refused():
    data = folder_zip({"tweede/result.json": RESULT.read_bytes()})
    with pytest.raises(ChatFormatError) as caught:
        parse_chat_export(data, "dubbel.zip")
    assert caught.value.code == "chat.zip_with_several_chats"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[CaseFile]:
    with CaseFile.create(tmp_path / "v.pestdossier", "a strong test passphrase 123",
                         check_strength=False) as opened:
        yield opened


def test_import_stores_transcript_search_and_edits(vault: CaseFile, tmp_path: Path):
    case = vault.cases.create(NewCase("Telegramgroep", CaseKind.ONLINE_PESTEN, date(2025, 11, 4)))
    path = tmp_path / "Telegram Brugklas C.zip"
    path.write_bytes(folder_zip())
    found = vault.evidence.import_file(case.id, path)  # recognised without asking
    assert found.kind is EvidenceKind.CHAT and found.mime_type == "application/zip"
    summary = vault.evidence.chat_summary(found.id)
    assert summary is not None and summary.platform_variant == "telegram"
    assert summary.message_count == 8
    stored = vault.evidence.chat_messages(found.id)
    assert stored == list(parse_chat_export(path.read_bytes(), path.name).messages)
    assert stored[3].edited_at == datetime(2025, 11, 3, 19, 9, 12)
    hits = vault.search.search("filmpje")
    assert [h.case_id for h in hits] == [case.id]
    bare = tmp_path / "result.json"
    bare.write_bytes(RESULT.read_bytes())
    item = vault.evidence.import_chat(case.id, bare, require_chat=True)
    assert item.kind is EvidenceKind.CHAT and item.mime_type == "text/plain"


def test_police_layout_names_telegram(vault: CaseFile, tmp_path: Path):
    from app.dossier.builder_evidence import chat_block, chat_files

    case = vault.cases.create(NewCase("Telegramgroep", CaseKind.ONLINE_PESTEN, date(2025, 11, 4)))
    path = tmp_path / "export.zip"
    path.write_bytes(folder_zip())
    item = vault.evidence.import_chat(case.id, path)
    block = chat_block(item, vault.evidence.chat_messages(item.id), ["Fenna Bakker"],
                       chat_files(item, vault.evidence), source="telegram")
    assert block.platform == "Telegram"
    assert block.messages[3].text.endswith("(bewerkt 03-11-2025 19:09)")
    assert block.messages[4].from_subject
    assert block.messages[2].attachment == "photo_1@03-11-2025_19-06-02.jpg"
    assert not block.messages[2].attachment_missing
    assert block.messages[2].attachment_sha256 == hashlib.sha256(b"\xff\xd8\xff\xe0 foto").hexdigest()
