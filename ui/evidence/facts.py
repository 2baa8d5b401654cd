"""The fixed facts of an item, kept by the app at import and never editable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from app.evidence import EvidenceItem
from ui.common.formatting import format_datetime
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.labels import human_size, source_label


def _exif_time(text: str | None) -> str:
    """EXIF time as the camera wrote it (its own clock, no time zone)."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return format_datetime(moment, seconds=True)


class FactsCard(QFrame):
    """SHA-256, size, type, names, times, EXIF, imported at/by: read-only, selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(6)
        outer.addWidget(role_label(self.tr("Recorded at import (cannot be changed)"),
                                   "subheading", wrap=True))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        # The hash gets the full width under its caption: 2 lines of 32 hex digits.
        self.lbl_sha256_caption = role_label(self.tr("SHA-256"), "fieldname")
        self.form.addRow(self.lbl_sha256_caption)
        self.lbl_sha256 = role_label()
        self.lbl_sha256.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.lbl_sha256)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(8.5, self.font().pointSizeF() - 1))
        self.lbl_sha256.setFont(mono)
        self.lbl_size = self._row(self.tr("Size"))
        self.lbl_type = self._row(self.tr("Detected type"))
        self.lbl_name = self._row(self.tr("Original name"))
        self.lbl_source = self._row(self.tr("Came in as"))
        self.lbl_file_times = self._row(self.tr("File times"))
        self.lbl_exif = self._row(self.tr("Photo data (EXIF)"))
        self.lbl_imported = self._row(self.tr("Added"))
        self.lbl_destroyed = self._row(self.tr("Image destroyed"))

    def _row(self, caption: str) -> QLabel:
        value = role_label(wrap=True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setMinimumWidth(120)
        self.form.addRow(role_label(caption, "fieldname"), value)
        return value

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        self.form.setRowVisible(label, bool(text))

    def show_item(self, item: EvidenceItem) -> None:
        digest = item.sha256 or ""
        # break the 64 hex digits into two lines of 32 so it fits a narrow panel
        self._set(self.lbl_sha256, f"{digest[:32]}\n{digest[32:]}" if digest else "")
        self.form.setRowVisible(self.lbl_sha256_caption, bool(digest))
        self.lbl_sha256.setToolTip(digest)
        self._set(self.lbl_size, human_size(item.size) if item.has_bytes else "")
        kind = item.mime_type
        if item.width and item.height:
            kind += f" · {item.width} × {item.height} px"
        self._set(self.lbl_type, kind if item.has_bytes or item.sha256 else "")
        self._set(self.lbl_name, item.original_name)
        self._set(self.lbl_source, source_label(item.source))
        times = []
        if item.file_modified_at is not None:
            times.append(self.tr("modified %1").replace(
                "%1", format_datetime(item.file_modified_at)))
        if item.file_created_at is not None:
            times.append(self.tr("created %1").replace(
                "%1", format_datetime(item.file_created_at)))
        self._set(self.lbl_file_times, "\n".join(times))
        exif = []
        if item.exif_taken_at:
            exif.append(self.tr("taken %1 (camera clock)").replace(
                "%1", _exif_time(item.exif_taken_at)))
        if item.exif_device:
            exif.append(self.tr("device: %1").replace("%1", item.exif_device))
        self._set(self.lbl_exif, "\n".join(exif))
        self._set(self.lbl_imported, self.tr("%1 by %2")
                  .replace("%1", format_datetime(item.imported_at))
                  .replace("%2", item.imported_by))
        self._set(self.lbl_destroyed, format_datetime(item.bytes_destroyed_at)
                  if item.bytes_destroyed_at is not None else "")
