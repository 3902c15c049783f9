#!/usr/bin/env bash
# End-to-end check of the /metrics endpoint against a real Prometheus, on loopback only:
# runs the simulator headless with --metrics-port, starts Prometheus (Debian package) with its own
# config in a temp dir scraping it every second, queries a simulated figure back through
# Prometheus's HTTP API, checks the exposition with `promtool check metrics`, and stops both.
# Bounded: the whole check gives up after E2E_TIMEOUT seconds (default 240).
# Usage: scripts/prometheus-e2e.sh [--install]   (--install: apt-get install -y prometheus if missing)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
timeout_s="${E2E_TIMEOUT:-240}"
app_port="${E2E_APP_PORT:-19464}"
prom_port="${E2E_PROM_PORT:-19090}"

if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
  if [ "${1:-}" = "--install" ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus >/dev/null \
      || { echo "prometheus-e2e: 'apt-get install prometheus' failed: the package is not available here" >&2; exit 3; }
  else
    echo "prometheus-e2e: prometheus and promtool are not installed; run with --install (Debian: apt-get install prometheus)" >&2
    exit 3
  fi
fi

work="$(mktemp -d)"
app_pid=""; prom_pid=""
cleanup() {
  [ -n "$prom_pid" ] && kill "$prom_pid" 2>/dev/null && wait "$prom_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
deadline=$(( $(date +%s) + timeout_s ))
wait_for() { # wait_for DESCRIPTION COMMAND...: retries each second until the deadline
  local what="$1"; shift
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$deadline" ]; then echo "prometheus-e2e: FAILED waiting for $what" >&2; exit 1; fi
    sleep 1
  done
}

# 1. The simulator, headless, long enough for the check: 6 simulated hours at 60x is 6 wall minutes.
"$root/devops-sim" run --preset production --duration 6h --speed 60 --metrics-port "$app_port" \
  >"$work/app.log" 2>&1 &
app_pid=$!
wait_for "the simulator's /metrics on 127.0.0.1:$app_port" curl -sf "http://127.0.0.1:$app_port/metrics"
echo "prometheus-e2e: simulator serving http://127.0.0.1:$app_port/metrics"

# 2. The exposition passes promtool's linter.
curl -sf "http://127.0.0.1:$app_port/metrics" >"$work/metrics.txt"
promtool check metrics <"$work/metrics.txt"
echo "prometheus-e2e: promtool check metrics: OK ($(grep -vc '^#' "$work/metrics.txt") samples)"

# 3. A real Prometheus, loopback only, its own config and storage in the temp dir.
cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: devopssim
    static_configs:
      - targets: ['127.0.0.1:$app_port']
YAML
promtool check config "$work/prometheus.yml" >/dev/null
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$prom_port" >"$work/prometheus.log" 2>&1 &
prom_pid=$!
wait_for "Prometheus on 127.0.0.1:$prom_port" curl -sf "http://127.0.0.1:$prom_port/-/ready"
echo "prometheus-e2e: Prometheus ready on 127.0.0.1:$prom_port"

# 4. Query a simulated figure back through Prometheus's HTTP API.
query='devopssim_request_rate_per_second{node="system"}'
has_result() {
  curl -sf "http://127.0.0.1:$prom_port/api/v1/query" --data-urlencode "query=$query" >"$work/query.json" &&
    grep -q '"status":"success"' "$work/query.json" && grep -q '"result":\[{' "$work/query.json"
}
wait_for "Prometheus to return $query" has_result
value="$(sed -n 's/.*"value":\[[0-9.]*,"\([^"]*\)"\].*/\1/p' "$work/query.json")"
echo "prometheus-e2e: Prometheus returned $query = $value"
up="$(curl -sf "http://127.0.0.1:$prom_port/api/v1/query" --data-urlencode 'query=up{job="devopssim"}')"
echo "$up" | grep -q '"value":\[[0-9.]*,"1"\]' || { echo "prometheus-e2e: FAILED: scrape target not up: $up" >&2; exit 1; }
echo "prometheus-e2e: OK"
