"""Ordered schema migrations on PRAGMA user_version.

Each migration is a module `mNNN_*.py` with `VERSION` and `apply(conn)`. They run in one
transaction on open; a vault newer than the last entry here is refused.
"""

from __future__ import annotations

from typing import Protocol

from app.vault.connection import Connection
from app.vault.migrations import (
    m001_foundation,
    m002_evidence,
    m003_casework,
    m004_identities,
    m005_drafts,
    m006_audited_changes,
    m007_destruction,
    m008_retention_consent,
    m009_access,
    m010_withdrawals,
    m011_intake,
    m012_forms,
    m013_inform,
    m014_chat_edits,
    m015_case_accounts,
    m016_case_marks,
    m017_search_case_index,
)


class Migration(Protocol):
    """What a migration module provides (modules satisfy protocols, so the tuple below
    is checked against it)."""

    VERSION: int

    def apply(self, conn: Connection) -> None: ...


MIGRATIONS: tuple[Migration, ...] = (m001_foundation, m002_evidence, m003_casework,
                                      m004_identities, m005_drafts, m006_audited_changes,
                                      m007_destruction,
                                      m008_retention_consent,
                                      m009_access,
                                      m010_withdrawals,
                                      m011_intake,
                                      m012_forms,
                                      m013_inform,
                                      m014_chat_edits,
                                      m015_case_accounts,
                                      m016_case_marks,
                                      m017_search_case_index)

LATEST_VERSION = MIGRATIONS[-1].VERSION
