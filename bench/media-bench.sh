#!/usr/bin/env bash
# Media upload throughput (issue 9): 50 distinct JPEGs of about 5 MB uploaded by 4 clients, MB/s
# and per-file p50/p95, against the packaged app on a fresh embedded database (local storage).
#   bash bench/media-bench.sh [FILES] [SIZE_MB] [PARALLEL]   (builds backend/target/trae.jar if missing)
# The variants job runs meanwhile, as it would in use: each upload queues one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

. bench/app.sh
start_app 18182
"$java_bin" -Xmx2g bench/MediaBench.java "http://localhost:18182" bench@example.test 'bench passphrase for load 1' \
  "${1:-50}" "${2:-5}" "${3:-4}"
