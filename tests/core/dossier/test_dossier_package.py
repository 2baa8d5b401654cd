"""The evidence package for the police: originals byte for byte, manifest, LEESMIJ, audit."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.dossier.exports import file_sha256
from app.dossier.package import (
    EVIDENCE_DIR,
    EvidenceMismatchError,
    safe_name,
    unique_names,
)
from app.dossier.selection import DossierRequest
from tests.dossier_case import FACT_CANARY, VERSLAG_CANARY, RichCase, build_rich_case


@pytest.fixture
def rich(vault: CaseFile) -> RichCase:
    return build_rich_case(vault)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_package_holds_originals_manifest_readme_and_the_police_dossier(
        vault: CaseFile, rich: RichCase, tmp_path: Path) -> None:
    out = tmp_path / "pakket.zip"
    request = DossierRequest("coordinator", "wijkagent R. Bos",
                             excluded_evidence=frozenset({rich.evidence["B-dropped"]}))
    result = vault.handover.export_package(rich.case_id, request, out)
    assert result is not None
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        rows = list(csv.DictReader(io.StringIO(zf.read("manifest.csv").decode("utf-8-sig")),
                                   delimiter=";"))
        readme = zf.read("LEESMIJ.txt").decode("utf-8")
        contents = {n: zf.read(n) for n in names}
    listed = {r["bestand"]: r for r in manifest["bestanden"]}
    assert len(listed) == 3 == len(rows)  # two screenshots and the chat export
    for key in ("B-shot1", "B-shot2", "chat"):
        path = next(p for p, r in listed.items() if r["sha256"] == rich.hashes[key])
        assert path.startswith(f"{EVIDENCE_DIR}/")
        assert contents[path] == rich.originals[key]  # byte for byte, the chat as received
        assert _sha(contents[path]) == rich.hashes[key]
    for row in rows:
        assert _sha(contents[row["bestand"]]) == row["sha256"]
        assert row["vastgelegd_door"] and row["vastgelegd_op"]
    assert rich.hashes["B-dropped"] not in json.dumps(manifest)
    assert manifest["alleen_beschreven"][0]["bewijsstuk"] == "B5"
    assert listed[next(iter(listed))]["accounts"][0]["handle"] == "@daan.vermeulen"

    pdf_name = manifest["dossier"]["bestand"]
    assert _sha(contents[pdf_name]) == manifest["dossier"]["sha256"] == result.dossier_sha256
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(contents[pdf_name])).pages)
    assert FACT_CANARY in text and VERSLAG_CANARY not in text  # the politie profile
    for command in ("certutil -hashfile", "SHA256", "shasum -a 256", "sha256sum"):
        assert command in readme

    assert result.sha256 == file_sha256(out)
    entry = vault.audit.entries(action_prefix="package.exported")[-1]
    assert entry.details["sha256"] == result.sha256
    assert entry.details["recipient"] == "wijkagent R. Bos"
    record = vault.handover.check_export(out)
    assert record is not None and record.action == "package.exported"
    extracted = tmp_path / "los.pdf"
    extracted.write_bytes(contents[pdf_name])
    inner = vault.handover.check_export(extracted)
    assert inner is not None and inner.inside_package
    assert sorted(p.name for p in tmp_path.iterdir() if "kluis" not in p.name) == [
        "los.pdf", "pakket.zip"]


def test_a_tampered_chunk_aborts_the_package_and_leaves_nothing(
        vault: CaseFile, rich: RichCase, tmp_path: Path) -> None:
    item_id = rich.evidence["B-shot2"]
    with vault._gateway.write() as tx:  # what an attacker with the key could do: bypass the guard
        tx.execute("DROP TRIGGER evidence_chunks_no_update")
        tx.execute("UPDATE evidence_chunks SET data = ? WHERE item_id = ? AND seq = 0",
                   (b"\x89PNG vervalst", item_id))
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    with pytest.raises(EvidenceMismatchError, match="B2"):
        vault.handover.export_package(rich.case_id, DossierRequest("police"), out_dir / "p.zip")
    assert list(out_dir.iterdir()) == []
    assert vault.audit.entries(action_prefix="package.") == []


def test_cancel_leaves_no_package(vault: CaseFile, rich: RichCase, tmp_path: Path) -> None:
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    seen = {"n": 0}

    def cancel() -> bool:
        seen["n"] += 1
        return seen["n"] > 20

    assert vault.handover.export_package(rich.case_id, DossierRequest("police"), out_dir / "p.zip",
                          cancel=cancel) is None
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(("raw", "safe"), [
    ("Screenshot 2026/11/05.png", "Screenshot 2026_11_05.png"),
    ("..\\..\\etc\\passwd", "_._etc_passwd"),
    ("a\x00b\x1fc\u200e.txt", "abc.txt"),
    ("CON.txt", "_CON.txt"),
    ("nul", "_nul"),
    ("lpt1.tar.gz", "_lpt1.tar.gz"),
    ('wat?"<>|*:.png', "wat_______.png"),
    ("   ", "bestand"),
    ("naam. ", "naam"),
    ("x" * 300 + ".jpeg", "x" * 115 + ".jpeg"),
])
def test_safe_names(raw: str, safe: str) -> None:
    assert safe_name(raw) == safe


def test_unique_names_are_numbered_case_insensitively() -> None:
    assert unique_names(["a.png", "A.png", "a.png", "b"]) == [
        "a.png", "A (2).png", "a (3).png", "b"]
