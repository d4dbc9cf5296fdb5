#!/bin/sh
# Install the one-folder build for the current user: ~/.local/opt/safehaven, a launcher
# in ~/.local/bin and a menu entry. Run from the folder that holds dist/safehaven.
set -eu
dest="${HOME}/.local/opt/safehaven"
mkdir -p "${dest}" "${HOME}/.local/bin" "${HOME}/.local/share/applications" \
         "${HOME}/.local/share/icons/hicolor/256x256/apps"
cp -R dist/safehaven/. "${dest}/"
ln -sf "${dest}/safehaven" "${HOME}/.local/bin/safehaven"
cp packaging/linux/safehaven.desktop "${HOME}/.local/share/applications/"
cp resources/icons/safehaven.png "${HOME}/.local/share/icons/hicolor/256x256/apps/"
echo "SafeHaven installed. Start it from the menu, or run: safehaven gui"
