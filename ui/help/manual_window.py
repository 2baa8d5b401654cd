"""Help > Handleiding (F1): the manual's chapters on the left, the chosen one on the right,
and a search field that narrows the chapters to those that mention the words typed.

One window at a time: F1 again brings it forward at the topic of that moment. It holds
no case data, so it may stay open while the vault locks.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.help import manual

PREFERRED = QSize(920, 640)
TOPIC_ROLE = Qt.ItemDataRole.UserRole


class ManualWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual"))
        self.setObjectName("manual_window")
        self.setModal(False)
        self._chapters = manual.chapters()
        self.edt_search = QLineEdit()
        self.edt_search.setPlaceholderText(self.tr("Search the manual"))
        self.edt_search.setAccessibleName(self.tr("Search the manual"))
        self.edt_search.setClearButtonEnabled(True)
        self.lst_chapters = QListWidget()
        self.lst_chapters.setAccessibleName(self.tr("Chapters"))
        self.lst_chapters.setFixedWidth(300)
        self.lst_chapters.setWordWrap(True)
        self.lst_chapters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.txt_page = QTextBrowser()
        self.txt_page.setAccessibleName(self.tr("Manual text"))
        self.txt_page.setOpenExternalLinks(False)
        self._build_layout()
        self.edt_search.textChanged.connect(self._filter)
        self.lst_chapters.currentItemChanged.connect(self._show_current)
        self._fill(self._chapters)
        self._fit()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.edt_search)
        body = QHBoxLayout()
        body.addWidget(self.lst_chapters)
        body.addWidget(self.txt_page, 1)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox()
        self.btn_close = buttons.addButton(self.tr("Close"),
                                           QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def _fit(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() - QSize(40, 80) if screen else PREFERRED
        self.resize(PREFERRED.boundedTo(room))

    def _fill(self, chapters: tuple[manual.Chapter, ...]) -> None:
        self.lst_chapters.clear()
        for chapter in chapters:
            item = QListWidgetItem(chapter.title)
            item.setData(TOPIC_ROLE, chapter.topic)
            self.lst_chapters.addItem(item)
        if self.lst_chapters.count():
            self.lst_chapters.setCurrentRow(0)
        else:
            self.txt_page.setMarkdown(self.tr("Nothing in the manual matches this search."))

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        self._fill(tuple(c for c in self._chapters
                         if all(w in (c.title + " " + c.markdown).lower() for w in words)))

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        chapter = manual.chapter(item.data(TOPIC_ROLE))
        if chapter is not None:
            self.txt_page.setMarkdown(f"# {chapter.title}\n\n{chapter.markdown}")

    def current_topic(self) -> str | None:
        item = self.lst_chapters.currentItem()
        return None if item is None else str(item.data(TOPIC_ROLE))

    def open_topic(self, topic: str | None) -> None:
        """Show the chapter on `topic` (all chapters listed again), or the first."""
        if self.edt_search.text():
            self.edt_search.clear()
        for row in range(self.lst_chapters.count()):
            if self.lst_chapters.item(row).data(TOPIC_ROLE) == topic:
                self.lst_chapters.setCurrentRow(row)
                return
