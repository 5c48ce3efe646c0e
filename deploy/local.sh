#!/usr/bin/env bash
# Hostledger on loopback in one command. See deploy/README.md.
#   deploy/local.sh up [--no-build]   build with the Maven wrapper, then run the stack in the foreground (Ctrl-C stops it)
#   deploy/local.sh stop              stop a stack started from this directory and wait until it is gone
#   deploy/local.sh status            say whether it runs
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/deploy/local-stack"
# Resolved here, not in Java, so that "stop" finds the pid file "up" wrote whatever the JVM's working directory.
LOCAL_DIR="${HOSTLEDGER_LOCAL_DIR:-$PWD/.hostledger-local}"
export HOSTLEDGER_LOCAL_DIR="$LOCAL_DIR"
PID_FILE="$LOCAL_DIR/stack.pid"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

die() { echo "local.sh: $*" >&2; exit 1; }

# The pid must still be our stack: after a reboot the number may belong to anything.
stack_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' < "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]] && ! tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'dev.hostledger.localstack.LocalStack'; then
    return 1
  fi
  echo "$pid"
}

up() {
  command -v "$JAVA" >/dev/null 2>&1 || die "no java found (install a JDK 17+ or set JAVA_HOME)"
  local version
  version="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "${version%%.*}" -ge 17 ]] 2>/dev/null || die "Java 17 or newer needed, found ${version:-unknown}"
  if pid="$(stack_pid)"; then
    die "a stack already runs from $LOCAL_DIR (pid $pid); deploy/local.sh stop"
  fi
  if [[ "${1:-}" != "--no-build" ]]; then
    echo "Building Hostledger (the first build downloads Maven and the dependencies; it takes a while)..."
    (cd "$ROOT" && ./mvnw -q -B install -DskipTests)
  fi
  [[ -f "$MODULE/target/classpath.txt" ]] || die "$MODULE/target/classpath.txt missing: run without --no-build"
  mkdir -p "$LOCAL_DIR"
  echo "Starting the local stack (data in $LOCAL_DIR)..."
  # exec: Ctrl-C reaches the JVM directly and the pid it records is this script's.
  # shellcheck disable=SC2086
  exec "$JAVA" ${HOSTLEDGER_LOCAL_JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true \
    -cp "$MODULE/target/classes:$(cat "$MODULE/target/classpath.txt")" \
    dev.hostledger.localstack.LocalStack
}

stop() {
  local pid
  if ! pid="$(stack_pid)"; then
    rm -f "$PID_FILE"
    echo "No local stack runs from $LOCAL_DIR."
    return 0
  fi
  echo "Stopping the local stack (pid $pid)..."
  kill -TERM "$pid"
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || { echo "Stopped."; return 0; }
    sleep 0.1
  done
  # Its broker follows it (it watches its parent); a PostgreSQL left behind is stopped by the next start.
  echo "Still running after 60 s; killing pid $pid." >&2
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  return 1
}

status() {
  local pid
  if pid="$(stack_pid)"; then echo "Running (pid $pid, data in $LOCAL_DIR)."; else echo "Not running."; return 3; fi
}

case "${1:-}" in
  up) shift; up "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 up [--no-build] | stop | status" >&2; exit 64 ;;
esac
