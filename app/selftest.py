"""Self-test of an installation: does everything the app needs at run time work here?

Used by `pestdossier --self-test` (through ui/selftest_qt.py, which adds the Qt checks)
and by `build_installer.py smoke` on a freshly built bundle. It runs the core path once
with made-up data in a throwaway folder: create a vault, add a case with an entry,
import an image, render a dossier PDF, lock, reopen, verify. Then it checks every
shipped resource and native library. It never touches the user's data folder.

`run_selftest(workdir)` returns the problems (empty = OK); `collect(workdir)` also
says what was checked, for printing.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import io
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import PestdossierError
from app.resources import resource_path, resources_root
from app.wording import dutch, dutch_lines

if TYPE_CHECKING:
    from app.casefile import CaseFile

#: Translations that must ship (Dutch is the default language).
REQUIRED_TRANSLATIONS = ("nl",)
#: Icons the windows, the .desktop file and the installers use.
REQUIRED_ICONS = ("pestdossier.png", "pestdossier-16.png", "pestdossier-32.png",
                  "pestdossier-48.png", "pestdossier-256.png", "pestdossier.ico",
                  "pestdossier.icns")
#: reportlab's own TrueType fonts: the dossier's fallback when DejaVu is not there.
REPORTLAB_FONTS = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")
#: Every .qm file starts with these 16 bytes.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

CASE_TITLE = "Zelftest: verzonnen melding"
ENTRY_TEXT = "Zelftest: verzonnen gesprek, geen echte gegevens."


@dataclass
class SelftestReport:
    checked: list[str] = field(default_factory=list)  # what works, one line each
    notes: list[str] = field(default_factory=list)  # skipped or optional, not a failure
    problems: list[str] = field(default_factory=list)  # missing or broken: a failure

    @property
    def ok(self) -> bool:
        return not self.problems

    def extend(self, other: SelftestReport) -> None:
        self.checked += other.checked
        self.notes += other.notes
        self.problems += other.problems

    def lines(self) -> list[str]:
        return ([f"OK       {c}" for c in self.checked]
                + [f"NB       {n}" for n in self.notes]
                + [f"PROBLEEM {p}" for p in self.problems])


def run_selftest(workdir: Path) -> list[str]:
    """Run every core check with a throwaway vault under `workdir`; return the problems."""
    return collect(workdir).problems


def collect(workdir: Path) -> SelftestReport:
    report = SelftestReport()
    checks: list[tuple[str, Callable[[SelftestReport], None]]] = [
        ("SQLCipher", check_sqlcipher),
        ("bronbestanden", check_resources),
        ("PDF-lettertypen", check_fonts),
        ("afbeeldingen (Pillow)", check_pillow),
        ("kluis", lambda r: check_vault_flow(Path(workdir), r)),
    ]
    for name, check in checks:
        try:
            check(report)
        except Exception as exc:  # a check must never stop the others
            report.problems.append(f"{name}: onverwachte fout {type(exc).__name__}: {exc}")
    return report


# ----------------------------------------------------------------- native libraries
def check_sqlcipher(report: SelftestReport) -> None:
    from sqlcipher3 import dbapi2  # noqa: PLC0415 - imported here so a failure is reported

    conn = dbapi2.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not row or not row[0]:
        report.problems.append("SQLCipher: de bibliotheek versleutelt niet (geen cipher_version)")
    else:
        report.checked.append(f"SQLCipher {row[0]}")


def check_fonts(report: SelftestReport) -> None:
    import reportlab  # noqa: PLC0415
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415

    folder = Path(reportlab.__file__).resolve().parent / "fonts"
    missing = [name for name in REPORTLAB_FONTS if not (folder / name).is_file()]
    if missing:
        report.problems.append(f"reportlab-lettertypen ontbreken: {', '.join(missing)} "
                               f"(in {folder})")
        return
    for name in REPORTLAB_FONTS:
        TTFont(f"Selftest-{name}", str(folder / name))
    report.checked.append(f"reportlab {reportlab.Version}, lettertypen {len(REPORTLAB_FONTS)}")
    from app.dossier import styles  # noqa: PLC0415 - reportlab only when checking it

    report.checked.append(f"dossierlettertype: {Path(styles.fonts().source).name}")


def check_pillow(report: SelftestReport) -> None:
    from PIL import Image, features  # noqa: PLC0415

    working = []
    for fmt in ("PNG", "JPEG", "WEBP"):
        try:
            buf = io.BytesIO()
            Image.new("RGB", (8, 8), (47, 111, 143)).save(buf, format=fmt)
            with Image.open(io.BytesIO(buf.getvalue())) as back:
                back.load()
            working.append(fmt)
        except (OSError, KeyError, ValueError) as exc:
            report.problems.append(f"Pillow kan geen {fmt} lezen/schrijven ({exc})")
    heic = features.check("heif") if "heif" in features.get_supported_modules() else False
    if not heic and importlib.util.find_spec("pillow_heif") is None:
        report.notes.append("HEIC-foto's: Pillow heeft hier geen HEIC-ondersteuning")
    report.checked.append(f"Pillow {features.version('pil')}: {', '.join(working)}")


# ----------------------------------------------------------------- shipped resources
def check_resources(report: SelftestReport) -> None:
    root = resources_root()
    if not root.is_dir():
        report.problems.append(f"map met bronbestanden ontbreekt: {root}")
        return
    _check_protocols(report)
    _check_translations(report)
    _check_icons(report)
    _check_templates(report)
    _check_project_fonts(report)


def _check_protocols(report: SelftestReport) -> None:
    from app.protocols import load_protocols  # noqa: PLC0415

    folder = resource_path("protocols")
    if not folder.is_dir():
        report.problems.append(f"protocollen ontbreken: map {folder} bestaat niet")
        return
    protocols, errors = load_protocols([folder])
    report.problems += [f"protocol: {error}" for error in errors]
    if not protocols:
        report.problems.append(f"protocollen ontbreken: geen enkel protocol in {folder}")
    else:
        names = ", ".join(sorted(p.id for p in protocols))
        report.checked.append(f"protocollen ({len(protocols)}): {names}")


def _check_translations(report: SelftestReport) -> None:
    for language in REQUIRED_TRANSLATIONS:
        name = f"pestdossier_{language}.qm"
        path = resource_path("i18n", name)
        if not path.is_file():
            report.problems.append(f"vertaling ontbreekt: i18n/{name}")
        elif path.read_bytes()[:16] != QM_MAGIC:
            report.problems.append(f"vertaling beschadigd: i18n/{name}")
        else:
            report.checked.append(f"vertaling i18n/{name}")


def _check_icons(report: SelftestReport) -> None:
    from PIL import Image  # noqa: PLC0415

    missing, broken = [], []
    for name in REQUIRED_ICONS:
        path = resource_path("icons", name)
        if not path.is_file():
            missing.append(name)
            continue
        try:
            with Image.open(path) as image:
                image.verify()
        except (OSError, ValueError, SyntaxError):
            broken.append(name)
    if missing:
        report.problems.append(f"pictogrammen ontbreken: {', '.join(missing)}")
    if broken:
        report.problems.append(f"pictogrammen beschadigd: {', '.join(broken)}")
    if not missing and not broken:
        report.checked.append(f"pictogrammen ({len(REQUIRED_ICONS)})")


def _check_templates(report: SelftestReport) -> None:
    """Every letter the app offers must have a template that parses."""
    from app import letters  # noqa: PLC0415

    folder = resource_path("templates")
    bad = []
    for template_id in letters.LETTER_IDS:
        try:
            letters.load_template(template_id, folder)
        except (OSError, ValueError, PestdossierError) as exc:
            bad.append(f"{template_id} ({exc})")
    if bad:
        report.problems.append(f"briefsjablonen ontbreken of kloppen niet: {'; '.join(bad)}")
    else:
        report.checked.append(f"briefsjablonen ({len(letters.LETTER_IDS)})")


def _check_project_fonts(report: SelftestReport) -> None:
    """Fonts the project ships in resources/fonts (the dossier prefers them)."""
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415

    folder = resource_path("fonts")
    fonts = sorted(folder.glob("*.ttf")) if folder.is_dir() else []
    if not fonts:
        return
    broken = []
    for path in fonts:
        try:
            TTFont(f"Selftest-project-{path.stem}", str(path))
        except Exception:  # reportlab raises TTFError or plain exceptions
            broken.append(path.name)
    if broken:
        report.problems.append(f"lettertypen in resources/fonts beschadigd: {', '.join(broken)}")
    else:
        report.checked.append(f"lettertypen in resources/fonts ({len(fonts)})")


# ----------------------------------------------------------------- the core path
def _screenshot_png() -> bytes:
    from PIL import Image, ImageDraw  # noqa: PLC0415

    image = Image.new("RGB", (360, 640), (236, 229, 221))
    draw = ImageDraw.Draw(image)
    for i in range(6):
        y = 40 + i * 95
        left = 20 if i % 2 else 120
        draw.rounded_rectangle((left, y, left + 220, y + 70), radius=12,
                               fill=(255, 255, 255) if i % 2 else (220, 248, 198))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def check_vault_flow(workdir: Path, report: SelftestReport) -> None:
    """Create, fill, lock, reopen and verify a throwaway vault in a fresh temp folder."""
    workdir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="pestdossier-selftest-", dir=workdir))
    try:
        _vault_flow(folder, report)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _vault_flow(folder: Path, report: SelftestReport) -> None:
    from app.casefile import CaseFile  # noqa: PLC0415 - the whole core: after the basics
    from app.cases import NewCase  # noqa: PLC0415
    from app.domain import CaseKind, EntryKind  # noqa: PLC0415

    path = folder / "zelftest.pestdossier"
    password = secrets.token_urlsafe(24)
    started = time.perf_counter()
    case_file = CaseFile.create(path, password, counsellor="Zelftest", check_strength=False)
    try:
        case = case_file.cases.create(NewCase(CASE_TITLE, CaseKind.PESTEN, date.today()))
        case_file.timeline.add(case.id, EntryKind.GESPREK, ENTRY_TEXT, datetime.now(UTC))
        image = _screenshot_png()
        _import_image(case_file, case.id, folder, image, report)
        _render_dossier(case_file, case.id, folder, report)
    finally:
        case_file.close()
    if case_file.is_open:
        report.problems.append("kluis: vergrendelen sloot de verbinding niet")
    report.checked.append(f"kluis gemaakt en gevuld in {time.perf_counter() - started:.2f} s")

    try:
        CaseFile.open(path, password + "x").close()
        report.problems.append("kluis: ging open met een verkeerd wachtwoord")
    except PestdossierError:
        pass

    started = time.perf_counter()
    with CaseFile.open(path, password) as case_file:
        found = [c for c in case_file.cases.list() if c.title == CASE_TITLE]
        entries = case_file.timeline.for_case(found[0].id) if found else []
        if not found or not any(e.text == ENTRY_TEXT for e in entries):
            report.problems.append("kluis: melding of tijdlijnregel weg na opnieuw openen")
        items = case_file.evidence.list_for_case(found[0].id) if found else []
        if len(items) != 1 or items[0].sha256 != hashlib.sha256(image).hexdigest():
            report.problems.append("bewijs: afbeelding weg of veranderd na opnieuw openen")
        result = case_file.verify()
        report.problems += [f"controle: {dutch(p)}" for p in result.problems]
        if result.ok:
            report.checked.append(f"opnieuw geopend en gecontroleerd in "
                                  f"{time.perf_counter() - started:.2f} s: "
                                  f"{'; '.join(dutch_lines(result.checked))}")


def _import_image(case_file: CaseFile, case_id: int, folder: Path, image: bytes,
                  report: SelftestReport) -> None:
    source = folder / "schermafbeelding.png"
    source.write_bytes(image)
    item = case_file.evidence.import_file(case_id, source)
    source.unlink()
    if item.sha256 != hashlib.sha256(image).hexdigest():
        report.problems.append("bewijs: SHA-256 van de geïmporteerde afbeelding klopt niet")
    if not item.has_thumbnail:
        report.problems.append("bewijs: geen miniatuur gemaakt van een PNG")
    report.checked.append(f"afbeelding geïmporteerd als bewijs {item.label} "
                          f"({item.width}x{item.height}, miniatuur)")


def _render_dossier(case_file: CaseFile, case_id: int, folder: Path,
                    report: SelftestReport) -> None:
    """The real export path: vault case -> coordinator dossier PDF with a password,
    written atomically, recorded in the audit log and recognised by check-export."""
    from app.dossier.selection import DossierRequest  # noqa: PLC0415

    started = time.perf_counter()
    target = folder / "zelftest-dossier.pdf"
    request = DossierRequest(profile="coordinator", recipient="Zelftest",
                             password=secrets.token_urlsafe(12))
    outcome = case_file.handover.export(case_id, request, target)
    pdf = target.read_bytes() if target.is_file() else b""
    if outcome is None or not pdf.startswith(b"%PDF-") or outcome.pdf.page_count < 1:
        report.problems.append("dossier: de PDF is leeg of ongeldig")
        return
    result = outcome.pdf
    if b"/Encrypt" not in pdf:
        report.problems.append("dossier: beveiligen met een wachtwoord (pikepdf) werkt niet")
        return
    if case_file.handover.check_export(target) is None:
        report.problems.append("dossier: de export staat niet in de auditlog")
        return
    report.checked.append(f"dossier-PDF: {result.page_count} pagina's, {len(pdf) // 1024} kB, "
                          f"{time.perf_counter() - started:.2f} s; met wachtwoord beveiligd")
