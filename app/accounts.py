"""The accounts of a case: one list per case of the accounts seen in its evidence.

    acc = case_file.accounts.add(case_id, "Instagram", "@nachtuil", display_name="Uil",
                                 url="https://instagram.com/nachtuil", person_id=None)
    case_file.accounts.list(case_id)          # every account, each linked or "onbekend"
    case_file.accounts.find(case_id, "Instagram", "nachtuil")

Evidence metadata names the accounts shown in an item by handle and display name; this
list keeps the profile URL and who is behind each one (a person of the case, or nobody
yet). The identity register, the police manifest and search read it. Every change is
audited; the handle itself never goes into the audit details.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInputError, NotFoundError
from app.timeutil import to_storage

if TYPE_CHECKING:
    from app.vault import Vault


@dataclass(frozen=True)
class CaseAccount:
    id: int
    case_id: int
    platform: str
    handle: str                 # without the leading @
    display_name: str = ""
    url: str = ""
    person_id: int | None = None  # None: "onbekend"
    person_name: str = ""

    @property
    def shown(self) -> str:
        """'@handle (Display name)' as a list shows it."""
        text = f"@{self.handle}" if self.handle else self.display_name
        if self.handle and self.display_name:
            text += f" ({self.display_name})"
        return text


_COLUMNS = ("a.id, a.case_id, a.platform, a.handle, a.display_name, a.url, a.person_id,"
            " coalesce(p.name, '')")
_FROM = " FROM case_accounts a LEFT JOIN people p ON p.id = a.person_id"
_MAX = 500


def _account(row: tuple[Any, ...]) -> CaseAccount:
    return CaseAccount(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])


def _one_line(text: str) -> str:
    return " ".join(text.split())


def clean_fields(platform: str, handle: str, display_name: str, url: str
                 ) -> tuple[str, str, str, str]:
    """Trimmed fields; the handle loses its @; refuses an account without any name."""
    platform, display_name = _one_line(platform), _one_line(display_name)
    handle = _one_line(handle).lstrip("@").strip()
    url = url.strip()
    if not handle and not display_name:
        raise InvalidInputError("account.name_missing")
    if any(ch.isspace() for ch in url):
        raise InvalidInputError("evidence.url_with_space", url=url)
    if any(len(t) > _MAX for t in (platform, handle, display_name, url)):
        raise InvalidInputError("account.too_long")
    return platform, handle, display_name, url


class AccountService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list(self, case_id: int) -> list[CaseAccount]:
        rows = self._vault.query(f"SELECT {_COLUMNS}{_FROM} WHERE a.case_id = ?"
                                 " ORDER BY lower(a.platform), lower(a.handle), a.id",
                                 (case_id,))
        return [_account(r) for r in rows]

    def get(self, account_id: int) -> CaseAccount:
        rows = self._vault.query(f"SELECT {_COLUMNS}{_FROM} WHERE a.id = ?", (account_id,))
        if not rows:
            raise NotFoundError("account.not_found")
        return _account(rows[0])

    def find(self, case_id: int, platform: str, handle: str) -> CaseAccount | None:
        """The account with this handle on this platform (case-insensitive), if listed."""
        handle = _one_line(handle).lstrip("@").casefold()
        platform = _one_line(platform).casefold()
        for account in self.list(case_id):
            if account.handle.casefold() == handle and account.platform.casefold() == platform:
                return account
        return None

    def add(self, case_id: int, platform: str, handle: str, *, display_name: str = "",
            url: str = "", person_id: int | None = None) -> CaseAccount:
        platform, handle, display_name, url = clean_fields(platform, handle, display_name, url)
        self._check_case_and_person(case_id, person_id)
        self._refuse_duplicate(case_id, platform, handle, display_name, None)
        with self._vault.write() as tx:
            cur = tx.execute(
                "INSERT INTO case_accounts (case_id, platform, handle, display_name, url,"
                " person_id, added_at) VALUES (?,?,?,?,?,?,?)",
                (case_id, platform, handle, display_name, url, person_id,
                 to_storage(self._vault.clock.now())))
            account_id = int(cur.lastrowid or 0)
            self._vault.audit.record(tx, "account.added", "case", case_id,
                                     account_id=account_id, person_id=person_id)
        return self.get(account_id)

    def update(self, account_id: int, platform: str, handle: str, *, display_name: str = "",
               url: str = "", person_id: int | None = None) -> CaseAccount:
        old = self.get(account_id)
        platform, handle, display_name, url = clean_fields(platform, handle, display_name, url)
        self._check_case_and_person(old.case_id, person_id)
        self._refuse_duplicate(old.case_id, platform, handle, display_name, account_id)
        with self._vault.write() as tx:
            tx.execute("UPDATE case_accounts SET platform = ?, handle = ?, display_name = ?,"
                       " url = ?, person_id = ? WHERE id = ?",
                       (platform, handle, display_name, url, person_id, account_id))
            self._vault.audit.record(tx, "account.changed", "case", old.case_id,
                                     account_id=account_id, person_id=person_id)
        return self.get(account_id)

    def remove(self, account_id: int) -> None:
        old = self.get(account_id)
        with self._vault.write() as tx:
            tx.execute("DELETE FROM case_accounts WHERE id = ?", (account_id,))
            self._vault.audit.record(tx, "account.removed", "case", old.case_id,
                                     account_id=account_id)

    def _check_case_and_person(self, case_id: int, person_id: int | None) -> None:
        if not self._vault.query("SELECT 1 FROM cases WHERE id = ?", (case_id,)):
            raise NotFoundError("case.not_found")
        if person_id is not None and not self._vault.query(
                "SELECT 1 FROM participants WHERE case_id = ? AND person_id = ?",
                (case_id, person_id)):
            raise InvalidInputError("account.person_not_in_case")

    def _refuse_duplicate(self, case_id: int, platform: str, handle: str, display_name: str,
                          own_id: int | None) -> None:
        for a in self.list(case_id):
            same_name = (a.handle.casefold() == handle.casefold() if handle
                         else not a.handle and a.display_name.casefold()
                         == display_name.casefold())
            if a.id != own_id and same_name and a.platform.casefold() == platform.casefold():
                raise InvalidInputError("account.duplicate", value=handle or display_name)
