"""What the core tells the user, as a code with parameters instead of a finished sentence.

    Message("agreement.text_missing")
    Message("step.unknown", protocol="Zesstappenplan", step="gesprek_ouders")

Codes are `<area>.<what>` in lowercase snake case. The area is what the user deals with
(vault, case, person, participant, entry, protocol, step, condition, choice, agreement,
followup, steungroep, status, priority, offence, schedule, todo, evidence, chat, dossier,
package, letter, file, audit, verify, password, input, error; cli for the command line's
own); the rest names the problem or fact: `agreement.text_missing`, `step.unknown`,
`evidence.damaged_image`, `schedule.done_late`. The Dutch wording for the CLI and PDFs
lives in `app.wording`; the GUI renders the same codes with tr() in `ui/common/messages.py`.

A parameter is plain data (text, number, date, an enum member, a byte size, a protocol
Duration, another Message or a tuple of those); each side formats it in its language.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from datetime import date
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from app.protocols.model import Duration

CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")


class ByteSize(int):
    """A number of bytes, shown as '1,5 MB'."""


Param: TypeAlias = "str | int | float | date | Enum | Duration | Message | tuple[Param, ...]"


class Message:
    """A code plus the parameters its text needs. Immutable, hashable, comparable."""

    __slots__ = ("code", "params")

    code: str
    params: Mapping[str, Param]

    def __init__(self, code: str, /, **params: Param) -> None:
        if not CODE.fullmatch(code):
            raise ValueError(f"not a message code: {code!r}")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", MappingProxyType(dict(params)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Message is immutable")

    def _key(self) -> tuple[str, tuple[tuple[str, Param], ...]]:
        return self.code, tuple(sorted(self.params.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        args = "".join(f", {name}={value!r}" for name, value in self.params.items())
        return f"Message({self.code!r}{args})"

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (self.code, dict(self.params))

    # -- storage: import warnings are kept in the vault as JSON --------------------------
    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": {k: _to_json(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        params = {k: _from_json(v) for k, v in dict(data.get("params", {})).items()}
        return cls(str(data["code"]), **params)


def _rebuild(code: str, params: dict[str, Param]) -> Message:
    return Message(code, **params)


def _to_json(value: Param) -> Any:
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, ByteSize):
        return {"bytes": int(value)}
    if isinstance(value, tuple):
        return [_to_json(v) for v in value]
    if isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot store a {type(value).__name__} parameter")


def _from_json(value: Any) -> Param:
    if isinstance(value, dict) and "message" in value:
        return Message.from_json(value["message"])
    if isinstance(value, dict) and "bytes" in value:
        return ByteSize(value["bytes"])
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    if isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot read a stored parameter: {value!r}")


class MessageFormatter(string.Formatter):
    """Fills a template's `{name}` fields with a message's parameters, each rendered by
    `render` (Dutch in the core, the interface language in the GUI). Format specs:
    `{x:lower}`, `{x:lcfirst}`; a tuple parameter becomes a comma-separated list."""

    def __init__(self, render: Callable[[Any], str]) -> None:
        super().__init__()
        self._render = render

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, tuple) and format_spec:
            return ", ".join(self.format_field(v, format_spec) for v in value)
        text = self._render(value)
        if format_spec == "lower":
            return text.lower()
        if format_spec == "lcfirst":
            return text[:1].lower() + text[1:]
        return format(text, format_spec)

    def fill(self, template: str, message: Message) -> str:
        return self.vformat(template, (), dict(message.params))
