"""Shared fixtures: a real encrypted vault per test, an injectable clock."""

from __future__ import annotations

import os
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
