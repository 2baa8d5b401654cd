"""The gallery's items: one row per evidence item, thumbnails kept in memory only.

Thumbnails arrive as QImage from a background loader and live in this model, which
hangs off the case's evidence tab: locking throws the workspace away and with it every
picture. No QIcon (its engine caches in QPixmapCache) and no cache on disk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage

from app.evidence import EvidenceItem, EvidenceKind
from ui.common.formatting import format_datetime
from ui.evidence.labels import kind_label

Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
TITLE_ROLE = Qt.ItemDataRole.UserRole + 5
THUMB_STATE_ROLE = Qt.ItemDataRole.UserRole + 6

THUMB_NONE = "none"  # this kind has no picture (chat, pdf, described-only, ...)
THUMB_LOADING = "loading"
THUMB_READY = "ready"


def short_title(item: EvidenceItem) -> str:
    """What the counsellor recognises the item by: the first line of the description,
    else platform, else the original file name, else the kind."""
    first = item.metadata.description.strip().splitlines()[0] if (
        item.metadata.description.strip()) else ""
    if first:
        return first if len(first) <= 60 else first[:57].rstrip() + "…"
    if item.metadata.platform:
        return item.metadata.platform
    return item.original_name or kind_label(item.kind)


def may_have_picture(item: EvidenceItem) -> bool:
    return item.kind in (EvidenceKind.SCREENSHOT, EvidenceKind.PHOTO) and not item.is_withdrawn


class EvidenceListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._images: dict[int, QImage] = {}
        self._no_picture: set[int] = set()

    # ------------------------------------------------------------- contents
    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        keep = {i.id for i in items}
        self._items = list(items)
        self._images = {k: v for k, v in self._images.items() if k in keep}
        self._no_picture &= keep
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self._images = {}
        self._no_picture = set()
        self.endResetModel()

    def put_item(self, item: EvidenceItem) -> int:
        """Add or replace one item (kept in case order); returns its row."""
        row = self.row_of(item.id)
        if row >= 0:
            self._items[row] = item
            if not item.has_bytes:  # converted: its picture is gone for good
                self._images.pop(item.id, None)
            self._changed(row)
            return row
        row = next((r for r, i in enumerate(self._items) if i.number > item.number),
                   len(self._items))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        return row

    def set_thumbnail(self, item_id: int, image: QImage | None) -> None:
        if image is None or image.isNull():
            self._no_picture.add(item_id)
            self._images.pop(item_id, None)
        else:
            self._images[item_id] = image
            self._no_picture.discard(item_id)
        row = self.row_of(item_id)
        if row >= 0:
            self._changed(row)

    def needs_thumbnail(self) -> list[int]:
        return [i.id for i in self._items if may_have_picture(i)
                and i.id not in self._images and i.id not in self._no_picture]

    def thumbnail(self, item_id: int) -> QImage | None:
        return self._images.get(item_id)

    def item_at(self, row: int) -> EvidenceItem:
        return self._items[row]

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)

    def _changed(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    # ------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.label} {short_title(item)}"
        plain = {ITEM_ROLE: item, ITEM_ID_ROLE: item.id, KIND_ROLE: item.kind.value}
        if role in plain:
            return plain[role]
        if role == TITLE_ROLE:
            return short_title(item)
        if role == THUMBNAIL_ROLE:
            return self._images.get(item.id)
        if role == THUMB_STATE_ROLE:
            if item.id in self._images:
                return THUMB_READY
            if not may_have_picture(item) or item.id in self._no_picture:
                return THUMB_NONE
            return THUMB_LOADING
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{item.label} · {kind_label(item.kind)}", short_title(item)]
            if item.original_name:
                lines.append(item.original_name)
            lines.append(self.tr("Added on %1").replace(
                "%1", format_datetime(item.imported_at)))
            return "\n".join(lines)
        return None
