#!/usr/bin/env bash
# `npm run bench`: runs dist/bench/main.js with the given arguments, if there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [[ -f dist/bench/main.js ]]; then
  exec node dist/bench/main.js "$@"
fi
echo "no benchmarks yet"
