#!/usr/bin/env bash
# Runs every cargo-fuzz target, for a time or a number of executions each, and prints per
# target the executions run, the crashes found and the seconds taken (issue 16).
#
#   fuzz/run.sh 300                       five minutes per target
#   RUNS=10000000 fuzz/run.sh             ten million executions per target
#   TARGETS="conf js_api" fuzz/run.sh 60
#   JOBS=2 fuzz/run.sh 600                libFuzzer -fork=2 (one process per core)
#   WORKERS=2 RUNS=10000000 fuzz/run.sh   two independent libFuzzer processes (-jobs=2
#                                         -workers=2) sharing the corpus, RUNS/2 each: much
#                                         faster than -fork for short campaigns per target
#   SANITIZER=address fuzz/run.sh 60      with AddressSanitizer (default: none, see README)
#   SKIP_BUILD=1 fuzz/run.sh 60           run the binaries as last built (sources since edited)
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). New inputs go to
# fuzz/work/<target>/ (not checked in); the seed corpora in fuzz/corpus/<target>/ are only read.
# Each run's libFuzzer output is kept in fuzz/logs/<target>.log. A crash leaves its input in
# fuzz/artifacts/<target>/: reproduce it with
# `cargo +nightly fuzz run -s none <target> fuzz/artifacts/<target>/<file>`, fix it, and copy
# the input into fuzz/corpus/<target>/ so the smoke test (`cargo test -p rnats-server fuzzing`)
# keeps it.
set -uo pipefail
cd "$(dirname "$0")"

secs=${1:-60}
runs=${RUNS:-}
sanitizer=${SANITIZER:-none}
targets=${TARGETS:-"client_proto server_proto headers conf js_api consumer_state filestore_recover nkeys jwt creds websocket transform"}
target_dir=$(realpath -m "${CARGO_TARGET_DIR:-target}")
build=(cargo +nightly fuzz build -s "$sanitizer" --target-dir "$target_dir")
if [[ -z ${SKIP_BUILD:-} ]]; then # SKIP_BUILD=1: run the binaries as last built
  "${build[@]}" >/dev/null 2>&1 || "${build[@]}" || exit 1
fi
# The binaries are run directly, not through `cargo fuzz run`, so that editing the sources
# during a long campaign does not rebuild (and change) what the remaining targets run.
bin_dir=$target_dir/$(rustc +nightly -vV | sed -n 's/^host: //p')/release

mkdir -p logs
printf '%-18s %14s %8s %8s\n' target executions crashes seconds
for t in $targets; do
  mkdir -p "work/$t" "artifacts/$t"
  before=$(find "artifacts/$t" -type f | wc -l)
  log=logs/$t.log
  extra=()
  workers=${WORKERS:-}
  if [[ -n ${JOBS:-} ]]; then extra+=(-fork="$JOBS" -ignore_crashes=1); fi
  if [[ -n $workers ]]; then extra+=(-jobs="$workers" -workers="$workers"); fi
  if [[ -n $runs ]]; then
    extra+=(-runs="$((workers ? (runs + workers - 1) / workers : runs))")
  else
    extra+=(-max_total_time="$secs")
  fi
  start=$(date +%s)
  # With -jobs libFuzzer writes each worker's output to fuzz-<n>.log in its working directory.
  jobs_dir=logs/$t.workers
  rm -rf "$jobs_dir" && mkdir -p "$jobs_dir"
  (cd "$jobs_dir" && "$bin_dir/$t" -artifact_prefix="$PWD/../../artifacts/$t/" \
    -print_final_stats=1 -rss_limit_mb=2048 "${extra[@]}" "$PWD/../../work/$t" \
    "$PWD/../../corpus/$t") >"$log" 2>&1
  took=$(($(date +%s) - start))
  # The parent of -jobs workers copies their logs into its own output at the end: count once.
  counted=("$log")
  if [[ -n $workers ]]; then counted=("$jobs_dir"/fuzz-*.log); fi
  execs=$(cat "${counted[@]}" 2>/dev/null |
    grep -o 'stat::number_of_executed_units: *[0-9]*' | grep -o '[0-9]*$' |
    awk '{s += $1} END {print s + 0}')
  if [[ $execs == 0 ]]; then # -fork mode reports progress lines instead
    execs=$(grep -o '#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  after=$(find "artifacts/$t" -type f | wc -l)
  printf '%-18s %14s %8s %8s\n' "$t" "${execs:-0}" $((after - before)) "$took"
  if ((after > before)); then
    cat "${counted[@]}" 2>/dev/null | grep -m3 -E 'panicked|ERROR: libFuzzer|SUMMARY' |
      sed 's/^/    /'
  fi
done
