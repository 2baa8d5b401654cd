"""destroy, anonymise, destructions and destruction-statement through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.casework import ProtocolRegistry
from app.protocols import SHIPPED_PROTOCOLS_DIR
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault
from tests.core.destruction.helpers import build_full_case


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, dict[str, str]]:
    folder = tmp_path_factory.mktemp("vernietigen")
    path, cli = new_vault(folder)
    with CaseFile.create(path, PASSWORD, counsellor="T. Tester",
                         registry=ProtocolRegistry([SHIPPED_PROTOCOLS_DIR])) as cf:
        full = build_full_case(cf, folder)
        other = cf.cases.get(full.other_id).reference
    return cli, {"full": full.reference, "other": other}


def test_destroy_with_warnings_needs_yes(cli: RealCli, refs: dict[str, str]) -> None:
    result = cli.run("destroy", refs["full"], "--reason", "Termijn verstreken")
    assert result.returncode == 1 and result.stdout == ""
    err = result.stderr
    assert "dossier-2026.pdf" in err and "buiten de kluis" in err
    assert "niet gesloten" in err and "werk open" in err
    assert "pestdossier-cli anonymise" in err and "--yes" in err
    assert "Traceback" not in err
    assert refs["full"] in cli.ok("cases")


def test_destroy_anonymise_list_and_statement(cli: RealCli, refs: dict[str, str],
                                             tmp_path: Path) -> None:
    record = cli.json("destroy", refs["full"], "--reason", "Termijn verstreken", "--yes")
    assert (record["kind"], record["reference"]) == ("vernietigd", refs["full"])
    assert record["counts"]["evidence"] == 5 and len(record["content_sha256"]) == 64
    assert refs["full"] not in cli.ok("cases")
    cli.fails("destroy", refs["full"], "--reason", "x", message=refs["full"])
    anonymised = cli.json("anonymise", refs["other"], "--reason", "Statistiek", "--yes")
    assert anonymised["kind"] == "geanonimiseerd"
    listed = cli.json("destructions")
    assert [r["record"] for r in listed] == [record["record"], anonymised["record"]]
    text = cli.ok("destructions")
    assert "vernietigd" in text and "Termijn verstreken" in text
    out = tmp_path / "verklaring.pdf"
    made = cli.json("destruction-statement", str(record["record"]), "-o", str(out))
    assert made["path"] == str(out) and out.read_bytes().startswith(b"%PDF")
    cli.fails("destruction-statement", "1", "-o", str(tmp_path / "x.pdf"),
              message="geen vernietiging met nummer 1")
    assert cli.run("verify").returncode == 0
