"""Issue 19 (10): a strange protocol file is refused with a named error, never obeyed.

Deep nesting gave RecursionError for every protocol command, '99999999999999999999d'
loaded and then broke `todo`, and 4,000 steps took 129 s to load (the deadline-cycle
check walked every chain again from every step).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app.protocols import load_protocols, parse_protocol_text, read_protocol
from app.protocols.limits import MAX_DURATION_DAYS, MAX_FILE_BYTES, MAX_NESTING, MAX_STEPS
from app.protocols.model import Duration

_HEAD = 'id = "proef"\nname = "Proef"\ndescription = "x"\nschool_types = ["vo"]\n'


def _chain(steps: int) -> str:
    """A protocol whose every step's deadline counts from the step before it."""
    parts = [_HEAD]
    for i in range(steps):
        parts.append(f'[[steps]]\nid = "s{i}"\ntitle = "Stap {i}"\nguidance = "doe"\n')
        if i:
            parts.append(f'deadline = {{ after = "s{i - 1}", within = "2d" }}\n')
    return "".join(parts)


def _errors(text: str) -> list[str]:
    protocol, errors = parse_protocol_text(text, Path("proef.toml"))
    assert protocol is None
    return [str(e) for e in errors]


@pytest.mark.parametrize("nested", [
    "a = " + "[" * 5000 + "]" * 5000,
    "a = " + "{b = " * 5000 + "1" + "}" * 5000,
    "a = [[[[[[[[[[1]]]]]]]]]]",
])
def test_deep_nesting_is_a_named_error_with_its_line(nested: str) -> None:
    errors = _errors(_HEAD + "\n" + nested + "\n")
    assert errors == [f"proef.toml, regel 6: tabellen en lijsten zijn te diep genest "
                      f"(hoogstens {MAX_NESTING} niveaus)"]


def test_deep_dotted_keys_are_a_named_error() -> None:
    errors = _errors(_HEAD + "a" + ".a" * 3000 + " = 1\n")
    assert errors == [f"proef.toml: tabellen en lijsten zijn te diep genest "
                      f"(hoogstens {MAX_NESTING} niveaus)"]


def test_brackets_inside_strings_and_comments_do_not_count() -> None:
    text = _chain(2).replace('guidance = "doe"', 'guidance = "[[[[[[[[[[[["  # {{{{{{{{{{', 1)
    text += "\n[[steps]]\nid = \"s9\"\ntitle = 'x'\nguidance = '''[[[[[[[[[[\n]]]]'''\n"
    protocol, errors = parse_protocol_text(text, Path("proef.toml"))
    assert errors == [] and protocol is not None and len(protocol.steps) == 3


@pytest.mark.parametrize("duration", ["99999999999999999999d", "11y", "200m", "9999w",
                                      "3000d1y10m", "9" * 5000 + "d"])
def test_absurd_durations_are_refused(duration: str) -> None:
    text = _chain(2).replace('within = "2d"', f'within = "{duration}"')
    errors = _errors(text)
    assert len(errors) == 1 and "te lang: hoogstens 10 jaar" in errors[0]
    assert errors[0].startswith("proef.toml, regel 13: duur")


def test_the_longest_allowed_duration_still_loads() -> None:
    assert Duration.parse("10y").span_days == MAX_DURATION_DAYS
    assert Duration.parse("3660d").span_days == MAX_DURATION_DAYS


def test_too_many_rounds_is_refused() -> None:
    text = _chain(2) + ('[[repeats]]\nid = "r"\nlabel = "R"\nsteps = ["s1"]\n'
                        'max_rounds = 100000000000000000000\nrestart = { within = "1w" }\n')
    errors = _errors(text)
    assert any("'max_rounds' moet tussen 1 en 100 liggen" in e for e in errors)


def test_too_many_steps_is_a_named_error() -> None:
    errors = _errors(_chain(MAX_STEPS + 1))
    assert errors[0] == f"proef.toml, regel 5: te veel [[steps]]: {MAX_STEPS + 1}, " \
                        f"hoogstens {MAX_STEPS}"


def test_too_big_a_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "groot.toml"
    path.write_text(_HEAD + "# " + "x" * MAX_FILE_BYTES + "\n", encoding="utf-8")
    protocol, errors = read_protocol(path)
    assert protocol is None
    assert [str(e) for e in errors] == ["groot.toml: het bestand is te groot (hoogstens 2 MB)"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_protocol_is_skipped_not_waited_for(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pijp.toml")
    (tmp_path / "goed.toml").write_text(_chain(2), encoding="utf-8")
    protocols, errors = load_protocols([tmp_path])
    assert [p.id for p in protocols] == ["proef"]
    assert [str(e) for e in errors] == ["pijp.toml: is geen gewoon bestand"]


def test_loading_is_linear_in_the_number_of_steps() -> None:
    """4,000 chained steps took 129 s; now they load in well under a second or two."""
    timings = {}
    for steps in (1000, 4000):
        text = _chain(steps)
        start = time.perf_counter()
        protocol, errors = parse_protocol_text(text, Path("proef.toml"))
        timings[steps] = time.perf_counter() - start
        assert errors == [] and protocol is not None and len(protocol.steps) == steps
    assert timings[4000] < 5
    assert timings[4000] < 12 * timings[1000] + 0.5   # quadratic would be 16x, cubic 64x


def test_a_cycle_in_a_long_chain_is_still_found() -> None:
    text = _chain(300).replace('id = "s0"\ntitle = "Stap 0"\nguidance = "doe"\n',
                               'id = "s0"\ntitle = "Stap 0"\nguidance = "doe"\n'
                               'deadline = { after = "s299", within = "1d" }\n')
    errors = _errors(text)
    assert len(errors) == 1 and "kringverwijzing in termijnen: s0 → s299 → s298" in errors[0]
