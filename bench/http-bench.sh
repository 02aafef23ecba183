#!/usr/bin/env bash
# HTTP throughput and latency of named scenarios, each against liveness in the same run.
#
#   bash bench/http-bench.sh                  # starts backend/target/trae.jar on a fresh database
#   BASE_URL=http://host:8080 EMAIL=… PASSWORD=… bash bench/http-bench.sh   # uses a running TRAE
#
# Prints one markdown table: req/s, p50, p95, p99 and errors per scenario and connection count,
# and each scenario's req/s as a ratio of liveness's at the same connection count (compare ratios,
# not absolute figures, on a shared machine). Knobs: CONNECTIONS ["16 64"], DURATION [20],
# WARM [5] (seconds of warm-up per scenario), THREADS [2] (wrk threads), SESSIONS [16] (access
# tokens cycled by authenticated scenarios), PORT [18190], SCENARIOS (names to run, default all),
# RATE_LIMITS [false] (the app's own limits; false measures the request path, not the budget).
# wrk comes from apt when missing. Not run by CI.
#
# The content scenarios need items: when one is selected, bench/seed-content.sh first creates
# SEED_COUNT [100000] of them through the API (skipped when CONTENT_IDS names a file a previous
# seed wrote; against a running TRAE the ids are kept in bench/.content-ids for the next run).
# content-get reads random seeded ids, content-list the drafts newest change first, content-search
# one word of 32 spread over the vocabulary's frequency ranks, content-create posts new items, content-update PUTs seeded items with the If-Match of
# their last answer (the 412 column counts lost-update refusals, which are not errors).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CONNECTIONS=${CONNECTIONS:-16 64}
DURATION=${DURATION:-20}
WARM=${WARM:-5}
THREADS=${THREADS:-2}
SESSIONS=${SESSIONS:-16}
PORT=${PORT:-18190}
RATE_LIMITS=${RATE_LIMITS:-false}
EMAIL=${EMAIL:-bench@example.test}
PASSWORD=${PASSWORD:-bench passphrase for load 1}

# name | method | path | auth (none or session) | body file (- for none) | wrk script [scenario]
ALL_SCENARIOS=(
  "liveness|GET|/actuator/health/liveness|none|-"
  "me|GET|/api/v1/me|session|-"
  "content-get|GET|/api/v1/content|session|-|content-get"
  "content-list|GET|/api/v1/content?status=draft&sort=updated|session|-"
  "content-search|GET|/api/v1/content/search|session|-|content-search"
  "content-create|POST|/api/v1/content|session|-|content-create"
  "content-update|PUT|/api/v1/content|session|-|content-update"
)

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "installing wrk with apt-get" >&2
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

java_bin=
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java_bin="$candidate/bin/java"; break
  fi
done

if [ -z "${BASE_URL:-}" ]; then
  [ -n "$java_bin" ] || { echo "needs a JDK 21+" >&2; exit 1; }
  [ -f backend/target/trae.jar ] || ./mvnw -q -B -DskipTests package
  BASE_URL=http://127.0.0.1:$PORT
  echo "starting backend/target/trae.jar on $BASE_URL (log: $work/app.log)" >&2
  TRAE_DATA_DIR="$work/data" SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$PORT \
    TRAE_BOOTSTRAP_OWNER_EMAIL="$EMAIL" TRAE_BOOTSTRAP_OWNER_PASSWORD="$PASSWORD" \
    TRAE_RATE_LIMIT_ENABLED="$RATE_LIMITS" \
    "$java_bin" -jar backend/target/trae.jar >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 480); do
    curl -sf "$BASE_URL/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/app.log" >&2; exit 1; }
    sleep 0.5
  done
fi
curl -sf "$BASE_URL/actuator/health/liveness" >/dev/null || { echo "no TRAE at $BASE_URL" >&2; exit 1; }

# one session per token, so the scenarios see many callers, not one
login_body=$(printf '{"email":"%s","password":"%s"}' "$EMAIL" "$PASSWORD")
for _ in $(seq 1 "$SESSIONS"); do
  { curl -sf -H 'Content-Type: application/json' -d "$login_body" "$BASE_URL/api/v1/auth/login"; echo; } |
    sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' >>"$work/tokens"
done
[ "$(wc -l <"$work/tokens")" -eq "$SESSIONS" ] || { echo "could not sign in $SESSIONS sessions" >&2; exit 1; }

selected=()
for s in "${ALL_SCENARIOS[@]}"; do
  name=${s%%|*}
  if [ -z "${SCENARIOS:-}" ] || [[ " $SCENARIOS " == *" $name "* ]] || [ "$name" = liveness ]; then
    selected+=("$s")
  fi
done

if [[ " ${selected[*]} " == *" content-"* ]]; then
  CONTENT_IDS=${CONTENT_IDS:-$([ -n "$pid" ] && echo "$work/content-ids" || echo bench/.content-ids)}
  if [ ! -s "$CONTENT_IDS" ]; then
    BASE_URL=$BASE_URL EMAIL=$EMAIL PASSWORD=$PASSWORD COUNT=${SEED_COUNT:-100000} \
      IDS_FILE=$CONTENT_IDS bash bench/seed-content.sh >&2
  fi
fi

run() { # scenario connections seconds -> WRK line
  local name method path auth body script tokens args
  IFS='|' read -r name method path auth body script <<<"$1"
  script=${script:-scenario}
  tokens=-; [ "$auth" = session ] && tokens=$work/tokens
  case "$script" in
    scenario) args=("$method" "$tokens" "$body") ;;
    content-create) args=("$tokens" -) ;;
    content-search) args=("$tokens") ;;
    *) args=("$tokens" "$CONTENT_IDS" "$THREADS" "$2") ;;
  esac
  wrk -t"$THREADS" -c"$2" -d"${3}s" --latency -s "bench/wrk/$script.lua" "$BASE_URL$path" \
    -- "${args[@]}" | grep '^WRK'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load generator on the same machine" >&2
echo "warming up every scenario (${WARM}s each) before measuring" >&2
for s in "${selected[@]}"; do run "$s" 16 "$WARM" >/dev/null; done
printf '| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | errors | 412 | ratio to liveness |\n'
printf '|---|--:|--:|--:|--:|--:|--:|--:|--:|\n'
for c in $CONNECTIONS; do
  live_rps=
  for s in "${selected[@]}"; do
    name=${s%%|*}
    echo "$name at $c connections: ${WARM}s warm-up, ${DURATION}s measured" >&2
    run "$s" "$c" "$WARM" >/dev/null
    line=$(run "$s" "$c" "$DURATION")
    requests=$(field requests "$line") duration=$(field duration_s "$line")
    rps=$(awk -v r="$requests" -v d="$duration" 'BEGIN { printf "%.0f", r / d }')
    conflicts=$(field s412 "$line")
    errors=$(($(field non2xx "$line") - ${conflicts:-0} + $(field socket "$line")))
    [ "$name" = liveness ] && live_rps=$rps
    ratio=$(awk -v r="$rps" -v l="${live_rps:-0}" 'BEGIN { if (l > 0) printf "%.2f", r / l; else print "-" }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$c" "$rps" \
      "$(field p50_ms "$line")" "$(field p95_ms "$line")" "$(field p99_ms "$line")" "$errors" \
      "${conflicts:--}" "$ratio"
  done
done
