#!/usr/bin/env bash
# Media upload throughput (issue 9): 50 distinct JPEGs of about 5 MB uploaded by 4 clients, MB/s
# and per-file p50/p95, against the packaged app on a fresh embedded database (local storage).
#   bash bench/media-bench.sh [FILES] [SIZE_MB] [PARALLEL]   (builds backend/target/trae.jar if missing)
# The variants job runs meanwhile, as it would in use: each upload queues one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

java_bin=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java_bin="$candidate/bin/java"; break
  fi
done
[ -n "$java_bin" ] || { echo "needs a JDK 21+"; exit 1; }
[ -f backend/target/trae.jar ] || ./mvnw -q -B -DskipTests package

data=$(mktemp -d)
port=18182
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
TRAE_DATA_DIR="$data" SERVER_PORT=$port \
  TRAE_BOOTSTRAP_OWNER_EMAIL=bench@example.test TRAE_BOOTSTRAP_OWNER_PASSWORD='bench passphrase for load 1' \
  TRAE_RATE_LIMIT_ENABLED=false \
  "$java_bin" -jar backend/target/trae.jar > "$data/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1 && break
  sleep 0.5
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $($java_bin -version 2>&1 | head -1)"
"$java_bin" -Xmx2g bench/MediaBench.java "http://localhost:$port" bench@example.test 'bench passphrase for load 1' \
  "${1:-50}" "${2:-5}" "${3:-4}"
