"""Audit anchors outside the vault: read the one an export or a backup carries, and
check that the vault's history still holds it.

Every dossier PDF (cover and metadata), police package (manifest.json, LEESMIJ) and
backup (its header) carries the audit head of the moment it was made: the vault's
random name, a line number and that line's chain hash. Someone with the password can
rewrite the chain inside the vault consistently, but not the files already handed
over; if line N of the vault no longer has the hash the file remembers, or is gone,
the history was rewritten, wiped or cut back (docs/security.md).
"""

from __future__ import annotations

import json
import mmap
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.audit import VAULT_ID_KEY, AuditAnchor
from app.backup.container import BackupFileError, read_container
from app.errors import InvalidInputError
from app.messages import Message
from app.verify import CheckResult

if TYPE_CHECKING:
    from app.vault import Vault

# The token in a PDF's metadata (document info, or the XMP left readable in a protected PDF).
_TOKEN = re.compile(rb"pestdossier-auditanker:([0-9a-f]{1,64}):(\d{1,12}):([0-9a-f]{64})")
_HASH = re.compile(r"[0-9a-f]{64}")
MAX_MANIFEST = 64 * 1024 * 1024


@dataclass(frozen=True)
class FileAnchor:
    """The anchor found in a file, and what kind of file carried it."""

    anchor: AuditAnchor
    kind: str   # "pdf", "package", "manifest" or "backup"


def _from_json(value: Any) -> AuditAnchor | None:
    if not isinstance(value, dict):
        return None
    vault_id, line, digest = value.get("kluis"), value.get("regel"), value.get("hash")
    if (not isinstance(vault_id, str) or not isinstance(line, int) or line < 0
            or not isinstance(digest, str) or not _HASH.fullmatch(digest)):
        return None
    return AuditAnchor(vault_id, line, digest)


def _from_pdf(path: Path) -> AuditAnchor | None:
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0,
                                              access=mmap.ACCESS_READ) as data:
        found = _TOKEN.search(data)   # an mmap is a buffer: no copy of a large PDF
        if found is None:
            return None
        return AuditAnchor(bytes(found[1]).decode(), int(found[2]), bytes(found[3]).decode())


def _from_manifest(data: bytes) -> AuditAnchor | None:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return _from_json(manifest.get("auditanker")) if isinstance(manifest, dict) else None


def _from_package(path: Path) -> AuditAnchor | None:
    with zipfile.ZipFile(path) as zf:
        try:
            info = zf.getinfo("manifest.json")
        except KeyError:
            return None
        if info.file_size > MAX_MANIFEST:
            return None
        return _from_manifest(zf.read(info))


def _kind_of(path: Path) -> str:
    with path.open("rb") as handle:
        start = handle.read(8)
    if start.startswith(b"%PDF"):
        return "pdf"
    if zipfile.is_zipfile(path):
        return "package"
    if start.lstrip()[:1] == b"{":
        return "manifest"
    try:
        read_container(path)
    except BackupFileError:
        return ""
    return "backup"


def read_anchor(path: Path | str) -> FileAnchor | None:
    """The anchor in a dossier PDF, a police package (or its manifest.json) or a backup;
    None when the file is one of those but carries none (made before anchors existed).
    Raises InvalidInputError for a missing file or one of another kind."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError("file.missing", name=path.name)
    try:
        kind = _kind_of(path)
        if kind == "pdf":
            anchor = _from_pdf(path) if path.stat().st_size else None
        elif kind == "package":
            anchor = _from_package(path)
        elif kind == "manifest":
            anchor = (_from_manifest(path.read_bytes())
                      if path.stat().st_size <= MAX_MANIFEST else None)
        elif kind == "backup":
            anchor = _from_json(read_container(path).header.get("audit_anchor"))
        else:
            raise InvalidInputError("anchor.unknown_file", name=path.name)
    except (OSError, zipfile.BadZipFile, BackupFileError) as exc:
        raise InvalidInputError("file.unreadable", name=path.name) from exc
    return None if anchor is None else FileAnchor(anchor, kind)


def _export_recorded(vault: Vault, path: Path, after: int) -> bool:
    """Whether the audit log records exporting this very file after the anchor's line."""
    from app.dossier.exports import DOSSIER_ACTION, PACKAGE_ACTION, file_sha256  # noqa: PLC0415

    digest = file_sha256(path)
    for action in (DOSSIER_ACTION, PACKAGE_ACTION):
        for entry in vault.audit.entries(vault.conn, action_prefix=action):
            mine = digest in (entry.details.get("sha256"), entry.details.get("dossier_sha256"))
            if mine and entry.id > after:
                return True
    return False


def _history_problems(vault: Vault, found: FileAnchor, path: Path) -> list[Message]:
    anchor, name = found.anchor, path.name
    if anchor.line == 0:   # made from an empty log: nothing to hold
        return []
    row = vault.conn.execute("SELECT hash FROM audit_log WHERE id = ?",
                             (anchor.line,)).fetchone()
    if row is None:
        return [Message("anchor.line_gone", file=name, line=anchor.line)]
    if str(row[0]) != anchor.hash:
        return [Message("anchor.line_rewritten", file=name, line=anchor.line)]
    if not vault.verify_audit().ok:
        return [Message("anchor.chain_not_whole", file=name, line=anchor.line)]
    if found.kind in ("pdf", "package") and not _export_recorded(vault, path, anchor.line):
        if _export_redacted(vault, anchor.line):
            return [Message("anchor.export_destroyed", file=name, line=anchor.line)]
        return [Message("anchor.export_gone", file=name, line=anchor.line)]
    return []


def _export_redacted(vault: Vault, after: int) -> bool:
    """Whether an export after the anchor's line was redacted by a destruction: its case
    is gone, and with it what would show that this is the exported file."""
    from app.dossier.exports import DOSSIER_ACTION, PACKAGE_ACTION  # noqa: PLC0415

    return any(entry.id > after and set(entry.details) == {"redacted_by"}
               for action in (DOSSIER_ACTION, PACKAGE_ACTION)
               for entry in vault.audit.entries(vault.conn, action_prefix=action))


def compare(vault: Vault, path: Path | str, *, required: bool = True) -> CheckResult | None:
    """Check the vault's history against the anchor in `path`. A file without an anchor
    is a problem when `required` (verify --against), else None (check-export of an
    older export)."""
    path = Path(path)
    found = read_anchor(path)
    if found is None:
        if not required:
            return None
        return CheckResult(Message("anchor.checked_file", file=path.name),
                           [Message("anchor.none_in_file", file=path.name)])
    anchor = found.anchor
    what = Message("anchor.checked", file=path.name, line=anchor.line)
    own = vault.get_meta(VAULT_ID_KEY) or ""
    if anchor.vault_id != own:
        return CheckResult(what, [Message("anchor.other_vault", file=path.name)],
                           [f"anchor vault {anchor.vault_id}, this vault {own}"])
    details = [f"anchor line {anchor.line} hash {anchor.hash} ({found.kind})"]
    return CheckResult(what, _history_problems(vault, found, path), details)
