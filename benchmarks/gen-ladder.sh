#!/usr/bin/env bash
# Writes the benchmark ladder (DIMACS min-cost-flow instances) into DIR; they are large and not committed.
# Usage: benchmarks/gen-ladder.sh [DIR]      (DIR defaults to $MATCHING_BENCH_DIR, then ./bench-instances)
# Needs python3 with numpy (apt-get install -y python3-numpy) and the generator gen_mcf.py; set GEN_MCF to its
# path if it is not at /work/shared/bench/gen_mcf.py. Takes about a minute; s100kx20k alone is ~200 MB.
set -euo pipefail

dir="${1:-${MATCHING_BENCH_DIR:-./bench-instances}}"
gen="${GEN_MCF:-/work/shared/bench/gen_mcf.py}"
python="${PYTHON:-/usr/bin/python3}"
mkdir -p "$dir"

while read -r name args; do
    if [[ -s "$dir/$name.min" ]]; then
        echo "$name: exists"
        continue
    fi
    echo "$name: $args"
    # shellcheck disable=SC2086
    "$python" "$gen" $args --formats min --out "$dir/$name" > /dev/null
done <<'LADDER'
d1kx300 --seed 1 -n 1000 -m 300 --k 0
d3kx1k --seed 1 -n 3000 -m 1000 --k 0
s10kx2k --seed 1 -n 10000 -m 2000 --k 50
s30kx6k --seed 1 -n 30000 -m 6000 --k 50
s100kx20k --seed 1 -n 100000 -m 20000 --k 50
LADDER

echo "done: export MATCHING_BENCH_DIR=$dir"
