"""Schema 2: evidence of online bullying.

Items keep what the app measured (hash, size, type by content, file times, EXIF) and
never change; their bytes live in 1 MiB chunks. What the counsellor writes about an
item is appended as numbered versions. Triggers guard the rules, so no code path (and
no hand-written SQL) can change evidence:

- an item's measured columns never change; the only allowed change is the one-way
  conversion to 'described-only' (intimate images of minors), which sets
  `bytes_destroyed_at`;
- chunks are never updated; they are inserted before their item row (the foreign key is
  deferred), so once an item exists no chunk can be added to it; they can be deleted
  only after the item was converted to 'described-only';
- metadata versions are append-only; items are never deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 2

KINDS = ("screenshot", "photo", "video", "pdf", "email", "chat", "document", "described-only")
SOURCES = ("file", "clipboard", "screen-capture", "chat-export", "described")
_KINDS = ",".join(f"'{k}'" for k in KINDS)
_SOURCES = ",".join(f"'{s}'" for s in SOURCES)
_MEASURED = (
    "id, case_id, number, sha256, size, chunk_count, mime_type, original_name, source,"
    " file_modified_at, file_created_at, exif_taken_at, exif_device, width, height,"
    " warnings, imported_at, imported_by"
)


def _refuse(name: str, event: str, table: str, message: str, when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table}{condition}"
            f" BEGIN SELECT RAISE(ABORT, '{message}'); END")


STATEMENTS = [
    f"""CREATE TABLE evidence_items (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        number INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ({_KINDS})),
        sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
        size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
        chunk_count INTEGER NOT NULL DEFAULT 0,
        mime_type TEXT NOT NULL DEFAULT '',
        original_name TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ({_SOURCES})),
        file_modified_at TEXT,
        file_created_at TEXT,
        exif_taken_at TEXT,
        exif_device TEXT NOT NULL DEFAULT '',
        width INTEGER,
        height INTEGER,
        warnings TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        bytes_destroyed_at TEXT,
        UNIQUE (case_id, number),
        CHECK (sha256 IS NOT NULL OR kind = 'described-only')
    )""",
    "CREATE INDEX evidence_items_sha256 ON evidence_items(sha256)",
    # Chunks come first in the import transaction; the item row seals them at the end.
    """CREATE TABLE evidence_chunks (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL
            REFERENCES evidence_items(id) DEFERRABLE INITIALLY DEFERRED,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (item_id, seq)
    )""",
    """CREATE TABLE evidence_thumbnails (
        item_id INTEGER PRIMARY KEY REFERENCES evidence_items(id),
        data BLOB NOT NULL,
        mime_type TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        made_at TEXT NOT NULL
    )""",
    """CREATE TABLE evidence_metadata (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES evidence_items(id),
        version INTEGER NOT NULL,
        written_at TEXT NOT NULL,
        written_by TEXT NOT NULL,
        platform TEXT NOT NULL DEFAULT '',
        urls TEXT NOT NULL DEFAULT '[]',
        accounts TEXT NOT NULL DEFAULT '[]',
        shown_at TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        collected_with TEXT NOT NULL DEFAULT '',
        device TEXT NOT NULL DEFAULT '',
        actions TEXT NOT NULL DEFAULT '[]',
        circulation TEXT NOT NULL DEFAULT '{}',
        UNIQUE (item_id, version)
    )""",
    """CREATE TABLE evidence_entry_links (
        item_id INTEGER NOT NULL REFERENCES evidence_items(id),
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        linked_at TEXT NOT NULL,
        PRIMARY KEY (item_id, entry_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX evidence_entry_links_entry ON evidence_entry_links(entry_id)",
    """CREATE TABLE evidence_person_links (
        item_id INTEGER NOT NULL REFERENCES evidence_items(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        relation TEXT NOT NULL DEFAULT '',
        linked_at TEXT NOT NULL,
        PRIMARY KEY (item_id, person_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX evidence_person_links_person ON evidence_person_links(person_id)",
    """CREATE TABLE chat_transcripts (
        item_id INTEGER PRIMARY KEY REFERENCES evidence_items(id),
        platform_variant TEXT NOT NULL,
        date_order TEXT NOT NULL,
        message_count INTEGER NOT NULL,
        authors TEXT NOT NULL,
        first_message_at TEXT,
        last_message_at TEXT,
        attachments_in_archive TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE TABLE chat_messages (
        item_id INTEGER NOT NULL REFERENCES chat_transcripts(item_id),
        idx INTEGER NOT NULL,
        sent_at TEXT NOT NULL,
        sender TEXT,
        text TEXT NOT NULL,
        is_system INTEGER NOT NULL,
        attachment TEXT,
        attachment_present INTEGER NOT NULL,
        media_omitted INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        PRIMARY KEY (item_id, idx)
    ) WITHOUT ROWID""",
    # --- immutability
    _refuse("evidence_items_measured_fixed", f"UPDATE OF {_MEASURED}", "evidence_items",
            "evidence is immutable"),
    _refuse("evidence_items_kind_one_way", "UPDATE OF kind, bytes_destroyed_at",
            "evidence_items", "evidence is immutable",
            "NOT (new.kind = 'described-only' AND old.bytes_destroyed_at IS NULL"
            " AND new.bytes_destroyed_at IS NOT NULL)"),
    _refuse("evidence_items_no_delete", "DELETE", "evidence_items", "evidence is kept"),
    _refuse("evidence_chunks_no_update", "UPDATE", "evidence_chunks", "evidence is immutable"),
    _refuse("evidence_chunks_sealed", "INSERT", "evidence_chunks", "evidence is sealed",
            "EXISTS (SELECT 1 FROM evidence_items WHERE id = new.item_id)"),
    _refuse("evidence_chunks_no_delete", "DELETE", "evidence_chunks", "evidence is immutable",
            "(SELECT kind FROM evidence_items WHERE id = old.item_id)"
            " IS NOT 'described-only'"),
    _refuse("evidence_thumbnails_not_described", "INSERT", "evidence_thumbnails",
            "described-only evidence has no picture",
            "(SELECT kind FROM evidence_items WHERE id = new.item_id) = 'described-only'"),
    _refuse("evidence_metadata_no_update", "UPDATE", "evidence_metadata",
            "metadata history is append-only"),
    _refuse("evidence_metadata_no_delete", "DELETE", "evidence_metadata",
            "metadata history is append-only"),
    _refuse("chat_transcripts_no_update", "UPDATE", "chat_transcripts", "evidence is immutable"),
    _refuse("chat_messages_no_update", "UPDATE", "chat_messages", "evidence is immutable"),
    _refuse("chat_transcripts_no_delete", "DELETE", "chat_transcripts", "evidence is immutable",
            "(SELECT kind FROM evidence_items WHERE id = old.item_id)"
            " IS NOT 'described-only'"),
    _refuse("chat_messages_no_delete", "DELETE", "chat_messages", "evidence is immutable",
            "(SELECT kind FROM evidence_items WHERE id = old.item_id)"
            " IS NOT 'described-only'"),
    # --- search: the counsellor's latest words about an item, and its file name
    """CREATE TRIGGER evidence_metadata_fts AFTER INSERT ON evidence_metadata BEGIN
        DELETE FROM search_index WHERE source = 'evidence' AND source_id = new.item_id;
        INSERT INTO search_index(body, case_id, source, source_id)
        SELECT i.original_name || ' ' || new.platform || ' ' || new.shown_at || ' '
               || new.description || ' ' || new.collected_with || ' '
               || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.urls)), '')
               || ' ' || coalesce((SELECT group_concat(
                    coalesce(json_extract(value, '$.handle'), '') || ' '
                    || coalesce(json_extract(value, '$.display_name'), ''), ' ')
                  FROM json_each(new.accounts)), ''),
               i.case_id, 'evidence', new.item_id
        FROM evidence_items i WHERE i.id = new.item_id;
    END""",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
