#!/usr/bin/env bash
# Paired benchmark: rnats server vs the reference nats-server on this machine, with one client
# (`rnats bench`) for both, alternating runs (A B A B ...), medians and ratios.
#
#   benches/compare.sh                 full run: 3 rounds, 1,000,000 messages per scenario
#   ROUNDS=5 MSGS=2000000 benches/compare.sh
#   QUICK=1 benches/compare.sh         smoke run: 1 round, 50,000 messages, small memory loads
#   JS=0 benches/compare.sh            without the JetStream scenarios
#   KV_ONLY=1 benches/compare.sh       only the KV and object rows (paired, each sync mode)
#
# Reference binary: $NATS_SERVER_BIN, else `nats-server` on PATH, else the one
# .ci/install-nats-server.sh installs. rnats: $RNATS_BIN, else a release build of this tree.
# Every server listens on 127.0.0.1 on a random port and is killed by its PID; every client run
# is bounded by a message count and a timeout. See benches/README.md for the scenarios.
set -euo pipefail
cd "$(dirname "$0")/.."
source benches/lib.sh

if [[ ${QUICK:-0} == 1 ]]; then
  rounds=1 msgs=50000 reqs=1000 conns=100 nsubs=10000 settle=1 js_sync=500 js_msgs=5000
else
  rounds=${ROUNDS:-3} msgs=${MSGS:-1000000} reqs=${REQS:-20000} conns=1000 nsubs=100000 settle=5
  js_sync=${JS_SYNC_MSGS:-10000} js_msgs=${JS_MSGS:-200000}
fi
js=${JS:-1}
big_msgs=$((msgs / 10)) # 16 KiB messages: a tenth of the count keeps a run near 1-2 GiB
limit=180               # seconds any one client run may take

ref=$(ref_binary)
rnats=$(rnats_binary)
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d)
SPID=""
cleanup() {
  if [[ -n $SPID ]]; then kill "$SPID" 2>/dev/null || true; fi
  for p in $(jobs -p); do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# --- servers --------------------------------------------------------------------------------
start_server() { # rnats|ref [SERVER FLAGS...] → SPID, SPORT, B (the bench client for this server)
  local log=$work/server.log kind=$1
  shift
  spawn_server "$kind" "$log" "$@"
  SPORT=$(log_port "$log")
  if [[ -z $SPORT ]]; then
    echo "$kind server did not start: $(cat "$log")" >&2
    exit 1
  fi
  B=(timeout "$limit" "$rnats" -s "nats://127.0.0.1:$SPORT" bench)
  C=(timeout "$limit" "$rnats" -s "nats://127.0.0.1:$SPORT")
}

# JetStream: each server gets a fresh store directory, removed when it stops. `always` starts
# it with `jetstream { sync_interval: always }` (fsync before every ack), `lazy` with
# `jetstream { sync_interval: 2m }` (acked after the write, fsync every 2 minutes: nats-server's
# default, rnats' opt-in); otherwise each server runs its default (rnats: group commit, acked
# after the covering fsync; nats-server: acked before a lazy fsync every 2 minutes).
store=""
start_js() { # rnats|ref [always|lazy]
  store=$(mktemp -d "$work/store.XXXXXX")
  if [[ ${2:-} == always || ${2:-} == lazy ]]; then
    local every=always
    if [[ $2 == lazy ]]; then every="\"2m\""; fi
    printf 'jetstream {\n  store_dir: "%s"\n  sync_interval: %s\n}\n' "$store" "$every" >"$work/js.conf"
    start_server "$1" -c "$work/js.conf"
  else
    start_server "$1" -js -sd "$store"
  fi
}

stop_js() {
  stop_server
  rm -rf "$store"
  store=""
}

wait_for() { # FILE PATTERN COUNT: until FILE has COUNT lines matching PATTERN (30 s at most)
  for _ in $(seq 600); do
    if [[ $(grep -c "$2" "$1" 2>/dev/null || true) -ge $3 ]]; then return 0; fi
    sleep 0.05
  done
  echo "timed out waiting for '$2' in $1: $(tail -3 "$1")" >&2
  return 1
}

# --- measurements ---------------------------------------------------------------------------
rate() { # LABEL: the msgs/sec of natscli's "LABEL stats:" line
  sed -n "s/^ *$1 stats: \([0-9,]*\) msgs\/sec.*/\1/p" | tr -d ,
}

pub_rate() { # SUBJECT SIZE MSGS
  "${B[@]}" pub "$1" --size "$2" --msgs "$3" --no-progress 2>>"$work/client.log" | rate Pub || true
}

pubsub_rate() { # SIZE MSGS SUBS [QUEUE]: the subscribers' aggregated delivery rate
  local q=()
  if [[ -n ${4:-} ]]; then q=(--queue "$4"); fi
  : >"$work/sub.err"
  "${B[@]}" sub bench.ps --msgs "$2" --clients "$3" "${q[@]}" --no-progress \
    >"$work/sub.out" 2>"$work/sub.err" &
  local sp=$!
  wait_for "$work/sub.err" 'Starting subscriber' "$3" || true
  "${B[@]}" pub bench.ps --size "$1" --msgs "$2" --no-progress >/dev/null 2>>"$work/client.log" || true
  wait "$sp" || echo "subscribers failed: $(tail -2 "$work/sub.err")" >&2
  rate Sub <"$work/sub.out"
}

js_pub_rate() { # sync|async SIZE MSGS: publish to a new file stream (`bench js pub --create`)
  "${B[@]}" js pub "$1" bench.js --create --storage file --size "$2" --msgs "$3" --no-progress \
    2>>"$work/client.log" | rate Pub || true
}

js_fetch_rate() { # SIZE MSGS: fill a file stream, then pull it all (`bench js fetch`, acked)
  "${B[@]}" js pub async bench.js --create --storage file --size "$1" --msgs "$2" --no-progress \
    >/dev/null 2>>"$work/client.log" || true
  "${B[@]}" js fetch --msgs "$2" --no-progress 2>>"$work/client.log" | rate Sub || true
}

secs_rate() { # MIB T0 T1: MiB/s of MIB mebibytes moved between T0 and T1 (date +%s.%N)
  awk -v m="$1" -v a="$2" -v b="$3" 'BEGIN { if (b > a) printf "%.1f", m / (b - a) }'
}

kv_put_rate() { # 128 B values to keys 0..js_sync-1 of a new bucket (`bench kv put`)
  "${B[@]}" kv put --msgs "$js_sync" --size 128 --no-progress 2>>"$work/client.log" |
    rate Pub || true
}

measure_kv_obj() { # KIND: KV put then get of the same keys; a 64 MiB object put and got back
  local k=$1 obj=$work/obj64.bin t0 t1 rss=()
  start_js "$k"
  record kv_put "$k" "$(kv_put_rate)"
  record kv_get "$k" "$("${B[@]}" kv get --msgs "$js_sync" --size 128 --no-progress \
    2>>"$work/client.log" | rate Sub || true)"
  stop_js
  # Like for like: both servers fsync before every ack, then both ack before a lazy fsync.
  start_js "$k" always; record kv_put_always "$k" "$(kv_put_rate)"; stop_js
  start_js "$k" lazy; record kv_put_lazy "$k" "$(kv_put_rate)"; stop_js
  if [[ ! -f $obj ]]; then head -c $((64 * 1024 * 1024)) /dev/urandom >"$obj"; fi
  if [[ -x /usr/bin/time ]]; then rss=(/usr/bin/time -f %M -o "$work/obj.rss"); fi
  : >"$work/obj.rss"
  start_js "$k"
  "${C[@]}" object add bench >/dev/null 2>>"$work/client.log" || true
  t0=$(date +%s.%N)
  "${C[@]}" object put bench "$obj" --name obj64 -f --no-progress >/dev/null 2>>"$work/client.log" || true
  t1=$(date +%s.%N)
  record obj_put "$k" "$(secs_rate 64 "$t0" "$t1")"
  t0=$(date +%s.%N)
  "${rss[@]}" "${C[@]}" object get bench obj64 -O "$work/obj64.out" -f --no-progress \
    >/dev/null 2>>"$work/client.log" || true
  t1=$(date +%s.%N)
  if cmp -s "$obj" "$work/obj64.out"; then
    record obj_get "$k" "$(secs_rate 64 "$t0" "$t1")"
    record obj_get_rss "$k" "$(tail -1 "$work/obj.rss")"
  fi
  rm -f "$work/obj64.out"
  stop_js
}

measure_js() { # KIND: the JetStream scenarios, each on a fresh server and store
  local k=$1 size
  for size in 16 1024; do
    start_js "$k"; record "js_sync_$size" "$k" "$(js_pub_rate sync "$size" "$js_sync")"; stop_js
    start_js "$k"; record "js_async_$size" "$k" "$(js_pub_rate async "$size" "$js_msgs")"; stop_js
  done
  start_js "$k"; record js_fetch_16 "$k" "$(js_fetch_rate 16 "$js_msgs")"; stop_js
  # rnats in its default mode against nats-server fsyncing every message.
  if [[ $k == rnats ]]; then start_js "$k"; else start_js "$k" always; fi
  record js_sync_always "$k" "$(js_pub_rate sync 16 "$js_sync")"
  stop_js
  measure_kv_obj "$k"
}

measure() { # KIND: every scenario once against a fresh server of that kind
  local k=$1 v hp
  if [[ ${KV_ONLY:-0} == 1 ]]; then
    measure_kv_obj "$k"
    return
  fi
  start_server "$k"; sleep 0.3
  record idle_rss "$k" "$(status_kb "$SPID" VmRSS)"
  hp=""
  python3 benches/hold.py "$SPORT" conns "$conns" >"$work/hold.out" 2>&1 & hp=$!
  if wait_for "$work/hold.out" ready 1; then
    sleep 0.5
    record conns_rss "$k" "$(status_kb "$SPID" VmRSS)"
  fi
  kill "$hp" 2>/dev/null || true; wait "$hp" 2>/dev/null || true
  stop_server

  for size in 16 128 1024; do
    start_server "$k"; record "pub_$size" "$k" "$(pub_rate bench.pub "$size" "$msgs")"; stop_server
  done
  start_server "$k"; record pub_16384 "$k" "$(pub_rate bench.pub 16384 "$big_msgs")"; stop_server

  start_server "$k"; record ps1_16 "$k" "$(pubsub_rate 16 "$msgs" 1)"; stop_server
  start_server "$k"; record ps1_1024 "$k" "$(pubsub_rate 1024 "$msgs" 1)"; stop_server

  start_server "$k"
  record fan5_16 "$k" "$(pubsub_rate 16 "$msgs" 5)"
  record fan5_hwm "$k" "$(status_kb "$SPID" VmHWM)"
  sleep "$settle"
  record fan5_after "$k" "$(status_kb "$SPID" VmRSS)"
  stop_server

  start_server "$k"; record queue5_16 "$k" "$(pubsub_rate 16 "$msgs" 5 bench.q)"; stop_server

  start_server "$k"
  "${B[@]}" service serve bench.svc --no-progress >/dev/null 2>"$work/serve.err" &
  local sv=$!
  if wait_for "$work/serve.err" 'Starting replier' 1; then
    v=$("${B[@]}" service request bench.svc --msgs "$reqs" --no-progress 2>>"$work/client.log" |
      sed -n 's/^Latency.* P50 \([0-9.]*\) .* P99 \([0-9.]*\) .*/\1 \2/p' || true)
    record req_p50 "$k" "${v% *}"
    record req_p99 "$k" "${v#* }"
  fi
  kill "$sv" 2>/dev/null || true; wait "$sv" 2>/dev/null || true
  stop_server

  start_server "$k"
  python3 benches/hold.py "$SPORT" subs "$nsubs" >"$work/hold.out" 2>&1 & hp=$!
  if wait_for "$work/hold.out" ready 1; then
    record subs_rss "$k" "$(status_kb "$SPID" VmRSS)"
    record subs_pub "$k" "$(pub_rate sub.11.10.none 16 "$msgs")"
  fi
  kill "$hp" 2>/dev/null || true; wait "$hp" 2>/dev/null || true
  stop_server

  if [[ $js == 1 ]]; then measure_js "$k"; fi
}

# --- run ------------------------------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($cpu)"
echo "# rnats: $rnats; nats-server: $ref ($("$ref" --version 2>&1 | head -1))"
echo "# rounds=$rounds msgs=$msgs (16 KiB: $big_msgs) requests=$reqs conns=$conns subs=$nsubs"
if [[ $js == 1 ]]; then echo "# JetStream: sync publish $js_sync msgs, async publish and fetch $js_msgs msgs"; fi
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$rounds"); do
  echo "# round $r/$rounds: rnats" >&2
  measure rnats
  echo "# round $r/$rounds: nats-server" >&2
  measure ref
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# key | label | unit | better: hi (rate) or lo (latency, memory) | divisor for display
rows=(
  "pub_16|pub only, 16 B|msgs/s|hi|1"
  "pub_128|pub only, 128 B|msgs/s|hi|1"
  "pub_1024|pub only, 1 KiB|msgs/s|hi|1"
  "pub_16384|pub only, 16 KiB|msgs/s|hi|1"
  "ps1_16|1 pub -> 1 sub, 16 B|msgs/s|hi|1"
  "ps1_1024|1 pub -> 1 sub, 1 KiB|msgs/s|hi|1"
  "fan5_16|1 pub -> 5 subs, 16 B (delivered)|msgs/s|hi|1"
  "queue5_16|1 pub -> 5 queue subs, 16 B|msgs/s|hi|1"
  "req_p50|request-reply p50|us|lo|1"
  "req_p99|request-reply p99|us|lo|1"
  "idle_rss|RSS, fresh server|MiB|lo|1024"
  "conns_rss|RSS, $conns idle connections|MiB|lo|1024"
  "fan5_hwm|peak RSS (VmHWM), 1 -> 5 fan-out|MiB|lo|1024"
  "fan5_after|RSS ${settle} s after the fan-out|MiB|lo|1024"
  "subs_rss|RSS, $nsubs subs (10% wildcards)|MiB|lo|1024"
  "subs_pub|pub 16 B while $nsubs subs exist|msgs/s|hi|1"
)
if [[ $js == 1 ]]; then
  rows+=(
    "js_sync_16|JS sync publish, file, 16 B|msgs/s|hi|1"
    "js_sync_1024|JS sync publish, file, 1 KiB|msgs/s|hi|1"
    "js_async_16|JS async publish, file, 16 B|msgs/s|hi|1"
    "js_async_1024|JS async publish, file, 1 KiB|msgs/s|hi|1"
    "js_fetch_16|JS fetch (pull, acked), file, 16 B|msgs/s|hi|1"
    "js_sync_always|JS sync pub 16 B; ref sync always|msgs/s|hi|1"
  )
fi
if [[ $js == 1 || ${KV_ONLY:-0} == 1 ]]; then
  if [[ ${KV_ONLY:-0} == 1 ]]; then rows=(); fi
  rows+=(
    "kv_put|KV put, file, 128 B (bench kv put)|msgs/s|hi|1"
    "kv_put_always|KV put; both sync always|msgs/s|hi|1"
    "kv_put_lazy|KV put; both sync 2m (lazy)|msgs/s|hi|1"
    "kv_get|KV get, file, 128 B (bench kv get)|msgs/s|hi|1"
    "obj_put|object put 64 MiB (rnats object put)|MiB/s|hi|1"
    "obj_get|object get 64 MiB (rnats object get)|MiB/s|hi|1"
    "obj_get_rss|peak RSS of the object get client|MiB|lo|1024"
  )
fi
echo
printf '| %-36s | %-6s | %13s | %13s | %6s |\n' scenario unit rnats nats-server ratio
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..38})" "--------" "--------------:" "--------------:" "-------:"
for row in "${rows[@]}"; do
  IFS='|' read -r key label unit better div <<<"$row"
  a=$(median "$work/$key.rnats")
  b=$(median "$work/$key.ref")
  if [[ -z $a || -z $b ]]; then
    printf '| %-36s | %-6s | %13s | %13s | %6s |\n' "$label" "$unit" "${a:-n/a}" "${b:-n/a}" "n/a"
    continue
  fi
  awk -v l="$label" -v u="$unit" -v a="$a" -v b="$b" -v better="$better" -v d="$div" 'BEGIN {
    ratio = (better == "hi") ? (b > 0 ? a / b : 0) : (a > 0 ? b / a : 0)
    fmt = (d > 1 || u == "us") ? "%.1f" : "%.0f"
    printf "| %-36s | %-6s | %13s | %13s | %6.2f |\n", l, u, sprintf(fmt, a / d), sprintf(fmt, b / d), ratio
  }'
done
echo
echo "ratio: rnats/nats-server for rates, nats-server/rnats for latency and memory: > 1 means rnats is better."
echo "Medians of $rounds alternating round(s); each value comes from a fresh server."
if [[ $js == 1 ]]; then
  echo "JetStream: each server on a fresh store directory in its default durability mode (rnats:"
  echo "group commit, acked after fsync; nats-server: lazy fsync), except the \"ref sync always\" row, where"
  echo "nats-server runs with jetstream { sync_interval: always }, and the \"both sync\" KV rows, where"
  echo "both run with the same jetstream { sync_interval } (always, or 2m)."
fi

# TLS and WebSocket rows (benches/transports.sh), with a neutral client (async-nats).
if [[ ${TRANSPORTS:-1} == 1 && ${KV_ONLY:-0} != 1 ]]; then
  echo
  RNATS_BIN=$rnats NATS_SERVER_BIN=$ref ROUNDS=$rounds MSGS=$((msgs / 5)) benches/transports.sh
fi
