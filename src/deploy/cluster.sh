#!/usr/bin/env bash
# The production shape on one machine: PostgreSQL, two Liberty instances sharing it, nginx in front.
#
#   bash src/deploy/cluster.sh up        builds the WAR if needed; starts PostgreSQL (if it is not running),
#                                        instance 1 on :9081, instance 2 on :9082 and nginx on :8080
#   bash src/deploy/cluster.sh down      stops what `up` started
#   bash src/deploy/cluster.sh status    says what runs
#   bash src/deploy/cluster.sh stop N | start N | kill N    one instance (kill: SIGKILL, for fault tests)
#   bash src/deploy/cluster.sh db-restart                  restarts the local PostgreSQL (for fault tests)
#
# Settings (environment): CLUSTER_INSTANCES (2), CLUSTER_PORT (8080, the balancer), PG_HOST (127.0.0.1),
# PG_PORT (5432), PG_DB (muhokama), PG_USER (postgres), PG_PASSWORD; every MUHOKAMA_* and SMTP_* variable
# set when `up` runs is given to each instance (e.g. MUHOKAMA_DEMO_ENABLED=false). The instances share
# one reports folder, target/cluster/reports (in production: one shared volume). CLUSTER_EXTRA_WARS (none):
# more WARs, space-separated paths, put beside the portal in each instance's dropins by `up` (the
# benchmarks' ceiling app: BENCH_TARGET=cluster bash src/bench/run.sh). CLUSTER_WAR (target/muhokama.war): the
# portal's WAR; target/muhokama-test.war for tests that move the clock or run jobs (.ci/run). docs/deployment.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CLUSTER="$ROOT/target/cluster"
WLP="$ROOT/target/liberty/wlp"
export WLP_USER_DIR="$CLUSTER/usr"
INSTANCES=${CLUSTER_INSTANCES:-2}
BALANCER_PORT=${CLUSTER_PORT:-8080}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_DB=${PG_DB:-muhokama}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-unused-with-trust-auth}
WAR=${CLUSTER_WAR:-target/muhokama.war}

http_port() { echo $((9080 + $1)); }
https_port() { echo $((9443 + $1)); }
server_name() { echo "instance$1"; }
ready() { curl -fs --max-time 2 "http://127.0.0.1:$(http_port "$1")/health/ready" >/dev/null 2>&1; }
pid_of() { cat "$WLP_USER_DIR/servers/.pid/$(server_name "$1").pid" 2>/dev/null || true; }

build() {
  if [ ! -f "$WAR" ] || [ ! -x "$WLP/bin/server" ] || [ -n "${CLUSTER_REBUILD:-}" ]; then
    echo "== building the WAR and the Liberty installation"
    mvn -B -q package liberty:create liberty:install-feature -DskipTests
  fi
}

database() {
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    echo "== starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    touch "$CLUSTER/started-postgresql"
    for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
  fi
  export PGPASSWORD="$PG_PASSWORD"
  if [ -z "$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" ]; then
    echo "== creating database $PG_DB"
    psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "CREATE DATABASE $PG_DB"
  fi
}

# An instance is a Liberty server of its own (configuration copied from the build's defaultServer, the
# WAR in its dropins) whose server.env points it at the shared database and folder.
prepare() {
  local n=$1 dir
  dir="$WLP_USER_DIR/servers/$(server_name "$n")"
  mkdir -p "$dir/dropins" "$CLUSTER/reports"
  local template="$WLP/usr/servers/defaultServer"
  cp "$template/server.xml" "$template/jvm.options" "$dir/"
  rm -rf "$dir/db" "$dir/lib" "$dir/configDropins" && cp -r "$template/db" "$template/lib" "$dir/"
  # Always as muhokama.war, the test WAR too: one application of one name, whichever is deployed.
  cp "$WAR" "$dir/dropins/muhokama.war"
  # Only the WARs asked for this time: one an earlier `up` was given in CLUSTER_EXTRA_WARS is removed.
  local war keep extra
  for war in "$dir"/dropins/*.war; do
    keep=no
    for extra in muhokama.war ${CLUSTER_EXTRA_WARS:-}; do [ "$(basename "$war")" = "$(basename "$extra")" ] && keep=yes; done
    [ "$keep" = yes ] || rm -f "$war"
  done
  for war in ${CLUSTER_EXTRA_WARS:-}; do cp "$war" "$dir/dropins/"; done
  {
    echo "DB_KIND=postgresql"
    echo "PG_HOST=$PG_HOST"; echo "PG_PORT=$PG_PORT"; echo "PG_DB=$PG_DB"; echo "PG_USER=$PG_USER"; echo "PG_PASSWORD=$PG_PASSWORD"
    echo "HTTP_PORT=$(http_port "$n")"; echo "HTTPS_PORT=$(https_port "$n")"
    echo "MUHOKAMA_REPORTS_FOLDER=$CLUSTER/reports"
    echo "MUHOKAMA_DEMO_ENABLED=${MUHOKAMA_DEMO_ENABLED:-true}"
    env | grep -E '^(MUHOKAMA_|SMTP_)' | grep -v '^MUHOKAMA_DEMO_ENABLED=' || true
  } > "$dir/server.env"
}

start() {
  local n=$1
  if ready "$n"; then echo "instance $n already runs"; return; fi
  "$WLP/bin/server" start "$(server_name "$n")" >/dev/null
  for _ in $(seq 1 180); do ready "$n" && break; sleep 1; done
  ready "$n" || { echo "instance $n did not become ready; see $WLP_USER_DIR/servers/$(server_name "$n")/logs/messages.log" >&2; exit 1; }
  echo "instance $n ready on :$(http_port "$n")"
}

stop() {
  "$WLP/bin/server" stop "$(server_name "$1")" >/dev/null 2>&1 || true
}

kill_instance() {
  local pid
  pid=$(pid_of "$1")
  if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi
  # Liberty refuses to start while its pid file names a process; a killed server leaves it behind.
  rm -f "$WLP_USER_DIR/servers/.pid/$(server_name "$1").pid"
}

balancer() {
  mkdir -p "$CLUSTER/nginx"
  local upstreams=""
  for n in $(seq 1 "$INSTANCES"); do
    upstreams+="        server 127.0.0.1:$(http_port "$n") max_fails=1 fail_timeout=5s;"$'\n'
  done
  sed -e "s|@CLUSTER@|$CLUSTER|g" -e "s|@PORT@|$BALANCER_PORT|g" src/deploy/nginx.conf \
    | awk -v servers="$upstreams" '{ if ($0 ~ /@UPSTREAMS@/) printf "%s", servers; else print }' > "$CLUSTER/nginx/nginx.conf"
  nginx -t -q -c "$CLUSTER/nginx/nginx.conf" -p "$CLUSTER/nginx"
  if [ -f "$CLUSTER/nginx/nginx.pid" ] && kill -0 "$(cat "$CLUSTER/nginx/nginx.pid")" 2>/dev/null; then
    nginx -c "$CLUSTER/nginx/nginx.conf" -p "$CLUSTER/nginx" -s reload
  else
    nginx -c "$CLUSTER/nginx/nginx.conf" -p "$CLUSTER/nginx"
  fi
  echo "nginx on :$BALANCER_PORT"
}

status() {
  if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then echo "PostgreSQL: ready on $PG_HOST:$PG_PORT (database $PG_DB)"; else echo "PostgreSQL: not answering"; fi
  for n in $(seq 1 "$INSTANCES"); do
    if ready "$n"; then echo "instance $n: ready on :$(http_port "$n") (pid $(pid_of "$n"))"
    elif [ -n "$(pid_of "$n")" ] && kill -0 "$(pid_of "$n")" 2>/dev/null; then echo "instance $n: running, not ready (pid $(pid_of "$n"))"
    else echo "instance $n: stopped"; fi
  done
  if [ -f "$CLUSTER/nginx/nginx.pid" ] && kill -0 "$(cat "$CLUSTER/nginx/nginx.pid")" 2>/dev/null; then
    echo "nginx: balancing on :$BALANCER_PORT (pid $(cat "$CLUSTER/nginx/nginx.pid"))"
  else
    echo "nginx: stopped"
  fi
}

case "${1:-}" in
  up)
    mkdir -p "$CLUSTER"
    build
    database
    # One after the other: the first migrates the schema and loads the demo data on an empty database.
    for n in $(seq 1 "$INSTANCES"); do prepare "$n"; start "$n"; done
    balancer
    echo "== the portal: http://localhost:$BALANCER_PORT/"
    ;;
  down)
    if [ -f "$CLUSTER/nginx/nginx.pid" ]; then nginx -c "$CLUSTER/nginx/nginx.conf" -p "$CLUSTER/nginx" -s quit 2>/dev/null || true; fi
    for n in $(seq 1 "$INSTANCES"); do stop "$n"; done
    if [ -f "$CLUSTER/started-postgresql" ]; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main stop && rm -f "$CLUSTER/started-postgresql"
    fi
    echo "== stopped"
    ;;
  status) status ;;
  start) start "${2:?instance number}" ;;
  stop) stop "${2:?instance number}" ;;
  kill) kill_instance "${2:?instance number}" ;;
  db-restart) pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
