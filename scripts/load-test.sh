#!/usr/bin/env bash
# The results page under load: wrk posts a description to the release build for DURATION with
# CONNECTIONS open connections (as many requests as the portal answers: its highest sustained
# rate), sampling the portal's memory every 10 seconds; then nginx serves the same page, saved as
# a static file, to the same load. Prints both rates, latencies, errors and memory, and the ratio.
#
#   make build && scripts/load-test.sh [DURATION] [CONNECTIONS]     (defaults: 5m 32)
#
# Needs wrk and nginx (apt-get install wrk nginx-light). Run it on a quiet machine: the portal,
# nginx and wrk share its cores. Results go in docs/benchmarks.md.
set -euo pipefail

duration=${1:-5m}
connections=${2:-32}
portal_port=3950
nginx_port=3951
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill "${portal:-}" 2>/dev/null || true; nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

for tool in wrk nginx curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install wrk nginx-light curl python3" >&2; exit 1; }
done
[ -x "$root/target/release/portal" ] || { echo "run make build first" >&2; exit 1; }

description="My ex keeps following me home and messaging my friends to find out where I live. I am scared."

PORTAL_LOG=warn PORTAL_RATE_LIMIT_FORMS=1000000000 LEPTOS_SITE_ROOT="$root/target/site" \
  "$root/target/release/portal" serve --addr "127.0.0.1:$portal_port" --data-dir "$work/data" \
  --content-dir "$root/content" >"$work/portal.log" 2>&1 &
portal=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$portal_port/healthz" >/dev/null && break; sleep 0.5; done

mkdir -p "$work/static"
curl -sf -X POST --data-urlencode "description=$description" --data-urlencode "borough=" \
  "http://127.0.0.1:$portal_port/en/help" >"$work/static/results.html"
echo "results page: $(wc -c <"$work/static/results.html") bytes"

cat >"$work/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "description=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$description")&borough="
EOF

cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    default_type text/html;
  }
}
EOF

rss_kib() { ps -o rss= -p "$1" | tr -d ' '; }

echo "== portal: POST /en/help, $connections connections, $duration"
rss_start=$(rss_kib "$portal")
( while kill -0 "$portal" 2>/dev/null; do rss_kib "$portal" >>"$work/rss"; sleep 10; done ) &
sampler=$!
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/post.lua" "http://127.0.0.1:$portal_port/en/help" | tee "$work/portal.wrk"
kill "$sampler" 2>/dev/null || true
rss_end=$(rss_kib "$portal")
echo "portal memory (KiB): start $rss_start, end $rss_end, samples: $(tr '\n' ' ' <"$work/rss")"

nginx -c "$work/nginx.conf"
echo "== nginx: GET /results.html (the same page as a file), $connections connections, $duration"
wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$nginx_port/results.html" | tee "$work/nginx.wrk"

rate() { awk '/^Requests\/sec/ {print $2}' "$1"; }
errors() { grep -E 'Non-2xx|Socket errors' "$1" || echo "none"; }
portal_rate=$(rate "$work/portal.wrk")
nginx_rate=$(rate "$work/nginx.wrk")
echo "== summary"
echo "portal: $portal_rate requests/s; errors: $(errors "$work/portal.wrk" | tr '\n' ' ')"
echo "nginx:  $nginx_rate requests/s; errors: $(errors "$work/nginx.wrk" | tr '\n' ' ')"
echo "ratio portal/nginx: $(awk -v p="$portal_rate" -v n="$nginx_rate" 'BEGIN {printf "%.3f", p / n}')"
