"""The intake on the command line: add-case takes its kind from --marks, edit-case
changes only the intake fields given, show prints and returns them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.casefile import CaseFile
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, dict[str, str]]:
    path, real = new_vault(tmp_path_factory.mktemp("intake"))
    CaseFile.create(path, PASSWORD, check_strength=False).close()
    return real, {}


def test_add_case_with_the_intake_and_edit_it(cli: RealCli, tmp_path: Path) -> None:
    case = cli.json("add-case", "--title", "Berichten in de klassenapp",
                    "--marks", "opzet,herhaald,machtsverschil", "--forms", "digitaal,woorden",
                    "--how", "e-mail", "--signals", "niet-naar-school")
    assert case["kind"] == "online-pesten"   # suggested from the marks and the forms
    assert (case["marks"], case["forms"], case["reported_via"], case["signals"]) == (
        ["herhaald", "machtsverschil", "opzet"], ["digitaal", "woorden"], "e-mail",
        ["niet-naar-school"])
    edited = cli.json("edit-case", case["reference"], "--signals", "geen", "--marks", "opzet")
    assert edited["signals"] is None and edited["marks"] == ["opzet"]
    assert edited["forms"] == ["digitaal", "woorden"] and edited["kind"] == "online-pesten"
    shown = cli.ok("show", case["reference"])
    assert "Hoe gemeld: per e-mail" in shown and "Vormen: met woorden, digitaal" in shown


def test_add_case_without_kind_or_marks_and_bad_values_are_refused(cli: RealCli) -> None:
    cli.fails("add-case", "--title", "x", message="Geef --kind, of --marks")
    cli.fails("add-case", "--title", "x", "--kind", "pesten", "--forms", "vliegen",
              message="'vliegen' is onbekend; kies uit: lichamelijk")
    plain = cli.json("add-case", "--title", "Oud model", "--kind", "conflict")
    assert (plain["marks"], plain["forms"], plain["reported_via"]) == (None, None, None)
