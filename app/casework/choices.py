"""Which protocol a case follows. Switching adds a row; earlier rows and their records stay."""

from __future__ import annotations

from app.casework._base import CHOICE_COLUMNS, Repo, choice_from_row
from app.casework.model import ProtocolChoice
from app.errors import InvalidInputError


class ProtocolChoices(Repo):
    def choose(self, case_id: int, protocol_id: str, reason: str = "") -> ProtocolChoice:
        """Set (or switch) the case's protocol, storing its version and file hash."""
        self._require_case(case_id)
        protocol = self._registry.get(protocol_id)
        current = self.current_choice(case_id)
        if current is not None and current.protocol_id == protocol_id:
            raise InvalidInputError("protocol.already_followed")
        content_hash = self._registry.content_hash(protocol_id)
        with self._vault.write() as tx:
            cur = tx.execute(
                "INSERT INTO case_protocols (case_id, protocol_id, protocol_name,"
                " protocol_version, content_hash, reason, chosen_at) VALUES (?,?,?,?,?,?,?)",
                (case_id, protocol.id, protocol.name, protocol.version, content_hash,
                 reason.strip(), self._now()))
            choice_id = int(cur.lastrowid or 0)
            self._touch(tx, case_id)
            self._audit(tx, "casework.protocol_chosen", case_id, protocol=protocol.id,
                        previous=current.protocol_id if current else None,
                        content_hash=content_hash, choice_id=choice_id)
        return self.get(choice_id)

    def get(self, choice_id: int) -> ProtocolChoice:
        rows = self._vault.query(f"SELECT {CHOICE_COLUMNS} FROM case_protocols WHERE id = ?",
                                 (choice_id,))
        if not rows:
            raise InvalidInputError("protocol.choice_not_found")
        return choice_from_row(rows[0])

    def current(self, case_id: int) -> ProtocolChoice | None:
        return self.current_choice(case_id)

    def history(self, case_id: int) -> list[ProtocolChoice]:
        """Every protocol the case followed, oldest first."""
        rows = self._vault.query(f"SELECT {CHOICE_COLUMNS} FROM case_protocols WHERE case_id = ?"
                                 " ORDER BY id", (case_id,))
        return [choice_from_row(r) for r in rows]
