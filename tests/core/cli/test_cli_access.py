"""pestdossier-cli on privacy: entry marks, access requests and the access overview."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.dossier.pdf_text import page_texts
from app.timeutil import AMSTERDAM
from tests.conftest import PASSWORD
from tests.core.access.conftest import OTHERS, SUBJECT, WORK_CANARY, AccessWorld, build_world
from tests.core.cli.real_cli import RealCli, new_vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, AccessWorld]:
    folder = tmp_path_factory.mktemp("access")
    path, cli = new_vault(folder)
    with CaseFile.create(path, PASSWORD, counsellor="T. Tester") as vault:
        made_world = build_world(vault)
    return cli, made_world


def test_marks_on_the_command_line(made: tuple[RealCli, AccessWorld]) -> None:
    cli, _ = made
    entry = cli.json("add-entry", "2026-001", "--kind", "gesprek", "--text", "Eigen indruk",
                     "--werkaantekening", "--bijzonder", "gezondheid")
    assert (entry["work_note"], entry["special_category"]) == (True, "gezondheid")
    changed = cli.json("mark-entry", "2026-001", str(entry["id"]), "--geen-werkaantekening",
                       "--bijzonder", "geen")
    assert (changed["work_note"], changed["special_category"]) == (False, "geen")
    marked = cli.ok("mark-entry", "2026-001", str(entry["id"]), "--bijzonder", "seksualiteit")
    assert "[bijzonder persoonsgegeven: seksualiteit]" in marked
    cli.fails("mark-entry", "2026-001", str(entry["id"]), message="--werkaantekening")
    cli.fails("add-entry", "2026-001", "--kind", "gesprek", "--text", "x", "--bijzonder",
              "geloof", message="geloof")


def test_access_request_names_candidates_and_applies_the_age_rule(
        made: tuple[RealCli, AccessWorld]) -> None:
    cli, w = made
    cli.fails("access-request", "--person", "Pijnacker", "--received", "2025-11-03",
              "--by", "ouder", message=f"nr. {w.subject_id} {SUBJECT} (3A): 2026-001 gepeste "
                                       "leerling, 2026-002 getuige")
    cli.fails("access-request", "--person", "Niemand", "--received", "2025-11-03",
              message="Er staat niemand met de naam of het nummer 'Niemand' in de kluis.")
    cli.fails("access-request", "--person", SUBJECT, "--received", "2025-11-03",
              message="geboortedatum van Yara Pijnacker is niet bekend")
    cli.fails("access-request", "--person", SUBJECT, "--received", "2025-11-03", "--by",
              "leerling", "--born", "2011-03-14", message="ouder of verzorger")
    made_request = cli.json("access-request", "--person", str(w.subject_id), "--received",
                            "2025-01-31", "--born", "2011-03-14")
    assert (made_request["requested_by"], made_request["deadline"]) == ("ouder", "2025-02-28")
    listed = cli.ok("access-requests")
    assert "open, uiterlijk 28 februari 2025" in listed and SUBJECT in listed


def test_access_export_writes_the_overview(made: tuple[RealCli, AccessWorld],
                                           tmp_path: Path) -> None:
    cli, _ = made
    out = tmp_path / "inzage.pdf"
    cli.fails("access-export", "--person", "Wessel Brandsma", "-o", str(out),
              message="geen open inzageverzoek over Wessel Brandsma")
    result = cli.json("access-export", "--person", SUBJECT, "-o", str(out))
    assert result["cases"] == 2 and result["work_notes_left_out"] == 1
    text = " ".join(" ".join(page_texts(out.read_bytes())).split())
    assert SUBJECT in text and WORK_CANARY not in text
    assert [n for n in OTHERS if n in text] == []
    requests = cli.json("access-requests")
    assert requests[0]["answered_on"] == datetime.now(AMSTERDAM).date().isoformat()
    cli.fails("access-export", "--person", SUBJECT, "-o", str(tmp_path / "twee.pdf"),
              message="geen open inzageverzoek")
