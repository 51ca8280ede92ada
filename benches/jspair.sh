#!/usr/bin/env bash
# The JetStream rows of the neutral harness (/work/shared/bench, natsbench: jssync 50,000 x 128 B,
# jsasync 500,000 x 128 B window 1024), paired, without the core suite, with the server's CPU
# time (utime+stime from /proc/PID/stat) measured around each row separately.
#
#   benches/jspair.sh RNATS_BIN REF_NATS_SERVER [ROUNDS]
#
# Each round starts both servers fresh (own free port, own empty store dir) and runs every row on
# A then B (B then A in even rounds). Prints one line per run and a median table: msgs/s, server
# CPU seconds per million stored messages, and for jssync the mean publish latency (1/rate).
# NATSBENCH: the natsbench binary (default ~/.cache/natsbench/bin/natsbench).
# SYNC_MSGS / ASYNC_MSGS override the message counts.
set -euo pipefail
a_bin=${1:?rnats binary}
b_bin=${2:?reference nats-server}
rounds=${3:-3}
nb=${NATSBENCH:-$HOME/.cache/natsbench/bin/natsbench}
sync_n=${SYNC_MSGS:-50000}
async_n=${ASYNC_MSGS:-500000}
tck=$(getconf CLK_TCK)
work=$(mktemp -d)
declare -A PID=() URL=()
cleanup() {
  for t in "${!PID[@]}"; do kill "${PID[$t]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cpu() { sed 's/^.*) //' "/proc/$1/stat" | awk -v t="$tck" '{printf "%.3f", ($12+$13)/t}'; }

start() { # tag cmd...
  local tag=$1 port
  shift
  port=$("$nb" --mode freeport)
  mkdir -p "$work/$tag"
  "$@" -a 127.0.0.1 -p "$port" -js -sd "$work/$tag" >"$work/$tag.log" 2>&1 &
  PID[$tag]=$!
  URL[$tag]=nats://127.0.0.1:$port
  "$nb" --mode wait --url "${URL[$tag]}" --timeout 20 >/dev/null
}

stop() {
  for t in "${!PID[@]}"; do
    kill "${PID[$t]}" 2>/dev/null || true
    wait "${PID[$t]}" 2>/dev/null || true
  done
  PID=()
  rm -rf "${work:?}"/a "${work:?}"/b
}

res=$work/results.txt
: >"$res"
run() { # tag round mode n args...
  local tag=$1 round=$2 mode=$3 n=$4 c0 c1 line rate
  shift 4
  c0=$(cpu "${PID[$tag]}")
  line=$(timeout -k 5 200 "$nb" --url "${URL[$tag]}" --json --timeout 180 --mode "$mode" \
    --size 128 --msgs "$n" "$@")
  c1=$(cpu "${PID[$tag]}")
  rate=$(echo "$line" | sed -n 's/.*"rows":\[{"row":"[^"]*","value":\([0-9.e+-]*\).*/\1/p')
  echo "$tag $round $mode $n $rate $(awk -v a="$c1" -v b="$c0" 'BEGIN{printf "%.3f", a-b}')" >>"$res"
  printf '  [%s r%s] %-8s %8.0f msgs/s  server CPU %6.2f s\n' "$tag" "$round" "$mode" "$rate" \
    "$(awk -v a="$c1" -v b="$c0" 'BEGIN{print a-b}')" >&2
}

for r in $(seq "$rounds"); do
  read -r -a acmd <<<"$a_bin"
  read -r -a bcmd <<<"$b_bin"
  start a "${acmd[@]}"
  start b "${bcmd[@]}"
  if ((r % 2)); then order=(a b); else order=(b a); fi
  for t in "${order[@]}"; do run "$t" "$r" jssync "$sync_n"; done
  for t in "${order[@]}"; do run "$t" "$r" jsasync "$async_n" --window 1024; done
  stop
done

echo
echo "A = $a_bin"
echo "B = $b_bin"
echo "| row | A msgs/s | B msgs/s | A/B | A CPU s/M msgs | B CPU s/M msgs | A/B CPU | A mean lat us | B mean lat us |"
echo "|---|---|---|---|---|---|---|---|---|"
for mode in jssync jsasync; do
  awk -v m="$mode" '
    function med(arr, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (arr[j] < arr[i]) { t = arr[i]; arr[i] = arr[j]; arr[j] = t }
      return (n % 2) ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2 }
    $3 == m { if ($1 == "a") { na++; ra[na] = $5; ca[na] = $6 * 1e6 / $4 } else { nb++; rb[nb] = $5; cb[nb] = $6 * 1e6 / $4 } }
    END { A = med(ra, na); B = med(rb, nb); CA = med(ca, na); CB = med(cb, nb)
      printf "| %s | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %s | %s |\n", m, A, B, A / B, CA, CB, CA / CB,
        (m == "jssync") ? sprintf("%.0f", 1e6 / A) : "-", (m == "jssync") ? sprintf("%.0f", 1e6 / B) : "-" }' "$res"
done
