"""The access overview as a dossier document (rendered by the dossier renderer), with
every other child pseudonymised by one Pseudonymiser over all the person's cases."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from app.access import wording as w
from app.access.gather import PersonCase, PersonData
from app.access.model import AccessRequest, age_on
from app.domain import Entry, Precision, Requester
from app.dossier import document as d
from app.dossier.dutch_dates import format_date_nl, format_datetime_nl, format_period_nl
from app.dossier.marks import entry_kind_text, work_notes_line
from app.dossier.pseudonyms import Pseudonymiser
from app.dossier.selection import entry_title, evidence_title
from app.identities import IdentityForm, UnlinkedIdentifier
from app.timeutil import AMSTERDAM
from app.wording import label

if TYPE_CHECKING:
    from app.access.facts import CaseFacts


def recipient_text(request: AccessRequest) -> str:
    if request.requested_by is Requester.OUDER:
        return f"ouder of verzorger van {request.person.name}"
    return f"{request.person.name} zelf"


def _about(data: PersonData, request: AccessRequest, answered: date) -> d.Section:
    name = data.person.name
    rows = (("Verzoek ontvangen", format_date_nl(request.received_on)),
            ("Gedaan door", label(request.requested_by)),
            ("Uiterste datum", format_date_nl(request.deadline)),
            ("Beantwoord op", format_date_nl(answered)))
    notes = work_notes_line(data.work_notes) if data.work_notes else \
        w.NO_WORK_NOTES.format(name=name)
    return d.Section("Over dit overzicht", (
        d.Paragraph(w.INTRO.format(name=name)), d.KeyValue(rows),
        d.Paragraph(w.OTHERS, "note"), d.Paragraph(notes, "note")))


def _form_text(form: IdentityForm) -> str:
    extra = ", ".join(t for t in (form.platform, form.display_name, form.url) if t)
    return f"{form.value} ({extra})" if extra else form.value


def _personal(data: PersonData, request: AccessRequest) -> d.Section:
    p = data.person
    born = format_date_nl(p.born_on) if p.born_on else "niet vastgelegd"
    rows = [("Naam", p.name), ("Groep of klas", p.group_name or "-"), ("Geboortedatum", born)]
    if p.born_on:
        rows.append(("Leeftijd bij het verzoek",
                     f"{age_on(p.born_on, request.received_on)} jaar"))
    blocks: list[d.Block] = [d.KeyValue(tuple(rows))]
    if data.forms:
        blocks.append(d.Table(("Soort", "Vastgelegd"), tuple(
            (label(f.kind), _form_text(f)) for f in data.forms), (1.2, 5),
            title="Bijnamen, accounts en contactgegevens"))
    return d.Section("Persoonsgegevens", tuple(blocks), start_on_new_page=False)


def case_facts(pc: PersonCase) -> list[tuple[str, str]]:
    """The facts of one case in the overview. Per-case facts (the retention date of the
    case, its consent) join these rows."""
    case, (start, end) = pc.snap.case, pc.snap.period
    period = format_date_nl(start) if start is not None and start == end \
        else format_period_nl(start, end)
    rows = [("Kenmerk", case.reference), ("Titel", case.title), ("Soort", label(case.kind)),
            ("Periode", period), ("Rol", ", ".join(label(r) for r in pc.roles)),
            ("Status", label(case.status))]
    rows += [("Toelichting", note) for note in pc.notes]
    return rows


def _moment(e: Entry) -> date | datetime:
    if e.precision is Precision.DATE:
        return e.occurred_at.astimezone(AMSTERDAM).date()
    return e.occurred_at


def _case_blocks(pc: PersonCase, author: str, more_facts: CaseFacts | None) -> list[d.Block]:
    facts = case_facts(pc) + (more_facts(pc.snap.case.id) if more_facts else [])
    blocks: list[d.Block] = [d.Subheading(f"Zaak {pc.snap.case.reference}"),
                             d.KeyValue(tuple(facts))]
    if pc.entries:
        blocks.append(d.Timeline(tuple(d.TimelineEntry(
            occurred_at=_moment(e), kind=entry_kind_text(e), title=entry_title(e, pc.snap, 90),
            text=e.text, author=author, recorded_at=e.recorded_at,
            approximate=e.precision is Precision.APPROX,
            revisions=tuple(d.Revision(r.written_at, author, r.text)
                            for r in pc.snap.revisions.get(e.id, [])))
            for e in pc.entries), title="Aantekeningen"))
    else:
        blocks.append(d.Paragraph("In deze zaak gaan geen aantekeningen over deze persoon.",
                                  "note"))
    if pc.work_notes:
        blocks.append(d.Paragraph(work_notes_line(pc.work_notes), "note"))
    if pc.evidence:
        blocks.append(d.Table(("Nr.", "Soort", "Beschrijving", "Vastgelegd op"), tuple(
            (i.label, label(i.kind), evidence_title(i, 200)
             + (f" ({i.metadata.platform})" if i.metadata.platform else ""),
             format_datetime_nl(i.imported_at)) for i in pc.evidence),
            (0.7, 1.4, 4.5, 2), title="Bewijsstukken (alleen de vastgelegde gegevens)"))
    return blocks


def _cases(data: PersonData, author: str, more_facts: CaseFacts | None) -> d.Section:
    if not data.cases:
        return d.Section("Zaken", (d.Paragraph("Deze persoon komt in geen zaak voor.", "note"),))
    blocks: list[d.Block] = []
    for pc in data.cases:
        blocks += _case_blocks(pc, author, more_facts)
    return d.Section("Zaken en aantekeningen", tuple(blocks))


def _recipients(data: PersonData) -> d.Section:
    rows = tuple((format_datetime_nl(r.exported_at), r.case_reference,
                  r.profile_label or "dossier", r.recipient or "-")
                 for pc in data.cases for r in pc.exports)
    intro = d.Paragraph("Aan wie gegevens uit deze zaken zijn verstrekt (de dossiers en "
                        "pakketten die uit Pestdossier zijn gemaakt):")
    block: d.Block = d.Table(("Datum", "Zaak", "Soort", "Bestemd voor"), rows,
                             (2, 1.3, 3, 2.5)) if rows else d.Paragraph(
        "Er zijn geen gegevens uit deze zaken aan anderen verstrekt.", "note")
    return d.Section("Ontvangers", (intro, block), start_on_new_page=False)


def _rights() -> d.Section:
    return d.Section("Uw rechten", (d.KeyValue(w.RIGHTS), d.Paragraph(w.RIGHTS_AGE_NOTE,
                                                                      "note")),
                     start_on_new_page=False)


def pseudonymiser(data: PersonData) -> Pseudonymiser:
    """One for all cases, so a child has the same letter throughout the overview."""
    participants = [p for pc in data.cases for p in pc.participants]
    forms: dict[int, tuple[IdentityForm, ...]] = {}
    unlinked: dict[str, UnlinkedIdentifier] = {}
    for pc in data.cases:
        forms.update(pc.register.forms_by_person())
        unlinked.update({u.value: u for u in pc.register.unlinked})
    return Pseudonymiser(participants, forms, tuple(unlinked.values()),
                         subject_id=data.person.id)


def build_overview(data: PersonData, request: AccessRequest, *, school: str, author: str,
                   now: datetime, more_facts: CaseFacts | None = None,
                   ) -> tuple[d.DossierDocument, Pseudonymiser]:
    periods = [pc.snap.period for pc in data.cases]
    starts = [s for s, _ in periods if s]
    ends = [e for _, e in periods if e]
    recipient = recipient_text(request)
    answered = now.astimezone(AMSTERDAM).date()
    sections = (_about(data, request, answered), _personal(data, request),
                _cases(data, author, more_facts),
                d.Section("Waarvoor de gegevens worden gebruikt", (d.Paragraph(w.PURPOSES),)),
                _recipients(data),
                d.Section("Hoe lang de gegevens worden bewaard", (d.Paragraph(w.RETENTION),),
                          start_on_new_page=False), _rights())
    doc = d.DossierDocument(
        reference=f"Inzageverzoek {request.id}", school_name=school or "(school niet ingesteld)",
        title=w.TITLE, period_start=min(starts) if starts else None,
        period_end=max(ends) if ends else None,
        status=f"beantwoord op {format_date_nl(answered)}", recipient=recipient,
        profile_label=w.PROFILE_LABEL, author=author, generated_at=now, sections=sections,
        confidentiality_notice=w.NOTICE.format(name=data.person.name, recipient=recipient),
        extra_cover_rows=(("Over", data.person.name),
                          ("Verzoek ontvangen", format_date_nl(request.received_on))))
    pseudo = pseudonymiser(data)
    return pseudo.apply(doc), pseudo
