#!/usr/bin/env bash
# Makes a Docker engine available for the containers suite (test/containers):
# installs Debian's docker.io (dockerd, containerd, runc) when dockerd is
# missing. Only installs: it never starts a daemon (the suite starts its own
# private dockerd and stops it) and never contacts an image registry.
# Exit 0: the engine's binaries are there. Otherwise exit 3 with ONE line on
# stderr saying why, which the suite fails with (naming what is missing).
set -euo pipefail

have() { command -v dockerd >/dev/null && command -v containerd >/dev/null && command -v runc >/dev/null; }
have && exit 0
PATH=$PATH:/usr/sbin:/sbin
have && exit 0

why() { echo "$*" >&2; exit 3; }
[[ $(id -u) -eq 0 ]] || why "no Docker engine (dockerd) and not root to install Debian's docker.io"
command -v apt-get >/dev/null || why "no Docker engine (dockerd) and no apt-get to install docker.io"

# docker.io ships a SysV init script: make sure installing it starts nothing
# (a default dockerd would add docker0 and iptables rules to this machine).
# An existing policy-rc.d is left alone; a temporary one is removed afterwards.
policy=/usr/sbin/policy-rc.d
tmp_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && tmp_policy=1
fi
cleanup() { ((tmp_policy)) && rm -f "$policy"; return 0; }
trap cleanup EXIT

echo "ensure-docker: installing docker.io" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get install -y -qq --no-install-recommends docker.io >"$log" 2>&1 ||
       { apt-get update -qq >>"$log" 2>&1 && apt-get install -y -qq --no-install-recommends docker.io >>"$log" 2>&1; }; }; then
  line=$(grep -m1 -E '^E:' "$log" || tail -n1 "$log")
  rm -f "$log"
  why "no Docker engine: apt-get install docker.io failed: ${line:-unknown error}"
fi
rm -f "$log"
have || why "docker.io installed but dockerd/containerd/runc not found on PATH"
