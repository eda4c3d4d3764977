#!/usr/bin/env bash
# Installs an older Rapport .deb, makes a workspace, installs a newer .deb over it, and checks the workspace
# is kept and the rapport command still works; then removes Rapport and checks the workspace is still there.
# Needs root and apt (it installs and removes the package on this machine).
#   installer/upgrade-test.sh OLDER.deb NEWER.deb
set -euo pipefail

older="$(readlink -f "${1:?usage: installer/upgrade-test.sh OLDER.deb NEWER.deb}")"
newer="$(readlink -f "${2:?usage: installer/upgrade-test.sh OLDER.deb NEWER.deb}")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
as_user() {
  # Java takes the home folder from the user database, not $HOME; XDG_DATA_HOME moves the data folder.
  env -i HOME="$home" XDG_DATA_HOME="$home/data" PATH=/usr/bin:/bin LANG=C.UTF-8 rapport "$@"
}

# A machine without a desktop lacks the menu folders xdg-desktop-menu writes to; a desktop has them.
mkdir -p /usr/share/applications /usr/share/desktop-directories
apt-get install -y -q "$older" >/dev/null
as_user --version
as_user sample >/dev/null
before="$(as_user list --count)"

apt-get install -y -q "$newer" >/dev/null
after="$(as_user list --count)"
[[ "$after" == "$before" ]] || { echo "upgrade test: $before contacts before the upgrade, $after after." >&2; exit 1; }
echo "upgrade test: $after contacts kept across the upgrade to $(dpkg-query -W -f '${Version}' rapport)."

apt-get remove -y -q rapport >/dev/null
[[ ! -e /usr/bin/rapport ]] || { echo "upgrade test: /usr/bin/rapport is left after removal." >&2; exit 1; }
[[ -s "$home/data/rapport/rapport.mv.db" ]] \
  || { echo "upgrade test: the workspace went with the program." >&2; exit 1; }
echo "upgrade test: removing Rapport kept the workspace in the user's data folder."
