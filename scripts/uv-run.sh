#!/usr/bin/env bash
# `uv run --frozen ARGS...` with the uv that scripts/uv.sh finds (for the pre-commit hooks).
set -euo pipefail
exec "$("$(dirname "$0")/uv.sh")" run --frozen "$@"
