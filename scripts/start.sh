#!/usr/bin/env bash
# The one start command: installs Node 22 + Yarn (first run only) and all packages, then starts the frontend
# (http://localhost:3000) and the backend (http://localhost:7007) with the embedded defaults: SQLite files
# under data/, guest sign-in, no external service or API key. Extra arguments go to `backstage-cli repo start`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
yarn install
mkdir -p data/sqlite
exec yarn backstage-cli repo start "$@"
