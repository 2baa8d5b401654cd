"""How the status bar speaks about backups: "Laatste reservekopie: gisteren 16:05"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.backup import BackupStatus
from app.timeutil import AMSTERDAM
from ui.common.formatting import format_datetime
from ui.common.messages import message_text


def moment_text(moment: datetime, now: datetime) -> str:
    """ "vandaag 16:05", "gisteren 16:05" or "3 november 2026, 16:05"."""
    local, today = moment.astimezone(AMSTERDAM), now.astimezone(AMSTERDAM).date()
    clock = f"{local:%H:%M}"
    days = (today - local.date()).days
    if days == 0:
        return QCoreApplication.translate("Backups", "today %1").replace("%1", clock)
    if days == 1:
        return QCoreApplication.translate("Backups", "yesterday %1").replace("%1", clock)
    return format_datetime(local)


def status_line(status: BackupStatus, now: datetime) -> str:
    """What the status bar shows: when, and in which folder (the full path is the tip)."""
    if status.last is None:
        text = QCoreApplication.translate("Backups", "No backup yet")
    else:
        when = moment_text(status.last.created_at, now)
        text = QCoreApplication.translate("Backups", "Last backup: %1").replace("%1", when)
    return (QCoreApplication.translate("Backups", "%1, in %2")
            .replace("%1", text).replace("%2", status.folder.name))


def status_tooltip(status: BackupStatus) -> str:
    where = QCoreApplication.translate("Backups", "Backups go to %1")
    lines = [where.replace("%1", str(status.folder))]
    lines += [message_text(warning) for warning in status.warnings]
    return "\n".join(lines)
