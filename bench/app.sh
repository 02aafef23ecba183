# Sourced by the bench scripts that measure the packaged app on a fresh embedded database:
#   start_app PORT   finds a JDK 21+ (java_bin), builds backend/target/trae.jar if missing, starts it
#                    on a temporary data directory with the bench owner and rate limits off, waits
#                    until it is ready, and stops it (and removes the data) when the script exits.
find_java() {
  java_bin=""
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      java_bin="$candidate/bin/java"; return
    fi
  done
  echo "needs a JDK 21+" >&2; exit 1
}

start_app() {
  local port=$1
  find_java
  [ -f backend/target/trae.jar ] || ./mvnw -q -B -DskipTests package
  data=$(mktemp -d)
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
}
