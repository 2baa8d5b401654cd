#!/usr/bin/env bash
# Proves the README on a truly fresh machine: makes a minimal chroot with debootstrap, copies
# this checkout into it and runs the README's two commands there, as a new user would.
#
#   sudo bash scripts/fresh-machine-check.sh [debian12|debian13|ubuntu2204|ubuntu2404]
#
# Needs root, debootstrap and a package mirror: MIRROR=http://... picks one; without it a
# Debian target uses the first mirror in this machine's own apt sources. The chroot lives in
# a temporary folder under /var/tmp (CHROOT_PARENT= to change) and is removed afterwards.
#
# Steps inside the chroot (no window can open there, so `run` starts the app's self-test,
# which starts Qt offscreen, creates a vault, writes a dossier and checks it):
#   1. a half-made `.venv` is left where a failed earlier attempt would leave one;
#   2. bash scripts/dev.sh run --self-test     (installs Python, venv, Qt's libraries)
#   3. bash scripts/dev.sh test                (the whole test suite must pass)
#   4. bash scripts/dev.sh run --self-test with the package index switched off: the second
#      start must not need the internet.
#
#   sudo bash scripts/fresh-machine-check.sh debian12 --bundle dist/Pestdossier-...tar.gz
#
# checks the built Linux bundle instead: unpacked in the fresh chroot, it must first name
# what is missing (one Dutch line: libGL and friends are not in a minimal system) and that
# there is no display, then pass its self-test once the packages that LEESMIJ lists
# (packaging/linux/system-packages.txt) are installed, and nothing more.
set -euo pipefail

target="${1:-debian12}"
bundle=""
if [ "${2:-}" = "--bundle" ]; then
  bundle="$(realpath "${3:?Gebruik: $0 DOEL --bundle PAKKET.tar.gz}")"
fi
case "$target" in
  debian12) suite=bookworm; family=debian ;;
  debian13) suite=trixie; family=debian ;;
  ubuntu2204) suite=jammy; family=ubuntu ;;
  ubuntu2404) suite=noble; family=ubuntu ;;
  *) echo "Gebruik: $0 [debian12|debian13|ubuntu2204|ubuntu2404]" >&2; exit 2 ;;
esac
[ "$(id -u)" -eq 0 ] || { echo "Start dit script als root (debootstrap en chroot)." >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "Installeer eerst debootstrap." >&2; exit 2; }

checkout="$(cd "$(dirname "$0")/.." && pwd)"

host_debian_mirror() {
  cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}'
  grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2; exit}'
  true
}
mirror="${MIRROR:-}"
if [ -z "$mirror" ] && [ "$family" = debian ]; then mirror="$(host_debian_mirror | head -1 || true)"; fi
[ -n "$mirror" ] || { echo "Geef een spiegelserver op: MIRROR=http://... $0 $target" >&2; exit 2; }

root="$(mktemp -d "${CHROOT_PARENT:-/var/tmp}/pestdossier-fresh-${target}.XXXXXX")"

cleanup() {
  for mnt in dev sys proc; do
    mountpoint -q "$root/$mnt" && umount -R "$root/$mnt" 2>/dev/null || umount -R -l "$root/$mnt"
  done
  if findmnt -rn -o TARGET | grep -q "^$root/"; then
    echo "Nog iets gekoppeld onder $root: niet verwijderd." >&2
  else
    rm -rf "$root"
  fi
}
trap cleanup EXIT

step() { printf '\n=== %s: %s\n' "$target" "$*"; }

step "debootstrap $suite (minbase) in $root"
keyring=()
if [ "$family" = ubuntu ] && [ ! -f /usr/share/keyrings/ubuntu-archive-keyring.gpg ]; then
  keyring=(--no-check-gpg)  # Debian hosts lack Ubuntu's keyring; the mirror is the user's choice
fi
components=main
[ "$family" = ubuntu ] && components=main,universe
script=()  # debootstrap of an older Debian may not know a newer Ubuntu by name
[ "$family" = ubuntu ] && [ ! -e "/usr/share/debootstrap/scripts/$suite" ] && script=(gutsy)
debootstrap --variant=minbase --components="$components" "${keyring[@]}" \
  "$suite" "$root" "$mirror" "${script[@]}" >"$root.debootstrap.log" 2>&1 \
  || { tail -20 "$root.debootstrap.log"; rm -f "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
if [ "$family" = ubuntu ]; then
  echo "deb $mirror $suite main universe" > "$root/etc/apt/sources.list"
fi

mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

# A network that inspects TLS needs its certificate authority: the host's CA bundle, when
# the host points pip at one (PIP_CERT or SSL_CERT_FILE), is handed to pip in the chroot.
# That is the network's trust, not part of the machine, so the check stays fresh.
pass_env=()
host_ca="${PIP_CERT:-${SSL_CERT_FILE:-}}"
if [ -n "$host_ca" ] && [ -f "$host_ca" ]; then
  cp -L "$host_ca" "$root/etc/host-network-ca.crt"
  pass_env=(PIP_CERT=/etc/host-network-ca.crt)
fi

# A clean environment, as after a login: only what a fresh shell has, plus "$@"'s settings.
in_chroot_at() {
  local dir="$1"; shift
  chroot "$root" /usr/bin/env -i -C "$dir" HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${pass_env[@]}" "$@"
}

if [ -n "$bundle" ]; then
  step "unpack $(basename "$bundle")"
  tar -xzf "$bundle" -C "$root/root"
  app="/root/$(basename "$bundle" .tar.gz)"
  step "a minimal system: the bundle names what is missing (expected to fail)"
  if in_chroot_at "$app" QT_QPA_PLATFORM=offscreen ./pestdossier --self-test; then
    echo "--- unexpected: the self-test passed without the system packages"
  fi
  read -r -a packages < <(grep -v '^#' "$checkout/packaging/linux/system-packages.txt" | xargs)
  step "apt-get install ${packages[*]}  (LEESMIJ's list, nothing more)"
  in_chroot_at / apt-get update -qq
  in_chroot_at / env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "${packages[@]}" >/dev/null
  step "no display: one Dutch line (expected to fail)"
  in_chroot_at "$app" ./pestdossier && echo "--- unexpected: started without a display"
  step "./pestdossier --self-test"
  in_chroot_at "$app" QT_QPA_PLATFORM=offscreen ./pestdossier --self-test
  in_chroot_at "$app" ./pestdossier-cli --version
  glibc="$(in_chroot_at / ldd --version 2>&1 | head -1 || true)"
  step "passed: the bundle starts on a fresh $target ($glibc)"
  exit 0
fi

step "copy the checkout (files git knows, without .venv, build or dist)"
mkdir -p "$root/root/pestdossier"
(cd "$checkout" && git ls-files -z --cached --others --exclude-standard \
  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$root/root/pestdossier"
mkdir -p "$root/root/pestdossier/.venv/bin"  # what an interrupted first attempt leaves

in_chroot() { in_chroot_at /root/pestdossier "$@"; }

started=$SECONDS
step "bash scripts/dev.sh run --self-test  (first start: installs everything)"
in_chroot QT_QPA_PLATFORM=offscreen bash scripts/dev.sh run --self-test
echo "--- first run took $((SECONDS - started)) s"

started=$SECONDS
step "bash scripts/dev.sh test"
in_chroot bash scripts/dev.sh test
echo "--- test took $((SECONDS - started)) s"

started=$SECONDS
step "bash scripts/dev.sh run --self-test  (again, with the package index switched off)"
in_chroot QT_QPA_PLATFORM=offscreen PIP_NO_INDEX=1 bash scripts/dev.sh run --self-test
echo "--- second run took $((SECONDS - started)) s"

step "passed: both README commands work on a fresh $target"
