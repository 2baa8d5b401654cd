"""Reading the audit log: its entries and a check of the hash chain.

Writing happens only inside the services' own transactions (the gateway's AuditLog);
this read-only view is what the front door offers everyone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.audit import AuditEntry, AuditReport

if TYPE_CHECKING:
    from app.vault import Vault


class AuditTrail:
    def __init__(self, gateway: Vault) -> None:
        self._gateway = gateway

    @property
    def actor(self) -> str:
        """Who new entries are recorded as (the vault's counsellor)."""
        return self._gateway.audit.actor

    def entries(self, *, object_type: str | None = None, object_id: int | None = None,
                action_prefix: str | None = None) -> list[AuditEntry]:
        return self._gateway.audit.entries(self._gateway.conn, object_type=object_type,
                                           object_id=object_id, action_prefix=action_prefix)

    def for_case(self, case_id: int) -> list[AuditEntry]:
        return self.entries(object_type="case", object_id=case_id)

    def verify(self) -> AuditReport:
        return self._gateway.verify_audit()
