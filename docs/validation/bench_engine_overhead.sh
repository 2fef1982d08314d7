#!/usr/bin/env bash
# fixed overhead of the Spark engine: a 1-subject csp-lda sweep, local vs Spark local[2], alternated
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
for r in 1 2 3; do
  for c in local spark; do
    out=$(mktemp -d)
    extra=(); [ $c = spark ] && extra=(--engine spark --master 'local[2]')
    s=$(date +%s.%N)
    ./attend evaluate --data "${1:?usage: bench_engine_overhead.sh EEGMMIDB_DIR}" --subjects 1 --decoders csp-lda --seed 42 --out $out "${extra[@]}" >/dev/null 2>&1
    e=$(date +%s.%N); echo "$c $(echo "$e - $s" | bc)"
  done
done
