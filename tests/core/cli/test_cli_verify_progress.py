"""`pestdossier-cli verify` shows its progress on stderr only when that is a terminal."""

from __future__ import annotations

import io

from app.cli.verify_output import TerminalProgress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_goes_to_a_terminal_and_is_cleared_at_the_end() -> None:
    terminal = _Terminal()
    progress = TerminalProgress(terminal)
    progress(0, 4_000_000)
    progress(1_000_000, 4_000_000)   # within the interval: skipped
    progress(4_000_000, 4_000_000)   # the last step is always shown
    progress.finish()
    text = terminal.getvalue()
    assert text.startswith("\rControleren: 0% (0 van 4 MB bewijs)")
    assert "25%" not in text and "\rControleren: 100% (4 van 4 MB bewijs)" in text
    assert text.endswith("\r\033[K")


def test_no_progress_when_stderr_is_a_pipe() -> None:
    pipe = io.StringIO()
    progress = TerminalProgress(pipe)
    progress(1, 2)
    progress.finish()
    assert not progress.active and pipe.getvalue() == ""
