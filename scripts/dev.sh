#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine:
#   bash scripts/dev.sh run     install everything and start Pestdossier
#   bash scripts/dev.sh test    install everything and run the whole test suite
# Extra arguments are passed on (e.g. `bash scripts/dev.sh run --demo`).
#
# It installs the system packages it needs (Python 3.11+ with venv, Qt's libraries, the PDF
# tools), makes `.venv` and installs Pestdossier into it. A stamp in `.venv` holds the hash
# of pyproject.toml: while it matches, nothing is fetched, so a second start works offline.
# A half-made `.venv` (no python, no pip, no stamp) is removed and made again.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
shift || true

# System libraries Qt needs to start (its xcb platform plugin on an X11 desktop), plus the
# PDF tools the tests read dossiers with and the .desktop file's validator.
APT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0
              libdbus-1-3 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
              libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0
              libxcb-xinerama0 libxcb-xkb1 poppler-utils qpdf desktop-file-utils)
STAMP=.venv/.pestdossier-installed
apt_updated=""

say() { echo "dev.sh: $*" >&2; }
fail() { say "$*"; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || fail "Geen apt-get op deze computer. Installeer zelf: $*"
  say "Systeempakketten installeren: $*"
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq || fail "Installeer eerst deze pakketten (als root): $*"
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
    >/dev/null \
    || fail "Installeren mislukt. Installeer zelf (als root): $*"
}

install_system_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_install "${missing[@]}"
}

python_is_recent() {
  command -v python3 >/dev/null 2>&1 \
    && python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

ensure_python() {
  python_is_recent && return 0
  command -v python3 >/dev/null 2>&1 || apt_install python3
  python_is_recent || fail "Pestdossier heeft Python 3.11 of nieuwer nodig; deze computer heeft \
$(python3 --version 2>&1). Gebruik Debian 12, Ubuntu 24.04 of nieuwer, of installeer Python 3.11."
}

# `python3 -m venv` needs Debian's python3.X-venv package (ensurepip); without it the venv is
# left half made. The venv package matching this python's version is the one that helps.
make_venv() {
  say "Virtuele omgeving maken in .venv"
  if python3 -m venv .venv >/dev/null 2>&1 && .venv/bin/python -m pip --version >/dev/null 2>&1
  then return 0; fi
  rm -rf .venv
  local version
  version="$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
  apt_install "python${version}-venv"
  python3 -m venv .venv || fail "Kon geen virtuele omgeving maken (python3 -m venv)."
}

# The stamp: pyproject.toml's hash and the extras installed with it ("test" or nothing).
wanted_stamp() { echo "$(sha256sum pyproject.toml | cut -d' ' -f1) $1"; }

venv_is_complete() {
  [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1 \
    && [ -f "$STAMP" ]
}

install_python_packages() {
  local extras="$1" stamp
  stamp="$(wanted_stamp "$extras")"
  if venv_is_complete; then
    # Installed with the test extras also serves `run`.
    if [ "$(cat "$STAMP")" = "$stamp" ] || [ "$(cat "$STAMP")" = "$(wanted_stamp test)" ]; then
      return 0
    fi
  elif [ -e .venv ]; then
    say "De vorige installatie in .venv is niet afgemaakt: opnieuw beginnen"
    rm -rf .venv
  fi
  [ -d .venv ] || make_venv
  say "Pestdossier en zijn Python-pakketten installeren (eenmalig, vraagt internet)"
  rm -f "$STAMP"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  local target="."
  [ -n "$extras" ] && target=".[${extras}]"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$target"
  echo "$stamp" > "$STAMP"
}

prepare() {
  ensure_python
  install_system_packages
  install_python_packages "$1"
}

case "$mode" in
  run)
    prepare ""
    say "Pestdossier starten"
    exec .venv/bin/pestdossier "$@"
    ;;
  test)
    prepare test
    say "De tests draaien"
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
    status=$?
    set -e
    # pytest exits 5 when it collected no tests: that is a failure here.
    [ "$status" -eq 5 ] && fail "Geen tests gevonden."
    exit "$status"
    ;;
  *)
    echo "Gebruik: bash scripts/dev.sh run|test [argumenten]" >&2
    exit 2
    ;;
esac
