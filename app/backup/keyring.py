"""The vault's own backup keys: the key-encryption keys derived from the password and from
the recovery code, kept in the encrypted vault (`meta`, never copied into a backup), and
rewrapping the slots of existing backups when one of them changes."""

from __future__ import annotations

import json
from pathlib import Path

from app.atomic import pending_file
from app.backup import keys
from app.backup.container import Container, append_header, copy_database, read_container
from app.backup.writer import Slot
from app.timeutil import to_storage
from app.vault import Vault

PASSWORD = "password"  # noqa: S105 - the slot kind, not a password
RECOVERY = "recovery"
_META = "backup.key.{kind}"


def stored_slot(vault: Vault, kind: str) -> Slot | None:
    text = vault.get_meta(_META.format(kind=kind))
    if not text:
        return None
    data = json.loads(text)
    return Slot(kind, keys.KekSpec.from_json(data["spec"]), bytes.fromhex(data["kek"]))


def derive_slot(kind: str, secret: str, spec: keys.KekSpec | None = None) -> Slot:
    spec = spec or keys.KekSpec.fresh()
    return Slot(kind, spec, spec.derive(secret))


def store_slot(vault: Vault, slot: Slot, action: str) -> None:
    value = json.dumps({"spec": slot.spec.as_json(), "kek": slot.kek.hex()})
    with vault.write() as tx:
        tx.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                   "DO UPDATE SET value = excluded.value",
                   (_META.format(kind=slot.kind), value))
        tx.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                   "DO UPDATE SET value = excluded.value",
                   (f"backup.{slot.kind}_set_at", to_storage(vault.clock.now())))
        vault.audit.record(tx, action)


def data_key(container: Container, slot: Slot) -> bytes:
    box = container.slot(slot.kind)
    if box is None:
        raise keys.BackupKeyError("backup.no_slot")
    return keys.unseal(slot.kek, box, f"slot:{slot.kind}")


def unlock_with_secret(container: Container, kind: str, secret: str) -> tuple[bytes, Slot]:
    """The data key of a backup from a typed password or recovery code (slow: Argon2id)."""
    box = container.slot(kind)
    if box is None:
        raise keys.BackupKeyError("backup.no_slot")
    slot = derive_slot(kind, secret, keys.KekSpec.from_json(box))
    return data_key(container, slot), slot


def rewrap(path: Path, opener: Slot, new: Slot) -> None:
    """Replace one slot of a backup (open it with `opener`); atomically, by copying."""
    container = read_container(path)
    key = data_key(container, opener)
    header = dict(container.header)
    header["slots"] = [s for s in container.slots if s.get("kind") != new.kind]
    header["slots"].append(new.wrap(key))
    with pending_file(path, mode=0o600) as pending:
        copy_database(container, pending.handle)
        append_header(pending.handle, header)
        pending.commit()
