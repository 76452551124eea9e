#!/usr/bin/env bash
# Debian's Chromium for the console's browser tests (Playwright drives it; no browser is ever
# downloaded by a test tool). Installs the `chromium` package when /usr/bin/chromium is absent
# (root or sudo), then prints its path on stdout (everything else goes to stderr):
#   export SG_CHROMIUM=$(scripts/chromium.sh)
set -euo pipefail

BROWSER="${SG_CHROMIUM:-/usr/bin/chromium}"
log() { echo "chromium: $*" >&2; }

if [ ! -x "$BROWSER" ]; then
  "$(dirname "$0")/apt-install.sh" chromium
fi
[ -x "$BROWSER" ] || { log "no browser at $BROWSER"; exit 1; }
echo "$BROWSER"
