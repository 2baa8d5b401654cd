"""pestdossier-cli on withdrawing and correcting (issue 11, item 5), through the real
entry: evidence withdraw, withdraw-entry, edit-person --keep-old-name, set-role,
remove-person --reason, delete-person, edit-identity."""

from __future__ import annotations

from datetime import date

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.identities import FormKind
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, dict[str, str]]:
    path, cli = new_vault(tmp_path_factory.mktemp("withdraw"))
    with CaseFile.create(path, PASSWORD) as vault:
        first = vault.cases.create(NewCase("Nepaccount", CaseKind.PESTEN, date(2026, 11, 2)))
        second = vault.cases.create(NewCase("Plein", CaseKind.PESTEN, date(2026, 11, 3)))
        vault.people.add_new_to_case(first.id, "Noor", Role.GEPESTE, "6B")
        sam = vault.people.add_new_to_case(first.id, "Sam", Role.GETUIGE, "6B").person
        vault.people.add_to_case(second.id, sam.id, Role.PESTER)
        lex = vault.people.add_new_to_case(first.id, "Lex de Vires", Role.MEELOPER, "6B")
        vault.identities.add(lex.person.id, FormKind.ACCOUNT, "@lexv", platform="TikTok")
        vault.evidence.import_bytes(first.id, b"verkeerd bestand", "verkeerd.txt")
        vault.timeline.add(first.id, EntryKind.NOTITIE, "Verkeerde notitie", vault.clock.now())
    return cli, {"first": first.reference, "second": second.reference}


@pytest.fixture
def cli(made: tuple[RealCli, dict[str, str]]) -> RealCli:
    return made[0]


@pytest.fixture
def refs(made: tuple[RealCli, dict[str, str]]) -> dict[str, str]:
    return made[1]


def test_withdraw_evidence_and_an_entry(cli: RealCli, refs: dict[str, str]) -> None:
    ref = refs["first"]
    cli.fails("evidence", "withdraw", ref, "B1", "--reason", " ", message="Geef een reden op")
    item = cli.json("evidence", "withdraw", ref, "B1", "--reason", "Verkeerd bestand")
    assert (item["label"], item["withdrawal_reason"]) == ("B1", "Verkeerd bestand")
    assert item["withdrawn_at"] and len(item["sha256"]) == 64
    assert "ingetrokken op" in cli.ok("evidence", "list", ref)
    cli.fails("evidence", "withdraw", ref, "B1", "--reason", "x",
              message="Bewijsstuk B1 is al ingetrokken.")
    cli.fails("evidence", "export", ref, "B1", "-o", str(cli.vault.parent / "uit.txt"),
              message="Bewijsstuk B1 is ingetrokken; het bestand is verwijderd.")
    [entry] = cli.json("timeline", ref)
    out = cli.ok("withdraw-entry", ref, str(entry["id"]), "--reason", "Andere melding")
    assert "ingetrokken" in out
    [after] = cli.json("timeline", ref)
    assert (after["text"], after["withdrawal_reason"]) == ("", "Andere melding")
    cli.fails("edit-entry", ref, str(entry["id"]), "--text", "opnieuw",
              message="Deze tijdlijnregel is ingetrokken")
    assert cli.json("verify")["ok"] is True


def test_correct_people(cli: RealCli, refs: dict[str, str]) -> None:
    ref = refs["first"]
    data = cli.json("edit-person", ref, "Lex de Vires", "--name", "Lex de Vries",
                    "--keep-old-name")
    assert data["name"] == "Lex de Vries"
    forms = cli.json("identities", ref)["people"][-1]["forms"]
    assert {f["value"] for f in forms} == {"lexv", "Lex de Vires"}
    account = next(f for f in forms if f["value"] == "lexv")
    changed = cli.json("edit-identity", ref, str(account["id"]), "--value", "@lex.vries")
    assert changed["value"] == "lex.vries"
    cli.fails("edit-identity", ref, str(account["id"]), message="Geef --value")
    assert cli.json("set-role", ref, "Lex de Vries", "pester")["role"] == "pester"
    cli.fails("delete-person", ref, "Sam", "--reason", "vergissing",
              message=f"Deze persoon staat ook bij {refs['second']}.")
    out = cli.ok("remove-person", ref, "Sam", "--reason", "Verkeerde leerling")
    assert "de persoon blijft in de kluis" in out
    out = cli.ok("delete-person", ref, "Lex de Vries", "--reason", "Bestaat niet")
    assert "uit de kluis verwijderd" in out
    assert [p["name"] for p in cli.json("show", ref)["people"]] == ["Noor"]
