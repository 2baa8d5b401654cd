"""Protocol files that are broken: each error names its file and line (and a likely
typo), a bad school file is skipped while the others load, a school file overrides a
shipped one. The shipped files and the schedule are in test_protocols.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.protocols import (
    SHIPPED_PROTOCOLS_DIR,
    ProtocolFileError,
    StepState,
    compute_schedule,
    load_protocol,
    load_protocols,
    read_protocol,
)
from tests.core.protocols.test_protocols import MELDING, SHIPPED, progress


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _copy_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (SHIPPED_PROTOCOLS_DIR / name).read_text(encoding="utf-8")
    assert old in text
    return _write(tmp_path, name, text.replace(old, new, 1))


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "zesstappenplan.toml", 'id = "gesprek_pester"',
                      'id = "gesprek_pester')
    with pytest.raises(ProtocolFileError) as info:
        load_protocol(path)
    assert info.value.line == _line_of(path, 'id = "gesprek_pester')
    assert str(info.value).startswith(f"zesstappenplan.toml, regel {info.value.line}: ")
    assert "TOML" in info.value.message


def test_typo_key_names_line_and_suggestion(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "zesstappenplan.toml",
                      'deadline = { after = "gesprek_gepeste", within = "7d" }',
                      'deadlin = { after = "gesprek_gepeste", within = "7d" }')
    with pytest.raises(ProtocolFileError) as info:
        load_protocol(path)
    line = _line_of(path, "deadlin =")
    assert info.value.line == line
    assert str(info.value) == (
        f"zesstappenplan.toml, regel {line}: onbekende sleutel 'deadlin' "
        "(bedoelde u 'deadline'?)")


def test_typo_in_nested_table_and_bad_duration(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "vijf_bs.toml", 'reason_required = true\n\n[[steps.choice.options]]\n'
                      'id = "gestopt"', 'reason_requird = true\n\n[[steps.choice.options]]\n'
                      'id = "gestopt"')
    _, errors = read_protocol(path)
    assert [(e.line, e.message) for e in errors] == [
        (_line_of(path, "reason_requird"),
         "onbekende sleutel 'reason_requird' (bedoelde u 'reason_required'?)")]
    path = _copy_with(tmp_path, "vijf_bs.toml", 'offsets = ["2w", "3m", "6m"]',
                      'offsets = ["2w", "3 maanen", "6m"]')
    with pytest.raises(ProtocolFileError) as info:
        load_protocol(path)
    assert info.value.line == _line_of(path, "3 maanen")
    assert "ongeldige duur '3 maanen'" in info.value.message


def test_unknown_step_reference(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "zesstappenplan.toml",
                      'deadline = { after = "gesprek_pester", within = "7d" }',
                      'deadline = { after = "gesprek_pesters", within = "7d" }')
    with pytest.raises(ProtocolFileError) as info:
        load_protocol(path)
    assert info.value.line == _line_of(path, '"gesprek_pesters"')
    assert "onbekende stap 'gesprek_pesters' (bedoelde u 'gesprek_pester'?)" in str(info.value)


def test_deadline_cycle(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "zesstappenplan.toml",
                      'deadline = { after = "signaleren", within = "7d" }',
                      'deadline = { after = "gesprek_pester", within = "7d" }')
    with pytest.raises(ProtocolFileError) as info:
        load_protocol(path)
    assert "kringverwijzing" in info.value.message
    assert "gesprek_gepeste → gesprek_pester → gesprek_gepeste" in info.value.message
    assert info.value.line == _line_of(path, 'after = "gesprek_pester", within')


def test_unknown_gate_and_missing_field(tmp_path: Path) -> None:
    path = _copy_with(tmp_path, "supportgroep.toml", 'gates = ["consent_gepeste"]',
                      'gates = ["consent_gepest"]')
    with pytest.raises(ProtocolFileError) as info:
        load_protocol(path)
    assert "onbekende voorwaarde 'consent_gepest' (bedoelde u 'consent_gepeste'?)" \
        in info.value.message
    assert info.value.line == _line_of(path, 'gates = ["consent_gepest"]')
    path = _copy_with(tmp_path, "supportgroep.toml",
                      'title = "Tweede gesprek met de steungroep"\n', "")
    with pytest.raises(ProtocolFileError) as info:
        load_protocol(path)
    assert "verplicht veld 'title' ontbreekt" in info.value.message
    assert info.value.line == _line_of(path, 'id = "tweede_gesprek_steungroep"') - 1


def test_minimal_school_file_and_wrong_types(tmp_path: Path) -> None:
    minimal = """\
id = "eigen"
name = "Eigen aanpak"
description = "Kort"
school_types = ["vo"]

[[steps]]
id = "gesprek"
title = "Gesprek"
guidance = "Praat met de leerling."
optional = "ja"
participants = ["gepeste", "opa"]
"""
    protocol, errors = read_protocol(_write(tmp_path, "eigen.toml", minimal))
    assert protocol is None
    assert [(e.line, e.message) for e in errors] == [
        (10, "'optional' moet een true of false zijn"),
        (11, "onbekende rol 'opa'"),
    ]
    fixed = minimal.replace('optional = "ja"\n', "").replace(', "opa"', "")
    protocol = load_protocol(_write(tmp_path, "eigen.toml", fixed))
    assert protocol.steps[0].deadline is None and not protocol.repeats
    sched = compute_schedule(protocol, progress(), today=MELDING)
    assert sched.step("gesprek").state is StepState.CURRENT   # first step, no deadline


def test_load_protocols_skips_bad_files_and_school_overrides(tmp_path: Path) -> None:
    school = tmp_path / "school"
    school.mkdir()
    _write(school, "kapot.toml", "id = \n")
    text = (SHIPPED_PROTOCOLS_DIR / "zesstappenplan.toml").read_text(encoding="utf-8")
    _write(school, "ons_zesstappenplan.toml",
           text.replace('name = "Zesstappenplan"', 'name = "Zesstappenplan van De Linde"'))
    shutil.copy(SHIPPED_PROTOCOLS_DIR / "vijf_bs.toml", school / "typo.toml")
    typo = school / "typo.toml"
    typo.write_text(typo.read_text(encoding="utf-8").replace('id = "vijf_bs"', 'id = "vijf_bs"\n'
                                                             'colour = "blauw"'),
                    encoding="utf-8")
    loaded, errors = load_protocols([SHIPPED_PROTOCOLS_DIR, school, tmp_path / "bestaat-niet"])
    by_id = {p.id: p for p in loaded}
    assert set(by_id) == SHIPPED
    assert by_id["zesstappenplan"].name == "Zesstappenplan van De Linde"
    assert by_id["zesstappenplan"].source == school / "ons_zesstappenplan.toml"
    assert by_id["vijf_bs"].source == SHIPPED_PROTOCOLS_DIR / "vijf_bs.toml"
    assert sorted((e.path.name, e.line) for e in errors) == [("kapot.toml", 1),
                                                            ("typo.toml", _line_of(typo, "colour"))]
    assert all(isinstance(e.message, str) and e.message for e in errors)


def test_duplicate_id_in_one_folder(tmp_path: Path) -> None:
    shutil.copy(SHIPPED_PROTOCOLS_DIR / "vijf_bs.toml", tmp_path / "a.toml")
    shutil.copy(SHIPPED_PROTOCOLS_DIR / "vijf_bs.toml", tmp_path / "b.toml")
    loaded, errors = load_protocols([tmp_path])
    assert [p.source.name for p in loaded] == ["a.toml"]
    assert len(errors) == 1 and "a.toml" in str(errors[0]) and errors[0].path.name == "b.toml"
