"""The summary: one or two pages without a contents page, the first key event kept,
words never broken inside a table cell."""

from __future__ import annotations

from pathlib import Path

from app.casefile import CaseFile
from app.domain import EntryKind, Role
from app.dossier.render_widths import fit_words
from app.dossier.selection import DossierRequest
from tests.core.dossier.test_dossier_build import pdf_text
from tests.dossier_case import at
from tests.leak_corpus import _case

KEY = "Eerste dreigbericht: betaal of de foto gaat rond."
KINDS = (EntryKind.GESPREK, EntryKind.OUDERCONTACT, EntryKind.OBSERVATIE, EntryKind.NOTITIE,
         EntryKind.MAATREGEL)


def test_forty_entries_fit_on_two_pages(vault: CaseFile, tmp_path: Path) -> None:
    cid = _case(vault, "Afpersing", "Sanne wordt afgeperst.")
    vault.people.add_new_to_case(cid, "Sanne de Wit", Role.GEPESTE, "3A")
    vault.people.add_new_to_case(cid, "Thijs Bos", Role.PESTER, "3B")
    vault.timeline.add(cid, EntryKind.MELDING, KEY, at(1, 8))
    for n in range(39):
        vault.timeline.add(cid, KINDS[n % len(KINDS)],
                           f"Stap {n}: gesprek en afspraken over wat er verder gebeurt; "
                           "de ouders worden op de hoogte gehouden. " * 2,
                           at(2 + n % 27, 9 + n % 8))
    result = vault.handover.export_dossier(cid, DossierRequest("summary"), tmp_path / "s.pdf")
    assert result is not None and result.page_count <= 2
    text = pdf_text(result.path)
    flat = " ".join(text.split())
    assert "Inhoud" not in text
    assert KEY in flat                                  # the earliest key event stays
    assert "Eerste gebeurtenis" in flat and "Laatste gebeurtenis" in flat
    assert "eerdere stappen" not in flat
    assert "Oudercontact" in text                       # not "Ouderconta" / "ct"
    assert "Leerling A" in flat and "Thijs" not in flat


def test_columns_grow_for_their_longest_word() -> None:
    widths = fit_words([50.0, 30.0, 200.0], [40.0, 70.0, 60.0], 120.0)
    assert widths[1] >= 70.0 and abs(sum(widths) - 280.0) < 1e-6
    assert fit_words([50.0, 30.0], [10.0, 20.0], 100.0) == [50.0, 30.0]
