#!/usr/bin/env bash
# Soak (issue 16, item 7; not CI): DURATION minutes of mixed load on rnats and the reference
# nats-server at the same time, each on its own random port with its own store and its own load
# driver (benches/soak.py: core fan-out, a queue group, request/reply, JetStream publish with a
# pull and a push consumer, a slow consumer, connection churn), sampled every SAMPLE seconds:
# RSS, open file descriptors, connections, message rates, request/reply p50/p99, slow consumers
# and errors. Prints one Markdown table per server over time and a summary table.
#
#   benches/soak.sh                          10 minutes
#   DURATION=3 benches/soak.sh               3 minutes
#   DURATION=0.5 SAMPLE=5 benches/soak.sh    a 30-second smoke run
#   ONLY=rnats benches/soak.sh               one server only (rnats|ref)
#   FAN_RATE=1000 JS_RATE=200 benches/soak.sh    rates per second (see benches/soak.py)
#
# Both servers run with their defaults (max_pending 64 MiB, write_deadline 10 s), JetStream on.
# Reference binary: $NATS_SERVER_BIN, else `nats-server` on PATH. rnats: $RNATS_BIN, else a
# release build of this tree. Servers are killed by PID; every driver is bounded by `timeout`.
# Needs python3 with nats-py. Results stay in $OUT (default a new directory under /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${DURATION:-10}
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
sample=${SAMPLE:-10}
ref=${NATS_SERVER_BIN:-$(command -v nats-server || true)}
if [[ -n ${RNATS_BIN:-} ]]; then
  rnats=$RNATS_BIN
else
  cargo build --release --quiet --bin rnats
  rnats=${CARGO_TARGET_DIR:-target}/release/rnats
fi
python3 -c 'import nats' 2>/dev/null || { echo "soak.sh: python3 nats-py is required" >&2; exit 1; }

out=${OUT:-$(mktemp -d /tmp/soak.XXXXXX)}
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# start KIND: starts one server, sets PID, PORT and MPORT.
start() {
  local kind=$1 log=$work/$1.log store=$work/$1-store
  mkdir -p "$store"
  local args=(-a 127.0.0.1 -p -1 -m -1 -js -sd "$store")
  if [[ $kind == rnats ]]; then
    "$rnats" server "${args[@]}" >"$log" 2>&1 &
  else
    "$ref" "${args[@]}" >"$log" 2>&1 &
  fi
  PID=$!
  pids+=("$PID")
  PORT="" MPORT=""
  for _ in $(seq 200); do
    PORT=$(grep -o 'client connections on [^ ]*' "$log" | head -1 | sed 's/.*://' || true)
    MPORT=$(grep -o 'http monitor on [^ ]*' "$log" | head -1 | sed 's/.*://' || true)
    if [[ -n $PORT && -n $MPORT ]]; then break; fi
    sleep 0.05
  done
  [[ -n $PORT && -n $MPORT ]] || { echo "$kind did not start: $(cat "$log")" >&2; exit 1; }
}

kinds=()
case ${ONLY:-both} in
  rnats) kinds=(rnats) ;;
  ref) kinds=(ref) ;;
  *)
    kinds=(rnats)
    if [[ -n $ref ]]; then kinds+=(ref); else echo "ref skipped: no nats-server (set NATS_SERVER_BIN)" >&2; fi
    ;;
esac

echo "soak: ${minutes} min, sample every ${sample} s, results in $out" >&2
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
drivers=()
for kind in "${kinds[@]}"; do
  start "$kind"
  label=$kind
  [[ $kind == ref ]] && label=nats-server
  rm -f "$out/$kind.jsonl"
  SAMPLE=$sample timeout $((seconds + 60)) python3 benches/soak.py drive \
    --url "nats://127.0.0.1:$PORT" --monitor "$MPORT" --pid "$PID" --label "$label" \
    --duration "$seconds" --out "$out/$kind.jsonl" &
  drivers+=($!)
done
status=0
for d in "${drivers[@]}"; do wait "$d" || status=$?; done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for p in "${pids[@]}"; do
  if ! kill -0 "$p" 2>/dev/null; then echo "a server (pid $p) died during the soak" >&2; status=1; fi
done
files=()
for kind in "${kinds[@]}"; do files+=("$out/$kind.jsonl"); done
python3 benches/soak.py report "${files[@]}" | tee "$out/report.md"
for kind in "${kinds[@]}"; do cp "$work/$kind.log" "$out/$kind.log" 2>/dev/null || true; done
exit $status
