"""Evidence integrity: immutability by trigger, verify, no plaintext on disk (canary),
describe-never-store conversion, and kill -9 in the middle of a big import."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import Case, CaseKind, EntryKind
from app.evidence import Circulation, EvidenceKind, EvidenceStore
from app.evidence.model import CHUNK_SIZE
from app.vault.connection import DatabaseError, encode_password
from app.wording import dutch

PASSWORD = "a strong test passphrase 123"
MARKER = "CANARY-9f2c61-PESTBEWIJS"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "kluis"
    folder.mkdir()
    return folder / "v.pestdossier"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[CaseFile]:
    v = CaseFile.create(vault_path, PASSWORD, check_strength=False)
    yield v
    v.close()


@pytest.fixture
def case(vault: CaseFile) -> Case:
    return vault.cases.create(NewCase("Nepprofiel", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))


@pytest.fixture
def store(vault: CaseFile) -> EvidenceStore:
    return vault.evidence


def canary_png() -> bytes:
    """A screenshot with the marker in a PNG text chunk and drawn as pixels."""
    image = Image.new("RGB", (640, 360), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    for i in range(12):
        draw.text((20, 20 + 26 * i), f"{MARKER} {i}", fill=(20, 20, 20))
    info = PngInfo()
    info.add_text("Comment", MARKER)
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    data = out.getvalue()
    assert MARKER.encode() in data
    return data


def files_containing(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        try:
            if not path.is_file() or path.stat().st_size > 512 * CHUNK_SIZE:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        found += [f"{path}: {needle[:20]!r}" for needle in needles if needle in data]
    return found


def decrypt_copy(vault_path: Path, target: Path) -> bytes:
    """The test's own plaintext copy of the vault (sqlcipher_export), as bytes."""
    conn = sqlcipher.connect(str(vault_path), isolation_level=None)
    conn.set_key(encode_password(PASSWORD))
    conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    data = target.read_bytes()
    target.unlink()
    return data


# ----------------------------------------------------------------------------- immutability
def test_triggers_refuse_changing_evidence(vault, store, case) -> None:
    item = store.import_bytes(case.id, b"a" * (2 * CHUNK_SIZE + 5), "bewijs.bin")
    refused = [
        ("UPDATE evidence_chunks SET data = x'00' WHERE item_id = ?", (item.id,)),
        ("UPDATE evidence_items SET sha256 = ? WHERE id = ?", ("0" * 64, item.id)),
        ("UPDATE evidence_items SET size = 1 WHERE id = ?", (item.id,)),
        ("UPDATE evidence_items SET kind = 'photo' WHERE id = ?", (item.id,)),
        ("UPDATE evidence_items SET original_name = 'x' WHERE id = ?", (item.id,)),
        ("INSERT INTO evidence_chunks (item_id, seq, data) VALUES (?, 99, x'01')", (item.id,)),
        ("DELETE FROM evidence_chunks WHERE item_id = ?", (item.id,)),
        ("DELETE FROM evidence_items WHERE id = ?", (item.id,)),
        ("UPDATE evidence_metadata SET description = 'x' WHERE item_id = ?", (item.id,)),
        ("DELETE FROM evidence_metadata WHERE item_id = ?", (item.id,)),
    ]
    for sql, params in refused:
        with pytest.raises(DatabaseError), vault._gateway.write() as tx:
            tx.execute(sql, params)
    again = store.get(item.id)
    assert again.sha256 == item.sha256 == hashlib.sha256(store.read_bytes(item.id)).hexdigest()
    assert again.size == item.size and again.kind is item.kind


def test_no_api_changes_bytes_or_hash(store, case) -> None:
    public = {name for name in dir(EvidenceStore) if not name.startswith("_")}
    writers = {"import_file", "import_bytes", "import_chat", "update_metadata", "link_entry",
               "unlink_entry", "link_person", "unlink_person", "record_collection_session",
               "record_described_only", "convert_to_described", "make_thumbnail",
               "set_max_import_bytes", "withdraw"}
    readers = {"get", "list_for_case", "count_for_case", "find_by_sha256", "iter_chunks", "read_bytes",
               "thumbnail", "chat_summary", "chat_messages", "metadata_history",
               "linked_entries", "linked_people", "items_for_entry", "verify",
               "max_import_bytes"}
    assert public == writers | readers  # a new writer must be reviewed here
    item = store.import_bytes(case.id, b"origineel", "o.txt")
    store.make_thumbnail(item.id)
    assert store.get(item.id).sha256 == hashlib.sha256(b"origineel").hexdigest()


# ----------------------------------------------------------------------------- verify
@pytest.mark.parametrize("parallel", [False, True])
def test_verify_rehashes_and_reports_tampering_in_dutch(vault, store, case, monkeypatch,
                                                        parallel) -> None:
    import app.evidence.verify as evidence_verify

    monkeypatch.setattr(evidence_verify, "PARALLEL_FROM", 0 if parallel else 1 << 60)
    a = store.import_bytes(case.id, os.urandom(3 * CHUNK_SIZE), "a.bin")
    store.import_bytes(case.id, b"klein", "b.txt")
    steps: list[tuple[int, int]] = []
    report = vault.verify(progress=lambda d, t: steps.append((d, t)))
    assert report.ok, report.problems
    assert any(dutch(what).startswith("bewijsstukken (2") for what in report.checked)
    assert steps[-1] == (3 * CHUNK_SIZE + 5, 3 * CHUNK_SIZE + 5)
    # Someone with the key and a SQL shell removes the guard and changes one chunk.
    vault._gateway.conn.execute("DROP TRIGGER evidence_chunks_no_update")
    vault._gateway.conn.execute("UPDATE evidence_chunks SET data = zeroblob(length(data))"
                       " WHERE item_id = ? AND seq = 1", (a.id,))
    report = vault.verify()
    assert not report.ok
    assert [p for p in map(dutch, report.problems) if "B1" in p and "veranderd" in p]
    vault._gateway.conn.execute("UPDATE evidence_chunks SET data = x'00' WHERE item_id = ? AND seq = 2",
                       (a.id,))
    assert any("onvolledig" in dutch(p) for p in vault.verify().problems)
    cancelled = vault.verify(cancel=iter([False, False, False, True] + [True] * 99)
                             .__next__)
    assert not cancelled.ok


def test_verify_cancel_inside_evidence_check(store, case) -> None:
    store.import_bytes(case.id, b"q" * (2 * CHUNK_SIZE), "q.bin")
    what, problems = store.verify(cancel=lambda: True)
    assert "afgebroken" in dutch(what) and any("afgebroken" in dutch(p) for p in problems)


# ----------------------------------------------------------------------------- canary
# The import runs in a child whose temp folder is this test's own, set before anything
# starts (SQLite reads TMPDIR once per process). An audit hook lists every file the child
# opens for writing anywhere else; only those are searched, never the shared system temp
# folder, where other processes' files come and go mid-walk.
_CANARY_CHILD = textwrap.dedent("""
    import json, os, sys
    from datetime import date
    from pathlib import Path
    own, vault_path, source, password = sys.argv[1:5]
    written = []
    WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND
    def watch(event, args):
        if event == "open" and not isinstance(args[0], int) and args[2] & WRITING:
            written.append(os.path.realpath(os.fsdecode(args[0])))
    sys.addaudithook(watch)
    Path(own, "hook-control").write_text("-")  # proves the hook sees writes
    from app.cases import NewCase
    from app.domain import CaseKind
    from app.casefile import CaseFile
    with CaseFile.create(Path(vault_path), password, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Canary", CaseKind.ONLINE_PESTEN, date(2026, 1, 2)))
        store = vault.evidence
        item = store.import_file(case.id, Path(source), thumbnail=False)
        made = store.make_thumbnail(item.id)
        thumb = store.thumbnail(item.id)
        report = {"made": made, "thumbnail": thumb.data.hex() if thumb else None,
                  "read_back": store.read_bytes(item.id).hex(),
                  "verified": vault.verify().ok}
    print(json.dumps({**report, "written": written}))
""")


def test_canary_never_reaches_disk_in_plaintext(tmp_path, vault_path) -> None:
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    source = tmp_path / "bron" / "schermafbeelding.png"
    source.parent.mkdir()
    data = canary_png()
    source.write_bytes(data)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(own_tmp),
           "SQLITE_TMPDIR": str(own_tmp)}
    child = subprocess.run(
        [sys.executable, "-c", _CANARY_CHILD, str(own_tmp), str(vault_path), str(source),
         PASSWORD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout)
    assert report["made"]
    thumb = bytes.fromhex(report["thumbnail"] or "")
    assert thumb and MARKER.encode() not in thumb
    assert bytes.fromhex(report["read_back"]) == data
    assert report["verified"]
    written = [Path(p) for p in report["written"]]
    assert (own_tmp / "hook-control").resolve() in written
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), data[100:164],
               thumb[len(thumb) // 2:][:64]]
    assert files_containing(vault_path.parent, needles) == []
    assert files_containing(own_tmp, needles) == []
    elsewhere = [p for p in written if not p.is_relative_to(tmp_path.resolve())]
    assert [str(p) for p in elsewhere
            if p.is_file() and any(n in p.read_bytes() for n in needles)] == []


# ----------------------------------------------------------------------------- describe only
def test_convert_to_described_destroys_bytes_and_thumbnail(tmp_path, vault_path) -> None:
    data = canary_png()
    plain = tmp_path / "plain.db"
    with CaseFile.create(vault_path, PASSWORD, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Sexting", CaseKind.ONLINE_PESTEN, date(2026, 1, 2)))
        store = vault.evidence
        item = store.import_bytes(case.id, data, "ontvangen.png")
        thumb = store.thumbnail(item.id)
        assert thumb is not None
    needles = [MARKER.encode(), data[200:264], thumb.data[len(thumb.data) // 2:][:64]]
    # Positive control: the test's plaintext copy does show the image before conversion.
    assert all(n in decrypt_copy(vault_path, plain) for n in needles)

    with CaseFile.open(vault_path, PASSWORD) as vault:
        store = vault.evidence
        converted = store.convert_to_described(
            item.id, "Naaktfoto van een leerling uit 2B; niet bewaard.",
            Circulation(where="Snapchat en WhatsApp", groups=("2B chat",),
                        first_sender="account @anon", first_seen="zaterdag 23:10",
                        estimated_reach="tientallen"))
        assert converted.kind is EvidenceKind.DESCRIBED_ONLY
        assert converted.bytes_destroyed_at is not None and not converted.has_thumbnail
        assert converted.sha256 == item.sha256  # the hash-only record stays
        assert vault._gateway.query("SELECT count(*) FROM evidence_chunks")[0][0] == 0
        audit = vault.audit.entries(action_prefix="evidence.converted")
        assert audit[0].details["sha256"] == item.sha256
        assert store.make_thumbnail(item.id) is False
        assert vault.verify().ok
        history = store.metadata_history(item.id)
        assert history[-1].metadata.circulation.estimated_reach == "tientallen"
    exported = decrypt_copy(vault_path, plain)
    assert b"Naaktfoto van een leerling" in exported  # the description is there ...
    assert [n for n in needles if n in exported] == []  # ... the image is not
    assert files_containing(vault_path.parent, needles) == []


# ----------------------------------------------------------------------------- kill -9
_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.evidence import EvidenceStore
    from app.casefile import CaseFile
    vault = CaseFile.open(Path(sys.argv[1]), sys.argv[2])
    target = vault.open_worker() if sys.argv[4] == "wal" else vault
    def progress(done, total):
        if done >= 24 * 1024 * 1024 and not getattr(progress, "told", False):
            progress.told = True
            print("schrijft", flush=True)
    target.evidence.import_file(1, Path(sys.argv[3]), progress=progress)
    print("klaar", flush=True)
""")


@pytest.mark.parametrize("journal", ["bulk", "wal"])
def test_kill_9_during_big_import_leaves_no_partial_item(tmp_path, vault_path, journal) -> None:
    with CaseFile.create(vault_path, PASSWORD, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Groot", CaseKind.ONLINE_PESTEN, date(2026, 1, 2)))
        vault.evidence.import_bytes(case.id, b"eerder bewijs", "eerder.txt")
    source = tmp_path / "video.mp4"
    block = os.urandom(CHUNK_SIZE)
    with source.open("wb") as fh:
        for i in range(200):
            fh.write(i.to_bytes(4, "big") + block[4:])
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(vault_path), PASSWORD, str(source), journal],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        # The child says so after 24 chunks went into the open import transaction.
        assert line.strip() == "schrijft", child.stderr.read() if child.stderr else ""
        # Prove the kill lands inside the import transaction of the intended journal.
        if journal == "bulk":
            assert Path(f"{vault_path}-journal").exists()
            assert not Path(f"{vault_path}-wal").exists()
        else:
            assert Path(f"{vault_path}-wal").stat().st_size > 8 * CHUNK_SIZE
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with CaseFile.open(vault_path, PASSWORD) as vault:
        store = vault.evidence
        items = store.list_for_case(1)
        assert [i.original_name for i in items] == ["eerder.txt"]
        assert vault._gateway.query("SELECT count(*) FROM evidence_chunks")[0][0] == 1
        assert vault.verify().ok
        # The vault is fully usable: the same file imports cleanly now.
        item = store.import_file(1, source)
        assert item.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()


def test_verify_compares_the_stored_hash_with_the_one_audited_at_import(vault, store,
                                                                         case) -> None:
    """Issue 19 (9): evidence bytes changed together with their stored hash passed verify;
    the hash the audit log recorded at import was never compared."""
    item = store.import_bytes(case.id, b"het echte bewijs", "echt.txt")
    store.import_bytes(case.id, b"ander bewijs", "ander.txt")
    assert vault.verify().ok
    forged = b"iets anders"
    conn = vault._gateway.conn
    conn.execute("DROP TRIGGER evidence_chunks_no_update")
    for trigger in [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name = 'evidence_items' AND sql LIKE '%BEFORE UPDATE%'")]:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("UPDATE evidence_chunks SET data = ? WHERE item_id = ?", (forged, item.id))
    conn.execute("UPDATE evidence_items SET sha256 = ?, size = ? WHERE id = ?",
                 (hashlib.sha256(forged).hexdigest(), len(forged), item.id))
    problems = [dutch(p) for p in vault.verify().problems]
    assert problems == [
        f"Bewijs: de opgeslagen SHA-256 van bewijsstuk B1 van {case.reference} is niet die "
        "uit de auditlog bij het importeren; het bewijsstuk is daarna veranderd."]


def test_verify_finds_an_item_planted_without_an_audit_row(vault, store, case) -> None:
    item = store.import_bytes(case.id, b"bewijs", "b.txt")
    conn = vault._gateway.conn
    conn.execute("DROP TRIGGER evidence_items_arrival_audited")   # someone who drops it
    columns = [r[1] for r in conn.execute("PRAGMA table_info(evidence_items)") if r[1] != "id"]
    names = ", ".join(columns)
    values = ", ".join("number + 1" if c == "number" else c for c in columns)
    conn.execute(f"INSERT INTO evidence_items ({names}) SELECT {values} FROM evidence_items"
                 " WHERE id = ?", (item.id,))
    problems = [dutch(p) for p in vault.verify().problems]
    assert f"Bewijs: bewijsstuk B2 van {case.reference} staat niet in de auditlog; het is " \
           "buiten de app om toegevoegd." in problems
    assert not [p for p in problems if "B1 " in p]


def test_without_dropping_a_trigger_sql_cannot_plant_empty_or_rewrite(vault, store,
                                                                       case) -> None:
    """Issue 19 (9): SQL could empty an item's bytes, plant an item or change an entry's
    text with no revision and no audit row, without dropping any trigger."""
    item = store.import_bytes(case.id, b"bewijs", "b.txt")
    conn = vault._gateway.conn
    columns = [r[1] for r in conn.execute("PRAGMA table_info(evidence_items)") if r[1] != "id"]
    values = ", ".join("number + 1" if c == "number" else c for c in columns)
    with pytest.raises(sqlcipher.IntegrityError, match="only through the app"):
        conn.execute(f"INSERT INTO evidence_items ({', '.join(columns)}) SELECT {values}"
                     " FROM evidence_items WHERE id = ?", (item.id,))
    with pytest.raises(sqlcipher.IntegrityError, match="only through the app"):
        conn.execute("UPDATE evidence_items SET kind = 'described-only',"
                     " bytes_destroyed_at = '2026-11-30T10:00:00+00:00' WHERE id = ?",
                     (item.id,))
    entry = vault.timeline.add(case.id, EntryKind.NOTITIE, "wat er gebeurde",
                               datetime(2026, 11, 20, tzinfo=UTC))
    with pytest.raises(sqlcipher.IntegrityError, match="only with a revision"):
        conn.execute("UPDATE entries SET text = 'iets anders' WHERE id = ?", (entry.id,))
    # the app's own paths still work, each with its audit row or revision
    vault.timeline.edit_text(entry.id, "wat er echt gebeurde")
    assert [r.text for r in vault.timeline.revisions(entry.id)] == ["wat er gebeurde"]
    store.convert_to_described(item.id, "Een foto van het bericht.", Circulation(where="WhatsApp"))
    assert vault.verify().ok
