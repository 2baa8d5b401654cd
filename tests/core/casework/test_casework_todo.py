"""'Te doen' across cases (injected clock, never sleeping) and the casework CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import CaseWork, NewAgreement, TodoKind, TodoState
from app.domain import CaseKind
from app.timeutil import Clock
from app.wording import dutch
from tests.conftest import PASSWORD
from tests.core.casework.test_casework import at, d, make_case, registry, set_today, work
from tests.core.cli.test_cli import cli, vault_file

__all__ = ["cli", "registry", "vault_file", "work"]   # shared fixtures


def test_todo_lists_overdue_after_the_clock_moves(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    set_today(clock, d(7))
    zes, _ = make_case(vault, "zesstappenplan", title="Klassenapp 2B", group="2B")
    opa, _ = make_case(vault, "supportgroep", reported=d(8), title="Buitengesloten op het plein")
    work.steps.record(zes, "signaleren", at(7), verslag="Gemeld bij de mentor.")
    work.agreements.add(opa, NewAgreement("Sem mag in de pauze binnen blijven.",
                                          made_on=at(8), evaluate_on=d(18)))
    set_today(clock, d(8))
    todo = work.todo()
    assert todo.overdue_count == 0
    assert [(i.reference, i.kind, i.key, i.due, i.state) for i in todo.items] == [
        # supportgroep: 'zo snel mogelijk' (000 line 103), the 2 days are a proposal
        ("2026-002", TodoKind.STEP, "gesprek_gepeste", d(10), TodoState.SUGGESTED),
        # zesstappenplan: 'binnen een week' (001 line 20) is the protocol's own term
        ("2026-001", TodoKind.STEP, "gesprek_gepeste", d(14), TodoState.DUE),
        ("2026-002", TodoKind.FOLLOW_UP, f"afspraak/{1}/evalueren", d(18), TodoState.UPCOMING),
    ]
    assert todo.items[0].title == "Buitengesloten op het plein"
    assert dutch(todo.items[2].label) == "Afspraak evalueren: Sem mag in de pauze binnen blijven."
    clock.advance(timedelta(days=3))          # 11 September
    todo = work.todo()
    assert todo.overdue_count == 0            # a proposed date passing is never late
    assert (todo.items[0].reference, todo.items[0].state) == ("2026-002", TodoState.SUGGESTED)
    clock.advance(timedelta(days=10))         # 21 September
    todo = work.todo()
    assert todo.overdue_count == 2
    assert [i.state for i in todo.items] == [
        TodoState.SUGGESTED, TodoState.OVERDUE, TodoState.OVERDUE]
    assert [i.due for i in todo.items] == sorted(i.due for i in todo.items)
    assert todo.items[-1].as_json() == {
        "case": "2026-002", "title": "Buitengesloten op het plein", "kind": "follow-up",
        "label": "Afspraak evalueren: Sem mag in de pauze binnen blijven.",
        "due": "2026-09-18", "state": "overdue", "key": "afspraak/1/evalueren",
        "priority": "normaal"}


def test_todo_horizon_and_blocked_steps(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    opa, _ = make_case(vault, "supportgroep")
    work.steps.record(opa, "gesprek_gepeste", at(7), verslag="Sem denkt erover na.")
    set_today(clock, d(8))
    items = work.todo().items
    # the parents of the bullied student are informed after step 1 (000, 003); the team
    # memo waits for the student's consent, like the steungroep step
    assert [(i.key, i.state) for i in items] == [
        ("informeren/ouders_gepeste", TodoState.DUE), ("gesprek_steungroep", TodoState.BLOCKED)]
    assert "wacht op: De gepeste leerling stemt in" in dutch(items[1].label)
    assert work.todo(horizon_days=0, today=d(6)).items == ()


def test_todo_covers_hundreds_of_cases(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    """Every open case shows up; the time it takes is measured by benchmarks/, not here."""
    set_today(clock, d(7))
    with vault.batch():
        for n in range(300):
            case = vault.cases.create(NewCase(f"Melding {n}", CaseKind.PESTEN, d(1 + n % 20)))
            work.protocols.choose(case.id, ("zesstappenplan", "supportgroep", "vijf_bs")[n % 3])
            if n % 3 == 0:
                work.steps.record(case.id, "signaleren", at(1 + n % 20), verslag="Gemeld.")
                work.agreements.add(case.id, NewAgreement("Afspraak", made_on=at(2 + n % 20)))
    set_today(clock, d(20))
    todo = work.todo()
    assert len({i.case_id for i in todo.items}) == 300
    assert todo.overdue_count > 100


# -- CLI ---------------------------------------------------------------------------------

def _case_with_protocol(cli, vault_file: str) -> str:  # type: ignore[no-untyped-def]
    code, out, _ = cli("add-case", vault_file, "--password-stdin", "--title", "Klassenapp",
                       "--kind", "online-pesten", "--reported-on", "2020-01-06")
    ref = out.strip()
    assert cli("add-person", vault_file, ref, "--password-stdin", "--name", "Sem Jansen",
               "--role", "gepeste")[0] == 0
    code, out, err = cli("set-protocol", vault_file, ref, "supportgroep", "--password-stdin")
    assert (code, err) == (0, "") and "Oplossingsgerichte pestaanpak" in out
    return ref


def test_cli_todo_text_and_json(cli, vault_file: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "geen").mkdir()  # an empty school folder (a missing one is an error)
    code, out, _ = cli("todo", vault_file, "--password-stdin", "--protocol-dir",
                       str(tmp_path / "geen"))
    assert (code, out) == (0, "Niets te doen in de komende 14 dagen.\n")
    ref = _case_with_protocol(cli, vault_file)
    code, out, err = cli("todo", vault_file, "--password-stdin")
    lines = out.splitlines()
    assert code == 0 and err == ""
    assert lines[0] == (f"2020-01-08  voorstel   {ref}  Klassenapp: stap: "
                        "Gesprek met de gepeste leerling")
    assert lines[-1] == "1 punten, waarvan 0 te laat."
    code, out, _ = cli("todo", vault_file, "--password-stdin", "--json")
    assert json.loads(out) == [{
        "case": ref, "title": "Klassenapp", "kind": "step",
        "label": "Gesprek met de gepeste leerling", "due": "2020-01-08", "state": "suggested",
        "key": "gesprek_gepeste", "priority": "normaal"}]
    # record the step with the student, then the gate blocks step 2 until consent
    code, out, err = cli("record-step", vault_file, ref, "gesprek_gepeste", "--password-stdin",
                         "--text", "Sem vertelt.", "--participant", "sem jansen",
                         "--at", "2020-01-07T10:00")
    assert code == 0 and "vastgelegd" in out
    code, out, err = cli("record-step", vault_file, ref, "gesprek_steungroep", "--password-stdin",
                         "--text", "Groep.")
    assert code == 1 and err.count("\n") == 1 and "wacht nog op" in err
    assert cli("record-condition", vault_file, ref, "consent_gepeste", "--password-stdin",
               "--how", "Mondeling", "--at", "2020-01-07")[0] == 0
    code, out, _ = cli("todo", vault_file, "--password-stdin", "--json")
    assert [i["label"] for i in json.loads(out)] == [
        "Informeren: ouders van de gepeste leerling (gesprek)", "Informeren: het team (memo)",
        "Gesprek met de steungroep"]


_ERRORS = [
    (("set-protocol", "{vault}", "2099-001", "supportgroep"), "geen melding met kenmerk"),
    (("set-protocol", "{vault}", "{ref}", "onbekend"), "geen protocol met id 'onbekend'"),
    (("record-step", "{vault}", "{ref}", "bestaat_niet", "--text", "x"), "heeft geen stap"),
    (("record-step", "{vault}", "{ref}", "gesprek_gepeste", "--text", "x", "--participant",
      "Niemand"), "staat niet bij melding"),
    (("record-step", "{vault}", "{ref}", "gesprek_gepeste", "--text", "x", "--at", "gisteren"),
     "geen geldige datum"),
    (("record-condition", "{vault}", "{ref}", "toestemming", "--how", "x"), "kent de voorwaarde"),
    (("todo", "{vault}", "--days", "-1"), "--days"),
]


def test_cli_casework_errors_are_one_dutch_line(cli, vault_file: str) -> None:  # type: ignore[no-untyped-def]
    ref = _case_with_protocol(cli, vault_file)
    for args, message in _ERRORS:
        argv = [a.format(vault=vault_file, ref=ref) for a in args]
        code, out, err = cli(*argv, "--password-stdin")
        assert code == 1 and out == "", args
        assert err.startswith("pestdossier-cli: ") and err.count("\n") == 1, err
        assert message in err, err


def test_cli_todo_wrong_password(cli, vault_file: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("todo", vault_file, "--password-stdin", stdin="fout\n")
    assert code == 1 and err == ("pestdossier-cli: Het wachtwoord is onjuist, of het begin van "
                                 "de kluis is beschadigd; probeer een reservekopie.\n")


def test_cli_protocols_lists_and_reports_bad_school_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "kapot.toml").write_text('id = "kapot"\nname = "Kapot\n', encoding="utf-8")
    code, out, err = cli("protocols", "--protocol-dir", str(own))
    assert code == 1
    assert [line.split()[0] for line in out.splitlines()] == [
        "vijf_bs", "meldcode", "supportgroep", "zesstappenplan"]
    assert err.count("\n") == 1 and err.startswith("pestdossier-cli: kapot.toml, regel 2:")
    (tmp_path / "leeg").mkdir()  # an empty school folder is fine; a missing one is an error
    code, out, err = cli("protocols", "--protocol-dir", str(tmp_path / "leeg"))
    assert (code, err) == (0, "") and PASSWORD not in out


def test_todo_due_today_counts_as_due(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    _case_id, _ = make_case(vault, "zesstappenplan")
    set_today(clock, d(7))
    [item] = work.todo().items
    # the same day is the app's proposal for step 1 (001 line 998-1006 sets no term)
    assert (item.key, item.due, item.state) == ("signaleren", date(2026, 9, 7),
                                                TodoState.SUGGESTED)
    work.steps.record(_case_id, "signaleren", at(7), verslag="Gemeld bij de mentor.")
    set_today(clock, d(14))
    [item] = work.todo().items                # 'binnen een week' (001 line 20): due today
    assert (item.key, item.due, item.state) == ("gesprek_gepeste", d(14), TodoState.DUE)
