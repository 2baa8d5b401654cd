"""A big case still makes a dossier: 300 timeline entries and 100 phone screenshots."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Precision, ReportedBy, Role
from app.dossier.sample import make_screenshot
from app.dossier.selection import DossierRequest
from app.evidence import EvidenceMetadata
from tests.dossier_case import at

KINDS = (EntryKind.MELDING, EntryKind.OBSERVATIE, EntryKind.GESPREK, EntryKind.INCIDENT,
         EntryKind.NOTITIE, EntryKind.MAATREGEL)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_300_entries_and_100_phone_screenshots(vault: CaseFile, tmp_path: Path) -> None:
    started = time.perf_counter()
    case = vault.cases.create(NewCase("Groot dossier", CaseKind.ONLINE_PESTEN,
                                      at(1).date(), ReportedBy.LEERLING, "3A"))
    vault.people.add_new_to_case(case.id, "Iris Groot", Role.GEPESTE, "3A")
    vault.people.add_new_to_case(case.id, "Bas Klein", Role.PESTER, "3A")
    for i in range(300):
        vault.timeline.add(case.id, KINDS[i % len(KINDS)],
                           f"Regel {i}: Bas stuurt weer een bericht in de groep. " * 3,
                           at(1) + timedelta(hours=i), Precision.EXACT)
    bases = [make_screenshot(900 + k) for k in range(10)]  # 1080 x 2400 PNG
    store = vault.evidence
    for n in range(100):
        data = bases[n % 10] + f"variant {n}".encode()  # bytes after IEND: a distinct file
        store.import_bytes(case.id, data, f"Screenshot_{n:03d}.png", thumbnail=False,
                           metadata=EvidenceMetadata(platform="Snapchat",
                                                     description=f"Bericht {n} van Bas."))
    built_at = time.perf_counter()
    out = tmp_path / "groot.pdf"
    result = vault.handover.export_dossier(case.id, DossierRequest("coordinator"), out)
    seconds = time.perf_counter() - built_at
    assert result is not None
    reader = PdfReader(str(out))
    assert len(reader.pages) == result.page_count > 250
    assert result.evidence_count == 100 and result.entry_count == 300
    assert result.byte_count < 60_000_000
    print(f"\nsetup {built_at - started:.1f} s, dossier {seconds:.1f} s, "
          f"{result.page_count} pages, {result.byte_count / 1e6:.1f} MB")
    assert time.perf_counter() - started < 30
