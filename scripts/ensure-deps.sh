#!/usr/bin/env bash
# Makes this machine ready to build, test and run the lab: Debian packages
# (only when one is missing, then apt-get update first), node_modules (npm ci
# when missing or older than package-lock.json) and dist/ (npm run build when
# missing or older than any source). Idempotent; prints nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# nats-server: the lab and the tests; iproute2/nftables: the agent's kernel layer;
# iputils-ping: the demo and e2e tests; procps: ps/pkill-free process checks; iperf3: bench.
# (No dnsmasq: names are answered by the agent itself; the bench installs it as a baseline.)
# podman/conmon/runc/containerd/busybox-static/containernetworking-plugins: the CNI plugin's tests (a real
# runtime with a locally imported busybox image) and its benchmark (the bridge+host-local reference).
# systemd: systemd-analyze checks the units offline; systemd-container: systemd-nspawn boots a throwaway
# machine in which the containers suite runs the units under the real systemd (test/containers/systemd.test.ts;
# dbus: systemd-run there).
PACKAGES=(nats-server iproute2 nftables iputils-ping procps iperf3 podman conmon runc containerd busybox-static containernetworking-plugins systemd systemd-container dbus)

source scripts/apt-missing.sh
install_missing ensure-deps "${PACKAGES[@]}"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "ensure-deps: node and npm are needed (Node >= 20.5)" >&2
  exit 1
fi

if [[ -L node_modules ]]; then
  # A node_modules shared with other checkouts (a symlink): never reinstall it
  # from here, `npm ci` would empty it under everyone using it.
  [[ -d node_modules/ ]] || { echo "ensure-deps: node_modules points nowhere: $(readlink node_modules)" >&2; exit 1; }
elif [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "ensure-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# Rebuild when dist is missing or any source is newer than the last build.
stamp=dist/.build-stamp
stale=0
if [[ ! -f $stamp || ! -f dist/cli/bundle/main.js || ! -f dist/agent/bundle/main.js || ! -f dist/controller/bundle/main.js ]]; then
  stale=1
elif [[ -n $(find proto lib controller agent cli test bench package.json tsconfig.json scripts/gen-proto.mjs \
              -newer "$stamp" \( -name '*.ts' -o -name '*.proto' -o -name '*.json' -o -name '*.mjs' \) -print -quit 2>/dev/null) ]]; then
  stale=1
fi
if ((stale)); then
  if ! out=$(npm run --silent build 2>&1); then
    echo "$out" >&2
    echo "ensure-deps: npm run build failed" >&2
    exit 1
  fi
  chmod +x dist/cli/main.js dist/*/bundle/main.js 2>/dev/null || true
  touch "$stamp"
fi
