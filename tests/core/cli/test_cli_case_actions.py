"""pestdossier-cli on a case itself, through the real entry: edit-case, set-status,
close-case, reopen-case, set-priority, escalate, and `show` with everything."""

from __future__ import annotations

from datetime import date

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import NewAgreement, ProtocolRegistry
from app.domain import CaseKind, Role
from app.protocols import SHIPPED_PROTOCOLS_DIR
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, dict[str, str]]:
    folder = tmp_path_factory.mktemp("case_actions")
    path, cli = new_vault(folder)
    evidence = folder / "bericht.txt"
    evidence.write_text("Jij hoort er niet bij.\n", encoding="utf-8")
    with CaseFile.create(path, PASSWORD, counsellor="T. Tester",
                         registry=ProtocolRegistry([SHIPPED_PROTOCOLS_DIR])) as vault:
        today = vault.clock.today_local()  # the CLI runs on the real clock too
        made = {key: vault.cases.create(NewCase(title, CaseKind.PESTEN, today))
                for key, title in (("edit", "Tas verstopt"), ("close", "Buitengesloten"),
                                   ("full", "Klassenapp"))}
        full = made["full"].id
        vault.people.add_new_to_case(full, "Sem", Role.GEPESTE, "6B", "broertje in 4")
        daan = vault.people.add_new_to_case(full, "Daan", Role.PESTER, "6B")
        work = vault.casework
        work.protocols.choose(full, "vijf_bs")
        work.protocols.choose(made["close"].id, "vijf_bs")
        work.agreements.add(full, NewAgreement("Daan laat Sem met rust", (daan.id,),
                                               date(2026, 12, 1)))
        work.offences.set_checked(full, ["bedreiging"])
        work.steungroep.compose(full, [daan.id])
        vault.evidence.import_file(full, evidence)
    return cli, {key: case.reference for key, case in made.items()}


def test_edit_case_changes_only_the_fields_given(cli: RealCli, refs: dict[str, str]) -> None:
    data = cli.json("edit-case", refs["edit"], "--title", "Tas weer verstopt", "--group", "7B",
                    "--reported-on", "2026-10-01", "--reported-by", "ouder")
    assert (data["title"], data["group"], data["reported_on"], data["reported_by"],
            data["kind"]) == ("Tas weer verstopt", "7B", "2026-10-01", "ouder", "pesten")
    assert "gewijzigd: Tas weer verstopt" in cli.ok("edit-case", refs["edit"], "--kind",
                                                   "conflict")
    cli.fails("edit-case", refs["edit"], "--reported-on", "gisteren", message="geen datum")
    cli.fails("edit-case", refs["edit"], message="minstens één veld")


def test_status_and_priority(cli: RealCli, refs: dict[str, str]) -> None:
    assert cli.json("set-status", refs["edit"], "monitoring")["status"] == "monitoring"
    cli.fails("set-status", refs["edit"], "gesloten", message="met een uitkomst")
    data = cli.json("set-priority", refs["edit"], "hoog", "--reason", "Ouders ongerust")
    assert data["priority"] == "hoog" and data["reason"] == "Ouders ongerust"
    assert data["automatic"] is False and data["set_at"]
    cli.fails("set-priority", refs["edit"], "heel", "--reason", "x", message="kies uit")


def test_close_keeps_the_protocols_monitoring_and_reopen(cli: RealCli,
                                                         refs: dict[str, str]) -> None:
    out = cli.ok("close-case", refs["close"], "--outcome", "gestopt", "--note", "Rust")
    assert "Uitkomst: Het pesten is gestopt." in out and "monitoring" in out
    cli.fails("close-case", refs["close"], "--outcome", "gestopt", message="al gesloten")
    cli.fails("set-status", refs["close"], "monitoring", message="reopen-case")
    shown = cli.json("show", refs["close"])
    assert shown["status"] == "gesloten"
    assert shown["outcome"]["outcome"] == "gestopt"
    assert shown["outcome"]["keep_monitoring"] is True
    data = cli.json("reopen-case", refs["close"], "--reason", "Nieuwe signalen")
    assert data["case"]["status"] == "in-behandeling"
    assert data["entry"]["text"] == "Melding heropend: Nieuwe signalen"
    cli.fails("reopen-case", refs["close"], "--reason", "x", message="niet gesloten")


def test_escalate(cli: RealCli, refs: dict[str, str]) -> None:
    entry = cli.json("escalate", refs["edit"], "--to", "anti-pestcoördinator", "--reason",
                     "Gaat door", "--at", "2026-11-20T10:00")
    assert entry["kind"] == "overdracht" and entry["with"] == "anti-pestcoördinator"
    assert entry["occurred_at"] == "2026-11-20T09:00:00+00:00"
    cli.fails("escalate", refs["edit"], "--to", "x", "--reason", "y", "--at", "vandaag",
              message="geen geldige datum")


def test_show_json_has_protocol_agreements_offences_and_evidence(
        cli: RealCli, refs: dict[str, str]) -> None:
    data = cli.json("show", refs["full"])
    assert data["priority"]["priority"] == "acuut" and data["priority"]["automatic"] is True
    assert data["outcome"] is None
    assert data["people"][0] == {"name": "Sem", "role": "gepeste", "group": "6B",
                                 "note": "broertje in 4"}
    protocol = data["protocol"]
    assert (protocol["id"], protocol["name"]) == ("vijf_bs", "De 5 B's")
    first = protocol["steps"][0]
    assert (first["id"], first["state"], first["round"]) == ("bekijken", "current", 1)
    assert first["due"] == data["reported_on"]  # acuut (a threat): the same day, not 7 days
    beslissen = next(s for s in protocol["steps"] if s["id"] == "beslissen")
    assert beslissen["choice"]["options"] == ["niet-confronterend", "confronterend"]
    assert [a["text"] for a in data["agreements"]] == ["Daan laat Sem met rust"]
    assert data["agreements"][0]["with"] == ["Daan"]
    assert data["agreements"][0]["evaluate_on"] == "2026-12-01"
    assert data["offences"] == {"checked": ["bedreiging"], "advice": []}
    assert [m["name"] for m in data["steungroep"]] == ["Daan"]
    [item] = data["evidence"]
    assert (item["label"], item["kind"], len(item["sha256"])) == ("B1", "document", 64)
    assert item["metadata"]["urls"] == []
    assert isinstance(data["followups"], list)
    assert all(isinstance(e["id"], int) for e in data["entries"])
    out = cli.ok("show", refs["full"])
    for heading in ("Protocol: De 5 B's", "Afspraken:", "Strafbare feiten:", "Steungroep:",
                    "Bewijs:", "Urgentie: Acuut"):
        assert heading in out
    assert "Sem (6B): Gepeste leerling - broertje in 4" in out
