"""Vault -> DossierDocument, following a profile (see profiles.py).

    built = build_dossier(vault, case_id, DossierRequest(profile="police"))
    render_dossier(built.document, out)

One function per section kind; the profile says which run and in what order. Every text
about people passes the pseudonymiser at the end when the request asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.casework import AgreementStatus, CaseWork, FollowUpAction
from app.casework.offences import offence
from app.consent import consent_summary
from app.domain import Entry, EntryKind, Precision
from app.dossier import document as d
from app.dossier.builder_evidence import (
    EvidenceParts,
    build_evidence,
    custody_blocks,
    withdrawn_note,
)
from app.dossier.builder_summary import key_event_rows, summary_steps
from app.dossier.dutch_dates import format_date_nl, format_datetime_nl
from app.dossier.marks import entry_kind_text, left_out_lines
from app.dossier.profiles import Profile, SectionKind
from app.dossier.pseudonyms import Pseudonymiser
from app.dossier.selection import (
    CaseSnapshot,
    DossierRequest,
    entry_title,
    evidence_title,
    included_entries,
    included_evidence,
    load_case,
)
from app.evidence import EvidenceItem, EvidenceStore
from app.identities import IdentityService
from app.messages import Message
from app.protocols import FollowUpState
from app.timeutil import AMSTERDAM
from app.wording import dutch, dutch_param, label

if TYPE_CHECKING:
    from app.vault import Vault

_WITH = {EntryKind.MELDING: "door", EntryKind.OVERDRACHT: "aan", EntryKind.NOTITIE: "over",
         EntryKind.OBSERVATIE: "door"}
PSEUDONYM_NOTE = ("In dit dossier zijn de namen van andere leerlingen vervangen door "
                  "'Leerling A', 'Leerling B', enzovoort (steeds dezelfde letter voor dezelfde "
                  "leerling); volwassenen worden bij hun rol genoemd. Afbeeldingen van "
                  "bewijsstukken zijn weggelaten, omdat daarop namen te lezen kunnen zijn.")


@dataclass
class BuiltDossier:
    document: d.DossierDocument
    profile: Profile
    entries: list[Entry]
    evidence: list[EvidenceItem]
    pseudonymiser: Pseudonymiser | None
    snapshot: CaseSnapshot


@dataclass
class _Ctx:
    snap: CaseSnapshot
    profile: Profile
    request: DossierRequest
    entries: list[Entry]
    evidence: list[EvidenceItem]
    parts: EvidenceParts
    store: EvidenceStore

    def step_entry_included(self, entry_id: int) -> bool:
        return entry_id not in self.request.excluded_entries

    def left_out(self) -> tuple[d.Block, ...]:
        """Lines on marked entries that stayed out (werkaantekeningen, special data)."""
        return tuple(d.Paragraph(line, "note") for line in left_out_lines(
            self.snap.entries, self.profile, self.request.excluded_entries))


def _moment(e: Entry) -> date | datetime:
    if e.precision is Precision.DATE:
        return e.occurred_at.astimezone(AMSTERDAM).date()
    return e.occurred_at


# ------------------------------------------------------------------------ sections
def _case(c: _Ctx) -> d.Section:
    case, snap = c.snap.case, c.snap
    rows = [("Kenmerk", case.reference), ("Titel", case.title), ("Soort", label(case.kind)),
            ("Status", label(case.status)), ("Gemeld op", format_date_nl(case.reported_on)),
            ("Gemeld door", label(case.reported_by))]
    if case.group_name:
        rows.append(("Groep", case.group_name))
    if snap.protocol_name:
        rows.append(("Protocol", snap.protocol_name))
    rows.append(("Urgentie", _urgency(snap)))
    if c.profile.show_consent:
        rows.append(("Toestemming leerling", consent_summary(snap.consent)))
    if snap.outcome is not None:
        rows.append(("Uitkomst", f"{label(snap.outcome.outcome)} "
                                 f"({format_date_nl(snap.outcome.closed_on)})"))
    blocks: list[d.Block] = [d.KeyValue(tuple(rows))]
    if c.profile.case_description and case.description:
        blocks.append(d.Paragraph(case.description))
    if c.profile.compact and c.entries:
        blocks.append(d.KeyValue(key_event_rows(c.entries), title="Belangrijkste gebeurtenissen"))
    if c.profile.compact:
        n = len(c.snap.evidence)
        if n:
            blocks.append(d.Paragraph(f"Er {'is' if n == 1 else 'zijn'} {n} bewijsstuk"
                                      f"{'' if n == 1 else 'ken'} vastgelegd; die staan in het "
                                      "dossier voor de coördinator.", "note"))
    if c.request.pseudonymised:
        blocks.append(d.Paragraph(PSEUDONYM_NOTE, "note"))
    if SectionKind.TIMELINE not in c.profile.sections:
        blocks += c.left_out()
    title = "Situatie" if c.profile.compact else "Zaakgegevens"
    return d.Section(title, tuple(blocks))


def _urgency(snap: CaseSnapshot) -> str:
    reason = snap.priority.reason
    return label(snap.priority.priority) + (f": {dutch_param(reason)}" if reason else "")


def _people(c: _Ctx) -> d.Section:
    if c.profile.people_notes:
        header: tuple[str, ...] = ("Naam", "Rol", "Groep", "Toelichting")
        rows: tuple[tuple[str, ...], ...] = tuple(
            (p.person.name, label(p.role), p.person.group_name or "-", p.note or "")
            for p in c.snap.participants)
        weights: tuple[float, ...] = (2.2, 1.8, 1, 3.5)
    else:
        header = ("Naam", "Rol", "Groep")
        rows = tuple((p.person.name, label(p.role), p.person.group_name or "-")
                     for p in c.snap.participants)
        weights = (3, 2, 1.2)
    block: d.Block = d.Table(header, rows, weights) if rows else d.Paragraph(
        "Er zijn geen betrokkenen vastgelegd.", "note")
    return d.Section("Betrokkenen", (block,), start_on_new_page=False)


def _steps(c: _Ctx) -> d.Section:
    if c.profile.compact:
        return summary_steps(c.snap, c.entries, c.profile.summary_steps_limit)
    blocks: list[d.Block] = []
    if c.snap.protocol_name:
        blocks.append(d.Paragraph(f"Deze zaak volgt het protocol '{c.snap.protocol_name}'."))
    steps = [s for s in c.snap.steps if c.step_entry_included(s.entry_id)]
    if steps:
        blocks.append(d.Table(
            ("Datum", "Stap", "Met wie", "Volgende afspraak"),
            tuple((format_datetime_nl(s.occurred_at), s.step_title,
                   ", ".join(p.name for p in s.participants) or "-",
                   format_datetime_nl(s.next_appointment) if s.next_appointment else "-")
                  for s in steps), (1.8, 2.4, 2.4, 1.6), title="Gezette stappen"))
    else:
        blocks.append(d.Paragraph("Er zijn nog geen protocolstappen vastgelegd.", "note"))
    if c.snap.exceptions:
        blocks.append(d.Table(("Stap", "Soort", "Reden", "Vastgelegd"), tuple(
            (x.step_id, x.kind.value, x.reason, format_date_nl(x.recorded_at))
            for x in c.snap.exceptions), (1.6, 1.2, 4, 1.4),
            title="Overgeslagen of afwijkend uitgevoerd"))
    if c.snap.schedule is not None:
        blocks.append(d.Table(("Stap", "Stand", "Datum"), tuple(
            (st.step.title, label(st.state),
             format_date_nl(st.completed_on[-1]) if st.completed_on
             else (format_date_nl(st.due) + (" (voorstel)" if st.suggested else "")
                   if st.due else "-"))
            for st in c.snap.schedule.steps), (4, 1.6, 1.6), title="Stand van het protocol"))
    blocks.append(d.Paragraph("De verslagen van de gesprekken staan in de tijdlijn, met hun "
                              "eerdere versies.", "note"))
    return d.Section("Protocol en stappen", tuple(blocks), start_on_new_page=False)


def _timeline(c: _Ctx) -> d.Section:
    author = c.snap.counsellor if c.profile.show_entry_author else ""
    out = []
    for e in c.entries:
        if e.withdrawn_at is not None:  # the fact stays, its text is gone
            out.append(d.TimelineEntry(
                occurred_at=_moment(e), kind=label(e.kind), title=f"{label(e.kind)} "
                "(ingetrokken)", text=withdrawn_note(e.withdrawn_at, e.withdrawal_reason),
                author=author, recorded_at=e.recorded_at,
                approximate=e.precision is Precision.APPROX))
            continue
        title = entry_title(e, c.snap, 90) if e.id in c.snap.step_entry_ids else (
            f"{label(e.kind)} {_WITH.get(e.kind, 'met')} {e.with_whom}" if e.with_whom
            else label(e.kind))
        revisions = tuple(d.Revision(r.written_at, author, r.text)
                          for r in c.snap.revisions.get(e.id, [])) \
            if c.profile.show_revisions else ()
        out.append(d.TimelineEntry(occurred_at=_moment(e), kind=entry_kind_text(e), title=title,
                                   text=e.text, author=author, recorded_at=e.recorded_at,
                                   approximate=e.precision is Precision.APPROX,
                                   revisions=revisions))
    if c.profile.facts_from_all_sources:
        out = sorted(out + _other_facts(c), key=lambda t: _sort_key(t.occurred_at))
    title = "Feiten: wat er wanneer gebeurde" if c.profile.entry_kinds != frozenset(EntryKind) \
        else "Tijdlijn"
    if not out:
        return d.Section(title, (d.Paragraph("Geen tijdlijnregels opgenomen.", "note"),
                                 *c.left_out()))
    return d.Section(title, (d.Timeline(tuple(out)), *c.left_out()))


def _sort_key(moment: date | datetime) -> datetime:
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, datetime.min.time(), AMSTERDAM)


def _other_facts(c: _Ctx) -> list[d.TimelineEntry]:
    """The police's facts besides entries: the case description, each evidence item."""
    facts = []
    case = c.snap.case
    if c.request.include_description and case.description.strip():
        facts.append(d.TimelineEntry(occurred_at=case.reported_on, kind="Melding",
                                     title=dutch(Message("dossier.case_description")),
                                     text=case.description))
    for item in c.evidence:
        when: date | datetime = item.file_modified_at or item.imported_at
        if item.withdrawn_at is not None:
            facts.append(d.TimelineEntry(
                occurred_at=when, kind="Bewijsstuk", title=f"{item.label} · "
                f"{evidence_title(item)}", text=withdrawn_note(item.withdrawn_at,
                                                               item.withdrawal_reason)))
            continue
        meta = item.metadata
        text = "\n".join(t for t in (meta.description.strip(),
                                     f"Getoond tijdstip: {meta.shown_at}" if meta.shown_at
                                     else "", f"Platform: {meta.platform}" if meta.platform
                                     else "") if t)
        facts.append(d.TimelineEntry(occurred_at=when, kind="Bewijsstuk",
                                     title=f"{item.label} · {evidence_title(item, 200)}",
                                     text=text))
    return facts


def _followup_state(state: str) -> str:
    """A follow-up item's state: the engine's, or cancelled by the counsellor."""
    if state == "cancelled":
        return label(FollowUpAction.CANCELLED)
    return label(FollowUpState(state))


def _agreements(c: _Ctx) -> d.Section:
    items = c.snap.agreements
    if c.profile.compact:
        items = [a for a in items if a.status is AgreementStatus.OPEN]
    rows = tuple((a.text, ", ".join(p.name for p in a.participants) or "-",
                  format_date_nl(a.made_on),
                  format_date_nl(a.evaluate_on) if a.evaluate_on else "-",
                  label(a.status) + (f": {a.status_note}" if a.status_note else ""))
                 for a in items)
    title = "Huidige afspraken" if c.profile.compact else "Afspraken"
    if not rows:
        return d.Section(title, (d.Paragraph("Geen afspraken.", "note"),),
                         start_on_new_page=False)
    return d.Section(title, (d.Table(("Afspraak", "Met", "Gemaakt", "Evalueren", "Status"),
                                     rows, (3.6, 2, 1.9, 1.9, 2.2)),),
                     start_on_new_page=not c.profile.compact)


def _followups(c: _Ctx) -> d.Section:
    title = "Volgende vervolgafspraken" if c.profile.compact else "Vervolgafspraken"
    sched = c.snap.schedule
    items = list(sched.followups) if sched else []
    if c.profile.compact:
        items = sorted((f for f in items if f.is_open), key=lambda f: f.due)[:6]
    rows = tuple((dutch(f.label), format_date_nl(f.due), _followup_state(f.state)
                  + (f" ({f.action.reason})" if f.action and f.action.reason else ""))
                 for f in items)
    block: d.Block = d.Table(("Vervolg", "Datum", "Stand"), rows, (4, 1.6, 2.4)) if rows \
        else d.Paragraph("Geen vervolgafspraken gepland.", "note")
    return d.Section(title, (block,), start_on_new_page=False)


def _measures(c: _Ctx) -> d.Section:
    kinds = (EntryKind.MAATREGEL, EntryKind.OVERDRACHT)
    rows = tuple((format_date_nl(e.occurred_at), entry_kind_text(e), e.text)
                 for e in c.entries if e.kind in kinds)
    blocks: list[d.Block] = [d.Table(("Datum", "Soort", "Maatregel"), rows, (1.9, 1.2, 6))
                             if rows else d.Paragraph("Geen maatregelen vastgelegd.", "note")]
    broken = [a for a in c.snap.agreements if a.status is AgreementStatus.BROKEN]
    kept = [a for a in c.snap.agreements if a.status is AgreementStatus.KEPT]
    effect = [("Urgentie", _urgency(c.snap)),
              ("Afspraken", f"{len(kept)} nagekomen, {len(broken)} verbroken, "
                            f"{len(c.snap.agreements) - len(kept) - len(broken)} lopend")]
    if c.snap.outcome is not None:
        o = c.snap.outcome
        effect.append(("Uitkomst", label(o.outcome) + (f"\n{o.note}" if o.note else "")))
    else:
        effect.append(("Uitkomst", "nog niet vastgesteld: de zaak loopt"))
    blocks.append(d.KeyValue(tuple(effect), title="Effect"))
    return d.Section("Maatregelen en effect", tuple(blocks), start_on_new_page=False)


def _steungroep(c: _Ctx) -> d.Section | None:
    if not c.snap.members:
        return None
    by_member: dict[int, dict[str, list[str]]] = {}
    for n in c.snap.notes:
        by_member.setdefault(n.member_id, {}).setdefault(n.kind, []).append(n.text)
    rows = tuple((m.person.name, m.person.group_name or "-",
                  "\n".join(by_member.get(m.id, {}).get("idee", [])) or "-",
                  "\n".join(by_member.get(m.id, {}).get("resultaat", [])) or "-")
                 for m in c.snap.members)
    return d.Section("Steungroep", (d.Table(("Lid", "Groep", "Idee", "Wat gedaan"), rows,
                                            (2, 1, 3.5, 3.5)),), start_on_new_page=False)


def _offences(c: _Ctx) -> d.Section | None:
    blocks: list[d.Block] = [d.KeyValue((("Urgentie", _urgency(c.snap)),))]
    if c.snap.offences:
        rows = tuple((dutch(o.label), o.articles, "ja" if o.klachtdelict else "nee")
                     for o in (offence(k) for k in c.snap.offences))
        blocks.append(d.Table(("Mogelijk strafbaar feit", "Artikel", "Klachtdelict"), rows,
                              (3.5, 2.5, 1.2), title="Overwogen strafbare feiten"))
    else:
        blocks.append(d.Paragraph("Er zijn geen mogelijk strafbare feiten aangevinkt.",
                                  "note"))
    if c.snap.advice:
        blocks.append(d.Table(("Datum", "Advies", "Aan"), tuple(
            (format_date_nl(a.given_at), "; ".join(label(x) for x in a.actions)
             + (f"\n{a.note}" if a.note else ""), a.to_whom)
            for a in c.snap.advice), (1.9, 4, 2.5), title="Gegeven advies"))
    else:
        blocks.append(d.Paragraph("Er is (nog) geen advies vastgelegd.", "note"))
    blocks.append(d.Paragraph("Dit is de inschatting van de school, geen juridisch oordeel.",
                              "note"))
    return d.Section("Mogelijk strafbare feiten", tuple(blocks), start_on_new_page=False)


def _evidence(c: _Ctx) -> d.Section:
    if not c.parts.items:
        return d.Section("Bewijsstukken", (d.Paragraph("Geen bewijsstukken opgenomen.",
                                                       "note"),))
    return d.Section("Bewijsstukken", (d.EvidenceCatalogue(c.parts.items),))


def _custody(c: _Ctx) -> d.Section | None:
    if not c.evidence:
        return None
    return d.Section("Herkomst en bewaring van het bewijs", custody_blocks(c.evidence, c.store))


def _chats(c: _Ctx) -> d.Section | None:
    if not c.parts.chats:
        return None
    return d.Section("Chatgesprekken", c.parts.chats)


def _appendix(c: _Ctx) -> d.Section | None:
    appendix = c.parts.appendix
    if not appendix.images:
        return None
    return d.Section("Bijlagen: afbeeldingen", (appendix,))


_SECTION_BUILDERS: dict[SectionKind, Callable[[_Ctx], d.Section | None]] = {
    SectionKind.CASE: _case, SectionKind.PEOPLE: _people, SectionKind.STEPS: _steps,
    SectionKind.TIMELINE: _timeline, SectionKind.AGREEMENTS: _agreements,
    SectionKind.FOLLOWUPS: _followups, SectionKind.MEASURES: _measures,
    SectionKind.STEUNGROEP: _steungroep, SectionKind.OFFENCES: _offences,
    SectionKind.EVIDENCE: _evidence, SectionKind.CUSTODY: _custody,
    SectionKind.CHATS: _chats, SectionKind.APPENDIX: _appendix,
}


# ------------------------------------------------------------------------------ API
def build_dossier(vault: Vault, case_id: int, request: DossierRequest, *,
                  work: CaseWork | None = None,
                  snapshot: CaseSnapshot | None = None) -> BuiltDossier:
    """The document for `request` (not rendered). Raises NotFoundError for a bad case."""
    profile = request.resolved_profile
    snap = snapshot or load_case(vault, case_id, work)
    entries = included_entries(snap, profile, request)
    evidence = included_evidence(snap, profile, request)
    store = EvidenceStore(vault)
    images = profile.evidence_images and not request.pseudonymised
    parts = build_evidence(snap, evidence, store, images=images,
                           chats=SectionKind.CHATS in profile.sections)
    ctx = _Ctx(snap, profile, request, entries, evidence, parts, store)
    sections = tuple(s for kind in profile.sections
                     if (s := _SECTION_BUILDERS[kind](ctx)) is not None)
    start, end = snap.period
    status = label(snap.case.status)
    if snap.outcome is not None:
        status += f" ({label(snap.outcome.outcome).lower()})"
    cover: tuple[tuple[str, str], ...] = ()
    if request.pseudonymised:
        cover = (("Namen", "andere leerlingen gepseudonimiseerd"),)
    doc = d.DossierDocument(
        reference=snap.case.reference, school_name=snap.school or "(school niet ingesteld)",
        title=profile.title, period_start=start, period_end=end, status=status,
        recipient=request.recipient.strip() or profile.default_recipient,
        profile_label=profile.label, author=snap.counsellor,
        generated_at=vault.clock.now(), sections=sections,
        integrity=parts.integrity if evidence else (), extra_cover_rows=cover,
        compact=profile.compact, anchor=vault.audit_anchor())
    pseudo = None
    if request.pseudonymised:
        register = IdentityService(vault, store).register(case_id)
        pseudo = Pseudonymiser(snap.participants, register.forms_by_person(),
                               register.unlinked)
        doc = pseudo.apply(doc)
    return BuiltDossier(doc, profile, entries, evidence, pseudo, snap)
