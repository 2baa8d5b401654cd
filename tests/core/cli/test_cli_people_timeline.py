"""pestdossier-cli on people and the timeline, through the real entry: add-person
--existing/--note, edit-person, remove-person, timeline, edit-entry, revisions."""

from __future__ import annotations

from datetime import date

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, dict[str, str]]:
    path, cli = new_vault(tmp_path_factory.mktemp("people"))
    with CaseFile.create(path, PASSWORD) as vault:
        first = vault.cases.create(NewCase("Tas verstopt", CaseKind.PESTEN, date(2026, 11, 2)))
        second = vault.cases.create(NewCase("Plein", CaseKind.PESTEN, date(2026, 11, 3)))
        vault.people.add_new_to_case(first.id, "Noor", Role.GEPESTE, "6B")
        vault.people.add_new_to_case(first.id, "Daan", Role.PESTER, "6B")
        vault.people.add_new_to_case(first.id, "Liam", Role.MEELOPER, "6B")
        vault.people.add_new_to_case(second.id, "Noor", Role.GETUIGE, "7A")  # another Noor
        vault.people.add_new_to_case(second.id, "Noor", Role.MEELOPER, "6C")  # and a third
        vault.timeline.add(first.id, EntryKind.GESPREK, "Eerste gesprek\nmet Noor",
                           vault.clock.now())
        vault.timeline.add(second.id, EntryKind.NOTITIE, "Van een andere melding",
                           vault.clock.now())
    return cli, {"first": first.reference, "second": second.reference}


def test_a_person_already_in_the_vault_joins_a_case(cli: RealCli, refs: dict[str, str]) -> None:
    cli.fails("add-person", refs["second"], "--name", "Daan", "--role", "getuige",
              "--existing", "--group", "7A", message="niemand met de naam 'Daan'")
    cli.ok("add-person", refs["second"], "--name", "daan", "--role", "getuige", "--existing",
           "--note", "zag het gebeuren")
    people = cli.json("show", refs["second"])["people"]
    assert people[-1] == {"name": "Daan", "role": "getuige", "group": "6B",
                          "note": "zag het gebeuren"}
    cli.fails("add-person", refs["first"], "--name", "Noor", "--role", "getuige",
              "--existing", message="noem ook de groep")


def test_edit_person_renames_everywhere(cli: RealCli, refs: dict[str, str]) -> None:
    data = cli.json("edit-person", refs["first"], "Liam", "--name", "Liam de Wit",
                    "--group", "6C")
    assert data == {"name": "Liam de Wit", "role": "meeloper", "group": "6C", "note": ""}
    assert "Gewijzigd: Liam de Wit (6C)" in cli.ok("edit-person", refs["first"], "liam de wit",
                                                   "--group", "6C")
    cli.fails("edit-person", refs["first"], "Piet", "--group", "6B",
              message="'Piet' staat niet bij melding")
    cli.fails("edit-person", refs["first"], "Noor", message="--name of --group")
    cli.fails("edit-person", refs["second"], "noor", "--group", "7B",
              message="heten meer mensen 'noor': Noor (6C), Noor (7A); noem ook de groep")
    assert cli.json("edit-person", refs["second"], "Noor (7A)", "--group", "7B")["group"] == "7B"


def test_remove_person_from_a_case(cli: RealCli, refs: dict[str, str]) -> None:
    cli.ok("add-person", refs["first"], "--name", "Daan", "--role", "getuige", "--existing",
           "--group", "6B")
    cli.fails("remove-person", refs["first"], "Daan", "--reason", "vergissing",
              message="kies er één met --role")
    data = cli.json("remove-person", refs["first"], "Daan", "--role", "getuige",
                    "--reason", "vergissing")
    assert data["removed"]["role"] == "getuige"
    out = cli.ok("remove-person", refs["first"], "Daan", "--reason", "vergissing")
    assert "de persoon blijft in de kluis" in out
    assert [p["name"] for p in cli.json("show", refs["first"])["people"]] == [
        "Noor", "Liam de Wit"]


def test_timeline_edit_entry_and_revisions(cli: RealCli, refs: dict[str, str]) -> None:
    [entry] = cli.json("timeline", refs["first"])
    out = cli.ok("timeline", refs["first"])
    assert out.startswith(f"#{entry['id']}  ") and "Gesprek: Eerste gesprek\n      met Noor" in out
    edited = cli.json("edit-entry", refs["first"], str(entry["id"]), "--text",
                      "Eerste gesprek met Noor, aangevuld")
    assert edited["revisions"] == 1 and edited["text"] == "Eerste gesprek met Noor, aangevuld"
    history = cli.json("revisions", refs["first"], f"#{entry['id']}")
    assert [r["text"] for r in history["revisions"]] == ["Eerste gesprek\nmet Noor"]
    assert history["entry"]["text"] == "Eerste gesprek met Noor, aangevuld"
    assert "Versie 1" in cli.ok("revisions", refs["first"], str(entry["id"]))
    other = cli.json("timeline", refs["second"])[0]["id"]
    cli.fails("edit-entry", refs["first"], str(other), "--text", "x",
              message=f"heeft geen tijdlijnregel {other}")
