#!/usr/bin/env bash
# `npm run bench [-- --quick] [--only a,b]`: makes the machine ready (ensure-deps),
# installs what only the benchmarks need (the peers they compare against, and
# ethtool for the offload variants), then runs dist/bench/main.js.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

# netavark and containernetworking-plugins: the peers of the setup benchmark;
# ethtool: the data-plane offload variants; dnsmasq-base and dnsperf: the names benchmark's baseline and its C load generator
# (one dnsmasq answering the same names). Not needed by npm test.
BENCH_PACKAGES=(netavark containernetworking-plugins ethtool iptables dnsmasq-base dnsperf)
source scripts/apt-missing.sh
install_missing bench "${BENCH_PACKAGES[@]}"

# --expose-gc: the names benchmark measures heap per workload after a full collection.
exec node --expose-gc dist/bench/main.js "$@"
