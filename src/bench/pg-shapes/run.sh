#!/usr/bin/env bash
# Derby's query shapes against the plain queries on PostgreSQL (docs/benchmarks.md, "Derby's query shapes
# on PostgreSQL"): each by pgbench, 1 and 8 clients, 15 s each, on the database the drafts benchmark left
# (BENCH_DB=postgresql bash src/bench/run.sh), whose vote table it fills with made-up votes first.
# Writes the figures, then both plans of the filtered search, to target/bench/pg-shapes.txt.
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../target/bench/pg-shapes.txt
mkdir -p "$(dirname "$OUT")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
NOW=$(date -u +'%Y-%m-%d %H:%M:00')
sed "s/NOW_/TIMESTAMP '$NOW'/g" filtered.tmpl > "$TMP/filtered-literal.sql"
sed "s/NOW_/:now/g" filtered.tmpl > "$TMP/filtered-bound.sql"
DB="-h 127.0.0.1 -U postgres muhokama_bench"
# Votes: 1,000 drafts with 0..40 votes each, and one draft (100000, not a real draft) with 10,000
psql -q $DB -c "DELETE FROM vote" -c "INSERT INTO vote (draft_id, account_id, choice, cast_at, changed_at) SELECT d, a, CASE WHEN random() < 0.6 THEN 'SUPPORT' ELSE 'OPPOSE' END, now(), now() FROM generate_series(100001, 101000) d, generate_series(1, 40) a WHERE random() < 0.5" \
  -c "INSERT INTO vote (draft_id, account_id, choice, cast_at, changed_at) SELECT 100000, a, CASE WHEN random() < 0.6 THEN 'SUPPORT' ELSE 'OPPOSE' END, now(), now() FROM generate_series(1, 10000) a" -c "ANALYZE vote"
bench() { # name mode file [extra env]
  for c in 1 8; do
    out=$(env ${4:-} pgbench -n -M "$2" -c $c -j $c -T 15 -D now="$NOW" -f "$3" $DB 2>&1)
    echo "$1 | $2 | $c clients | $(echo "$out" | grep -E '^tps' | sed 's/ (without initial connection time)//') | $(echo "$out" | grep 'latency average')"
  done
}
{
echo "now=$NOW"
bench filtered-literal simple "$TMP/filtered-literal.sql"
bench filtered-literal-prepared prepared "$TMP/filtered-literal.sql"
bench filtered-bound-auto prepared "$TMP/filtered-bound.sql"
bench filtered-bound-generic prepared "$TMP/filtered-bound.sql" PGOPTIONS=-cplan_cache_mode=force_generic_plan
bench votes-sum prepared votes-sum.sql
bench votes-group prepared votes-group.sql
bench votes-busy-sum prepared votes-busy-sum.sql
bench votes-busy-group prepared votes-busy-group.sql
bench clauses-unsorted prepared clauses-unsorted.sql
bench clauses-sorted prepared clauses-sorted.sql
psql $DB -c "EXPLAIN (ANALYZE, BUFFERS) $(sed -n 2p "$TMP/filtered-literal.sql" | sed 's/:p \* 20/0/')"
psql $DB -c "PREPARE q(timestamp) AS $(sed -n 2p "$TMP/filtered-bound.sql" | sed 's/:now/$1/g; s/:p \* 20/0/')" -c "SET plan_cache_mode = force_generic_plan" -c "EXPLAIN (ANALYZE, BUFFERS) EXECUTE q('$NOW')"
} 2>&1 | tee "$OUT"
