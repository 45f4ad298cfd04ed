#!/usr/bin/env bash
# Grassroots benchmarks: bench/run.sh [SCALE] [quick]
#
# Builds the application, creates a fresh PostgreSQL database, starts the application on it
# (importing the real national hierarchy from ../shared/data/admin-units and running the
# national-scale generator at SCALE with 1,000,000 x SCALE patrol logs), runs bench/Bench.java
# (every figure beside the same work done by PostgreSQL alone), then restarts the application
# to grow the patrol logs to 10,000,000 x SCALE and measures the dashboards again.
# Results (Markdown) go to bench/out/<date>.md and stdout.
#
# SCALE: 1.0 = national (3,321 communes, ~100,000 teams, ~450,000 members); 0.01 for CI.
# quick: shrink every measurement (CI: proves the harness works, says nothing about speed).
# Environment: BENCH_DB (default gr_bench), BENCH_PSQL (default "psql -h 127.0.0.1 -U postgres"),
# BENCH_DB_USER / BENCH_DB_PASSWORD (default postgres / empty), BENCH_PORT (default 18080),
# BENCH_SKIP_BUILD=1 to reuse target/*.jar, BENCH_PATROLS1 / BENCH_PATROLS2 to override the counts.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${1:-1.0}
QUICK=${2:-}
DB=${BENCH_DB:-gr_bench}
PSQL=${BENCH_PSQL:-psql -h 127.0.0.1 -U postgres}
DB_USER=${BENCH_DB_USER:-postgres}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
PORT=${BENCH_PORT:-18080}
UNITS=${GRASSROOTS_UNITS_DIR:-../shared/data/admin-units}
PATROLS1=${BENCH_PATROLS1:-$(awk "BEGIN { printf \"%d\", 1000000 * $SCALE }")}
PATROLS2=${BENCH_PATROLS2:-$(awk "BEGIN { printf \"%d\", 10000000 * $SCALE }")}
ADMIN_PASSWORD=bench-$RANDOM-$RANDOM
OUT=bench/out/$(date -u +%Y%m%dT%H%M%SZ).md
mkdir -p bench/out

if [ ! -f "$UNITS/vn-units-2025-03.json" ]; then
  echo "The national data is missing: $UNITS/vn-units-2025-03.json (see ../shared/data/admin-units/README)" >&2
  exit 1
fi
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
JAR=$(ls target/grassroots-*.jar | grep -v plain | head -n 1)
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -n 1)

$PSQL -v ON_ERROR_STOP=1 -qc "drop database if exists $DB"
$PSQL -v ON_ERROR_STOP=1 -qc "create database $DB owner $DB_USER"
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

start_app() { # $1 = patrol logs wanted, $2 = generator report file
  GRASSROOTS_ADMIN_PASSWORD=$ADMIN_PASSWORD GRASSROOTS_SECURE_COOKIES=false \
  java -Xmx2g -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
    --spring.datasource.url="$JDBC?reWriteBatchedInserts=true" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
    --grassroots.import.units-dir="$UNITS" --grassroots.scale.factor="$SCALE" --grassroots.scale.patrols="$1" \
    --grassroots.scale.report="$2" >>"$OUT.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3600); do
    # the generator runs after Tomcat has started: wait for its report
    if [ -s "$2" ] && curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The application stopped; see $OUT.log" >&2; exit 1; fi
    sleep 1
  done
  echo "The application did not start within an hour; see $OUT.log" >&2
  exit 1
}

bench() { # $1 = phase
  java -cp "$PGJAR" bench/Bench.java "$1" "http://127.0.0.1:$PORT" \
    "$JDBC?user=$DB_USER&password=$DB_PASSWORD" "$ADMIN_PASSWORD" $QUICK | tee -a "$OUT"
}

{
  echo "## Benchmark run $(date -u +%Y-%m-%dT%H:%MZ), scale $SCALE"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"\
    "$(free -g | awk '/Mem:/ { print $2 }') GiB memory; $($PSQL -tAc 'select version()' | cut -d, -f1);"\
    "$(java -version 2>&1 | head -n 1)"
  echo
} | tee "$OUT"

vacuum() { # as after any bulk load: visibility map and statistics, before measuring
  local t0=$(date +%s)
  $PSQL -d "$DB" -qc "vacuum analyze"
  echo "VACUUM ANALYZE after the load: $(( $(date +%s) - t0 )) s (not part of any figure)." | tee -a "$OUT"
  echo | tee -a "$OUT"
}

start_app "$PATROLS1" "$OUT.gen1"
{ echo "Generator (start-up, after the import):"; echo; echo '```'; cat "$OUT.gen1"; echo '```'; } | tee -a "$OUT"
vacuum
bench full
stop_app

if [ "$PATROLS2" -gt "$PATROLS1" ]; then
  start_app "$PATROLS2" "$OUT.gen2"
  { echo "Generator (second start, more patrol nights):"; echo; echo '```'; cat "$OUT.gen2"; echo '```'; } | tee -a "$OUT"
  vacuum
  bench dashboard
  stop_app
fi
echo "Results: $OUT"
