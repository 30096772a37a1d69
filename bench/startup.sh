#!/usr/bin/env bash
# Start-up and memory at rest of the default installation (embedded H2, demo data), as README runs it:
# the jar started on an empty ./data (demo data written) and again on the data it wrote, each with the JVM's
# defaults and with the documented options (docs/benchmarks.md, "Start-up and memory of the default"), and
# with the class data sharing archive (AppCDS, Java 17's -XX:ArchiveClassesAtExit, made by a training run).
# For each: wall time until /actuator/health/readiness answers 200 (the demo data is written by then), the
# CPU time the JVM used until then (user + system, what a loaded machine cannot inflate), RSS 20 s later.
# Needs: JDK 17+, curl. Usage: bench/startup.sh [jar]   (builds the jar when none is given).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out/startup
PORT=${BENCH_STARTUP_PORT:-8384}  # must be free: a readiness answer from another server would be timed
mkdir -p "$OUT"
JAR=${1:-}
if [[ -z "$JAR" ]]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/boiduong-*.jar | grep -v original | head -1)
fi
JAR=$(realpath "$JAR")
# the options README documents for java -jar (and pom.xml gives spring-boot:run)
DOCUMENTED="-XX:+UseSerialGC -Xms32m -Xmx512m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1"
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PID=""

# measure <name> <fresh|again> <java args...>
measure() {
  local name=$1 mode=$2
  shift 2
  [[ $mode == fresh ]] && rm -rf "$WORK/data"
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is taken by another server: set BENCH_STARTUP_PORT"; exit 1
  fi
  local t0 ready cpu rss
  t0=$(date +%s%N)
  (cd "$WORK" && exec java "$@" --server.port="$PORT" >"$OLDPWD/$OUT/$name.log" 2>&1) &
  PID=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness" || true) == 200 ]]; do
    kill -0 "$PID" 2>/dev/null || { echo "$name: the application stopped, see $OUT/$name.log"; exit 1; }
    (( ($(date +%s%N) - t0) / 1000000000 < 600 )) || { echo "$name: not ready after 600 s"; exit 1; }
    sleep 0.1
  done
  ready=$(( ($(date +%s%N) - t0) / 1000000 ))
  cpu=$(awk '{print ($14 + $15) * 10}' "/proc/$PID/stat")
  sleep 20
  rss=$(grep -oP 'VmRSS:\s+\K[0-9]+' "/proc/$PID/status")
  kill "$PID"; wait "$PID" 2>/dev/null || true
  printf '%s\t%s\t%d\t%d\t%d\n' "$name" "$mode" "$ready" "$cpu" "$((rss / 1024))" | tee -a "$OUT/startup.tsv"
}

echo -e "run\tdatabase\tready_ms\tcpu_ms_to_ready\trss_mb_at_rest" | tee "$OUT/startup.tsv"
measure defaults fresh -jar "$JAR"
measure defaults again -jar "$JAR"
measure documented fresh $DOCUMENTED -jar "$JAR"
measure documented again $DOCUMENTED -jar "$JAR"

# AppCDS: the jar extracted (Spring Boot's tools jar mode), one training run that exits once the context is
# refreshed and writes the archive of the classes it loaded; later starts map them instead of loading them
rm -rf "$WORK/app"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP=$(ls "$WORK"/app/*.jar | head -1)
rm -rf "$WORK/data"
(cd "$WORK" && java $DOCUMENTED -XX:ArchiveClassesAtExit="$WORK/app/boiduong.jsa" -Dspring.context.exit=onRefresh \
  -jar "$APP" >"$OLDPWD/$OUT/cds-training.log" 2>&1)
measure documented+cds fresh $DOCUMENTED -XX:SharedArchiveFile="$WORK/app/boiduong.jsa" -jar "$APP"
measure documented+cds again $DOCUMENTED -XX:SharedArchiveFile="$WORK/app/boiduong.jsa" -jar "$APP"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" | tee -a "$OUT/startup.tsv"
