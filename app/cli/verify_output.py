"""What `pestdossier-cli verify` prints: a Dutch summary per check, and on request
(`--report FILE`) a report file with every problem and the raw details behind them.

The summary never shows SQLite's own English lines: a damaged vault could print a
hundred of them, which tells the counsellor nothing. They go into the report, which an
IT administrator can read; it is written 0600 like every other file the app writes.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TextIO

from app.atomic import write_atomically
from app.verify import CheckResult, VerifyReport
from app.wording import dutch

#: Problems listed per check in the summary; the report has all of them.
SHOWN_PER_CHECK = 10


class TerminalProgress:
    """`Controleren: 42%` on one line of stderr, only when stderr is a terminal (a script
    reading stderr gets no carriage returns); at most five updates a second."""

    INTERVAL = 0.2

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self.active = self._stream.isatty()
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.active or (now - self._last < self.INTERVAL and done < total):
            return
        self._last = now
        percent = 100 * done // total if total else 100
        self._stream.write(f"\rControleren: {percent}% ({done / 1e6:.0f} van "
                           f"{total / 1e6:.0f} MB bewijs)")
        self._stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()


def _count(problems: int) -> str:
    return "in orde" if not problems else (
        "1 probleem" if problems == 1 else f"{problems} problemen")


def summary_lines(report: VerifyReport, *, report_file: Path | None) -> list[str]:
    """The Dutch summary: one line per check, then its first problems."""
    lines: list[str] = []
    for check in report.checks:
        lines.append(f"gecontroleerd: {dutch(check.what)}: {_count(len(check.problems))}")
        lines.extend(f"    {dutch(p)}" for p in check.problems[:SHOWN_PER_CHECK])
        hidden = len(check.problems) - SHOWN_PER_CHECK
        if hidden > 0:
            lines.append(f"    ... en nog {hidden}.")
        if (hidden > 0 or check.details) and report_file is None:
            lines.append("    De volledige gegevens staan in een rapport: "
                         "gebruik --report BESTAND.")
    if report.cancelled:
        lines.append("De controle is afgebroken; niet alles is gecontroleerd.")
    if report_file is not None:
        lines.append(f"Rapport geschreven: {report_file}")
    return lines


def _check_section(check: CheckResult) -> list[str]:
    lines = [f"== {dutch(check.what)}: {_count(len(check.problems))}"]
    lines.extend(f"- {dutch(p)}" for p in check.problems)
    if check.details:
        lines.append("Ruwe meldingen (zoals de opslag ze geeft):")
        lines.extend(f"  {detail}" for detail in check.details)
    return lines


def write_report(report: VerifyReport, vault: Path, target: Path) -> None:
    """Every problem and raw detail, per check, as UTF-8 text (mode 0600)."""
    lines = [
        "Pestdossier: controle van de kluis",
        f"Kluis: {vault}",
        f"Moment: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Uitkomst: {'in orde' if report.ok else 'problemen gevonden'}",
        "",
    ]
    for check in report.checks:
        lines.extend([*_check_section(check), ""])
    if report.cancelled:
        lines.append("De controle is afgebroken; niet alles is gecontroleerd.")
    write_atomically(target, "\n".join(lines).encode("utf-8"))
