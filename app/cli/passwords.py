"""Reading passwords for the CLI: a prompt, or --password-stdin. Never argv.

On stdin, one password per line: lines end at "\n"; a "\r" right before it (a Windows
line end) is dropped, any other character, "\r" included, is part of the password. The
bytes must be UTF-8."""

from __future__ import annotations

import getpass
import sys

from app.errors import InvalidInputError


def _password_lines(data: bytes) -> list[str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInputError("cli.password_not_utf8") from exc
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline after the last password
    return [line.removesuffix("\r") for line in lines]


class PasswordSource:
    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin
        self._lines: list[str] | None = None

    def _next_stdin_line(self) -> str:
        if self._lines is None:
            raw = getattr(sys.stdin, "buffer", None)  # bytes, so bad UTF-8 is ours to tell
            self._lines = _password_lines(raw.read() if raw is not None
                                          else sys.stdin.read().encode("utf-8"))
        if not self._lines:
            raise InvalidInputError("cli.no_password_on_stdin")
        return self._lines.pop(0)

    def ask(self, prompt: str = "Wachtwoord: ") -> str:
        if self._from_stdin:
            return self._next_stdin_line()
        if not sys.stdin.isatty():
            raise InvalidInputError("cli.no_terminal")
        try:
            return getpass.getpass(prompt)
        except (EOFError, KeyboardInterrupt) as exc:
            raise InvalidInputError("cli.no_password") from exc

    def ask_new(self, prompt: str = "Nieuw wachtwoord: ") -> str:
        """A new password: typed twice at a prompt, once on stdin."""
        first = self.ask(prompt)
        if self._from_stdin:
            return first
        if self.ask("Herhaal het wachtwoord: ") != first:
            raise InvalidInputError("cli.passwords_differ")
        return first
