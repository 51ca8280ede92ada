#!/usr/bin/env bash
# KV lookups with many distinct keys (issue 13): rnats vs the reference nats-server, each on a
# bucket of KEYS keys (default 1,000,000) and on one of SMALL keys (default 1,000), to show that
# the per-key reads do not grow with the key count (an index, never a scan).
#
#   benches/kvmillion.sh                       KEYS=1000000 SMALL=1000 GETS=20000 REPEAT=5
#   RNATS_BIN=... NATS_SERVER_BIN=... benches/kvmillion.sh
#
# Per server kind and bucket size, on a fresh server and store (server defaults, `-js -sd DIR`):
#   - bucket `mil` (history 5); key `hist` put once, then the fill, then 4 more revisions;
#     keys `a.0`..`a.4` before the fill and `a.5`..`a.9` after it (the narrow filter `a.*`);
#   - fill: `rnats bench js pub async '$KV.mil' --multisubject --multisubjectmax 0` (keys are
#     the numbers 0..KEYS-1, async publishes with the bench's window);
#   - get_rand: `rnats bench kv get --randomize KEYS` (direct get, last by subject, of random
#     keys): gets/s and P50 µs;
#   - get_one, history, ls_narrow: wall time of one `rnats kv get mil hist`, `rnats kv history
#     mil hist` (5 revisions, the first before the fill), `rnats kv ls mil 'a.*'` (10 keys),
#     median of REPEAT runs, in ms (a CLI process: connect + request + exit);
#   - ls_all: wall time of `rnats kv ls mil` (every key, one consumer, deliver last per
#     subject), one run;
#   - the server's peak RSS (VmHWM) at the end, and its RSS then.
# The same rnats CLI is the client for both servers. Every run is bounded by a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
source benches/lib.sh

keys=${KEYS:-1000000}
small=${SMALL:-1000}
gets=${GETS:-20000}
repeat=${REPEAT:-5}
limit=300

ref=$(ref_binary)
rnats=$(rnats_binary)

work=$(mktemp -d)
SPID=""
trap cleanup EXIT

start_js() { # rnats|ref → SPID, C (the CLI for this server), B (its bench)
  local log=$work/server.log store port
  store=$(mktemp -d "$work/store.XXXXXX")
  spawn_server "$1" "$log" -js -sd "$store"
  port=$(log_port "$log")
  if [[ -z $port ]]; then
    echo "$1 server did not start: $(cat "$log")" >&2
    exit 1
  fi
  C=(timeout "$limit" "$rnats" -s "nats://127.0.0.1:$port" --timeout 60s)
  B=("${C[@]}" bench)
}

stop_js() {
  stop_server
  rm -rf "$work"/store.*
}

ms_of() { # CMD...: wall ms of one run (output to $work/out)
  local t0 t1
  t0=$(date +%s%N)
  "$@" >"$work/out" 2>>"$work/client.log"
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}

median_ms() { # CMD...: median wall ms of $repeat runs
  local i
  for i in $(seq "$repeat"); do ms_of "$@"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

declare -A R
measure() { # KIND NKEYS
  local k=$1 n=$2 v i
  start_js "$k"
  "${C[@]}" kv add mil --history 5 >/dev/null
  "${C[@]}" kv put mil hist v0 >/dev/null
  for i in 0 1 2 3 4; do "${C[@]}" kv put mil "a.$i" "$i" >/dev/null; done
  v=$("${B[@]}" js pub async '$KV.mil' --stream KV_mil --multisubject --multisubjectmax 0 \
    --msgs "$n" --size 16 --no-progress 2>>"$work/client.log" |
    sed -n 's/^ *Pub stats: \([0-9,]*\) msgs\/sec.*/\1/p' | tr -d ,)
  R[$k.$n.fill]=$v
  for i in 1 2 3 4; do "${C[@]}" kv put mil hist "v$i" >/dev/null; done
  for i in 5 6 7 8 9; do "${C[@]}" kv put mil "a.$i" "$i" >/dev/null; done

  "${B[@]}" kv get --bucket mil --msgs "$gets" --randomize "$n" --no-progress \
    >"$work/get.out" 2>>"$work/client.log" || echo "$k: bench kv get failed: $(tail -2 "$work/client.log")" >&2
  R[$k.$n.get_rate]=$(sed -n 's/^ *Sub stats: \([0-9,]*\) msgs\/sec.*/\1/p' "$work/get.out" | tr -d ,)
  R[$k.$n.get_p50]=$(sed -n 's/^Latency (us):.* P50 \([0-9.]*\) .*/\1/p' "$work/get.out")

  R[$k.$n.get_one]=$(median_ms "${C[@]}" kv get mil hist --raw)
  [[ $(cat "$work/out") == v4 ]] || echo "$k: kv get mil hist: $(cat "$work/out")" >&2
  R[$k.$n.history]=$(median_ms "${C[@]}" kv history mil hist)
  grep -c 'PUT' "$work/out" | grep -qx 5 || echo "$k: history: $(cat "$work/out")" >&2
  R[$k.$n.ls_narrow]=$(median_ms "${C[@]}" kv ls mil 'a.*')
  [[ $(wc -l <"$work/out") -eq 10 ]] || echo "$k: kv ls a.*: $(head -3 "$work/out")" >&2
  R[$k.$n.ls_all]=$(ms_of "${C[@]}" kv ls mil)
  R[$k.$n.ls_count]=$(wc -l <"$work/out")
  R[$k.$n.hwm]=$(($(status_kb "$SPID" VmHWM) / 1024))
  R[$k.$n.rss]=$(($(status_kb "$SPID" VmRSS) / 1024))
  stop_js
}

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($cpu), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# rnats: $rnats; nats-server: $ref ($("$ref" --version 2>&1 | head -1))"
echo "# keys=$keys small=$small gets=$gets repeat=$repeat"
for n in "$small" "$keys"; do
  for k in rnats ref; do
    echo "# $k, $n keys" >&2
    measure "$k" "$n"
  done
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-40s | %12s | %12s | %12s | %12s |\n' measurement "rnats $small" "rnats $keys" "ref $small" "ref $keys"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..42})" "-------------:" "-------------:" "-------------:" "-------------:"
for row in "fill|fill, async publish (msgs/s)" "get_rate|kv get random keys (gets/s)" \
  "get_p50|kv get random keys, P50 (us)" "get_one|kv get one key, CLI (ms)" \
  "history|kv history, 5 revisions, CLI (ms)" "ls_narrow|kv ls 'a.*', 10 keys, CLI (ms)" \
  "ls_all|kv ls, every key, CLI (ms)" "ls_count|keys listed" \
  "hwm|server peak RSS, VmHWM (MiB)" "rss|server RSS at the end (MiB)"; do
  IFS='|' read -r key label <<<"$row"
  printf '| %-40s | %12s | %12s | %12s | %12s |\n' "$label" "${R[rnats.$small.$key]:-n/a}" \
    "${R[rnats.$keys.$key]:-n/a}" "${R[ref.$small.$key]:-n/a}" "${R[ref.$keys.$key]:-n/a}"
done
