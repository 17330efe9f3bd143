#!/usr/bin/env bash
# Accepted ratings per second over HTTP on loopback (wrk) and the API's memory. From the repository root:
#   bench/Feedback/run.sh [OFFICERS] [SECONDS] [CONNECTIONS] [sqlite|postgres]
# Builds the API in Release, starts it on 127.0.0.1:5099 with a fresh database, the submit limiter opened
# up for load testing, and a registry of OFFICERS officers (one card per request: wrk comes from one address,
# and the one-rating-per-card-per-address-per-day rule stays on). postgres: a private PostgreSQL server
# (Debian's postgresql, initdb in the temporary folder, as the postgres user when run as root) with its
# default durability (fsync on, synchronous_commit on), and the API on it via Portal:Postgres.
set -euo pipefail
officers=${1:-100000}
seconds=${2:-15}
connections=${3:-16}
store=${4:-sqlite}
work=$(mktemp -d /tmp/feedback-bench.XXXXXX)
port=5099
key=$(/usr/bin/python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
visit=$(TZ=Asia/Shanghai date +%F)

/usr/bin/python3 bench/Feedback/prepare.py "$work" "$officers" "$key"
dotnet build api -c Release -v q -nologo >/dev/null

store_setting=(--Portal:Database="$work/portal.db")
if [ "$store" = postgres ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  as_pg=(); [ "$(id -u)" -eq 0 ] && { chown -R postgres "$work"; as_pg=(runuser -u postgres --); }
  pgport=5499
  "${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U portal --auth=trust --no-locale -E UTF8 >/dev/null
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pgport -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  store_setting=(--Portal:Postgres="Host=127.0.0.1;Port=$pgport;Username=portal;Database=postgres")
  psql_() { psql -h 127.0.0.1 -p $pgport -U portal -d postgres -Atq "$@"; }
fi

dotnet "${API_DLL:-api/bin/Release/net10.0/Enforcement.Api.dll}" --urls "http://127.0.0.1:$port" \
  --Portal:Data="$work/data" "${store_setting[@]}" --Portal:CardKey="$key" \
  --Portal:Mail:Pickup="$work/mail" --Portal:RateLimits:SubmitPermits=1000000000 \
  --Logging:LogLevel:Default=Warning >"$work/api.log" 2>&1 &
api=$!
stop_pg() { [ "$store" = postgres ] && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; }
trap 'kill $api 2>/dev/null || true; stop_pg' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.2; done
# Staff printed every card: register serials 1..N in officer order (what GET /api/admin/cards/{body} would do).
if [ "$store" = postgres ]; then
  sed "s/\$/\t2026-01-01T00:00:00Z\tbench/" "$work/serials.tsv" | psql_ -c "\\copy card_serials (certificate, body, issued_at, issued_by) FROM STDIN"
else
/usr/bin/python3 -c "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.executemany(\"INSERT INTO card_serials (certificate, body, issued_at, issued_by) VALUES (?, ?, '2026-01-01T00:00:00Z', 'bench')\", (l.rstrip('\n').split('\t') for l in open(sys.argv[2]))); db.commit()" "$work/portal.db" "$work/serials.tsv"
fi

rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MB  ", $1, $2/1024}' "/proc/$api/status"; echo; }
# Warm up at full load (on cards of its own: the run must not meet them again): the registry load, the
# connection pool, and the JIT. Tiered compilation recompiles the hot paths for several seconds after the first
# requests; after a 3-second warm-up its thread still took a third of the API's CPU in the measured window.
wrk -t2 -c"$connections" -d10s -s bench/Feedback/post.lua "http://127.0.0.1:$port" -- "$work/warm.tsv" 2 "$visit" 10 >/dev/null
echo "after warm-up: $(rss)"
# Statistics as autovacuum keeps them (within a minute on a live server; a 15-second run would not see it):
# the API's prepared statements are planned on them, not on the empty table of a minute ago.
[ "$store" = postgres ] && psql_ -c "ANALYZE"
sqlite3() { /usr/bin/python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$@"; }
[ "$store" = postgres ] && sqlite3() { psql_ -c "$2"; }
before=$(sqlite3 "$work/portal.db" "SELECT COUNT(*) FROM ratings")
# CPU time (user + system, in clock ticks) of the API and of every PostgreSQL process: per rating, it is steadier
# than the rate itself on a shared machine.
ticks() { cat /proc/"$1"/stat 2>/dev/null | awk '{print $14 + $15}' || echo 0; }
cpu_of() { local sum=0 p; for p in "$@"; do sum=$((sum + $(ticks "$p"))); done; echo $sum; }
pg_pids() { [ "$store" = postgres ] && pgrep -d ' ' -x postgres || true; }
api_cpu0=$(cpu_of $api); pg_cpu0=$(cpu_of $(pg_pids))

echo "wrk -t2 -c$connections -d${seconds}s, $officers officers, 1 in 10 ratings poor (queues an e-mail):"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/Feedback/post.lua "http://127.0.0.1:$port" -- "$work/cards.tsv" 2 "$visit" 10 \
  | grep -E "Requests/sec|accepted|latency p50|Non-2xx"
echo "after load: $(rss)"
api_cpu1=$(cpu_of $api); pg_cpu1=$(cpu_of $(pg_pids))
after=$(sqlite3 "$work/portal.db" "SELECT COUNT(*) FROM ratings")
echo "ratings stored during the run: $((after - before)); outbox rows: $(sqlite3 "$work/portal.db" "SELECT COUNT(*) FROM outbox")"
hz=$(getconf CLK_TCK)
echo "CPU per stored rating: API $(( (api_cpu1 - api_cpu0) * 1000000 / hz / (after - before) )) µs, PostgreSQL $(( (pg_cpu1 - pg_cpu0) * 1000000 / hz / (after - before) )) µs"

# The page a QR code opens, for comparison: a read that renders a Razor component inside the shell.
cert=$(head -1 "$work/warm.tsv" | cut -f1); token=$(head -1 "$work/warm.tsv" | cut -f2)
echo "officer page, wrk -t2 -c$connections -d10s:"
wrk -t2 -c"$connections" -d10s "http://127.0.0.1:$port/api/officers/$cert/page?token=$token" | grep -E "Requests/sec|Non-2xx" || true
echo "after page load: $(rss)"
kill $api; wait $api 2>/dev/null || true
stop_pg
rm -rf "$work"
