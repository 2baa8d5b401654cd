"""Exporting an item's original bytes: an explicit user action, written atomically
(a temporary name beside the target, then replace) and recorded in the audit log."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.evidence import EvidenceItem, EvidenceStore
from app.vault import Vault


def choose_export_path(parent: QWidget | None, item: EvidenceItem) -> Path | None:
    suggested = item.original_name or f"{item.label}"
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("EvidenceExport", "Export %1").replace(
            "%1", item.label), str(Path.home() / suggested))
    return Path(path) if path else None


def export_work(item_id: int, target: Path):  # type: ignore[no-untyped-def]
    """Work for `with_worker_vault`: stream the original to `target`; returns the path."""

    def work(vault: Vault, progress: Callable[[int, int], None],
             cancelled: Callable[[], bool]) -> Path | None:
        store = EvidenceStore(vault)
        item = store.get(item_id)
        partial = target.with_name(f".{target.name}.part")
        done = 0
        try:
            with partial.open("wb") as out:
                for chunk in store.iter_chunks(item_id):
                    if cancelled():
                        raise _Stopped
                    out.write(chunk)
                    done += len(chunk)
                    progress(done, max(item.size, 1))
                out.flush()
                os.fsync(out.fileno())
            partial.replace(target)
        except _Stopped:
            with contextlib.suppress(OSError):
                partial.unlink()
            return None
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        with vault.write() as tx:
            vault.audit.record(tx, "evidence.exported", "evidence", item_id,
                               case_id=item.case_id, number=item.number, sha256=item.sha256,
                               size=done, file_name=target.name)
        return target

    return work


class _Stopped(Exception):
    pass
