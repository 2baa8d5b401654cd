"""`CaseFile`: the one front door to a counsellor's case file.

The GUI, the CLI, the benchmarks and the tests open the vault through it, with a
password, and reach every service from it:

    with CaseFile.open(path, password) as cf:
        case = cf.cases.create(NewCase(...))
        cf.people.add_new_to_case(case.id, "Noor", Role.GEPESTE)
        cf.evidence.import_file(case.id, "screenshot.png")
        cf.casework.protocols.choose(case.id, "supportgroep")
        cf.handover.export(case.id, DossierRequest("coordinator"), "dossier.pdf")
        report = cf.verify()

The vault gateway underneath (`app.vault.Vault`: connection, transactions, audit
writing) knows none of these services; only the services use it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.access import AccessRequests
from app.accounts import AccountService
from app.audit_trail import AuditTrail
from app.backup import BackupService, RestoreResult, restore_backup
from app.cases import CaseRepository
from app.casework import CaseWork, ProtocolRegistry, TodoItem, default_registry
from app.changes import ChangeJournal
from app.consent import ConsentService
from app.destruction import Destruction
from app.drafts import DraftStore
from app.evidence import EvidenceStore
from app.forms import FormService
from app.identities import IdentityService
from app.inform import Informing
from app.letters import Letters
from app.measures import Measures
from app.messages import Message
from app.overview import CaseOverviewFacts, CaseOverviews
from app.people import PeopleRepository
from app.retention import RetentionRules, RetentionService, default_retention_rules
from app.search import SearchService
from app.secret import SecretBuffer
from app.timeline import TimelineRepository
from app.timeutil import SYSTEM_CLOCK, Clock
from app.vault import VAULT_SUFFIX, Vault
from app.verify import Cancel, Progress, VerifyReport, verify_vault

if TYPE_CHECKING:
    from app.dossier.handover import Handover
    from app.yearly import Statistics

__all__ = ["VAULT_SUFFIX", "CaseFile"]

_SERVICES = ("cases", "people", "timeline", "search", "evidence", "casework", "letters",
             "handover", "audit", "statistics", "backups", "identities", "drafts",
             "access_requests", "retention", "consent", "destruction", "inform",
             "measures", "accounts")


class CaseFile:
    """An open, unlocked case file. `close()` (lock) drops every service and the key."""

    def __init__(self, gateway: Vault, registry: ProtocolRegistry | None = None,
                 password: str | None = None,
                 retention_rules: RetentionRules | None = None) -> None:
        self._gateway = gateway
        self._registry = registry
        self._retention_rules = retention_rules
        # Kept (like the gateway's key) only to derive the backups' key once; see backups.
        # A bytearray, zeroed on close (app.secret; docs/security.md).
        self._password = SecretBuffer(password)

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(cls, path: Path | str, password: str, *, counsellor: str = "",
               school: str = "", clock: Clock = SYSTEM_CLOCK, check_strength: bool = True,
               registry: ProtocolRegistry | None = None,
               retention_rules: RetentionRules | None = None) -> CaseFile:
        return cls(Vault.create(path, password, counsellor=counsellor, school=school,
                                clock=clock, check_strength=check_strength), registry,
                   password, retention_rules)

    @classmethod
    def open(cls, path: Path | str, password: str, *, clock: Clock = SYSTEM_CLOCK,
             registry: ProtocolRegistry | None = None,
             retention_rules: RetentionRules | None = None) -> CaseFile:
        return cls(Vault.open(path, password, clock=clock), registry, password,
                   retention_rules)

    @staticmethod
    def check_file(path: Path | str) -> None:
        """Raise NotAVaultError for a file that plainly is no vault, before any password;
        reads only, so the file stays as it was."""
        Vault.check_file(path)

    def open_worker(self) -> CaseFile:
        """A second connection for a worker thread (same key, same protocol registry)."""
        return CaseFile(self._gateway.open_worker(), self._registry, self._password.reveal(),
                        self._retention_rules)

    def park(self) -> threading.Event:
        """Let a worker's big import have the vault file to itself: this connection is
        closed until the returned event is set (the worker sets it when done); anything
        that reads meanwhile waits for that, then goes on. See Vault.park."""
        return self._gateway.park()

    def close(self) -> None:
        """Lock: the gateway checkpoints, closes and forgets the key; services go too."""
        self._gateway.close()
        self._password.wipe()
        for name in _SERVICES:
            self.__dict__.pop(name, None)

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._gateway.is_open

    @property
    def notices(self) -> tuple[Message, ...]:
        """What the user should hear about the opening (a side file moved aside)."""
        return self._gateway.notices

    @property
    def path(self) -> Path:
        return self._gateway.path

    @property
    def clock(self) -> Clock:
        return self._gateway.clock

    @property
    def changes(self) -> ChangeJournal:
        """Which cases each committed change touched (app/changes.py); shared with the
        worker connections, so a view recomputes only what changed."""
        return self._gateway.changes

    # ----------------------------------------------------------------- vault settings
    @property
    def counsellor(self) -> str:
        return self._gateway.get_meta("counsellor") or ""

    @property
    def school(self) -> str:
        return self._gateway.get_meta("school") or ""

    def set_counsellor(self, name: str) -> None:
        self._gateway.set_meta("counsellor", name.strip())

    def set_school(self, name: str) -> None:
        self._gateway.set_meta("school", name.strip())

    # ----------------------------------------------------------------- password
    def check_password(self, password: str) -> None:
        """Raise WrongPasswordError unless `password` opens this vault (slow on purpose)."""
        self._gateway.check_password(password)

    def change_password(self, old_password: str, new_password: str, *,
                        check_strength: bool = True) -> None:
        self._gateway.change_password(old_password, new_password,
                                      check_strength=check_strength)
        self._password.wipe()
        self._password = SecretBuffer(new_password)
        self.backups.password_changed(new_password)

    @staticmethod
    def restore_backup(backup: Path | str, target: Path | str, new_password: str, *,
                       password: str | None = None, recovery_code: str | None = None,
                       check_strength: bool = True) -> RestoreResult:
        """A backup as a new vault at `target` (never over an existing file), opened by
        the backup's password or the recovery code, fully verified first."""
        return restore_backup(backup, target, new_password, password=password,
                              recovery_code=recovery_code, check_strength=check_strength)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many changes saved together or not at all (and much faster than one by one):
        every service call inside the block joins one transaction."""
        with self._gateway.write():
            yield

    # ----------------------------------------------------------------- maintenance
    def verify(self, progress: Progress | None = None, cancel: Cancel | None = None, *,
               against: Path | str | None = None) -> VerifyReport:
        """Storage, audit chain and every evidence hash; see app.verify. With `against`
        (an exported PDF, a police package or its manifest, a backup): also whether the
        audit history still holds the anchor that file carries (app/anchors.py)."""
        from app import anchors  # noqa: PLC0415 - PDF and backup readers, only for this

        if against is not None:
            anchors.read_anchor(against)   # a wrong file fails before the long check
        report = verify_vault(self._gateway, progress, cancel)
        if against is not None and not report.cancelled:
            result = anchors.compare(self._gateway, against)
            if result is not None:
                report.checks.append(result)
        return report

    def vacuum(self) -> None:
        self._gateway.vacuum()

    # ----------------------------------------------------------------- services
    @cached_property
    def cases(self) -> CaseRepository:
        return CaseRepository(self._gateway)

    @cached_property
    def people(self) -> PeopleRepository:
        return PeopleRepository(self._gateway)

    @cached_property
    def timeline(self) -> TimelineRepository:
        return TimelineRepository(self._gateway, after_destruction=self._backups_follow)

    @cached_property
    def search(self) -> SearchService:
        return SearchService(self._gateway)

    @cached_property
    def drafts(self) -> DraftStore:
        """Text typed into a form when the vault locked, kept until it is used again."""
        return DraftStore(self._gateway)

    @cached_property
    def audit(self) -> AuditTrail:
        return AuditTrail(self._gateway)

    @cached_property
    def registry(self) -> ProtocolRegistry:
        if self._registry is None:
            self._registry = default_registry()
        return self._registry

    @cached_property
    def evidence(self) -> EvidenceStore:
        return EvidenceStore(self._gateway, after_destruction=self._backups_follow)

    def _backups_follow(self) -> None:
        self.backups.after_destruction()

    @cached_property
    def backups(self) -> BackupService:
        # a lambda, not the bound method: change_password replaces the buffer
        return BackupService(self._gateway, lambda: self._password.reveal())  # noqa: PLW0108

    @cached_property
    def identities(self) -> IdentityService:
        """Every form by which a case's people can be recognised (the identity register)."""
        return IdentityService(self._gateway, self.evidence)

    @cached_property
    def accounts(self) -> AccountService:
        """The accounts of a case (platform, handle, display name, profile URL, person)."""
        return AccountService(self._gateway)

    @cached_property
    def access_requests(self) -> AccessRequests:
        """Access requests (inzage): record, list, and export the overview of one person."""
        from app.access.facts import privacy_facts  # noqa: PLC0415 - retention rules, later

        return AccessRequests(self._gateway, self.identities,
                              privacy_facts(self.retention, self.consent))

    @cached_property
    def casework(self) -> CaseWork:
        # 'te doen' also lists the cases whose retention date has passed, and whom to inform
        return CaseWork(self._gateway, self.registry, extra_todo=self._extra_todo)

    def _extra_todo(self, today: date, case_id: int | None) -> list[TodoItem]:
        return self.retention.todo_items(today, case_id) + self.inform.todo_items(today, case_id)

    @cached_property
    def measures(self) -> Measures:
        """The consequence ladder, measures taken and escalations (app/measures)."""
        return Measures(self._gateway, self.registry)

    @cached_property
    def inform(self) -> Informing:
        """Who the protocol says to inform in a case, and what was recorded (app/inform)."""
        return Informing(self._gateway, self.registry)

    @cached_property
    def retention(self) -> RetentionService:
        """How long each case is kept: its rule (data in resources/retention) and date."""
        if self._retention_rules is None:
            self._retention_rules = default_retention_rules()
        return RetentionService(self._gateway, self.registry, self._retention_rules)

    @cached_property
    def consent(self) -> ConsentService:
        """The student's consent to keeping a dossier (asked, answer, how, when, by whom)."""
        return ConsentService(self._gateway)

    @cached_property
    def forms(self) -> FormService:
        """The non-pestcontract and the pupil's plan: filled in, revised, signed, printed."""
        return FormService(self._gateway)

    @cached_property
    def overviews(self) -> CaseOverviews:
        return CaseOverviews(self.casework, self.consent, self.evidence, self.retention,
                             self._gateway.clock.today_local, self.inform)

    def overview(self, case_id: int, today: date | None = None) -> CaseOverviewFacts:
        """Where a case stands (the Overzicht page): stage, next step, consent, agreements,
        next follow-up, urgency, offences, evidence count, retention date."""
        return self.overviews.get(case_id, today)

    @cached_property
    def letters(self) -> Letters:
        return Letters(self._gateway, self.registry)

    @cached_property
    def handover(self) -> Handover:
        # Imported here: the PDF libraries load only when something leaves the vault,
        # so a CLI command that exports nothing starts faster.
        from app.dossier.handover import Handover  # noqa: PLC0415

        return Handover(self._gateway, self.evidence, self.identities)

    @cached_property
    def destruction(self) -> Destruction:
        """Destroying a case with proof, or anonymising it (app/destruction)."""
        return Destruction(self._gateway, lambda: self.casework, self._backups_follow)

    @cached_property
    def statistics(self) -> Statistics:
        """Anonymous yearly figures and their exports (through `handover`)."""
        from app.yearly import Statistics  # noqa: PLC0415  (like handover: loads late)

        return Statistics(self._gateway, self.registry, lambda: self.handover)
