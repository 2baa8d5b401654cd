"""What the Linux bundle holds, checked against a manifest in the repo.

    python tools/bundle_manifest.py check    # dist/Pestdossier against the manifest
    python tools/bundle_manifest.py write    # accept the current bundle's file list
    python tools/bundle_manifest.py glibc    # the newest glibc any bundled binary needs

The manifest (packaging/linux/bundle-manifest.txt) lists every file under `_internal/`,
one path a line; `check` fails when the bundle has a file the manifest does not name, so
the bundle cannot grow by accident (a new system library on the build machine, a Qt
plugin a hook started collecting). Files that disappeared are reported too.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "packaging" / "linux" / "bundle-manifest.txt"
DEFAULT_BUNDLE = ROOT / "dist" / "Pestdossier"
HEADER = ("# Every file of the Linux bundle's _internal/ folder (tools/bundle_manifest.py).\n"
          "# A test fails when the bundle holds a file not named here.\n")
GLIBC_VERSION = re.compile(r"GLIBC_(\d+)\.(\d+)")


def bundle_files(bundle: Path) -> list[str]:
    internal = bundle / "_internal"
    return sorted(p.relative_to(internal).as_posix() for p in internal.rglob("*")
                  if p.is_file() or p.is_symlink())


def read_manifest(path: Path = MANIFEST) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def write_manifest(bundle: Path, path: Path = MANIFEST) -> int:
    files = bundle_files(bundle)
    path.write_text(HEADER + "".join(f"{name}\n" for name in files), encoding="utf-8")
    return len(files)


def differences(bundle: Path, path: Path = MANIFEST) -> tuple[list[str], list[str]]:
    """(files the manifest does not name, files the manifest names that are gone)."""
    have, listed = set(bundle_files(bundle)), set(read_manifest(path))
    return sorted(have - listed), sorted(listed - have)


def glibc_needed(binary: Path) -> tuple[int, int]:
    """The newest GLIBC_x.y symbol version `binary` asks for ((0, 0) when none)."""
    result = subprocess.run(["objdump", "-T", str(binary)], capture_output=True,  # noqa: S603,S607
                            text=True, check=False)
    found = [(int(a), int(b)) for a, b in GLIBC_VERSION.findall(result.stdout)]
    return max(found, default=(0, 0))


def glibc_report(bundle: Path) -> list[tuple[tuple[int, int], str]]:
    """Each ELF file of the bundle with the glibc it needs, the most demanding first."""
    rows = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            rows.append((glibc_needed(path), path.relative_to(bundle).as_posix()))
    return sorted(rows, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bundle_manifest.py")
    parser.add_argument("command", choices=("check", "write", "glibc"))
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    args = parser.parse_args(argv)
    if args.command == "write":
        print(f"{write_manifest(args.bundle)} files written to {MANIFEST.relative_to(ROOT)}")
        return 0
    if args.command == "glibc":
        for (major, minor), name in glibc_report(args.bundle)[:15]:
            print(f"GLIBC {major}.{minor:<3} {name}")
        return 0
    extra, gone = differences(args.bundle)
    for name in extra:
        print(f"new:  {name}")
    for name in gone:
        print(f"gone: {name}")
    return 1 if extra else 0


if __name__ == "__main__":
    sys.exit(main())
