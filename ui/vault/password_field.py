"""A new password with its strength bar and advice: the same widget wherever a password
is chosen (creating a vault, changing the password, after a forgotten password)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QProgressBar, QVBoxLayout, QWidget

from app.passwords import MIN_LENGTH, MIN_SCORE, assess_password
from ui.common.messages import message_text
from ui.common.style import STRENGTH_COLORS, set_role
from ui.common.widgets import role_label


def password_problem(password: str) -> str:
    """Why `password` is refused (translated), or "" when it is strong enough."""
    reason = assess_password(password).reason
    return "" if reason is None else message_text(reason)


class NewPasswordField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edt_password = QLineEdit()
        self.edt_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.edt_password.textChanged.connect(self.update_strength)
        self.bar_strength = QProgressBar()
        self.bar_strength.setRange(0, 4)
        self.bar_strength.setTextVisible(False)
        self.bar_strength.setFixedHeight(5)
        self.lbl_strength = role_label("", "muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edt_password)
        layout.addWidget(self.bar_strength)
        layout.addWidget(self.lbl_strength)
        self.update_strength("")

    def text(self) -> str:
        return self.edt_password.text()

    def update_strength(self, password: str) -> None:
        if not password:
            self.bar_strength.setValue(0)
            self.lbl_strength.setText(self.tr("At least %1 characters. Tip: a short sentence.")
                                      .replace("%1", str(MIN_LENGTH)))
            set_role(self.lbl_strength, "muted")
            return
        strength = assess_password(password)
        self.bar_strength.setValue(max(1, strength.score))
        color = STRENGTH_COLORS[strength.score]
        self.bar_strength.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        if strength.acceptable:
            self.lbl_strength.setText(self.tr("Strong enough.") if strength.score == MIN_SCORE
                                      else self.tr("Strong password."))
            set_role(self.lbl_strength, "muted")
        else:
            self.lbl_strength.setText(password_problem(password))
            set_role(self.lbl_strength, "error")

    def problem(self, repeat: str) -> str:
        """Why the chosen password cannot be used (shown in the strength line too), or ""."""
        password = self.text()
        problem = password_problem(password)
        if problem:
            self.update_strength(password)
            return problem
        if password != repeat:
            return self.tr("The two passwords are not the same.")
        return ""
