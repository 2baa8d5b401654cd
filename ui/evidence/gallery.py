"""The gallery: a QListView in icon mode whose delegate draws a calm card per item:
the thumbnail (or a quiet placeholder), the number, a kind badge and a short title."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.evidence import EvidenceItem, EvidenceKind
from ui.common.style import ACCENT, TEXT_MUTED
from ui.evidence.labels import KIND_COLORS, kind_label
from ui.evidence.model import ITEM_ROLE, THUMB_LOADING, THUMB_STATE_ROLE, THUMBNAIL_ROLE, TITLE_ROLE

Index = QModelIndex | QPersistentModelIndex

CARD_W = 178
CARD_H = 214
PICTURE_H = 140
PAD = 8


def _placeholder_text(item: EvidenceItem) -> str:
    if item.kind is EvidenceKind.CHAT:
        # A Telegram export is result.json; a zip may be either, most often WhatsApp.
        return "Telegram" if item.original_name.lower().endswith(".json") else "WhatsApp"
    suffix = PurePath(item.original_name).suffix.lstrip(".").upper()
    if item.kind is EvidenceKind.EMAIL:
        return "EML"
    return suffix[:5] or kind_label(item.kind)


class EvidenceCardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(CARD_W, CARD_H)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: EvidenceItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if item.is_withdrawn:  # greyed: it stays in the catalogue, without content
            painter.setOpacity(0.6)
        card = QRectF(option.rect.adjusted(5, 5, -5, -5))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QPen(QColor(ACCENT if selected else "#c9d3da" if hovered else "#dde2e6"),
                            2 if selected else 1))
        painter.setBrush(QColor("#eef5f9" if selected else "white"))
        painter.drawRoundedRect(card, 8, 8)

        picture = QRectF(card.left() + PAD, card.top() + PAD, card.width() - 2 * PAD,
                         PICTURE_H - PAD)
        self._paint_picture(painter, picture, item, index)

        # number + kind badge
        top = picture.bottom() + 8
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#1f2a30"))
        metrics = painter.fontMetrics()
        number_w = metrics.horizontalAdvance(item.label)
        line_h = metrics.height()
        painter.drawText(QRectF(card.left() + PAD + 2, top, number_w + 2, line_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, item.label)
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() - 1.5))
        painter.setFont(small)
        badge_text = kind_label(item.kind)
        badge_metrics = painter.fontMetrics()
        badge_w = min(badge_metrics.horizontalAdvance(badge_text) + 14,
                      card.width() - number_w - 3 * PAD - 6)
        badge = QRectF(card.left() + PAD + number_w + 10, top + 1, badge_w, line_h - 2)
        background, foreground = KIND_COLORS[item.kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter,
                         badge_metrics.elidedText(badge_text, Qt.TextElideMode.ElideRight,
                                                  int(badge.width()) - 8))
        # short title, at most two lines
        painter.setFont(option.font)
        painter.setPen(QColor(TEXT_MUTED))
        title_rect = QRectF(card.left() + PAD + 2, top + line_h + 2, card.width() - 2 * PAD - 4,
                            card.bottom() - top - line_h - 6)
        title = index.data(TITLE_ROLE) or ""
        text_metrics = painter.fontMetrics()
        first = text_metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                        int(title_rect.width()))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         first)
        painter.restore()

    def _paint_picture(self, painter: QPainter, area: QRectF, item: EvidenceItem,
                       index: Index) -> None:
        image: QImage | None = index.data(THUMBNAIL_ROLE)
        if image is not None and not image.isNull():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f0f2f4"))
            painter.drawRoundedRect(area, 5, 5)
            size = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(area.center().toPoint())
            painter.drawImage(target, image)
            return
        if item.is_withdrawn:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("#e4e7ea"), Qt.BrushStyle.SolidPattern))
            painter.drawRoundedRect(area, 5, 5)
            painter.setPen(QColor(TEXT_MUTED))
            painter.drawText(area.adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap, self.tr("Withdrawn"))
            return
        described = item.kind is EvidenceKind.DESCRIBED_ONLY
        _background, foreground = KIND_COLORS[item.kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f6f7f8" if not described else "#fbf1f4"))
        painter.drawRoundedRect(area, 5, 5)
        if described:
            painter.setBrush(QBrush(QColor("#efd3dc"), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(area, 5, 5)
        painter.setPen(QColor(foreground))
        font = QFont(painter.font())
        if described:
            font.setPointSizeF(font.pointSizeF() * 0.95)
            text = self.tr("No image stored\n(described only)")
        elif index.data(THUMB_STATE_ROLE) == THUMB_LOADING:
            painter.setPen(QColor(TEXT_MUTED))
            text = self.tr("Loading…")
        else:
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            text = _placeholder_text(item)
        painter.setFont(font)
        painter.drawText(area.adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter
                         | Qt.TextFlag.TextWordWrap, text)


class GalleryView(QListView):
    """Icon-mode list of evidence cards; accepts no drops itself (the tab does)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setGridSize(QSize(CARD_W + 4, CARD_H + 4))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setItemDelegate(EvidenceCardDelegate(self))
        self.setStyleSheet("QListView { background: #f7f8f9; border: 1px solid #dde2e6;"
                           " border-radius: 6px; }")


class EvidenceGallery(GalleryView):
    """The gallery; Ctrl+V on it pastes, Enter opens."""

    paste_requested = Signal()
    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)
