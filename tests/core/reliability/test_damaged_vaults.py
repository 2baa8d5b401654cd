"""Issue 19 (Tests): the damaged-vault generator. Over 200 variants of one vault (bit
flips and junk in each region of the file, zeroed and swapped pages, truncations and
growth, foreign, stale and junk side files of each kind). For every variant opening
either refuses with a clear error (a PestdossierError with a known code, never an
internal error) and leaves the file byte for byte as it was, or opens without a change
of meaning: the same cases and entries, or `verify` reports the damage.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind
from app.errors import PestdossierError
from app.vault import Vault
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]   # ~60 s alone, more when shared

PAGE = 4096
RESERVE = 80            # SQLCipher 4: IV and HMAC at the end of every page
OTHER_PASSWORD = "Een heel ander wachtwoord voor kluis twee"
KNOWN_REFUSALS = frozenset({
    "vault.wrong_password", "vault.not_a_vault", "vault.damaged", "vault.newer_version",
    "vault.cannot_open", "vault.first_page_damaged", "vault.wrong_password_or_damaged",
    "vault.weak_encryption",
})
Meaning = tuple[tuple[str, ...], tuple[str, ...]]
Damage = Callable[[Path, "Sources"], None]


@dataclass(frozen=True, repr=False)
class Sources:
    """What the variants are made from: the sound vault and side files of three kinds."""

    vault: bytes
    stale_wal: bytes        # this vault's own -wal, from before a restored backup
    foreign_wal: bytes      # another vault's -wal
    foreign_journal: bytes  # another vault's hot rollback journal
    meaning: Meaning


def _meaning(case_file: CaseFile) -> Meaning:
    cases = case_file.cases.list()
    texts = [e.text for c in cases for e in case_file.timeline.for_case(c.id)]
    return tuple(c.reference for c in cases), tuple(sorted(texts))


def _fill(path: Path, password: str, entries: int) -> None:
    with CaseFile.open(path, password) as cf:
        case = cf.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 20)))
        for i in range(entries):
            cf.timeline.add(case.id, EntryKind.NOTITIE, f"regel {i} " + "x" * 600,
                            datetime(2026, 11, 20, tzinfo=UTC))


def _killed_session_wal(path: Path, password: str) -> bytes:
    """The -wal a killed session leaves: written after a checkpoint, never checkpointed."""
    copy = path.with_name("sessie-" + path.name)
    shutil.copy2(path, copy)
    vault = Vault.open(copy, password)
    vault.conn.execute("PRAGMA wal_autocheckpoint = 0")
    with vault.write() as tx:
        for i in range(20):
            tx.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"s{i}", "y" * 900))
    wal = Path(f"{copy}-wal").read_bytes()
    vault.close()
    return wal


def _hot_journal(path: Path, password: str) -> bytes:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(password.encode())
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 2")   # spill pages so the journal is hot on disk
    conn.execute("BEGIN IMMEDIATE")
    for i in range(200):
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"j{i}", "z" * 900))
    journal = Path(f"{path}-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    return journal


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Sources:
    folder = tmp_path_factory.mktemp("bron")
    vault = folder / "kluis.pestdossier"
    CaseFile.create(vault, PASSWORD).close()
    _fill(vault, PASSWORD, 15)
    stale = _killed_session_wal(vault, PASSWORD)
    _fill(vault, PASSWORD, 15)   # the vault moves on; that -wal is now stale
    other = folder / "ander.pestdossier"
    CaseFile.create(other, OTHER_PASSWORD).close()
    foreign_wal = _killed_session_wal(other, OTHER_PASSWORD)
    foreign_journal = _hot_journal(other, OTHER_PASSWORD)
    with CaseFile.open(vault, PASSWORD) as cf:
        meaning = _meaning(cf)
    assert len(meaning[1]) == 30
    return Sources(vault.read_bytes(), stale, foreign_wal, foreign_journal, meaning)


# ------------------------------------------------------------------------ the variants
def _regions(size: int) -> dict[str, tuple[int, int]]:
    """Named byte ranges: the salt, bodies and reserves of the first, second, a middle
    and the last page."""
    pages = size // PAGE
    middle = pages // 2
    regions = {"salt": (0, 16), "p0-body": (16, PAGE - RESERVE),
               "p0-reserve": (PAGE - RESERVE, PAGE)}
    for name, page in (("p1", 1), ("mid", middle), ("last", pages - 1)):
        regions[f"{name}-body"] = (page * PAGE, (page + 1) * PAGE - RESERVE)
        regions[f"{name}-reserve"] = ((page + 1) * PAGE - RESERVE, (page + 1) * PAGE)
    return regions


def _edit(change: Callable[[bytearray], bytearray]) -> Damage:
    def damage(path: Path, sources: Sources) -> None:
        path.write_bytes(bytes(change(bytearray(sources.vault))))
    return damage


def _flip(offset: int, bit: int) -> Damage:
    def change(data: bytearray) -> bytearray:
        data[offset] ^= 1 << bit
        return data
    return _edit(change)


def _junk(offset: int, length: int, seed: int) -> Damage:
    def change(data: bytearray) -> bytearray:
        data[offset:offset + length] = random.Random(seed).randbytes(length)
        return data
    return _edit(change)


def _page_edit(page: int, other: int | None) -> Damage:
    """Zero `page`, or swap it with `other`."""
    def change(data: bytearray) -> bytearray:
        a = data[page * PAGE:(page + 1) * PAGE]
        if other is None:
            data[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
        else:
            data[page * PAGE:(page + 1) * PAGE] = data[other * PAGE:(other + 1) * PAGE]
            data[other * PAGE:(other + 1) * PAGE] = a
        return data
    return _edit(change)


def _resize(size: int | None, extra: bytes = b"") -> Damage:
    def change(data: bytearray) -> bytearray:
        return (data[:size] if size is not None else data) + bytearray(extra)
    return _edit(change)


def _side(suffix: str, content: Callable[[Sources], bytes]) -> Damage:
    def damage(path: Path, sources: Sources) -> None:
        path.write_bytes(sources.vault)
        Path(f"{path}{suffix}").write_bytes(content(sources))
    return damage


def _damage_variants(size: int) -> Iterator[tuple[str, Damage]]:
    rng = random.Random(19)
    for name, (start, end) in _regions(size).items():
        for i in range(10):
            offset = rng.randrange(start, end)
            yield f"flip-{name}-{i}", _flip(offset, rng.randrange(8))
        for i in range(6):
            length = min(rng.choice((1, 16, 64, 200)), end - start)
            offset = rng.randrange(start, end - length + 1)
            yield f"junk-{name}-{i}", _junk(offset, length, rng.randrange(1 << 30))
    pages = size // PAGE
    for page in (0, 1, 2, 3, pages // 3, pages // 2, pages - 2, pages - 1):
        yield f"zero-page-{page}", _page_edit(page, None)
    for a, b in ((0, 1), (1, 2), (2, pages - 1), (pages // 2, pages // 2 + 1), (1, pages - 1),
                 (3, 4)):
        yield f"swap-pages-{a}-{b}", _page_edit(a, b)


def _size_variants(size: int) -> Iterator[tuple[str, Damage]]:
    for cut in (0, 1, 15, 16, 100, 1024, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE, size // 2,
                size - PAGE - 1, size - PAGE, size - RESERVE, size - 1):
        yield f"truncate-{cut}", _resize(cut)
    for name, extra in (("byte", b"\x00"), ("zero-page", bytes(PAGE)),
                        ("junk-page", random.Random(4).randbytes(PAGE)),
                        ("half-page", random.Random(5).randbytes(PAGE // 2))):
        yield f"grow-{name}", _resize(None, extra)


def _side_variants() -> Iterator[tuple[str, Damage]]:
    rng = random.Random(7)
    kinds: list[tuple[str, Callable[[Sources], bytes]]] = [
        ("stale-wal", lambda s: s.stale_wal),
        ("foreign-wal", lambda s: s.foreign_wal),
        ("foreign-journal", lambda s: s.foreign_journal),
        ("empty", lambda s: b""),
        ("zeros", lambda s: bytes(32768)),
        ("random", lambda s: random.Random(11).randbytes(20000)),
        ("truncated-stale-wal", lambda s: s.stale_wal[:len(s.stale_wal) // 2]),
        ("truncated-foreign-journal", lambda s: s.foreign_journal[:5000]),
        ("own-vault-bytes", lambda s: s.vault[:PAGE * 3]),
    ]
    for suffix in ("-wal", "-journal", "-shm"):
        for name, content in kinds:
            yield f"side{suffix}-{name}", _side(suffix, content)
    for i in range(4):   # a real side file with a few bytes changed
        offset = rng.randrange(32, 4000)
        yield f"side-wal-stale-flipped-{i}", _side(
            "-wal", lambda s, o=offset: s.stale_wal[:o] + bytes([s.stale_wal[o] ^ 1])
            + s.stale_wal[o + 1:])


def _variants(size: int) -> list[tuple[str, Damage]]:
    return [*_damage_variants(size), *_size_variants(size), *_side_variants()]


# ------------------------------------------------------------------------ the checks
def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _opened_keeps_meaning(path: Path, sources: Sources) -> str:
    """'same' when the content reads as before, 'reported' when verify or reading names
    the damage; an internal error fails the test."""
    try:
        with CaseFile.open(path, PASSWORD) as cf:
            try:
                if _meaning(cf) == sources.meaning:
                    return "same"
            except PestdossierError as exc:
                assert exc.code in KNOWN_REFUSALS, exc.code
                return "reported"
            report = cf.verify()
            assert not report.ok, "the content changed and verify saw nothing"
            return "reported"
    except PestdossierError as exc:   # the damage showed up while opening fully
        assert exc.code in KNOWN_REFUSALS, exc.code
        return "reported"


def _try(path: Path, sources: Sources) -> str:
    before = _digest(path)
    try:
        CaseFile.open(path, PASSWORD).close()
    except PestdossierError as exc:
        assert exc.code in KNOWN_REFUSALS, f"unexpected code {exc.code}"
        assert _digest(path) == before, "a rejected file was changed"
        assert not list(path.parent.glob("*.bak")), "a migration copy of a rejected file"
        return f"refused:{exc.code}"
    return _opened_keeps_meaning(path, sources)


def test_the_generator_makes_over_200_variants(sources: Sources) -> None:
    names = [name for name, _ in _variants(len(sources.vault))]
    assert len(names) >= 200 and len(set(names)) == len(names)


def test_every_damaged_variant_is_refused_clearly_or_keeps_its_meaning(
        sources: Sources, tmp_path: Path) -> None:
    outcomes: dict[str, str] = {}
    failures: list[str] = []
    for number, (name, damage) in enumerate(_variants(len(sources.vault))):
        folder = tmp_path / f"v{number:03d}"
        folder.mkdir()
        path = folder / "kluis.pestdossier"
        damage(path, sources)
        try:
            outcomes[name] = _try(path, sources)
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")
        except Exception as exc:   # an internal error is what the generator looks for
            failures.append(f"{name}: internal error {type(exc).__name__}: {exc}")
        shutil.rmtree(folder, ignore_errors=True)
    assert not failures, "\n".join(failures)
    refused = [n for n, o in outcomes.items() if o.startswith("refused")]
    assert refused and any(o == "same" for o in outcomes.values())
    # damage in the first page is never called just "wrong password"
    assert not [n for n in refused if "p0" in n and outcomes[n] == "refused:vault.wrong_password"]
