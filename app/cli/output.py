"""Standard output that a closed pipe cannot break: `pestdossier-cli todo KLUIS | head -1`.

When the reader goes away, the next write raises BrokenPipeError. As the Python docs
advise (library/signal, "Note on SIGPIPE"), the stream's file descriptor is then pointed
at devnull, so the rest of the output (and the interpreter's final flush) goes nowhere
quietly. Doing that inside the stream, rather than catching the error around the
command, lets the command finish what it was doing: an import piped into `head` still
imports every file, and the exit code stays the command's own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast


class PipeSafeStream:
    """Wraps a text stream; after a broken pipe, its descriptor points at devnull."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._to_devnull()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._to_devnull()
            self._stream.flush()  # what was still buffered now goes to devnull

    def _to_devnull(self) -> None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, self._stream.fileno())
        finally:
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def pipe_safe_output() -> Iterator[None]:
    """stdout and stderr survive a closed pipe inside this block, and are flushed at its end
    (also when argparse exits after --help), so nothing is left to fail at shutdown."""
    saved = sys.stdout, sys.stderr
    # A stream Python could not open (`>&-`) is None; print() then writes nowhere, as before.
    safe = [None if s is None else PipeSafeStream(s) for s in saved]
    sys.stdout, sys.stderr = (cast(TextIO, s) for s in safe)
    try:
        yield
    finally:
        for stream in safe:
            if stream is not None:
                stream.flush()
        sys.stdout, sys.stderr = saved
