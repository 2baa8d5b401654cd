"""The protocols a case can choose from: the shipped ones plus the school's own folder.

Loaded once and cached; `reload()` re-reads the folders (after the school dropped in a
new file). Each protocol comes with the SHA-256 of its file, stored when a case chooses
it, so a later change of the file is visible.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from pathlib import Path

import platformdirs

from app.errors import NotFoundError
from app.protocols import (
    MELDING,
    SHIPPED_PROTOCOLS_DIR,
    Deadline,
    DeadlineKind,
    Protocol,
    ProtocolFileError,
    load_protocols,
)


def school_protocols_dir() -> Path:
    """Where a school drops its own protocol files."""
    return Path(platformdirs.user_data_dir("Pestdossier", appauthor=False)) / "protocols"


def file_hash(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def severe_variant(protocol: Protocol) -> Protocol:
    """The protocol for a severe case (urgency hoog or acuut): a deadline with
    `severe_after` counts from that earlier step (zesstappenplan: the parents within a
    week after step 1 instead of step 3)."""
    steps = tuple(
        dataclasses.replace(s, deadline=dataclasses.replace(
            s.deadline, after=s.deadline.severe_after, severe_after=None))
        if s.deadline is not None and s.deadline.severe_after else s
        for s in protocol.steps)
    return dataclasses.replace(protocol, steps=steps)


def same_day_variant(protocol: Protocol) -> Protocol:
    """The protocol for an acute case: severe, and steps counted from the melding happen
    that day. A date the protocol only suggests stays a suggestion."""
    steps = tuple(
        dataclasses.replace(s, deadline=Deadline(MELDING, DeadlineKind.SAME_DAY,
                                                 suggestion=s.deadline.suggestion))
        if s.deadline is not None and s.deadline.after == MELDING else s
        for s in severe_variant(protocol).steps)
    return dataclasses.replace(protocol, steps=steps)


class ProtocolRegistry:
    def __init__(self, dirs: list[Path] | None = None) -> None:
        """`dirs`: folders in order, later ones override; default shipped + school folder."""
        self.dirs = [Path(d) for d in dirs] if dirs is not None else [
            SHIPPED_PROTOCOLS_DIR, school_protocols_dir()]
        self._lock = threading.Lock()
        self._protocols: dict[str, Protocol] | None = None
        self._hashes: dict[str, str] = {}
        self._acute: dict[str, Protocol] = {}
        self._severe: dict[str, Protocol] = {}
        self._errors: list[ProtocolFileError] = []

    def _ensure(self) -> dict[str, Protocol]:
        with self._lock:
            if self._protocols is None:
                loaded, errors = load_protocols(self.dirs)
                self._protocols = {p.id: p for p in loaded}
                self._hashes = {p.id: file_hash(p.source) for p in loaded}
                self._acute, self._severe = {}, {}
                self._errors = errors
            return self._protocols

    def reload(self) -> None:
        with self._lock:
            self._protocols = None
        self._ensure()

    def all(self) -> list[Protocol]:
        """Every available protocol, by name."""
        return sorted(self._ensure().values(), key=lambda p: p.name.lower())

    @property
    def errors(self) -> list[ProtocolFileError]:
        """Problems in protocol files (bad school files); those files are skipped."""
        self._ensure()
        return list(self._errors)

    def find(self, protocol_id: str) -> Protocol | None:
        return self._ensure().get(protocol_id)

    def get(self, protocol_id: str) -> Protocol:
        protocol = self.find(protocol_id)
        if protocol is None:
            raise NotFoundError("protocol.not_found", protocol=protocol_id)
        return protocol

    def content_hash(self, protocol_id: str) -> str:
        self._ensure()
        return self._hashes.get(protocol_id, "")

    def acute(self, protocol_id: str) -> Protocol:
        """Cached same-day variant for acute cases."""
        protocol = self.get(protocol_id)
        with self._lock:
            if protocol_id not in self._acute:
                self._acute[protocol_id] = same_day_variant(protocol)
            return self._acute[protocol_id]

    def severe(self, protocol_id: str) -> Protocol:
        """Cached variant for severe cases (urgency hoog)."""
        protocol = self.get(protocol_id)
        with self._lock:
            if protocol_id not in self._severe:
                self._severe[protocol_id] = severe_variant(protocol)
            return self._severe[protocol_id]


_DEFAULT: ProtocolRegistry | None = None


def default_registry() -> ProtocolRegistry:
    """One shared registry for the app (the shipped folder plus the school's folder)."""
    global _DEFAULT  # noqa: PLW0603 - a process-wide cache
    if _DEFAULT is None:
        _DEFAULT = ProtocolRegistry()
    return _DEFAULT
