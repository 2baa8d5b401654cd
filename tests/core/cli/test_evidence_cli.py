"""pestdossier-cli import / import-chat: success and error paths."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.casefile import CaseFile
from app.cases import NewCase
from app.cli.main import main
from app.domain import CaseKind

PASSWORD = "a strong test passphrase 123"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "whatsapp"


@pytest.fixture
def vault_file(tmp_path: Path) -> str:
    path = tmp_path / "v.pestdossier"
    with CaseFile.create(path, PASSWORD, check_strength=False) as vault:
        vault.cases.create(NewCase("Klassenapp", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
    return str(path)


@pytest.fixture
def cli(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    return run


def png(tmp_path: Path, name: str, color: tuple[int, int, int]) -> Path:
    path = tmp_path / name
    Image.new("RGB", (60, 90), color).save(path, "PNG")
    return path


def items(vault_file: str) -> list:  # type: ignore[type-arg]
    with CaseFile.open(vault_file, PASSWORD) as vault:
        return vault.evidence.list_for_case(1)


def test_import_prints_items_with_sha256(cli, vault_file, tmp_path) -> None:
    a, b = png(tmp_path, "één.png", (1, 2, 3)), png(tmp_path, "twee.png", (4, 5, 6))
    code, out, err = cli("import", vault_file, "2026-001", str(a), str(b), "--password-stdin",
                         "--platform", "Instagram", "--url", "https://instagram.com/p/1",
                         "--handle", "@nep", "--handle", "@nep2")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("B1  screenshot") and hashlib.sha256(
        a.read_bytes()).hexdigest() in lines[0] and lines[0].endswith("één.png")
    assert lines[1].startswith("B2")
    stored = items(vault_file)
    assert stored[0].metadata.platform == "Instagram"
    assert [x.handle for x in stored[0].metadata.accounts] == ["@nep", "@nep2"]
    assert stored[1].metadata.urls == ("https://instagram.com/p/1",)


def test_import_json_one_object_per_item(cli, vault_file, tmp_path) -> None:
    a, b = png(tmp_path, "a.png", (9, 9, 9)), png(tmp_path, "b.png", (8, 8, 8))
    code, out, _ = cli("import", vault_file, "2026-001", str(a), str(b), "--password-stdin",
                       "--json")
    assert code == 0
    objects = [json.loads(line) for line in out.splitlines()]
    assert [o["item"] for o in objects] == ["B1", "B2"]
    assert objects[0]["sha256"] == hashlib.sha256(a.read_bytes()).hexdigest()
    assert objects[0]["kind"] == "screenshot" and objects[0]["size"] == a.stat().st_size


def test_import_errors_one_dutch_line_each_and_nonzero(cli, vault_file, tmp_path) -> None:
    good = png(tmp_path, "goed.png", (1, 1, 1))
    empty = tmp_path / "leeg.png"
    empty.write_bytes(b"")
    code, out, err = cli("import", vault_file, "2026-001", str(good), str(empty),
                         str(tmp_path / "weg.png"), str(good), "--password-stdin")
    assert code == 1
    assert out.count("\n") == 1 and out.startswith("B1")
    lines = err.splitlines()
    assert len(lines) == 3
    assert "leeg.png" in lines[0] and "leeg" in lines[0]
    assert "weg.png" in lines[1] and "bestaat niet" in lines[1]
    assert "B1" in lines[2] and "al in het dossier" in lines[2]
    assert "Traceback" not in err
    code, _, err = cli("import", vault_file, "2099-999", str(good), "--password-stdin")
    assert code == 1 and err.count("\n") == 1 and "2099-999" in err


def test_import_damaged_image_warns_but_succeeds(cli, vault_file, tmp_path) -> None:
    path = png(tmp_path, "half.png", (1, 200, 3))
    path.write_bytes(path.read_bytes()[:60])
    code, out, err = cli("import", vault_file, "2026-001", str(path), "--password-stdin")
    assert code == 0 and "document" in out and "let op" in err and "beschadigd" in err


def test_import_chat_json_summary(cli, vault_file) -> None:
    export = FIXTURES / "android_nl_24h.txt"
    code, out, err = cli("import-chat", vault_file, "2026-001", str(export),
                         "--password-stdin", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["kind"] == "chat"
    assert result["sha256"] == hashlib.sha256(export.read_bytes()).hexdigest()
    assert result["messages"] > 5 and "Noor" in result["authors"]
    assert result["first_message_at"].startswith("2025-11-03T19:02")
    assert result["last_message_at"] >= result["first_message_at"]
    with CaseFile.open(vault_file, PASSWORD) as vault:
        store = vault.evidence
        assert store.read_bytes(1) == export.read_bytes()  # byte for byte
        assert len(store.chat_messages(1)) == result["messages"]


def test_import_chat_zip_with_media_text_output(cli, vault_file, tmp_path) -> None:
    export = tmp_path / "WhatsApp Chat - Klas 2B.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("_chat.txt", (FIXTURES / "ios_nl.txt").read_bytes())
        archive.writestr("00000012-PHOTO-2025-11-03-19-05-00.jpg", b"\xff\xd8\xff\xe0 jpg")
    code, out, err = cli("import-chat", vault_file, "2026-001", str(export), "--password-stdin")
    assert code == 0, err
    assert out.startswith("B1  chat") and "berichten van" in out


def _damaged_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", (FIXTURES / "ios_nl.txt").read_bytes() * 4)
    data = bytearray(path.read_bytes())
    data[60:200] = bytes(140)  # the compressed chat
    path.write_bytes(bytes(data))
    return path


def _not_a_chat_cases(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    letter = tmp_path / "chat.txt"
    letter.write_text("Dit is gewoon een brief, geen chat.\nGroeten.\n", encoding="utf-8")
    not_zip = tmp_path / "WhatsApp Chat.zip"
    not_zip.write_bytes(b"\x00\x01 geen zip maar wel die naam " * 20)
    unknown = tmp_path / "export.zip"
    with zipfile.ZipFile(unknown, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff\xe0 jpg")
    return {"letter": (letter, "geen regels met datum en tijd"),
            "not a zip": (not_zip, "geen WhatsApp-export"),
            "damaged zip": (_damaged_zip(tmp_path / "kapot.zip"), "beschadigd"),
            "unknown layout": (unknown, "bevat geen chat")}


@pytest.mark.parametrize("case", ["letter", "not a zip", "damaged zip", "unknown layout"])
def test_import_chat_of_a_file_that_is_no_chat_fails_and_keeps_nothing(
        cli, vault_file, tmp_path, case: str) -> None:
    path, reason = _not_a_chat_cases(tmp_path)[case]
    code, out, err = cli("import-chat", vault_file, "2026-001", str(path), "--password-stdin",
                         "--json")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"pestdossier-cli: {path.name}: ")
    assert reason in err and "Er is niets bewaard" in err and "pestdossier-cli import" in err
    assert items(vault_file) == []
    # `import` still keeps any file as a document
    code, out, _ = cli("import", vault_file, "2026-001", str(path), "--password-stdin")
    assert code == 0 and [i.kind.value for i in items(vault_file)] == ["document"]


def test_import_chat_errors(cli, vault_file, tmp_path) -> None:
    code, out, err = cli("import-chat", vault_file, "2026-001", str(tmp_path / "weg.zip"),
                         "--password-stdin")
    assert code == 1 and out == "" and err.count("\n") == 1 and "bestaat niet" in err
    with pytest.raises(SystemExit) as usage:
        cli("import-chat", vault_file, "2026-001", str(FIXTURES / "ios_nl.txt"),
            "--password-stdin", "--wrong-flag")
    assert usage.value.code == 2


def test_cli_verify_rehashes_evidence(cli, vault_file, tmp_path) -> None:
    cli("import", vault_file, "2026-001", str(png(tmp_path, "v.png", (3, 3, 3))),
        "--password-stdin")
    code, out, _ = cli("verify", vault_file, "--password-stdin")
    assert code == 0 and "bewijsstukken (1" in out


def test_import_of_text_named_png_warns_on_stderr(cli, vault_file, tmp_path) -> None:
    path = tmp_path / "x.png"
    path.write_text("geen afbeelding\n", encoding="utf-8")
    code, out, err = cli("import", vault_file, "2026-001", str(path), "--password-stdin")
    assert code == 0 and "document" in out
    assert err == ("pestdossier-cli: let op: x.png: 'x.png' heeft de naam van een afbeelding, "
                   "maar is geen afbeelding; het bestand is ongewijzigd bewaard als document.\n")


def test_import_chat_reads_telegram_and_refuses_what_it_cannot_read(
        cli, vault_file, tmp_path) -> None:
    result = FIXTURES.parent / "telegram" / "result.json"
    code, out, err = cli("import-chat", vault_file, "2026-001", str(result), "--password-stdin")
    assert (code, err) == (0, "")
    assert out.startswith("B1  chat") and "8 berichten van Jesse Vos, Tobias" in out
    whole_account = tmp_path / "result.json"
    whole_account.write_text('{"about": "", "chats": {"list": []}, "messages": 1, "date": ""}',
                             encoding="utf-8")
    code, out, err = cli("import-chat", vault_file, "2026-001", str(whole_account),
                         "--password-stdin")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "geen Telegram-export" in err and "hele account" in err
    assert len(items(vault_file)) == 1
