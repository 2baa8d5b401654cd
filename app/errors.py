"""Errors the core raises on purpose. Each carries a message code with parameters.

    raise InvalidInputError("agreement.text_missing")
    raise NotFoundError("protocol.not_found", protocol=protocol_id)

`code` and `params` say what went wrong (the GUI renders them with tr(), ui/common/messages.py);
`message` is the Dutch sentence from app.wording, which the CLI prints. A class without
an explicit code uses its `default_code`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.messages import Message, Param
from app.wording import dutch


class PestdossierError(Exception):
    """Base class: an expected problem with a message meant for the user."""

    default_code = "error.general"

    def __init__(self, code: str | None = None, /, **params: Param) -> None:
        self._detail = Message(code or self.default_code, **params)
        super().__init__(self._detail.code)

    @property
    def code(self) -> str:
        return self._detail.code

    @property
    def params(self) -> Mapping[str, Param]:
        return self._detail.params

    def as_message(self) -> Message:
        return self._detail

    @property
    def message(self) -> str:
        """The Dutch sentence, for the CLI and logs that a person reads."""
        return dutch(self._detail)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self._detail)


def _rebuild(cls: type[PestdossierError], detail: Message) -> PestdossierError:
    error = cls.__new__(cls)
    error._detail = detail
    Exception.__init__(error, detail.code)
    return error


class VaultError(PestdossierError):
    default_code = "vault.cannot_open"


class VaultNotFoundError(VaultError):
    default_code = "vault.not_found"


class VaultExistsError(VaultError):
    default_code = "vault.exists"


class WrongPasswordError(VaultError):
    default_code = "vault.wrong_password"


class NotAVaultError(VaultError):
    default_code = "vault.not_a_vault"


class DamagedVaultError(VaultError):
    default_code = "vault.damaged"


class NewerVaultError(VaultError):
    default_code = "vault.newer_version"


class VaultInUseError(VaultError):
    default_code = "vault.in_use"


class WeakEncryptionError(VaultError):
    default_code = "vault.weak_encryption"


class VaultClosedError(VaultError):
    default_code = "vault.locked"


class DiskFullError(VaultError):
    default_code = "vault.disk_full"


class WeakPasswordError(PestdossierError):
    default_code = "password.too_weak"


class NotFoundError(PestdossierError):
    default_code = "error.not_found"


class CaseNotFoundError(NotFoundError):
    """The case was deleted or never existed (one sentence for every place that looks)."""

    default_code = "case.not_found"


class InvalidInputError(PestdossierError):
    default_code = "error.invalid_input"


class InvalidValueError(InvalidInputError, ValueError):
    """Invalid input found by a parser; also a ValueError, so parsing code can catch it."""
