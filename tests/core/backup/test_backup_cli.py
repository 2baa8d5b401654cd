"""backup, backups, restore and recovery-kit through the real console entry; the
forgotten-password flow with the code read back from the Noodblad's text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.casefile import CaseFile
from tests.conftest import PASSWORD
from tests.core.backup.helpers import NEW_PASSWORD, fill
from tests.core.cli.real_cli import ROOT, new_vault

CODE = re.compile(r"(?:[0-9A-Z]{5}-){6}[0-9A-Z]{5}")


def _restore(backup: Path, target: Path, stdin: str, *extra: str
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli.main", "restore", str(backup),
                           "--to", str(target), *extra], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60, check=False)


def test_backup_commands_and_the_forgotten_password(tmp_path: Path) -> None:
    vault_path, cli = new_vault(tmp_path)
    with CaseFile.create(vault_path, PASSWORD) as cf:
        fill(cf)
    noodblad = tmp_path / "noodblad.pdf"
    kit = cli.run("recovery-kit", "-o", str(noodblad))
    assert kit.returncode == 0 and kit.stdout == ""  # the code is not printed by default
    made = Path(cli.ok("backup", "--to", str(tmp_path / "stick")).strip())
    assert made.is_file() and made.parent.name == "stick"
    listed = cli.json("backups", "--folder", str(tmp_path / "stick"))
    assert listed[0]["path"] == str(made) and listed[0]["cases"] == 1
    assert listed[0]["verified"] is True

    text = "".join(page.extract_text() for page in PdfReader(noodblad).pages)
    assert "Noodblad" in text and "schoolkluis" in text
    found = CODE.search(text.replace(" ", ""))
    assert found is not None
    target = tmp_path / "nieuw.pestdossier"
    restored = _restore(made, target, f"{found.group(0)}\n{NEW_PASSWORD}\n",
                        "--recovery-code-stdin", "--json")
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["cases"] == 1
    with CaseFile.open(target, NEW_PASSWORD) as back:
        assert back.cases.list()[0].title.startswith("KANARIE")
    wrong = _restore(made, tmp_path / "x.pestdossier", f"fout wachtwoord\n{NEW_PASSWORD}\n",
                     "--password-stdin")
    assert wrong.returncode == 1 and "opent deze reservekopie niet" in wrong.stderr
    assert not (tmp_path / "x.pestdossier").exists()
