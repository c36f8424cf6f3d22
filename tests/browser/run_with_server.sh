#!/usr/bin/env bash
# Starts `faultline serve` on a free 127.0.0.1 port (the server picks it: --port 0) over a scratch copy of the
# example scenarios, runs the browser test against it, and stops the server, whatever the test's outcome.
#   tests/browser/run_with_server.sh path/to/faultline SCREENSHOT_DIR      (from the repository root)
set -euo pipefail
binary=$1
screenshots=$2
scenarios=$(mktemp -d)
log=$(mktemp)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$scenarios" "$log"
}
trap cleanup EXIT
cp scenarios/*.yaml "$scenarios/"
"$binary" serve --dir "$scenarios" --port 0 >"$log" 2>&1 &
pid=$!
port=
for _ in $(seq 100); do
  port=$(grep -o '127\.0\.0\.1:[0-9]*' "$log" | head -1 | cut -d: -f2 || true)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "faultline serve did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$log"; echo "faultline serve printed no address" >&2; exit 1; }
FAULTLINE_URL="http://127.0.0.1:$port/" FAULTLINE_SCREENSHOTS="$screenshots" node tests/browser/serve_page_test.mjs
