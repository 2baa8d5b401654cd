"""Issue 19 (12): after lock the process still held the password. CaseFile keeps it only
for the backups' key, in a bytearray that is zeroed when the case file closes."""

from __future__ import annotations

from pathlib import Path

from app.casefile import CaseFile
from app.secret import SecretBuffer
from tests.conftest import PASSWORD


def test_secret_buffer_is_zeroed_in_place() -> None:
    secret = SecretBuffer("geheim wachtwoord")
    buffer = secret.raw
    assert buffer is not None and secret.reveal() == "geheim wachtwoord"
    secret.wipe()
    assert buffer == bytearray(len("geheim wachtwoord")) and secret.reveal() is None
    assert "geheim" not in repr(secret)


def test_closing_the_case_file_zeroes_its_password(tmp_path: Path) -> None:
    vault = CaseFile.create(tmp_path / "k.pestdossier", PASSWORD, check_strength=False)
    worker = vault.open_worker()
    held = vault._password.raw
    worker_held = worker._password.raw
    assert held is not None and held.decode("utf-8") == PASSWORD
    worker.close()
    assert worker_held == bytearray(len(worker_held or b""))
    assert held.decode("utf-8") == PASSWORD   # the worker had its own copy
    vault.close()
    assert held == bytearray(len(PASSWORD.encode("utf-8")))


def test_a_password_change_replaces_and_zeroes_the_old_one(tmp_path: Path) -> None:
    new = PASSWORD + " en nog wat"
    with CaseFile.create(tmp_path / "k.pestdossier", PASSWORD, check_strength=False) as vault:
        old = vault._password.raw
        vault.change_password(PASSWORD, new)
        assert old == bytearray(len(PASSWORD.encode("utf-8")))
        assert vault._password.reveal() == new
