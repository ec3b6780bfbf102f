#!/usr/bin/env bash
# The benchmarks, one command each:
#   bash src/bench/run.sh [drafts=100000] [clauses-per-draft=10] [seconds-per-measurement=20]
#   bash src/bench/run.sh participation [seconds-per-measurement=20]
#   bash src/bench/run.sh surveys [seconds-per-measurement=20]
#   bash src/bench/run.sh render [JMH options, e.g. -p template=draft/draft,draft/draft:full]   (no server)
#   bash src/bench/run.sh sxssf [rows=1000000]   (the bare SXSSF loop alone, by JMH, no server)
#   bash src/bench/run.sh reports [comments=1000000] [decision-rows=100000]
#   bash src/bench/run.sh stats [comments=1000000] [seconds-per-measurement=20]   (statistics and open data)
#   bash src/bench/run.sh cursors [comments=1000000] [depth=900000] [seconds-per-measurement=20]   (keyset cursors)
#   bash src/bench/run.sh notifications [followers=100000]   (a new draft for that many followers: rows, e-mails, digests)
#   BENCH_MAIL=smtp bash src/bench/run.sh notifications ...   (e-mail to the benchmark's own SMTP sink on
#                             127.0.0.1:${BENCH_SMTP_PORT:-2525} instead of .eml files; always so on the cluster)
#   BENCH_COMPARE_CLIENTS=true bash src/bench/run.sh   (also: the Java client and wrk, in turn)
#   BENCH_BEFORE_WAR=/path/to/muhokama.war bash src/bench/run.sh ...   (drafts, one server: that WAR measured first,
#                             then this checkout's, back to back on the same data: a change's before and after)
#   BENCH_DB=postgresql ...   (a fresh database `muhokama_bench` on PostgreSQL at 127.0.0.1:5432 instead of Derby)
#   BENCH_TARGET=cluster bash src/bench/run.sh [participation|surveys|notifications] ...   (drafts: no keyword, as above)
#                             (through nginx on :8080 in front of the two instances of `src/deploy/cluster.sh up`,
#                             on a fresh `muhokama_bench` on PostgreSQL, the ceiling app on both instances)
#   BENCH_LOAD=java ...       (the Java client instead of wrk where wrk measures: `apt-get install wrk` is otherwise needed)
#   BENCH_JVM_ARGS="-Xmx512m" ...   (JVM options of the server measured, after the load: a heap bound, a profiler)
#   BENCH_WARMUP_SECONDS=30 ...   (a shorter warm-up than 240 s: for checking the plumbing only, never for figures)
#   BENCH_BURST=3000 bash src/bench/run.sh participation ...   (a smaller burst than 75,000: plumbing only)
#   BENCH_ANALYZE=false bash src/bench/run.sh surveys ...   (no ANALYZE on PostgreSQL: the planner keeps the seed's statistics)
# Builds the portal and the small "ceiling" app, starts Liberty on :9080 with a fresh database (or the
# cluster), loads data, warms up for 240 s, measures, writes target/bench/results.md, stops the server.
# Stop any `mvn liberty:run` first: both use the same server directory and port. Loopback traffic only.
# The reads and comment intake are measured by Debian's wrk (src/bench/wrk-*.lua); the burst and the
# surveys by the Java client in src/bench/load (docs/benchmarks.md says why).
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=drafts
if [ "${1:-}" = participation ]; then MODE=participation; shift; fi
if [ "${1:-}" = surveys ]; then MODE=surveys; shift; fi
if [ "${1:-}" = reports ]; then MODE=reports; shift; fi
if [ "${1:-}" = stats ]; then MODE=stats; shift; fi
if [ "${1:-}" = cursors ]; then MODE=cursors; shift; fi
if [ "${1:-}" = notifications ]; then MODE=notifications; shift; fi
TARGET=${BENCH_TARGET:-server}
if [ "$TARGET" = cluster ]; then
  case "$MODE" in
    drafts|participation|surveys|notifications) ;;
    *) echo "BENCH_TARGET=cluster runs the drafts, participation, surveys and notifications benchmarks only" >&2; exit 2 ;;
  esac
  if [ "${BENCH_DB:-postgresql}" != postgresql ]; then echo "the cluster runs on PostgreSQL only" >&2; exit 2; fi
  BENCH_DB=postgresql
elif [ "$TARGET" != server ]; then
  echo "BENCH_TARGET is server (the default: one Liberty on :9080) or cluster" >&2; exit 2
fi
if [ "${1:-}" = render ] || [ "${1:-}" = sxssf ]; then
  # In-process micro-benchmarks, by JMH, without a server: the draft page's rendering alone
  # (DraftPageRenderBenchmark; what follows "render" goes to JMH, e.g. -p template=draft/draft,draft/draft:full
  # or -wi 1 -i 3), or the bare SXSSF loop of the reports benchmark (BareSxssfBenchmark; rows).
  WHICH=$1; shift
  mvn -B -q compile
  CP=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
  OUT=target/bench-$WHICH
  rm -rf "$OUT" && mkdir -p "$OUT"
  # javac runs JMH's annotation processor (on the classpath), which writes the benchmarks' harness.
  javac -encoding UTF-8 --release 17 -cp "target/classes:$CP" -d "$OUT" $(find "src/bench/$([ "$WHICH" = render ] && echo render || echo report)/java" -name '*.java')
  if [ "$WHICH" = render ]; then
    exec java -cp "$OUT:target/classes:$CP" org.openjdk.jmh.Main DraftPageRenderBenchmark "$@"
  fi
  exec java -cp "$OUT:$CP" uz.muhokama.bench.report.BareSxssfBenchmark "${1:-1000000}" "$OUT/results.md"
fi
BENCH=target/bench
SERVER=target/liberty/wlp/usr/servers/defaultServer

echo "== building the portal and the Liberty server"
mvn -B -q package liberty:create liberty:install-feature -DskipTests
rm -rf "$BENCH" && mkdir -p "$BENCH/ceiling/WEB-INF/classes" "$BENCH/load"
CP=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=/dev/stdout)
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-240}
LOAD=${BENCH_LOAD:-wrk}
# The load tools are Debian's: installed here when missing (as root, or with sudo), else the run stops.
need_tool() {
  command -v "$1" >/dev/null && return 0
  echo "== installing $2 (for $1)"
  local as=(); [ "$(id -u)" = 0 ] || as=(sudo)
  "${as[@]}" apt-get install -y -q "$2" >/dev/null || true
  command -v "$1" >/dev/null || { echo "$1 is needed: apt-get install $2" >&2; exit 2; }
}
if [ "$LOAD" = wrk ] && { [ "$MODE" = drafts ] || [ "$MODE" = participation ]; }; then need_tool wrk wrk; fi
# The load generator's settings, the same for every benchmark.
LOAD_OPTS=(-Dbench.warmup.seconds="$WARMUP_SECONDS" -Dbench.burst="${BENCH_BURST:-75000}" -Dbench.load="$LOAD"
  -Dbench.wrk.dir="$BENCH/wrk" -Dbench.wrk.scripts=src/bench)

echo "== building the ceiling app and the load generator"
# The seed indexes drafts' words with the portal's own SearchText (its key and version), which the ceiling app carries.
javac -encoding UTF-8 --release 17 -cp "$CP:target/classes" -d "$BENCH/ceiling/WEB-INF/classes" $(find src/bench/ceiling/java -name '*.java')
mkdir -p "$BENCH/ceiling/WEB-INF/classes/uz/muhokama/platform/i18n"
cp target/classes/uz/muhokama/platform/i18n/SearchText*.class "$BENCH/ceiling/WEB-INF/classes/uz/muhokama/platform/i18n/"
cp -r src/bench/ceiling/resources/* "$BENCH/ceiling/WEB-INF/classes/"
cp -r src/bench/ceiling/webapp/* "$BENCH/ceiling/"
(cd "$BENCH/ceiling" && jar cf ../muhokama-ceiling.war .)
javac -encoding UTF-8 --release 17 -d "$BENCH/load" $(find src/bench/load/java -name '*.java')

if [ "${BENCH_DB:-derby}" = postgresql ]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS muhokama_bench WITH (FORCE)' -c 'CREATE DATABASE muhokama_bench'
  export DB_KIND=postgresql PG_DB=muhokama_bench
fi
export DERBY_DB_DIR="$PWD/$BENCH/derby/appdb" MUHOKAMA_DEMO_ENABLED=false MUHOKAMA_DISCUSSION_JOB_INTERVAL_SECONDS=0
if [ "$MODE" = reports ]; then
  # The clock is moved to close the discussions; reports go under target/bench, their e-mails to .eml files.
  export MUHOKAMA_REPORTS_JOB_INTERVAL_SECONDS=0 MUHOKAMA_REPORTS_FOLDER="$PWD/$BENCH/reports"
fi
if [ "$MODE" = stats ]; then
  # The benchmark folds the statistics and makes the package itself (test hooks), at once and without a lag.
  export MUHOKAMA_STATS_JOB_INTERVAL_SECONDS=0 MUHOKAMA_STATS_FOLD_LAG_SECONDS=0 \
    MUHOKAMA_OPENDATA_JOB_INTERVAL_SECONDS=0 MUHOKAMA_REPORTS_JOB_INTERVAL_SECONDS=0 MUHOKAMA_REPORTS_FOLDER="$PWD/$BENCH/reports"
fi
if [ "$MODE" = notifications ]; then
  # The production jobs do the work, run often for the benchmark: fan-out, instant e-mails, digests.
  # E-mails go to .eml files in the delivery folder's mail/ (the portal without an SMTP host) or, on the
  # cluster (two instances writing one file name would hide a repeat) or with BENCH_MAIL=smtp, to the
  # benchmark's SMTP sink, which counts every copy by Message-ID.
  # (muhokama.notifications.job-interval-seconds: the fan-out and the instant e-mails; digest-interval-seconds.)
  export MUHOKAMA_REPORTS_FOLDER="$PWD/$BENCH/reports" \
    MUHOKAMA_NOTIFICATIONS_JOB_INTERVAL_SECONDS=${BENCH_NOTIFICATIONS_INTERVAL:-1} \
    MUHOKAMA_NOTIFICATIONS_DIGEST_INTERVAL_SECONDS=${BENCH_NOTIFICATIONS_INTERVAL:-1}
  MAIL_SINK=${BENCH_MAIL:-files}
  if [ "$TARGET" = cluster ]; then MAIL_SINK=smtp; fi
  if [ "$MAIL_SINK" = smtp ]; then
    export SMTP_HOST=127.0.0.1 SMTP_PORT=${BENCH_SMTP_PORT:-2525}
    BENCH_MAIL_SPEC="smtp:$SMTP_PORT"
  else
    unset SMTP_HOST SMTP_PORT
    BENCH_MAIL_SPEC="files:$PWD/$BENCH/reports/mail"
  fi
fi
# Wait until an instance's portal and ceiling app both answer (the ceiling app may deploy after the portal).
wait_ready() {
  for _ in $(seq 1 180); do
    curl -fs "$1/health/ready" >/dev/null 2>&1 && curl -fs "$1/ceiling/one-row" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "$1 did not answer /health/ready and /ceiling/one-row within 180 s" >&2; return 1
}
if [ "$TARGET" = cluster ]; then
  # The production shape: nginx on :8080 in front of two instances on one PostgreSQL database, the ceiling
  # app on both, so that the ceiling is measured through the same nginx in the same run.
  CLUSTER_PORT=${CLUSTER_PORT:-8080}
  INSTANCES=${CLUSTER_INSTANCES:-2}
  BASE=http://localhost:$CLUSTER_PORT
  # The seed goes to instance 1 directly: loading 100,000 drafts takes longer than nginx waits for an answer (300 s).
  SEED=http://localhost:9081
  echo "== starting the cluster ($INSTANCES instances behind nginx on :$CLUSTER_PORT) with both apps and a fresh database"
  trap 'bash src/deploy/cluster.sh down >/dev/null 2>&1 || true' EXIT
  # nginx appends a line per request to its access log, as in production: a run's own, not the last run's too.
  rm -f target/cluster/nginx/access.log
  CLUSTER_EXTRA_WARS="$PWD/$BENCH/muhokama-ceiling.war" bash src/deploy/cluster.sh up
  for n in $(seq 1 "$INSTANCES"); do wait_ready "http://localhost:$((9080 + n))"; done
  wait_ready "$BASE"
  # The data is loaded once, into the shared database, by instance 1; then every instance is restarted.
  restart_target() {
    echo "== restarting the instances after the load"
    for n in $(seq 1 "$INSTANCES"); do bash src/deploy/cluster.sh stop "$n"; done
    for n in $(seq 1 "$INSTANCES"); do
      JVM_ARGS="${BENCH_JVM_ARGS:-}" bash src/deploy/cluster.sh start "$n"
      wait_ready "http://localhost:$((9080 + n))"
    done
    wait_ready "$BASE"
  }
else
  BASE=http://localhost:9080
  SEED=$BASE
  echo "== starting Liberty with both apps and a fresh database"
  rm -rf "$SERVER/dropins" "$SERVER/apps" "$BENCH/derby" && mkdir -p "$SERVER/dropins"
  # The reports and stats benchmarks move the clock and run jobs: the test WAR's hooks (pom.xml's test-war).
  PORTAL_WAR=target/muhokama.war
  if [ "$MODE" = reports ] || [ "$MODE" = stats ] || [ "$MODE" = notifications ]; then PORTAL_WAR=target/muhokama-test.war; fi
  cp "$PORTAL_WAR" "$SERVER/dropins/muhokama.war" && cp "$BENCH/muhokama-ceiling.war" "$SERVER/dropins/"
  trap 'target/liberty/wlp/bin/server stop defaultServer >/dev/null 2>&1 || true; rm -rf "$SERVER/dropins"' EXIT
  start_server() {
    target/liberty/wlp/bin/server start defaultServer "$@"
    wait_ready "$BASE"
  }
  # The data is loaded by the server being measured, in bulk; it is then restarted, so that what is measured
  # is a server in service, not one whose heap a million-row load has just grown and filled.
  restart_target() {
    echo "== restarting the server after the load"
    target/liberty/wlp/bin/server stop defaultServer >/dev/null
    JVM_ARGS="${BENCH_JVM_ARGS:-}" start_server
  }
  # Another build of the portal in place of the one measured (stopped, swapped, started clean so that
  # Liberty deploys the new WAR afresh), for a change's before and after on the same data.
  restart_with_war() {
    echo "== restarting the server with $1"
    target/liberty/wlp/bin/server stop defaultServer >/dev/null
    cp "$1" "$SERVER/dropins/muhokama.war"
    JVM_ARGS="${BENCH_JVM_ARGS:-}" start_server --clean
  }
  start_server
fi

if [ "$MODE" = drafts ]; then
  DRAFTS=${1:-100000}
  CLAUSES=${2:-10}
  SECONDS_EACH=${3:-20}
  echo "== loading $DRAFTS drafts x $CLAUSES clauses"
  curl -fs --max-time 1800 -X POST "$SEED/ceiling/seed?drafts=$DRAFTS&clauses=$CLAUSES" | tee "$BENCH/seed.txt"; echo
  measure_drafts() {
    echo "== measuring ($SECONDS_EACH s per measurement, after a $WARMUP_SECONDS s warm-up); load: $(uptime)"
    java "${LOAD_OPTS[@]}" -Dbench.compare.clients="${BENCH_COMPARE_CLIENTS:-false}" -cp "$BENCH/load" uz.muhokama.bench.load.DraftBenchmark \
      "$BASE" "$SECONDS_EACH" "$1"
    echo "Load average after the measurements: $(uptime | sed 's/.*load average: //') ($(nproc) cores)" >> "$1"
  }
  if [ -n "${BENCH_BEFORE_WAR:-}" ]; then
    [ "$TARGET" = server ] || { echo "BENCH_BEFORE_WAR is for one server" >&2; exit 2; }
    cp target/muhokama.war "$BENCH/muhokama-after.war"
    restart_with_war "$BENCH_BEFORE_WAR"
    measure_drafts "$BENCH/results-before.md"
    restart_with_war "$BENCH/muhokama-after.war"
    measure_drafts "$BENCH/results-after.md"
    { echo "## Before: $BENCH_BEFORE_WAR"; echo; cat "$BENCH/results-before.md"; echo
      echo "## After: this checkout ($(git rev-parse --short HEAD))"; echo; cat "$BENCH/results-after.md"; } > "$BENCH/results.md"
  else
    restart_target
    measure_drafts "$BENCH/results.md"
  fi
elif [ "$MODE" = surveys ]; then
  SECONDS_EACH=${1:-20}
  DRAFTS=1000
  PEOPLE=120000
  LAST=$((100000 + DRAFTS))
  echo "== loading $DRAFTS drafts (the newest few are open), $PEOPLE people with API tokens (the last 1,000 experts, the first an administrator)"
  curl -fs --max-time 600 -X POST "$SEED/ceiling/seed?drafts=$DRAFTS&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 900 -X POST "$SEED/ceiling/seed-participation?people=$PEOPLE&comments=0&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "$SEED/ceiling/grant?role=EXPERT&first=$((PEOPLE - 1000))&count=1000" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "$SEED/ceiling/grant?role=ADMIN&first=0&count=1&session=bench-session" | tee -a "$BENCH/seed.txt"; echo
  restart_target
  echo "== measuring ($SECONDS_EACH s per measurement, after a $WARMUP_SECONDS s warm-up)"
  java "${LOAD_OPTS[@]}" -Dbench.analyze="${BENCH_ANALYZE:-true}" -cp "$BENCH/load" uz.muhokama.bench.load.SurveyBenchmark "$BASE" "ID-$LAST" "ID-$((LAST - 1))" \
    "$PEOPLE" "$SECONDS_EACH" "$BENCH/results.md"
elif [ "$MODE" = reports ]; then
  COMMENTS=${1:-1000000}
  DECISION_ROWS=${2:-100000}
  DRAFTS=10
  PEOPLE=20000
  LAST=$((100000 + DRAFTS))
  echo "== loading $DRAFTS drafts, $PEOPLE people, $COMMENTS comments and 10,000 survey answers on ID-$LAST, $DECISION_ROWS comments on ID-$((LAST - 1))"
  curl -fs --max-time 600 -X POST "$SEED/ceiling/seed?drafts=$DRAFTS&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 900 -X POST "$SEED/ceiling/seed-participation?people=$PEOPLE&comments=0&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs --max-time 3600 -X POST "$SEED/ceiling/report/comments?draft=$LAST&comments=$COMMENTS&authors=$PEOPLE" | tee -a "$BENCH/seed.txt"; echo
  curl -fs --max-time 600 -X POST "$SEED/ceiling/report/answers?draft=$LAST&count=10000" | tee -a "$BENCH/seed.txt"; echo
  curl -fs --max-time 1800 -X POST "$SEED/ceiling/report/comments?draft=$((LAST - 1))&comments=$DECISION_ROWS&authors=$PEOPLE" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "$SEED/ceiling/report/unclosed?draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "$SEED/ceiling/report/unclosed?draft=$((LAST - 1))" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "$SEED/ceiling/report/agency?person=0&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "$SEED/ceiling/report/agency?person=1&draft=$((LAST - 1))" | tee -a "$BENCH/seed.txt"; echo
  restart_target
  mkdir -p "$BENCH/report"
  # With the test scope: BareSxssfBenchmark is a JMH benchmark (javac runs JMH's annotation processor).
  CP=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
  javac -encoding UTF-8 --release 17 -cp "$CP" -d "$BENCH/report" $(find src/bench/report/java -name '*.java')
  echo "== the report of $COMMENTS comments, and a decisions upload of $DECISION_ROWS rows"
  java -cp "$BENCH/report:$CP" uz.muhokama.bench.report.ReportBenchmark http://localhost:9080 "ID-$LAST" "ID-$((LAST - 1))" \
    bench-editor-token-0 bench-editor-token-1 "$BENCH/results.md"
  echo "== the bare SXSSF loop with as many rows, by JMH in a JVM of its own (-Xmx256m)"
  java -cp "$BENCH/report:$CP" uz.muhokama.bench.report.BareSxssfBenchmark "$COMMENTS" "$BENCH/results.md"
elif [ "$MODE" = cursors ]; then
  COMMENTS=${1:-1000000}
  DEPTH=${2:-900000}
  SECONDS_EACH=${3:-20}
  LAST=100010
  echo "== loading 10 drafts, 20,000 people, $COMMENTS comments on ID-$LAST"
  curl -fs --max-time 600 -X POST "$SEED/ceiling/seed?drafts=10&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 900 -X POST "$SEED/ceiling/seed-participation?people=20000&comments=0&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  curl -fs --max-time 3600 -X POST "$SEED/ceiling/report/comments?draft=$LAST&comments=$COMMENTS&authors=20000" | tee -a "$BENCH/seed.txt"; echo
  if [ "${BENCH_DB:-derby}" = postgresql ]; then curl -fs -X POST "$SEED/ceiling/analyze" | tee -a "$BENCH/seed.txt"; echo; fi
  restart_target
  echo "== measuring: the first page against one $DEPTH rows deep ($SECONDS_EACH s each)"
  java "${LOAD_OPTS[@]}" -cp "$BENCH/load" uz.muhokama.bench.load.CursorBenchmark "$BASE" "ID-$LAST" "$DEPTH" "$SECONDS_EACH" "$BENCH/results.md"
elif [ "$MODE" = notifications ]; then
  FOLLOWERS=${1:-100000}
  # The warm-up: a draft in another sector for a twentieth as many people (100 to 1,000), delivered in full.
  WARM=$((FOLLOWERS / 20)); [ "$WARM" -lt 100 ] && WARM=100; [ "$WARM" -gt 1000 ] && WARM=1000
  echo "== loading $FOLLOWERS people following energy (new drafts at once), $WARM following health, an editor"
  curl -fs --max-time 1800 -X POST "$SEED/ceiling/notifications/seed?prefix=notif&followers=$FOLLOWERS&sector=energy&frequency=INSTANT" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 600 -X POST "$SEED/ceiling/notifications/seed?prefix=warm&followers=$WARM&sector=health&frequency=INSTANT" | tee -a "$BENCH/seed.txt"; echo
  curl -fs -X POST "$SEED/ceiling/notifications/editor?agency=ministry-of-energy&token=bench-notif-editor-token" | tee -a "$BENCH/seed.txt"; echo
  restart_target
  # The digest moves the clock (the test WAR's hook): on the cluster, which runs the production WAR, the instant run only.
  RUNS=instant,digest; HEAPS=$BASE
  if [ "$TARGET" = cluster ]; then
    RUNS=instant; HEAPS=$(for n in $(seq 1 "$INSTANCES"); do printf 'http://localhost:%d,' $((9080 + n)); done)
  fi
  echo "== measuring: the instant run$([ "$RUNS" = instant ] || echo ", the daily digest"), then the ceilings"
  java -Dbench.mail="$BENCH_MAIL_SPEC" -Dbench.heap="$HEAPS" -Dbench.runs="$RUNS" \
    -Dbench.timeout.seconds="${BENCH_NOTIFICATIONS_TIMEOUT:-600}" -cp "$BENCH/load" \
    uz.muhokama.bench.load.NotificationBenchmark "$BASE" "$SEED" "$FOLLOWERS" "$WARM" "$BENCH/results.md"
elif [ "$MODE" = stats ]; then
  COMMENTS=${1:-1000000}
  SECONDS_EACH=${2:-20}
  echo "== loading 1,000 drafts, 20,000 people in every region, $COMMENTS comments over a year, 200,000 votes"
  curl -fs --max-time 600 -X POST "$SEED/ceiling/seed?drafts=1000&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 3600 -X POST "$SEED/ceiling/stats/seed?people=20000&comments=$COMMENTS&votes=200000&days=365" | tee -a "$BENCH/seed.txt"; echo
  if [ "${BENCH_DB:-derby}" = postgresql ]; then curl -fs -X POST "$SEED/ceiling/analyze" | tee -a "$BENCH/seed.txt"; echo; fi
  restart_target
  echo "== measuring: the fold, reads over 20,000 periods ($SECONDS_EACH s each after a $WARMUP_SECONDS s warm-up), the package, the export"
  java "${LOAD_OPTS[@]}" -cp "$BENCH/load" uz.muhokama.bench.load.StatsBenchmark "$BASE" "$SECONDS_EACH" "$BENCH/results.md" "$COMMENTS"
else
  SECONDS_EACH=${1:-20}
  DRAFTS=1000
  PEOPLE=20000
  LAST=$((100000 + DRAFTS))
  echo "== loading $DRAFTS drafts (the newest few are open), $PEOPLE people with API tokens, 10,000 comments on ID-$LAST"
  curl -fs --max-time 600 -X POST "$SEED/ceiling/seed?drafts=$DRAFTS&clauses=10" | tee "$BENCH/seed.txt"; echo
  curl -fs --max-time 600 -X POST "$SEED/ceiling/seed-participation?people=$PEOPLE&comments=10000&draft=$LAST" | tee -a "$BENCH/seed.txt"; echo
  restart_target
  echo "== measuring ($SECONDS_EACH s per measurement, after a $WARMUP_SECONDS s warm-up)"
  java "${LOAD_OPTS[@]}" -cp "$BENCH/load" uz.muhokama.bench.load.ParticipationBenchmark "$BASE" "ID-$LAST" "ID-$((LAST - 1))" "ID-$((LAST - 2))" \
    "$PEOPLE" "$SECONDS_EACH" "$BENCH/results.md"
fi
if [ "$TARGET" = cluster ]; then
  # Both instances served: what each counted since its restart (the portal's and the ceiling app's requests).
  { echo; for n in $(seq 1 "$INSTANCES"); do
      echo "Instance $n served $(curl -fs "http://localhost:$((9080 + n))/metrics" | awk '/^servlet_request_total[{ ]/ { s += $NF } END { printf "%d", s }') requests since its restart."
    done; } >> "$BENCH/results.md"
fi
{ echo; echo "Target: $([ "$TARGET" = cluster ] && echo "the cluster (nginx on :$CLUSTER_PORT, $INSTANCES instances)" || echo "one server on :9080"), \
database: ${BENCH_DB:-derby}, load by: $(if [ "$MODE" = notifications ]; then echo "one publication at a time (the Java client)"
  elif [ "$LOAD" != wrk ] || [ "$MODE" = surveys ]; then echo "the Java client"
  elif [ "$MODE" = participation ]; then echo "wrk and the Java client (warm-up, burst)"; else echo "wrk"; fi), warm-up: $(if [ "$MODE" = notifications ]; then echo "a draft for $WARM followers of another sector, delivered in full"; else echo "$WARMUP_SECONDS s"; fi)"
  echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); date $(date -u +%F)"; } >> "$BENCH/results.md"
echo "== results in $BENCH/results.md"
