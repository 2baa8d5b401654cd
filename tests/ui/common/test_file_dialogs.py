"""The file dialog wrappers: always Qt's own dialog, and no path after a lock."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from ui.common import file_dialogs


def test_a_lock_while_the_dialog_is_open_returns_no_path(
        qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    options: list[QFileDialog.Option] = []

    def chosen_while_locking(*_args: object, **kwargs: object) -> tuple[list[str], str]:
        options.append(kwargs["options"])  # type: ignore[arg-type]
        file_dialogs.note_lock()  # the vault locks while the dialog is open
        return ["/home/x/screenshot.png"], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen_while_locking)
    assert file_dialogs.get_open_file_names(None, "Bewijs toevoegen") == ([], "")
    assert options[0] & QFileDialog.Option.DontUseNativeDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: (["/home/x/screenshot.png"], ""))
    assert file_dialogs.get_open_file_names(None, "Bewijs toevoegen") == (
        ["/home/x/screenshot.png"], "")


def test_given_options_are_kept(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[QFileDialog.Option] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *_a, **k: seen.append(k["options"]) or "/map")
    assert file_dialogs.get_existing_directory(None, "Map") == "/map"
    assert seen[0] & QFileDialog.Option.ShowDirsOnly
    assert seen[0] & QFileDialog.Option.DontUseNativeDialog


def test_the_last_folder_is_remembered_in_memory_until_a_lock(
        qapp, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    documents = tmp_path / "Documenten"
    chosen = tmp_path / "exports"
    for folder in (documents, chosen):
        folder.mkdir()
    monkeypatch.setattr(file_dialogs, "_documents", lambda: str(documents))
    file_dialogs.note_lock()  # a clean start
    starts: list[str] = []

    def save(_parent: object, _caption: str, start: str, *_a: object, **_k: object
             ) -> tuple[str, str]:
        starts.append(start)
        return str(chosen / "dossier-2026-001.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _c, start, *_a, **_k: (
        starts.append(start) or ("", "")))
    file_dialogs.get_open_file_name(None, "Vergelijk")           # nothing given: Documents
    file_dialogs.get_save_file_name(None, "Opslaan", str(documents / "dossier-2026-001.pdf"))
    file_dialogs.get_save_file_name(None, "Opslaan", str(documents / "brief-2026-002.pdf"))
    file_dialogs.get_open_file_name(None, "Vergelijk", "")
    file_dialogs.get_open_file_name(None, "Back-up", str(tmp_path))  # a particular folder
    file_dialogs.note_lock()
    file_dialogs.get_open_file_name(None, "Vergelijk")
    assert starts == [str(documents), str(documents / "dossier-2026-001.pdf"),
                      str(chosen / "brief-2026-002.pdf"), str(chosen), str(tmp_path),
                      str(documents)]
    assert file_dialogs.last_folder() == ""  # nothing is kept after the lock


def test_qt_dialog_labels_are_dutch(dutch, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def look(*_a: object, **_k: object) -> tuple[str, str]:
        dialog = QFileDialog(None, "Kies", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()
        qtbot.waitUntil(lambda: "Look" not in dialog.labelText(
            QFileDialog.DialogLabel.LookIn), timeout=2000)
        seen["look"] = dialog.labelText(QFileDialog.DialogLabel.LookIn)
        seen["type"] = dialog.labelText(QFileDialog.DialogLabel.FileType)
        dialog.close()
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", look)
    file_dialogs.get_open_file_name(None, "Kies")
    assert seen == {"look": "Zoeken in:", "type": "Bestanden van type:"}
