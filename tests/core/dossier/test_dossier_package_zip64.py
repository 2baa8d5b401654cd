"""ZIP64 at every boundary of the police package: originals of 2 GiB - 1, 2 GiB, 2 GiB + 1
and 4 GiB + 1 bytes, read from sparse files and written to a sparse zip (no real disk use).

The bytes stream through the package's own writer (`copy_item`), the same function that
copies a vault's originals; only the chunk source is a sparse file instead of the vault.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app.dossier.package import copy_item, needs_zip64

GIB = 1 << 30
CHUNK = 4 << 20
SIZES = (2 * GIB - 1, 2 * GIB, 2 * GIB + 1, 4 * GIB + 1)


class _SparseSink(io.FileIO):
    """A real, seekable output file that seeks over all-zero writes, so it stays sparse."""

    def write(self, data: Any) -> int:
        size = len(data)
        if size >= 4096 and bytes(data).count(0) == size:
            self.seek(size, io.SEEK_CUR)
            return size
        return super().write(data)


class _SparseStore:
    """Stands in for EvidenceStore: the chunks of one sparse file per item id."""

    def __init__(self, files: dict[int, Path]) -> None:
        self._files = files

    def iter_chunks(self, item_id: int) -> Iterator[bytes]:
        with self._files[item_id].open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk


def _zero_digests(sizes: tuple[int, ...]) -> dict[int, str]:
    """sha256 of `size` zero bytes for every size, in one pass."""
    digest, done, found = hashlib.sha256(), 0, {}
    zeros = bytes(CHUNK)
    for size in sorted(sizes):
        while done + CHUNK <= size:
            digest.update(zeros)
            done += CHUNK
        last = digest.copy()
        last.update(bytes(size - done))
        found[size] = last.hexdigest()
    return found


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


@pytest.mark.parametrize("size", [0, 1, 2 * GIB - (1 << 24) - 1])
def test_small_entries_stay_without_zip64(size: int) -> None:
    assert not needs_zip64(size)


@pytest.mark.parametrize("size", [2 * GIB - (1 << 22), *SIZES])
def test_entries_near_or_past_2_gib_are_written_as_zip64(size: int) -> None:
    # Deflate may grow incompressible bytes: forced well before the 2 GiB - 1 limit.
    assert needs_zip64(size)


@pytest.mark.slow  # streams 10 GiB of (sparse) zeros through sha256, crc32 and zipfile
def test_package_writer_handles_every_zip64_boundary(tmp_path: Path) -> None:
    # Stored (as images are), so the offsets really pass 4 GiB; deflated entries hit the
    # same size checks in zipfile and get the same force_zip64 (see needs_zip64 above).
    digests = _zero_digests(SIZES)
    files = {n: _sparse(tmp_path / f"bron-{n}.bin", size) for n, size in enumerate(SIZES)}
    store: Any = _SparseStore(files)
    out = tmp_path / "pakket.zip"
    with (_SparseSink(out, "w+b") as sink,
          zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf):
        for n, size in enumerate(SIZES):
            item: Any = SimpleNamespace(
                id=n, size=size, sha256=digests[size], mime_type="image/png", label=f"B{n}",
                original_name=f"bron-{n}.bin", imported_at=datetime(2026, 3, 1, tzinfo=UTC))
            assert copy_item(zf, store, item, f"bewijs/{n}.bin", lambda *_: None,
                             None) == digests[size]
        zf.writestr("manifest.json", b'{"na": "4 GiB"}')
    assert out.stat().st_blocks * 512 < 64 * 1024 * 1024  # stayed sparse
    with zipfile.ZipFile(out) as zf:
        infos = zf.infolist()
        assert [i.file_size for i in infos] == [*SIZES, 15]
        assert infos[-1].header_offset > 4 * GIB  # the entry after the 4 GiB one
        assert zf.read("manifest.json") == b'{"na": "4 GiB"}'
        with zf.open("bewijs/1.bin") as entry:  # the 2 GiB one that failed: its tail
            entry.seek(2 * GIB - 10)
            assert entry.read() == bytes(10)
