"""The timeline of one case, in the order things happened."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain import Entry
from ui.cases.entry_marks import marks_text
from ui.common.formatting import format_datetime, format_occurred
from ui.common.labels import entry_kind_label
from ui.common.row_model import Index, RowModel

COL_OCCURRED = 0
COL_KIND = 1
COL_WITH = 2
COL_TEXT = 3

#: A SHA-256 in hex: the reading view shows its start, the tooltip the whole hash.
_SHA256 = re.compile(r"\b[0-9a-f]{64}\b")


def short_hashes(text: str) -> str:
    """Each full SHA-256 shortened to its first 12 digits and an ellipsis."""
    return _SHA256.sub(lambda m: m.group(0)[:12] + "…", text)


ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EDITED_ROLE = Qt.ItemDataRole.UserRole + 2


class TimelineModel(RowModel):
    """Rows are Entry records sorted by when they happened (then by when recorded)."""

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("What"), self.tr("With whom"), self.tr("Notes")]

    def set_entries(self, entries: list[Entry]) -> None:
        self.set_rows(sorted(entries, key=lambda e: (e.occurred_at, e.recorded_at, e.id)))

    def entry_at(self, row: int) -> Entry:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        return next((row for row, e in enumerate(self._rows) if e.id == entry_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == EDITED_ROLE:
            return entry.revision_count > 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ForegroundRole and entry.is_withdrawn:
            return QColor("#8a949b")  # greyed: the fact stays, the text is gone
        return None

    def _display(self, entry: Entry, column: int) -> str | None:
        if column == COL_OCCURRED:
            return format_occurred(entry.occurred_at, entry.precision)
        if column == COL_KIND:
            badge = marks_text(entry)
            return f"{entry_kind_label(entry.kind)}\n[{badge}]" if badge \
                else entry_kind_label(entry.kind)
        if column == COL_WITH:
            return entry.with_whom
        if column == COL_TEXT:
            if entry.withdrawn_at is not None:
                return self.tr("Withdrawn on %1. Reason: %2").replace(
                    "%1", format_datetime(entry.withdrawn_at)).replace(
                    "%2", entry.withdrawal_reason)
            text = short_hashes(entry.text)
            if entry.revision_count:
                edited = self.tr("(edited)")
                return f"{text} {edited}"
            return text
        return None

    def _tooltip(self, entry: Entry) -> str:
        lines = [self.tr("Recorded on %1").replace("%1", format_datetime(entry.recorded_at))]
        if entry.revision_count:
            lines.append(self.tr("Last edited on %1").replace(
                "%1", format_datetime(entry.updated_at)))
        hashes = _SHA256.findall(entry.text) if entry.withdrawn_at is None else []
        lines += [f"SHA-256 {digest}" for digest in hashes]
        return "\n".join(lines)
