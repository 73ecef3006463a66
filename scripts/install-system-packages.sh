#!/usr/bin/env bash
# Installs Debian/Ubuntu packages the platform needs on a fresh machine (Go to build the embedded
# database, Chromium for the browser tests). Elsewhere it says what to install instead of guessing.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 <debian-package>..." >&2; exit 2; }

if ! command -v apt-get >/dev/null; then
  echo "Please install: $* (this script only knows apt-get)." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Installing $* needs root: run as root or install sudo." >&2; exit 1; }
  sudo="sudo"
fi

echo "Installing Debian packages: $*"
# The package lists can be missing or stale on a fresh machine.
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
