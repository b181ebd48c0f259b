# Sourced by ensure-deps.sh and bench.sh: installs the Debian packages of a
# list that are not installed yet (apt-get update first, only then). Packages
# that ship a service (containerd, podman's units) are installed without
# starting it: a temporary policy-rc.d refuses every start, and is removed after.
# Usage: install_missing LABEL PACKAGE...
install_missing() {
  local label=$1; shift
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
  done
  ((${#missing[@]} > 0)) || return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "$label: missing packages: ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "$label: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local policy=/usr/sbin/policy-rc.d tmp_policy=0 rc=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && tmp_policy=1
  fi
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } || rc=$?
  ((tmp_policy)) && rm -f "$policy"
  return $rc
}
