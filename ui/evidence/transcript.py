"""A WhatsApp transcript laid out like a conversation: a day header when the day
changes, a bubble per message with the sender's name in their own colour and the time,
system messages as quiet centred lines. Messages are fetched from the vault in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.evidence import EvidenceStore
from app.evidence.whatsapp import ChatMessage
from ui.common.formatting import format_date, format_datetime

Index = QModelIndex | QPersistentModelIndex

PAGE = 500
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_DAY_ROLE = Qt.ItemDataRole.UserRole + 2
COLOR_ROLE = Qt.ItemDataRole.UserRole + 3
SENDER_COLORS = ("#1d6f8f", "#8a4a0f", "#2f7d32", "#7d2140", "#5b2d72", "#6b6b1f",
                 "#0f6b5c", "#a23b2a")


class ChatMessagesModel(QAbstractListModel):
    def __init__(self, store: EvidenceStore, item_id: int, total: int,
                 authors: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._item_id = item_id
        self._total = total
        self._messages: list[ChatMessage] = []
        self._colors = {a: SENDER_COLORS[i % len(SENDER_COLORS)] for i, a in enumerate(authors)}
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._messages) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        page = self._store.chat_messages(self._item_id, len(self._messages), PAGE)
        if not page:
            self._total = len(self._messages)
            return
        first = len(self._messages)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._messages.extend(page)
        self.endInsertRows()

    def message_at(self, row: int) -> ChatMessage:
        return self._messages[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        message = self._messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            sender = f"{message.sender}: " if message.sender else ""
            return f"{format_datetime(message.sent_at)} {sender}{message.text}"
        if role == MESSAGE_ROLE:
            return message
        if role == NEW_DAY_ROLE:
            row = index.row()
            return row == 0 or self._messages[row - 1].sent_at.date() != message.sent_at.date()
        if role == COLOR_ROLE:
            return self._colors.get(message.sender or "", "#1f2a30")
        return None


def message_body(message: ChatMessage) -> str:
    """The text shown in the bubble, with attachment and deletion notes."""
    parts = [message.text] if message.text else []
    if message.attachment:
        missing = "" if message.attachment_present else " " + QCoreApplication.translate(
            "TranscriptView", "(not in the export)")
        parts.append(QCoreApplication.translate("TranscriptView", "Attachment: %1").replace(
            "%1", message.attachment) + missing)
    if message.media_omitted:
        parts.append(QCoreApplication.translate("TranscriptView",
                                                "(media left out of the export)"))
    if message.deleted and not message.text:
        parts.append(QCoreApplication.translate("TranscriptView", "(this message was deleted)"))
    if message.edited_at is not None:
        parts.append(QCoreApplication.translate("TranscriptView", "(edited %1)").replace(
            # The export's own local time, as the message times: no zone conversion.
            "%1", f"{format_date(message.edited_at.date())}, {message.edited_at:%H:%M}"))
    return "\n".join(parts)


class BubbleDelegate(QStyledItemDelegate):
    MARGIN = 10
    BUBBLE_PAD = 10
    MAX_WIDTH = 560

    def _bubble_width(self, option: QStyleOptionViewItem) -> int:
        """The same width when measuring (sizeHint) and painting: the view's width."""
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 0
        width = width or option.rect.width()
        return min(self.MAX_WIDTH, width - 2 * self.MARGIN - 40) if width > 0 \
            else self.MAX_WIDTH

    def _layout(self, option: QStyleOptionViewItem, index: Index
                ) -> tuple[int, QRect, QRect, int]:
        """(day header height, text rect in bubble coords, bubble size, total height)."""
        message: ChatMessage = index.data(MESSAGE_ROLE)
        metrics = QFontMetrics(option.font)
        day_h = metrics.height() + 18 if index.data(NEW_DAY_ROLE) else 0
        width = max(self._bubble_width(option), 160)
        text = message.text if message.is_system else message_body(message)
        inner = width - 2 * self.BUBBLE_PAD
        text_rect = metrics.boundingRect(QRect(0, 0, inner, 100_000),
                                         int(Qt.TextFlag.TextWordWrap), text or " ")
        header_h = 0 if message.is_system else metrics.height() + 2
        footer_h = 0 if message.is_system else metrics.height()
        bubble_h = text_rect.height() + header_h + footer_h + 2 * self.BUBBLE_PAD - 4
        bubble_w = max(text_rect.width(), 0 if message.is_system else min(
            inner, metrics.horizontalAdvance(message.sender or "") + 60)) + 2 * self.BUBBLE_PAD
        return day_h, text_rect, QRect(0, 0, bubble_w, bubble_h), day_h + bubble_h + 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _day, _text, _bubble, total = self._layout(option, index)
        return QSize(option.rect.width() or self.MAX_WIDTH, total)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        message: ChatMessage = index.data(MESSAGE_ROLE)
        day_h, text_rect, bubble, _total = self._layout(option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        metrics = QFontMetrics(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() - 1.5))
        if day_h:
            label = format_date(message.sent_at.date())
            pill_w = metrics.horizontalAdvance(label) + 24
            pill = QRect(rect.center().x() - pill_w // 2, rect.top() + 6, pill_w,
                         metrics.height() + 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e3e9ed"))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("#4a5a64"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        top = rect.top() + day_h + 4
        if message.is_system:
            box = QRect(rect.center().x() - bubble.width() // 2, top, bubble.width(),
                        bubble.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f3efe2"))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor("#6b5f3a"))
            painter.drawText(box.adjusted(self.BUBBLE_PAD, self.BUBBLE_PAD - 2,
                                          -self.BUBBLE_PAD, -self.BUBBLE_PAD),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                             message.text)
            painter.restore()
            return
        box = QRect(rect.left() + self.MARGIN, top, bubble.width(), bubble.height())
        painter.setPen(QColor("#dde2e6"))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(box, 8, 8)
        inner = box.adjusted(self.BUBBLE_PAD, self.BUBBLE_PAD - 4, -self.BUBBLE_PAD,
                             -self.BUBBLE_PAD + 2)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(index.data(COLOR_ROLE)))
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft), message.sender or "")
        painter.setFont(option.font)
        painter.setPen(QColor("#8a94a6") if message.deleted else QColor("#1f2a30"))
        body = QRect(inner.left(), inner.top() + metrics.height() + 2, inner.width(),
                     text_rect.height())
        painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                         message_body(message))
        painter.setFont(small)
        painter.setPen(QColor("#8a94a6"))
        painter.drawText(QRect(inner.left(), body.bottom(), inner.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         f"{message.sent_at:%H:%M}")
        painter.restore()


class TranscriptView(QListView):
    def __init__(self, store: EvidenceStore, item_id: int, total: int,
                 authors: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = ChatMessagesModel(store, item_id, total, authors, self)
        self.setModel(self.messages)
        self.setItemDelegate(BubbleDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setStyleSheet("QListView { background: #eef2ef; border: 1px solid #dde2e6;"
                           " border-radius: 6px; }")
