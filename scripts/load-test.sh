#!/usr/bin/env bash
# The results page under load. First a search: wrk posts a description to the release build for
# 20 seconds at each of several connection counts, and the count that gives the most answers
# per second is kept. Then the steady run: that load for DURATION, the portal's memory sampled
# every 10 seconds. Then nginx serves the same page, saved as a static file, to the same load.
# Prints both rates, latencies, errors and memory, and the ratio.
#
#   make build && scripts/load-test.sh [DURATION] [CONNECTION COUNTS...]   (defaults: 5m 4 16 64)
#
# wrk is closed-loop: each connection sends its next request when the last is answered, so the
# rate it reports is the highest the portal sustains at that concurrency. Needs wrk and nginx
# (apt-get install wrk nginx-light). Run it on a quiet machine: the portal, nginx and wrk share
# its cores. Results go in docs/benchmarks.md.
set -euo pipefail

duration=${1:-5m}
shift || true
counts=("${@:-4 16 64}")
read -r -a counts <<<"${counts[*]}"
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

# nginx's workers run as an unprivileged user: they must be able to read the page.
chmod 755 "$work"
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
rate() { awk '/^Requests\/sec/ {print $2}' "$1"; }
errors() { grep -E 'Non-2xx|Socket errors' "$1" || echo "none"; }

echo "== search: 20 s at each of ${counts[*]} connections"
connections=${counts[0]}
best=0
for count in "${counts[@]}"; do
  wrk -t2 -c"$count" -d20s -s "$work/post.lua" "http://127.0.0.1:$portal_port/en/help" >"$work/search-$count.wrk"
  found=$(rate "$work/search-$count.wrk")
  echo "$count connections: $found requests/s; errors: $(errors "$work/search-$count.wrk" | tr '\n' ' ')"
  if awk -v a="$found" -v b="$best" 'BEGIN {exit !(a > b)}'; then best=$found; connections=$count; fi
done
echo "kept: $connections connections"

echo "== portal: POST /en/help, $connections connections, $duration"
rss_start=$(rss_kib "$portal")
( while kill -0 "$portal" 2>/dev/null; do rss_kib "$portal" >>"$work/rss"; sleep 10; done ) &
sampler=$!
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/post.lua" "http://127.0.0.1:$portal_port/en/help" | tee "$work/portal.wrk"
kill "$sampler" 2>/dev/null || true
rss_end=$(rss_kib "$portal")
echo "portal memory (KiB): start $rss_start, end $rss_end, samples: $(tr '\n' ' ' <"$work/rss")"
# Flat: the second half of the run holds no sample above the first half's highest by 10 %.
awk '{ s[NR] = $1 } END { h = int(NR / 2); for (i = 1; i <= h; i++) if (s[i] > a) a = s[i];
  for (i = h + 1; i <= NR; i++) if (s[i] > b) b = s[i];
  printf "memory: first half peak %d KiB, second half peak %d KiB: %s\n", a, b, (b <= a * 1.1 ? "flat" : "GROWING") }' "$work/rss"

nginx -c "$work/nginx.conf"
echo "== nginx: GET /results.html (the same page as a file), $connections connections, $duration"
wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$nginx_port/results.html" | tee "$work/nginx.wrk"

portal_rate=$(rate "$work/portal.wrk")
nginx_rate=$(rate "$work/nginx.wrk")
echo "== summary"
echo "portal: $portal_rate requests/s; errors: $(errors "$work/portal.wrk" | tr '\n' ' ')"
echo "nginx:  $nginx_rate requests/s; errors: $(errors "$work/nginx.wrk" | tr '\n' ' ')"
echo "ratio portal/nginx: $(awk -v p="$portal_rate" -v n="$nginx_rate" 'BEGIN {printf "%.3f", p / n}')"
if grep -qE 'Non-2xx|Socket errors' "$work/portal.wrk" "$work/nginx.wrk"; then
  echo "errors under load: the figures above do not count" >&2
  exit 1
fi
