#!/usr/bin/env bash
# Install Debian packages as root, or through sudo; says what to run when neither is possible.
#   scripts/apt-install.sh chromium
# Used by scripts/test-postgres.sh and scripts/chromium.sh (messages on stderr).
set -euo pipefail
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "apt-install: $* not installed and this user cannot install it: run 'apt-get install -y $*' as root" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "apt-install: installing $* from Debian's packages" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >&2
