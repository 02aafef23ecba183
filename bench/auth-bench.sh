#!/usr/bin/env bash
# Identity throughput on this machine: logins/s, refreshes/s and GET /api/v1/me latency at 64
# concurrent clients, against the packaged app on a fresh embedded database.
#   bash bench/auth-bench.sh [CLIENTS] [SECONDS]      (builds backend/target/trae.jar if missing)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

clients=${1:-64}
seconds=${2:-15}
. bench/app.sh
start_app 18181
"$java_bin" bench/AuthBench.java "http://localhost:18181" bench@example.test 'bench passphrase for load 1' "$clients" "$seconds"
