#!/usr/bin/env bash
# Delivery API throughput with ETag revalidation (issue 9; target >= 4,000 req/s at 64
# connections on 2 cores), next to liveness in the same run.
#
#   bash bench/delivery-bench.sh        # packaged app (backend/target/trae.jar) on a fresh database
#
# Creates a delivery-api channel, a delivery key and ITEMS [50] published items through the API,
# then runs wrk at CONNECTIONS [64] for DURATION [20] s (after WARM [5] s) against: liveness, the
# items list and one item, each with If-None-Match set to the ETag it answered (304s), and the item
# without it (200s, rendered answer from the cache). Prints req/s, p50, p95, p99 and errors.
# Knobs: PORT [18294], THREADS [2]. wrk comes from apt when missing. Not run by CI.
#
# The channel is made with POST /api/v1/channels {name, slug, connector}; on a build without the
# channels API it is inserted with psql into the embedded database instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT=${PORT:-18294}
ITEMS=${ITEMS:-50}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-20}
WARM=${WARM:-5}
THREADS=${THREADS:-2}
BASE=http://localhost:$PORT
SLUG=bench-site

if ! command -v wrk >/dev/null; then
  echo "installing wrk with apt-get" >&2
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

. bench/app.sh
start_app "$PORT" >&2

token=$(curl -sf -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.test","password":"bench passphrase for load 1"}' \
  "$BASE/api/v1/auth/login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "could not sign in" >&2; exit 1; }
api() { # method path [body]
  curl -sS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -X "$1" ${3:+-d "$3"} "$BASE$2"
}

channel=$(api POST /api/v1/channels \
  "{\"name\":\"Bench site\",\"slug\":\"$SLUG\",\"connector\":\"delivery-api\",\"settings\":{}}" || true)
channel_id=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' <<<"$channel")
if [ -z "$channel_id" ]; then
  echo "no channels API here ($(head -c 120 <<<"$channel")); inserting the channel with psql" >&2
  port=$(sed -n 4p "$data/postgres/postmaster.pid")
  password=$(sed -n 's/^superuser=//p' "$data/postgres-credentials.properties")
  channel_id=$(cat /proc/sys/kernel/random/uuid)
  PGPASSWORD=$password psql -q -h 127.0.0.1 -p "$port" -U postgres -d trae -c \
    "insert into content_channels (id, slug, name, connector, created_by, created_at, updated_at)
     values ('$channel_id', '$SLUG', 'Bench site', 'delivery-api', gen_random_uuid(), now(), now())"
fi
key=$(api POST "/api/v1/channels/$channel_id/delivery-keys" '{"name":"bench"}' |
  sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
[ -n "$key" ] || { echo "could not make a delivery key" >&2; exit 1; }

echo "publishing $ITEMS items" >&2
body=$(printf 'Paragraph with **bold**, a [link](https://example.com) and `code`.\\n\\n%.0s' $(seq 1 20))
for i in $(seq 1 "$ITEMS"); do
  id=$(api POST /api/v1/content \
    "{\"type\":\"article\",\"title\":\"Bench item $i\",\"body\":\"$body\",\"channels\":[\"$SLUG\"]}" |
    sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  for action in submit approve publish; do
    api POST "/api/v1/content/$id/transitions" "{\"action\":\"$action\"}" >/dev/null
  done
done

etag_of() {
  curl -sf -o /dev/null -D - -H "X-Delivery-Key: $key" "$BASE$1" | tr -d '\r' |
    sed -n 's/^[Ee][Tt][Aa][Gg]: //p'
}
list=/api/v1/delivery/$SLUG/items
item=/api/v1/delivery/$SLUG/items/bench-item-1
list_etag=$(etag_of "$list")
item_etag=$(etag_of "$item")
[ -n "$list_etag" ] && [ -n "$item_etag" ] || { echo "the delivery API gave no ETag" >&2; exit 1; }

# name | path | script args
scenarios=(
  "liveness|/actuator/health/liveness|- -"
  "items 304|$list|$key $list_etag"
  "item 304|$item|$key $item_etag"
  "item 200|$item|$key -"
)
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }
run() { # path key etag seconds
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${4}s" --latency -s bench/wrk/delivery.lua "$BASE$1" \
    -- "$2" "$3" | grep '^WRK'
}
printf '| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|--:|--:|--:|--:|--:|--:|\n'
for s in "${scenarios[@]}"; do
  IFS='|' read -r name path args <<<"$s"
  read -r k e <<<"$args"
  echo "$name: ${WARM}s warm-up, ${DURATION}s measured" >&2
  run "$path" "$k" "$e" "$WARM" >/dev/null
  line=$(run "$path" "$k" "$e" "$DURATION")
  rps=$(awk -v r="$(field requests "$line")" -v d="$(field duration_s "$line")" 'BEGIN { printf "%.0f", r / d }')
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$CONNECTIONS" "$rps" \
    "$(field p50_ms "$line")" "$(field p95_ms "$line")" "$(field p99_ms "$line")" \
    "$(($(field non2xx "$line") + $(field socket "$line")))"
done
