#!/usr/bin/env bash
# Requests/s of MeshHTTP's HTTP/1.1 server beside nginx and Python's http.server, measured by ApacheBench
# with keep-alive (GET /hello, a 13-byte body). Printed, not asserted.
#   mesh/bench/http1/run.sh [CONCURRENCY] [REQUESTS]
# Installs nginx-light and apache2-utils (ab) when missing; builds HTTPBenchServer in release.
set -euo pipefail
cd "$(dirname "$0")/../../.."
concurrency=${1:-50}
requests=${2:-100000}

missing=()
for p in nginx-light apache2-utils; do
  dpkg -s "$p" 2>/dev/null | grep -q 'Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
swift build -c release -j 2 --product HTTPBenchServer >&2
bin=$(swift build -c release --show-bin-path)

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

ours=$(free_port)
"$bin/HTTPBenchServer" --port "$ours" >"$work/ours.log" 2>&1 & pids+=($!)
python=$(free_port)
python3 mesh/bench/http1/python_server.py "$python" >"$work/python.log" 2>&1 & pids+=($!)
nginx_port=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $(nproc);
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /hello { default_type text/plain; return 200 "hello, world\n"; }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -g 'daemon off;' & pids+=($!)
sleep 1

for name in ours nginx python; do
  case $name in ours) port=$ours;; nginx) port=$nginx_port;; python) port=$python;; esac
  ab -q -k -c "$concurrency" -n "$requests" "http://127.0.0.1:$port/hello" >"$work/$name.ab" 2>&1 || true
  rps=$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' "$work/$name.ab")
  p50=$(sed -n 's/^ *50% *\([0-9]*\).*/\1/p' "$work/$name.ab")
  p99=$(sed -n 's/^ *99% *\([0-9]*\).*/\1/p' "$work/$name.ab")
  failed=$(sed -n 's/^Failed requests: *\([0-9]*\).*/\1/p' "$work/$name.ab")
  printf '%-7s %10s req/s   p50 %3s ms   p99 %3s ms   failed %s\n' "$name" "${rps:-?}" "${p50:-?}" "${p99:-?}" "${failed:-?}"
done
