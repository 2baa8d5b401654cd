"""What a destruction shows before (the preview) and keeps after (the record)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from typing import Any

from app.messages import Message


class DestructionKind(Enum):
    DESTROYED = "case.destroyed"
    ANONYMISED = "case.anonymised"


@dataclass(frozen=True)
class DestructionCounts:
    """How much goes (for anonymising: is removed or emptied), per kind."""

    entries: int = 0
    revisions: int = 0
    people_links: int = 0
    people: int = 0              # people who appear in no other case: deleted entirely
    identity_forms: int = 0      # their name forms, accounts, numbers and addresses
    evidence: int = 0
    evidence_bytes: int = 0
    chats: int = 0
    letters: int = 0             # letters exported from the case (their record)
    exports: int = 0             # dossiers, police packages and originals (their record)
    drafts: int = 0
    casework: int = 0            # protocol steps, agreements, follow-ups, ...
    audit_lines: int = 0         # audit lines whose details are removed (kept as lines)

    def as_dict(self) -> dict[str, int]:
        return {f.name: int(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DestructionCounts:
        names = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in data.items() if k in names})


@dataclass(frozen=True)
class ExportTrace:
    """A file that left the vault from this case: outside the vault, destroyed by hand."""

    action: str
    at: datetime
    file: str


@dataclass(frozen=True)
class DestructionPreview:
    case_id: int
    reference: str
    counts: DestructionCounts
    exports: tuple[ExportTrace, ...]
    # What needs the user's confirmation: an export exists, work is still due, not closed.
    warnings: tuple[Message, ...]
    # The case's figures in the yearly report, lost on destruction, kept on anonymising.
    in_statistics: bool
    # SHA-256 over the content as it is now (the record will hold the same value).
    content_sha256: str = ""


@dataclass(frozen=True)
class DestructionRecord:
    """The audit line that is all that remains: no content, only what, when and why."""

    audit_id: int
    kind: DestructionKind
    at: datetime
    actor: str
    reference: str
    reason: str
    counts: DestructionCounts
    content_sha256: str
    audit_hash: str
    confirmed: tuple[str, ...]   # the warning codes the user confirmed
