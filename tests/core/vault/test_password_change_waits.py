"""A password change needs the vault file to itself (SQLCipher rekeys outside WAL mode): it
waits for the process's other connections (an import on a worker) and refuses with a clear
message when they do not finish; no connection opens while it runs."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.errors import VaultError
from app.vault import sidefiles
from app.vault import vault as gateway_module
from tests.conftest import PASSWORD

NEW_PASSWORD = "Negentien blauwe olifanten? 2027"


def _import_on_worker(vault: CaseFile, started: threading.Event, seconds: float) -> None:
    worker = vault.open_worker()
    try:
        case = worker.cases.create(NewCase("Import", CaseKind.PESTEN, date(2026, 1, 2)))
        started.set()
        deadline = time.monotonic() + seconds
        number = 0
        while time.monotonic() < deadline:
            number += 1
            worker.evidence.import_bytes(case.id, b"bewijs %d" % number, f"b{number}.txt")
    finally:
        worker.close()


def test_the_change_waits_for_an_import_on_a_worker(vault: CaseFile) -> None:
    started = threading.Event()
    importer = threading.Thread(target=_import_on_worker, args=(vault, started, 0.6))
    importer.start()
    assert started.wait(10)
    vault.change_password(PASSWORD, NEW_PASSWORD)
    assert not importer.is_alive()  # it was waited for, not cut off
    importer.join()
    imported = vault._gateway.query("SELECT count(*) FROM evidence_items")[0][0]
    vault.close()
    with CaseFile.open(vault.path, NEW_PASSWORD) as again:
        assert again._gateway.query("SELECT count(*) FROM evidence_items")[0][0] == imported
        assert imported > 0


def test_the_change_refuses_while_another_connection_stays_open(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gateway_module, "OTHERS_WAIT_SECONDS", 0.2)
    worker = vault.open_worker()
    try:
        with pytest.raises(VaultError) as refused:
            vault.change_password(PASSWORD, NEW_PASSWORD)
        assert refused.value.code == "vault.others_open"
        assert "andere taak" in str(refused.value)
        worker.cases.create(NewCase("Nog steeds", CaseKind.PESTEN, date(2026, 1, 2)))
    finally:
        worker.close()
    vault.close()
    with CaseFile.open(vault.path, PASSWORD) as again:  # nothing changed
        assert again.cases.list()


def test_no_worker_opens_while_the_password_changes(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gateway_module, "OTHERS_WAIT_SECONDS", 0.2)
    with sidefiles.alone(vault.path, 1.0), pytest.raises(VaultError) as waited:
        vault.open_worker()
    assert waited.value.code == "vault.busy_for_password"
    vault.open_worker().close()  # and after it, at once
