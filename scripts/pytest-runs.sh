#!/usr/bin/env bash
# make pytest: the suite in two runs, so that both cores work where they can.
#   1. The in-process tests (not marked broker, e2e nor browser: the library, the services on
#      both databases, the console, contracts, docs, deploy) on PYTEST_WORKERS pytest-xdist
#      workers (2 unless set; 0 runs them in this process). Each test has its own database.
#   2. The tests that start processes of their own (a broker, the five services, Chromium), one
#      at a time: those processes need the other core, and their waits are bounded in time.
# Both runs always run, so one log shows every failure; the exit status is the first failing
# run's. "No tests collected" (5) counts as success when the other run collected some, so a
# selection that falls wholly in one run (e.g. `make pytest PYTEST_ARGS=console/tests`) passes.
# Arguments (PYTEST_ARGS) go to both runs; each run prints its own durations and time by area.
# A marker expression of their own (-m) is overridden by each run's, which comes after it.
set -uo pipefail

run=("$@")
workers="${PYTEST_WORKERS:-2}"

"${run[@]}" -n "$workers" -m "not broker and not e2e and not browser"
in_process=$?
"${run[@]}" -m "broker or e2e or browser"
processes=$?

if [ "$in_process" = 5 ] && [ "$processes" = 5 ]; then
  exit 5
fi
for status in "$in_process" "$processes"; do
  if [ "$status" != 0 ] && [ "$status" != 5 ]; then
    exit "$status"
  fi
done
exit 0
