"""Build Pestdossier's installable bundle for this platform and prove it works.

    python build_installer.py build     # PyInstaller --onedir --windowed, then package
    python build_installer.py package   # only package an existing dist/Pestdossier
    python build_installer.py smoke     # run the bundle's --self-test headless, timed
    python build_installer.py clean     # remove build/ and dist/

`build` compiles the translations, runs PyInstaller with packaging/pestdossier.spec
(two executables, `pestdossier` and `pestdossier-cli`, sharing one runtime folder) and
packages the result the platform's way:

    Linux    dist/Pestdossier-<version>-linux-<arch>.tar.gz  (+ .AppImage with appimagetool)
    Windows  dist/Pestdossier-<version>-windows-x64-setup.exe  (Inno Setup, per user, iscc)
    macOS    dist/Pestdossier-<version>-macos-<arch>.dmg  (hdiutil)

The version comes from pyproject.toml only. Needs the `build` extra (PyInstaller).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path

from tools.bundle_smoke import SmokeResult, print_smoke, smoke_bundle

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "pestdossier.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
I18N_SOURCES = ROOT / "resources" / "i18n"
I18N_BUILD = BUILD / "i18n"
BUNDLE_NAME = "Pestdossier"
GUI_NAME = "pestdossier"
CLI_NAME = "pestdossier-cli"
MAX_LINUX_BUNDLE_MB = 250
#: What a bundle is built from: a newer file here makes an existing bundle stale.
SOURCES = ("app", "ui", "resources", "packaging", "pyproject.toml", "build_installer.py")


class BuildError(Exception):
    """One clear line for the user; the script exits non-zero."""


def say(message: str) -> None:
    print(f"[build_installer] {message}", flush=True)


# ----------------------------------------------------------------- facts
def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def numeric_version(text: str) -> str:
    """'1.2.3rc1' -> '1.2.3.0' (Windows version resources take four numbers)."""
    numbers = []
    for part in text.split("+", maxsplit=1)[0].split(".")[:4]:
        digits = re.match(r"\d*", part).group()  # type: ignore[union-attr]
        numbers.append(str(int(digits)) if digits else "0")
    return ".".join((numbers + ["0"] * 4)[:4])


def platform_tag() -> str:
    machine = platform.machine().lower()
    machine = {"amd64": "x64", "x86_64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    if sys.platform == "win32":
        return f"windows-{'x64' if machine in {'x64', 'x86_64'} else machine}"
    if sys.platform == "darwin":
        return f"macos-{machine}"
    return f"linux-{machine}"


def package_basename() -> str:
    return f"{BUNDLE_NAME}-{version()}-{platform_tag()}"


def bundle_dir() -> Path:
    return DIST / BUNDLE_NAME


def app_bundle() -> Path:
    return DIST / f"{BUNDLE_NAME}.app"


def executable(name: str) -> Path:
    """A built executable: inside the .app on macOS, else in dist/Pestdossier."""
    if sys.platform == "darwin" and app_bundle().is_dir():
        return app_bundle() / "Contents" / "MacOS" / name
    return bundle_dir() / (f"{name}.exe" if sys.platform == "win32" else name)


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _newest_source_mtime() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files: Iterable[Path] = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def bundle_is_fresh() -> bool:
    """A built bundle exists and no source file changed since it was built."""
    exe = executable(GUI_NAME)
    return exe.is_file() and exe.stat().st_mtime >= _newest_source_mtime()


def _run(command: list[str], **kwargs: object) -> None:
    say("$ " + " ".join(command))
    result = subprocess.run(command, check=False, **kwargs)  # noqa: S603 - our own tools
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} stopte met code {result.returncode}")


# ----------------------------------------------------------------- build
def compile_translations() -> Path:
    """Compile every .ts into build/i18n (fresh .qm files, the tree stays untouched)."""
    I18N_BUILD.mkdir(parents=True, exist_ok=True)
    for old in I18N_BUILD.glob("*.qm"):
        old.unlink()
    sources = sorted(I18N_SOURCES.glob("*.ts"))
    lrelease = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent))
    if sources and lrelease:
        for ts in sources:
            subprocess.run([lrelease, "-silent", str(ts), "-qm",  # noqa: S603
                            str(I18N_BUILD / f"{ts.stem}.qm")], check=True)
        say(f"vertalingen gecompileerd: {', '.join(ts.stem for ts in sources)}")
    else:
        for qm in I18N_SOURCES.glob("*.qm"):
            shutil.copy2(qm, I18N_BUILD / qm.name)
        say("pyside6-lrelease niet gevonden: de .qm-bestanden uit resources/i18n gebruikt")
    if not any(I18N_BUILD.glob("*.qm")):
        raise BuildError("geen vertalingen (.qm) om mee te leveren")
    return I18N_BUILD


def check_icons() -> None:
    icons = ROOT / "resources" / "icons"
    if not (icons / "pestdossier.png").is_file():
        _run([sys.executable, str(PACKAGING / "make_icons.py")])


def run_pyinstaller(codesign_identity: str | None) -> None:
    try:
        import PyInstaller  # noqa: F401, PLC0415
    except ImportError as exc:
        raise BuildError("PyInstaller ontbreekt: pip install -e '.[build]'") from exc
    i18n = compile_translations()
    check_icons()
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(DIST),
               "--workpath", str(BUILD / "pyinstaller"), "--", "--i18n-dir", str(i18n)]
    if codesign_identity:
        command += ["--codesign-identity", codesign_identity]
    started = time.perf_counter()
    _run(command, cwd=ROOT)
    size = tree_size(bundle_dir())
    say(f"bundel gebouwd in {time.perf_counter() - started:.0f} s: {bundle_dir()} "
        f"({megabytes(size)} uitgepakt)")
    if sys.platform.startswith("linux") and size > MAX_LINUX_BUNDLE_MB * 1024 * 1024:
        say(f"LET OP: groter dan het doel van {MAX_LINUX_BUNDLE_MB} MB")


# ----------------------------------------------------------------- package
def _fill(template: Path, values: dict[str, str]) -> str:
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def system_packages() -> list[str]:
    """What the Linux bundle needs from the system (packaging/linux/system-packages.txt)."""
    text = (PACKAGING / "linux" / "system-packages.txt").read_text(encoding="utf-8")
    return [word for line in text.splitlines() if not line.startswith("#")
            for word in line.split()]


def package_linux() -> list[Path]:
    """A .tar.gz with the bundle, a .desktop file, the icon and install.sh."""
    source = bundle_dir()
    base = package_basename()
    stage_root = BUILD / "stage"
    shutil.rmtree(stage_root, ignore_errors=True)
    stage = stage_root / base
    shutil.copytree(source, stage, symlinks=True)
    linux = PACKAGING / "linux"
    shutil.copy2(linux / "pestdossier.desktop", stage / "pestdossier.desktop")
    shutil.copy2(linux / "install.sh", stage / "install.sh")
    shutil.copy2(linux / "pestdossier-mime.xml", stage / "pestdossier-mime.xml")
    (stage / "install.sh").chmod(0o755)
    shutil.copy2(ROOT / "resources" / "icons" / "pestdossier-256.png", stage / "pestdossier.png")
    (stage / "LEESMIJ.txt").write_text(
        _fill(linux / "LEESMIJ.txt", {"VERSION": version(), "ARCH": platform.machine(),
                                      "SYSTEM_PACKAGES": " ".join(system_packages())}),
        encoding="utf-8")
    tarball = DIST / f"{base}.tar.gz"
    tmp = tarball.with_name(tarball.name + ".tmp")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tmp, "w:gz", compresslevel=9) as tar:
        tar.add(stage, arcname=base, filter=normalise)
    tmp.replace(tarball)
    made = [tarball]
    say(f"pakket: {tarball} ({megabytes(tarball.stat().st_size)})")
    appimage = package_appimage(source)
    if appimage is not None:
        made.append(appimage)
    shutil.rmtree(stage_root, ignore_errors=True)
    return made


def package_appimage(source: Path) -> Path | None:
    tool = shutil.which("appimagetool")
    if tool is None:
        say("appimagetool niet gevonden: geen AppImage (alleen de .tar.gz)")
        return None
    appdir = BUILD / "AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(source, appdir / "usr" / "lib" / "pestdossier", symlinks=True)
    shutil.copy2(PACKAGING / "linux" / "pestdossier.desktop", appdir / "pestdossier.desktop")
    shutil.copy2(ROOT / "resources" / "icons" / "pestdossier-256.png", appdir / "pestdossier.png")
    apprun = appdir / "AppRun"
    apprun.write_text('#!/bin/sh\nhere="$(dirname "$(readlink -f "$0")")"\n'
                      'exec "$here/usr/lib/pestdossier/pestdossier" "$@"\n', encoding="utf-8")
    apprun.chmod(0o755)
    target = DIST / f"{package_basename()}.AppImage"
    arch = {"x86_64": "x86_64", "aarch64": "aarch64"}.get(platform.machine(), platform.machine())
    _run([tool, "--no-appstream", str(appdir), str(target)], env={**os.environ, "ARCH": arch})
    shutil.rmtree(appdir, ignore_errors=True)
    say(f"pakket: {target} ({megabytes(target.stat().st_size)})")
    return target


def write_inno_script() -> Path:
    """dist/pestdossier.iss, filled in from packaging/windows/pestdossier.iss.in."""
    values = {
        "VERSION": version(),
        "NUMERIC_VERSION": numeric_version(version()),
        "SOURCE_DIR": str(bundle_dir()),
        "OUTPUT_DIR": str(DIST),
        "ICON_FILE": str(ROOT / "resources" / "icons" / "pestdossier.ico"),
        "OUTPUT_NAME": f"{BUNDLE_NAME}-{version()}-windows-x64-setup",
    }
    DIST.mkdir(parents=True, exist_ok=True)
    script = DIST / "pestdossier.iss"
    script.write_text(_fill(PACKAGING / "windows" / "pestdossier.iss.in", values),
                      encoding="utf-8")
    say(f"Inno Setup-script: {script}")
    return script


def package_windows() -> list[Path]:
    script = write_inno_script()
    iscc = shutil.which("iscc") or shutil.which(
        "ISCC", path=os.pathsep.join(str(Path(p) / "Inno Setup 6") for p in (
            os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"),
            os.environ.get("PROGRAMFILES", r"C:\Program Files"),
            str(Path(os.environ.get("LOCALAPPDATA", "")) / "Programs"))))
    if iscc is None:
        say("iscc (Inno Setup 6) niet gevonden: alleen het .iss-script geschreven")
        return [script]
    _run([iscc, "/Q", str(script)])
    setup = DIST / f"{BUNDLE_NAME}-{version()}-windows-x64-setup.exe"
    say(f"pakket: {setup} ({megabytes(setup.stat().st_size)})")
    return [script, setup]


def package_macos() -> list[Path]:
    app = app_bundle()
    if not app.is_dir():
        raise BuildError(f"{app} ontbreekt: eerst 'build' op een Mac")
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        raise BuildError("hdiutil niet gevonden (alleen op macOS)")
    stage = BUILD / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    dmg = DIST / f"{package_basename()}.dmg"
    dmg.unlink(missing_ok=True)
    _run([hdiutil, "create", "-volname", f"{BUNDLE_NAME} {version()}", "-srcfolder",
          str(stage), "-fs", "HFS+", "-format", "UDZO", "-ov", str(dmg)])
    shutil.rmtree(stage, ignore_errors=True)
    say(f"pakket: {dmg} ({megabytes(dmg.stat().st_size)})")
    return [dmg]


def package(fmt: str = "auto") -> list[Path]:
    if fmt == "auto":
        fmt = {"win32": "inno", "darwin": "dmg"}.get(sys.platform, "tar")
    if fmt == "inno" and sys.platform != "win32":
        return [write_inno_script()]  # for review; iscc and the bundle need Windows
    if not executable(GUI_NAME).is_file():
        raise BuildError(f"geen bundel in {DIST}: eerst 'python build_installer.py build'")
    return {"tar": package_linux, "inno": package_windows, "dmg": package_macos}[fmt]()


# ----------------------------------------------------------------- smoke
def smoke(timeout: float = 300) -> SmokeResult:
    gui, cli = executable(GUI_NAME), executable(CLI_NAME)
    if not gui.is_file():
        raise BuildError(f"geen bundel gevonden ({gui}): eerst 'python build_installer.py build'")
    return smoke_bundle(gui, cli, version(), timeout)


# ----------------------------------------------------------------- clean + CLI
def clean() -> None:
    for folder in (BUILD, DIST):
        if folder.exists():
            shutil.rmtree(folder)
            say(f"verwijderd: {folder}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="bundle with PyInstaller, then package")
    p_build.add_argument("--no-package", action="store_true", help="only the bundle")
    p_build.add_argument("--smoke", action="store_true", help="run the smoke test after")
    p_build.add_argument("--codesign-identity", default=None, help="macOS: sign with this")
    p_package = sub.add_parser("package", help="package an existing bundle")
    p_package.add_argument("--format", choices=["auto", "tar", "inno", "dmg"], default="auto",
                           help="auto: tar (Linux), inno (Windows), dmg (macOS); inno "
                           "elsewhere only writes the .iss script")
    p_smoke = sub.add_parser("smoke", help="run the built bundle's --self-test headless")
    p_smoke.add_argument("--timeout", type=float, default=300)
    sub.add_parser("clean", help="remove build/ and dist/")
    sub.add_parser("version", help="print the version from pyproject.toml")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            run_pyinstaller(args.codesign_identity)
            if not args.no_package:
                package()
            if args.smoke:
                result = smoke()
                print_smoke(result)
                return 0 if result.ok else 1
        elif args.command == "package":
            package(args.format)
        elif args.command == "smoke":
            result = smoke(args.timeout)
            print_smoke(result)
            return 0 if result.ok else 1
        elif args.command == "clean":
            clean()
        else:
            print(version())
    except BuildError as exc:
        say(f"FOUT: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
