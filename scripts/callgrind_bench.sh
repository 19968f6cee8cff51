#!/usr/bin/env bash
# Instructions of one pass of the extraction benchmark, counted by
# callgrind (deterministic, unlike a shared machine's clock): each pass of
# `examples/bench_once.rs` run once on the bench text (the 4.19 MB of
# `benches/extract.rs`), the instructions of `load` (reading the text,
# nothing else) subtracted, and each pass's ratio to the digit regex.
#
#   scripts/callgrind_bench.sh [PASS...]    # default: extract number
#
# The regex baseline is always run. Set VIETNORM_CORPUS as for
# `cargo bench` (without a corpus the passes run on generated text, and
# the report says so). The callgrind files are kept in $CALLGRIND_DIR
# (default: a fresh temporary directory, printed) for
# `callgrind_annotate --inclusive=yes FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
passes=(regex)
for p in "${@:-extract number}"; do
  for q in $p; do
    [[ " ${passes[*]} " == *" $q "* ]] || passes+=("$q")
  done
done
command -v valgrind > /dev/null || { echo "valgrind is not installed" >&2; exit 1; }
cargo build --quiet --release --example bench_once
bin=target/release/examples/bench_once
dir=${CALLGRIND_DIR:-$(mktemp -d)}
mkdir -p "$dir"
echo "callgrind files in $dir"
# The total instructions of one run of a pass (callgrind's `summary:`).
count() {
  local out="$dir/callgrind.$1"
  if ! valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$1" 2> "$dir/log.$1"; then
    cat "$dir/log.$1" >&2
    exit 1
  fi
  awk '/^summary:/ {print $2}' "$out"
}
load=$(count load)
declare -A ir
for p in "${passes[@]}"; do
  ir[$p]=$(( $(count "$p") - load ))
  # The pass's own line: the text's origin and size, and what it found.
  grep -h "^$p (" "$dir/log.$p" || true
done
printf '%-8s %14s %9s\n' pass instructions '× regex'
for p in "${passes[@]}"; do
  awk -v p="$p" -v n="${ir[$p]}" -v r="${ir[regex]}" \
    'BEGIN {printf "%-8s %13.2fM %9.1f\n", p, n / 1e6, n / r}'
done
