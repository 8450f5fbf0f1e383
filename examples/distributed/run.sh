#!/usr/bin/env bash
# Runs the distributed example. Without REDIS_URL it starts a throwaway
# redis-server on a free loopback port (no persistence, data in a temp dir)
# and always stops it on exit; with REDIS_URL it uses that server.
# Arguments are passed to main.ts (e.g. --markdown).
set -euo pipefail
cd "$(dirname "$0")/../.."

driver=(node --import tsx examples/distributed/main.ts)

if [ -n "${REDIS_URL:-}" ]; then
  exec "${driver[@]}" "$@"
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "distributed example: redis-server is not installed (Debian: apt-get install redis-server), or set REDIS_URL" >&2
  exit 2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/corroborate-redis.XXXXXX")
redis_pid=
driver_pid=
stop() {
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
cleanup() {
  stop "$driver_pid" # its worker processes stop when it goes
  stop "$redis_pid"
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A port the kernel says is free right now.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no --dir "$dir" \
  >"$dir/redis.log" 2>&1 &
redis_pid=$!
export REDIS_URL="redis://127.0.0.1:$port"

if ! REDIS_PID=$redis_pid node --import tsx examples/distributed/wait-for-redis.ts; then
  echo "distributed example: redis-server did not start; its log:" >&2
  cat "$dir/redis.log" >&2
  exit 1
fi
echo "redis-server $(redis-server --version | sed -n 's/.*v=\([^ ]*\).*/\1/p') on $REDIS_URL (pid $redis_pid)"

# In the background and waited for, so a TERM or Ctrl-C runs the trap at once.
"${driver[@]}" "$@" &
driver_pid=$!
status=0
wait "$driver_pid" || status=$?
driver_pid=
exit "$status"
