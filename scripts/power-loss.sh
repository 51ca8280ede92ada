#!/bin/sh
# Runs the file store's simulated power-loss test over many crash points (issue 16 item 4).
# CI runs it with the default 2,000; this is the long run for soak sessions.
#
#   scripts/power-loss.sh [CRASH_POINTS] [FIRST_SEED]
#
# Each workload seed is deterministic: a failure names its seed and crash point, and
# `RNATS_CRASH_SEED=<seed> RNATS_CRASH_POINTS=<n> cargo test -p rnats-server --lib power_loss`
# replays it.
set -eu
points=${1:-100000}
seed=${2:-1}
cd "$(dirname "$0")/.."
RNATS_CRASH_POINTS=$points RNATS_CRASH_SEED=$seed nice -n 19 \
    cargo test -p rnats-server --lib jetstream::store::crash_tests::power_loss_at_random_crash_points \
    -- --exact --nocapture
