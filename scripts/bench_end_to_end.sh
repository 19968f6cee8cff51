#!/usr/bin/env bash
# End-to-end speed of `vietnorm extract` (read, extract, write JSON lines)
# against a plain regex digit scan of the same file by grep, as medians of
# five runs each, and their ratio. The machine is shared: quote the ratio.
#
#   scripts/bench_end_to_end.sh FILE
set -euo pipefail
file=${1:?usage: scripts/bench_end_to_end.sh FILE}
cd "$(dirname "$0")/.."
cargo build --quiet --release --example vietnorm
bin=target/release/examples/vietnorm
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_it() {
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s%N)
    "$@" > /dev/null
    e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median
}
grep_ms=$(time_it bash -c "LC_ALL=C grep -oE '[0-9][0-9.,]*' '$file' | wc -l")
extract_ms=$(time_it bash -c "'$bin' extract < '$file'")
bytes=$(wc -c < "$file")
echo "file: $bytes bytes"
echo "grep digit scan: ${grep_ms} ms (median of 5)"
echo "vietnorm extract: ${extract_ms} ms (median of 5)"
awk -v a="$extract_ms" -v b="$grep_ms" 'BEGIN {printf "ratio: %.1fx\n", a / b}'
