"""Issue 11 (5): a dossier lists withdrawn evidence and entries as such, without content;
the police package carries no file of a withdrawn item, only its record."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.dossier.selection import DossierRequest
from tests.core.evidence.test_evidence_integrity import PASSWORD, canary_png

ENTRY_CANARY = "KANARIEZIN-5e1f"


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)
                    .split())


def test_dossier_and_package_show_withdrawn_items_as_such(tmp_path: Path) -> None:
    with CaseFile.create(tmp_path / "v.pestdossier", PASSWORD, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Nepaccount", CaseKind.ONLINE_PESTEN,
                                          date(2026, 11, 2)))
        vault.people.add_new_to_case(case.id, "Noor Jansen", Role.GEPESTE, "6B")
        kept = vault.evidence.import_bytes(case.id, b"bericht dat blijft", "blijft.txt")
        image = vault.evidence.import_bytes(case.id, canary_png(), "KANARIEBESTAND.png")
        when = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
        entry = vault.timeline.add(case.id, EntryKind.INCIDENT, f"Zin {ENTRY_CANARY}", when)
        vault.timeline.add(case.id, EntryKind.GESPREK, "Gesprek met Noor.", when)
        vault.evidence.withdraw(image.id, "Schermafbeelding van de verkeerde klas")
        vault.timeline.withdraw(entry.id, "Hoort bij een andere melding")
        pdf = tmp_path / "coordinator.pdf"
        vault.handover.export_dossier(case.id, DossierRequest("coordinator"), pdf)
        package = tmp_path / "politie.zip"
        vault.handover.export_package(case.id, DossierRequest("police"), package)
    text = _text(pdf)
    assert "reden: Schermafbeelding van de verkeerde klas. De inhoud is verwijderd." in text
    assert "reden: Hoort bij een andere melding. De inhoud is verwijderd." in text
    assert "Ingetrokken op" in text and "(ingetrokken)" in text
    assert image.sha256 is not None and image.sha256[:16] in text.replace(" ", "")
    assert ENTRY_CANARY not in text and "KANARIEBESTAND" not in text
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        police_pdf = tmp_path / "in-zip.pdf"
        police_pdf.write_bytes(archive.read(next(n for n in names if n.endswith(".pdf"))))
    assert [r["bewijsstuk"] for r in manifest["bestanden"]] == [kept.label]
    assert manifest["ingetrokken"] == [{
        "bewijsstuk": "B2", "sha256": image.sha256, "grootte": image.size,
        "ingetrokken_op": manifest["ingetrokken"][0]["ingetrokken_op"],
        "reden": "Schermafbeelding van de verkeerde klas"}]
    assert manifest["alleen_beschreven"] == []
    police = _text(police_pdf)
    assert "reden: Schermafbeelding van de verkeerde klas" in police
    assert ENTRY_CANARY not in police and "KANARIEBESTAND" not in police
