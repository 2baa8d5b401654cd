"""The viewer: images with zoom, chats as a transcript, other documents with their
facts and "Export...". Opened by a double-click in the gallery."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.errors import PestdossierError
from app.evidence import EvidenceItem, EvidenceKind
from ui.common.confirm import inform
from ui.common.errors import error_message
from ui.common.formatting import format_datetime
from ui.common.messages import message_text
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.common.workers import BackgroundOp, with_worker_vault
from ui.evidence.dialogs import describe_advice, metadata_lines
from ui.evidence.export import choose_export_path, export_work
from ui.evidence.facts import FactsCard
from ui.evidence.importing import owned_op
from ui.evidence.labels import kind_label
from ui.evidence.transcript import TranscriptView

ZOOM_STEPS = (0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)


class ImageView(QScrollArea):
    """A picture with fit / 100% / zoom in / zoom out; Ctrl + mouse wheel zooms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lbl_image = QLabel()
        self.lbl_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.lbl_image)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidgetResizable(False)
        self.setStyleSheet("QScrollArea { background: #2b3135; border: none; }"
                           " QLabel { background: transparent; }")
        self._image = QImage()
        self.scale = 1.0
        self.fitting = True
        self.viewport().installEventFilter(self)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.fit()

    @property
    def has_image(self) -> bool:
        return not self._image.isNull()

    def _fit_scale(self) -> float:
        if self._image.isNull():
            return 1.0
        area = self.viewport().size()
        return min(1.0, (area.width() - 8) / self._image.width(),
                   (area.height() - 8) / self._image.height())

    def fit(self) -> None:
        self.fitting = True
        self._apply(self._fit_scale())

    def actual_size(self) -> None:
        self.fitting = False
        self._apply(1.0)

    def zoom_in(self) -> None:
        self.fitting = False
        self._apply(next((s for s in ZOOM_STEPS if s > self.scale + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.fitting = False
        self._apply(next((s for s in reversed(ZOOM_STEPS) if s < self.scale - 1e-6),
                         ZOOM_STEPS[0]))

    def _apply(self, scale: float) -> None:
        self.scale = max(0.05, scale)
        if self._image.isNull():
            return
        size = self._image.size() * self.scale
        scaled = self._image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)
        self.lbl_image.setPixmap(QPixmap.fromImage(scaled))
        self.lbl_image.resize(scaled.size())

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)
        if self.fitting:
            self._apply(self._fit_scale())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)


def _load_image(item_id: int):  # type: ignore[no-untyped-def]
    """Work for `with_worker_vault`: read the original and decode it, off the GUI thread
    (a 40 MB camera photo takes a moment); the picture lives in memory only."""

    def work(vault: CaseFile, _progress: object, _cancelled: object) -> QImage:
        data = vault.evidence.read_bytes(item_id)
        image = QImage.fromData(data)
        del data
        if image.isNull():
            raise ValueError("undecodable image")
        return image

    return work


class ViewerDialog(QDialog):
    def __init__(self, parent: QWidget | None, vault: CaseFile, item: EvidenceItem) -> None:
        super().__init__(parent)
        self._vault = vault
        self._store = vault.evidence
        self.item = item
        self._op: BackgroundOp | None = None
        self.setWindowTitle(self.tr("%1 · %2").replace("%1", item.label)
                            .replace("%2", kind_label(item.kind)))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        title = item.metadata.description.splitlines()[0] if item.metadata.description \
            else item.original_name
        layout.addWidget(role_label(f"{item.label} · {kind_label(item.kind)}", "heading"))
        if title:
            layout.addWidget(role_label(title, "muted", wrap=True))
        self.image_view: ImageView | None = None
        self.transcript: TranscriptView | None = None
        self.lbl_status = role_label("", "muted", wrap=True)
        self.btn_export = QPushButton(self.tr("Export..."))
        self.btn_export.clicked.connect(self.export)
        self.btn_export.setVisible(item.has_bytes)
        self.btn_export.setToolTip(self.tr("Save a copy of the original file, byte for byte"))
        self.bar_progress = QProgressBar()
        self.bar_progress.setFixedWidth(160)
        self.bar_progress.setTextVisible(False)
        self.bar_progress.hide()
        bottom = QHBoxLayout()
        controls = QHBoxLayout()
        if item.kind in (EvidenceKind.SCREENSHOT, EvidenceKind.PHOTO):
            self._build_image(layout, controls)
        elif item.kind is EvidenceKind.CHAT:
            self._build_chat(layout)
        else:
            self._build_document(layout)
        bottom.addLayout(controls)
        bottom.addWidget(self.lbl_status, 1)
        bottom.addWidget(self.bar_progress)
        bottom.addWidget(self.btn_export)
        self.btn_close = QPushButton(self.tr("Close"))
        self.btn_close.clicked.connect(self.reject)
        bottom.addWidget(self.btn_close)
        layout.addLayout(bottom)

    # ------------------------------------------------------------- kinds
    def _build_image(self, layout: QVBoxLayout, controls: QHBoxLayout) -> None:
        view = ImageView()
        self.image_view = view
        layout.addWidget(view, 1)
        self.btn_fit = QPushButton(self.tr("Fit"))
        self.btn_actual = QPushButton(self.tr("100%"))
        self.btn_zoom_out = QPushButton(self.tr("Zoom out"))
        self.btn_zoom_in = QPushButton(self.tr("Zoom in"))
        for button, slot in ((self.btn_fit, view.fit), (self.btn_actual, view.actual_size),
                             (self.btn_zoom_out, view.zoom_out),
                             (self.btn_zoom_in, view.zoom_in)):
            button.clicked.connect(slot)
            controls.addWidget(button)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, view.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, view.zoom_out),
                           ("Ctrl+0", view.fit)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.lbl_status.setText(self.tr("Loading the image..."))
        op = owned_op(with_worker_vault(self._vault, _load_image(self.item.id)), self)
        op.on_success(self._decoded).on_failure(self._not_shown)
        self._op = op
        op.start()

    def _not_shown(self, exc: BaseException) -> None:
        self._op = None
        self.lbl_status.setText(error_message(exc) if isinstance(exc, PestdossierError) else
                                self.tr("This image cannot be shown; export it to open it "
                                        "elsewhere."))

    def _decoded(self, image: QImage) -> None:
        self._op = None
        if self.image_view is not None:
            self.image_view.set_image(image)
        self.lbl_status.setText(self.tr("%1 × %2 pixels · Ctrl + mouse wheel zooms")
                                .replace("%1", str(image.width()))
                                .replace("%2", str(image.height())))

    def _build_chat(self, layout: QVBoxLayout) -> None:
        summary = self._store.chat_summary(self.item.id)
        if summary is None:
            self._build_document(layout)
            return
        period = ""
        if summary.first_message_at and summary.last_message_at:
            period = self.tr("%1 to %2").replace(
                "%1", format_datetime(summary.first_message_at)).replace(
                "%2", format_datetime(summary.last_message_at))
        layout.addWidget(role_label(self.tr("%1 messages · %2 · between: %3")
                                    .replace("%1", str(summary.message_count))
                                    .replace("%2", period)
                                    .replace("%3", ", ".join(summary.authors)),
                                    "muted", wrap=True))
        self.transcript = TranscriptView(self._store, self.item.id, summary.message_count,
                                         summary.authors)
        layout.addWidget(self.transcript, 1)
        self.lbl_status.setText(self.tr(
            "Times as the phone showed them. The original export is kept byte for byte."))

    def _build_document(self, layout: QVBoxLayout) -> None:
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        if not self.item.has_bytes:
            note = QFrame()
            set_role(note, "card")
            note_layout = QVBoxLayout(note)
            note_layout.setContentsMargins(16, 12, 16, 14)
            note_layout.addWidget(role_label(self.tr("No image stored: described only"),
                                             "subheading"))
            for _name, caption, value in metadata_lines(self.item.metadata):
                note_layout.addWidget(role_label(f"{caption}: {value}", wrap=True))
            note_layout.addWidget(role_label(describe_advice(), "muted", wrap=True))
            inner.addWidget(note)
        else:
            for warning in self.item.warnings:
                box = role_label(message_text(warning), wrap=True)
                box.setStyleSheet("background: #fbf1dc; color: #6b4500; border: 1px solid"
                                  " #efd9a7; border-radius: 6px; padding: 8px 10px;")
                inner.addWidget(box)
            inner.addWidget(role_label(self.tr(
                "Pestdossier does not show this kind of file itself. Use 'Export...' to save "
                "a copy of the original and open it with another program."), "muted",
                wrap=True))
            written = metadata_lines(self.item.metadata)
            if written:
                card = QFrame()
                set_role(card, "card")
                card_layout = QVBoxLayout(card)
                card_layout.setContentsMargins(16, 12, 16, 14)
                card_layout.addWidget(role_label(self.tr("What you recorded about it"),
                                                 "subheading"))
                for _name, caption, value in written:
                    card_layout.addWidget(role_label(f"{caption}: {value}", wrap=True))
                inner.addWidget(card)
        facts = FactsCard()
        facts.show_item(self.item)
        inner.addWidget(facts)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

    # ------------------------------------------------------------- export
    def export(self) -> None:
        export_item(self, self._vault, self.item, self.lbl_status, self.bar_progress)

    def done(self, result: int) -> None:
        if self._op is not None:
            self._op.detach()
            self._op = None
        super().done(result)

    @classmethod
    def show_item(cls, parent: QWidget | None, vault: CaseFile,
                  item: EvidenceItem) -> tuple[None, bool]:
        dialog = cls(parent, vault, item)
        dialog.exec()
        dialog.deleteLater()
        return None, True


def export_item(parent: QWidget, vault: CaseFile, item: EvidenceItem, status: QLabel,
                bar: QProgressBar) -> BackgroundOp | None:
    """Ask where, then write the original there in the background."""
    target = choose_export_path(parent, item)
    if target is None:
        return None
    bar.setRange(0, 100)
    bar.setValue(0)
    bar.show()
    status.setText(QCoreApplication.translate("ViewerDialog", "Exporting %1...")
                   .replace("%1", target.name))
    op = owned_op(with_worker_vault(vault, export_work(item.id, target)), parent)

    def progressed(done: int, total: int) -> None:
        bar.setValue(int(done * 100 / max(total, 1)))

    def finished(path: object) -> None:
        bar.hide()
        if path is not None:
            status.setText(QCoreApplication.translate("ViewerDialog", "Exported to %1 (%2).")
                           .replace("%1", str(path))
                           .replace("%2", format_datetime(vault.clock.now())))

    def failed(exc: BaseException) -> None:
        bar.hide()
        status.setText("")
        inform(parent, QCoreApplication.translate("ViewerDialog", "Export"), error_message(exc),
               warning=True)

    op.on_progress(progressed).on_success(finished).on_failure(failed)
    op.start()
    return op
