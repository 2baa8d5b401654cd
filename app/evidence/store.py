"""EvidenceStore: the one entry point for evidence on an open vault.

    store = EvidenceStore(vault)
    item = store.import_file(case.id, path, metadata=EvidenceMetadata(platform="TikTok"))

Every method is safe to call from a worker thread on that thread's own vault
(`vault.open_worker()`); long calls take `progress(done, total)` and `cancel()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import Entry, EntryKind, Person
from app.errors import InvalidInputError
from app.evidence import chat as chat_store
from app.evidence import described, importer, session, thumbnails, withdraw
from app.evidence import metadata as meta
from app.evidence.chunks import iter_chunks
from app.evidence.importer import CHAT_PARSE_LIMIT, Incoming, Options
from app.evidence.model import (
    MAX_IMPORT_META_KEY,
    Cancel,
    ChatSummary,
    Circulation,
    EvidenceItem,
    EvidenceKind,
    EvidenceMetadata,
    EvidenceSource,
    MetadataVersion,
    Progress,
)
from app.evidence.queries import load_item, load_items
from app.evidence.thumbnails import Thumbnail
from app.evidence.verify import check_evidence
from app.evidence.whatsapp import ChatFormatError, ChatMessage
from app.messages import Message

if TYPE_CHECKING:
    from app.vault import Vault

READ_BYTES_LIMIT = 512 * 1024 * 1024


class EvidenceStore:
    def __init__(self, vault: Vault,
                 after_destruction: Callable[[], None] | None = None) -> None:
        self._vault = vault
        # The front door keeps backups in step when content is destroyed for good.
        self._after_destruction = after_destruction

    # ------------------------------------------------------------------ settings
    @property
    def max_import_bytes(self) -> int:
        return importer.max_import_bytes(self._vault)

    def set_max_import_bytes(self, limit: int) -> None:
        if limit < 1024 * 1024:
            raise InvalidInputError("evidence.limit_too_low")
        self._vault.set_meta(MAX_IMPORT_META_KEY, str(int(limit)))

    # ------------------------------------------------------------------ import
    def import_file(self, case_id: int, path: Path | str, *,
                    metadata: EvidenceMetadata | None = None,
                    kind: EvidenceKind | None = None,
                    progress: Progress | None = None, cancel: Cancel | None = None,
                    thumbnail: bool = True) -> EvidenceItem:
        """Import one file as it is. A WhatsApp export becomes a chat item.

        Raises DuplicateEvidenceError (naming the existing item) when the same bytes are
        already evidence in this case; EmptyFileError, UnreadableFileError,
        EvidenceTooLargeError, ImportCancelledError, DiskFullError otherwise. A damaged
        image is kept as a document with a warning (see `item.warnings`).
        `thumbnail=False` leaves the thumbnail to `make_thumbnail` (e.g. in the background).
        """
        path = Path(path)
        limit = self.max_import_bytes
        chat_size = CHAT_PARSE_LIMIT if importer.chat_candidate(path) else 0
        incoming = importer.from_path(path, limit, read_whole_up_to=chat_size)
        if chat_size:
            importer.attach_chat(incoming, explicit=False)
        return self._store(case_id, incoming, kind, metadata, progress, cancel, thumbnail)

    def import_bytes(self, case_id: int, data: bytes, name: str, *,
                     source: EvidenceSource = EvidenceSource.CLIPBOARD,
                     metadata: EvidenceMetadata | None = None,
                     kind: EvidenceKind | None = None,
                     captured_at: datetime | None = None,
                     thumbnail: bool = True) -> EvidenceItem:
        """Pasted or captured bytes (clipboard, screen capture): `name` is shown as the
        original name; `captured_at` is kept as the file time."""
        incoming = importer.from_bytes(data, name, EvidenceSource(source))
        incoming.modified_at = captured_at
        return self._store(case_id, incoming, kind, metadata, None, None, thumbnail)

    def import_chat(self, case_id: int, path: Path | str, *,
                    metadata: EvidenceMetadata | None = None,
                    progress: Progress | None = None,
                    cancel: Cancel | None = None,
                    require_chat: bool = False) -> EvidenceItem:
        """A WhatsApp export (.txt or .zip with media), kept byte for byte and parsed.

        An export the parser does not understand is kept as a document; the item then
        carries a 'not-a-chat' warning with the reason in Dutch. With `require_chat`
        it raises ChatFormatError (code chat.*) instead and stores nothing.
        """
        path = Path(path)
        incoming = importer.from_path(path, self.max_import_bytes,
                                      read_whole_up_to=CHAT_PARSE_LIMIT)
        try:
            importer.attach_chat(incoming, explicit=True, strict=require_chat)
        except ChatFormatError:
            if incoming.stream is not None:
                incoming.stream.close()
            raise
        if incoming.transcript is not None:
            incoming.source = EvidenceSource.CHAT_EXPORT
        return self._store(case_id, incoming, None, metadata, progress, cancel, True)

    def _store(self, case_id: int, incoming: Incoming, kind: EvidenceKind | None,
               metadata: EvidenceMetadata | None, progress: Progress | None,
               cancel: Cancel | None, thumbnail: bool) -> EvidenceItem:
        options = Options(kind=kind, metadata=metadata, progress=progress, cancel=cancel,
                          thumbnail=thumbnail)
        return self.get(importer.store(self._vault, case_id, incoming, options))

    # ------------------------------------------------------------------ reading
    def get(self, item_id: int) -> EvidenceItem:
        return load_item(self._vault, item_id)

    def list_for_case(self, case_id: int) -> list[EvidenceItem]:
        return load_items(self._vault, "i.case_id = ?", (case_id,))

    def count_for_case(self, case_id: int) -> int:
        """How many items a case holds, withdrawn ones not counted (the case overview)."""
        rows = self._vault.query(
            "SELECT count(*) FROM evidence_items WHERE case_id = ? AND withdrawn_at IS NULL",
            (case_id,))
        return int(rows[0][0])

    def find_by_sha256(self, sha256: str, case_id: int | None = None) -> list[EvidenceItem]:
        """Items with these bytes (in one case, or in every case)."""
        digest = sha256.strip().lower()
        if case_id is None:
            return load_items(self._vault, "i.sha256 = ?", (digest,))
        return load_items(self._vault, "i.sha256 = ? AND i.case_id = ?", (digest, case_id))

    def iter_chunks(self, item_id: int) -> Iterator[bytes]:
        """The original bytes chunk by chunk (export, a video player's buffer)."""
        self._with_bytes(item_id)
        return iter_chunks(self._vault.conn, item_id)

    def read_bytes(self, item_id: int) -> bytes:
        """The whole original in memory (for viewers); big videos: use iter_chunks."""
        item = self._with_bytes(item_id)
        if item.size > READ_BYTES_LIMIT:
            raise InvalidInputError("evidence.too_large_to_open")
        return b"".join(iter_chunks(self._vault.conn, item_id))

    def _with_bytes(self, item_id: int) -> EvidenceItem:
        item = self.get(item_id)
        if item.is_withdrawn:
            raise InvalidInputError("evidence.withdrawn_no_file", item=item.label)
        if not item.has_bytes:
            raise InvalidInputError("evidence.only_described", item=item.label)
        return item

    def thumbnail(self, item_id: int) -> Thumbnail | None:
        return thumbnails.load(self._vault, item_id)

    def make_thumbnail(self, item_id: int) -> bool:
        return thumbnails.make(self._vault, item_id)

    def chat_summary(self, item_id: int) -> ChatSummary | None:
        return chat_store.summary(self._vault, item_id)

    def chat_messages(self, item_id: int, offset: int = 0,
                      limit: int | None = None) -> list[ChatMessage]:
        return chat_store.messages(self._vault, item_id, offset, limit)

    # ------------------------------------------------------------------ metadata
    def update_metadata(self, item_id: int, metadata: EvidenceMetadata) -> EvidenceItem:
        """Store a new version of what the counsellor wrote; earlier versions stay."""
        current = self.get(item_id)
        cleaned = meta.clean(metadata)
        changed = meta.changed_fields(current.metadata, cleaned)
        if not changed:
            return current
        with self._vault.write() as tx:
            version = meta.insert_version(self._vault, tx, item_id, cleaned)
            self._vault.audit.record(tx, "evidence.metadata_changed", "evidence", item_id,
                                     version=version, fields=changed)
        return self.get(item_id)

    def metadata_history(self, item_id: int) -> list[MetadataVersion]:
        return meta.history(self._vault, item_id)

    # ------------------------------------------------------------------ links
    def link_entry(self, item_id: int, entry_id: int) -> None:
        session.link_entry(self._vault, item_id, entry_id)

    def unlink_entry(self, item_id: int, entry_id: int) -> None:
        session.unlink_entry(self._vault, item_id, entry_id)

    def link_person(self, item_id: int, person_id: int, relation: str = "") -> None:
        session.link_person(self._vault, item_id, person_id, relation)

    def unlink_person(self, item_id: int, person_id: int) -> None:
        session.unlink_person(self._vault, item_id, person_id)

    def linked_entries(self, item_id: int) -> list[Entry]:
        return session.linked_entries(self._vault, item_id)

    def linked_people(self, item_id: int) -> list[tuple[Person, str]]:
        return session.linked_people(self._vault, item_id)

    def items_for_entry(self, entry_id: int) -> list[EvidenceItem]:
        return [self.get(i) for i in session.items_for_entry(self._vault, entry_id)]

    def record_collection_session(self, case_id: int, present: Sequence[str],
                                  started_at: datetime,
                                  items: Sequence[int | EvidenceItem], notes: str = "",
                                  kind: EntryKind = EntryKind.GESPREK) -> Entry:
        return session.record_collection_session(self._vault, case_id, present, started_at,
                                                 items, notes, kind)

    # ------------------------------------------------------------------ describe, never store
    def record_described_only(self, case_id: int, description: str,
                              circulation: Circulation,
                              metadata: EvidenceMetadata | None = None) -> EvidenceItem:
        return self.get(described.record_described_only(self._vault, case_id, description,
                                                        circulation, metadata))

    def convert_to_described(self, item_id: int, description: str,
                             circulation: Circulation) -> EvidenceItem:
        described.convert_to_described(self._vault, item_id, description, circulation)
        if self._after_destruction is not None:
            self._after_destruction()
        return self.get(item_id)

    # ------------------------------------------------------------------ withdraw
    def withdraw(self, item_id: int, reason: str) -> EvidenceItem:
        """Withdraw an item added by mistake: its bytes, thumbnail and parsed chat are
        deleted for good (the vault file is compacted, so call it off the GUI thread);
        the item stays in the catalogue with its number, hash, times and the reason."""
        withdraw.withdraw_item(self._vault, item_id, reason)
        if self._after_destruction is not None:
            self._after_destruction()
        return self.get(item_id)

    # ------------------------------------------------------------------ integrity
    def verify(self, progress: Progress | None = None,
               cancel: Cancel | None = None) -> tuple[Message, list[Message]]:
        """Re-hash every item: (what was checked, problems found)."""
        result = check_evidence(self._vault, progress or (lambda done, total: None),
                                cancel or (lambda: False))
        return result.what, result.problems
