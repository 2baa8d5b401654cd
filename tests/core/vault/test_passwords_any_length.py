"""Issue 19 (6): passwords of any reasonable length, NFC, stdin lines defined."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cli.passwords import PasswordSource
from app.errors import InvalidInputError, WeakPasswordError
from app.passwords import MAX_LENGTH, assess_password
from app.vault import connection

ROOT = Path(__file__).resolve().parents[3]
SENTENCE = ("Op dinsdag fietste de oude bibliothecaris met zeven groene paraplu's "
            "langs de haven van Harlingen")


def test_an_86_character_sentence_is_scored_and_opens(tmp_path: Path) -> None:
    """Why 5: the strength library refused input over 72 characters (ValueError)."""
    assert len(SENTENCE) > 86
    assert assess_password(SENTENCE).acceptable
    for length in range(1, 200):
        assess_password(SENTENCE[:length])  # every keystroke in the meter: no exception
    path = tmp_path / "kluis.pestdossier"
    CaseFile.create(path, SENTENCE).close()
    CaseFile.open(path, SENTENCE).close()


def test_up_to_1024_characters_then_a_clear_refusal(tmp_path: Path) -> None:
    long = (SENTENCE * 20)[:MAX_LENGTH]
    assert assess_password(long).acceptable
    path = tmp_path / "kluis.pestdossier"
    CaseFile.create(path, long).close()
    CaseFile.open(path, long).close()
    with pytest.raises(WeakPasswordError) as caught:
        CaseFile.create(tmp_path / "b.pestdossier", long + "x")
    assert caught.value.code == "password.too_long"


def test_nfc_and_nfd_spellings_open_the_same_vault(tmp_path: Path) -> None:
    composed = "Crème brûlée bij café Noël, twee keer"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    path = tmp_path / "kluis.pestdossier"
    CaseFile.create(path, decomposed, check_strength=False).close()
    CaseFile.open(path, composed).close()
    CaseFile.open(path, decomposed).close()


def test_a_vault_keyed_before_normalisation_still_opens(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    decomposed = unicodedata.normalize("NFD", "Crème brûlée bij café Noël, twee keer")
    path = tmp_path / "oud.pestdossier"
    monkeypatch.setattr(connection, "encode_password", lambda p: p.encode("utf-8"))
    CaseFile.create(path, decomposed, check_strength=False).close()
    monkeypatch.undo()
    with CaseFile.open(path, decomposed) as cf:
        cf.check_password(decomposed)
        cf.change_password(decomposed, "Een nieuw wachtwoord, netjes in NFC",
                           check_strength=False)
    CaseFile.open(path, "Een nieuw wachtwoord, netjes in NFC").close()


def _lines(data: bytes, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    fake = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    source = PasswordSource(True)
    found = []
    with pytest.raises(InvalidInputError):
        while True:
            found.append(source.ask())
    return found


def test_stdin_lines_are_defined(monkeypatch: pytest.MonkeyPatch) -> None:
    """Why 5: a "\\r" inside a password silently cut it."""
    assert _lines(b"een\r\ntwee\n", monkeypatch) == ["een", "twee"]
    assert _lines(b"met\rin het midden\n", monkeypatch) == ["met\rin het midden"]
    assert _lines(b"zonder einde", monkeypatch) == ["zonder einde"]
    assert _lines("a\u2028b\n".encode(), monkeypatch) == ["a\u2028b"]


def test_invalid_utf8_on_stdin_is_a_clear_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "cases", str(tmp_path / "k.pestdossier"),
         "--password-stdin"], cwd=ROOT, input=b"\xff\xfe wachtwoord\n",
        capture_output=True, timeout=60, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode != 0
    assert "geen geldige UTF-8" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
