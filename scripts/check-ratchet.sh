#!/usr/bin/env bash
# Holds the conformance ratchet: every test named in tests/conformance-ratchet.txt must still pass
# tcpdump's own test suite (run-reference.sh from ../shared/tcpdump-tests, or $WIRECAP_SHARED).
#   scripts/check-ratchet.sh [--update] BINARY
# Exit 1, listing them, when a ratchet test fails. --update also adds the newly passing tests to the
# list (it never removes any). DIFFDIR=dir keeps run-reference.sh's diffs of the failures.
set -euo pipefail

update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi
if [ $# -ne 1 ]; then echo "usage: $0 [--update] BINARY" >&2; exit 2; fi
binary=$1

repo=$(cd "$(dirname "$0")/.." && pwd)
ratchet=$repo/tests/conformance-ratchet.txt
runner=${WIRECAP_SHARED:-$repo/../shared}/tcpdump-tests/run-reference.sh
[ -x "$runner" ] || { echo "$0: no test runner at $runner (set WIRECAP_SHARED)" >&2; exit 2; }

export LC_ALL=C
results=$(mktemp)
trap 'rm -f "$results"' EXIT
"$runner" "$binary" >"$results"
# run-reference.sh's own "N passed, M failed" counts the whole suite, most of which is not built
# yet; say it in words that no CI reader takes for this run's verdict.
echo "tcpdump suite: $(grep -c '^PASS ' "$results") of $(grep -cE '^(PASS|FAIL) ' "$results") tests pass"

source "$repo/scripts/ratchet-lib.sh"
hold_ratchet "$ratchet" "$results" "$update" tests ratchet
