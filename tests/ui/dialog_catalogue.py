"""Every dialog of the app, built with realistic content, for the tests that check each
one fits a small laptop screen, clips no text and has a sensible tab order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.backup.service import BackupInfo
from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import NewAgreement
from app.domain import CaseKind, EntryKind, Precision, Role
from app.timeutil import AMSTERDAM

Build = Callable[[QWidget], QDialog]

STUDENTS = (("Fenna Verbeek", Role.GEPESTE), ("Daan Visser", Role.PESTER),
            ("Liam de Wit", Role.MEELOPER), ("Noor Bakker", Role.VERDEDIGER),
            ("Emma Smit", Role.BUITENSTAANDER), ("Mila Mulder", Role.BUITENSTAANDER))
LONG_TITLE = ("Buitengesloten bij het buitenspelen en daarna in de klassenapp uitgelachen "
              "door een groepje uit de parallelklas")


def fill(vault: CaseFile) -> int:
    """One case with people, a protocol, a step, an agreement, an entry and evidence."""
    case = vault.cases.create(NewCase(LONG_TITLE, CaseKind.ONLINE_PESTEN, date(2026, 11, 20),
                                      group_name="groep 7"))
    ids = {name: vault.people.add_new_to_case(case.id, name, role, "groep 7").id
           for name, role in STUDENTS}
    work = vault.casework
    work.protocols.choose(case.id, "supportgroep")
    when = datetime(2026, 11, 21, 10, tzinfo=AMSTERDAM)
    work.steps.record(case.id, "gesprek_gepeste", when, participant_ids=[ids["Fenna Verbeek"]],
                      verslag="Fenna vertelt rustig wat er gebeurt.",
                      conditions=[("consent_gepeste", "mondeling")])
    work.steungroep.compose(case.id, [ids[n] for n in ("Daan Visser", "Liam de Wit",
                                                       "Noor Bakker", "Emma Smit")])
    work.agreements.add(case.id, NewAgreement("Daan laat Fenna meedoen", (ids["Daan Visser"],)))
    entry = vault.timeline.add(case.id, EntryKind.GESPREK, "Gesprek met de mentor.", when,
                               Precision.EXACT, "mentor")
    vault.timeline.edit_text(entry.id, "Gesprek met de mentor over de pauzes.")
    vault.evidence.import_bytes(case.id, b"Daan: niemand wil je erbij", "chat.txt")
    return case.id


def catalogue(vault: CaseFile, case_id: int, tmp: Path) -> dict[str, Build]:
    """Name -> a function that builds the dialog (not shown) for a parent."""
    from ui.cases.case_dialog import CaseDialog
    from ui.cases.consent_dialog import ConsentDialog
    from ui.cases.destroy_dialog import DestroyDialog
    from ui.cases.entry_dialog import EntryDialog
    from ui.cases.entry_marks import EntryMarksDialog
    from ui.cases.entry_text_dialog import EntryTextDialog
    from ui.cases.identity_dialog import IdentityDialog, WhoIsThisDialog
    from ui.cases.person_dialog import PersonDialog
    from ui.cases.person_edit_dialog import PersonEditDialog
    from ui.cases.retention_dialog import RetentionDialog
    from ui.cases.revisions_dialog import RevisionsDialog
    from ui.casework.agreements_panel import AgreementDialog
    from ui.casework.dialogs import (
        CloseDialog,
        ConditionDialog,
        EscalateDialog,
        MoveDialog,
        PriorityDialog,
        ProtocolChoiceDialog,
        ReasonDialog,
        StatusDialog,
    )
    from ui.casework.step_dialog import StepDialog
    from ui.casework.step_flow import step_context
    from ui.casework.steungroep_dialog import SteungroepDialog
    from ui.common.confirm import Confirm
    from ui.common.removal_dialog import RemovalDialog
    from ui.evidence.dialogs import DescribeDialog, LinkDialog, MetadataHistoryDialog
    from ui.evidence.privacy import LeavePrivacyDialog
    from ui.evidence.viewer import ViewerDialog
    from ui.handover.dossier_dialog import DossierDialog
    from ui.handover.letters_dialog import LettersDialog
    from ui.privacy.access_dialog import AccessRequestDialog
    from ui.shell.about_dialog import AboutDialog
    from ui.shell.settings_dialog import SettingsDialog
    from ui.shell.vault_location import VaultLocationDialog
    from ui.vault.change_password_dialog import ChangePasswordDialog
    from ui.vault.forgot_password import ForgotPasswordDialog
    from ui.vault.recovery_kit import RecoveryCodeDialog
    from ui.vault.restore_dialog import RestoreDialog
    from ui.yearly.overview import YearOverviewDialog

    work = vault.casework
    case = vault.cases.get(case_id)
    people = vault.people.for_case(case_id)
    entry = vault.timeline.for_case(case_id)[-1]
    item = vault.evidence.list_for_case(case_id)[0]
    schedule = work.schedule(case_id)
    assert schedule is not None
    now = vault.clock.now()
    today = now.astimezone(AMSTERDAM).date()
    backup = BackupInfo(tmp / "kluis-2026-11-22.pdbackup", datetime(2026, 11, 22, 9, tzinfo=UTC),
                        123_456, None)
    long_text = ("De leerling vertelde uitgebreid hoe het in de pauzes gaat en wat er in de "
                 "klassenapp is geschreven; dit is een lange regel die moet afbreken. ") * 3
    return {
        "CaseDialog": lambda p: CaseDialog(p, case),
        "ConsentDialog": lambda p: ConsentDialog(p, vault.consent.current(case_id), today),
        "DestroyDialog": lambda p: DestroyDialog(p, vault, vault.destruction.preview(case_id),
                                                 anonymise=False),
        "AnonymiseDialog": lambda p: DestroyDialog(p, vault, vault.destruction.preview(case_id),
                                                   anonymise=True),
        "EntryDialog": lambda p: EntryDialog(p, now),
        "EntryMarksDialog": lambda p: EntryMarksDialog(p, entry),
        "EntryTextDialog": lambda p: EntryTextDialog(p, entry),
        "IdentityDialog": lambda p: IdentityDialog(vault, people[0].person, p),
        "WhoIsThisDialog": lambda p: WhoIsThisDialog(vault, case_id, p),
        "PersonDialog": lambda p: PersonDialog(p, vault.people.find),
        "PersonEditDialog": lambda p: PersonEditDialog(p, people[1], ["2026-009"]),
        "RetentionDialog": lambda p: RetentionDialog(p, vault.retention.rules.all(),
                                                     vault.retention.for_case(case_id), today),
        "RevisionsDialog": lambda p: RevisionsDialog(p, entry, vault.timeline.revisions(entry.id)),
        "AgreementDialog": lambda p: AgreementDialog(p, tuple(people), today),
        "CloseDialog": lambda p: CloseDialog(p, True),
        "ConditionDialog": lambda p: ConditionDialog(
            p, "De gepeste leerling stemt in met de aanpak met een steungroep", now),
        "EscalateDialog": lambda p: EscalateDialog(p, work.status.escalation_chain(case_id)),
        "MoveDialog": lambda p: MoveDialog(p, "Evaluatie met de gepeste leerling", today),
        "PriorityDialog": lambda p: PriorityDialog(p, work.status.priority(case_id)),
        "ProtocolChoiceDialog": lambda p: ProtocolChoiceDialog(p, work.registry.all(),
                                                               "supportgroep"),
        "ReasonDialog": lambda p: ReasonDialog(p, "Stap overslaan", long_text, "Overslaan"),
        "StatusDialog": lambda p: StatusDialog(p, case.status),
        "StepDialog": lambda p: StepDialog(p, step_context(
            vault, case_id, schedule, schedule.step("gesprek_steungroep"))),
        "SteungroepDialog": lambda p: SteungroepDialog(p, list(people), set()),
        "Confirm": lambda p: Confirm(p, "Verwijderen", long_text, "Verwijderen"),
        "RemovalDialog": lambda p: RemovalDialog(p, "Verwijderen", long_text, long_text,
                                                 "Verwijderen"),
        "DescribeDialog": lambda p: DescribeDialog(p),
        "LinkDialog": lambda p: LinkDialog(p, "Koppelen", [(1, "Daan Visser")], "Relatie"),
        "MetadataHistoryDialog": lambda p: MetadataHistoryDialog(
            p, item, vault.evidence.metadata_history(item.id)),
        "LeavePrivacyDialog": lambda p: LeavePrivacyDialog(p),
        "ViewerDialog": lambda p: ViewerDialog(p, vault, item),
        "DossierDialog": lambda p: DossierDialog(p, vault, case_id),
        "LettersDialog": lambda p: LettersDialog(p, vault, case_id),
        "AccessRequestDialog": lambda p: AccessRequestDialog(p, vault),
        "AboutDialog": lambda p: AboutDialog(p),
        "SettingsDialog": lambda p: SettingsDialog(p),
        "VaultLocationDialog": lambda p: VaultLocationDialog(vault.path, tmp, True, p),
        "ChangePasswordDialog": lambda p: ChangePasswordDialog(p),
        "ForgotPasswordDialog": lambda p: ForgotPasswordDialog(vault.path, p),
        "RecoveryCodeDialog": lambda p: RecoveryCodeDialog(
            "ABCD-EFGH-IJKL-MNOP-QRST-UVWX", tmp / "noodblad.pdf", p),
        "RestoreDialog": lambda p: RestoreDialog([backup], vault.path, p),
        "YearOverviewDialog": lambda p: YearOverviewDialog(vault, p),
    }


def check_all(vault: CaseFile, case_id: int, tmp: Path, room: QSize) -> list[str]:
    """Show every dialog on a screen with `room` (available area less the window frame);
    return each one that opens larger or clips a text (also after a refused Save), has
    an unnamed button, or a Tab order that does not read top to bottom, buttons last."""
    from tests.ui.fit_check import clipped_texts
    from tests.ui.tab_order import tab_chain, tab_order_problems
    from ui.common.accessibility import icon_only_buttons_without_name
    from ui.common.form_dialog import FormDialog

    problems: list[str] = []
    parent = QWidget()
    for name, build in catalogue(vault, case_id, tmp).items():
        dialog = build(parent)
        dialog.show()
        QApplication.processEvents()
        if dialog.width() > room.width() or dialog.height() > room.height():
            problems.append(f"{name}: {dialog.width()}x{dialog.height()} > {room}")
        problems += [f"{name}: {p}" for p in clipped_texts(dialog)]
        problems += [f"{name}: no accessible name: {b}"
                     for b in icon_only_buttons_without_name(dialog)]
        problems += [f"{name}: Tab order: {p}" for p in tab_order_problems(dialog)]
        # a scroll area around fields needs no Tab stop: it follows the focused field
        chain = tab_chain(dialog)
        problems += [f"{name}: Tab stops on a scroll area around fields" for w in chain
                     if type(w).__name__ in ("QScrollArea", "FitScrollArea")
                     and any(other is not w and w.isAncestorOf(other) for other in chain)]
        if isinstance(dialog, FormDialog):
            dialog.accept()  # empty or default input: most forms show their error line
            QApplication.processEvents()
            if dialog.isVisible():
                problems += [f"{name} after an error: {p}" for p in clipped_texts(dialog)]
        dialog.close()
        dialog.deleteLater()
    parent.deleteLater()
    return problems


def main() -> int:
    """Run the check in this process (the test starts it with QT_SCALE_FACTOR=1.25)."""
    import sys
    import tempfile

    from app.timeutil import Clock
    from ui.common.accessibility import install_accessible_names
    from ui.common.style import apply_style
    from ui.shell import window_fit
    from ui.shell.i18n import install_translators
    from ui.shell.pyside_fixes import pin_bools

    pin_bools()
    app = QApplication(sys.argv[:1])
    apply_style(app)
    install_translators(app, "nl")
    width, height = (int(part) for part in sys.argv[1].split("x"))
    area = QRect(0, 0, width, height)
    window_fit.available_area = lambda _window: area  # type: ignore[assignment]
    window_fit.install_dialog_fit(app)
    install_accessible_names(app)
    tmp = Path(tempfile.mkdtemp())
    clock = Clock(lambda: datetime(2026, 11, 22, 13, 5, tzinfo=UTC))
    vault = CaseFile.create(tmp / "kluis.pestdossier", "wachtwoord-voor-de-test", clock=clock,
                            check_strength=False)
    try:
        problems = check_all(vault, fill(vault), tmp, area.size() - window_fit.FRAME_ALLOWANCE)
    finally:
        vault.close()
    print(f"device pixel ratio {app.devicePixelRatio():.2f}")
    print("\n".join(problems) or "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
