#!/usr/bin/env bash
# `npm run bench [-- --quick] [--only a,b]`: makes the machine ready (ensure-deps),
# installs what only the benchmarks need (the peers they compare against, and
# ethtool for the offload variants), then runs dist/bench/main.js.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

# netavark and containernetworking-plugins: the peers of the setup benchmark;
# ethtool: the data-plane offload variants. Not needed by npm test.
BENCH_PACKAGES=(netavark containernetworking-plugins ethtool iptables)
missing=()
for p in "${BENCH_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "bench: missing packages: ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "bench: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

exec node dist/bench/main.js "$@"
