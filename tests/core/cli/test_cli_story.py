"""Two cases from melding to closing using only pestdossier-cli (the real console entry):
an OPA case (steungroep) and a zesstappenplan case, with the steungroep's ideas,
agreements, a held follow-up, an offence with advice, a letter, evidence metadata and an
exported original; `show --json` reads it all back."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.core.cli.real_cli import RealCli, new_vault

STUDENTS = (("Sem Jansen", "gepeste"), ("Daan Visser", "pester"), ("Liam de Wit", "meeloper"),
            ("Noor Bakker", "verdediger"))


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, Path]:
    folder = tmp_path_factory.mktemp("story")
    cli = new_vault(folder)[1]
    cli.ok("init", "--counsellor", "M. de Vries", "--school", "De Vlinder")
    return cli, folder


def _new_case(cli: RealCli, title: str, protocol: str, students: int) -> str:
    ref = cli.json("add-case", "--title", title, "--kind", "online-pesten",
                   "--group", "6B")["reference"]
    for name, role in STUDENTS[:students]:
        cli.ok("add-person", ref, "--name", name, "--role", role, "--group", "6B")
    cli.ok("set-protocol", ref, protocol)
    return ref


def test_an_opa_case_from_melding_to_closing(story: tuple[RealCli, Path]) -> None:
    cli, folder = story
    ref = _new_case(cli, "Uitgelachen in de klassenapp", "supportgroep", 4)
    cli.ok("record-step", ref, "gesprek_gepeste", "--text", "Sem vertelt over de app.",
           "--participant", "Sem Jansen", "--condition", "consent_gepeste=mondeling")
    small = cli.run("set-steungroep", ref, "Daan Visser", "Liam de Wit", "Noor Bakker")
    assert small.returncode == 0 and "gebruikelijk is 5 tot 8" in small.stderr
    cli.ok("record-step", ref, "gesprek_steungroep", "--text", "Groepsgesprek zonder schuld.",
           "--idea", "Daan Visser=Ik ga Sem vragen mee te voetballen",
           "--idea", "Noor Bakker=Ik ga naast Sem zitten bij het eten")
    cli.ok("record-step", ref, "tweede_gesprek_steungroep", "--text", "Het gaat beter.",
           "--result", "Daan Visser=Heeft Sem twee keer gevraagd")
    agreement = cli.json("add-agreement", ref, "--text", "Niemand zet Sem nog in de app",
                         "--with", "Daan Visser")
    cli.ok("agreement-status", ref, str(agreement["id"]), "nagekomen")
    key = cli.json("followups", ref)[0]["key"]
    cli.ok("followup-done", ref, key, "--note", "Gehouden met Sem")
    cli.ok("set-offences", ref, "belediging")
    cli.ok("record-advice", ref, "--action", "aangifte-geadviseerd", "--to", "ouders van Sem")
    letter = folder / "brief-steungroep.txt"
    cli.ok("letter", ref, "brief_ouders_steungroep", "--child", "Noor Bakker", "-o", str(letter))
    shot = folder / "app.txt"
    shot.write_bytes(b"[21:14] Daan: haha kijk Sem\n")
    cli.ok("import", ref, str(shot))
    cli.ok("evidence", "set", ref, "B1", "--platform", "WhatsApp", "--description",
           "Bericht in de klassenapp", "--action", "gemeld-bij-platform")
    original = folder / "origineel.txt"
    cli.ok("evidence", "export", ref, "B1", "-o", str(original))
    cli.ok("close-case", ref, "--outcome", "gestopt", "--note", "De groep helpt Sem.")

    case = cli.json("show", ref)
    assert (case["status"], case["outcome"]["outcome"]) == ("gesloten", "gestopt")
    steps = {s["id"]: s["state"] for s in case["protocol"]["steps"]}
    assert steps["gesprek_gepeste"] == steps["gesprek_steungroep"] == "done"
    members = {m["name"]: m for m in case["steungroep"]}
    assert members["Daan Visser"]["ideas"][0]["text"].startswith("Ik ga Sem vragen")
    assert members["Daan Visser"]["results"][0]["text"] == "Heeft Sem twee keer gevraagd"
    assert case["agreements"][0]["status"] == "nagekomen"
    assert any(f["key"] == key and f["state"] == "done" for f in case["followups"])
    assert case["offences"]["checked"] == ["belediging"]
    assert case["offences"]["advice"][0]["actions"] == ["aangifte-geadviseerd"]
    [item] = case["evidence"]
    assert item["metadata"]["platform"] == "WhatsApp"
    assert item["sha256"] == hashlib.sha256(original.read_bytes()).hexdigest()
    assert "Noor" in letter.read_text(encoding="utf-8")


def test_a_zesstappenplan_case_from_melding_to_closing(story: tuple[RealCli, Path]) -> None:
    cli, _folder = story
    ref = _new_case(cli, "Bedreigd via Snapchat", "zesstappenplan", 2)
    for step, who in (("signaleren", "Sem Jansen"), ("gesprek_gepeste", "Sem Jansen"),
                      ("gesprek_pester", "Daan Visser")):
        cli.ok("record-step", ref, step, "--text", f"Stap {step}.", "--participant", who)
    cli.ok("set-offences", ref, "bedreiging")
    cli.ok("record-advice", ref, "--action", "politie-ingelicht", "--to", "wijkagent")
    cli.ok("close-case", ref, "--outcome", "gestopt")
    case = cli.json("show", ref)
    states = [s["state"] for s in case["protocol"]["steps"]]
    assert states[:3] == ["done", "done", "done"] and "done" not in states[3:]
    assert case["outcome"]["keep_monitoring"] is True  # two years of light monitoring
    assert case["priority"]["priority"] == "acuut"
    assert [e["kind"] for e in case["entries"]][-1] == "notitie"
