"""Files that are not what their name or the command promises: a text named .png gets a
warning (kept as a document); import_chat(require_chat=True) of a non-chat keeps nothing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.evidence import EvidenceKind
from app.evidence.whatsapp import ChatFormatError
from app.messages import Message
from app.wording import dutch

PASSWORD = "a strong test passphrase 123"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[CaseFile]:
    v = CaseFile.create(tmp_path / "v.pestdossier", PASSWORD, check_strength=False)
    v.cases.create(NewCase("Klassenapp", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
    yield v
    v.close()


@pytest.mark.parametrize("name", ["x.png", "foto.JPG", "scherm.webp", "a.heic"])
def test_text_with_an_image_name_is_kept_as_document_with_a_warning(
        vault: CaseFile, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Dit is tekst, geen afbeelding.\n", encoding="utf-8")
    item = vault.evidence.import_file(1, path)
    assert item.kind is EvidenceKind.DOCUMENT
    assert item.warnings == (Message("evidence.not_an_image", name=name),)
    assert dutch(item.warnings[0]).startswith(f"'{name}' heeft de naam van een afbeelding")
    # the warning is stored with the item, not only returned once
    assert vault.evidence.get(item.id).warnings == item.warnings
    assert vault.evidence.read_bytes(item.id) == path.read_bytes()


def test_real_images_and_other_names_get_no_such_warning(
        vault: CaseFile, tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("RGB", (40, 60), (10, 20, 30)).save(out, "PNG")
    (tmp_path / "echt.png").write_bytes(out.getvalue())
    (tmp_path / "notitie.txt").write_text("tekst\n", encoding="utf-8")
    image = vault.evidence.import_file(1, tmp_path / "echt.png")
    text = vault.evidence.import_file(1, tmp_path / "notitie.txt")
    assert image.kind is EvidenceKind.SCREENSHOT and image.warnings == ()
    assert text.kind is EvidenceKind.DOCUMENT and text.warnings == ()


def test_required_chat_that_is_none_raises_and_stores_nothing(
        vault: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text("Gewoon een brief.\n", encoding="utf-8")
    with pytest.raises(ChatFormatError) as raised:
        vault.evidence.import_chat(1, path, require_chat=True)
    assert raised.value.code == "chat.no_timestamps"
    assert vault.evidence.list_for_case(1) == []


def test_required_chat_too_large_to_parse_raises(
        vault: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.evidence.store.CHAT_PARSE_LIMIT", 10)
    path = tmp_path / "chat.txt"
    path.write_text("03-11-2025 19:02 - Noor: hoi\n" * 3, encoding="utf-8")
    with pytest.raises(ChatFormatError) as raised:
        vault.evidence.import_chat(1, path, require_chat=True)
    assert raised.value.code == "chat.too_large"
    assert vault.evidence.list_for_case(1) == []
    kept = vault.evidence.import_chat(1, path)  # without require_chat: a document + warning
    assert kept.warnings == (Message("evidence.chat_too_large"),)
