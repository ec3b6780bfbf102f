#!/usr/bin/env bash
# The benchmarks, one command each:
#   bash src/bench/run.sh [drafts=100000] [clauses-per-draft=10] [seconds-per-measurement=20]
#   bash src/bench/run.sh participation [seconds-per-measurement=20]
#   bash src/bench/run.sh surveys [seconds-per-measurement=20]
#   bash src/bench/run.sh render [renders-per-round=4000] [templates=draft/draft]
#   bash src/bench/run.sh reports [comments=1000000] [decision-rows=100000]
#   BENCH_COMPARE_CLIENTS=true bash src/bench/run.sh   (also: both Java clients and wrk, in turn)
#   BENCH_DB=postgresql ...   (a fresh database `muhokama_bench` on PostgreSQL at 127.0.0.1:5432 instead of Derby)
#   BENCH_JVM_ARGS="-Xmx512m" ...   (JVM options of the server measured, after the load: a heap bound, a profiler)
#   BENCH_WARMUP_SECONDS=30 ...   (a shorter warm-up than 240 s: for checking the plumbing only, never for figures)
# Builds the portal and the small "ceiling" app, starts Liberty on :9080 with a fresh database,
# loads data, warms up for 240 s, measures, writes target/bench/results.md, stops the server.
# Stop any `mvn liberty:run` first: both use the same server directory and port. Loopback traffic only.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=drafts
if [ "${1:-}" = participation ]; then MODE=participation; shift; fi
if [ "${1:-}" = surveys ]; then MODE=surveys; shift; fi
if [ "${1:-}" = reports ]; then MODE=reports; shift; fi
if [ "${1:-}" = render ]; then
  # The draft page's rendering alone, on one thread, without a server (DraftPageRenderBenchmark).
  shift
  mvn -B -q compile
  CP=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=/dev/stdout)
  rm -rf target/bench-render && mkdir -p target/bench-render
  javac -encoding UTF-8 --release 17 -cp "target/classes:$CP" -d target/bench-render $(find src/bench/render/java -name '*.java')
  exec java -cp "target/bench-render:target/classes:$CP" uz.muhokama.platform.web.DraftPageRenderBenchmark "$@"
fi
BENCH=target/bench
SERVER=target/liberty/wlp/usr/servers/defaultServer

echo "== building the portal and the Liberty server"
mvn -B -q package liberty:create liberty:install-feature -DskipTests
rm -rf "$BENCH" && mkdir -p "$BENCH/ceiling/WEB-INF/classes" "$BENCH/load"
CP=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=/dev/stdout)
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-240}

echo "== building the ceiling app and the load generator"
javac -encoding UTF-8 --release 17 -cp "$CP" -d "$BENCH/ceiling/WEB-INF/classes" $(find src/bench/ceiling/java -name '*.java')
cp -r src/bench/ceiling/resources/* "$BENCH/ceiling/WEB-INF/classes/"
cp -r src/bench/ceiling/webapp/* "$BENCH/ceiling/"
(cd "$BENCH/ceiling" && jar cf ../muhokama-ceiling.war .)
javac -encoding UTF-8 --release 17 -d "$BENCH/load" $(find src/bench/load/java -name '*.java')

echo "== starting Liberty with both apps and a fresh database"
rm -rf "$SERVER/dropins" "$SERVER/apps" "$BENCH/derby" && mkdir -p "$SERVER/dropins"
cp target/muhokama.war "$BENCH/muhokama-ceiling.war" "$SERVER/dropins/"
if [ "${BENCH_DB:-derby}" = postgresql ]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS muhokama_bench' -c 'CREATE DATABASE muhokama_bench'
  export DB_KIND=postgresql PG_DB=muhokama_bench
fi
export DERBY_DB_DIR="$PWD/$BENCH/derby/appdb" MUHOKAMA_DEMO_ENABLED=false MUHOKAMA_DISCUSSION_JOB_INTERVAL_SECONDS=0
if [ "$MODE" = reports ]; then
  # The clock is moved to close the discussions; reports go under target/bench, their e-mails to .eml files.
  export MUHOKAMA_TEST_CLOCK_ENABLED=true MUHOKAMA_REPORTS_JOB_INTERVAL_SECONDS=0 MUHOKAMA_REPORTS_FOLDER="$PWD/$BENCH/reports"
fi
trap 'target/liberty/wlp/bin/server stop defaultServer >/dev/null 2>&1 || true; rm -rf "$SERVER/dropins"' EXIT
start_server() {
  target/liberty/wlp/bin/server start defaultServer
  for _ in $(seq 1 120); do
    curl -fs http://localhost:9080/health/ready >/dev/null 2>&1 && curl -fs http://localhost:9080/ceiling/one-row >/dev/null 2>&1 && break
    sleep 1
  done
}
# The data is loaded by the server being measured, in bulk; it is then restarted, so that what is measured
# is a server in service, not one whose heap a million-row load has just grown and filled.
restart_server() {
  echo "== restarting the server after the load"
  target/liberty/wlp/bin/server stop defaultServer >/dev/null
  JVM_ARGS="${BENCH_JVM_ARGS:-}" start_server
}
start_server

if [ "$MODE" = drafts ]; then
  DRAFTS=${1:-100000}
  CLAUSES=${2:-10}
  SECONDS_EACH=${3:-20}
  echo "== loading $DRAFTS drafts x $CLAUSES clauses"
  curl -fs --max-time 1800 -X POST "http://localhost:9080/ceiling/seed?drafts=$DRAFTS&clauses=$CLAUSES" | tee "$BENCH/seed.txt"; echo
  restart_server
  echo "== measuring ($SECONDS_EACH s per measurement, after a $WARMUP_SECONDS s warm-up)"
  java -Dbench.warmup.seconds="$WARMUP_SECONDS" -Dbench.compare.clients="${BENCH_COMPARE_CLIENTS:-false}" -cp "$BENCH/load" uz.muhokama.bench.load.DraftBenchmark \
    http://localhost:9080 "$SECONDS_EACH" "$BENCH/results.md"
  if [ "${BENCH_COMPARE_CLIENTS:-false}" = true ] && command -v wrk >/dev/null; then
    # The same 64-connection loads from Debian's wrk (two threads), as limits.md measured its ceilings.
    curl -fs http://localhost:9080/ceiling/seed/ids > "$BENCH/ids.txt"
    for round in 1 2 3; do
      { echo; echo "wrk -t2 -c64, round $round, ceiling:"; wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency http://localhost:9080/ceiling/one-row
        echo "wrk -t2 -c64, round $round, draft page:"
        wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency -s src/bench/wrk-drafts.lua http://localhost:9080 -- "$BENCH/ids.txt"; } >> "$BENCH/wrk.txt" 2>&1
    done
  fi
elif [ "$MODE" = surveys ]; then
  SECONDS_EACH=${1:-20}
  DRAFTS=1000
  PEOPLE=120000
  LAST=$((100000 + DRAFTS))
  echo "== loading $DRAFTS drafts (the newest few are open), $PEOPLE people with API tokens (the last 1,000 experts, the first an administrator)"
  curl -fs --max-time 600 -X POST "http://localhost:9080/ceiling/seed?drafts=$DRAFTS&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 900 -X POST "http://localhost:9080/ceiling/seed-participation?people=$PEOPLE&comments=0&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "http://localhost:9080/ceiling/grant?role=EXPERT&first=$((PEOPLE - 1000))&count=1000" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "http://localhost:9080/ceiling/grant?role=ADMIN&first=0&count=1&session=bench-session" | tee -a "$BENCH/seed.txt"; echo
  restart_server
  echo "== measuring ($SECONDS_EACH s per measurement, after a $WARMUP_SECONDS s warm-up)"
  java -Dbench.warmup.seconds="$WARMUP_SECONDS" -cp "$BENCH/load" uz.muhokama.bench.load.SurveyBenchmark http://localhost:9080 "ID-$LAST" "ID-$((LAST - 1))" \
    "$PEOPLE" "$SECONDS_EACH" "$BENCH/results.md"
elif [ "$MODE" = reports ]; then
  COMMENTS=${1:-1000000}
  DECISION_ROWS=${2:-100000}
  DRAFTS=10
  PEOPLE=20000
  LAST=$((100000 + DRAFTS))
  echo "== loading $DRAFTS drafts, $PEOPLE people, $COMMENTS comments and 10,000 survey answers on ID-$LAST, $DECISION_ROWS comments on ID-$((LAST - 1))"
  curl -fs --max-time 600 -X POST "http://localhost:9080/ceiling/seed?drafts=$DRAFTS&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 900 -X POST "http://localhost:9080/ceiling/seed-participation?people=$PEOPLE&comments=0&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs --max-time 3600 -X POST "http://localhost:9080/ceiling/report/comments?draft=$LAST&comments=$COMMENTS&authors=$PEOPLE" | tee -a "$BENCH/seed.txt"; echo
  curl -fs --max-time 600 -X POST "http://localhost:9080/ceiling/report/answers?draft=$LAST&count=10000" | tee -a "$BENCH/seed.txt"; echo
  curl -fs --max-time 1800 -X POST "http://localhost:9080/ceiling/report/comments?draft=$((LAST - 1))&comments=$DECISION_ROWS&authors=$PEOPLE" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "http://localhost:9080/ceiling/report/unclosed?draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "http://localhost:9080/ceiling/report/unclosed?draft=$((LAST - 1))" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "http://localhost:9080/ceiling/report/agency?person=0&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "http://localhost:9080/ceiling/report/agency?person=1&draft=$((LAST - 1))" | tee -a "$BENCH/seed.txt"; echo
  restart_server
  mkdir -p "$BENCH/report"
  javac -encoding UTF-8 --release 17 -cp "$CP" -d "$BENCH/report" $(find src/bench/report/java -name '*.java')
  echo "== the report of $COMMENTS comments, and a decisions upload of $DECISION_ROWS rows"
  java -cp "$BENCH/report:$CP" uz.muhokama.bench.report.ReportBenchmark http://localhost:9080 "ID-$LAST" "ID-$((LAST - 1))" \
    bench-editor-token-0 bench-editor-token-1 "$BENCH/results.md"
  echo "== the bare SXSSF loop with as many rows, in a JVM of its own"
  java -Xmx256m -cp "$BENCH/report:$CP" uz.muhokama.bench.report.BareSxssfBenchmark "$COMMENTS" "$BENCH/results.md"
else
  SECONDS_EACH=${1:-20}
  DRAFTS=1000
  PEOPLE=20000
  LAST=$((100000 + DRAFTS))
  echo "== loading $DRAFTS drafts (the newest few are open), $PEOPLE people with API tokens, 10,000 comments on ID-$LAST"
  curl -fs --max-time 600 -X POST "http://localhost:9080/ceiling/seed?drafts=$DRAFTS&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 600 -X POST "http://localhost:9080/ceiling/seed-participation?people=$PEOPLE&comments=10000&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  restart_server
  echo "== measuring ($SECONDS_EACH s per measurement, after a $WARMUP_SECONDS s warm-up)"
  java -Dbench.warmup.seconds="$WARMUP_SECONDS" -cp "$BENCH/load" uz.muhokama.bench.load.ParticipationBenchmark http://localhost:9080 "ID-$LAST" "ID-$((LAST - 1))" "ID-$((LAST - 2))" \
    "$PEOPLE" "$SECONDS_EACH" "$BENCH/results.md"
fi
{ echo; echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date $(date -u +%F)"; } >> "$BENCH/results.md"
echo "== results in $BENCH/results.md"
