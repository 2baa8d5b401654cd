"""pestdossier-cli inform: list who the protocol says to inform, and record it."""

from __future__ import annotations

import json

from tests.core.cli.test_cli import cli, run, vault_file

__all__ = ["cli", "vault_file"]


def _json(monkeypatch, capsys, *args: str) -> object:  # type: ignore[no-untyped-def]
    code, out, err = run(monkeypatch, capsys, *args, "--password-stdin", "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_inform_lists_records_and_refuses_half_a_record(monkeypatch, capsys,  # type: ignore[no-untyped-def]
                                                         vault_file: str) -> None:
    ref = _json(monkeypatch, capsys, "add-case", vault_file, "--title", "Groepsapp",
                "--kind", "pesten", "--reported-on", "2026-09-07")["reference"]
    _json(monkeypatch, capsys, "set-protocol", vault_file, ref, "zesstappenplan")
    listed = _json(monkeypatch, capsys, "inform", vault_file, ref)
    assert [(i["id"], i["means"], i["within"]) for i in listed] == [
        ("wijkagent", "telefoon", None), ("ouders_gepeste", "gesprek", "7 dagen"),
        ("ouders_pester", "telefoon", "7 dagen"), ("klas", "gesprek", None)]
    assert listed[2]["template"] == "belnotitie_ouders_pester"
    done = _json(monkeypatch, capsys, "inform", vault_file, ref, "ouders_gepeste", "--done",
                 "--by", "mentor", "--at", "2026-09-10T16:00", "--note", "Op school.")
    assert [(d["state"], d["done_how"], d["by"]) for d in done] == [
        ("gedaan", "gesprek", "mentor")]
    assert done[0]["entry_id"] is not None          # the conversation is on the timeline
    code, _, err = run(monkeypatch, capsys, "inform", vault_file, ref, "wijkagent", "--not",
                       "--password-stdin")
    assert (code, err.strip()) == (
        1, "pestdossier-cli: Schrijf op waarom u bewust niet informeert.")
    code, _, err = run(monkeypatch, capsys, "inform", vault_file, ref, "wijkagent",
                       "--password-stdin")
    assert (code, err.strip()) == (
        1, "pestdossier-cli: Kies --done, --not (met --reason) of --reopen.")
    code, out, _ = run(monkeypatch, capsys, "inform", vault_file, ref, "--password-stdin")
    assert code == 0
    assert "ouders_gepeste: ouders van de gepeste leerling (gesprek)" in out
    assert "gedaan op 10 september 2026, 16:00 (gesprek) door mentor" in out


def test_measure_shows_the_ladder_takes_a_rung_and_escalates(monkeypatch, capsys,  # type: ignore[no-untyped-def]
                                                             vault_file: str) -> None:
    ref = _json(monkeypatch, capsys, "add-case", vault_file, "--title", "Afspraak verbroken",
                "--kind", "pesten", "--reported-on", "2026-09-07")["reference"]
    _json(monkeypatch, capsys, "set-protocol", vault_file, ref, "zesstappenplan")
    shown = _json(monkeypatch, capsys, "measure", vault_file, ref)
    assert [(r["phase"], r["chance"]) for r in shown["ladder"]][:2] == [(0, True), (1, False)]
    assert not any(r["suggested"] for r in shown["ladder"])
    assert shown["escalation"] == ["anti-pestcoördinator", "afdelingsleider", "directie"]
    taken = _json(monkeypatch, capsys, "measure", vault_file, ref, "--take", "0", "--by",
                  "mentor", "--on", "2026-09-20", "--note", "Nog één kans gegeven.")
    assert [(m["kind"], m["on"], m["by"]) for m in taken["measures"]] == [
        ("kans", "2026-09-20", "mentor")]
    number = str(taken["measures"][0]["id"])
    effect = _json(monkeypatch, capsys, "measure", vault_file, ref, "--effect", number,
                   "--text", "Rustig gebleven.", "--on", "2026-10-01")
    assert effect["measures"][0]["effect"] == "Rustig gebleven."
    up = _json(monkeypatch, capsys, "measure", vault_file, ref, "--escalate",
               "afdelingsleider", "--reason", "Gaat door.")
    assert [m["kind"] for m in up["measures"]][-1] == "escalatie"
    code, _, err = run(monkeypatch, capsys, "measure", vault_file, ref, "--take", "7",
                       "--password-stdin")
    assert (code, err.strip()) == (
        1, "pestdossier-cli: Het protocol van deze melding heeft geen maatregelfase 7.")
    code, out, _ = run(monkeypatch, capsys, "measure", vault_file, ref, "--password-stdin")
    assert code == 0
    assert "[x] 0: Nog één kans (mentor)" in out and "effect (1 oktober 2026): Rustig" in out
    assert "doorgezet naar afdelingsleider: Gaat door." in out
