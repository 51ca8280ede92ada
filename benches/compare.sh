#!/usr/bin/env bash
# Paired benchmark: rnats server vs the reference nats-server, same client, same machine,
# alternating runs (A B A B ...), medians and the ratio rnats/nats-server.
#   usage: benches/compare.sh [ROUNDS] [MSGS]
# Reference binary: $NATS_SERVER_BIN, else `nats-server` on PATH, else the path printed by
# .ci/install-nats-server.sh. Loopback only; every run is bounded by MSGS and a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
msgs=${2:-2000000}
ref=${NATS_SERVER_BIN:-$(command -v nats-server || true)}
if [[ -z $ref ]]; then ref=$(bash .ci/install-nats-server.sh); fi
cargo build --release --quiet --bin rnats --example rawbench
rnats=target/release/rnats
client=target/release/examples/rawbench
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT

start() { # name binary... → prints port
  local log=$work/$1.log; shift
  "$@" -a 127.0.0.1 -p -1 >"$log" 2>&1 &
  echo $! >"$work/pid"
  for _ in $(seq 100); do
    if grep -q 'Listening for client connections on' "$log"; then
      grep -o 'client connections on [^ ]*' "$log" | head -1 | sed 's/.*://'; return
    fi
    sleep 0.05
  done
  echo "server did not start: $(cat "$log")" >&2; exit 1
}

run_one() { # label cmd... → delivered rate
  local port pid rate
  port=$(start "$1" "${@:2}"); pid=$(cat "$work/pid")
  rate=$(timeout 120 "$client" "127.0.0.1:$port" "$msgs" "$size" "$subs" | sed 's/.*delivered_rate=\([0-9]*\).*/\1/')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$rate"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-22s %14s %14s %7s\n' scenario rnats nats-server ratio
for scenario in "1-1 16B|16|1" "1-5 16B|16|5"; do
  IFS="|" read -r name size subs <<<"$scenario"
  : >"$work/a"; : >"$work/b"
  for _ in $(seq "$rounds"); do
    run_one rnats "$rnats" server >>"$work/a"
    run_one ref "$ref" >>"$work/b"
  done
  a=$(median <"$work/a"); b=$(median <"$work/b")
  printf '%-22s %14.0f %14.0f %7.2f\n' "$name" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN{print a/b}')"
done
