#!/usr/bin/env bash
# Instructions of one pass of the extraction benchmark, counted by
# callgrind (deterministic, unlike a shared machine's clock): each pass of
# `examples/bench_once.rs` run once on the bench text (the 4.19 MB of
# `benches/extract.rs`), the instructions of `load` (reading the text,
# nothing else) subtracted, and each pass's ratio to the digit regex.
#
#   scripts/callgrind_bench.sh [PASS...]      # default: extract number
#   scripts/callgrind_bench.sh --wall UNIT    # linear time of `extract`
#
# The regex baseline is always run. `--wall` runs `extract` on UNIT
# repeated to 256 KB and to 1 MB and prints the ratio (about 4 when the
# pass is linear). Set VIETNORM_CORPUS as for `cargo bench` (without a
# corpus the passes run on generated text, and the report says so). The
# callgrind files are kept in $CALLGRIND_DIR (default: a fresh temporary
# directory, printed) for `callgrind_annotate --inclusive=yes FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "valgrind is not installed" >&2; exit 1; }
cargo build --quiet --release --example bench_once
bin=target/release/examples/bench_once
dir=${CALLGRIND_DIR:-$(mktemp -d)}
mkdir -p "$dir"
echo "callgrind files in $dir"
# The total instructions of one run (callgrind's `summary:`); the
# arguments are bench_once's, the first one names the files.
count() {
  local name=$1
  shift
  if ! valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.$name" "$bin" "$@" \
    2> "$dir/log.$name"; then
    cat "$dir/log.$name" >&2
    exit 1
  fi
  awk '/^summary:/ {print $2}' "$dir/callgrind.$name"
}
if [ "${1:-}" = --wall ]; then
  unit=${2:?usage: scripts/callgrind_bench.sh --wall UNIT}
  small=$(( $(count wall-extract-1 extract "$unit" 262144) - $(count wall-load-1 load "$unit" 262144) ))
  large=$(( $(count wall-extract-4 extract "$unit" 1048576) - $(count wall-load-4 load "$unit" 1048576) ))
  awk -v u="$unit" -v s="$small" -v l="$large" \
    'BEGIN {printf "wall %s: 256 KB %.1fM, 1 MB %.1fM, ratio %.2f\n", u, s / 1e6, l / 1e6, l / s}'
  exit 0
fi
passes=(regex)
for p in "${@:-extract number}"; do
  for q in $p; do
    [[ " ${passes[*]} " == *" $q "* ]] || passes+=("$q")
  done
done
load=$(count load load)
declare -A ir
for p in "${passes[@]}"; do
  ir[$p]=$(( $(count "$p" "$p") - load ))
  # The pass's own line: the text's origin and size, and what it found.
  grep -h "^$p (" "$dir/log.$p" || true
done
printf '%-8s %14s %9s\n' pass instructions '× regex'
for p in "${passes[@]}"; do
  awk -v p="$p" -v n="${ir[$p]}" -v r="${ir[regex]}" \
    'BEGIN {printf "%-8s %13.2fM %9.1f\n", p, n / 1e6, n / r}'
done
