"""Exporting a dossier PDF: render in memory, write atomically, record it in the audit log.

    result = export_dossier(vault, case.id, DossierRequest("police"), Path("uit.pdf"))
    check_export(vault, Path("uit.pdf"))   # -> ExportRecord (when, for whom) or None

The file appears complete or not at all: the PDF goes to a temp file beside the target,
is flushed to disk, and replaces the target inside the vault transaction that records
the export. A cancelled export leaves nothing behind and records nothing.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import pending_file
from app.dossier.builder import BuiltDossier, build_dossier
from app.dossier.leak_check import assert_no_leaks
from app.dossier.profiles import get_profile
from app.dossier.render import PROGRESS_TOTAL, RenderResult, render_dossier
from app.dossier.selection import DossierRequest
from app.errors import InvalidInputError, PestdossierError
from app.messages import Message
from app.timeutil import from_storage

if TYPE_CHECKING:
    from app.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
DOSSIER_ACTION = "dossier.exported"
PACKAGE_ACTION = "package.exported"


class ExportError(PestdossierError):
    default_code = "dossier.not_saved"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    page_count: int
    byte_count: int
    profile: str
    recipient: str
    exported_at: datetime
    encrypted: bool
    pseudonymised: bool
    entry_count: int
    evidence_count: int
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class ExportRecord:
    """An export found in the audit log."""

    action: str            # dossier.exported or package.exported
    exported_at: datetime
    actor: str
    case_id: int | None
    case_reference: str
    profile: str
    profile_label: str
    recipient: str
    sha256: str
    page_count: int | None
    file_name: str
    inside_package: bool = False   # the file is the dossier PDF inside a package
    pseudonyms: tuple[tuple[str, str], ...] = ()   # ("Leerling A", real name), ...


@dataclass(frozen=True)
class RenderedDossier:
    built: BuiltDossier
    pdf: bytes
    result: RenderResult
    leak_checked: bool = False   # a pseudonymised PDF was searched for hidden forms

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def render_to_memory(vault: Vault, case_id: int, request: DossierRequest,
                     progress: Progress | None = None, cancel: Cancel | None = None, *,
                     encrypt: bool = True, leak_check: bool = True) -> RenderedDossier | None:
    """Build and render; None when cancelled. Nothing touches the disk.

    A pseudonymised dossier is read back and searched for every hidden form before it
    is encrypted (NameLeakError on a hit); only the page-count preview, which writes
    nothing, passes ``leak_check=False``, and such a rendering cannot be exported."""
    if request.password is not None and not request.password:
        raise InvalidInputError("dossier.password_empty")
    built = build_dossier(vault, case_id, request)
    if cancel is not None and cancel():
        return None
    buf = io.BytesIO()
    check = _leak_check(built) if leak_check else None
    result = render_dossier(built.document, buf, progress, cancel,
                            password=request.password if encrypt else None, check=check)
    if result.cancelled:
        return None
    return RenderedDossier(built, buf.getvalue(), result, leak_checked=check is not None)


def _leak_check(built: BuiltDossier) -> Callable[[bytes], None] | None:
    pseudo = built.pseudonymiser
    if pseudo is None:
        return None
    doc = built.document
    allowed = (doc.recipient, doc.author, doc.school_name)
    return lambda pdf: assert_no_leaks(pdf, pseudo.hidden, allowed)


def require_leak_check(rendered: RenderedDossier) -> None:
    """No pseudonymised PDF leaves the vault unless its text was searched."""
    if rendered.built.pseudonymiser is not None and not rendered.leak_checked:
        raise ExportError("dossier.not_leak_checked")


def preview_page_count(vault: Vault, case_id: int, request: DossierRequest,
                       cancel: Cancel | None = None) -> int | None:
    """Pages the dossier would have (rendered in memory, unencrypted, never written)."""
    rendered = render_to_memory(vault, case_id, request, None, cancel, encrypt=False,
                                leak_check=False)
    return None if rendered is None else rendered.result.page_count


def export_dossier(vault: Vault, case_id: int, request: DossierRequest,
                   out_path: Path | str, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> ExportResult | None:
    """Render, write atomically, record `dossier.exported`. None when cancelled."""
    rendered = render_to_memory(vault, case_id, request, progress, cancel)
    if rendered is None:
        return None
    return export_rendered(vault, case_id, request, rendered, out_path, progress, cancel)


def export_rendered(vault: Vault, case_id: int, request: DossierRequest,
                    rendered: RenderedDossier, out_path: Path | str,
                    progress: Progress | None = None,
                    cancel: Cancel | None = None) -> ExportResult | None:
    """Write an already rendered dossier atomically and record `dossier.exported`."""
    out_path = Path(out_path)
    require_leak_check(rendered)
    built, pdf = rendered.built, rendered.pdf
    digest = rendered.sha256
    recipient = built.document.recipient
    if cancel is not None and cancel():
        return None
    with pending_file(out_path, journal=vault) as pending:
        pending.write(pdf)
        pending.sync()
        with vault.write() as tx:
            vault.audit.record(
                tx, DOSSIER_ACTION, "case", case_id, reference=built.snapshot.case.reference,
                profile=built.profile.id.value, profile_label=built.profile.label,
                recipient=recipient, sha256=digest, page_count=rendered.result.page_count,
                bytes=len(pdf), file=out_path.name, encrypted=bool(request.password),
                pseudonymised=request.pseudonymised, entries=len(built.entries),
                evidence=[i.label for i in built.evidence], **pseudonym_details(built))
            pending.commit()
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return ExportResult(
        path=out_path, sha256=digest, page_count=rendered.result.page_count,
        byte_count=len(pdf), profile=built.profile.id.value, recipient=recipient,
        exported_at=vault.clock.now(), encrypted=bool(request.password),
        pseudonymised=request.pseudonymised, entry_count=len(built.entries),
        evidence_count=len(built.evidence),
        warnings=rendered.result.warnings + unlinked_warning(built))


def unlinked_warning(built: BuiltDossier) -> tuple[Message, ...]:
    """Senders and accounts nobody is linked to were hidden as "onbekend account N"."""
    pseudo = built.pseudonymiser
    if pseudo is None or not pseudo.unknown:
        return ()
    return (Message("dossier.unlinked_hidden", names=tuple(pseudo.unknown)),)


def pseudonym_details(built: BuiltDossier) -> dict[str, Any]:
    """The mapping stored with the export record, so "who is Leerling C?" has an answer."""
    if built.pseudonymiser is None:
        return {}
    return {"pseudonyms": built.pseudonymiser.mapping()}


def file_sha256(path: Path | str) -> str:
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as fh:
            while chunk := fh.read(1024 * 1024):
                digest.update(chunk)
    except FileNotFoundError as exc:
        raise InvalidInputError("file.missing", name=Path(path).name) from exc
    except OSError as exc:
        raise InvalidInputError("file.unreadable", name=Path(path).name) from exc
    return digest.hexdigest()


def exports(vault: Vault, case_id: int | None = None) -> list[ExportRecord]:
    """Every recorded dossier and package export, oldest first."""
    found = []
    for action in (DOSSIER_ACTION, PACKAGE_ACTION):
        for e in vault.audit.entries(vault.conn, action_prefix=action):
            if case_id is not None and e.object_id != case_id:
                continue
            found.append(_record(e.action, e.at, e.actor, e.object_id, e.details))
    return sorted(found, key=lambda r: r.exported_at)


def _record(action: str, at: str, actor: str, case_id: int | None, details: dict[str, Any],
            *, inside: bool = False) -> ExportRecord:
    profile = str(details.get("profile", ""))
    label = str(details.get("profile_label", "")) or (
        get_profile(profile).label if profile else "")
    return ExportRecord(
        action=action, exported_at=from_storage(at), actor=actor, case_id=case_id,
        case_reference=str(details.get("reference", "")), profile=profile,
        profile_label=label, recipient=str(details.get("recipient", "")),
        sha256=str(details.get("dossier_sha256" if inside else "sha256", "")),
        page_count=details.get("page_count"), file_name=str(details.get("file", "")),
        inside_package=inside,
        pseudonyms=tuple((str(k), str(v)) for k, v in details.get("pseudonyms", {}).items()))


def check_export(vault: Vault, pdf_path: Path | str) -> ExportRecord | None:
    """Whether this exact file (by SHA-256) was exported from this vault; the first time."""
    digest = file_sha256(pdf_path)
    found: list[tuple[int, ExportRecord]] = []
    for action in (DOSSIER_ACTION, PACKAGE_ACTION):
        for e in vault.audit.entries(vault.conn, action_prefix=action):
            if e.details.get("sha256") == digest:
                found.append((e.id, _record(e.action, e.at, e.actor, e.object_id, e.details)))
            elif e.details.get("dossier_sha256") == digest:
                found.append((e.id, _record(e.action, e.at, e.actor, e.object_id, e.details,
                                            inside=True)))
    return min(found, key=lambda f: f[0])[1] if found else None
