#!/usr/bin/env bash
# Installs vxnet from its release tarball on one machine (run as root from the
# unpacked directory: vxnet-VERSION/install.sh). What it does, every time the
# same (an upgrade is running it again from a newer tarball):
#   - refuses a Node older than 20.5 with one line (Debian 12's nodejs is 18)
#   - the app in /opt/vxnet (replaced whole; nothing else of the machine changes)
#   - vxnet, vxnet-agent, vxnet-controller, vxnet-gen-credentials in /usr/local/bin
#   - the CNI plugin as /opt/cni/bin/vxnet (a two-line wrapper: containerd's and
#     podman's plugin directory; README "CNI" has the network configuration)
#   - /etc/vxnet (0755; settings go in *.json, secrets in *.env files, 0600)
#   - the units in /etc/systemd/system (vxnet-agent, vxnet-controller, and the
#     drop-in that points Debian's nats-server.service at /etc/nats-server/vxnet.conf);
#     systemctl daemon-reload when systemd runs, otherwise it prints what the units run
# It enables and starts nothing, and never writes configuration or credentials:
# deploy/README.md, "Install from the release tarball", has the steps per role.
set -euo pipefail

PREFIX=/opt/vxnet
BIN=/usr/local/bin
UNITS=/etc/systemd/system
src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "install.sh: $*" >&2; exit 1; }
[[ $# -eq 0 ]] || die "takes no arguments (the prefix is always $PREFIX); see deploy/README.md"

node_version=$(node --version 2>/dev/null) || die "node not found: vxnet needs Node >= 20.5 (Debian 12: NodeSource's nodejs 22.x, see deploy/README.md, \"What each machine needs\")"
IFS=. read -r major minor _ <<<"${node_version#v}"
if ((major < 20 || (major == 20 && minor < 5))); then
  die "Node ${node_version#v} is too old: vxnet needs Node >= 20.5 (Debian 12 ships 18: install NodeSource's nodejs 22.x, see deploy/README.md, \"What each machine needs\")"
fi
[[ $(id -u) -eq 0 ]] || die "run as root (it writes $PREFIX, $BIN and $UNITS)"
[[ -f $src/lib/vxnet-agent.js && -f $src/package.json ]] || die "run it from the unpacked release tarball ($src has no lib/vxnet-agent.js)"

# What the agent runs (the controller and the CLI need only node).
missing=()
for tool in ip bridge nft nsenter mount; do
  command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool || -x /sbin/$tool ]] || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "install.sh: note: ${missing[*]} not found; an agent host needs them (apt-get install iproute2 nftables util-linux)" >&2
fi

# The app: a fresh copy beside the old one, then swapped in.
rm -rf "$PREFIX.new"
mkdir -p "$PREFIX.new"
cp -a "$src/bin" "$src/lib" "$src/deploy" "$src/package.json" "$src/LICENSE" "$src/THIRD-PARTY-LICENSES" "$src/README.md" "$PREFIX.new/"
chown -R 0:0 "$PREFIX.new"
chmod -R u=rwX,go=rX "$PREFIX.new"
if [[ -e $PREFIX ]]; then
  rm -rf "$PREFIX.old"
  mv "$PREFIX" "$PREFIX.old"
fi
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"

mkdir -p "$BIN"
for cmd in vxnet vxnet-agent vxnet-controller vxnet-gen-credentials; do
  ln -sfn "$PREFIX/bin/$cmd" "$BIN/$cmd"
done
# The CNI plugin where containerd and podman look for plugins. Node 20 reads
# NODE_EXTRA_CA_CERTS at every start (~40 ms a call) and the plugin speaks no TLS.
CNI_BIN=/opt/cni/bin
install -d -m 0755 "$CNI_BIN"
printf '#!/bin/sh\nunset NODE_EXTRA_CA_CERTS\nexec %s %s "$@"\n' "$(command -v node)" "$PREFIX/lib/vxnet-cni.cjs" > "$CNI_BIN/vxnet.new"
chmod 0755 "$CNI_BIN/vxnet.new"
mv "$CNI_BIN/vxnet.new" "$CNI_BIN/vxnet"
# Settings are readable by the controller's unprivileged (DynamicUser) process; secrets are not.
install -d -m 0755 /etc/vxnet

install -d -m 0755 "$UNITS" "$UNITS/nats-server.service.d"
install -m 0644 "$PREFIX/deploy/systemd/vxnet-agent.service" "$PREFIX/deploy/systemd/vxnet-controller.service" "$UNITS/"
install -m 0644 "$PREFIX/deploy/systemd/nats-server.service.d/vxnet.conf" "$UNITS/nats-server.service.d/vxnet.conf"

version=$(node -p 'require(process.argv[1]).version' "$PREFIX/package.json")
echo "vxnet $version installed in $PREFIX; commands in $BIN; units in $UNITS; CNI plugin $CNI_BIN/vxnet"
if [[ -d /run/systemd/system ]]; then
  systemctl daemon-reload
  echo "next: configure (deploy/README.md), then: systemctl enable --now vxnet-agent (and/or vxnet-controller, nats-server)"
else
  echo "systemd is not running here: start what the units run yourself, e.g."
  for unit in vxnet-agent vxnet-controller; do
    echo "  $(sed -n 's/^ExecStart=//p' "$UNITS/$unit.service")   (environment: /etc/vxnet/common.env, /etc/vxnet/${unit#vxnet-}.env)"
  done
fi
