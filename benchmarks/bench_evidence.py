"""Evidence performance: import of a big file against the bare SQLCipher floor, verify
speed, peak memory, thumbnails and the gallery query. Prints a table.

    python benchmarks/bench_evidence.py [--size-mib 1024] [--rounds 3] [--dir /tmp]

The floor is a minimal script that writes the same bytes in 1 MiB chunks into a fresh
SQLCipher database with default settings, measured in the same run. Every timed import
runs in its own child process so its peak RSS is its own. Disks in VMs are noisy:
floor, CLI-like and GUI-like runs rotate in order, each starts after `sync`, and the median of the
per-pair ratios is reported.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PASSWORD = "benchmark passphrase, not a secret 2026"
MIB = 1024 * 1024


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ----------------------------------------------------------------------------- children
def child_floor(source: Path, db: Path) -> dict[str, float]:
    import sqlcipher3.dbapi2 as sqlcipher  # noqa: PLC0415

    conn = sqlcipher.connect(str(db), isolation_level=None)
    conn.set_key(PASSWORD.encode())  # the driver's key API, as the app does
    conn.execute("CREATE TABLE chunks (id INTEGER PRIMARY KEY, data BLOB)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    with source.open("rb") as fh:
        while chunk := fh.read(MIB):
            conn.execute("INSERT INTO chunks (data) VALUES (?)", (chunk,))
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "rss_mb": _rss_mb()}


def child_app(source: Path, db: Path, gui_like: str) -> dict[str, float]:
    from datetime import date  # noqa: PLC0415

    from app.casefile import CaseFile  # noqa: PLC0415
    from app.cases import NewCase  # noqa: PLC0415
    from app.domain import CaseKind  # noqa: PLC0415

    vault = CaseFile.create(db, PASSWORD, check_strength=False)
    case = vault.cases.create(NewCase("benchmark", CaseKind.ONLINE_PESTEN, date(2026, 1, 5)))
    # The GUI keeps its own connection while a worker imports. "parked": as the window
    # does (ui.evidence.importing.parked_batch), that connection is parked for the import;
    # "wal": it stays open and the import stays in WAL (how it was before).
    worker = vault.open_worker() if gui_like else vault
    store = worker.evidence
    rss_before = _rss_mb()
    start = time.perf_counter()
    free = vault.park() if gui_like == "parked" else None
    try:
        item = store.import_file(case.id, source, thumbnail=False)
    finally:
        if free is not None:
            free.set()
    vault.cases.get(case.id)  # the window reads again: its connection is back
    seconds = time.perf_counter() - start
    rss = _rss_mb()
    result = {"seconds": seconds, "rss_mb": rss, "rss_before_mb": rss_before}
    os.sync()  # let the import's dirty pages reach the disk before timing reads
    import app.evidence.verify as evidence_verify  # noqa: PLC0415

    default_from = evidence_verify.PARALLEL_FROM
    for key, parallel_from in (("verify_single_seconds", 1 << 62),
                               ("verify_seconds", default_from)):
        evidence_verify.PARALLEL_FROM = parallel_from
        start = time.perf_counter()
        _what, problems = vault.evidence.verify()
        result[key] = time.perf_counter() - start
        result["verify_ok"] = float(not problems and item.size > 0)
    if worker is not vault:
        worker.close()
    vault.close()
    return result


def _run_child(kind: str, source: Path, db: Path) -> dict[str, float]:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    os.sync()  # each run starts with no dirty pages of the previous one
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(source), str(db)],
        check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return result


# ----------------------------------------------------------------------------- in-process
def _phone_png() -> bytes:
    from PIL import Image, ImageDraw  # noqa: PLC0415

    rng = random.Random(7)
    image = Image.new("RGB", (1170, 2532), "white")
    draw = ImageDraw.Draw(image)
    for y in range(0, 2532, 120):  # chat bubbles with some noise, like a screenshot
        x = rng.randrange(40, 500)
        draw.rounded_rectangle((x, y + 10, x + 600, y + 100), 24,
                               fill=(rng.randrange(200, 255), 240, rng.randrange(200, 255)))
        for _ in range(40):
            tx = x + rng.randrange(20, 560)
            draw.text((tx, y + 40), rng.choice("abcdefghijklmnop"), fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def bench_thumbnails(count: int = 20) -> float:
    from app.evidence.thumbnails import render  # noqa: PLC0415

    png = _phone_png()
    render(png)
    start = time.perf_counter()
    for _ in range(count):
        render(png)
    return (time.perf_counter() - start) / count


def bench_gallery(workdir: Path, items: int = 500) -> tuple[float, float]:
    """(seconds to import `items` small screenshots with thumbnails, seconds to list them
    with their thumbnails as a gallery would)."""
    from datetime import date  # noqa: PLC0415

    from PIL import Image  # noqa: PLC0415

    from app.casefile import CaseFile  # noqa: PLC0415
    from app.cases import NewCase  # noqa: PLC0415
    from app.domain import CaseKind  # noqa: PLC0415

    db = workdir / "gallery.pestdossier"
    vault = CaseFile.create(db, PASSWORD, check_strength=False)
    case = vault.cases.create(NewCase("galerij", CaseKind.ONLINE_PESTEN, date(2026, 1, 5)))
    store = vault.evidence
    start = time.perf_counter()
    for i in range(items):
        image = Image.new("RGB", (390, 844), (i % 256, i // 256, 120))
        out = io.BytesIO()
        image.save(out, "PNG")
        store.import_bytes(case.id, out.getvalue(), f"schermafbeelding-{i}.png")
    import_seconds = time.perf_counter() - start
    start = time.perf_counter()
    listed = store.list_for_case(case.id)
    thumbs = [store.thumbnail(item.id) for item in listed]
    gallery_seconds = time.perf_counter() - start
    assert len(listed) == items and all(thumbs)
    vault.close()
    return import_seconds, gallery_seconds


def _make_source(path: Path, size_mib: int) -> None:
    with path.open("wb") as fh:
        for _ in range(size_mib):
            fh.write(os.urandom(MIB))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", default=None, help="work folder (default: system temp)")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "SOURCE", "DB"))
    args = parser.parse_args()
    if args.child:
        kind, source, db = args.child
        if kind == "floor":
            result = child_floor(Path(source), Path(db))
        else:
            result = child_app(Path(source), Path(db),
                               gui_like=kind.removeprefix("app").removeprefix("-"))
        print(json.dumps(result))
        return 0

    workdir = Path(tempfile.mkdtemp(prefix="bench-evidence-", dir=args.dir))
    try:
        source = workdir / "bron.bin"
        _make_source(source, args.size_mib)
        size_mb = args.size_mib * MIB / 1e6
        floors, apps, guis, wals = [], [], [], []
        for round_no in range(args.rounds):
            # Runs in rotating order, so drift in a noisy VM hits every side alike.
            runs = [("floor", floors, "floor.db"), ("app", apps, "app.pestdossier"),
                    ("app-parked", guis, "gui.pestdossier")]
            shift = round_no % len(runs)
            for kind, results, name in runs[shift:] + runs[:shift]:
                results.append(_run_child(kind, source, workdir / name))
        wals.append(_run_child("app-wal", source, workdir / "wal.pestdossier"))
        floor_s = statistics.median(r["seconds"] for r in floors)
        app_s = statistics.median(r["seconds"] for r in apps)
        ratio = statistics.median(a["seconds"] / f["seconds"]
                                  for a, f in zip(apps, floors, strict=True))
        gui_s = statistics.median(r["seconds"] for r in guis)
        gui_ratio = statistics.median(g["seconds"] / f["seconds"]
                                      for g, f in zip(guis, floors, strict=True))
        wal_s = wals[0]["seconds"]
        verify_s = statistics.median(r["verify_seconds"] for r in apps)
        verify_single_s = statistics.median(r["verify_single_seconds"] for r in apps)
        peak = max(r["rss_mb"] for r in apps)
        thumb_s = bench_thumbnails()
        gallery_import_s, gallery_s = bench_gallery(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    rows = [
        ("floor: raw SQLCipher write (default settings)", f"{floor_s:.2f} s",
         f"{size_mb / floor_s:.0f} MB/s", ""),
        ("import end to end (hash, store, audit)", f"{app_s:.2f} s",
         f"{ratio:.2f}x floor (median of pairs)",
         "OK" if ratio <= 1.3 else "MISSED (<= 1.3x)"),
        ("import beside an open GUI connection", f"{gui_s:.2f} s",
         f"{gui_ratio:.2f}x floor (median of rounds)",
         "OK" if gui_ratio <= 1.3 else "MISSED (<= 1.3x)"),
        ("  the same without parking it (stays in WAL)", f"{wal_s:.2f} s",
         f"{wal_s / floor_s:.2f}x floor", "info"),
        ("verify: read back + re-hash (2 connections)", f"{verify_s:.2f} s",
         f"{size_mb / verify_s:.0f} MB/s",
         "OK" if size_mb / verify_s >= 300 else "MISSED (>= 300 MB/s)"),
        ("verify on one connection only (for comparison)", f"{verify_single_s:.2f} s",
         f"{size_mb / verify_single_s:.0f} MB/s", "info"),
        ("peak RSS during the import process", f"{peak:.0f} MB", "",
         "OK" if peak < 300 else "MISSED (< 300 MB)"),
        ("thumbnail of a 1170x2532 phone PNG", f"{thumb_s * 1000:.0f} ms", "", "info"),
        ("500 screenshots imported with thumbnails", f"{gallery_import_s:.1f} s", "", "info"),
        ("gallery: list 500 items + load thumbnails", f"{gallery_s * 1000:.0f} ms", "",
         "OK" if gallery_s < 1 else "MISSED (< 1 s)"),
    ]
    floor_runs = ", ".join(f"{r['seconds']:.2f}" for r in floors)
    app_runs = ", ".join(f"{r['seconds']:.2f}" for r in apps)
    app_runs += "; GUI runs: " + ", ".join(f"{r['seconds']:.2f}" for r in guis)
    print(f"\nEvidence benchmark: {args.size_mib} MiB, median of {args.rounds} rounds "
          f"(floor runs: {floor_runs} s; app runs: {app_runs} s)\n")
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
