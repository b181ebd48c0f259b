#!/usr/bin/env bash
# `npm test`: first the lint suite (`npm run lint`: Biome lint + format check,
# knip for unused files, exports and dependencies), then the test suites in
# order (unit, nats, netns, e2e, containers). A dirty tree fails the run but
# does not stop the tests; the first failing test suite stops the ones after
# it. A suite without compiled *.test.js files fails (run `npm run build`).
# Always prints one summary line per suite.
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
lint_failed=""

echo "=== suite lint: biome check . && knip"
start=$SECONDS
if npm run --silent lint; then
  RESULT[lint]="passed ($((SECONDS - start))s)"
else
  RESULT[lint]="FAILED (npm run lint: fix the findings above, $((SECONDS - start))s)"
  lint_failed=lint
fi

for s in "${SUITES[@]}"; do
  if [[ -n $failed ]]; then RESULT[$s]="not run (${failed} failed)"; continue; fi
  files=(dist/test/"$s"/**/*.test.js)
  if ((${#files[@]} == 0)); then RESULT[$s]="FAILED (no compiled tests in dist/test/$s: run npm run build)"; failed=$s; continue; fi
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
for s in lint "${SUITES[@]}"; do printf '  %-11s %s\n' "$s" "${RESULT[$s]}"; done
[[ -z $failed && -z $lint_failed ]]
