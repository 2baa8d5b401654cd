"""The Overzicht answers "where are we": each row filled from `case_file.overview`, each
link opens the tab that holds the answer, for a case in each protocol state."""

from __future__ import annotations

from datetime import date, datetime

from app.cases import NewCase
from app.casework import NewAgreement
from app.domain import CaseKind, Role
from app.timeutil import AMSTERDAM


def _open(make_window, qtbot, vault, case_id: int):  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(1366, 768)
    window.start(vault)
    window.show()
    qtbot.waitExposed(window)
    detail = window.workspace.detail
    window.workspace.case_list.select_case(case_id)
    qtbot.waitUntil(lambda: detail.case is not None and detail.case.id == case_id)
    return detail


def test_a_new_case_says_no_protocol_yet(make_window, qtbot, vault) -> None:
    case = vault.cases.create(NewCase("Uitgelachen", CaseKind.PESTEN, date(2026, 11, 20)))
    card = _open(make_window, qtbot, vault, case.id).overview.status_card
    assert card.value("stage").text() == "Nog geen protocol gekozen"
    assert card.value("next_step").text() == "Kies een protocol op het tabblad Protocol"
    assert card.value("consent").text() == "Niet vastgelegd"
    assert card.value("agreements").text() == "Geen open afspraken"
    assert card.value("followup").text() == "Niets gepland"
    assert card.value("urgency").text() == "Normaal · geen strafbare feiten overwogen"
    assert card.value("evidence").text() == "Nog geen bewijs"
    assert card.value("retention").text().startswith("Nog niet te bepalen")


def test_a_case_in_the_protocol_and_its_links(make_window, qtbot, vault) -> None:
    case = vault.cases.create(NewCase("Spotberichten", CaseKind.ONLINE_PESTEN,
                                      date(2026, 11, 20)))
    sem = vault.people.add_new_to_case(case.id, "Sem Bos", Role.GEPESTE, "2B").id
    work = vault.casework
    work.protocols.choose(case.id, "zesstappenplan")
    work.steps.record(case.id, "signaleren", datetime(2026, 11, 20, 10, tzinfo=AMSTERDAM))
    work.agreements.add(case.id, NewAgreement("Geen berichten meer over Sem", (sem,)))
    work.offences.set_checked(case.id, ["bedreiging"])
    vault.evidence.import_bytes(case.id, b"schermafbeelding", "bericht.txt")
    detail = _open(make_window, qtbot, vault, case.id)
    card = detail.overview.status_card
    assert card.value("stage").text() == "Zesstappenplan: 1 van 6 stappen gedaan"
    assert card.value("next_step").text() == (
        "Gesprek van de mentor met de gepeste leerling (Nu) · uiterlijk 27 november 2026")
    assert card.value("agreements").text() == "1 open: Geen berichten meer over Sem"
    assert "Bedreiging" in card.value("urgency").text()
    assert card.value("evidence").text() == "1 stuk"
    for key, tab in (("stage", "Protocol"), ("agreements", "Afspraken"),
                     ("followup", "Afspraken"), ("urgency", "Strafbare feiten"),
                     ("evidence", "Bewijs")):
        card.links[key].click()
        assert detail.tabs.tabText(detail.tabs.currentIndex()) == tab, key
    # a change in a tab shows on the card at once
    vault.evidence.import_bytes(case.id, b"tweede", "tweede.txt")
    detail.evidence.changed.emit()
    assert card.value("evidence").text() == "2 stukken"
