"""The access overview PDF: her data, nobody else's name, werkaantekeningen left out with
a line, the request answered and audited; a name the pseudonymiser missed stops it."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from app.access import overview
from app.casefile import CaseFile
from app.domain import Requester
from app.dossier.leak_check import NameLeakError, find_leaks
from app.dossier.pdf_text import page_texts
from tests.core.access.conftest import (
    OTHER_ACCOUNT,
    OTHERS,
    OWN_CANARY,
    SUBJECT,
    UNRELATED_CANARY,
    WORK_CANARY,
    AccessWorld,
)


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page_texts(pdf.read_bytes())).split())


def test_overview_holds_her_data_and_no_other_name(vault: CaseFile, world: AccessWorld,
                                                   tmp_path: Path) -> None:
    req = vault.access_requests.record(world.subject_id, date(2026, 11, 2), Requester.OUDER,
                                       born_on=date(2011, 3, 14))
    out = tmp_path / "inzage.pdf"
    result = vault.access_requests.export(req.id, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = _text(out)
    for own in (SUBJECT, "Yaar", "14 maart 2011", "15 jaar", OWN_CANARY, "2026-001",
                "2026-002", "Gepeste leerling", "Getuige", "Yaar zag dat Leerling C",
                "BIJZONDER PERSOONSGEGEVEN (GEZONDHEID)", "Autoriteit Persoonsgegevens",
                "Ouder of verzorger", "2 december 2026"):
        assert own in text, own
    for name in (*OTHERS, OTHER_ACCOUNT, "Quinten", "Zoë", "Wessel", "Ilse", "Olthof"):
        assert name not in text, name
    assert "Leerling A" in text and "ouder van Yara Pijnacker" in text
    assert WORK_CANARY not in text
    assert "1 werkaantekening van de vertrouwenspersoon is niet opgenomen" in text
    assert UNRELATED_CANARY not in text          # a witness sees only what names her
    assert (result.case_count, result.entry_count, result.work_notes_left_out) == (2, 3, 1)
    answered = vault.access_requests.get(req.id)
    assert answered.answered_on == date(2026, 11, 22) and not vault.access_requests.open()
    [audit] = vault.audit.entries(action_prefix="access.exported")
    assert audit.object_id == world.subject_id and audit.details["request_id"] == req.id
    assert audit.details["sha256"] == result.sha256
    assert vault.verify().ok


def test_recipients_list_the_exports_of_her_cases(vault: CaseFile, world: AccessWorld,
                                                  tmp_path: Path) -> None:
    from app.dossier.selection import DossierRequest

    vault.handover.export_dossier(world.cases[0], DossierRequest("police", "wijkagent"),
                                  tmp_path / "politie.pdf")
    req = vault.access_requests.record(world.subject_id, date(2026, 11, 20), Requester.OUDER)
    vault.access_requests.export(req.id, tmp_path / "inzage.pdf")
    text = _text(tmp_path / "inzage.pdf")
    assert "Feiten en bewijs voor de politie" in text and "wijkagent" in text


def test_a_missed_name_stops_the_export(vault: CaseFile, world: AccessWorld,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = overview.pseudonymiser

    def lazy(data: overview.PersonData) -> overview.Pseudonymiser:
        pseudo = real(data)
        monkeypatch.setattr(pseudo, "apply", lambda doc: doc)   # forgets to hide anyone
        return pseudo

    monkeypatch.setattr(overview, "pseudonymiser", lazy)
    req = vault.access_requests.record(world.subject_id, date(2026, 11, 2), Requester.OUDER)
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(NameLeakError):
        vault.access_requests.export(req.id, out / "inzage.pdf")
    assert list(out.iterdir()) == []
    assert vault.access_requests.get(req.id).is_open
    assert vault.audit.entries(action_prefix="access.exported") == []


def test_leak_check_finds_the_other_children_in_an_unpseudonymised_text() -> None:
    """The canaries are real hidden forms: the check would see them if they were there."""
    from app.dossier.pseudo_forms import HiddenForm

    forms = [HiddenForm(n, "", "") for n in OTHERS]
    assert len(find_leaks([" ".join(OTHERS)], forms)) == len(OTHERS)


def test_each_case_says_how_long_it_is_kept_and_the_consent(vault: CaseFile, world: AccessWorld,
                                                            tmp_path: Path) -> None:
    from app.consent import ConsentAnswer, ConsentForm

    vault.retention.set_rule(world.cases[0], "aangepaste_datum", "afspraak met de ouders",
                             custom=date(2028, 8, 31))
    vault.consent.record(world.cases[0], ConsentForm(True, ConsentAnswer.GEGEVEN, "mondeling",
                                                     date(2026, 9, 7)))
    req = vault.access_requests.record(world.subject_id, date(2026, 11, 2), Requester.OUDER)
    vault.access_requests.export(req.id, tmp_path / "inzage.pdf")
    text = _text(tmp_path / "inzage.pdf")
    assert "Bewaren tot 31 augustus 2028" in text
    assert "Toestemming voor het dossier gegeven (mondeling) op 7 september 2026" in text
    assert text.count("Bewaren tot") == 2           # the other case: no date yet, and why
    assert "Bewaren tot Nog niet te bepalen: de melding is nog open." in text
    assert "Toestemming voor het dossier niet vastgelegd" in text
