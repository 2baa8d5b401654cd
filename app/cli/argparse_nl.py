"""argparse in Dutch: its help headings and its argument errors.

argparse builds every text it shows with `_()` and `ngettext()`, the gettext functions it
imported into its own module. There is no per-parser hook, and the gettext route would
need a compiled .mo catalogue plus a process-wide text domain that follows the user's
locale, while overriding the methods that raise would mean copying large private parts
of argparse. So `dutch_texts()` puts a small lookup table in place of those two
functions, only while one of our parsers builds, parses or formats help, and puts the
originals back afterwards: other parsers in the same process (pytest's own) stay as
they were. Texts missing from the table stay English; they are argparse's complaints
about a wrongly defined parser, never about what the user typed (a test checks that the
table covers every other text of the running Python's argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

EXIT_USAGE = 2

DUTCH: dict[str, str] = {
    # help output
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    " (default: %(default)s)": " (standaard: %(default)s)",
    "%(heading)s:": "%(heading)s:",  # Python 3.12.3+/3.13 format the headings through _()
    # argument errors
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "onbekende keuze %(value)r; kies uit %(choices)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r (verwacht: %(type)s)",
    "ambiguous option: %(option)s could match %(matches)s":
        "%(option)s is niet eenduidig: bedoelt u %(matches)s?",
    "not allowed with argument %s": "niet samen met %s te gebruiken",
    "ignored explicit argument %r": "hier hoort geen waarde bij (%r)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r; kies uit %(choices)s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unexpected option string: %s": "onverwachte optie: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    # Python 3.13: warnings and deprecated arguments
    "%(prog)s: warning: %(message)s\n": "%(prog)s: waarschuwing: %(message)s\n",
    "argument '%(argument_name)s' is deprecated":
        "argument '%(argument_name)s' wordt niet meer gebruikt",
    "option '%(option)s' is deprecated": "optie '%(option)s' wordt niet meer gebruikt",
    "command '%(parser_name)s' is deprecated":
        "opdracht '%(parser_name)s' wordt niet meer gebruikt",
}
DUTCH_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("hier hoort %s waarde bij", "hier horen %s waarden bij"),
}


def dutch_gettext(message: str) -> str:
    return DUTCH.get(message, message)


def dutch_ngettext(singular: str, plural: str, n: int) -> str:
    if singular in DUTCH_PLURAL:
        one, many = DUTCH_PLURAL[singular]
        return one if n == 1 else many
    return singular if n == 1 else plural


@contextmanager
def dutch_texts() -> Iterator[None]:
    """argparse speaks Dutch inside this block; nesting is fine."""
    saved: tuple[Callable[..., str], Callable[..., str]] = (
        argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    argparse._ = dutch_gettext  # type: ignore[attr-defined]
    argparse.ngettext = dutch_ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose texts are Dutch and whose errors are one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with dutch_texts():  # the headings and -h's help are set here
            super().__init__(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:
        with dutch_texts():  # "unrecognized arguments" is raised here
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        with dutch_texts():  # the other errors, and --help printed while parsing
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with dutch_texts():
            return super().format_usage()

    def format_help(self) -> str:
        with dutch_texts():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        # One line without the usage block: scripts read stderr line by line.
        sys.stderr.write(f"{self.prog}: ongeldige opdracht: {message}\n")
        raise SystemExit(EXIT_USAGE)
