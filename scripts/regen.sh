#!/usr/bin/env bash
# Regenerates completions/ (bash, zsh, fish for rnats and each personality's installed name) and
# man/ (one page per command) from a built rnats; tests/generated.rs checks that the shipped
# files are exactly these.
#
#   scripts/regen.sh [path/to/rnats]    (default: $CARGO_TARGET_DIR/debug/rnats, else target/…)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-${CARGO_TARGET_DIR:-target}/debug/rnats}
[[ -x $bin ]] || { echo "no rnats binary at $bin: cargo build first, or pass its path" >&2; exit 1; }
rm -rf completions && mkdir completions
for name in rnats nats-server nats nsc nats-top; do
  as=()
  [[ $name == rnats ]] || as=(--as "$name")
  "$bin" generate completions bash "${as[@]}" >"completions/$name.bash"
  "$bin" generate completions zsh "${as[@]}" >"completions/_$name"
  "$bin" generate completions fish "${as[@]}" >"completions/$name.fish"
done
rm -rf man && mkdir man && "$bin" generate man man
