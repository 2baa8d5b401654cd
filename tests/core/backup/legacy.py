"""The writer of the first backup format (sqlcipher_export under a random data key), kept
only here: backups it wrote must keep restoring. And reading every page of a backup."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.backup import keys
from app.backup.container import append_header
from app.backup.database import count_rows
from app.backup.writer import Slot
from app.timeutil import to_storage
from app.vault.connection import Connection

PAGE = 4096
RESERVE = 80  # IV (16) and HMAC-SHA512 (64) at the end of every SQLCipher 4 page


def write_old_backup(conn: Connection, target: Path, slots: list[Slot],
                     created_at: datetime) -> None:
    data_key = keys.new_data_key()
    temp = target.with_name(target.name + ".tmp")
    conn.execute("ATTACH DATABASE ? AS backup KEY ?",
                 (str(temp), keys.raw_sqlcipher_key(data_key).decode("ascii")))
    try:
        conn.execute("PRAGMA backup.journal_mode = DELETE")
        conn.execute("BEGIN")
        counts = count_rows(conn)
        schema = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute("SELECT sqlcipher_export('backup')")
        conn.execute("DELETE FROM backup.meta WHERE key LIKE 'backup.key.%'")
        conn.execute(f"PRAGMA backup.user_version = {schema}")
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE backup")
    info = {"schema": schema, "cases": counts.cases, "entries": counts.entries,
            "evidence": counts.evidence}
    header = {"format": 1, "created_at": to_storage(created_at),
              "db_size": temp.stat().st_size, "slots": [s.wrap(data_key) for s in slots],
              "info": keys.seal(data_key, json.dumps(info).encode(), "info")}
    with temp.open("r+b") as handle:
        append_header(handle, header)
    os.replace(temp, target)


def decrypted_pages(database: bytes, page_key: bytes) -> bytes:
    """Every page of a SQLCipher 4 database decrypted, free pages included."""
    out = []
    for start in range(0, len(database), PAGE):
        page = database[start:start + PAGE]
        body_start = 16 if start == 0 else 0  # page 1 begins with the plaintext salt
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(page_key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[body_start:PAGE - RESERVE]) + decryptor.finalize())
    return b"".join(out)
