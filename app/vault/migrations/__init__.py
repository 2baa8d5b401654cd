"""Ordered schema migrations on PRAGMA user_version.

Each migration is a module `mNNN_*.py` with `VERSION` and `apply(conn)`. They run in one
transaction on open; a vault newer than the last entry here is refused.
"""

from __future__ import annotations

from types import ModuleType

from app.vault.migrations import m001_foundation, m002_evidence, m003_casework

MIGRATIONS: tuple[ModuleType, ...] = (m001_foundation, m002_evidence, m003_casework)

LATEST_VERSION = MIGRATIONS[-1].VERSION
