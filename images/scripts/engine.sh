#!/usr/bin/env bash
# Makes sure a Docker engine answers, starting one of our own when none does: Debian's docker.io, its data
# kept outside the clone (EMPORIUM_CACHE, default ~/.cache/emporium) so images and build cache survive a
# fresh clone and rebuilds are fast. Prints the socket to use (DOCKER_HOST) on its last line.
# Usage: images/scripts/engine.sh [start|stop]
set -euo pipefail
cd "$(dirname "$0")/../.."

cache="${EMPORIUM_CACHE:-$HOME/.cache/emporium}/docker"
socket="$cache/docker.sock"
# Debian's CLI: it has BuildKit; a newer CLI elsewhere on PATH may lack buildx.
docker_cli=/usr/bin/docker

answers() { DOCKER_HOST="$1" "$docker_cli" info >/dev/null 2>&1; }

case "${1:-start}" in
  stop)
    if [ -f "$cache/dockerd.pid" ]; then kill "$(cat "$cache/dockerd.pid")" 2>/dev/null || true; fi
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac

if [ ! -x "$docker_cli" ] || ! command -v dockerd >/dev/null || ! command -v debootstrap >/dev/null; then
  scripts/install-system-packages.sh docker.io debootstrap
fi

# An engine the user already runs (DOCKER_HOST or the default socket) is used as it is.
for candidate in "${DOCKER_HOST:-}" unix:///var/run/docker.sock "unix://$socket"; do
  if [ -n "$candidate" ] && answers "$candidate"; then echo "$candidate"; exit 0; fi
done

if [ "$(id -u)" -ne 0 ]; then
  echo "No Docker engine answers and starting one needs root: start Docker, or run as root." >&2
  exit 1
fi
mkdir -p "$cache/data" "$cache/exec"
# Only one daemon may run at a time on a machine; a stale pid file from a killed one is harmless.
nohup dockerd --data-root "$cache/data" --exec-root "$cache/exec" --pidfile "$cache/dockerd.pid" \
  -H "unix://$socket" >"$cache/dockerd.log" 2>&1 &
for _ in $(seq 1 60); do
  if answers "unix://$socket"; then echo "unix://$socket"; exit 0; fi
  sleep 1
done
echo "dockerd did not answer within 60 s; its log:" >&2
tail -20 "$cache/dockerd.log" >&2
exit 1
