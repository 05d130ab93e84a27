#!/usr/bin/env bash
# Holds the filter ratchet: every case id in tests/filter-ratchet.txt must still match libpcap 1.10.3
# in the filter-compiler corpus (run-filters.sh from ../shared/filters, or $WIRECAP_SHARED/filters).
#   scripts/check-filter-ratchet.sh BINARY [--update]
# Exit 1, listing them, when a ratchet case fails. --update also adds the newly passing ids to the
# list (it never removes any). JOBS (default 2) and DIFFDIR are passed on to run-filters.sh.
# The last line is the ratchet's own verdict: "filters: N passed, M failed".
set -euo pipefail

update=0
args=()
for a in "$@"; do
    if [ "$a" = --update ]; then update=1; else args+=("$a"); fi
done
if [ ${#args[@]} -ne 1 ]; then echo "usage: $0 BINARY [--update]" >&2; exit 2; fi
binary=${args[0]}

repo=$(cd "$(dirname "$0")/.." && pwd)
ratchet=$repo/tests/filter-ratchet.txt
runner=${WIRECAP_SHARED:-$repo/../shared}/filters/run-filters.sh
[ -x "$runner" ] || { echo "$0: no corpus runner at $runner (set WIRECAP_SHARED)" >&2; exit 2; }

export LC_ALL=C
results=$(mktemp)
trap 'rm -f "$results"' EXIT
JOBS=${JOBS:-2} "$runner" "$binary" >"$results"
# run-filters.sh's own "N passed, M failed" counts the whole corpus; say it in other words so that
# nobody takes it for the ratchet's verdict.
echo "filter corpus: $(grep -c '^PASS ' "$results") of $(grep -cE '^(PASS|FAIL) ' "$results") cases match"

source "$repo/scripts/ratchet-lib.sh"
hold_ratchet "$ratchet" "$results" "$update" cases filters
