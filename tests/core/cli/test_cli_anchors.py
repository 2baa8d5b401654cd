"""Issue 19 (9): `verify --against FILE` and `check-export` in the CLI: a vault whose
history no longer holds an export's anchor fails with one Dutch line saying so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.cli.dossier_commands import EXIT_ANCHOR_MISMATCH
from app.domain import CaseKind
from app.dossier.selection import DossierRequest
from tests.conftest import PASSWORD
from tests.core.cli.test_cli import cli, vault_file  # noqa: F401 - fixtures
from tests.core.test_audit_anchors import _edit_and_rechain, _raw


def _export(vault: str, target: Path) -> Path:
    with CaseFile.open(Path(vault), PASSWORD) as cf:
        case = cf.cases.create(NewCase("Uitgelachen", CaseKind.PESTEN, date(2026, 11, 20)))
        cf.cases.create(NewCase("Nog een", CaseKind.PESTEN, date(2026, 11, 21)))
        result = cf.handover.export_dossier(case.id, DossierRequest(), target)
    assert result is not None
    return result.path


def test_verify_against_an_export_passes_then_fails_after_a_rewrite(
        cli, vault_file: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    pdf = _export(vault_file, tmp_path / "dossier.pdf")
    code, out, _ = cli("verify", vault_file, "--password-stdin", "--against", str(pdf))
    assert code == 0, out
    assert "gecontroleerd: vergeleken met het auditanker in 'dossier.pdf' (regel " in out
    code, out, _ = cli("check-export", vault_file, str(pdf), "--password-stdin")
    assert code == 0 and out.startswith("Ja: ")

    _raw(Path(vault_file), _edit_and_rechain)
    code, out, _ = cli("verify", vault_file, "--password-stdin")
    assert code == 0, "a consistent rewrite passes when the vault is checked on its own"
    code, out, err = cli("verify", vault_file, "--password-stdin", "--against", str(pdf))
    assert code == 1 and "controle mislukt" in err
    assert "is in de kluis niet meer dezelfde: de geschiedenis tot die regel is herschreven" \
        in out
    code, out, err = cli("check-export", vault_file, str(pdf), "--password-stdin")
    assert code == EXIT_ANCHOR_MISMATCH
    assert out.startswith("Ja: ")   # the export row is still there, rewritten with the rest
    assert "de geschiedenis tot die regel is herschreven" in out
    assert "klopt niet meer met deze export" in err


def test_verify_against_a_missing_or_foreign_file(
        cli, vault_file: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, _, err = cli("verify", vault_file, "--password-stdin", "--against",
                       str(tmp_path / "weg.pdf"))
    assert code == 1 and "weg.pdf" in err
    other = tmp_path / "lijst.csv"
    other.write_text("a;b\n")
    code, _, err = cli("verify", vault_file, "--password-stdin", "--against", str(other))
    assert code == 1 and "geen dossier, bewijspakket, manifest of reservekopie" in err


def test_check_export_of_a_changed_file_is_not_called_a_rewritten_vault(
        cli, vault_file: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    pdf = _export(vault_file, tmp_path / "dossier.pdf")
    changed = tmp_path / "gewijzigd.pdf"
    changed.write_bytes(pdf.read_bytes() + b"\n")   # same anchor, another SHA-256
    code, out, err = cli("check-export", vault_file, str(changed), "--password-stdin")
    assert code == 1 and out.startswith("Nee:") and err == ""
    assert "het is na de export gewijzigd, of regels zijn uit de auditlog verwijderd" in out
