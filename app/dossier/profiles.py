"""Dossier profiles: who a dossier is for decides what goes in. Data, not code.

Each profile lists the section kinds it contains, in order, and how they are filled
(which timeline kinds, whether images, revisions, steungroep content and chain of
custody are shown). The builder has one function per section kind and follows the
profile; nothing about a profile is decided elsewhere.

Marked entries (docs/privacy.md): a werkaantekening, the counsellor's personal working
note, is in no dossier and no package; an entry with special personal data (health,
sexuality, other art. 9 data) goes only into a profile that lists its category in
`special_categories`, and there it is marked "bijzonder persoonsgegeven". What was left
out is counted in a line of the dossier, without its content.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain import Entry, EntryKind, SpecialCategory
from app.errors import InvalidInputError


class ProfileId(StrEnum):
    COORDINATOR = "coordinator"
    POLICE = "police"
    SUMMARY = "summary"


class SectionKind(StrEnum):
    CASE = "case"                # case summary: reference, kind, period, status, protocol
    PEOPLE = "people"            # people and their roles
    STEPS = "steps"              # protocol steps taken (and skipped / deviations)
    TIMELINE = "timeline"        # timeline entries (verslagen live here, with revisions)
    AGREEMENTS = "agreements"    # agreements and their status
    FOLLOWUPS = "followups"      # follow-ups: done, open, next
    MEASURES = "measures"        # maatregelen, escalation, priority, outcome
    STEUNGROEP = "steungroep"    # members and their ideas / results
    OFFENCES = "offences"        # possible criminal offences ticked, advice given
    EVIDENCE = "evidence"        # evidence catalogue
    CUSTODY = "custody"          # chain of custody: who collected what, when, with whom
    CHATS = "chats"              # chat transcripts laid out as a conversation
    APPENDIX = "appendix"        # evidence images at readable size


ALL_ENTRY_KINDS = frozenset(EntryKind)
FACT_KINDS = frozenset({EntryKind.MELDING, EntryKind.INCIDENT, EntryKind.OBSERVATIE,
                        EntryKind.OVERDRACHT})
STEP_KINDS = frozenset({EntryKind.GESPREK, EntryKind.OUDERCONTACT, EntryKind.AFSPRAAK,
                        EntryKind.MAATREGEL, EntryKind.OVERDRACHT})


@dataclass(frozen=True)
class Profile:
    id: ProfileId
    label: str                          # on the cover: "Soort dossier"
    title: str                          # cover title
    default_recipient: str
    sections: tuple[SectionKind, ...]
    entry_kinds: frozenset[EntryKind]   # timeline entries that may be included
    show_revisions: bool = True         # earlier versions of verslagen
    show_entry_author: bool = True
    case_description: bool = True       # the counsellor's own summary of the case
    people_notes: bool = True           # the counsellor's notes per person
    evidence_images: bool = True        # thumbnails in the catalogue, appendix images
    pseudonymise_default: bool = False
    compact: bool = False               # sections flow on; short tables (1-2 pages)
    # "Feiten" for the police: the case description, the evidence session (the student's
    # own account) and the evidence items join the fact entries, in time order.
    facts_from_all_sources: bool = False
    summary_steps_limit: int = 12       # compact: at most this many steps listed
    # special personal data this reader needs (AVG art. 9); other marked entries stay out
    special_categories: frozenset[SpecialCategory] = frozenset()
    # The student's consent to keeping a dossier: for the coordinator who takes the case
    # over, not for the police (facts) or a team meeting.
    show_consent: bool = False

    @property
    def has_evidence(self) -> bool:
        return SectionKind.EVIDENCE in self.sections or SectionKind.CHATS in self.sections

    def allows_entry(self, kind: EntryKind, *, evidence_session: bool = False) -> bool:
        """Whether an entry of this kind may go in; an evidence session (the student's own
        account, linked to the evidence) is a fact for the police."""
        if evidence_session and self.facts_from_all_sources:
            return True
        return EntryKind(kind) in self.entry_kinds

    def allows_marks(self, entry: Entry) -> bool:
        """A werkaantekening never goes in; special data only when this reader needs it."""
        if entry.work_note:
            return False
        return not entry.is_special or entry.special_category in self.special_categories


PROFILES: dict[ProfileId, Profile] = {
    ProfileId.COORDINATOR: Profile(
        id=ProfileId.COORDINATOR,
        label="Dossier voor de coördinator",
        title="Dossier pestzaak",
        default_recipient="coördinator",
        sections=(SectionKind.CASE, SectionKind.PEOPLE, SectionKind.STEPS, SectionKind.TIMELINE,
                  SectionKind.AGREEMENTS, SectionKind.FOLLOWUPS, SectionKind.MEASURES,
                  SectionKind.STEUNGROEP, SectionKind.OFFENCES, SectionKind.EVIDENCE,
                  SectionKind.CHATS, SectionKind.APPENDIX),
        entry_kinds=ALL_ENTRY_KINDS,
        # the coordinator carries the case and decides on care: all of it, marked
        special_categories=frozenset({SpecialCategory.GEZONDHEID,
                                      SpecialCategory.SEKSUALITEIT, SpecialCategory.ANDERS}),
        show_consent=True,
    ),
    ProfileId.POLICE: Profile(
        id=ProfileId.POLICE,
        label="Feiten en bewijs voor de politie",
        title="Feiten en bewijs",
        default_recipient="politie",
        sections=(SectionKind.CASE, SectionKind.PEOPLE, SectionKind.OFFENCES,
                  SectionKind.TIMELINE, SectionKind.EVIDENCE, SectionKind.CUSTODY,
                  SectionKind.CHATS, SectionKind.APPENDIX),
        entry_kinds=FACT_KINDS,
        case_description=False,
        people_notes=False,
        facts_from_all_sources=True,
        # sexual content can be the offence itself (sexting, sextortion); health is not
        special_categories=frozenset({SpecialCategory.SEKSUALITEIT}),
    ),
    ProfileId.SUMMARY: Profile(
        id=ProfileId.SUMMARY,
        label="Samenvatting voor het team- of zorgoverleg",
        title="Samenvatting pestzaak",
        default_recipient="team- of zorgoverleg",
        sections=(SectionKind.CASE, SectionKind.PEOPLE, SectionKind.STEPS,
                  SectionKind.AGREEMENTS, SectionKind.FOLLOWUPS),
        entry_kinds=FACT_KINDS | STEP_KINDS,
        show_revisions=False,
        people_notes=False,
        evidence_images=False,
        pseudonymise_default=True,
        compact=True,
    ),
}

_ALIASES = {
    "coordinator": ProfileId.COORDINATOR, "coördinator": ProfileId.COORDINATOR,
    "coordinator-dossier": ProfileId.COORDINATOR, "police": ProfileId.POLICE,
    "politie": ProfileId.POLICE, "summary": ProfileId.SUMMARY,
    "samenvatting": ProfileId.SUMMARY,
}


def get_profile(profile: ProfileId | str) -> Profile:
    """The profile for an id or a Dutch/English name (``politie``, ``police``, ...)."""
    key = str(profile).strip().lower()
    try:
        return PROFILES[_ALIASES[key]]
    except KeyError:
        raise InvalidInputError("dossier.unknown_profile", profile=str(profile)) from None
