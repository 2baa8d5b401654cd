"""The evidence package for the police: one ZIP with the originals, byte for byte.

Contents: ``bewijsstukken/`` with each evidence file exactly as it was imported
(WhatsApp exports as received), the politie dossier PDF, ``manifest.json`` and
``manifest.csv`` (SHA-256 and metadata per file) and ``LEESMIJ.txt`` explaining how
to check the hashes. Evidence bytes stream from the vault into the zip chunk by chunk
while being hashed; a hash or size that differs from the one stored at import aborts the
package. The ZIP is written to a temp file beside the target and renamed only when
complete, inside the vault transaction that records `package.exported`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.accounts import AccountService, CaseAccount
from app.atomic import pending_file
from app.audit import AuditAnchor
from app.dossier.dutch_dates import format_datetime_nl
from app.dossier.exports import (
    PACKAGE_ACTION,
    Cancel,
    Progress,
    RenderedDossier,
    file_sha256,
    pseudonym_details,
    render_to_memory,
    require_leak_check,
)
from app.dossier.profiles import ProfileId
from app.dossier.selection import DossierRequest
from app.errors import PestdossierError
from app.evidence import Account, EvidenceItem, EvidenceStore
from app.timeutil import AMSTERDAM
from app.wording import label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.vault import Vault

EVIDENCE_DIR = "bewijsstukken"
_STORED = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "application/zip",
                     "video/mp4", "video/quicktime", "application/pdf"})
# zipfile raises RuntimeError at close when an entry without ZIP64 extras passes 2 GiB - 1
# (its ZIP64_LIMIT), for the size OR the compressed size: deflate can grow incompressible
# bytes by about 0.03% plus a few bytes per block, so leave a generous margin.
_ZIP64_LIMIT = (1 << 31) - 1
_DEFLATE_MARGIN = 1 << 20


def needs_zip64(size: int) -> bool:
    """Whether an entry of `size` bytes must be written with ZIP64 sizes from the start."""
    return size + size // 256 + _DEFLATE_MARGIN > _ZIP64_LIMIT


_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))})
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
MAX_NAME = 120
PDF_SHARE = 300  # of 1000 progress units


class EvidenceMismatchError(PestdossierError):
    default_code = "package.evidence_changed"


@dataclass(frozen=True)
class PackageFile:
    path: str
    sha256: str
    size: int
    evidence: str = ""        # B1, ... ("" for the dossier PDF)


@dataclass(frozen=True)
class PackageResult:
    path: Path
    sha256: str
    byte_count: int
    files: tuple[PackageFile, ...]
    dossier_sha256: str
    dossier_pages: int


# ------------------------------------------------------------------------ file names
def safe_name(name: str, fallback: str = "bestand") -> str:
    """A file name every system accepts: no separators or control characters, no
    Windows device names, no trailing dots or spaces, at most MAX_NAME characters."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Zl",
                                                                          "Zp"))
    name = _UNSAFE.sub("_", name).strip().strip(".").strip()
    name = re.sub(r"\s+", " ", name)
    if not name or set(name) <= {"_", " "}:
        name = fallback
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.split(".")[0].strip().lower() in _RESERVED:
        stem = f"_{stem}"
    ext = ext[:16]
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(". ") or fallback
    return f"{stem}.{ext}" if ext else stem


def unique_names(names: list[str]) -> list[str]:
    """Make names unique case-insensitively (Windows): ``a.png``, ``a (2).png``, ..."""
    taken: set[str] = set()
    out = []
    for name in names:
        candidate = name
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        n = 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        taken.add(candidate.casefold())
        out.append(candidate)
    return out


def evidence_names(items: list[EvidenceItem]) -> list[str]:
    raw = [safe_name(f"{i.label} - {i.original_name or label(i.kind)}", i.label) for i in items]
    return [f"{EVIDENCE_DIR}/{n}" for n in unique_names(raw)]


# ------------------------------------------------------------------------ texts
def _account_row(account: Account, item: EvidenceItem,
                 listed: Sequence[CaseAccount]) -> dict[str, str]:
    """An account shown in the item, with the profile URL and person from the case list."""
    platform = (account.platform or item.metadata.platform).casefold()
    handle = account.handle.lstrip("@").casefold()
    known = next((a for a in listed if handle and a.handle.casefold() == handle
                  and a.platform.casefold() in (platform, "")), None)
    return {"handle": account.handle, "naam": account.display_name or
            (known.display_name if known else ""), "platform": account.platform,
            "profiel_url": known.url if known else "",
            "persoon": (known.person_name or "onbekend") if known else "onbekend"}


def _manifest_row(item: EvidenceItem, path: str,
                  listed: Sequence[CaseAccount] = ()) -> dict[str, object]:
    m = item.metadata
    return {
        "bestand": path, "bewijsstuk": item.label, "sha256": item.sha256, "grootte": item.size,
        "soort": label(item.kind), "mime_type": item.mime_type,
        "oorspronkelijke_naam": item.original_name,
        "vastgelegd_op": item.imported_at.isoformat(), "vastgelegd_door": item.imported_by,
        "samen_met": m.collected_with, "apparaat": m.device, "platform": m.platform,
        "internetadressen": list(m.urls),
        "accounts": [_account_row(a, item, listed) for a in m.accounts],
        "tijd_zoals_getoond": m.shown_at, "beschrijving": m.description,
        "verhaal_leerling": m.student_account,
        "acties": [label(a) for a in m.actions],
        "bestand_gewijzigd_op": item.file_modified_at.isoformat()
        if item.file_modified_at else "",
    }


def _csv(rows: list[dict[str, object]]) -> bytes:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=";",
                                lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(v) for k, v in row.items()})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _flat(value: object) -> str:
    if isinstance(value, list):
        return " | ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    return str(value)


def readme(reference: str, school: str, when: str, pdf_name: str, encrypted: bool,
           anchor: AuditAnchor | None = None) -> str:
    lines = [
        f"Bewijspakket zaak {reference} - {school}",
        f"Gemaakt op {when} met Pestdossier.",
        "",
        "VERTROUWELIJK: dit pakket bevat gegevens over minderjarigen. Bewaar het niet langer",
        "dan nodig voor de afhandeling van deze zaak.",
        "",
        "Inhoud",
        f"- {pdf_name}: het dossier met de feiten en de bewijsstukken voor de politie.",
        f"- {EVIDENCE_DIR}/: de originele bestanden, precies zoals ze zijn vastgelegd",
        "  (WhatsApp-exports zoals ze zijn ontvangen). De naam begint met het nummer van het",
        "  bewijsstuk in het dossier (B1, B2, ...).",
        "- manifest.json en manifest.csv: per bestand de SHA-256-hashwaarde, de grootte en",
        "  de gegevens die bij het vastleggen zijn genoteerd. manifest.csv opent in Excel",
        "  (puntkomma als scheidingsteken).",
        "",
        "Controleren dat een bestand ongewijzigd is",
        "Bereken de SHA-256-hashwaarde van het bestand en vergelijk die met de waarde in",
        "manifest.csv of in het dossier. Ze moeten precies gelijk zijn (hoofdletters doen",
        "er niet toe). Zo berekent u de waarde:",
        "- Windows (Opdrachtprompt):  certutil -hashfile \"bestand\" SHA256",
        "- macOS (Terminal):          shasum -a 256 \"bestand\"",
        "- Linux (terminal):          sha256sum \"bestand\"",
        "Elke afwijking, hoe klein ook, betekent dat het bestand niet meer het origineel is.",
    ]
    if anchor is not None:
        lines += ["", f"Auditanker: {anchor.short} (regel {anchor.line} van de auditlog, "
                  f"kluis {anchor.vault_id})",
                  f"Volledige hashwaarde: {anchor.hash}",
                  "De vertrouwenspersoon kan hiermee later laten zien dat de auditlog van de",
                  "kluis sinds dit pakket niet is herschreven (pestdossier-cli verify KLUIS",
                  "--against dit-pakket.zip)."]
    if encrypted:
        lines += ["", "Het dossier (PDF) is met een wachtwoord beveiligd. Dat wachtwoord krijgt",
                  "u apart, via een ander kanaal (bijvoorbeeld telefonisch)."]
    return "\r\n".join(lines) + "\r\n"


# ------------------------------------------------------------------------ writing
def copy_item(zf: zipfile.ZipFile, store: EvidenceStore, item: EvidenceItem, arcname: str,
              tick: Progress, cancel: Cancel | None) -> str:
    """Stream one original into the zip, re-hashing it; its sha256 (mismatch: an error)."""
    digest = hashlib.sha256()
    size = 0
    method = zipfile.ZIP_STORED if item.mime_type in _STORED else zipfile.ZIP_DEFLATED
    local = item.imported_at.astimezone(AMSTERDAM)
    info = zipfile.ZipInfo(arcname, date_time=local.timetuple()[:6])
    info.compress_type = method
    info.external_attr = 0o600 << 16
    with zf.open(info, "w", force_zip64=needs_zip64(item.size)) as entry:
        for chunk in store.iter_chunks(item.id):
            if cancel is not None and cancel():
                raise _Cancelled
            digest.update(chunk)
            size += len(chunk)
            entry.write(chunk)
            tick(len(chunk), 0)
    hexdigest = digest.hexdigest()
    if hexdigest != item.sha256 or size != item.size:
        raise EvidenceMismatchError("package.item_changed", item=item.label,
                                    name=item.original_name)
    return hexdigest


class _Cancelled(Exception):
    pass


def _add(zf: zipfile.ZipFile, name: str, data: bytes, deflate: bool = True) -> PackageFile:
    # Zip times are local times without a zone: Dutch time, like the evidence entries.
    info = zipfile.ZipInfo(name, date_time=datetime.now(AMSTERDAM).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    zf.writestr(info, data)
    return PackageFile(name, hashlib.sha256(data).hexdigest(), len(data))


def _police_render(vault: Vault, case_id: int, request: DossierRequest, report: Progress,
                   cancel: Cancel | None,
                   police_pdf: RenderedDossier | None) -> RenderedDossier | None:
    """The politie dossier for the package: the one just rendered, or a new render."""
    if police_pdf is not None and police_pdf.built.profile.id is ProfileId.POLICE:
        return police_pdf
    police = DossierRequest(ProfileId.POLICE, request.recipient, request.excluded_entries,
                            request.excluded_evidence, request.pseudonymise, request.password)
    return render_to_memory(
        vault, case_id, police, lambda done, total: report(done * PDF_SHARE // total, 1000),
        cancel)


def _manifest(rendered: RenderedDossier, request: DossierRequest, pdf_name: str,
              rows: list[dict[str, Any]], made_at: str) -> dict[str, Any]:
    built = rendered.built
    return {
        "zaak": built.snapshot.case.reference, "school": built.document.school_name,
        "gemaakt_op": made_at, "gemaakt_door": built.document.author,
        "bestemd_voor": built.document.recipient,
        "dossier": {"bestand": pdf_name, "sha256": rendered.sha256,
                    "paginas": rendered.result.page_count,
                    "versleuteld": bool(request.password)},
        "bestanden": rows,
        "alleen_beschreven": [
            {"bewijsstuk": i.label, "beschrijving": i.metadata.description}
            for i in built.evidence if not i.has_bytes and not i.is_withdrawn],
        "ingetrokken": [
            {"bewijsstuk": i.label, "sha256": i.sha256, "grootte": i.size,
             "ingetrokken_op": i.withdrawn_at.isoformat(), "reden": i.withdrawal_reason}
            for i in built.evidence if i.withdrawn_at is not None],
        **({"auditanker": built.document.anchor.as_json()}
           if built.document.anchor is not None else {}),
    }


def _write_zip(zf: zipfile.ZipFile, vault: Vault, rendered: RenderedDossier,
               request: DossierRequest, tick: Progress,
               cancel: Cancel | None) -> list[PackageFile]:
    """The politie PDF, every original (re-hashed while copied), manifests and LEESMIJ."""
    built = rendered.built
    ref = built.snapshot.case.reference
    items = [i for i in built.evidence if i.has_bytes and i.sha256]
    store = EvidenceStore(vault)
    pdf_name = safe_name(f"Dossier politie {ref}.pdf")
    files = [_add(zf, pdf_name, rendered.pdf, deflate=False)]
    rows = []
    listed = AccountService(vault).list(built.snapshot.case.id)
    for item, arcname in zip(items, evidence_names(items), strict=True):
        digest = copy_item(zf, store, item, arcname, tick, cancel)
        files.append(PackageFile(arcname, digest, item.size, item.label))
        rows.append(_manifest_row(item, arcname, listed))
    manifest = _manifest(rendered, request, pdf_name, rows, vault.clock.now().isoformat())
    files.append(_add(zf, "manifest.json", json.dumps(
        manifest, ensure_ascii=False, indent=2).encode("utf-8")))
    files.append(_add(zf, "manifest.csv", _csv(rows)))
    files.append(_add(zf, "LEESMIJ.txt", readme(
        ref, built.document.school_name, format_datetime_nl(vault.clock.now()), pdf_name,
        bool(request.password), built.document.anchor).encode("utf-8")))
    return files


def export_package(vault: Vault, case_id: int, request: DossierRequest, zip_path: Path | str,
                   progress: Progress | None = None, cancel: Cancel | None = None, *,
                   police_pdf: RenderedDossier | None = None) -> PackageResult | None:
    """Write the police package; None when cancelled (nothing left behind).

    `police_pdf`: the politie dossier when the caller has just rendered it, so the
    package holds the very same file (same SHA-256) and it is not rendered twice."""
    zip_path = Path(zip_path)
    report = progress or (lambda done, total: None)
    rendered = _police_render(vault, case_id, request, report, cancel, police_pdf)
    if rendered is None:
        return None
    require_leak_check(rendered)
    built = rendered.built
    total = max(1, sum(i.size for i in built.evidence if i.has_bytes and i.sha256))
    done = 0

    def tick(n: int, _: int) -> None:
        nonlocal done
        done += n
        report(PDF_SHARE + (1000 - PDF_SHARE - 10) * done // total, 1000)

    try:
        with pending_file(zip_path, journal=vault) as pending:
            with zipfile.ZipFile(pending.handle, "w", zipfile.ZIP_DEFLATED,
                                 allowZip64=True) as zf:
                files = _write_zip(zf, vault, rendered, request, tick, cancel)
            size = pending.sync()
            digest = file_sha256(pending.temp)
            with vault.write() as tx:
                vault.audit.record(
                    tx, PACKAGE_ACTION, "case", case_id,
                    reference=built.snapshot.case.reference, profile="police",
                    profile_label="Bewijspakket voor de politie",
                    recipient=built.document.recipient, sha256=digest, bytes=size,
                    file=zip_path.name, dossier_sha256=rendered.sha256,
                    page_count=rendered.result.page_count,
                    evidence=[f.evidence for f in files if f.evidence],
                    files=len(files), **pseudonym_details(built))
                pending.commit()
    except _Cancelled:
        return None
    report(1000, 1000)
    return PackageResult(zip_path, digest, size, tuple(files), rendered.sha256,
                         rendered.result.page_count)
