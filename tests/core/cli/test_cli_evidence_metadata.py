"""`import` and `evidence set` take every metadata field; `evidence list/show --json`
give them back; `accounts list/add/remove` keep the case's accounts."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.casefile import CaseFile
from app.cases import NewCase
from app.cli.main import main
from app.domain import CaseKind, Role

PASSWORD = "a strong test passphrase 123"


@pytest.fixture
def vault_file(tmp_path: Path) -> str:
    path = tmp_path / "v.pestdossier"
    with CaseFile.create(path, PASSWORD, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Nepprofiel", CaseKind.ONLINE_PESTEN,
                                          date(2026, 11, 2)))
        vault.people.add_new_to_case(case.id, "Daan Vermeulen", Role.PESTER)
    return str(path)


@pytest.fixture
def cli(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = main([*args, "--password-stdin"])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_import_and_set_round_trip_every_field(cli, vault_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shot = tmp_path / "dm.png"
    Image.new("RGB", (40, 60), (3, 4, 5)).save(shot, "PNG")
    code, _, err = cli(
        "import", vault_file, "2026-001", str(shot), "--platform", "Instagram",
        "--url", "https://instagram.com/direct/t/1", "--handle", "@nachtuil",
        "--display-name", "Uil", "--account", "@vos=Vos", "--shown-at", "vr rond 22:10",
        "--captured-with", "Noor", "--device", "telefoon van Noor", "--after", "geblokkeerd",
        "--after", "gemeld-bij-platform", "--student-account", "Hij stuurde het na de gym",
        "--description", "Bericht met dreigement")
    assert (code, err) == (0, "")
    code, out, _ = cli("evidence", "show", vault_file, "2026-001", "B1", "--json")
    meta = json.loads(out)["metadata"]
    assert meta == {
        "platform": "Instagram", "urls": ["https://instagram.com/direct/t/1"],
        "accounts": [{"handle": "@vos", "display_name": "Vos", "platform": "Instagram"},
                     {"handle": "@nachtuil", "display_name": "Uil",
                      "platform": "Instagram"}],
        "shown_at": "vr rond 22:10", "description": "Bericht met dreigement",
        "collected_with": "Noor", "device": "telefoon van Noor",
        "actions": ["geblokkeerd", "gemeld-bij-platform"],
        "student_account": "Hij stuurde het na de gym", "circulation": None}
    code, out, _ = cli("evidence", "set", vault_file, "2026-001", "B1", "--platform",
                       "TikTok", "--handle", "@vos2", "--after", "verwijderverzoek",
                       "--device", "laptop school", "--json")
    assert code == 0
    changed = json.loads(out)["metadata"]
    assert changed["accounts"] == [{"handle": "@vos2", "display_name": "",
                                    "platform": "TikTok"}]
    assert (changed["actions"], changed["device"], changed["collected_with"]) == (
        ["verwijderverzoek"], "laptop school", "Noor")
    code, out, _ = cli("evidence", "list", vault_file, "2026-001", "--json")
    assert json.loads(out)[0]["metadata"]["student_account"] == "Hij stuurde het na de gym"
    assert json.loads(out)[0]["metadata_version"] == 2
    code, out, _ = cli("evidence", "show", vault_file, "2026-001", "B1")
    assert "Verhaal van de leerling: Hij stuurde het na de gym" in out
    code, _, err = cli("evidence", "set", vault_file, "2026-001", "B1", "--after", "gepest")
    assert code != 0 and err.count("\n") == 1


def test_accounts_list_add_remove(cli, vault_file) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("accounts", "add", vault_file, "2026-001", "--platform", "Instagram",
                       "--handle", "@nachtuil", "--display-name", "Uil", "--url",
                       "https://instagram.com/nachtuil", "--person", "Daan Vermeulen", "--json")
    assert code == 0
    added = json.loads(out)
    assert (added["handle"], added["person"]) == ("nachtuil", "Daan Vermeulen")
    code, out, _ = cli("accounts", "add", vault_file, "2026-001", "--platform", "TikTok",
                       "--handle", "spookje")
    assert code == 0 and "spookje" in out and "onbekend" in out
    code, _, err = cli("accounts", "add", vault_file, "2026-001", "--platform", "tiktok",
                       "--handle", "@Spookje")
    assert code != 0 and "staat al in de lijst" in err
    code, out, _ = cli("accounts", "list", vault_file, "2026-001")
    assert "@nachtuil (Uil)  -> Daan Vermeulen  https://instagram.com/nachtuil" in out
    code, out, _ = cli("accounts", "remove", vault_file, "2026-001", str(added["id"]), "--json")
    assert (code, json.loads(out)) == (0, {"removed": added["id"]})
    code, out, _ = cli("accounts", "list", vault_file, "2026-001", "--json")
    assert [a["handle"] for a in json.loads(out)] == ["spookje"]
    code, _, err = cli("accounts", "remove", vault_file, "2026-001", "999")
    assert code != 0 and "bestaat niet" in err
