#!/usr/bin/env bash
# bench/filter-copy.sh WIRECAP [PACKETS]
#
# Issue 4's speed check: the filtered copies `-r F -w OUT EXPR` for the two expressions the issue
# names, wirecap against tcpdump on the capture bench-tcpdump.sh caches (it is made first if
# missing), with bench-tcpdump.sh's method: runs interleaved (A B, then B A, ...), wall-clock
# medians, ratio = tcpdump/wirecap, and a byte comparison of the two output files.
# Environment: RUNS (default 7), TCPDUMP (default tcpdump), SEED (default 1).
set -u
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: ${0##*/} WIRECAP [PACKETS]" >&2; exit 2; }
WIRECAP=$(cd "$(dirname -- "$1")" && pwd)/$(basename -- "$1")
PACKETS=${2:-1000000}
RUNS=${RUNS:-7}
SEED=${SEED:-1}
TCPDUMP=$(command -v -- "${TCPDUMP:-tcpdump}") || { echo "tcpdump not found" >&2; exit 2; }
HERE=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
TOOLS=$HERE/../../shared/tools
GEN=$TOOLS/gen-pcap.py
F=${TMPDIR:-/tmp}/wirecap-bench/gen-$(sha256sum "$GEN" | cut -c1-12)-s$SEED-n$PACKETS.pcap
if [ ! -s "$F" ]; then
    mkdir -p "$(dirname "$F")"
    python3 "$GEN" -q --seed "$SEED" --packets "$PACKETS" --out "$F.tmp" && mv -f "$F.tmp" "$F" || exit 1
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/filter-copy.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

timed() {  # file cmd...: appends the wall-clock seconds of one run
    local out=$1; shift
    local t0=$EPOCHREALTIME
    "$@" >/dev/null 2>&1
    local t1=$EPOCHREALTIME
    python3 -c "print(f'{$t1 - $t0:.6f}')" >> "$out"
}

echo "capture: $F ($PACKETS packets); $RUNS rounds, order alternating; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-60s %9s %9s %7s  %s\n' workload "tcpdump s" "wirecap s" ratio "-w files"
for expr in 'tcp and port 80' 'host 192.168.1.20 and (port 443 or port 22)'; do
    rm -f "$WORK"/*.times
    cat "$F" > /dev/null
    for ((i = 1; i <= RUNS; i++)); do
        if ((i % 2)); then
            timed "$WORK/t.times" "$TCPDUMP" -r "$F" -w "$WORK/t.pcap" "$expr"
            timed "$WORK/w.times" "$WIRECAP" -r "$F" -w "$WORK/w.pcap" "$expr"
        else
            timed "$WORK/w.times" "$WIRECAP" -r "$F" -w "$WORK/w.pcap" "$expr"
            timed "$WORK/t.times" "$TCPDUMP" -r "$F" -w "$WORK/t.pcap" "$expr"
        fi
    done
    same=$(cmp -s "$WORK/t.pcap" "$WORK/w.pcap" && echo MATCH || echo DIFF)
    python3 - "$WORK" "-r F -w OUT '$expr'" "$same" <<'PY'
import statistics, sys
work, name, same = sys.argv[1:]
t = statistics.median(float(x) for x in open(work + '/t.times').read().split())
w = statistics.median(float(x) for x in open(work + '/w.times').read().split())
print('%-60s %9.3f %9.3f %7.2f  %s' % (name, t, w, t / w, same))
PY
done
