"""A case with a canary in every part (for destruction tests), and another case beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.dossier.selection import DossierRequest
from app.forms import FormKind as ContractKind
from app.identities import FormKind
from tests.dossier_case import (
    ADULTS,
    CHILDREN,
    DROPPED_ENTRY_CANARY,
    DROPPED_EVIDENCE_CANARY,
    FACT_CANARY,
    IDEA_CANARY,
    NOTE_CANARY,
    REVISION_CANARY,
    SUBJECT,
    VERSLAG_CANARY,
    at,
    build_rich_case,
)

NICKNAME_CANARY = "KANARIEBIJNAAM8181"
HANDLE_CANARY = "kanarie.handle.8282"
CASE_ACCOUNT_CANARY = "kanarie.zaakaccount.8484"
DRAFT_CANARY = "KANARIECONCEPT8383"
CONTRACT_CANARY = "KANARIECONTRACT8484"
PLAN_CANARY = "KANARIEPLANVERSIE8585"
TITLE = "Uitgelachen in de klassenapp"
CHAT_LINE = "Wie heeft het huiswerk van wiskunde?"
OTHER_CANARY = "ANDEREZAAKKANARIE4242"
SHARED = "Peter Smit"     # mentor in both cases: survives


@dataclass
class FullCase:
    case_id: int
    reference: str
    other_id: int
    needles: list[bytes]           # must be gone after destruction
    evidence_bytes: list[bytes]    # slices of the originals


def build_full_case(vault: CaseFile, out: Path) -> FullCase:
    rc = build_rich_case(vault)
    people = {p.person.name: p.person.id for p in vault.people.for_case(rc.case_id)}
    vault.identities.add(people["Daan Vermeulen"], FormKind.NICKNAME, NICKNAME_CANARY)
    vault.identities.add(people["Noor Bakker"], FormKind.ACCOUNT, HANDLE_CANARY,
                         platform="TikTok", display_name="Noor B.")
    vault.accounts.add(rc.case_id, "Snapchat", CASE_ACCOUNT_CANARY,
                       url=f"https://snapchat.example/{CASE_ACCOUNT_CANARY}",
                       person_id=people["Daan Vermeulen"])
    vault.drafts.save(f"entry-new/case:{rc.case_id}", {"edt_text": DRAFT_CANARY})
    vault.drafts.save(f"entry-text/entry:{rc.entries['notitie']}", {"edt_text": DRAFT_CANARY})
    # a draft named only by the evidence item it describes (describe, withdraw, link)
    item = next(iter(rc.evidence.values()))
    vault.drafts.save(f"describe/evidence:{item}", {"edt_description": DRAFT_CANARY})
    # a contract whose first version lives on only as a revision, printed once
    contract = vault.forms.create(rc.case_id, ContractKind.CONTRACT, people["Daan Vermeulen"],
                                  {"stops": f"Geen berichten meer {PLAN_CANARY}"})
    vault.forms.update(contract.id, {"stops": f"Geen berichten meer {CONTRACT_CANARY}"}, None,
                       "na het gesprek")
    vault.forms.export_pdf(contract.id, out / "contract.pdf", confirm=True)
    letter = vault.letters.draft(rc.case_id, "brief_ouders_klas")
    vault.letters.export_pdf(letter, out / "brief.pdf")
    vault.handover.export_dossier(rc.case_id, DossierRequest("coordinator", recipient="Mevr. X"),
                                  out / "dossier-2026.pdf")
    other = vault.cases.create(NewCase(f"Andere melding {OTHER_CANARY}", CaseKind.PESTEN,
                                       date(2026, 11, 3)))
    vault.timeline.add(other.id, EntryKind.MELDING, f"Melding over iets anders {OTHER_CANARY}",
                       at(3))
    vault.people.add_to_case(other.id, people[SHARED], Role.MENTOR)
    names = [n for n in (*CHILDREN, *ADULTS, SUBJECT) if n != SHARED]
    texts = [TITLE, FACT_CANARY, NOTE_CANARY, DROPPED_ENTRY_CANARY, VERSLAG_CANARY,
             REVISION_CANARY, IDEA_CANARY, DROPPED_EVIDENCE_CANARY, NICKNAME_CANARY,
             HANDLE_CANARY, CASE_ACCOUNT_CANARY, DRAFT_CANARY, CONTRACT_CANARY, PLAN_CANARY,
             CHAT_LINE, "Screenshot_Daan_2026-11-05.png", *names]
    slices = [data[300:364] for data in rc.originals.values()]
    return FullCase(rc.case_id, rc.reference, other.id,
                    [t.encode("utf-8") for t in texts], slices)


def decrypt_copy(vault_path: Path, target: Path, password: str) -> bytes:
    """The test's own plaintext copy of a vault (sqlcipher_export), as bytes."""
    import sqlcipher3.dbapi2 as sqlcipher

    from app.vault.connection import encode_password

    conn = sqlcipher.connect(str(vault_path), isolation_level=None)
    conn.set_key(encode_password(password))
    conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    data = target.read_bytes()
    target.unlink()
    return data
