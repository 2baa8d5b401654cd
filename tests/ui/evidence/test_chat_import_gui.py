"""The evidence tab's "Chat export..." reads a Telegram export like a WhatsApp one."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.evidence import EvidenceKind

from .test_evidence import desk_fixture, wait_idle

__all__ = ["desk_fixture"]  # the `desk` fixture, shared with test_evidence

RESULT = Path(__file__).resolve().parents[2] / "fixtures" / "telegram" / "result.json"


def _pick(monkeypatch, path: Path, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    def chooser(parent, title, folder, filters):  # type: ignore[no-untyped-def]
        seen.append(filters)
        return [str(path)], ""
    monkeypatch.setattr("ui.evidence.intake.get_open_file_names", chooser)


def test_chat_export_button_imports_a_telegram_export(desk, qtbot, monkeypatch) -> None:
    export = desk.files / "Telegram Brugklas C.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("ChatExport_2025-11-04/result.json", RESULT.read_bytes())
    filters: list[str] = []
    _pick(monkeypatch, export, filters)
    button = desk.panel.toolbar.btn_chat
    assert button.text() == "Chatexport..."
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk.panel)
    assert "*.json" in filters[0]
    [item] = desk.store.list_for_case(desk.case.id)
    assert item.kind is EvidenceKind.CHAT and item.warnings == ()
    summary = desk.store.chat_summary(item.id)
    assert summary is not None and summary.platform_variant == "telegram"
    assert summary.message_count == 8


def test_unreadable_telegram_export_is_kept_as_a_document_with_the_reason(
        desk, qtbot, monkeypatch) -> None:
    broken = desk.files / "result.json"
    broken.write_bytes(io.BytesIO(b'{"messages": [{"date": "nooit", "text": "x"}]}').read())
    _pick(monkeypatch, broken, [])
    QTest.mouseClick(desk.panel.toolbar.btn_chat, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk.panel)
    [item] = desk.store.list_for_case(desk.case.id)
    assert item.kind is EvidenceKind.DOCUMENT
    assert [w.code for w in item.warnings] == ["evidence.not_a_chat"]
    assert "geen Telegram-export" in desk.messages[-1]
