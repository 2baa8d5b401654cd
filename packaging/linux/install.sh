#!/bin/sh
# Installeert Pestdossier voor deze gebruiker; er zijn geen beheerdersrechten nodig.
#
#   ./install.sh               installeren of bijwerken
#   ./install.sh --uninstall   het programma verwijderen (kluizen blijven staan)
#
# Het programma komt in ~/.local/opt/pestdossier, de opdrachten pestdossier en
# pestdossier-cli in ~/.local/bin, en Pestdossier verschijnt in het menu.
# Kluizen (.pestdossier) staan elders en worden nooit aangeraakt.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
prefix=${PESTDOSSIER_PREFIX:-"$HOME/.local/opt/pestdossier"}
bin_dir="$HOME/.local/bin"
desktop_file="$data_home/applications/pestdossier.desktop"
mime_file="$data_home/mime/packages/pestdossier.xml"
icon_sizes="16 24 32 48 64 128 256 512"

remove() {
  rm -f "$bin_dir/pestdossier" "$bin_dir/pestdossier-cli" "$desktop_file" "$mime_file"
  for size in $icon_sizes; do
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/pestdossier.png"
  done
  case "$prefix" in
    */pestdossier) rm -rf "$prefix" ;;
    *) echo "Map $prefix niet verwijderd (onverwachte naam)." >&2 ;;
  esac
}

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime/packages" ] &&
    update-mime-database "$data_home/mime" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh_menus
  echo "Pestdossier is verwijderd. Uw kluizen zijn niet aangeraakt."
  exit 0
fi

if [ "$here" = "$prefix" ]; then
  echo "Dit is al de geïnstalleerde map; start install.sh vanuit de uitgepakte download." >&2
  exit 1
fi
if [ ! -x "$here/pestdossier" ]; then
  echo "Start dit script vanuit de uitgepakte map van Pestdossier." >&2
  exit 1
fi

remove
mkdir -p "$prefix" "$bin_dir" "$data_home/applications"
cp -R "$here/." "$prefix/"
ln -sf "$prefix/pestdossier" "$bin_dir/pestdossier"
ln -sf "$prefix/pestdossier-cli" "$bin_dir/pestdossier-cli"
for size in $icon_sizes; do
  src="$prefix/_internal/resources/icons/pestdossier-$size.png"
  if [ -f "$src" ]; then
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$src" "$data_home/icons/hicolor/${size}x${size}/apps/pestdossier.png"
  fi
done
sed "s|^Exec=.*|Exec=\"$prefix/pestdossier\" %f|" "$prefix/pestdossier.desktop" > "$desktop_file"
chmod 0644 "$desktop_file"
# .pestdossier files open in Pestdossier (double-click opens that vault's unlock screen).
if [ -f "$prefix/pestdossier-mime.xml" ]; then
  mkdir -p "$data_home/mime/packages"
  cp "$prefix/pestdossier-mime.xml" "$mime_file"
fi
refresh_menus
echo "Pestdossier is geïnstalleerd in $prefix en staat in het menu."
echo "Controleren: $prefix/pestdossier --self-test"
