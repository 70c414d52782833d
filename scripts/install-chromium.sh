#!/usr/bin/env bash
# Installs Debian's chromium for the end-to-end browser test (scripts/e2e.sh) when it is missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
SUDO=
[ "$(id -u)" -ne 0 ] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends chromium ||
  { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends chromium; }
chromium --version
