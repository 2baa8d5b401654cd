"""pestdossier-cli on agreements and follow-ups, through the real entry: agreements,
add-agreement, agreement-status, followups, followup-done, followup-move,
followup-cancel."""

from __future__ import annotations

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import ProtocolRegistry
from app.domain import CaseKind, Role
from app.protocols import SHIPPED_PROTOCOLS_DIR
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, dict[str, str]]:
    path, cli = new_vault(tmp_path_factory.mktemp("agreements"))
    with CaseFile.create(path, PASSWORD,
                         registry=ProtocolRegistry([SHIPPED_PROTOCOLS_DIR])) as vault:
        today = vault.clock.today_local()
        case = vault.cases.create(NewCase("Tas verstopt", CaseKind.PESTEN, today))
        other = vault.cases.create(NewCase("Zonder protocol", CaseKind.PESTEN, today))
        vault.people.add_new_to_case(case.id, "Noor", Role.GEPESTE, "6B")
        vault.people.add_new_to_case(case.id, "Daan", Role.PESTER, "6B")
        vault.casework.protocols.choose(case.id, "zesstappenplan")
    return cli, {"case": case.reference, "other": other.reference}


def test_add_an_agreement_and_mark_it(cli: RealCli, refs: dict[str, str]) -> None:
    made = cli.json("add-agreement", refs["case"], "--text", "Daan laat de tas van Noor met rust",
                    "--with", "Daan", "--with", "noor", "--evaluate-on", "2026-12-20",
                    "--made-on", "2026-11-25T15:30")
    assert made["with"] == ["Daan", "Noor"] and made["evaluate_on"] == "2026-12-20"
    assert (made["status"], made["made_on"]) == ("open", "2026-11-25T14:30:00+00:00")
    out = cli.ok("agreements", refs["case"])
    assert f"#{made['id']}  open" in out and "met Daan, Noor; evalueren 2026-12-20" in out
    broken = cli.json("agreement-status", refs["case"], str(made["id"]), "verbroken",
                      "--note", "Tas weer verstopt")
    assert (broken["status"], broken["status_note"]) == ("verbroken", "Tas weer verstopt")
    assert "Afspraak niet nagekomen" in cli.ok("timeline", refs["case"])
    kept = cli.ok("agreement-status", refs["case"], f"#{made['id']}", "nagekomen")
    assert f"Afspraak {made['id']}: nagekomen" in kept
    cli.fails("agreement-status", refs["case"], "999", "nagekomen",
              message="heeft geen afspraak 999")
    cli.fails("add-agreement", refs["case"], "--text", "x", "--with", "Piet",
              message="'Piet' staat niet bij melding")
    cli.fails("add-agreement", refs["case"], "--text", "x", "--evaluate-on", "31-12-2026",
              message="geen datum (JJJJ-MM-DD)")


def test_followups_held_moved_and_cancelled(cli: RealCli, refs: dict[str, str]) -> None:
    cli.ok("add-agreement", refs["case"], "--text", "Samen naar de gym")
    followups = cli.json("followups", refs["case"])
    keys = [f["key"] for f in followups if f["key"].startswith("vervolggesprek/")]
    assert len(keys) >= 3 and all(f["state"] in ("current", "upcoming", "overdue")
                                  for f in followups)
    done = cli.json("followup-done", refs["case"], keys[0], "--on", "2026-11-28",
                    "--note", "Gaat goed")
    assert done == {**done, "key": keys[0], "action": "gedaan", "on_date": "2026-11-28",
                    "reason": "Gaat goed"}
    assert "Verzet naar 2027-01-15" in cli.ok("followup-move", refs["case"], keys[1],
                                              "--to", "2027-01-15", "--reason", "Vakantie")
    cli.ok("followup-cancel", refs["case"], keys[2], "--reason", "Niet meer nodig")
    states = {f["key"]: (f["state"], f["due"]) for f in cli.json("followups", refs["case"])}
    assert states[keys[0]][0] == "done"
    assert states[keys[1]] == ("upcoming", "2027-01-15")
    assert states[keys[2]][0] == "cancelled"
    out = cli.ok("followups", refs["case"])
    assert f"{keys[0]:<40} gedaan" in out
    cli.fails("followup-done", refs["case"], "bestaat/niet", message="geen vervolgafspraak")
    cli.fails("followup-move", refs["case"], keys[1], "--to", "volgende week", "--reason", "x",
              message="geen datum")
    cli.fails("followups", refs["other"], message="volgt (nog) geen protocol")
