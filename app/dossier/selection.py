"""What the user asks for (a DossierRequest) and what the vault holds for a case.

`load_case` reads everything a dossier of a case may show in one go (a CaseSnapshot);
`selectable_items` lists the timeline entries and evidence items the user can tick
off before generating, each marked with whether the profile allows it at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.cases import CaseRepository
from app.casework import (
    AgreementRecord,
    CaseWork,
    CaseWorkSchedule,
    OutcomeRecord,
    PriorityRecord,
    StepException,
    StepRecord,
    SteungroepMember,
    SteungroepNote,
)
from app.casework.offences import AdviceRecord
from app.consent import Consent, ConsentService
from app.domain import Case, Entry, EntryKind, Participant, Revision
from app.dossier.dutch_dates import format_date_nl
from app.dossier.profiles import Profile, ProfileId, get_profile
from app.evidence import EvidenceItem, EvidenceKind, EvidenceStore
from app.messages import Message, Param
from app.people import PeopleRepository
from app.timeline import TimelineRepository
from app.timeutil import AMSTERDAM
from app.wording import dutch, dutch_param, label

if TYPE_CHECKING:
    from app.vault import Vault


@dataclass(frozen=True)
class DossierRequest:
    """What to make. ``pseudonymise=None`` means the profile's default."""

    profile: ProfileId | str = ProfileId.COORDINATOR
    recipient: str = ""
    excluded_entries: frozenset[int] = frozenset()
    excluded_evidence: frozenset[int] = frozenset()
    pseudonymise: bool | None = None
    password: str | None = None
    include_description: bool = True   # the case description among the police's facts

    @property
    def resolved_profile(self) -> Profile:
        return get_profile(self.profile)

    @property
    def pseudonymised(self) -> bool:
        if self.pseudonymise is None:
            return self.resolved_profile.pseudonymise_default
        return self.pseudonymise


@dataclass(frozen=True)
class SelectableItem:
    """A line in the dialog's checkable list; each interface words it in its language."""

    kind: str                          # "entry", "evidence" or "description"
    id: int
    category: EntryKind | EvidenceKind
    title: Param                       # first line or file name; a report: its step
    allowed: bool      # False: the profile never includes it (shown unticked, disabled)
    when: datetime | None = None
    number: str = ""                   # evidence: B1, B2, ...

    @property
    def label(self) -> str:
        """The Dutch line, e.g. "12 november 2026 · Gesprek · Gesprek met Liv ..."."""
        first = self.number or (format_date_nl(self.when) if self.when else "")
        return f"{first} · {label(self.category)} · {dutch_param(self.title)}"


@dataclass
class CaseSnapshot:
    """Everything about one case a dossier may show, read once."""

    case: Case
    school: str
    counsellor: str
    participants: list[Participant]
    entries: list[Entry]
    revisions: dict[int, list[Revision]]
    steps: list[StepRecord]
    exceptions: list[StepException]
    agreements: list[AgreementRecord]
    schedule: CaseWorkSchedule | None
    members: list[SteungroepMember]
    notes: list[SteungroepNote]
    priority: PriorityRecord
    outcome: OutcomeRecord | None
    offences: list[str]
    advice: list[AdviceRecord]
    evidence: list[EvidenceItem]
    protocol_name: str = ""
    consent: Consent | None = None      # the student's consent to keeping a dossier
    step_entry_ids: dict[int, StepRecord] = field(default_factory=dict)
    session_entry_ids: frozenset[int] = frozenset()   # entries linked to evidence items

    def entry_allowed(self, entry: Entry, profile: Profile) -> bool:
        return profile.allows_marks(entry) and profile.allows_entry(
            entry.kind, evidence_session=entry.id in self.session_entry_ids)

    @property
    def period(self) -> tuple[date | None, date | None]:
        days = [self.case.reported_on]
        days += [e.occurred_at.astimezone(AMSTERDAM).date() for e in self.entries]
        return min(days), max(days)


def load_case(vault: Vault, case_id: int, work: CaseWork | None = None) -> CaseSnapshot:
    work = work or CaseWork(vault)
    timeline = TimelineRepository(vault)
    case = CaseRepository(vault).get(case_id)
    entries = timeline.for_case(case_id)
    revisions = {e.id: timeline.revisions(e.id) for e in entries if e.revision_count}
    steps = work.steps.for_case(case_id)
    choice = work.protocols.current(case_id)
    snap = CaseSnapshot(
        case=case, school=vault.get_meta("school") or "",
        counsellor=vault.get_meta("counsellor") or vault.audit.actor,
        participants=PeopleRepository(vault).for_case(case_id), entries=entries,
        revisions=revisions,
        steps=steps, exceptions=work.steps.exceptions(case_id),
        agreements=work.agreements.for_case(case_id), schedule=work.schedule(case_id),
        members=work.steungroep.members(case_id), notes=work.steungroep.notes(case_id),
        priority=work.status.priority(case_id), outcome=work.status.outcome(case_id),
        offences=work.offences.checked(case_id), advice=work.offences.advice(case_id),
        evidence=EvidenceStore(vault).list_for_case(case_id),
        protocol_name=choice.protocol_name if choice else "",
        consent=ConsentService(vault).current(case_id),
    )
    snap.step_entry_ids = {s.entry_id: s for s in steps}
    snap.session_entry_ids = frozenset(r[0] for r in vault.query(
        "SELECT DISTINCT l.entry_id FROM evidence_entry_links l JOIN evidence_items i"
        " ON i.id = l.item_id WHERE i.case_id = ?", (case_id,)))
    return snap


def entry_title(entry: Entry, snap: CaseSnapshot | None = None, limit: int = 70) -> str:
    """A short title for an entry: the step's title for a verslag, else the first words."""
    step = snap.step_entry_ids.get(entry.id) if snap else None
    if step is not None:
        return dutch(Message("dossier.step_report", step=step.step_title))
    first = entry.text.strip().splitlines()[0] if entry.text.strip() else label(entry.kind)
    return cut_between_words(first, limit)


def _entry_title_param(entry: Entry, snap: CaseSnapshot, limit: int = 70) -> Param:
    """As entry_title, with the words left to the interface: a report names its step."""
    step = snap.step_entry_ids.get(entry.id)
    if step is not None:
        return Message("dossier.step_report", step=step.step_title)
    if not entry.text.strip():
        return entry.kind
    return entry_title(entry, snap, limit)


def evidence_title(item: EvidenceItem, limit: int = 70) -> str:
    if item.is_withdrawn:  # what it showed or was called is gone with it
        return f"{label(item.kind)} (ingetrokken)"
    text = item.metadata.description.strip().splitlines()[0] if item.metadata.description \
        .strip() else (item.original_name or label(item.kind))
    return cut_between_words(text, limit)


def cut_between_words(text: str, limit: int) -> str:
    """At most `limit` characters; a longer text ends with "…" after a whole word (a
    single word longer than the limit is cut inside, there is nothing else to do)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    if " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-·") + "…"


def selectable_items(vault: Vault, case_id: int, profile: ProfileId | str,
                     snap: CaseSnapshot | None = None) -> list[SelectableItem]:
    """Timeline entries, then evidence items, as the dialog lists them."""
    prof = get_profile(profile)
    snap = snap or load_case(vault, case_id)
    out = []
    if prof.facts_from_all_sources and snap.case.description.strip():
        out.append(SelectableItem("description", snap.case.id, EntryKind.MELDING,
                                  Message("dossier.case_description"), True,
                                  datetime.combine(snap.case.reported_on, datetime.min.time(),
                                                   AMSTERDAM)))
    out += [SelectableItem("entry", e.id, e.kind, _entry_title_param(e, snap),
                           snap.entry_allowed(e, prof), e.occurred_at)
            for e in snap.entries]
    for item in snap.evidence:
        named = item.metadata.description.strip() or item.original_name or item.is_withdrawn
        title: Param = evidence_title(item) if named else item.kind
        out.append(SelectableItem("evidence", item.id, item.kind, title, prof.has_evidence,
                                  item.imported_at, item.label))
    return out


def included_entries(snap: CaseSnapshot, profile: Profile,
                     request: DossierRequest) -> list[Entry]:
    return [e for e in snap.entries
            if snap.entry_allowed(e, profile) and e.id not in request.excluded_entries]


def included_evidence(snap: CaseSnapshot, profile: Profile,
                      request: DossierRequest) -> list[EvidenceItem]:
    if not profile.has_evidence:
        return []
    return [i for i in snap.evidence if i.id not in request.excluded_evidence]


def is_image(item: EvidenceItem) -> bool:
    return item.kind in (EvidenceKind.SCREENSHOT, EvidenceKind.PHOTO) and item.has_bytes


__all__ = ["CaseSnapshot", "DossierRequest", "SelectableItem", "entry_title",
           "evidence_title", "included_entries", "included_evidence", "is_image", "load_case",
           "selectable_items"]
