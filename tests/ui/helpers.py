"""Helpers for GUI tests: visible texts of a window, and waiting for a window's vault."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    texts: list[str] = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # list models (QListWidget) hide columnCount
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header:
            texts.append(str(header))
    for row in range(model.rowCount(root)):
        for column in range(columns):
            value = model.index(row, column).data()
            if value:
                texts.append(str(value))
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """Every text a widget shows: labels, buttons, fields, placeholders, combos, tabs,
    view headers and cells."""
    texts: list[str] = []
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    if isinstance(widget, QPlainTextEdit):
        texts += [widget.toPlainText(), widget.placeholderText()]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        texts += _model_texts(widget.model())
    if widget.isWindow():
        texts.append(widget.windowTitle())
    return [t for t in texts if t]


def visible_texts(root: QWidget | None = None) -> list[str]:
    """Texts of every visible widget (of `root`, or of the whole application)."""
    widgets = QApplication.allWidgets() if root is None else [*root.findChildren(QWidget), root]
    texts: list[str] = []
    for widget in widgets:
        if widget.isVisible():
            texts += widget_texts(widget)
    return texts
