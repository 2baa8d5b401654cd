"""Handover: everything that leaves the vault as a file, through one path.

A dossier PDF (and, for the police, the evidence package), a page-count preview, the
list of earlier exports, the check whether a file came from this vault, and the
export of one evidence original. Each writes atomically and records the export in the
audit log in the same transaction that puts the file in place; a cancel leaves
nothing behind and records nothing. The CLI and the GUI both call this.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING

from app.anchors import compare
from app.atomic import check_target, pending_file
from app.dossier import exports
from app.dossier.builder import BuiltDossier, build_dossier
from app.dossier.exports import ExportRecord, ExportResult, RenderedDossier
from app.dossier.package import PackageResult, export_package
from app.dossier.profiles import ProfileId
from app.dossier.selection import DossierRequest, SelectableItem, selectable_items
from app.errors import InvalidInputError
from app.verify import CheckResult

if TYPE_CHECKING:
    from app.evidence import EvidenceStore
    from app.identities import IdentityService, UnlinkedIdentifier
    from app.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

TOTAL = 1000   # progress units of one handover
PDF_SHARE = 600  # of TOTAL for the PDF when a package follows


@dataclass(frozen=True)
class HandoverResult:
    pdf: ExportResult
    package: PackageResult | None = None


def _never() -> bool:
    return False


def _scaled(progress: Progress | None, start: int, share: int) -> Progress:
    """Map a step's own (done, total) onto [start, start + share] of TOTAL."""
    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(start + done * share // max(total, 1), TOTAL)
    return report


class Handover:
    def __init__(self, gateway: Vault, evidence: EvidenceStore,
                 identities: IdentityService) -> None:
        self._gateway = gateway
        self._evidence = evidence
        self._identities = identities

    # ------------------------------------------------------------------ dossiers
    def selectable(self, case_id: int, profile: ProfileId | str) -> list[SelectableItem]:
        """The entries and evidence items a dossier of this profile may include."""
        return selectable_items(self._gateway, case_id, profile)

    def build(self, case_id: int, request: DossierRequest) -> BuiltDossier:
        """What the dossier will hold (sections, entries, evidence, names), not rendered."""
        return build_dossier(self._gateway, case_id, request)

    def render(self, case_id: int, request: DossierRequest, progress: Progress | None = None,
               cancel: Cancel | None = None) -> RenderedDossier | None:
        """Build and render in memory; None when cancelled. Nothing touches the disk."""
        return exports.render_to_memory(self._gateway, case_id, request, progress, cancel)

    def unlinked(self, case_id: int) -> tuple[UnlinkedIdentifier, ...]:
        """"Wie is dit?": senders and accounts in the evidence linked to nobody. A
        pseudonymised dossier hides them as "onbekend account 1", ...; ask first."""
        return self._identities.register(case_id).unlinked

    def who_is(self, case_id: int, label: str) -> list[tuple[ExportRecord, str]]:
        """Which real name a pseudonym stood for in each earlier export of the case."""
        return [(r, dict(r.pseudonyms)[label]) for r in self.exports(case_id)
                if label in dict(r.pseudonyms)]

    def preview_page_count(self, case_id: int, request: DossierRequest,
                           cancel: Cancel | None = None) -> int | None:
        return exports.preview_page_count(self._gateway, case_id, request, cancel)

    def export_dossier(self, case_id: int, request: DossierRequest, pdf_path: Path | str,
                       progress: Progress | None = None,
                       cancel: Cancel | None = None) -> ExportResult | None:
        """Only the PDF; see `export` for the PDF plus the police package."""
        return exports.export_dossier(self._gateway, case_id, request, pdf_path, progress,
                                      cancel)

    def export_package(self, case_id: int, request: DossierRequest, zip_path: Path | str,
                       progress: Progress | None = None,
                       cancel: Cancel | None = None) -> PackageResult | None:
        """Only the police package (originals, manifest, the politie dossier inside)."""
        return export_package(self._gateway, case_id, request, zip_path, progress, cancel)

    def export(self, case_id: int, request: DossierRequest, pdf_path: Path | str,
               package_path: Path | str | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None) -> HandoverResult | None:
        """Render once, write the PDF, and (when `package_path` is given) the police
        package holding that very PDF. None when cancelled; progress in TOTAL units."""
        pdf_path = Path(pdf_path)
        package = Path(package_path) if package_path is not None else None
        if package is not None and package.resolve() == pdf_path.resolve():
            raise InvalidInputError("package.same_name_as_pdf")
        for target in (pdf_path, package):   # no PDF without its package
            if target is not None:
                check_target(target)
        cancel = cancel or _never
        share = PDF_SHARE if package is not None else TOTAL
        rendered = self.render(case_id, request, _scaled(progress, 0, share), cancel)
        if rendered is None:
            return None
        pdf = exports.export_rendered(self._gateway, case_id, request, rendered, pdf_path,
                                      None, cancel)
        if pdf is None:
            return None
        packaged = None
        if package is not None:
            packaged = export_package(self._gateway, case_id, request, package,
                                      _scaled(progress, share, TOTAL - share), cancel,
                                      police_pdf=rendered)
            if packaged is None:
                return None
        if progress is not None:
            progress(TOTAL, TOTAL)
        return HandoverResult(pdf, packaged)

    def exports(self, case_id: int | None = None) -> list[ExportRecord]:
        """Every recorded dossier and package export, oldest first."""
        return exports.exports(self._gateway, case_id)

    def check_export(self, path: Path | str) -> ExportRecord | None:
        """Whether this exact file (by SHA-256) was exported from this vault; the first time."""
        return exports.check_export(self._gateway, path)

    def check_anchor(self, path: Path | str) -> CheckResult | None:
        """Whether the vault's audit history still holds the anchor this export (or
        backup) carries; None for a file made before anchors existed."""
        return compare(self._gateway, path, required=False)

    # ------------------------------------------------------------------ evidence
    def export_original(self, item_id: int, target: Path | str,
                        progress: Progress | None = None,
                        cancel: Cancel | None = None) -> Path | None:
        """Stream an evidence item's original bytes to `target`, byte for byte.

        The file is put in place inside the transaction that records
        `evidence.exported`, so there is no export without its audit entry. None when
        cancelled (nothing left behind)."""
        item = self._evidence.get(item_id)
        cancel = cancel or _never
        with pending_file(target, journal=self._gateway) as pending:
            for chunk in self._evidence.iter_chunks(item_id):
                if cancel():
                    return None
                pending.write(chunk)
                if progress is not None:
                    progress(pending.handle.tell(), max(item.size, 1))
            size = pending.sync()
            with self._gateway.write() as tx:
                self._gateway.audit.record(
                    tx, "evidence.exported", "evidence", item_id, case_id=item.case_id,
                    number=item.number, sha256=item.sha256, size=size,
                    file_name=pending.target.name)
                return pending.commit()

    # ------------------------------------------------------------------ reports
    def export_report(self, data: bytes, target: Path | str, **details: str) -> Path:
        """A vault-wide report (the yearly figures: PDF, CSV, board file), already
        rendered and anonymous: put in place inside the transaction that records
        `report.exported` with `details` (kind, period) and the file's SHA-256."""
        with pending_file(target, journal=self._gateway) as pending:
            pending.write(data)
            pending.sync()
            with self._gateway.write() as tx:
                self._gateway.audit.record(
                    tx, "report.exported", "report", None, sha256=sha256(data).hexdigest(),
                    size=len(data), file_name=pending.target.name, **details)
                return pending.commit()
