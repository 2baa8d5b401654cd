"""Retention rules as data: TOML files in resources/retention plus the school's own folder.

The format is in the header of resources/retention/bewaartermijnen.toml. A file with an
error becomes a `RetentionFileError` (file, line, problem) and is skipped; the shipped
rules keep working. Limits on size and nesting are those of protocol files.
"""

from __future__ import annotations

import stat
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import NotFoundError
from app.protocols import Duration, ProtocolFileError
from app.protocols.limits import MAX_FILE_BYTES, MAX_STEPS
from app.protocols.locator import LineLocator, TablePath
from app.protocols.toml_text import parse_toml
from app.resources import resource_path

#: The folder with the rules that ship with the app.
SHIPPED_RETENTION_DIR = resource_path("retention")

_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_-")
_KEYS = {"id", "label", "kind", "explanation", "report_margin", "term", "default"}
_REQUIRED = ("id", "label", "kind", "explanation")


class RuleKind(StrEnum):
    AFTER_CLOSING = "after_closing"   # closed, follow-up over, counted in a yearly report
    AFTER_LEAVING = "after_leaving"   # a term after the pupil leaves the school
    CUSTOM = "custom"                 # a date the counsellor chooses, with a reason


@dataclass(frozen=True)
class RetentionRule:
    id: str
    label: str
    kind: RuleKind
    explanation: str
    # after_closing: the time after 31 July to make the yearly report
    report_margin: Duration = field(default_factory=Duration)
    term: Duration = field(default_factory=Duration)   # after_leaving: after leaving
    default: bool = False
    source: Path | None = None


class RetentionFileError(ProtocolFileError):
    """A problem in a retention rules file: 'bewaartermijnen.toml, regel 14: melding'.
    Worded like a protocol file's problem (same codes): file, line, detail in Dutch."""


def school_retention_dir() -> Path:
    """Where a school drops its own rules file."""
    return Path(platformdirs.user_data_dir("Pestdossier", appauthor=False)) / "retention"


class _Reader:
    def __init__(self, path: Path, text: str) -> None:
        self.path, self.loc = path, LineLocator(text)
        self.errors: list[RetentionFileError] = []

    def err(self, message: str, tpath: TablePath = (), key: str | None = None) -> None:
        self.errors.append(RetentionFileError(self.path, self.loc.line(tpath, key), message))

    def text(self, raw: dict[str, Any], key: str, tpath: TablePath) -> str:
        value = raw.get(key, "")
        if not isinstance(value, str) or (key in _REQUIRED and not value.strip()):
            self.err(f"'{key}' moet een (niet-lege) tekst zijn", tpath, key)
            return ""
        return value.strip()

    def duration(self, raw: dict[str, Any], key: str, tpath: TablePath) -> Duration:
        value = raw.get(key)
        try:
            duration = Duration.parse(value) if isinstance(value, str) else None
        except ValueError as exc:
            self.err(str(exc), tpath, key)
            return Duration()
        if duration is None or duration.is_zero:
            self.err(f"'{key}' moet een duur zijn, zoals \"2y\" of \"1m\"", tpath, key)
            return Duration()
        return duration

    def rule(self, raw: Any, index: int) -> RetentionRule | None:
        tpath: TablePath = ("rules", index)
        if not isinstance(raw, dict):
            self.err("een regel moet een tabel zijn ([[rules]])", tpath)
            return None
        for key in sorted(set(raw) - _KEYS):
            self.err(f"onbekende sleutel '{key}'", tpath, key)
        for key in _REQUIRED:
            if key not in raw:
                self.err(f"regel {index + 1}: verplicht veld '{key}' ontbreekt", tpath)
        rule_id = self.text(raw, "id", tpath)
        if rule_id and not set(rule_id) <= _ID_CHARS:
            self.err(f"'{rule_id}' is geen geldige id (kleine letters, cijfers, _ en -)",
                     tpath, "id")
        try:
            kind = RuleKind(str(raw.get("kind")))
        except ValueError:
            kinds = ", ".join(f"'{k.value}'" for k in RuleKind)
            self.err(f"'kind' moet een van {kinds} zijn", tpath, "kind")
            return None
        margin = term = Duration()
        if kind is RuleKind.AFTER_CLOSING:
            margin = self.duration(raw, "report_margin", tpath)
        if kind is RuleKind.AFTER_LEAVING:
            term = self.duration(raw, "term", tpath)
        default = raw.get("default", False)
        if not isinstance(default, bool):
            self.err("'default' moet true of false zijn", tpath, "default")
        return RetentionRule(rule_id, self.text(raw, "label", tpath), kind,
                             self.text(raw, "explanation", tpath), margin, term,
                             default is True, self.path)

    def rules(self, data: dict[str, Any]) -> list[RetentionRule]:
        for key in sorted(set(data) - {"rules"}):
            self.err(f"onbekende sleutel '{key}' (bedoelde u [[rules]]?)", (), key)
        raw_rules = data.get("rules", [])
        if not isinstance(raw_rules, list) or not raw_rules:
            self.err("het bestand heeft geen [[rules]]", ())
            return []
        if len(raw_rules) > MAX_STEPS:
            self.err(f"te veel [[rules]]: {len(raw_rules)}, hoogstens {MAX_STEPS}", ())
            return []
        found = [r for i, raw in enumerate(raw_rules) if (r := self.rule(raw, i)) is not None]
        ids = [r.id for r in found]
        for i, rule in enumerate(found):
            if ids.index(rule.id) != i:
                self.err(f"regel-id '{rule.id}' komt meer dan eens voor", ("rules", i), "id")
        if sum(r.default for r in found) > 1:
            self.err("'default = true' mag bij hoogstens één regel staan", ())
        return found


def parse_rules_text(text: str, path: Path) -> tuple[list[RetentionRule], list[RetentionFileError]]:
    """The rules in one file's text, or none and every problem found."""
    path = Path(path)
    if len(text) > MAX_FILE_BYTES:
        return [], [RetentionFileError(path, None, _too_big())]
    data, syntax = parse_toml(text)
    if data is None:
        line, column, message = syntax or (None, None, "")
        return [], [RetentionFileError(path, line, message, column)]
    reader = _Reader(path, text)
    rules = reader.rules(data)
    errors = sorted(reader.errors, key=lambda e: e.line or 0)
    return ([] if errors else rules), errors


def _too_big() -> str:
    return f"het bestand is te groot (hoogstens {MAX_FILE_BYTES // (1024 * 1024)} MB)"


def read_rules_file(path: Path) -> tuple[list[RetentionRule], list[RetentionFileError]]:
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):   # a FIFO would hang
            return [], [RetentionFileError(path, None, "is geen gewoon bestand")]
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return [], [RetentionFileError(path, None, _too_big())]
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        return [], [RetentionFileError(path, None,
                                       f"kan het bestand niet lezen: {exc.strerror}")]
    except UnicodeDecodeError:
        return [], [RetentionFileError(path, None, "het bestand is geen UTF-8-tekst")]
    return parse_rules_text(text, path)


def load_rules(dirs: list[Path]) -> tuple[dict[str, RetentionRule], list[RetentionFileError]]:
    """Every *.toml in `dirs`, in order; a later folder's rule replaces one with its id,
    and a later default replaces the earlier default. A bad file is reported and skipped."""
    found: dict[str, RetentionRule] = {}
    errors: list[RetentionFileError] = []
    for folder in map(Path, dirs):
        if not folder.exists():
            continue
        if not folder.is_dir():
            errors.append(RetentionFileError(folder, None, "is geen map"))
            continue
        for path in sorted(folder.glob("*.toml")):
            rules, file_errors = read_rules_file(path)
            errors.extend(file_errors)
            if any(r.default for r in rules):
                found = {k: _without_default(r) for k, r in found.items()}
            found.update({r.id: r for r in rules})
    return found, errors


def _without_default(rule: RetentionRule) -> RetentionRule:
    return RetentionRule(rule.id, rule.label, rule.kind, rule.explanation, rule.report_margin,
                         rule.term, False, rule.source)


class RetentionRules:
    """The rules a case can choose from; loaded once, `reload()` after a school's edit."""

    def __init__(self, dirs: list[Path] | None = None) -> None:
        self.dirs = [Path(d) for d in dirs] if dirs is not None else [
            SHIPPED_RETENTION_DIR, school_retention_dir()]
        self._lock = threading.Lock()
        self._rules: dict[str, RetentionRule] | None = None
        self._ordered: list[RetentionRule] = []   # `all()`, asked once per case of a list
        self._errors: list[RetentionFileError] = []

    def _ensure(self) -> dict[str, RetentionRule]:
        with self._lock:
            if self._rules is None:
                self._rules, self._errors = load_rules(self.dirs)
                kinds = list(RuleKind)
                self._ordered = sorted(self._rules.values(),
                                       key=lambda r: (not r.default, kinds.index(r.kind)))
            return self._rules

    def reload(self) -> None:
        with self._lock:
            self._rules = None
        self._ensure()

    def all(self) -> list[RetentionRule]:
        """Every rule: the default first, then by kind as the file orders them."""
        self._ensure()
        with self._lock:
            return list(self._ordered)

    @property
    def errors(self) -> list[RetentionFileError]:
        self._ensure()
        return list(self._errors)

    def find(self, rule_id: str) -> RetentionRule | None:
        return self._ensure().get(rule_id)

    def get(self, rule_id: str) -> RetentionRule:
        rule = self.find(rule_id)
        if rule is None:
            raise NotFoundError("retention.rule_unknown", rule=rule_id,
                                allowed=tuple(r.id for r in self.all()))
        return rule

    @property
    def default(self) -> RetentionRule | None:
        """The rule of a case nobody chose one for (None only if every file is broken)."""
        rules = self.all()
        return next((r for r in rules if r.default), None) or next(
            (r for r in rules if r.kind is RuleKind.AFTER_CLOSING), None)


_DEFAULT: RetentionRules | None = None


def default_retention_rules() -> RetentionRules:
    """One shared set for the app (the shipped file plus the school's folder)."""
    global _DEFAULT  # noqa: PLW0603 - a process-wide cache, like the protocol registry
    if _DEFAULT is None:
        _DEFAULT = RetentionRules()
    return _DEFAULT
