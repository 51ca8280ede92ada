#!/usr/bin/env bash
# Paired TLS and WebSocket benchmark: rnats server vs the reference nats-server, one neutral
# client for both (examples/transport_bench.rs on async-nats), alternating rounds, medians and
# ratios. Rows: TLS 1 pub -> 1 sub at 16 B and 1 KiB, TLS handshakes per second (connect,
# flush, close in a row), WebSocket 1 pub -> 1 sub at 16 B and 1 KiB.
#
#   benches/transports.sh            3 rounds, 200,000 messages per row, 300 handshakes
#   ROUNDS=5 MSGS=500000 benches/transports.sh
#
# Reference binary: $NATS_SERVER_BIN, else `nats-server` on PATH, else .ci/install-nats-server.sh.
# Servers listen on 127.0.0.1 on random ports and are killed by their PIDs.
set -euo pipefail
cd "$(dirname "$0")/.."
source benches/lib.sh

rounds=${ROUNDS:-3} msgs=${MSGS:-200000} hs=${HANDSHAKES:-300}
ref=$(ref_binary)
cargo build --release --quiet --bin rnats --example transport_bench
rnats=${RNATS_BIN:-target/release/rnats}
tb=target/release/examples/transport_bench

work=$(mktemp -d)
SPID=""
trap cleanup EXIT
"$tb" certs "$work"
cat >"$work/server.conf" <<CONF
tls { cert_file: "$work/cert.pem", key_file: "$work/key.pem" }
websocket { host: 127.0.0.1, port: -1, no_tls: true }
CONF

start() { # rnats|ref → SPID PORT WSPORT
  local log=$work/server.log
  spawn_server "$1" "$log" -c "$work/server.conf"
  PORT=$(log_port "$log") WSPORT=""
  if [[ -n $PORT ]]; then WSPORT=$(log_port "$log" 'websocket clients'); fi
  if [[ -n $PORT && -n $WSPORT ]]; then return; fi
  echo "$1 did not start: $(cat "$log")" >&2
  exit 1
}
rate() { sed -n 's/.*: \([0-9]*\) \(msgs\|conn\)\/s.*/\1/p'; }

measure() {
  local k=$1
  for size in 16 1024; do
    start "$k"
    record "tls_$size" "$k" "$(timeout 120 "$tb" pubsub "tls://127.0.0.1:$PORT" "$size" "$msgs" "$work/ca.pem" | rate)"
    stop_server
    start "$k"
    record "ws_$size" "$k" "$(timeout 120 "$tb" pubsub "ws://127.0.0.1:$WSPORT" "$size" "$msgs" | rate)"
    stop_server
  done
  start "$k"
  record tls_conn "$k" "$(timeout 120 "$tb" connect "tls://127.0.0.1:$PORT" "$hs" "$work/ca.pem" | rate)"
  stop_server
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs; rounds=$rounds msgs=$msgs handshakes=$hs"
echo "# rnats: $rnats; nats-server: $ref ($("$ref" --version 2>&1 | head -1)); client: async-nats"
for r in $(seq "$rounds"); do
  echo "# round $r/$rounds" >&2
  measure rnats
  measure ref
done
rows=(
  "tls_16|TLS 1 pub -> 1 sub, 16 B|msgs/s"
  "tls_1024|TLS 1 pub -> 1 sub, 1 KiB|msgs/s"
  "tls_conn|TLS handshakes (connect+flush+close)|conn/s"
  "ws_16|WebSocket 1 pub -> 1 sub, 16 B|msgs/s"
  "ws_1024|WebSocket 1 pub -> 1 sub, 1 KiB|msgs/s"
)
echo
printf '| %-38s | %-6s | %11s | %11s | %6s |\n' scenario unit rnats nats-server ratio
printf '|%s|%s|%s|%s|%s|\n' "----------------------------------------" "--------" "------------:" "------------:" "-------:"
for row in "${rows[@]}"; do
  IFS='|' read -r key label unit <<<"$row"
  a=$(median "$work/$key.rnats")
  b=$(median "$work/$key.ref")
  if [[ -z $a || -z $b ]]; then
    printf '| %-38s | %-6s | %11s | %11s | %6s |\n' "$label" "$unit" "${a:-n/a}" "${b:-n/a}" n/a
    continue
  fi
  awk -v l="$label" -v u="$unit" -v a="$a" -v b="$b" 'BEGIN {
    printf "| %-38s | %-6s | %11.0f | %11.0f | %6.2f |\n", l, u, a, b, (b > 0 ? a / b : 0) }'
done
echo
echo "ratio: rnats/nats-server (> 1 means rnats is faster). Medians of $rounds alternating rounds."
