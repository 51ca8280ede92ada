#!/usr/bin/env bash
# Overload row (issue 16): a core publisher floods a file stream as fast as it can, no acks
# awaited, and the server's peak RSS (VmHWM) is reported for rnats and the reference nats-server.
#
#   benches/flood.sh                   3,000,000 × 512 B messages into stream FLOOD (flood.>)
#   MSGS=500000 benches/flood.sh       a shorter run
#   ONLY=rnats benches/flood.sh        one server only (rnats|ref)
#   DURATION=60s MAX_MSGS=100000 benches/flood.sh
#                                      a one-minute flood into a stream capped at 100,000
#                                      messages, with the RSS sampled every 5 s (flat or not)
#
# Reference binary: $NATS_SERVER_BIN, else `nats-server` on PATH. rnats: $RNATS_BIN, else a
# release build of this tree. Each server gets a fresh store directory and a random port, is
# killed by its PID, and every client run is bounded by a timeout. Prints one line per server:
# peak RSS, stored messages (what the store kept; upstream drops what exceeds its ingest
# queue), and elapsed seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source benches/lib.sh

msgs=${MSGS:-3000000}
size=${SIZE:-512}
limit=${LIMIT:-300}
ref=${NATS_SERVER_BIN:-$(command -v nats-server || true)}
if [[ -n ${RNATS_BIN:-} ]]; then
  rnats=$RNATS_BIN
else
  cargo build --release --quiet --bin rnats
  rnats=${CARGO_TARGET_DIR:-target}/release/rnats
fi

work=$(mktemp -d)
SPID=""
trap cleanup EXIT

run() { # rnats|ref
  local kind=$1 log=$work/$1.log store=$work/$1-store
  mkdir -p "$store"
  spawn_server "$kind" "$log" -js -sd "$store"
  local port
  port=$(log_port "$log")
  [[ -n $port ]] || { echo "$kind did not start: $(cat "$log")" >&2; exit 1; }
  local url=nats://127.0.0.1:$port
  local cap=()
  if [[ -n ${MAX_MSGS:-} ]]; then cap=(--max-msgs "$MAX_MSGS"); fi
  timeout 20 "$rnats" -s "$url" stream add FLOOD --subjects 'flood.>' --storage file \
    --defaults "${cap[@]}" >/dev/null
  local start=$SECONDS
  local count=(--msgs "$msgs")
  if [[ -n ${DURATION:-} ]]; then count=(--duration "$DURATION"); fi
  timeout "$limit" "$rnats" -s "$url" bench pub flood.x "${count[@]}" --size "$size" \
    --no-progress >"$work/bench.out" 2>&1 &
  local bench=$! samples=""
  while kill -0 "$bench" 2>/dev/null; do
    sleep 5
    samples="$samples $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SPID/status")"
  done
  wait "$bench" || echo "$kind: bench failed: $(tail -3 "$work/bench.out")" >&2
  # Let the store catch up, then read what it kept.
  local stored="" prev=-1
  for _ in $(seq 600); do
    stored=$(timeout 10 "$rnats" -s "$url" stream info FLOOD --json 2>/dev/null |
      grep -o '"messages": *[0-9]*' | head -1 | grep -o '[0-9]*$' || true)
    if [[ -n $stored && $stored == "$prev" ]]; then break; fi
    prev=${stored:--1}
    sleep 0.5
  done
  local hwm
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$SPID/status")
  printf '%-6s peak RSS %6d MiB  stored %9s  %3ds  %s\n' "$kind" $((hwm / 1024)) "${stored:-?}" \
    $((SECONDS - start)) "$(grep -o '[0-9,]* msgs/sec' "$work/bench.out" | head -1)"
  echo "       RSS MiB every 5 s while publishing:$samples"
  stop_server
  rm -rf "$store"
}

case ${ONLY:-both} in
  rnats) run rnats ;;
  ref) run ref ;;
  *)
    run rnats
    if [[ -n $ref ]]; then run ref; else echo "ref    skipped: no nats-server (set NATS_SERVER_BIN)"; fi
    ;;
esac
