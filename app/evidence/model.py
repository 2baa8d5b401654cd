"""What the evidence core returns: kinds, actions, items, metadata, and its errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.errors import PestdossierError
from app.messages import Message

Progress = Callable[[int, int], None]  # (bytes done, bytes in total)
Cancel = Callable[[], bool]

CHUNK_SIZE = 1024 * 1024
DEFAULT_MAX_IMPORT_BYTES = 4 * 1024**3
MAX_IMPORT_META_KEY = "evidence_max_bytes"


class EvidenceKind(StrEnum):
    SCREENSHOT = "screenshot"
    PHOTO = "photo"
    VIDEO = "video"
    PDF = "pdf"
    EMAIL = "email"
    CHAT = "chat"
    DOCUMENT = "document"
    DESCRIBED_ONLY = "described-only"


class EvidenceSource(StrEnum):
    FILE = "file"
    CLIPBOARD = "clipboard"
    SCREEN_CAPTURE = "screen-capture"
    CHAT_EXPORT = "chat-export"
    DESCRIBED = "described"


class Action(StrEnum):
    """What was done after the evidence was saved."""

    BLOCKED = "geblokkeerd"
    REPORTED_TO_PLATFORM = "gemeld-bij-platform"
    REMOVAL_REQUESTED = "verwijderverzoek"
    AANGIFTE_ADVISED = "aangifte-geadviseerd"


@dataclass(frozen=True)
class Account:
    """An account seen in the evidence: handle (@naam) and the name it shows."""

    handle: str = ""
    display_name: str = ""
    platform: str = ""


@dataclass(frozen=True)
class Circulation:
    """For described-only items: where the image went round and how far."""

    where: str = ""
    groups: tuple[str, ...] = ()
    first_sender: str = ""
    first_seen: str = ""  # as the student tells it, e.g. "vrijdag rond 22:00"
    estimated_reach: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.where or self.groups or self.first_sender or self.first_seen
                    or self.estimated_reach)


@dataclass(frozen=True)
class EvidenceMetadata:
    """What the counsellor writes about an item. Every change is kept as a version."""

    platform: str = ""
    urls: tuple[str, ...] = ()
    accounts: tuple[Account, ...] = ()
    shown_at: str = ""  # the date/time as shown in the content, written as seen
    description: str = ""
    collected_with: str = ""  # the student who sat with the counsellor
    device: str = ""  # on which device it was captured
    actions: tuple[Action, ...] = ()
    circulation: Circulation = field(default_factory=Circulation)
    student_account: str = ""  # what the student told about it, in their own words


@dataclass(frozen=True)
class MetadataVersion:
    item_id: int
    version: int
    written_at: datetime
    written_by: str
    metadata: EvidenceMetadata


@dataclass(frozen=True)
class EvidenceItem:
    id: int
    case_id: int
    number: int  # per case: B1, B2, ...
    kind: EvidenceKind
    sha256: str | None  # None only for items described from the start
    size: int
    mime_type: str  # detected from the content
    original_name: str
    source: EvidenceSource
    file_modified_at: datetime | None
    file_created_at: datetime | None
    exif_taken_at: str | None  # as written in the photo (camera's local time)
    exif_device: str
    width: int | None
    height: int | None
    warnings: tuple[Message, ...]  # what the user should know about an item kept anyway
    imported_at: datetime
    imported_by: str
    bytes_destroyed_at: datetime | None
    has_thumbnail: bool
    metadata: EvidenceMetadata
    metadata_version: int
    withdrawn_at: datetime | None = None  # withdrawn: bytes gone, the record stays
    withdrawal_reason: str = ""

    @property
    def label(self) -> str:
        return f"B{self.number}"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def has_bytes(self) -> bool:
        return self.kind is not EvidenceKind.DESCRIBED_ONLY and self.withdrawn_at is None


@dataclass(frozen=True)
class ChatSummary:
    item_id: int
    platform_variant: str
    date_order: str
    message_count: int
    authors: tuple[str, ...]
    first_message_at: datetime | None  # naive: the phone's local time as exported
    last_message_at: datetime | None


# ----------------------------------------------------------------------------- errors
class EvidenceError(PestdossierError):
    default_code = "evidence.not_saved"


class EmptyFileError(EvidenceError):
    default_code = "evidence.empty_file"


class UnreadableFileError(EvidenceError):
    default_code = "evidence.unreadable_file"


class EvidenceTooLargeError(EvidenceError):
    default_code = "evidence.too_large"


class ImportCancelledError(EvidenceError):
    default_code = "evidence.import_cancelled"


class DuplicateEvidenceError(EvidenceError):
    """The same bytes are already evidence in this case; `existing` names that item."""

    def __init__(self, existing: EvidenceItem) -> None:
        self.existing = existing
        super().__init__("evidence.duplicate", item=existing.label,
                         name=existing.original_name or existing.kind)
