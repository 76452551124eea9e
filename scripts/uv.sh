#!/usr/bin/env bash
# Print the path of a usable uv, installing it from PyPI into .tools/ when none is on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v uv >/dev/null 2>&1; then
  command -v uv
  exit 0
fi
if [ ! -x .tools/bin/uv ]; then
  echo "uv not found: installing it from PyPI into .tools/" >&2
  python3 -m venv .tools >&2
  .tools/bin/python -m pip install --quiet --disable-pip-version-check uv >&2
fi
echo "$PWD/.tools/bin/uv"
