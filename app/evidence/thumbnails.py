"""Thumbnails for the gallery: made in memory with Pillow, stored inside the vault.

Never written to disk, never cached outside the vault. The thumbnail carries no
metadata from the original (no EXIF, no text chunks): only pixels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image, ImageOps

from app.evidence.chunks import iter_chunks
from app.evidence.detect import IMAGE_ANALYSE_LIMIT
from app.timeutil import to_storage
from app.vault.connection import Connection, DatabaseError

if TYPE_CHECKING:
    from app.vault import Vault

THUMBNAIL_SIZE = 320
_IMAGE_KINDS = ("screenshot", "photo")


@dataclass(frozen=True)
class Thumbnail:
    data: bytes  # JPEG
    mime_type: str
    width: int
    height: int


def render(data: bytes | memoryview) -> Thumbnail | None:
    """A JPEG of at most THUMBNAIL_SIZE px; None when the image cannot be decoded."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))
            small = ImageOps.exif_transpose(image)
            small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            if small.mode in ("RGBA", "LA", "PA") or "transparency" in small.info:
                rgba = small.convert("RGBA")
                flat = Image.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
                small = flat
            else:
                small = small.convert("RGB")
            out = io.BytesIO()
            small.save(out, "JPEG", quality=82, optimize=True)
            return Thumbnail(out.getvalue(), "image/jpeg", small.width, small.height)
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError,
            ZeroDivisionError, MemoryError, Image.DecompressionBombError):
        return None


def store(vault: Vault, tx: Connection, item_id: int, thumb: Thumbnail) -> None:
    tx.execute(
        "INSERT OR REPLACE INTO evidence_thumbnails (item_id, data, mime_type, width, height,"
        " made_at) VALUES (?,?,?,?,?,?)",
        (item_id, thumb.data, thumb.mime_type, thumb.width, thumb.height,
         to_storage(vault.clock.now())))


def load(vault: Vault, item_id: int) -> Thumbnail | None:
    rows = vault.query("SELECT data, mime_type, width, height FROM evidence_thumbnails"
                       " WHERE item_id = ?", (item_id,))
    if not rows:
        return None
    data, mime, width, height = rows[0]
    return Thumbnail(bytes(data), mime, width, height)


def make(vault: Vault, item_id: int) -> bool:
    """(Re)make one item's thumbnail from its stored bytes. Safe on a worker connection.

    Returns False when the item has no picture to show (not an image, damaged, too big,
    described-only, withdrawn, or converted while this ran).
    """
    rows = vault.query("SELECT kind, size, withdrawn_at FROM evidence_items WHERE id = ?",
                       (item_id,))
    if (not rows or rows[0][0] not in _IMAGE_KINDS or rows[0][1] > IMAGE_ANALYSE_LIMIT
            or rows[0][2] is not None):
        return False
    data = b"".join(iter_chunks(vault.conn, item_id))
    thumb = render(data)
    del data
    if thumb is None:
        return False
    try:
        with vault.write() as tx:
            store(vault, tx, item_id, thumb)
    except DatabaseError:
        return False  # converted to described-only meanwhile: the trigger refused it
    return True
