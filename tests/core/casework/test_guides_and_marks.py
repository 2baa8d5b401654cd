"""Through the front door: the gespreksleidraad (guide and PDF), the case mark for a
sexual offence by staff, next appointments in 'te doen', and the CLI for all of it,
the Meldcode included."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.casework import CaseMark, CaseWork, TodoKind, TodoState
from app.errors import InvalidInputError
from app.timeutil import Clock
from app.wording import dutch
from tests.core.casework.test_casework import at, d, make_case, registry, set_today, work
from tests.core.cli.test_cli import cli, vault_file

__all__ = ["cli", "registry", "vault_file", "work"]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_guide_of_a_step_and_its_one_page_pdf(vault: CaseFile, work: CaseWork,
                                                  tmp_path: Path) -> None:
    case_id, _ = make_case(vault, "zesstappenplan", title="Geheime titel XJ-19")
    found = work.guides.for_step(case_id, "gesprek_pester")
    assert found is not None and found.protocol.id == "zesstappenplan"
    assert [g.step.id for g in work.guides.all(case_id)] == [
        "signaleren", "gesprek_gepeste", "gesprek_pester", "gezamenlijk_gesprek", "vervolg",
        "ouders"]
    with pytest.raises(InvalidInputError, match="geen stap"):
        work.guides.for_step(case_id, "bestaat_niet")
    written = work.guides.export_pdf(case_id, "gesprek_pester", tmp_path / "leidraad.pdf")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    info = subprocess.run(["pdfinfo", str(written)], capture_output=True, text=True,
                          check=True).stdout
    assert "Pages:           1" in info
    text = " ".join(pdf_text(written).split())
    assert "Gespreksleidraad: Gesprek met de pester" in text
    for question in found.guide.questions:
        assert question in text
    assert "Ga het gesprek dan niet alleen aan" in text
    assert "Plan een vervolgafspraak over 3 dagen" in text
    # a sheet for the table in the talk carries no case data
    assert "XJ-19" not in text and "Sem" not in text and "Daan" not in text


def test_the_meldcode_guides_print_too(vault: CaseFile, work: CaseWork, tmp_path: Path) -> None:
    case_id, _ = make_case(vault, "meldcode")
    path = work.guides.export_pdf(case_id, "afwegen", tmp_path / "afwegen.pdf")
    text = " ".join(pdf_text(path).split())
    assert "Is er sprake van acute of structurele onveiligheid?" in text
    assert "altijd gemeld bij Veilig Thuis" in text


def test_the_staff_sexual_offence_mark_is_audited_and_shows_the_duty(
        vault: CaseFile, work: CaseWork) -> None:
    case_id, _ = make_case(vault, "meldcode")
    assert work.marks.active(case_id) == () and work.marks.duties(case_id) == ()
    record = work.marks.set(case_id, "zeden-medewerker")
    assert record.active and record.mark is CaseMark.STAFF_SEXUAL_OFFENCE
    [duty] = work.marks.duties(case_id)
    assert "meteen aan het bevoegd gezag" in dutch(duty)
    assert "Geheimhouding geldt hier niet" in dutch(duty)
    with pytest.raises(InvalidInputError, match="reden"):
        work.marks.set(case_id, CaseMark.STAFF_SEXUAL_OFFENCE, active=False)
    with pytest.raises(InvalidInputError, match="Onbekend kenmerk"):
        work.marks.set(case_id, "geheim")
    work.marks.set(case_id, CaseMark.STAFF_SEXUAL_OFFENCE, active=False,
                   note="Bleek een leerling van een andere school.")
    assert work.marks.active(case_id) == ()
    assert [(r.active, r.note) for r in work.marks.history(case_id)] == [
        (True, ""), (False, "Bleek een leerling van een andere school.")]
    actions = [e.action for e in vault.audit.for_case(case_id)]
    assert actions.count("casework.mark_set") == 1
    assert actions.count("casework.mark_cleared") == 1


def test_a_next_appointment_is_in_todo_until_the_next_step(vault: CaseFile, work: CaseWork,
                                                           clock: Clock) -> None:
    case_id, people = make_case(vault, "zesstappenplan")
    set_today(clock, d(7))
    work.steps.record(case_id, "signaleren", at(7), verslag="Gemeld.")
    work.steps.record(case_id, "gesprek_gepeste", at(8), verslag="Sem vertelt.")
    record = work.steps.record(case_id, "gesprek_pester", at(9), verslag="Daan luistert.",
                               next_appointment=at(12, hour=9),
                               participant_ids=[people["Daan Visser"]])
    set_today(clock, d(10))
    key = f"vervolgafspraak/{record.id}"
    [item] = [i for i in work.todo().items if i.key == key]
    assert (item.kind, item.due, item.state) == (TodoKind.FOLLOW_UP, d(12), TodoState.UPCOMING)
    assert dutch(item.label) == "Vervolgafspraak na: Gesprek met de pester en één of twee meelopers"
    set_today(clock, d(13))
    assert [i.state for i in work.todo().items if i.key == key] == [TodoState.OVERDUE]
    work.steps.record(case_id, "gezamenlijk_gesprek", at(13), verslag="Samen gesproken.")
    assert [i for i in work.todo().items if i.key == key] == []


def _meldcode_case(cli, vault_file: str) -> str:  # type: ignore[no-untyped-def]
    code, out, _ = cli("add-case", vault_file, "--password-stdin", "--title", "Zorgen thuis",
                       "--kind", "pesten", "--reported-on", "2020-01-06")
    ref = str(out.strip())
    code, out, err = cli("set-protocol", vault_file, ref, "meldcode", "--password-stdin")
    assert (code, err) == (0, "") and "Meldcode huiselijk geweld" in out
    return ref


def test_cli_meldcode_record_step_and_steps_with_the_guide(cli, vault_file: str) -> None:  # type: ignore[no-untyped-def]
    ref = _meldcode_case(cli, vault_file)
    code, out, err = cli("record-step", vault_file, ref, "signalen", "--password-stdin",
                         "--text", "Blauwe plekken gezien.", "--at", "2020-01-06T10:00")
    assert (code, err) == (0, "") and "vastgelegd" in out
    code, out, err = cli("record-step", vault_file, ref, "beslissen", "--password-stdin",
                         "--text", "Besloten.", "--at", "2020-01-09T10:00",
                         "--choice", "hulp", "--reason", "Ouders aanvaarden hulp.")
    assert code == 0, err
    code, out, err = cli("steps", vault_file, ref, "--password-stdin", "--leidraad", "afwegen")
    assert code == 0, err
    assert "Gespreksleidraad bij: signalen, overleggen, gesprek, afwegen, beslissen" in out
    assert "LET OP: Acute of structurele onveiligheid wordt altijd gemeld" in out
    assert "  - Leidt de hulp tot blijvende veiligheid?" in out
    code, out, _ = cli("steps", vault_file, ref, "--password-stdin", "--json")
    steps = json.loads(out)["protocol"]["steps"]
    assert steps[3]["guide"]["questions"][0].startswith("Is er een vermoeden")
    assert [s["state"] for s in steps][-1] == "done"


def test_cli_guide_pdf(cli, vault_file: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _meldcode_case(cli, vault_file)
    target = tmp_path / "leidraad.pdf"
    code, out, err = cli("gespreksleidraad", vault_file, ref, "gesprek", "--password-stdin",
                         "-o", str(target))
    assert code == 0 and "geschreven naar" in out, err
    assert "Herkent u wat wij zien?" in " ".join(pdf_text(target).split())


def test_cli_staff_mark_is_shown_first(cli, vault_file: str) -> None:  # type: ignore[no-untyped-def]
    ref = _meldcode_case(cli, vault_file)
    code, out, err = cli("markeer", vault_file, ref, "zeden-medewerker", "--password-stdin")
    assert code == 0, err
    assert "LET OP: Seksueel misdrijf door een medewerker tegen een leerling" in out
    code, out, _ = cli("show", vault_file, ref, "--password-stdin")
    assert out.splitlines()[0].startswith("LET OP: Seksueel misdrijf door een medewerker")
    code, out, _ = cli("steps", vault_file, ref, "--password-stdin")
    assert out.startswith("LET OP: Seksueel misdrijf")
    code, out, err = cli("markeer", vault_file, ref, "zeden-medewerker", "--wis", "--reason",
                         "Vergissing.", "--password-stdin", "--json")
    assert code == 0 and json.loads(out)["duties"] == [], err
