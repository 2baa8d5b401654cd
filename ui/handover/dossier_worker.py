"""Background work for the "Dossier maken" dialog, on a worker connection of the vault.

Both functions return work for `ui.common.workers.BackgroundOp`: the page-count preview renders
in memory and writes nothing; the export writes the PDF (and the police package)
atomically and records it in the audit log. Cancel leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.dossier.exports import (
    ExportResult,
    export_rendered,
    preview_page_count,
    render_to_memory,
)
from app.dossier.package import PackageResult, export_package
from app.dossier.selection import DossierRequest
from app.vault import Vault
from ui.common.workers import Work, with_worker_vault

PDF_SHARE = 600  # of 1000 progress units when a package follows


@dataclass(frozen=True)
class DossierOutcome:
    pdf: ExportResult
    package: PackageResult | None = None


def preview_work(vault: Vault, case_id: int, request: DossierRequest) -> Work:
    def run(worker: Vault, _progress: Any, cancelled: Any) -> int | None:
        return preview_page_count(worker, case_id, request, cancelled)

    return with_worker_vault(vault, run)


def export_work(vault: Vault, case_id: int, request: DossierRequest, pdf_path: Path,
                package_path: Path | None = None) -> Work:
    def run(worker: Vault, progress: Any, cancelled: Any) -> DossierOutcome | None:
        share = PDF_SHARE if package_path is not None else 1000

        def pdf_progress(done: int, total: int) -> None:
            progress(done * share // max(total, 1), 1000)

        rendered = render_to_memory(worker, case_id, request, pdf_progress, cancelled)
        if rendered is None:
            return None
        pdf = export_rendered(worker, case_id, request, rendered, pdf_path, None, cancelled)
        if pdf is None:
            return None
        package = None
        if package_path is not None:
            def package_progress(done: int, total: int) -> None:
                progress(share + done * (1000 - share) // max(total, 1), 1000)

            # A politie dossier goes into the package as the same file, not rendered again.
            package = export_package(worker, case_id, request, package_path,
                                     package_progress, cancelled, police_pdf=rendered)
            if package is None:
                return None
        return DossierOutcome(pdf, package)

    return with_worker_vault(vault, run)
