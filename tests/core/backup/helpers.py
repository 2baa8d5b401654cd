"""Shared bits of the backup tests: a vault with a case, evidence and a canary."""

from __future__ import annotations

import contextlib
import io
import threading
from datetime import date
from pathlib import Path

from PIL import Image

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind

PASSWORD = "Zeventien paarse giraffen! 2026"
NEW_PASSWORD = "Negentien blauwe olifanten? 2027"
CANARY = "KANARIE-7f3a9c-Noor-de-Vries"


def canary_png() -> bytes:
    image = Image.effect_noise((64, 64), 90).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fill(cf: CaseFile, image: bytes | None = None) -> int:
    """A case named after the canary with one entry and one image; returns the item id."""
    case = cf.cases.create(NewCase(CANARY, CaseKind.ONLINE_PESTEN, date(2026, 1, 2)))
    item = cf.evidence.import_bytes(case.id, image or canary_png(), "schermafbeelding.png")
    return item.id


def files_containing(folder: Path, needles: list[bytes]) -> list[Path]:
    return [p for p in folder.rglob("*")
            if p.is_file() and any(n in p.read_bytes() for n in needles)]


def backups_while_writing(vault: CaseFile, count: int) -> list[int]:
    """`count` backups on a worker connection while another thread keeps adding cases;
    the case count each backup verified against its own moment."""
    stop = threading.Event()

    def keep_writing() -> None:
        number = 0
        while not stop.is_set():
            number += 1
            with contextlib.suppress(Exception):
                vault.cases.create(NewCase(f"Zaak {number}", CaseKind.PESTEN,
                                           date(2026, 1, 2)))
            # Commits still keep coming between any two reads of the copy, but the
            # backup's BEGIN IMMEDIATE gets its turn within the 5 s busy timeout even on
            # a loaded machine (a writer in a tight loop could starve it there).
            stop.wait(0.002)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        worker = vault.open_worker()
        try:
            results = [worker.backups.create() for _ in range(count)]
        finally:
            worker.close()
    finally:
        stop.set()
        writer.join()
    return [r.info.counts.cases for r in results if r.info.counts is not None]
