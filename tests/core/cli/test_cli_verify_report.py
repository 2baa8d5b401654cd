"""Issue 19 (7, 8): damage beyond the first page made `verify` print up to 100 raw
English SQLite lines. Now it prints a Dutch summary per check; `--report FILE` writes
the raw details to a file (0600) for whoever investigates.
"""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.errors import PestdossierError
from tests.conftest import PASSWORD
from tests.core.cli.test_cli import cli, vault_file  # noqa: F401 - fixtures

PAGE = 4096


def _damage_a_page_that_opening_does_not_read(path: Path) -> None:
    """Junk in one page of case text; the pages opening reads (schema, meta) stay intact."""
    sound = path.read_bytes()
    for page in range(len(sound) // PAGE // 2, len(sound) // PAGE):
        data = bytearray(sound)
        data[page * PAGE + 1000:page * PAGE + 1100] = os.urandom(100)
        path.write_bytes(bytes(data))
        try:
            CaseFile.open(path, PASSWORD).close()
            return
        except PestdossierError:
            continue
    raise AssertionError("every damaged page was noticed on opening")


def _fill(path: str) -> None:
    with CaseFile.open(Path(path), PASSWORD) as vault:
        for i in range(30):
            vault.cases.create(NewCase(f"Melding {i} " + "tekst " * 200, CaseKind.PESTEN,
                                       date(2026, 11, 20)))


def test_verify_prints_a_dutch_summary_and_the_raw_lines_only_in_the_report(
        cli, vault_file: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _fill(vault_file)
    _damage_a_page_that_opening_does_not_read(Path(vault_file))
    code, out, err = cli("verify", vault_file, "--password-stdin")
    assert code == 1 and "controle mislukt" in err
    # Where the junk lands depends on the schema's layout: a page SQLite reads fails the
    # check outright, a page it does not (a free page) is found by the page check.
    assert ("gecontroleerd: opslag: 1 probleem" in out
            and "Opslag: de kluis is beschadigd en niet te controleren." in out) or (
        "gecontroleerd: versleutelde opslag (alle pagina's): 1 probleem" in out
        and "Opslag: de versleutelde opslag is op" in out), out
    assert "gebruik --report BESTAND" in out
    for english in ("malformed", "HMAC", "page", "Tree", "database", "error"):
        assert english not in out, out

    report = tmp_path / "controle.txt"
    code, out, _ = cli("verify", vault_file, "--password-stdin", "--report", str(report))
    assert code == 1 and f"Rapport geschreven: {report}" in out
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = report.read_text(encoding="utf-8")
    assert "Uitkomst: problemen gevonden" in text and "Ruwe meldingen" in text
    # SQLite's own lines, as they were (which ones depends on where the junk landed)
    assert "  database disk image is malformed" in text or "Page " in text, text


def test_verify_report_of_a_sound_vault(cli, vault_file: str, tmp_path: Path  # noqa: F811
                                        ) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "controle.txt"
    code, out, _ = cli("verify", vault_file, "--password-stdin", "--report", str(report))
    assert code == 0 and "In orde" in out
    assert "gecontroleerd: auditlog (1 regels): in orde" in out
    assert "Uitkomst: in orde" in report.read_text(encoding="utf-8")


def test_verify_report_into_a_missing_folder_is_refused_before_checking(
        cli, vault_file: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, _, err = cli("verify", vault_file, "--password-stdin",
                       "--report", str(tmp_path / "weg" / "controle.txt"))
    assert code != 0 and "weg" in err and "Traceback" not in err
