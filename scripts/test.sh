#!/usr/bin/env bash
# `npm test`: builds, then runs the suites in order (unit, nats, netns, e2e,
# containers), each only if it has compiled *.test.js files. Stops at the first
# failing suite, but always prints one summary line per suite.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -ne 0 ]]; then
  echo "npm test must run as root: the netns and e2e suites create network namespaces (try: sudo npm test)" >&2
  exit 1
fi

bash scripts/ensure-deps.sh

shopt -s globstar nullglob
SUITES=(unit nats netns e2e containers)
# Seconds per suite before it is killed: the whole run must stay well under 30 minutes.
LIMIT=${VXNET_SUITE_TIMEOUT:-600}
declare -A RESULT=()
failed=""

for s in "${SUITES[@]}"; do
  if [[ -n $failed ]]; then RESULT[$s]="not run (${failed} failed)"; continue; fi
  files=(dist/test/"$s"/**/*.test.js)
  if ((${#files[@]} == 0)); then RESULT[$s]="skipped (no tests)"; continue; fi
  args=(--test)
  [[ $s != unit ]] && args+=(--test-concurrency=1)
  echo "=== suite $s: ${#files[@]} file(s)"
  start=$SECONDS
  if timeout --foreground "$LIMIT" node "${args[@]}" "${files[@]}"; then
    RESULT[$s]="passed (${#files[@]} files, $((SECONDS - start))s)"
  else
    rc=$?
    why="exit $rc"; ((rc == 124)) && why="timed out after ${LIMIT}s"
    RESULT[$s]="FAILED ($why, $((SECONDS - start))s)"
    failed=$s
  fi
done

echo
echo "=== summary"
for s in "${SUITES[@]}"; do printf '  %-11s %s\n' "$s" "${RESULT[$s]}"; done
[[ -z $failed ]]
