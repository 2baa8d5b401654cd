"""Issue 19 (5): only regular files are imported, and only as they were."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.errors import PestdossierError


@pytest.fixture
def case_id(vault: CaseFile) -> int:
    return vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 20))).id


def _refused(vault: CaseFile, case_id: int, path: Path) -> str:
    with pytest.raises(PestdossierError) as caught:
        vault.evidence.import_file(case_id, path, thumbnail=False)
    assert vault.evidence.list_for_case(case_id) == []
    return caught.value.code


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_hanging(vault: CaseFile, case_id: int,
                                           tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.png"
    os.mkfifo(fifo)
    assert _refused(vault, case_id, fifo) == "evidence.not_a_regular_file"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_whose_size_reads_zero_is_refused(vault: CaseFile, case_id: int) -> None:
    assert _refused(vault, case_id, Path("/dev/zero")) == "evidence.not_a_regular_file"


def test_a_folder_is_refused(vault: CaseFile, case_id: int, tmp_path: Path) -> None:
    assert _refused(vault, case_id, tmp_path) == "evidence.is_a_folder"


def test_a_file_that_shrinks_during_import_is_refused(vault: CaseFile, case_id: int,
                                                      tmp_path: Path) -> None:
    """Why 4: a shrinking file was stored as a prefix with no warning."""
    source = tmp_path / "video.bin"
    source.write_bytes(os.urandom(24 * 1024 * 1024))
    started = threading.Event()

    def progress(done: int, _total: int) -> None:
        if not started.is_set():
            started.set()
            os.truncate(source, 5 * 1024 * 1024)

    with pytest.raises(PestdossierError) as caught:
        vault.evidence.import_file(case_id, source, progress=progress, thumbnail=False)
    assert caught.value.code == "evidence.changed_during_import"
    assert vault.evidence.list_for_case(case_id) == []


def test_a_file_that_grows_during_import_is_refused(vault: CaseFile, case_id: int,
                                                    tmp_path: Path) -> None:
    source = tmp_path / "opname.bin"
    source.write_bytes(os.urandom(12 * 1024 * 1024))

    def progress(done: int, _total: int) -> None:
        if done <= 4 * 1024 * 1024:
            with source.open("ab") as fh:
                fh.write(os.urandom(4 * 1024 * 1024))

    with pytest.raises(PestdossierError) as caught:
        vault.evidence.import_file(case_id, source, progress=progress, thumbnail=False)
    assert caught.value.code == "evidence.changed_during_import"
