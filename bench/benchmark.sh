#!/usr/bin/env bash
# Scale benchmark of Bồi Dưỡng on PostgreSQL (docs/benchmarks.md): start-up, memory at rest, the
# staff search at 50,000 staff under 32 clients against /me, and the import of 50,000 rows.
# Needs: JDK 17, PostgreSQL at 127.0.0.1:5432 (user postgres, no password), curl, jcmd. No internet.
# Stops by itself: every wait and every load has a bound. Results go to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8383}
DB=${BENCH_DB:-bd_bench}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
OUT=bench/out
THREADS=${BENCH_THREADS:-32}
SECONDS_PER_SCENARIO=${BENCH_SECONDS:-15}
TERMS='nguyen van,tran thi h,lan,Nguyễn Thị,pham,hoang minh,le thi thu,dung,Đặng,vu duc,ngoc anh,trung,bui,thao,hai,giap,huong,quang,do thi,uoc,SNV.0001'
BASE="http://127.0.0.1:$PORT"
PID=""
mkdir -p "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.tsv "$OUT"/*.txt "$OUT"/summary.md

stop_server() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
  fi
  PID=""
}
trap stop_server EXIT

# start_server <name> <generator true|false> [jvm options...]: returns when ready (runners done)
start_server() {
  local name=$1 generator=$2
  shift 2
  local t0
  t0=$(date +%s%N)
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD= \
    BOIDUONG_ADMIN_PASSWORD=Bench@2025 \
    java "$@" -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
      --boiduong.demo-data=true --boiduong.province-generator="$generator" >"$OUT/$name.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 360); do
    # readiness turns UP only after the runners (demo data, generator) are done
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness" || true) == 200 ]]; then
      READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      STARTED_S=$(grep -oP 'Started \S+ in \K[0-9.]+' "$OUT/$name.log" | head -1)
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "server $name died, see $OUT/$name.log"; tail -30 "$OUT/$name.log"; exit 1; }
    sleep 0.5
  done
  echo "server $name not ready after 180 s"; exit 1
}

heap_used_kb() { jcmd "$PID" GC.heap_info | grep -oP 'used \K[0-9]+(?=K)' | head -1; }
rss_kb() { grep -oP 'VmRSS:\s+\K[0-9]+' "/proc/$PID/status"; }

echo "== build"
./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" \
  -Dmdep.includeScope=test
JAR=$(ls target/boiduong-*.jar | grep -v original | head -1)
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"

echo "== fresh database $DB"
$PG -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "== run 1: empty database, demo data and the province generator"
start_server run1-generate true
STARTED_EMPTY_S=$STARTED_S
READY_GEN_MS=$READY_MS
GEN_MS=$(grep -oP 'Province generator: .* in \K[0-9]+(?= ms)' "$OUT/run1-generate.log")
GEN_LINE=$(grep -oP 'Province generator: \K.*' "$OUT/run1-generate.log")
stop_server
# what autovacuum would do within a minute of a bulk load; the plans below need the statistics
$PG -d "$DB" -c "vacuum analyze"
$PG -d "$DB" -At -c "select count(*) from staff" > "$OUT/staff-count.txt"

echo "== run 2: start-up on the full province, memory at rest, search under load"
start_server run2-load false
STARTED_FULL_S=$STARTED_S
READY_FULL_MS=$READY_MS
sleep 10
RSS_KB=$(rss_kb)
HEAP_KB=$(heap_used_kb)
jcmd "$PID" GC.run >/dev/null
sleep 1
LIVE_KB=$(heap_used_kb)
jcmd "$PID" GC.heap_info >"$OUT/heap-at-rest.txt"

# the machine may be shared: its load is part of the result
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# prewarm: 45 s of mixed requests first; on 2 busy cores the JIT compiler needs that long to settle.
# search-alone: one client, no queueing: the time a search itself takes
java -cp "$CP" vn.boiduong.bench.LoadClient base="$BASE" user=chuyenvien password=Demo@123 threads="$THREADS" \
  prewarm="${BENCH_PREWARM:-45}" warmup=5 seconds="$SECONDS_PER_SCENARIO" max=400000 terms="$TERMS" out="$OUT/load.tsv" \
  serverPid="$PID" database="$DB" \
  'scenario=me|session|/api/v1/me' \
  'scenario=search|session|/api/v1/staff?q={term}' \
  'scenario=search-alone|session|/api/v1/staff?q={term}|1' \
  'scenario=me-basic|basic|/api/v1/me'
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
RSS_AFTER_KB=$(rss_kb)
stop_server

echo "== query plans of the search (EXPLAIN ANALYZE), as organization.internal.StaffSearch sends them"
SNV=$($PG -d "$DB" -At -c "select id from agency where code = 'SNV'")
{
  for q in 'nguyen van' 'tran thi h' 'lan' 'nguyen'; do
    where="s.agency_id = $SNV and s.active = true and s.search_text like '%$q%'"
    total=$($PG -d "$DB" -At -c "select count(*) from staff s where $where")
    echo "--- q=$q: the count ($total)"
    $PG -d "$DB" -c "explain (analyze, buffers) select count(*) from staff s where $where"
    if (( total <= 1000 )); then
      echo "--- q=$q: the page, few matches: sorted from the matches"
      order="(s.name_sort_key || ''), s.id"
    else
      echo "--- q=$q: the page, many matches: walking the name index"
      order="s.name_sort_key, s.id"
    fi
    $PG -d "$DB" -c "explain (analyze, buffers) select * from staff s where $where order by $order limit 20"
  done
} >"$OUT/explain.txt" 2>&1

IMPORT="not measured: the import endpoint and StaffWorkbooks fixture are not on this branch yet"
if [[ -f target/test-classes/vn/boiduong/fixtures/StaffWorkbooks.class ]]; then
  echo "== run 3: import of 50,000 rows with -Xmx512m"
  start_server run3-import false -Xmx512m "-Xlog:gc:file=$OUT/gc-import.log:uptime"
  MARK=$(wc -l <"$OUT/gc-import.log")
  if java -cp "$CP" vn.boiduong.bench.ImportBench base="$BASE" rows=50000 unit=CCHC prefix=BENCH \
      file="$OUT/import-50000.xlsx" out="$OUT/import.tsv" serverPid="$PID" database="$DB"; then
    # heap after each collection during the import: the most the import kept alive at once
    read -r PEAK_AFTER PEAK_BEFORE < <(tail -n +"$((MARK + 1))" "$OUT/gc-import.log" \
      | grep -oP '[0-9]+M->[0-9]+M' | awk -F'M->|M' '{ if ($2 > a) a = $2; if ($1 > b) b = $1 } END { print a + 0, b + 0 }')
    IFS=$'\t' read -r _ _ I_SECONDS I_RPS I_STATUS _ I_ERRORS I_APP_CPU I_DB_CPU < <(tail -1 "$OUT/import.tsv")
    IMPORT="$I_STATUS in ${I_SECONDS} s = ${I_RPS} rows/s ($I_ERRORS row errors); CPU meanwhile: server ${I_APP_CPU} s, PostgreSQL ${I_DB_CPU} s; peak heap after GC ${PEAK_AFTER} MB, before GC ${PEAK_BEFORE} MB (-Xmx512m)"
  else
    IMPORT="failed, see $OUT/run3-import.log"
  fi
  # CPU seconds per server thread since its start: the import's own thread, the upload, the JIT
  for t in /proc/"$PID"/task/*; do
    echo "$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "$t/stat") $(cat "$t/comm")"
  done | sort -rn >"$OUT/import-threads.txt"
  IMPORT_JOB_CPU=$(awk '$2 ~ /^staff-import/ { s += $1 } END { print s + 0 }' "$OUT/import-threads.txt")
  IMPORT_JIT_CPU=$(awk '$2 ~ /^C[12]/ { s += $1 } END { print s + 0 }' "$OUT/import-threads.txt")
  IMPORT="$IMPORT; since the start: import job thread ${IMPORT_JOB_CPU} s CPU, JIT compiler ${IMPORT_JIT_CPU} s"
  stop_server
fi

row() {
  awk -F'\t' -v s="$1" '$1 == s { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $6, $7, $8, $11, $12, $13 }' \
    "$OUT/load.tsv"
}
{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1), $(psql --version | cut -d' ' -f3-)"
  echo
  echo "- Staff in the database: $(cat "$OUT/staff-count.txt") (generator: $GEN_LINE)"
  echo "- Start-up, empty database: 'Started' after ${STARTED_EMPTY_S} s; demo data + generator done (ready) after ${READY_GEN_MS} ms; generator alone ${GEN_MS} ms"
  echo "- Start-up, full province: 'Started' after ${STARTED_FULL_S} s; ready after ${READY_FULL_MS} ms"
  echo "- Memory at rest (10 s after ready): RSS $((RSS_KB / 1024)) MB; heap used $((HEAP_KB / 1024)) MB, live after a full GC $((LIVE_KB / 1024)) MB; RSS after the load $((RSS_AFTER_KB / 1024)) MB"
  echo "- Import of 50,000 rows: $IMPORT"
  echo
  echo "- Machine load (1, 5, 15 min) before the load test: $LOAD_BEFORE; after: $LOAD_AFTER"
  echo
  echo "| scenario | clients | requests | errors | req/s | p50 ms | p95 ms | CPU ms/req: request threads | whole server | PostgreSQL |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  row me; row search; row search-alone; row me-basic
} | tee "$OUT/summary.md"
