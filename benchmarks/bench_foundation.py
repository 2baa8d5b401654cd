"""Foundation benchmark: a vault of 5,000 cases x 20 entries (100,000 entries).

Measures, in one run on the same generated vault:
- time from the password being entered to the first screen with the case list
  (key derivation, integrity check, migrations check, case list query; and, when Qt is
  available, the main window built and shown offscreen);
- full-text search median and p95 over 100 queries, next to the bare FTS5 query;
- peak memory (RSS) of a fresh process after opening.
Targets: first screen < 1.0 s, search median < 20 ms, peak memory < 250 MB.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.casefile import CaseFile  # noqa: E402
from app.cases import NewCase  # noqa: E402
from app.domain import CaseKind, EntryKind, Role  # noqa: E402
from app.search import to_match_expression  # noqa: E402
from app.vault import Vault  # noqa: E402

PASSWORD = "benchmark wachtwoord met genoeg lengte 2026"
WORDS = ("klas plein fiets app groep bericht foto schelden duwen tas kluisje gym pauze "
         "mentor ouders gesprek afspraak steungroep instagram snapchat tiktok discord "
         "buitengesloten uitgelachen bedreigd genegeerd verstopt kapot huilen bang alleen "
         "sticker filmpje schermafbeelding profiel wachtwoord gehackt nepaccount roddel").split()
NAMES = ("Noor Sem Daan Liv Yara Tygo Fenna Jesse Milan Lotte Iris Ties Mees Sara Bram Ravi "
         "Anouk Floor Jens Lina Odin Puck Stijn Veerle").split()


def vocabulary(rnd: random.Random, size: int = 6000) -> list[str]:
    """Common words plus invented rarer ones, so text follows a Zipf-like spread."""
    syllables = "ka lo me ri sa do ven tel bo mi stra pel gro dij ke nar wo si lu ber".split()
    rare = {"".join(rnd.choices(syllables, k=rnd.randint(2, 4))) for _ in range(size * 2)}
    return WORDS + sorted(rare)[:size]


def text(rnd: random.Random, vocab: list[str], weights: list[float], n: int) -> str:
    return " ".join(rnd.choices(vocab, weights=weights, k=n))


def generate(path: Path, cases: int = 5000, entries_per_case: int = 20) -> float:
    rnd = random.Random(2026)
    vocab = vocabulary(rnd)
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    start = time.perf_counter()
    kinds = list(CaseKind)
    vault = CaseFile.create(path, PASSWORD, check_strength=False)
    base = datetime(2024, 9, 1, 8, 0, tzinfo=UTC)
    with vault.batch():
        for c in range(cases):
            case = vault.cases.create(NewCase(
                text(rnd, vocab, weights, 4).capitalize(), rnd.choice(kinds),
                date(2024, 9, 1) + timedelta(days=c % 700), group_name=f"{1 + c % 6}{'ABC'[c % 3]}",
                description=text(rnd, vocab, weights, 25)))
            for name in rnd.sample(NAMES, 3):
                vault.people.add_new_to_case(case.id, f"{name} {c}", rnd.choice(list(Role)))
            for e in range(entries_per_case):
                vault.timeline.add(case.id, rnd.choice(list(EntryKind)),
                                   text(rnd, vocab, weights, 40),
                                   base + timedelta(days=c % 700, hours=e))
    vault.close()
    return time.perf_counter() - start


_OPEN_PROBE = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[3])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from app.casefile import CaseFile
gui = sys.argv[4] == "gui"
if gui:  # the app is already running when the password is typed
    from ui.main import create_app
    from ui.shell.main_window import MainWindow
    app = create_app(["pestdossier"])
    window = MainWindow(demo=True)  # demo: does not remember the path in QSettings
t0 = time.perf_counter()  # the password has been entered
vault = CaseFile.open(sys.argv[1], sys.argv[2])
t_open = time.perf_counter()
rows = vault.cases.list()
t_list = time.perf_counter()
if gui:
    window.show_vault(vault)  # builds the workspace and its case list model
    window.show()
    app.processEvents()
t_gui = time.perf_counter()
print(json.dumps({"open": t_open - t0, "list": t_list - t_open,
                  "gui": (t_gui - t_list) if gui else None, "rows": len(rows),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure_open(path: Path, gui: bool) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _OPEN_PROBE, str(path), PASSWORD, str(ROOT),
                          "gui" if gui else "core"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def queries(count: int = 100) -> list[str]:
    """What a counsellor types: a child's name, a word from a note, sometimes two words."""
    rnd = random.Random(7)
    vocab = vocabulary(random.Random(2026))
    result = []
    for i in range(count):
        if i % 3 == 0:
            result.append(f"{rnd.choice(NAMES)} {rnd.randint(0, 4999)}")
        elif i % 3 == 1:
            result.append(rnd.choice(vocab))
        else:
            result.append(" ".join(rnd.sample(vocab[:200], 2)))
    return result


def measure_todo(path: Path) -> tuple[float, int]:
    """'Te doen' over every case: a protocol on each, then the dashboard query."""
    protocols = ("zesstappenplan", "supportgroep", "vijf_bs")
    with CaseFile.open(path, PASSWORD) as vault:
        work = vault.casework
        with vault.batch():
            for n, case in enumerate(vault.cases.list()):
                work.protocols.choose(case.id, protocols[n % 3])
        start = time.perf_counter()
        todo = work.todo()
        return time.perf_counter() - start, len(todo.items)


def record_followup_steps(vault: CaseFile) -> int:
    """Every other case records the steps its protocol plans follow-ups after, a week
    after the melding, so the figures have follow-ups to judge."""
    registry = vault.casework.registry
    recorded = 0
    with vault.batch():
        for n, case in enumerate(vault.cases.list()):
            choice = vault.casework.protocols.current(case.id) if n % 2 == 0 else None
            protocol = registry.find(choice.protocol_id) if choice else None
            if protocol is None:
                continue
            steps = {a for f in protocol.followups for a in f.after if a in protocol.step_ids}
            day = case.reported_on + timedelta(days=7)
            at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
            for step_id in sorted(steps):
                vault.casework.steps.record(case.id, step_id, at,
                                            deviation_reason="benchmark")
                recorded += 1
    return recorded


def measure_yearly(path: Path) -> dict[str, float]:
    """The year overview's figures over every case (after measure_todo gave each a
    protocol and record_followup_steps recorded steps on half of them), next to the
    case-list query in the same run, and the PDF rendered."""
    from app.yearly import custom_period  # noqa: PLC0415
    from app.yearly.pdf import render_report  # noqa: PLC0415

    every_case = custom_period(date(2024, 8, 1), date(2026, 7, 31))
    with CaseFile.open(path, PASSWORD) as vault:
        steps = record_followup_steps(vault)
        t = time.perf_counter()
        vault.cases.list()
        listed = time.perf_counter() - t
        t = time.perf_counter()
        stats = vault.statistics.compute(every_case)
        counted = time.perf_counter() - t
        t = time.perf_counter()
        render_report(stats.report)
        rendered = time.perf_counter() - t
    return {"list": listed, "stats": counted, "pdf": rendered,
            "cases": float(stats.report.cases.low), "steps": float(steps),
            "followups": float(stats.report.table("vervolg").total.low)}


def measure_search(path: Path) -> tuple[list[float], list[float]]:
    app_times, bare_times = [], []
    # The floor goes to the gateway underneath: bare FTS5 without the app's ranking work.
    with Vault.open(path, PASSWORD) as gateway:
        case_file = CaseFile(gateway)
        for query in queries():
            t = time.perf_counter()
            case_file.search.search(query)
            app_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            gateway.conn.execute("SELECT rowid FROM search_index WHERE search_index MATCH ?"
                               " ORDER BY rank LIMIT 50", (to_match_expression(query),)).fetchall()
            bare_times.append(time.perf_counter() - t)
    return app_times, bare_times


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def run(cases: int = 5000) -> list[tuple[str, str, str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.pestdossier"
        gen = generate(path, cases)
        size_mb = path.stat().st_size / 1e6
        opened = [measure_open(path, gui=True) for _ in range(3)]
        best = min(opened, key=lambda o: o["open"] + o["list"] + (o["gui"] or 0))
        app_s, bare_s = measure_search(path)
        todo_s, todo_items = measure_todo(path)
        yearly = measure_yearly(path)
    first_screen = best["open"] + best["list"] + (best["gui"] or 0)
    rows = [
        ("vault generated", f"{cases} cases, {cases * 20} entries, {size_mb:.0f} MB",
         f"{gen:.1f} s", ""),
        ("open (KDF + checks + schema)", f"{best['open'] * 1000:.0f} ms", "", ""),
        ("case list query", f"{best['list'] * 1000:.0f} ms ({best['rows']} rows)", "", ""),
        ("main window shown (offscreen)",
         "n/a" if best["gui"] is None else f"{best['gui'] * 1000:.0f} ms", "", ""),
        ("first screen total", f"{first_screen:.2f} s", "< 1.0 s",
         "OK" if first_screen < 1.0 else "MISS"),
        ("search median (app)", f"{statistics.median(app_s) * 1000:.1f} ms", "< 20 ms",
         "OK" if statistics.median(app_s) < 0.020 else "MISS"),
        ("search p95 (app)", f"{p95(app_s) * 1000:.1f} ms", "", ""),
        ("search median / p95 (bare FTS5)",
         f"{statistics.median(bare_s) * 1000:.2f} / {p95(bare_s) * 1000:.2f} ms", "", ""),
        ("'te doen' over all cases (protocol each)",
         f"{todo_s * 1000:.0f} ms ({todo_items} items)", "", ""),
        ("year overview figures (all cases)",
         f"{yearly['stats'] * 1000:.0f} ms ({yearly['cases']:.0f} cases, "
         f"{yearly['steps']:.0f} steps, {yearly['followups']:.0f} follow-ups; case list "
         f"{yearly['list'] * 1000:.0f} ms)", "< 0.5 s", "OK" if yearly["stats"] < 0.5 else "MISS"),
        ("yearly report PDF rendered", f"{yearly['pdf'] * 1000:.0f} ms", "< 3 s",
         "OK" if yearly["pdf"] < 3 else "MISS"),
        ("peak memory after opening", f"{best['rss_mb']:.0f} MB", "< 250 MB",
         "OK" if best["rss_mb"] < 250 else "MISS"),
    ]
    return rows


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.table import print_table

    print_table("Foundation", run(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
