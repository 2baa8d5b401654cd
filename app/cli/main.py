"""pestdossier-cli: headless subcommands over the core, in the style of keepassxc-cli.

Passwords come from a prompt or --password-stdin, never from argv. Errors print one
line on stderr and exit non-zero; never a traceback. Argument errors exit 2, in Dutch.

This module stays light: `--version` and `--help` are answered from app/cli/parser.py
before any command module (and with it the vault, PDF or image libraries) is imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli.output import pipe_safe_output
from app.cli.parser import PROG, build_parser, resolve
from app.errors import PestdossierError
from app.process_guard import disable_core_dumps

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()   # before any password or case text is in memory
    with pipe_safe_output():
        args = build_parser().parse_args(argv)
        return _run(args.target, args)


def _run(target: str, args: argparse.Namespace) -> int:
    try:
        return int(resolve(target)(args))
    except PestdossierError as exc:
        sys.stderr.write(f"{PROG}: {exc.message}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: afgebroken.\n")
        return EXIT_ERROR
    except Exception as exc:
        sys.stderr.write(f"{PROG}: onverwachte fout ({type(exc).__name__}); "
                         "er is niets half opgeslagen.\n")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
