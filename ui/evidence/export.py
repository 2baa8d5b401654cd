"""Exporting an item's original bytes: the user picks where; the core writes it
atomically and records it in the audit log (app.dossier.handover)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.casefile import CaseFile
from app.evidence import EvidenceItem
from ui.common.file_dialogs import get_save_file_name
from ui.common.workers import VaultWork


def choose_export_path(parent: QWidget | None, item: EvidenceItem) -> Path | None:
    suggested = item.original_name or f"{item.label}"
    path, _filter = get_save_file_name(
        parent, QCoreApplication.translate("EvidenceExport", "Export %1").replace(
            "%1", item.label), str(Path.home() / suggested))
    return Path(path) if path else None


def export_work(item_id: int, target: Path) -> VaultWork:
    """Work for `with_worker_vault`: the core streams the original to `target` and
    records the export; returns the path, or None when cancelled."""

    def work(case_file: CaseFile, progress: Callable[[int, int], None],
             cancelled: Callable[[], bool]) -> Path | None:
        return case_file.handover.export_original(item_id, target, progress, cancelled)

    return work
