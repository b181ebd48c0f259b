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
LIMIT=${VXNET_SUITE_TIMEOUT:-1200}
# e2e files that may share the machine: each builds its own cluster in namespaces with a
# unique prefix, so two run at once. Alone, after them: the chaos files (they count lost
# packets, which CPU contention would turn into noise), the bench smoke test (it measures),
# and podman/containerd (they use the machine-wide /etc/cni/net.d and /opt/cni/bin).
E2E_CONCURRENCY=${VXNET_E2E_CONCURRENCY:-2}
E2E_ALONE='/(chaos-[^/]*|bench-smoke|podman|containerd)\.test\.js$'
declare -A RESULT=()
failed=""
lint_failed=""

# One suite: unit files in parallel (pure), e2e in two groups (see E2E_ALONE), the rest one file at a time.
run_suite() {
  local s=$1; shift
  local deadline=$((SECONDS + LIMIT))
  if [[ $s == unit ]]; then timeout --foreground "$LIMIT" node --test "$@"; return; fi
  if [[ $s != e2e ]]; then timeout --foreground "$LIMIT" node --test --test-concurrency=1 "$@"; return; fi
  local shared=() alone=() f
  for f in "$@"; do if [[ $f =~ $E2E_ALONE ]]; then alone+=("$f"); else shared+=("$f"); fi; done
  timeout --foreground "$LIMIT" node --test --test-concurrency="$E2E_CONCURRENCY" "${shared[@]}" || return $?
  timeout --foreground "$((deadline - SECONDS))" node --test --test-concurrency=1 "${alone[@]}"
}

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
  echo "=== suite $s: ${#files[@]} file(s)"
  start=$SECONDS
  if run_suite "$s" "${files[@]}"; then
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
