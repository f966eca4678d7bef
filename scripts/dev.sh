#!/usr/bin/env bash
# Quick start for a development machine with PostgreSQL and Redis running locally:
# installs dependencies, builds, starts an embedded S3 server (unless S3_ENDPOINT is set),
# migrates and seeds the Kon Tum demo data, then runs the API and the worker until Ctrl-C.
#
#   npm run dev            (or: bash scripts/dev.sh)
#
# Every setting can be overridden from the environment, e.g.
#   PORT=3100 S3_PORT=9100 DATABASE_URL=postgres://postgres@127.0.0.1:5432/iso_mine npm run dev
#   S3_ENDPOINT=http://127.0.0.1:9000 S3_ACCESS_KEY=minioadmin S3_SECRET_KEY=minioadmin npm run dev
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NODE_ENV="${NODE_ENV:-development}"
export PORT="${PORT:-3000}"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/iso_dev}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export JWT_SECRET="${JWT_SECRET:-dev-only-jwt-secret-not-for-production-0123456789}"
export ADMIN_USERNAME="${ADMIN_USERNAME:-admin}"
export ADMIN_PASSWORD="${ADMIN_PASSWORD:-Admin@12345}"
export HEARTBEAT_INTERVAL_MS="${HEARTBEAT_INTERVAL_MS:-10000}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
SEED_PASSWORD="${SEED_PASSWORD:-Demo@12345}"
export SEED_PASSWORD

if [[ -t 1 ]]; then cyan=$'\033[1;36m' red=$'\033[1;31m' plain=$'\033[0m'; else cyan="" red="" plain=""; fi
log() { printf '%s[dev]%s %s\n' "$cyan" "$plain" "$*"; }
die() {
  printf '%s[dev]%s %s\n' "$red" "$plain" "$*" >&2
  exit 1
}

# --- process bookkeeping: everything started here is stopped on Ctrl-C, TERM or exit ---------
cleanup() {
  trap - INT TERM EXIT
  local running
  running="$(jobs -pr)"
  [[ -n "$running" ]] || return 0
  # the API and the worker first, the S3 server once they are gone (their last requests and jobs
  # may still need it)
  local pid
  for pid in $running; do
    [[ "$pid" == "${s3_pid:-}" ]] || kill -TERM "$pid" 2>/dev/null || true
  done
  # give the API and the worker time to finish their requests and jobs, then insist
  for _ in $(seq 1 150); do
    [[ -z "$(jobs -pr | grep -vx "${s3_pid:-none}")" ]] && break
    sleep 0.1
  done
  [[ -z "${s3_pid:-}" ]] || kill -TERM "$s3_pid" 2>/dev/null || true
  for _ in $(seq 1 20); do
    [[ -z "$(jobs -pr)" ]] && break
    sleep 0.1
  done
  if [[ -n "$(jobs -pr)" ]]; then
    log "forcing the remaining processes to stop"
    # shellcheck disable=SC2046
    kill -KILL $(jobs -pr) 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  log "stopped"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

# --- helpers -----------------------------------------------------------------------------------
# every process's output goes to the terminal and to its own log file
log_dir="${DEV_LOG_DIR:-.data/logs}"
mkdir -p "$log_dir"
# start NAME COMMAND...: runs it in the background, its output also in $log_dir/NAME.log; sets $started_pid
start() {
  local name="$1"
  shift
  printf '\n--- %s started %s ---\n' "$name" "$(date -Is)" >>"$log_dir/$name.log"
  "$@" > >(tee -a "$log_dir/$name.log") 2>&1 &
  started_pid=$!
}
# how a process ended, from its wait status
describe_status() {
  local status="$1"
  if ((status > 128)); then
    printf 'killed by signal %s' "$(kill -l $((status - 128)) 2>/dev/null || echo $((status - 128)))"
  else
    printf 'exit status %s' "$status"
  fi
}
# host and port of a URL (default port given as the second argument)
host_port() {
  node -e 'const u = new URL(process.argv[1]); console.log(u.hostname.replace(/^\[|\]$/g, ""), u.port || process.argv[2])' "$1" "$2"
}
# true when something accepts TCP connections on host:port
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
http_ok() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
}

# --- prerequisites -----------------------------------------------------------------------------
command -v node >/dev/null || die "node is not installed (Node.js 20 or later is required)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
((node_major >= 20)) || die "Node.js 20 or later is required (found $(node --version))"

read -r pg_host pg_port < <(host_port "$DATABASE_URL" 5432)
port_open "$pg_host" "$pg_port" || die "PostgreSQL does not answer on $pg_host:$pg_port (DATABASE_URL=$DATABASE_URL)"
read -r redis_host redis_port < <(host_port "$REDIS_URL" 6379)
port_open "$redis_host" "$redis_port" || die "Redis does not answer on $redis_host:$redis_port (REDIS_URL=$REDIS_URL)"
port_open 127.0.0.1 "$PORT" && die "port $PORT is already in use: choose another with PORT=..."

# --- dependencies and build --------------------------------------------------------------------
install_stamp=node_modules/.iso-dev-install-stamp
install_key() { printf '%s %s\n' "$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)" "$(node --version)"; }
if [[ ! -f "$install_stamp" || "$(cat "$install_stamp")" != "$(install_key)" ]]; then
  log "installing dependencies"
  npm install --no-audit --no-fund
  install_key >"$install_stamp"
else
  log "dependencies are up to date (package.json and package-lock.json unchanged)"
fi

log "building"
npm run build --silent

# --- object storage ----------------------------------------------------------------------------
if [[ -n "${S3_ENDPOINT:-}" ]]; then
  log "using the S3 server at $S3_ENDPOINT"
else
  export S3_PORT="${S3_PORT:-9000}"
  export S3_DIRECTORY="${S3_DIRECTORY:-.data/s3}"
  port_open 127.0.0.1 "$S3_PORT" &&
    die "port $S3_PORT is already in use: choose another with S3_PORT=..., or point S3_ENDPOINT at a running S3 server"
  start_s3() {
    start s3 node scripts/s3-server.js
    s3_pid=$started_pid
    for _ in $(seq 1 100); do
      port_open 127.0.0.1 "$S3_PORT" && return 0
      kill -0 "$s3_pid" 2>/dev/null || return 1
      sleep 0.1
    done
    port_open 127.0.0.1 "$S3_PORT"
  }
  start_s3 || die "the embedded S3 server did not start (log: $log_dir/s3.log)"
  export S3_ENDPOINT="http://127.0.0.1:$S3_PORT"
fi

# --- database ----------------------------------------------------------------------------------
log "migrating $DATABASE_URL"
node dist/apps/cli/src/main.js migrate
log "seeding (Kon Tum agencies, demo users, admin)"
node dist/apps/cli/src/main.js seed

# --- API and worker ----------------------------------------------------------------------------
log "starting the worker and the API (logs in $log_dir/)"
start worker node dist/apps/worker/src/main.js
worker_pid=$started_pid
MIGRATE_ON_START=false start api node dist/apps/api/src/main.js
api_pid=$started_pid

base="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  http_ok "$base/health" && break
  kill -0 "$api_pid" 2>/dev/null || die "the API stopped during start-up (log: $log_dir/api.log)"
  sleep 0.5
done
http_ok "$base/health" || die "the API does not answer on $base/health"

demo_users="$(
  node -e '
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    const sql = `
      SELECT u.username,
             string_agg(array_to_string(m.roles, $$, $$) || $$ @ $$ || a.name, $$; $$ ORDER BY a.code) AS memberships
        FROM users u
        JOIN memberships m ON m.user_id = u.id
        JOIN agencies a ON a.id = m.agency_id
       WHERE NOT u.is_system_admin AND u.is_active
       GROUP BY u.username
       ORDER BY min(u.created_at), u.username
       LIMIT 30`;
    client.connect()
      .then(() => client.query(sql))
      .then((r) => r.rows.forEach((row) => console.log(`    ${row.username.padEnd(16)} ${row.memberships}`)))
      .catch((e) => console.log(`    (could not list them: ${e.message})`))
      .finally(() => client.end());
  '
)"

cat <<EOF

  ISO điện tử is running (Ctrl-C stops the API, the worker and the embedded S3 server)
  Logs: $log_dir/api.log, $log_dir/worker.log, $log_dir/s3.log

    API            $base/api/v1
    Swagger UI     $base/api/docs   (OpenAPI JSON: $base/api/docs-json)
    Health         $base/health   ·   $base/health/ready
    Object storage $S3_ENDPOINT
    Database       $DATABASE_URL

  System administrator (created on the first run only):
    $ADMIN_USERNAME / $ADMIN_PASSWORD

  Demo accounts (password $SEED_PASSWORD):
$demo_users

  Try:
    curl -s $base/api/v1/auth/login -H 'Content-Type: application/json' \\
      -d '{"username":"$ADMIN_USERNAME","password":"$ADMIN_PASSWORD"}'

EOF

# --- supervision -------------------------------------------------------------------------------
# The embedded S3 server is restarted if it dies (at most S3_MAX_RESTARTS times, waiting 1, 2, 4…
# seconds): the API answers 503 for storage meanwhile and recovers by itself. The API and the
# worker are the code under development: if one of them ends, everything stops, saying which.
s3_restarts=0
s3_max_restarts="${S3_MAX_RESTARTS:-5}"
while true; do
  # the status of whichever process ended (found below by which one is gone)
  status=0
  wait -n || status=$?
  if [[ -n "${s3_pid:-}" ]] && ! kill -0 "$s3_pid" 2>/dev/null; then
    printf '%s[dev]%s the embedded S3 server (pid %s) stopped: %s; log: %s\n' "$red" "$plain" "$s3_pid" \
      "$(describe_status "$status")" "$log_dir/s3.log" >&2
    if ((s3_restarts >= s3_max_restarts)); then
      printf '%s[dev]%s it stopped %s times: giving up, stopping everything\n' "$red" "$plain" "$((s3_restarts + 1))" >&2
      exit 1
    fi
    delay=$((1 << s3_restarts))
    s3_restarts=$((s3_restarts + 1))
    log "restarting the embedded S3 server in ${delay} s (restart $s3_restarts of $s3_max_restarts)"
    sleep "$delay"
    if start_s3; then
      log "the embedded S3 server is back on $S3_ENDPOINT (pid $s3_pid)"
    else
      printf '%s[dev]%s the embedded S3 server did not come back (log: %s)\n' "$red" "$plain" "$log_dir/s3.log" >&2
    fi
    continue
  fi
  for name in api worker; do
    pid_var="${name}_pid"
    pid="${!pid_var}"
    if ! kill -0 "$pid" 2>/dev/null; then
      label=$([[ $name == api ]] && echo "the API" || echo "the worker")
      printf '%s[dev]%s %s (pid %s) stopped: %s; log: %s — stopping everything\n' "$red" "$plain" "$label" "$pid" \
        "$(describe_status "$status")" "$log_dir/$name.log" >&2
      exit $((status == 0 ? 1 : status))
    fi
  done
done
