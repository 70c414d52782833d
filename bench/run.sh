#!/usr/bin/env bash
# Runs benchmarks (not part of the tests): bench/run.sh [name ...]; no name runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=($(ls bench/*.bench.ts | xargs -n1 basename | sed 's/\.bench\.ts$//'))
fi
for name in "${names[@]}"; do
  echo "== bench: $name"
  node --require @backstage/cli/config/nodeTransform.cjs "bench/$name.bench.ts"
done
