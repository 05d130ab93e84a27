#!/usr/bin/env bash
# bench/live-cpu.sh WIRECAP [SECONDS] [RATE]
#
# ../shared/tools/bench-live.sh, with each capturer also run under `perf stat -e task-clock`.
# bench-live's "cpu s" column is /usr/bin/time's user+sys, which this kernel keeps by sampling
# at each 4 ms tick (CONFIG_TICK_CPU_ACCOUNTING): for captures that use a tenth of a second it
# moves by a tick or two between rounds. task-clock is the scheduler's exact on-CPU time.
# Prints bench-live's table, then the task-clock milliseconds of each run.
# Environment: as bench-live.sh (ROUNDS, CAPTURE_ARGS, SIZE, TCPDUMP). Needs root and perf.
set -u
[ $# -ge 1 ] && [ $# -le 3 ] || { echo "usage: ${0##*/} WIRECAP [SECONDS] [RATE]" >&2; exit 2; }
command -v perf >/dev/null || { echo "${0##*/}: perf is needed" >&2; exit 2; }
HERE=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
WIRECAP=$(cd "$(dirname -- "$1")" && pwd)/$(basename -- "$1")
TCPDUMP=$(command -v -- "${TCPDUMP:-tcpdump}") || { echo "tcpdump not found" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/live-cpu.XXXXXX")
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
for name in tcpdump wirecap; do
    bin=$TCPDUMP; [ $name = wirecap ] && bin=$WIRECAP
    cat > "$WORK/$name" <<EOF
#!/bin/sh
exec perf stat -x, -e task-clock -o "$WORK/\$\$.$name.stat" -- "$bin" "\$@"
EOF
    chmod +x "$WORK/$name"
done
TCPDUMP=$WORK/tcpdump bash "$HERE/../../shared/tools/bench-live.sh" "$WORK/wirecap" "${2:-5}" "${3:-300000}"
echo
echo "task-clock (ms on CPU), in run order:"
for f in $(ls -tr "$WORK"/*.stat 2>/dev/null); do
    n=${f##*/}; n=${n#*.}; n=${n%.stat}
    printf '%-10s %8s\n' "$n" "$(grep task-clock "$f" | cut -d, -f1)"
done
