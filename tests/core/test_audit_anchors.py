"""Issue 19 (9): every export and backup carries the audit head (an anchor); `verify
--against FILE` and `check-export` notice a vault whose history no longer holds it.

One vault is made per module (exports and backups are slow enough); every forgery works
on its own copy of the vault file, so the files made from the real history stay valid.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.anchors import read_anchor
from app.audit import GENESIS, _digest
from app.backup.container import read_container
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.dossier.pdf_text import page_texts
from app.dossier.selection import DossierRequest
from app.errors import InvalidInputError
from app.vault.connection import Connection
from app.wording import dutch
from tests.conftest import PASSWORD


@dataclass(frozen=True)
class Made:
    vault: Path
    first_pdf: Path       # exported early
    later_pdf: Path       # exported after the first export row and more changes
    package: Path
    backup: Path          # the last thing done: its anchor is the vault's head
    protected_pdf: Path


def _export(cf: CaseFile, case_id: int, target: Path, **request: object) -> Path:
    result = cf.handover.export_dossier(case_id, DossierRequest(**request), target)  # type: ignore[arg-type]
    assert result is not None
    return result.path


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("anchors")
    path = folder / "kluis.pestdossier"
    with CaseFile.create(path, PASSWORD, counsellor="T. Tester") as cf:
        case = cf.cases.create(NewCase("Uitgelachen in de les", CaseKind.PESTEN,
                                       date(2026, 11, 20)))
        cf.evidence.import_bytes(case.id, b"schermafbeelding " * 200, "bericht.txt")
        first = _export(cf, case.id, folder / "eerste.pdf", recipient="Intern")
        cf.cases.create(NewCase("Tweede melding", CaseKind.PESTEN, date(2026, 11, 21)))
        later = _export(cf, case.id, folder / "later.pdf", recipient="Ouders")
        protected = _export(cf, case.id, folder / "beveiligd.pdf", password="PDF-wachtwoord")
        package = cf.handover.export_package(case.id, DossierRequest("police"),
                                             folder / "pakket.zip")
        assert package is not None
        backup = cf.backups.create(folder / "reserve").info.path
    return Made(path, first, later, package.path, backup, protected)


@pytest.fixture
def copy(made: Made, tmp_path: Path) -> Path:
    target = tmp_path / "kopie.pestdossier"
    shutil.copy(made.vault, target)
    return target


def _problems(vault: Path, against: Path) -> list[str]:
    with CaseFile.open(vault, PASSWORD) as cf:
        report = cf.verify(against=against)
    return [dutch(p) for p in report.problems]


# --------------------------------------------------------------------- forgeries
def _raw(vault: Path, work: Callable[[Connection], None]) -> None:
    """What someone with the password does with SQL: triggers dropped, then `work`."""
    with CaseFile.open(vault, PASSWORD) as cf:
        conn = cf._gateway.conn   # the attacker's own connection, not the app's paths
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        work(conn)


def _rechain(conn: Connection) -> None:
    """Recompute every hash and the head, so the chain verifies again."""
    prev = GENESIS
    rows = conn.execute("SELECT id, at, actor, action, object_type, object_id, details"
                        " FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        digest = _digest(prev, *row)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                     (prev, digest, row[0]))
        prev = digest
    head = f"{rows[-1][0]}:{prev}" if rows else None
    if head is None:
        conn.execute("DELETE FROM meta WHERE key = 'audit_head'")
    else:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (head,))


def _edit_and_rechain(conn: Connection) -> None:
    conn.execute("UPDATE audit_log SET details = json_set(details, '$.title', 'Iets anders')"
                 " WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'case.created')")
    _rechain(conn)


def _wipe(conn: Connection) -> None:
    conn.execute("DELETE FROM audit_log")
    conn.execute("DELETE FROM meta WHERE key = 'audit_head'")


def _remove_last_and_move_head_back(conn: Connection) -> None:
    """The police package went out, then the counsellor "takes it back": the last rows
    (its export and what followed) are removed and the head moved back."""
    conn.execute("DELETE FROM audit_log WHERE id >= (SELECT max(id) FROM audit_log"
                 " WHERE action = 'package.exported')")
    _rechain(conn)


def _forge_export_row(conn: Connection) -> None:
    """The first dossier export is said to have gone to someone else."""
    conn.execute("UPDATE audit_log SET details = json_set(details, '$.recipient', 'Politie')"
                 " WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'dossier.exported')")
    _rechain(conn)


FORGERIES = {"chain recomputed after an edit": _edit_and_rechain, "whole log wiped": _wipe,
             "last row removed, head moved back": _remove_last_and_move_head_back,
             "forged export row": _forge_export_row}


@pytest.mark.parametrize("forgery", FORGERIES)
def test_every_forgery_is_found_against_a_later_export_and_a_backup(
        made: Made, copy: Path, forgery: str) -> None:
    _raw(copy, FORGERIES[forgery])
    with CaseFile.open(copy, PASSWORD) as cf:
        inside_only = cf.verify()
        seen = {}
        for name, against in (("pdf", made.later_pdf), ("package", made.package),
                              ("backup", made.backup)):
            if name == "pdf" and forgery == "last row removed, head moved back":
                continue   # the rows removed came after this export and its anchor
            report = cf.verify(against=against)
            seen[name] = [dutch(p) for p in report.checks[-1].problems]
    if forgery != "whole log wiped":   # (a wiped log leaves evidence without an arrival)
        assert inside_only.ok, "the forgery is consistent: the vault alone cannot tell"
    for name, problems in seen.items():
        assert len(problems) == 1 and problems[0].startswith("Anker: "), (name, problems)
        assert "andere kluis" not in problems[0]
    if forgery == "last row removed, head moved back":
        # The backup's anchor is a removed line; the package names its own export row.
        assert "staat niet meer in de kluis" in seen["backup"][0]
        assert "de auditlog kent geen export van precies dit bestand" in seen["package"][0]


def test_an_untouched_vault_matches_every_file_it_made(made: Made, copy: Path) -> None:
    with CaseFile.open(copy, PASSWORD) as cf:
        for against in (made.first_pdf, made.later_pdf, made.protected_pdf, made.package,
                        made.backup):
            report = cf.verify(against=against)
            assert report.ok, (against.name, [dutch(p) for p in report.problems])
            assert dutch(report.checks[-1].what).startswith(
                f"vergeleken met het auditanker in '{against.name}' (regel ")


def test_the_manifest_alone_is_an_anchor_too(made: Made, copy: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    with zipfile.ZipFile(made.package) as zf:
        manifest.write_bytes(zf.read("manifest.json"))
        readme = zf.read("LEESMIJ.txt").decode("utf-8")
    anchor = json.loads(manifest.read_text("utf-8"))["auditanker"]
    assert f"Auditanker: #{anchor['regel']} · {anchor['hash'][:12]}" in readme
    assert anchor["hash"] in readme
    assert _problems(copy, manifest) == []
    _raw(copy, _wipe)
    assert "staat niet meer in de kluis" in _problems(copy, manifest)[-1]


def test_an_anchor_from_another_vault_is_reported_as_such(made: Made, tmp_path: Path) -> None:
    other = tmp_path / "ander.pestdossier"
    with CaseFile.create(other, PASSWORD) as cf:
        cf.cases.create(NewCase("Iets", CaseKind.PESTEN, date(2026, 11, 20)))
    problems = _problems(other, made.backup)
    assert problems == [f"Anker: '{made.backup.name}' komt uit een andere kluis, niet uit "
                        "deze; vergelijk met een export of reservekopie van deze kluis."]


def test_the_pdf_shows_its_anchor_and_carries_it_in_full(made: Made) -> None:
    found = read_anchor(made.later_pdf)
    assert found is not None and found.kind == "pdf"
    first_page = page_texts(made.later_pdf.read_bytes())[0]
    assert f"Auditanker #{found.anchor.line} · {found.anchor.hash[:12]}" in " ".join(
        first_page.split())
    protected = read_anchor(made.protected_pdf)   # readable without the PDF's password
    assert protected is not None and protected.anchor.line > found.anchor.line
    first = read_anchor(made.first_pdf)
    assert first is not None and first.anchor.line < found.anchor.line


def test_the_backup_header_holds_the_head_of_its_snapshot(made: Made, copy: Path) -> None:
    header = read_container(made.backup).header["audit_anchor"]
    with CaseFile.open(copy, PASSWORD) as cf:
        last = cf.audit.entries()[-1]
    assert (header["regel"], header["hash"]) == (last.id, last.hash)


def test_files_that_cannot_be_compared(made: Made, copy: Path, tmp_path: Path) -> None:
    old = tmp_path / "oud.pdf"
    old.write_bytes(b"%PDF-1.4\n% een dossier van voor de ankers\n%%EOF\n")
    assert _problems(copy, old) == ["Anker: 'oud.pdf' bevat geen auditanker (gemaakt met een "
                                    "oudere versie van Pestdossier); er valt niets te "
                                    "vergelijken."]
    text = tmp_path / "notities.txt"
    text.write_text("gewoon tekst")
    with CaseFile.open(copy, PASSWORD) as cf, pytest.raises(InvalidInputError) as caught:
        cf.verify(against=text)
    assert caught.value.message == ("'notities.txt' is geen dossier, bewijspakket, "
                                           "manifest of reservekopie van Pestdossier.")


def test_an_export_of_a_case_destroyed_since_is_named_as_such(tmp_path: Path) -> None:
    """Destruction redacts the export's audit line (it held names): the file can no longer
    be matched, and the check says why instead of suspecting a rewritten log."""
    with CaseFile.create(tmp_path / "kluis.pestdossier", PASSWORD, counsellor="T") as cf:
        case = cf.cases.create(NewCase("Weggepest", CaseKind.PESTEN, date(2026, 11, 20)))
        pdf = _export(cf, case.id, tmp_path / "dossier.pdf", recipient="Intern")
        assert cf.verify(against=pdf).ok
        cf.destruction.destroy(case.id, "bewaartermijn verstreken", confirm=True)
        report = cf.verify(against=pdf)
        codes = [m.code for check in report.checks for m in check.problems]
        assert "anchor.export_destroyed" in codes and "anchor.export_gone" not in codes
        assert "vernietigd" in dutch(next(m for check in report.checks for m in check.problems
                                          if m.code == "anchor.export_destroyed"))
