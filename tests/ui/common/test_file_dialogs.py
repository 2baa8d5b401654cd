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
