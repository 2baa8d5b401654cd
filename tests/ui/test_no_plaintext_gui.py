"""Working in the GUI leaves no case data in plaintext: not in the settings, the data or
cache folders, the temp folder, or beside the vault."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from ui.shell.main_window import MainWindow

from .helpers import visible_texts

CANARIES = ("KANARIE-gui-titel-4b1d", "KANARIE-gui-notitie-77aa", "KANARIE-Gui-Naam")


def _hits(folder: Path) -> list[str]:
    patterns = [c.encode(enc) for c in CANARIES for enc in ("utf-8", "utf-16-le")]
    return [f"{p.relative_to(folder)}" for p in folder.rglob("*")
            if p.is_file() and any(pattern in p.read_bytes() for pattern in patterns)]


def test_gui_session_leaves_no_plaintext(make_window, qtbot, vault, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    case = vault.cases.create(NewCase(CANARIES[0], CaseKind.PESTEN, date(2026, 11, 20)))
    vault.people.add_new_to_case(case.id, CANARIES[2], Role.GEPESTE)
    vault.timeline.add(case.id, EntryKind.NOTITIE, CANARIES[1], vault.clock.now())

    window: MainWindow = make_window()
    window.start(vault)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: any(CANARIES[0] in t for t in visible_texts(window)))
    window.lock()
    assert not any(c in t for t in visible_texts(window) for c in CANARIES)
    window.close()

    assert _hits(tmp_path) == []
