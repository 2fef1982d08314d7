#!/usr/bin/env bash
# Wall time of one `attend evaluate` sweep on the local engine, on Spark local[2] and on a standalone Spark
# cluster on loopback (one master, one worker with 2 cores, started from the build's Spark jars), measured in
# the same run with the cases alternated; then checks that the three give the same rows (all but fit_seconds).
# Usage: docs/validation/bench_engines.sh DATA_DIR [SUBJECTS] [DECODERS] [REPEATS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${1:?usage: bench_engines.sh EEGMMIDB_DIR [SUBJECTS] [DECODERS] [REPEATS]}"
subjects="${2:-1-6}"; decoders="${3:-csp-lda,ts-lr}"; repeats="${4:-3}"
work="$(mktemp -d)"; cd "$root"
./attend --version >/dev/null                      # builds target/attend.jar and target/spark/jars if needed

# the daemons need the same --add-opens as the driver: read them from the jar's manifest (set in pom.xml)
opens="$(unzip -p target/attend.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
  | sed -n 's/^Add-Opens: //p' | tr ' ' '\n' | sed 's/.*/--add-opens=&=ALL-UNNAMED/' | tr '\n' ' ')"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
mport="$(port)"
export SPARK_HOME="$root/target/spark" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
cp="target/attend.jar:target/spark/jars/*"       # attend.jar: its libraries (manifest) and logback.xml
# shellcheck disable=SC2086
java -Xmx512m $opens -Dspark.master.rest.enabled=false -cp "$cp" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$mport" --webui-port "$(port)" >"$work/master.log" 2>&1 & master=$!
sleep 5
# shellcheck disable=SC2086
java -Xmx512m $opens -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port "$(port)" \
  --webui-port "$(port)" --cores 2 --memory 3g --work-dir "$work/worker" "spark://127.0.0.1:$mport" \
  >"$work/worker.log" 2>&1 & worker=$!
trap 'kill $worker $master 2>/dev/null || true' EXIT
sleep 10

sweep() { # case out-dir extra-args...
  local name="$1" out="$2"; shift 2
  local start end
  start="$(date +%s.%N)"
  ./attend evaluate --data "$data" --subjects "$subjects" --decoders "$decoders" --seed 42 --out "$out" \
    "$@" >"$out.log" 2>&1
  end="$(date +%s.%N)"
  echo "$name $(echo "$end - $start" | bc)"
}
for r in $(seq 1 "$repeats"); do
  sweep local "$work/local-$r" --threads 2
  sweep spark-local2 "$work/spark-local2-$r" --engine spark --master 'local[2]'
  sweep standalone "$work/standalone-$r" --engine spark --master "spark://127.0.0.1:$mport" \
    --spark-conf spark.executor.memory=2g --spark-conf spark.cores.max=2
done | tee "$work/times.txt"
echo "median wall seconds over $repeats runs:"
for c in local spark-local2 standalone; do
  grep "^$c " "$work/times.txt" | awk '{print $2}' | sort -n | awk '{v[NR]=$1} END {print "  '"$c"'", v[int((NR+1)/2)]}'
done
strip() { sed 's/,[^,]*$//' "$1"; }
for c in spark-local2 standalone; do
  for r in $(seq 1 "$repeats"); do
    diff <(strip "$work/local-1/results.csv") <(strip "$work/$c-$r/results.csv") >/dev/null \
      && cmp -s "$work/local-1/summary.csv" "$work/$c-$r/summary.csv" \
      || { echo "$c run $r differs from the local engine ($work)"; exit 1; }
  done
done
echo "results.csv (all but fit_seconds) and summary.csv identical on the three engines; outputs in $work"
