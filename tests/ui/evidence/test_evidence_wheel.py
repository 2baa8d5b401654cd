"""The details pane: the mouse wheel scrolls the pane, no combo box or date/spin box
takes it without focus (issue: scrolling past the end turned Instagram into TikTok)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.evidence import EvidenceMetadata
from ui.common.wheel_guard import WheelGuard, install_wheel_guard
from ui.evidence.details import DetailsPanel


def _wheel(target: QWidget, steps: int) -> None:
    """`steps` notches (negative: towards the user, i.e. scrolling down)."""
    for _ in range(abs(steps)):
        event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0),
                            QPoint(0, 120 if steps > 0 else -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(target, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def _panel(qtbot, vault: CaseFile, tmp_path: Path) -> DetailsPanel:  # type: ignore[no-untyped-def]
    case = vault.cases.create(NewCase("Klassenapp", CaseKind.ONLINE_PESTEN,
                                      vault.clock.now().date()))
    path = tmp_path / "bericht.txt"
    path.write_text("Een bericht in de groepsapp.\n", encoding="utf-8")
    item = vault.evidence.import_file(case.id, path,
                                      metadata=EvidenceMetadata(platform="Instagram"))
    panel = DetailsPanel(vault)
    qtbot.addWidget(panel)
    panel.resize(420, 260)  # small: the pane must scroll
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_item(item)
    qtbot.waitUntil(lambda: panel.scroll.verticalScrollBar().maximum() > 0)
    return panel


def _guarded(panel: QWidget) -> list[QWidget]:
    found: list[QWidget] = [*panel.findChildren(QComboBox),
                            *panel.findChildren(QAbstractSpinBox)]
    return [w for w in found if w.isVisibleTo(panel)]


def test_wheel_over_unfocused_boxes_scrolls_the_pane_and_changes_nothing(
        qtbot, qapp, vault: CaseFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_wheel_guard(qapp)
    panel = _panel(qtbot, vault, tmp_path)
    boxes = _guarded(panel)
    assert panel.form.cmb_platform in boxes
    before = vault.evidence.get(panel.item.id).metadata
    bar = panel.scroll.verticalScrollBar()
    for box in boxes:
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
        box.clearFocus()
        value = _value(box)
        bar.setValue(0)
        _wheel(box, -3)
        _wheel(box, 2)
        _wheel(box, -6)
        assert _value(box) == value, box.objectName() or type(box).__name__
        assert bar.value() > 0  # the pane scrolled instead
    assert panel.form.cmb_platform.currentText() == "Instagram"
    assert not panel.dirty and not panel.btn_save.isEnabled()
    assert vault.evidence.get(panel.item.id).metadata == before


def test_a_focused_box_still_takes_the_wheel(qtbot, qapp, vault: CaseFile,
                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_wheel_guard(qapp)
    panel = _panel(qtbot, vault, tmp_path)
    combo = panel.form.cmb_platform
    panel.activateWindow()
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    start = combo.currentIndex()
    _wheel(combo, -1)
    assert combo.currentIndex() == start + 1 and panel.dirty


def test_main_window_installs_the_guard_once(make_window, qapp) -> None:  # type: ignore[no-untyped-def]
    make_window()
    make_window()
    guards = qapp.findChildren(WheelGuard)
    assert len(guards) == 1 and install_wheel_guard(qapp) is guards[0]


def test_boxes_outside_a_scroll_area_keep_their_wheel(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    install_wheel_guard(qapp)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["a", "b", "c"])
    combo.show()
    _wheel(combo, -1)
    assert combo.currentIndex() == 1




def test_details_pane_shows_the_not_an_image_warning_in_dutch(
        qtbot, dutch, vault: CaseFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # (kept here beside the pane's other test: a text named .png is stored with a warning)
    case = vault.cases.create(NewCase("Klassenapp", CaseKind.ONLINE_PESTEN,
                                      vault.clock.now().date()))
    path = tmp_path / "x.png"
    path.write_text("geen afbeelding\n", encoding="utf-8")
    item = vault.evidence.import_file(case.id, path)
    panel = DetailsPanel(vault)
    qtbot.addWidget(panel)
    panel.show_item(item)
    assert panel.lbl_warnings.isVisibleTo(panel)
    assert panel.lbl_warnings.text() == (
        "'x.png' heeft de naam van een afbeelding, maar is geen afbeelding; het bestand is "
        "ongewijzigd bewaard als document.")
