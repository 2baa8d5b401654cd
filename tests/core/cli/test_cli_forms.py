"""pestdossier-cli contract: the non-pestcontract and the pupil's plan from the command
line (list, new, edit, sign, history, pdf)."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.core.cli.test_cli import cli, run, vault_file

__all__ = ["cli", "vault_file"]


def _json(monkeypatch, capsys, *args: str) -> object:  # type: ignore[no-untyped-def]
    code, out, err = run(monkeypatch, capsys, *args, "--password-stdin", "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_contract_from_first_version_to_signed_pdf(monkeypatch, capsys, vault_file: str,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    ref = _json(monkeypatch, capsys, "add-case", vault_file, "--title", "Duwen in de rij",
                "--kind", "pesten")["reference"]
    for name, role in (("Sam Jansen", "pester"), ("Noor de Wit", "gepeste")):
        _json(monkeypatch, capsys, "add-person", vault_file, ref, "--name", name,
              "--role", role)
    made = _json(monkeypatch, capsys, "contract", "new", vault_file, ref, "contract",
                 "--pupil", "Sam Jansen", "--stops", "Ik duw niemand meer in de rij.")
    assert (made["pupil"], made["version"], made["fields"]["stops"]) == (
        "Sam Jansen", 1, "Ik duw niemand meer in de rij.")
    number = str(made["id"])
    code, _, err = run(monkeypatch, capsys, "contract", "edit", vault_file, ref, number,
                       "--actions", "x", "--reason", "fout", "--password-stdin")
    assert (code, err.strip()) == (
        1, "pestdossier-cli: Onbekend veld 'actions' voor dit formulier.")
    edited = _json(monkeypatch, capsys, "contract", "edit", vault_file, ref, number,
                   "--repair", "Ik bied mijn excuses aan.", "--reason", "na het gesprek")
    assert edited["version"] == 2 and edited["fields"]["stops"] == "Ik duw niemand meer in de rij."
    signed = _json(monkeypatch, capsys, "contract", "sign", vault_file, ref, number,
                   "--by", "ouders", "--on", "2026-11-25")
    assert signed["signed"] == {"ouders": "2026-11-25"}
    history = _json(monkeypatch, capsys, "contract", "history", vault_file, ref, number)
    assert [(h["version"], h["reason"]) for h in history] == [
        (1, "na het gesprek"), (2, "ondertekend: ouders")]
    out = tmp_path / "contract.pdf"
    code, said, err = run(monkeypatch, capsys, "contract", "pdf", vault_file, ref, number,
                          "-o", str(out), "--password-stdin")
    assert (code, err) == (0, "") and "Niet-pestcontract opgeslagen" in said
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(out).pages).split())
    assert "Ik bied mijn excuses aan." in text and "25 november 2026" in text
    listed = _json(monkeypatch, capsys, "contract", "list", vault_file, ref)
    assert [f["id"] for f in listed] == [made["id"]]


def test_a_plan_naming_another_child_needs_confirm(monkeypatch, capsys, vault_file: str,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    ref = _json(monkeypatch, capsys, "add-case", vault_file, "--title", "Buitensluiten",
                "--kind", "pesten")["reference"]
    for name, role in (("Sam Jansen", "pester"), ("Noor de Wit", "gepeste")):
        _json(monkeypatch, capsys, "add-person", vault_file, ref, "--name", name,
              "--role", role)
    plan = _json(monkeypatch, capsys, "contract", "new", vault_file, ref, "plan", "--pupil",
                 "Sam Jansen", "--actions", "Ik vraag Noor mee te doen met voetbal.")
    out = tmp_path / "plan.pdf"
    code, said, err = run(monkeypatch, capsys, "contract", "pdf", vault_file, ref,
                          str(plan["id"]), "-o", str(out), "--password-stdin")
    assert code == 1 and said == "" and not out.exists()
    assert "noemt een ander kind: Noor de Wit" in err and err.count("\n") == 1
    code, said, err = run(monkeypatch, capsys, "contract", "pdf", vault_file, ref,
                          str(plan["id"]), "-o", str(out), "--confirm", "--password-stdin")
    assert code == 0 and out.exists() and "Noor de Wit" in err
