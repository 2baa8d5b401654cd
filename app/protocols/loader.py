"""Read and validate protocol files (TOML) into `Protocol` objects.

Schema (the header comment of every file in resources/protocols spells it out):
root `id name description school_types [version extra_roles escalation]`;
`[conditions]` key = label; `[[steps]]` `id title guidance [participants deadline produces
checklist gates sets_conditions letters optional]` with `deadline = {after, within|about
[+tolerance]|same_day [suggestion severe_after]}`, `[steps.choice]` +
`[[steps.choice.options]]` and `[steps.guide]` (app/protocols/guides.py); `[[repeats]]`,
`[[followups]]`, `[[inform]]`, `[[consequences]]`. Durations: "2d", "1w", "1m", "2y".

Every problem becomes a `ProtocolFileError` with the file, the line (found by scanning
the text, since tomllib keeps no positions) and a Dutch message; unknown keys and names
get a "bedoelde u ...?" suggestion from difflib.
"""
from __future__ import annotations

import difflib
import re
import stat
from pathlib import Path
from typing import Any, TypeAlias, TypeVar, overload

from app.errors import PestdossierError
from app.protocols.checks import check_protocol
from app.protocols.consequences import CONSEQUENCE_KEYS, read_consequences
from app.protocols.guides import GUIDE_SPECS, read_guide
from app.protocols.inform import INFORM_KEYS, read_inform
from app.protocols.limits import MAX_FILE_BYTES, MAX_ROUNDS, MAX_STEPS
from app.protocols.locator import LineLocator, TablePath
from app.protocols.model import (
    Choice,
    ChoiceOption,
    Condition,
    Deadline,
    DeadlineKind,
    Duration,
    FollowUpSchedule,
    Protocol,
    RepeatBlock,
    Step,
)
from app.protocols.toml_text import parse_toml
from app.wording import dutch

_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")

# table kind -> (required keys, optional keys)
_SPECS: dict[str, tuple[set[str], set[str]]] = {
    "root": ({"id", "name", "description", "school_types", "steps"},
             {"version", "conditions", "repeats", "followups", "inform", "escalation",
              "consequences", "extra_roles"}),
    "step": ({"id", "title", "guidance"},
             {"participants", "deadline", "produces", "checklist", "gates",
              "sets_conditions", "letters", "choice", "optional", "guide"}),
    "deadline": ({"after"}, {"within", "about", "tolerance", "same_day", "suggestion",
                             "severe_after"}),
    "restart": (set(), {"within", "about", "tolerance", "same_day", "suggestion"}),
    "choice": ({"id", "question", "options"}, {"reason_required"}),
    "option": ({"id", "label"}, {"considerations"}),
    "repeat": ({"id", "label", "steps", "restart"},
               {"when_choice", "max_rounds", "max_total", "min_total"}),
    "followup": ({"id", "label", "after"},
                 {"offsets", "every", "until", "anchor", "when_choice", "tolerance",
                  "participants", "guidance", "suggestion"}),
    "inform": INFORM_KEYS,
    "consequence": CONSEQUENCE_KEYS,
    **GUIDE_SPECS,
}
# A table as tomllib returns it: its values are whatever the file holds, checked below.
TomlTable: TypeAlias = dict[str, Any]
_T = TypeVar("_T")
_D = TypeVar("_D")

_TYPE_NAMES = {str: "tekst", bool: "true of false", int: "geheel getal", list: "lijst",
               dict: "tabel"}


class ProtocolFileError(PestdossierError):
    """A problem in a protocol file; str() gives 'bestand.toml, regel 14: melding'.

    `message` is the detail in Dutch as the checker words it: protocol files are Dutch
    and written by the school, so the detail is not translated; the GUI translates the
    location around it (codes protocol.file_problem and protocol.file_problem_at_line).
    """

    def __init__(self, path: Path, line: int | None, message: str,
                 column: int | None = None) -> None:
        self.path, self.line, self.column = Path(path), line, column
        self.detail = message
        if line:
            super().__init__("protocol.file_problem_at_line", file=self.path.name, line=line,
                             detail=message)
        else:
            super().__init__("protocol.file_problem", file=self.path.name, detail=message)

    @property
    def message(self) -> str:
        return self.detail

    def __str__(self) -> str:
        return dutch(self.as_message())


class _Reader:
    def __init__(self, path: Path, text: str) -> None:
        self.path, self.loc = path, LineLocator(text)
        self.errors: list[ProtocolFileError] = []

    def err(self, message: str, tpath: TablePath = (), key: str | None = None) -> None:
        self.errors.append(ProtocolFileError(self.path, self.loc.line(tpath, key), message))

    def keys(self, table: Any, kind: str, tpath: TablePath, what: str) -> bool:
        if not isinstance(table, dict):
            self.err(f"{what} moet een tabel zijn", tpath)
            return False
        required, optional = _SPECS[kind]
        allowed = sorted(required | optional)
        for key in table:
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                suffix = f" (bedoelde u '{hint[0]}'?)" if hint else ""
                self.err(f"onbekende sleutel '{key}'{suffix}", tpath, key)
        for key in sorted(required - table.keys()):
            self.err(f"{what}: verplicht veld '{key}' ontbreekt", tpath)
        return True

    @overload
    def get(self, table: TomlTable, key: str, kind: type[_T], tpath: TablePath) -> _T | None: ...
    @overload
    def get(self, table: TomlTable, key: str, kind: type[_T], tpath: TablePath,
            default: _D) -> _T | _D: ...

    def get(self, table: TomlTable, key: str, kind: type[Any], tpath: TablePath,
            default: Any = None) -> Any:
        """`table[key]` if it is a `kind` (reported otherwise), else `default`."""
        value = table.get(key, default)
        if key not in table:
            return value
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is list and ok and not all(isinstance(v, str) for v in value):
            ok = False
        if not ok:
            expected = "lijst met teksten" if kind is list else _TYPE_NAMES[kind]
            self.err(f"'{key}' moet een {expected} zijn", tpath, key)
            return default
        if kind is str and not value.strip():
            self.err(f"'{key}' mag niet leeg zijn", tpath, key)
        return value

    def text(self, table: TomlTable, key: str, tpath: TablePath) -> str:
        return self.get(table, key, str, tpath, "") or ""

    def strings(self, table: TomlTable, key: str, tpath: TablePath) -> tuple[str, ...]:
        return tuple(self.get(table, key, list, tpath, []) or [])

    def ident(self, table: TomlTable, key: str, tpath: TablePath) -> str:
        value = self.text(table, key, tpath)
        if value and not _ID.match(value):
            self.err(f"'{value}' is geen geldige id: gebruik kleine letters, cijfers, _ en -",
                     tpath, key)
        return value

    def duration(self, table: TomlTable, key: str, tpath: TablePath) -> Duration | None:
        raw = self.get(table, key, str, tpath)
        if raw is None:
            return None
        try:
            return Duration.parse(raw)
        except ValueError as exc:
            self.err(str(exc), tpath, key)
            return None

    def tables(self, table: TomlTable, key: str, tpath: TablePath) -> list[TomlTable]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.err(f"'{key}' moet een lijst van tabellen zijn ([[{key}]])", tpath, key)
            return []
        if len(value) > MAX_STEPS:
            self.err(f"te veel [[{key}]]: {len(value)}, hoogstens {MAX_STEPS}", tpath, key)
            return []
        return value

    def deadline(self, raw: Any, kind: str, tpath: TablePath, after: str | None) -> Deadline | None:
        if not self.keys(raw, kind, tpath, "termijn"):
            return None
        after = after or self.text(raw, "after", tpath)
        modes = [k for k in ("within", "about", "same_day") if k in raw]
        if len(modes) != 1:
            self.err("termijn: geef precies één van 'within', 'about' of 'same_day'", tpath)
            return None
        if "tolerance" in raw and modes[0] != "about":
            self.err("'tolerance' hoort alleen bij 'about'", tpath, "tolerance")
        suggestion = self.get(raw, "suggestion", bool, tpath, False)
        severe_after = self.get(raw, "severe_after", str, tpath)
        if modes[0] == "same_day":
            if self.get(raw, "same_day", bool, tpath) is not True:
                self.err("'same_day' moet true zijn", tpath, "same_day")
            return Deadline(after, DeadlineKind.SAME_DAY, suggestion=suggestion,
                            severe_after=severe_after)
        offset = self.duration(raw, modes[0], tpath)
        tolerance = self.duration(raw, "tolerance", tpath) or Duration()
        if offset is None:
            return None
        return Deadline(after, DeadlineKind(modes[0]), offset, tolerance, suggestion,
                        severe_after)

    def choice(self, raw: Any, tpath: TablePath) -> Choice | None:
        if not self.keys(raw, "choice", tpath, "keuze"):
            return None
        options = []
        for j, opt in enumerate(self.tables(raw, "options", tpath)):
            opath = (*tpath, "options", j)
            if self.keys(opt, "option", opath, "keuze-optie"):
                options.append(ChoiceOption(self.ident(opt, "id", opath),
                                            self.text(opt, "label", opath),
                                            self.strings(opt, "considerations", opath)))
        ids = [o.id for o in options]
        if "options" in raw and len(options) < 2:
            self.err("een keuze heeft minstens twee opties", tpath, "options")
        for dup in {i for i in ids if ids.count(i) > 1}:
            self.err(f"keuze-optie '{dup}' komt meer dan eens voor", tpath, "options")
        return Choice(self.ident(raw, "id", tpath), self.text(raw, "question", tpath),
                      tuple(options), self.get(raw, "reason_required", bool, tpath, True))

    def step(self, raw: TomlTable, i: int) -> Step | None:
        tpath = ("steps", i)
        label = f"stap '{raw['id']}'" if isinstance(raw.get("id"), str) else f"stap {i + 1}"
        if not self.keys(raw, "step", tpath, label):
            return None
        deadline = choice = guide = None
        if "deadline" in raw:
            deadline = self.deadline(raw["deadline"], "deadline", (*tpath, "deadline"), None)
        if "choice" in raw:
            choice = self.choice(raw["choice"], (*tpath, "choice"))
        if "guide" in raw:
            guide = read_guide(self, raw["guide"], (*tpath, "guide"))
        return Step(
            id=self.ident(raw, "id", tpath), title=self.text(raw, "title", tpath),
            guidance=self.text(raw, "guidance", tpath),
            participants=self.strings(raw, "participants", tpath), deadline=deadline,
            produces=self.strings(raw, "produces", tpath),
            checklist=self.strings(raw, "checklist", tpath),
            gates=self.strings(raw, "gates", tpath),
            sets_conditions=self.strings(raw, "sets_conditions", tpath),
            letters=self.strings(raw, "letters", tpath), choice=choice,
            optional=self.get(raw, "optional", bool, tpath, False), guide=guide,
        )

    def repeat(self, raw: TomlTable, i: int) -> RepeatBlock | None:
        tpath = ("repeats", i)
        if not self.keys(raw, "repeat", tpath, f"herhaling {i + 1}"):
            return None
        steps = self.strings(raw, "steps", tpath)
        restart = None
        if "restart" in raw and steps:
            restart = self.deadline(raw["restart"], "restart", (*tpath, "restart"), steps[-1])
        max_rounds = self.get(raw, "max_rounds", int, tpath)
        if max_rounds is not None and not 1 <= max_rounds <= MAX_ROUNDS:
            self.err(f"'max_rounds' moet tussen 1 en {MAX_ROUNDS} liggen", tpath, "max_rounds")
            max_rounds = None
        if restart is None:   # already reported; keep the block so indices stay aligned
            restart = Deadline(steps[-1] if steps else "", DeadlineKind.WITHIN)
        return RepeatBlock(
            self.ident(raw, "id", tpath), self.text(raw, "label", tpath), steps, restart,
            self.get(raw, "when_choice", str, tpath), max_rounds,
            self.duration(raw, "max_total", tpath), self.duration(raw, "min_total", tpath))

    def followup(self, raw: TomlTable, i: int) -> FollowUpSchedule | None:
        tpath = ("followups", i)
        if not self.keys(raw, "followup", tpath, f"vervolgreeks {i + 1}"):
            return None
        after = raw.get("after")
        after = (after,) if isinstance(after, str) else self.strings(raw, "after", tpath)
        offsets = []
        for text in self.strings(raw, "offsets", tpath):
            try:
                offsets.append(Duration.parse(text))
            except ValueError as exc:
                self.err(str(exc), tpath, "offsets")
        every, until = self.duration(raw, "every", tpath), self.duration(raw, "until", tpath)
        anchor = self.get(raw, "anchor", str, tpath, "each")
        if anchor not in ("each", "first", "latest"):
            self.err(f"'anchor' moet 'each', 'first' of 'latest' zijn, niet '{anchor}'",
                     tpath, "anchor")
        if not offsets and every is None and "offsets" not in raw and "every" not in raw:
            self.err("vervolgreeks: geef 'offsets' en/of 'every'", tpath)
        if every is not None and (until is None or every.is_zero):
            self.err("'every' vraagt een 'until' en mag niet 0 zijn", tpath, "every")
        return FollowUpSchedule(
            self.ident(raw, "id", tpath), self.text(raw, "label", tpath), after,
            tuple(offsets), every, until, anchor, self.get(raw, "when_choice", str, tpath),
            self.duration(raw, "tolerance", tpath) or Duration(),
            self.strings(raw, "participants", tpath), self.get(raw, "guidance", str, tpath, ""),
            self.get(raw, "suggestion", bool, tpath, False))

    def protocol(self, data: TomlTable) -> Protocol | None:
        self.keys(data, "root", (), "protocol")
        steps = [s for i, raw in enumerate(self.tables(data, "steps", ()))
                 if (s := self.step(raw, i)) is not None]
        conditions = []
        raw_conditions = data.get("conditions", {})
        if not isinstance(raw_conditions, dict):
            self.err("'conditions' moet een tabel zijn ([conditions])", (), "conditions")
            raw_conditions = {}
        for key, label in raw_conditions.items():
            if not _ID.match(key):
                self.err(f"'{key}' is geen geldige voorwaarde-sleutel", ("conditions",), key)
            if not isinstance(label, str):
                self.err(f"voorwaarde '{key}' moet een tekst zijn", ("conditions",), key)
            conditions.append(Condition(key, str(label)))
        repeats = [r for i, raw in enumerate(self.tables(data, "repeats", ()))
                   if (r := self.repeat(raw, i)) is not None]
        followups = [f for i, raw in enumerate(self.tables(data, "followups", ()))
                     if (f := self.followup(raw, i)) is not None]
        inform, consequences = read_inform(self, data), read_consequences(self, data)
        return Protocol(
            id=self.ident(data, "id", ()), name=self.text(data, "name", ()),
            description=self.text(data, "description", ()),
            school_types=self.strings(data, "school_types", ()), steps=tuple(steps),
            version=self.get(data, "version", int, (), 1), conditions=tuple(conditions),
            repeats=tuple(repeats), followups=tuple(followups), inform=tuple(inform),
            escalation=self.strings(data, "escalation", ()),
            consequences=tuple(consequences),
            extra_roles=self.strings(data, "extra_roles", ()), source=self.path)


_TOO_BIG = f"het bestand is te groot (hoogstens {MAX_FILE_BYTES // (1024 * 1024)} MB)"


def parse_protocol_text(text: str, path: Path) -> tuple[Protocol | None, list[ProtocolFileError]]:
    """Parse and validate one protocol's text. Returns (protocol or None, all errors)."""
    path = Path(path)
    if len(text) > MAX_FILE_BYTES:
        return None, [ProtocolFileError(path, None, _TOO_BIG)]
    data, syntax = parse_toml(text)
    if data is None:
        line, column, message = syntax or (None, None, "")
        return None, [ProtocolFileError(path, line, message, column)]
    reader = _Reader(path, text)
    protocol = reader.protocol(data)
    if protocol is not None:
        for problem in check_protocol(protocol):
            reader.err(problem.message, problem.where, problem.key)
    errors = sorted(reader.errors, key=lambda e: (e.line or 0))
    return (None if errors else protocol), errors


def read_protocol(path: Path) -> tuple[Protocol | None, list[ProtocolFileError]]:
    """Like `load_protocol` but returns every error instead of raising the first."""
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):   # a FIFO or device would hang or never end
            return None, [ProtocolFileError(path, None, "is geen gewoon bestand")]
        with path.open("rb") as handle:   # read one byte past the limit to know it is over
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return None, [ProtocolFileError(path, None, _TOO_BIG)]
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        return None, [ProtocolFileError(path, None, f"kan het bestand niet lezen: {exc.strerror}")]
    except UnicodeDecodeError:
        return None, [ProtocolFileError(path, None, "het bestand is geen UTF-8-tekst")]
    return parse_protocol_text(text, path)


def load_protocol(path: Path) -> Protocol:
    """Load one protocol file; raises the first `ProtocolFileError` (by line)."""
    protocol, errors = read_protocol(path)
    if errors or protocol is None:
        raise errors[0]
    return protocol


def load_protocols(dirs: list[Path]) -> tuple[list[Protocol], list[ProtocolFileError]]:
    """Load every *.toml in `dirs` (shipped folder first, then the school's own).

    A bad file is reported and skipped. A later folder overrides a protocol with the same
    id from an earlier one; the same id twice within one folder is an error. Missing
    folders are skipped silently (a school need not have its own).
    """
    found: dict[str, Protocol] = {}
    errors: list[ProtocolFileError] = []
    for folder in map(Path, dirs):
        if not folder.exists():
            continue
        if not folder.is_dir():
            errors.append(ProtocolFileError(folder, None, "is geen map"))
            continue
        in_this_folder: dict[str, Path] = {}
        for path in sorted(folder.glob("*.toml")):
            protocol, file_errors = read_protocol(path)
            errors.extend(file_errors)
            if protocol is None:
                continue
            if protocol.id in in_this_folder:
                errors.append(ProtocolFileError(path, None, (
                    f"protocol-id '{protocol.id}' staat ook in "
                    f"{in_this_folder[protocol.id].name}; dit bestand is overgeslagen")))
                continue
            in_this_folder[protocol.id] = path
            found[protocol.id] = protocol
    return list(found.values()), errors
