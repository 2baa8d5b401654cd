"""pestdossier-cli retention, retention-due and consent, and both in `show`."""

from __future__ import annotations

import json

from tests.core.cli.test_cli import PASSWORD, cli, run, vault_file

__all__ = ["cli", "vault_file"]


def _json(monkeypatch, capsys, *args: str) -> object:  # type: ignore[no-untyped-def]
    code, out, err = run(monkeypatch, capsys, *args, "--password-stdin", "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_retention_show_set_and_due(monkeypatch, capsys, vault_file: str) -> None:  # type: ignore[no-untyped-def]
    case = _json(monkeypatch, capsys, "add-case", vault_file, "--title", "Tas verstopt",
                 "--kind", "pesten", "--reported-on", "2026-09-07")
    ref = case["reference"]
    shown = _json(monkeypatch, capsys, "retention", vault_file, ref)
    assert (shown["rule"], shown["until"], shown["chosen"]) == (
        "afgesloten_en_verslagen", None, False)
    assert shown["pending"] == "Nog niet te bepalen: de melding is nog open."
    code, _, err = run(monkeypatch, capsys, "retention", vault_file, ref, "--rule",
                       "twee_jaar_na_vertrek", "--leaves-on", "2020-07-15", "--password-stdin")
    assert (code, err.strip()) == (1, "pestdossier-cli: Geef een reden voor deze bewaartermijn.")
    chosen = _json(monkeypatch, capsys, "retention", vault_file, ref, "--rule",
                   "twee_jaar_na_vertrek", "--leaves-on", "2020-07-15", "--reason",
                   "staat in het leerlingdossier")
    assert (chosen["until"], chosen["reason"], chosen["leaves_on"]) == (
        "2022-07-15", "staat in het leerlingdossier", "2020-07-15")
    due = _json(monkeypatch, capsys, "retention-due", vault_file)
    assert [(d["case"], d["until"]) for d in due] == [(ref, "2022-07-15")]
    custom = _json(monkeypatch, capsys, "retention", vault_file, ref, "--until", "2099-01-01",
                   "--reason", "aangifte loopt")
    assert (custom["rule"], custom["until"]) == ("aangepaste_datum", "2099-01-01")
    assert _json(monkeypatch, capsys, "retention-due", vault_file) == []
    code, out, _ = run(monkeypatch, capsys, "show", vault_file, ref, "--password-stdin")
    assert code == 0
    assert "Bewaren tot: 1 januari 2099 (Aangepaste datum)" in out
    assert "Toestemming leerling: niet vastgelegd" in out


def test_consent_set_and_show(monkeypatch, capsys, vault_file: str) -> None:  # type: ignore[no-untyped-def]
    ref = _json(monkeypatch, capsys, "add-case", vault_file, "--title", "Uitgelachen",
                "--kind", "pesten")["reference"]
    assert _json(monkeypatch, capsys, "consent", vault_file, ref) is None
    code, _, err = run(monkeypatch, capsys, "consent", vault_file, ref, "--how", "mondeling",
                       "--password-stdin")
    assert code == 1 and "--given" in err
    code, _, err = run(monkeypatch, capsys, "consent", vault_file, ref, "--given", "yes",
                       "--password-stdin")
    assert (code, err.strip()) == (1, "pestdossier-cli: Schrijf op hoe de toestemming is "
                                      "gegeven.")
    given = _json(monkeypatch, capsys, "consent", vault_file, ref, "--given", "yes", "--how",
                  "mondeling", "--by", "mentor", "--on", "2026-09-08")
    assert given["summary"] == "gegeven (mondeling) op 8 september 2026, gevraagd door mentor"
    shown = _json(monkeypatch, capsys, "show", vault_file, ref)
    assert shown["consent"]["answer"] == "gegeven"
    assert shown["retention"]["rule"] == "afgesloten_en_verslagen"
    assert any("Toestemming van de leerling" in e["text"] for e in shown["entries"])
    found = _json(monkeypatch, capsys, "search", vault_file, "toestemming")
    assert [f["reference"] for f in found] == [ref]
    assert PASSWORD
