#!/usr/bin/env bash
# Monitoring row (issue 12): with 10,000 idle client connections open, the latency of /varz,
# /connz and /subsz (REQS requests each, one keep-alive HTTP connection, sequential), p50, p99
# and max, for rnats and the reference nats-server.
#
#   benches/monitor.sh                     10,000 connections, 200 requests per endpoint
#   CONNS=2000 REQS=500 benches/monitor.sh
#   ONLY=rnats benches/monitor.sh          one server only (rnats|ref)
#
# Reference binary: $NATS_SERVER_BIN, else `nats-server` on PATH. rnats: $RNATS_BIN, else a
# release build of this tree. The idle connections come from benches/hold.py (CONNECT, PING,
# PONG each, then silent); the open-file limit is raised to what the hard limit allows. Each
# server gets a random client port and a random monitoring port on 127.0.0.1 and is killed by
# its PID; every step is bounded by a timeout. /connz answers its default page (1,024
# connections), as a dashboard polling it would get.
set -euo pipefail
cd "$(dirname "$0")/.."

conns=${CONNS:-10000}
reqs=${REQS:-200}
ref=${NATS_SERVER_BIN:-$(command -v nats-server || true)}
if [[ -n ${RNATS_BIN:-} ]]; then
  rnats=$RNATS_BIN
else
  cargo build --release --quiet --bin rnats
  rnats=${CARGO_TARGET_DIR:-target}/release/rnats
fi

# Server and holder each need one descriptor per connection and some headroom.
need=$((conns + 1000))
hard=$(ulimit -Hn)
if [[ $hard != unlimited && $hard -lt $need ]]; then
  echo "open-file hard limit $hard is below $need: lower CONNS or raise the limit" >&2
  exit 1
fi
ulimit -n "$need"

work=$(mktemp -d)
SPID=""
HPID=""
cleanup() {
  if [[ -n $HPID ]]; then kill "$HPID" 2>/dev/null || true; fi
  if [[ -n $SPID ]]; then kill "$SPID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

measure() { # monitoring port: prints one line per endpoint
  timeout 300 python3 - "$1" "$reqs" <<'PY'
import http.client, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
for path in ("/varz", "/connz", "/subsz"):
    # One warm-up request, then n timed ones.
    conn.request("GET", path); conn.getresponse().read()
    lat = []
    size = 0
    for _ in range(n):
        t = time.perf_counter()
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read()
        lat.append((time.perf_counter() - t) * 1000.0)
        if r.status != 200:
            raise SystemExit("%s: status %d" % (path, r.status))
        size = len(body)
    lat.sort()
    q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
    print("%-7s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (%d B)" % (path, q(0.50), q(0.99), lat[-1], size))
PY
}

run() { # rnats|ref
  local kind=$1 log=$work/$1.log
  if [[ $kind == rnats ]]; then
    "$rnats" server -a 127.0.0.1 -p -1 -m -1 >"$log" 2>&1 &
  else
    "$ref" -a 127.0.0.1 -p -1 -m -1 >"$log" 2>&1 &
  fi
  SPID=$!
  local port="" mport=""
  for _ in $(seq 200); do
    port=$(grep -o 'client connections on [^ ]*' "$log" | head -1 | sed 's/.*://' || true)
    mport=$(grep -o 'monitor on [^ ]*' "$log" | head -1 | sed 's/.*://' || true)
    if [[ -n $port && -n $mport ]]; then break; fi
    sleep 0.05
  done
  [[ -n $port && -n $mport ]] || { echo "$kind did not start: $(cat "$log")" >&2; exit 1; }
  python3 benches/hold.py "$port" conns "$conns" >"$work/hold.out" 2>&1 &
  HPID=$!
  for _ in $(seq 1200); do
    if grep -q ready "$work/hold.out"; then break; fi
    if ! kill -0 "$HPID" 2>/dev/null; then
      echo "$kind: holder failed: $(cat "$work/hold.out")" >&2
      exit 1
    fi
    sleep 0.1
  done
  grep -q ready "$work/hold.out" || { echo "$kind: $conns connections not ready in 120 s" >&2; exit 1; }
  local open
  open=$(timeout 10 python3 -c "import json,urllib.request;print(json.load(urllib.request.urlopen('http://127.0.0.1:$mport/varz'))['connections'])")
  echo "## $kind ($open connections open)"
  measure "$mport"
  kill "$HPID" 2>/dev/null || true
  wait "$HPID" 2>/dev/null || true
  HPID=""
  kill "$SPID" 2>/dev/null || true
  wait "$SPID" 2>/dev/null || true
  SPID=""
}

echo "# monitoring latency, $conns idle connections, $reqs requests per endpoint"
echo "# $(uname -srm), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ${ONLY:-} != ref ]]; then run rnats; fi
if [[ ${ONLY:-} != rnats ]]; then
  if [[ -z $ref ]]; then
    echo "no reference nats-server (set NATS_SERVER_BIN)" >&2
  else
    run ref
  fi
fi
echo "# load after $(cut -d' ' -f1-3 /proc/loadavg)"
