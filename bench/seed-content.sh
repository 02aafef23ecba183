#!/usr/bin/env bash
# Seeds COUNT [100000] content items into a running TRAE through its own API, as fast as wrk can
# post them: titles of 4-9 words and Markdown bodies of 60-140 words drawn from a Zipf vocabulary
# of 5,000 pseudo-words, 1-4 of 30 tags, all five types, idea or draft. Each create is a real one
# (validation, slug, version 1, audit entry, outbox event), so the
# seeded database looks like one that was written by clients.
#
#   BASE_URL=http://127.0.0.1:8080 EMAIL=… PASSWORD=… bash bench/seed-content.sh
#
# Writes "id type" per created item to IDS_FILE [bench/.content-ids] (http-bench.sh's content
# scenarios read it) and prints how long the seed took. Knobs: COUNT, CONNECTIONS [32],
# THREADS [2], SESSIONS [8]. Turn the API rate limit off on the target (TRAE_RATE_LIMIT_ENABLED=
# false), or most creates answer 429. wrk comes from apt when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

COUNT=${COUNT:-100000}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SESSIONS=${SESSIONS:-8}
BASE_URL=${BASE_URL:?BASE_URL of a running TRAE}
EMAIL=${EMAIL:-bench@example.test}
PASSWORD=${PASSWORD:-bench passphrase for load 1}
IDS_FILE=${IDS_FILE:-bench/.content-ids}

if ! command -v wrk >/dev/null; then
  echo "installing wrk with apt-get" >&2
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
wrk_pid=
trap '[ -z "$wrk_pid" ] || kill "$wrk_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

login_body=$(printf '{"email":"%s","password":"%s"}' "$EMAIL" "$PASSWORD")
for _ in $(seq 1 "$SESSIONS"); do
  { curl -sf -H 'Content-Type: application/json' -d "$login_body" "$BASE_URL/api/v1/auth/login"; echo; } |
    sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' >>"$work/tokens"
done
[ "$(wc -l <"$work/tokens")" -eq "$SESSIONS" ] || { echo "could not sign in $SESSIONS sessions" >&2; exit 1; }

echo "seeding $COUNT items into $BASE_URL ($CONNECTIONS connections, $THREADS threads)" >&2
mkdir -p "$work/ids"
start=$(date +%s.%N)
# each thread stops sending after its share of COUNT; wrk itself runs until -d or SIGINT, so it
# gets SIGINT once every id is in (-d is only an upper bound)
wrk -t"$THREADS" -c"$CONNECTIONS" -d3600s --timeout 10s --latency -s bench/wrk/content-create.lua \
  "$BASE_URL/api/v1/content" -- "$work/tokens" "$work/ids" "$COUNT" "$THREADS" >"$work/wrk" &
wrk_pid=$!
while kill -0 "$wrk_pid" 2>/dev/null; do
  done_count=$(cat "$work"/ids/ids-*.txt 2>/dev/null | wc -l || true)
  if [ "$done_count" -ge "$COUNT" ]; then kill -INT "$wrk_pid"; break; fi
  sleep 0.5
done
wait "$wrk_pid" || true
end=$(date +%s.%N)

mkdir -p "$(dirname "$IDS_FILE")"
cat "$work"/ids/ids-*.txt >"$IDS_FILE"
created=$(wc -l <"$IDS_FILE")
awk -v n="$created" -v s="$start" -v e="$end" 'BEGIN {
  printf "seeded %d items in %.1f s (%.0f creates/s)\n", n, e - s, n / (e - s) }'
sed -n 's/^WRK /wrk: /p' "$work/wrk" >&2
[ "$created" -ge "$COUNT" ] || { echo "only $created of $COUNT creates succeeded" >&2; exit 1; }
