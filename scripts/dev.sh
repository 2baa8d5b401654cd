#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine with Python 3.11:
#   bash scripts/dev.sh run     install everything and start Pestdossier
#   bash scripts/dev.sh test    install everything and run the whole test suite
# Extra arguments are passed on (e.g. `bash scripts/dev.sh run --demo`).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
shift || true

# System libraries Qt needs to start (its xcb platform plugin on an X11 desktop), plus the
# PDF tools the tests read dossiers with.
APT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0
              libdbus-1-3 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
              libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0
              libxcb-xinerama0 libxcb-xkb1 poppler-utils qpdf)

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Installeer eerst deze pakketten: ${missing[*]}" >&2; return 0; fi
  fi
  echo "Systeempakketten installeren: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python_packages() {
  local extras="$1"
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
}

case "$mode" in
  run)
    install_system_packages
    install_python_packages ""
    exec .venv/bin/pestdossier "$@"
    ;;
  test)
    install_system_packages
    install_python_packages "[test]"
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
    status=$?
    set -e
    # pytest exits 5 when it collected no tests: that is a failure here.
    [ "$status" -eq 5 ] && { echo "Geen tests gevonden." >&2; exit 1; }
    exit "$status"
    ;;
  *)
    echo "Gebruik: bash scripts/dev.sh run|test [argumenten]" >&2
    exit 2
    ;;
esac
