"""Shared fixtures: a real encrypted vault per test, an injectable clock."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.casework import ProtocolRegistry
from app.protocols import SHIPPED_PROTOCOLS_DIR
from app.retention import SHIPPED_RETENTION_DIR, RetentionRules
from app.timeutil import Clock

# Strong enough for the real policy, so tests can also run with check_strength=True.
PASSWORD = "Zeventien paarse giraffen! 2026"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def clock() -> Clock:
    return Clock(lambda: datetime(2026, 11, 22, 13, 5, tzinfo=UTC))


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "kluis.pestdossier"


@pytest.fixture
def vault(vault_path: Path, clock: Clock) -> Iterator[CaseFile]:
    # Only the shipped protocols and retention rules: a test never reads the machine's own
    # school folders.
    v = CaseFile.create(vault_path, PASSWORD, counsellor="T. Tester", clock=clock,
                        registry=ProtocolRegistry([SHIPPED_PROTOCOLS_DIR]),
                        retention_rules=RetentionRules([SHIPPED_RETENTION_DIR]))
    yield v
    v.close()


# ------------------------------------------------------------------ leaving the process
# After a full run (about a thousand tests, each with its windows and dialogs) PySide6
# 6.12 can abort while Python finalizes: Qt objects of finished tests are destroyed in an
# order Qt does not expect ("pure virtual method called", or a segfault), after every
# result was reported and passed. That is the test process's teardown, not the app's: the
# app's own quit path is tested 20 times in a child process (tests/ui/shell, quit recipe)
# and must exit 0. So once pytest has written its summary, the test process leaves
# without finalizing, with pytest's own exit status.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if not _EXIT_STATUS or config.option.collectonly:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS[-1])
