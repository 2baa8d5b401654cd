"""`pestdossier-cli dossier` and `check-export`: success and error paths."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.cli.main import main
from tests.conftest import PASSWORD
from tests.dossier_case import FACT_CANARY, NOTE_CANARY, RichCase, build_rich_case


@pytest.fixture
def closed_case(vault: CaseFile) -> tuple[Path, RichCase]:
    rc = build_rich_case(vault)
    vault.close()  # the CLI opens the file itself
    return vault.path, rc


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str,
        *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dossier_prints_hash_and_pages_and_check_export_finds_it(
        closed_case, tmp_path: Path, monkeypatch, capsys) -> None:
    path, rc = closed_case
    pdf = tmp_path / "politie.pdf"
    code, out, err = run(monkeypatch, capsys, f"{PASSWORD}\n", "dossier", str(path),
                         rc.reference, "--for", "police", "-o", str(pdf), "--password-stdin",
                         "--recipient", "wijkagent R. Bos")
    assert code == 0, err
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert f"SHA-256: {digest}" in out
    pages = int(re.search(r"Pagina's: (\d+)", out).group(1))
    assert pages == len(PdfReader(str(pdf)).pages)
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert FACT_CANARY in text and NOTE_CANARY not in text and "wijkagent R. Bos" in text

    code, out, _ = run(monkeypatch, capsys, f"{PASSWORD}\n", "check-export", str(path),
                       str(pdf), "--password-stdin")
    assert code == 0
    assert re.match(r"Ja: dit bestand is op \d+ \w+ \d{4}, \d\d:\d\d uit deze kluis", out)
    changed = tmp_path / "gewijzigd.pdf"
    changed.write_bytes(pdf.read_bytes() + b"\n")
    code, out, _ = run(monkeypatch, capsys, f"{PASSWORD}\n", "check-export", str(path),
                       str(changed), "--password-stdin")
    assert code == 1 and out.startswith("Nee:")


def test_pdf_password_from_the_second_stdin_line_and_a_package(
        closed_case, tmp_path: Path, monkeypatch, capsys) -> None:
    path, rc = closed_case
    pdf, package = tmp_path / "s.pdf", tmp_path / "pakket.zip"
    code, out, err = run(monkeypatch, capsys, f"{PASSWORD}\npdf-geheim\n", "dossier",
                         str(path), rc.reference, "--for", "summary", "-o", str(pdf),
                         "--pdf-password-stdin", "--package", str(package))
    assert code == 0, err
    reader = PdfReader(str(pdf))
    assert reader.is_encrypted and reader.decrypt("pdf-geheim")
    assert "ander kanaal" in out and "Bewijspakket opgeslagen" in out
    with zipfile.ZipFile(package) as zf:
        assert "manifest.json" in zf.namelist()
    assert f"SHA-256 pakket: {hashlib.sha256(package.read_bytes()).hexdigest()}" in out


def test_police_pdf_and_package_hold_the_same_file(closed_case, tmp_path: Path, monkeypatch,
                                                  capsys) -> None:
    """Rendered once: the PDF beside the package is byte for byte the one inside it."""
    path, rc = closed_case
    pdf, package = tmp_path / "politie.pdf", tmp_path / "pakket.zip"
    code, _out, err = run(monkeypatch, capsys, f"{PASSWORD}\n", "dossier", str(path),
                          rc.reference, "--for", "police", "-o", str(pdf),
                          "--package", str(package), "--password-stdin")
    assert code == 0, err
    with zipfile.ZipFile(package) as zf:
        inside = [n for n in zf.namelist() if n.endswith(".pdf")]
        assert len(inside) == 1
        assert zf.read(inside[0]) == pdf.read_bytes()


@pytest.mark.parametrize(("stdin", "args", "message"), [
    (f"{PASSWORD}\n", ["2099-999", "--for", "police"], "Er is geen melding met kenmerk"),
    ("fout wachtwoord\n", ["REF", "--for", "police"], "wachtwoord is onjuist"),
    (f"{PASSWORD}\n\n", ["REF", "--for", "police", "--pdf-password-stdin"],
     "PDF-wachtwoord is leeg"),
    (f"{PASSWORD}\n", ["REF", "--for", "police", "--pdf-password-stdin"],
     "Geen wachtwoord ontvangen"),
])
def test_dossier_errors_are_one_dutch_line(closed_case, tmp_path: Path, monkeypatch, capsys,
                                           stdin, args, message) -> None:
    path, rc = closed_case
    args = [rc.reference if a == "REF" else a for a in args]
    code, _out, err = run(monkeypatch, capsys, stdin, "dossier", str(path), *args, "-o",
                         str(tmp_path / "x.pdf"), "--password-stdin")
    assert code != 0
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_usage_errors(closed_case, tmp_path: Path, monkeypatch, capsys) -> None:
    path, rc = closed_case
    with pytest.raises(SystemExit) as exc:
        run(monkeypatch, capsys, "", "dossier", str(path), rc.reference, "--for", "krant",
            "-o", str(tmp_path / "x.pdf"))
    assert exc.value.code == 2
    assert "ongeldige opdracht" in capsys.readouterr().err
    code, _, err = run(monkeypatch, capsys, f"{PASSWORD}\n", "check-export", str(path),
                       str(tmp_path / "bestaat-niet.pdf"), "--password-stdin")
    assert code == 1 and "bestaat niet" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(monkeypatch, capsys, f"{PASSWORD}\n", "dossier", str(path),
                       rc.reference, "--for", "police", "-o", str(tmp_path / "geen-map" / "x.pdf"),
                       "--password-stdin")
    assert code == 1 and "bestaat niet" in err
