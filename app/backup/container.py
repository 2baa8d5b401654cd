"""The backup file: an encrypted SQLCipher database, then a JSON header, then a trailer
(magic and header length). See docs/security.md for the format."""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.errors import PestdossierError

MAGIC = b"PDBACKUP"
FORMAT = 1
TRAILER = struct.Struct(">8sQ")
SUFFIX = ".pdbackup"
MAX_HEADER = 1 << 20


class BackupFileError(PestdossierError):
    default_code = "backup.not_a_backup"


@dataclass(frozen=True)
class Container:
    path: Path
    header: dict[str, Any]
    db_size: int

    @property
    def slots(self) -> list[dict[str, Any]]:
        return list(self.header.get("slots", []))

    def slot(self, kind: str) -> dict[str, Any] | None:
        return next((s for s in self.slots if s.get("kind") == kind), None)


def append_header(handle: BinaryIO, header: dict[str, Any]) -> None:
    data = json.dumps(header, sort_keys=True).encode("utf-8")
    handle.seek(0, os.SEEK_END)
    handle.write(data)
    handle.write(TRAILER.pack(MAGIC, len(data)))


def read_container(path: Path) -> Container:
    """The header of a backup file; raise when it is not one, damaged or too new."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            if size < TRAILER.size:
                raise BackupFileError()
            handle.seek(size - TRAILER.size)
            magic, length = TRAILER.unpack(handle.read(TRAILER.size))
            if magic != MAGIC or length > min(MAX_HEADER, size - TRAILER.size):
                raise BackupFileError()
            handle.seek(size - TRAILER.size - length)
            header = json.loads(handle.read(length).decode("utf-8"))
    except OSError as exc:
        raise BackupFileError("backup.unreadable", path=str(path)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupFileError() from exc
    if not isinstance(header, dict):
        raise BackupFileError()
    if int(header.get("format", 0)) > FORMAT:
        raise BackupFileError("backup.newer_version")
    db_size = size - TRAILER.size - length
    if db_size != int(header.get("db_size", -1)):
        raise BackupFileError("backup.damaged")
    return Container(path, header, db_size)


def copy_database(container: Container, target: BinaryIO, chunk: int = 1 << 20) -> None:
    """Copy the (still encrypted) database out of the container."""
    remaining = container.db_size
    with container.path.open("rb") as source:
        while remaining:
            data = source.read(min(chunk, remaining))
            if not data:
                raise BackupFileError("backup.damaged")
            target.write(data)
            remaining -= len(data)
