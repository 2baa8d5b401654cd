"""pestdossier-cli on a case's protocol, through the real entry: steps, record-step with
a choice, an outcome that restarts the 5 B's, a condition, participants and the
steungroep's ideas and results; skip-step, deviate-step, steungroep, set-steungroep."""

from __future__ import annotations

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import ProtocolRegistry
from app.domain import CaseKind, Role
from app.protocols import SHIPPED_PROTOCOLS_DIR
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault

STUDENTS = (("Sem", Role.GEPESTE), ("Daan", Role.PESTER), ("Liam", Role.MEELOPER),
            ("Noor", Role.VERDEDIGER), ("Emma", Role.BUITENSTAANDER),
            ("Mila", Role.BUITENSTAANDER))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, dict[str, str]]:
    path, cli = new_vault(tmp_path_factory.mktemp("protocol"))
    refs = {}
    with CaseFile.create(path, PASSWORD,
                         registry=ProtocolRegistry([SHIPPED_PROTOCOLS_DIR])) as vault:
        today = vault.clock.today_local()
        for key, protocol in (("vijf", "vijf_bs"), ("steun", "supportgroep"), ("none", None)):
            case = vault.cases.create(NewCase(f"Melding {key}", CaseKind.PESTEN, today))
            for name, role in STUDENTS:
                vault.people.add_new_to_case(case.id, name, role, "6B")
            if protocol:
                vault.casework.protocols.choose(case.id, protocol)
            refs[key] = case.reference
    return cli, refs


def test_steps_lists_ids_states_and_due_dates(cli: RealCli, refs: dict[str, str]) -> None:
    data = cli.json("steps", refs["vijf"])
    assert data["case"] == refs["vijf"] and data["protocol"]["id"] == "vijf_bs"
    steps = data["protocol"]["steps"]
    assert [s["id"] for s in steps] == ["bekijken", "begrijpen", "beslissen", "bijsturen",
                                        "beoordelen"]
    assert steps[0]["state"] == "current" and steps[0]["due"]
    assert steps[-1]["choice"]["options"] == ["gestopt", "niet-gestopt"]
    out = cli.ok("steps", refs["vijf"])
    assert "bekijken" in out and f"nu            {steps[0]['latest']}" in out
    cli.fails("steps", refs["none"], message="volgt nog geen protocol")


def test_the_five_bs_choice_and_an_outcome_that_starts_again(cli: RealCli,
                                                            refs: dict[str, str]) -> None:
    ref = refs["vijf"]
    for step in ("bekijken", "begrijpen"):
        cli.ok("record-step", ref, step, "--text", step, "--participant", "Sem")
    cli.fails("record-step", ref, "beslissen", "--text", "Plan", "--choice", "streng",
              "--reason", "x", message="Kies uit: niet-confronterend, confronterend")
    decided = cli.json("record-step", ref, "beslissen", "--text", "Plan op vijf niveaus",
                       "--choice", "confronterend", "--reason", "Duurt al lang")
    assert decided["record"]["step_id"] == "beslissen" and decided["new_round"] is None
    cli.ok("record-step", ref, "bijsturen", "--text", "Bijgestuurd")
    out = cli.ok("record-step", ref, "beoordelen", "--text", "Nog niet over",
                 "--outcome", "niet-gestopt", "--reason", "Nieuwe signalen",
                 "--participant", "Sem", "--participant", "daan")
    assert "Nieuwe ronde 2: opnieuw bij 'Bekijken: signalen verzamelen'" in out
    steps = cli.json("steps", ref)["protocol"]["steps"]
    assert (steps[0]["id"], steps[0]["round"], steps[0]["state"]) == ("bekijken", 2, "current")
    shown = cli.json("show", ref)
    assert shown["entries"][-1]["with"] == "Sem, Daan"
    cli.fails("record-step", ref, "bekijken", "--text", "x", "--participant", "Piet",
              message="'Piet' staat niet bij melding")
    cli.fails("record-step", ref, "bekijken", "--text", "x", "--reason", "waarom",
              message="--reason hoort bij --choice")
    cli.fails("record-step", ref, "bekijken", "--text", "x", "--at", "eergisteren",
              message="geen geldige datum")


def test_steungroep_ideas_and_results_through_the_steps(cli: RealCli,
                                                       refs: dict[str, str]) -> None:
    ref = refs["steun"]
    cli.fails("record-step", ref, "gesprek_steungroep", "--text", "x",
              message="wacht nog op")
    cli.ok("record-step", ref, "gesprek_gepeste", "--text", "Gesprek met Sem",
           "--participant", "Sem", "--condition", "consent_gepeste=mondeling, na een dag")
    result = cli.run("set-steungroep", ref, "Daan", "Liam", "Noor", "Emma")
    assert result.returncode == 0 and "4 leden; gebruikelijk is 5 tot 8" in result.stderr
    group = cli.json("set-steungroep", ref, "Daan", "Liam", "Noor", "Emma", "Mila")
    assert [m["name"] for m in group["members"]] == ["Daan", "Liam", "Noor", "Emma", "Mila"]
    assert group["warnings"] == []
    talk = cli.json("record-step", ref, "gesprek_steungroep", "--text", "Groepsgesprek",
                    "--idea", "Daan=Ik ga Sem vragen mee te voetballen",
                    "--idea", "Noor=Naast Sem zitten")
    assert talk["warnings"] == ["Noor: schrijf het idee als 'Ik ga ...'."]
    cli.ok("record-step", ref, "tweede_gesprek_steungroep", "--text", "Tweede gesprek",
           "--result", "Daan=Heeft twee keer gevraagd", "--idea", "Daan=Ik ga het blijven vragen")
    members = {m["name"]: m for m in cli.json("steungroep", ref)["members"]}
    assert [i["text"] for i in members["Daan"]["ideas"]] == [
        "Ik ga Sem vragen mee te voetballen", "Ik ga het blijven vragen"]
    assert [r["text"] for r in members["Daan"]["results"]] == ["Heeft twee keer gevraagd"]
    assert members["Daan"]["role"] == "pester"
    assert "  idee: Ik ga het blijven vragen" in cli.ok("steungroep", ref)
    cli.fails("record-step", ref, "tweede_gesprek_gepeste", "--text", "x",
              "--idea", "Daan=Ik ga helpen", message="vraagt geen ideeën")
    cli.fails("record-step", ref, "tweede_gesprek_steungroep", "--text", "x",
              "--idea", "Sem=Ik ga", message="zit niet in de steungroep")
    cli.fails("record-step", ref, "tweede_gesprek_steungroep", "--text", "x",
              "--idea", "Daan", message="--idea verwacht NAAM=TEKST")
    cli.fails("set-steungroep", ref, "Daan", "Piet", message="'Piet' staat niet bij melding")


def test_skip_and_deviate_a_step(cli: RealCli, refs: dict[str, str]) -> None:
    ref = refs["steun"]
    skipped = cli.json("skip-step", ref, "confronterend_gesprek", "--reason", "Niet nodig")
    assert (skipped["kind"], skipped["reason"]) == ("overgeslagen", "Niet nodig")
    out = cli.ok("deviate-step", ref, "tweede_gesprek_gepeste", "--reason", "Telefonisch")
    assert "wijkt af: Telefonisch" in out
    steps = {s["id"]: s for s in cli.json("steps", ref)["protocol"]["steps"]}
    assert steps["confronterend_gesprek"]["state"] == "skipped"
    assert steps["tweede_gesprek_gepeste"]["notes"] == ["Afwijking: Telefonisch"]
    cli.fails("skip-step", ref, "bestaat_niet", "--reason", "x", message="geen stap")
