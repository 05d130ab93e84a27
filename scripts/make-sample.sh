#!/usr/bin/env bash
# Makes samples/session-9501.pcap: tcpdump on lo records one short exchange on 127.0.0.1:9501.
# A client connects, sends 4 bytes, gets 12 back, and both ends close. Needs root, tcpdump, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-samples/session-9501.pcap}
port=9501
work=$(mktemp -d)
tcpdump_pid=
trap '[ -n "$tcpdump_pid" ] && kill "$tcpdump_pid" 2>/dev/null; rm -rf "$work"' EXIT

tcpdump -i lo -U --immediate-mode -w "$work/capture.pcap" "tcp port $port" 2>"$work/tcpdump.err" &
tcpdump_pid=$!
# tcpdump says "tcpdump: listening on lo" once its filter is in place.
for _ in $(seq 100); do
    grep -q 'listening on' "$work/tcpdump.err" && break
    sleep 0.1
done
grep -q 'listening on' "$work/tcpdump.err" || { cat "$work/tcpdump.err" >&2; exit 1; }

python3 - "$port" <<'PY'
import socket, sys, threading
port = int(sys.argv[1])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port))
srv.listen(1)

def serve():
    conn, _ = srv.accept()
    request = b""
    while len(request) < 4:
        chunk = conn.recv(4 - len(request))
        if not chunk:
            break
        request += chunk
    conn.sendall(b"HELLO WORLD\n")   # 12 bytes back
    conn.close()

t = threading.Thread(target=serve)
t.start()
cli = socket.create_connection(("127.0.0.1", port))
cli.sendall(b"PING")                 # 4 bytes
reply = b""
while True:
    chunk = cli.recv(64)
    if not chunk:
        break
    reply += chunk
cli.close()
t.join()
srv.close()
assert reply == b"HELLO WORLD\n", reply
PY

sleep 0.3   # let the last ACK reach the file (immediate mode: no ring block timeout)
kill -INT "$tcpdump_pid"
wait "$tcpdump_pid" || true
tcpdump_pid=
cat "$work/capture.pcap" >"$out"   # tcpdump created it as its own user
tcpdump -n -r "$out" 2>/dev/null
