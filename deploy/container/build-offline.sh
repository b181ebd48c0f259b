#!/usr/bin/env bash
# Builds deploy/container/Containerfile where no image registry is reachable
# (nothing is pulled): the two base images are made locally, then
#   vxnet-base:bookworm   debootstrap --variant=minbase bookworm, with the host
#                         packages preinstalled (Debian mirror only, as apt uses)
#   vxnet-node:20-local   the same plus this machine's node (>= 20.5) and npm in /usr/local
# and `docker build --network host` (its apt-get needs the Debian mirror) with
# NODE_IMAGE / BASE_IMAGE pointing at them, on a context of this checkout's
# built dist/ and node_modules/ (so no npm registry is needed either).
# Run from anywhere, as root, with debootstrap installed; DOCKER_HOST picks the engine.
#   deploy/container/build-offline.sh [TAG]      (default vxnet-host:latest; ~2 min)
set -euo pipefail
cd "$(dirname "$0")/../.."
TAG=${1:-vxnet-host:latest}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
DOCKER=${DOCKER:-docker}

command -v debootstrap >/dev/null || { echo "build-offline: needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=5)?0:1)' ||
  { echo "build-offline: needs node >= 20.5 on this machine (it goes into the build image)" >&2; exit 1; }

dir=$(mktemp -d /tmp/vxnet-rootfs-XXXXXX)
# debootstrap can leave the rootfs's /proc mounted: unmount before tar and before rm.
unmount_all() { awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r | xargs -r -n1 umount -l; }
trap 'unmount_all; rm -rf --one-file-system "$dir"' EXIT
if ! "$DOCKER" image inspect vxnet-base:bookworm >/dev/null 2>&1; then
  echo "build-offline: debootstrap bookworm (~1 min)"
  debootstrap --variant=minbase --include=iproute2,iputils-ping,nftables,nats-server,procps,ca-certificates \
    bookworm "$dir/root" "$MIRROR" >"$dir/debootstrap.log" 2>&1 ||
    { tail -n 5 "$dir/debootstrap.log" >&2; exit 1; }
  unmount_all
  rm -rf "$dir/root/var/cache/apt/archives/"*.deb "$dir/root/var/lib/apt/lists/"*
  tar -C "$dir/root" -c . | "$DOCKER" import - vxnet-base:bookworm >/dev/null
  node_bin=$(command -v node); npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  install -D -m 755 "$(readlink -f "$node_bin")" "$dir/root/usr/local/bin/node"
  mkdir -p "$dir/root/usr/local/lib/node_modules" && cp -a "$npm_dir" "$dir/root/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir/root/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir/root/usr/local/bin/npx"
  tar -C "$dir/root" -c . | "$DOCKER" import - vxnet-node:20-local >/dev/null
fi

# The context: this checkout's built dist/ and node_modules/ (hard links, instant),
# so the build stage needs neither the npm registry nor a compiler run.
[[ -f dist/agent/bundle/main.js && -d node_modules ]] || { echo "build-offline: build first (npm ci && npm run build)" >&2; exit 1; }
mkdir "$dir/ctx"
cp -al package.json package-lock.json dist node_modules deploy "$dir/ctx/" 2>/dev/null ||
  cp -a package.json package-lock.json dist node_modules deploy "$dir/ctx/"
# A copy of the Containerfile without its .dockerignore (which leaves dist/ and node_modules/ out).
cp deploy/container/Containerfile "$dir/Containerfile"
DOCKER_BUILDKIT=1 "$DOCKER" build --network host -f "$dir/Containerfile" \
  --build-arg NODE_IMAGE=vxnet-node:20-local --build-arg BASE_IMAGE=vxnet-base:bookworm -t "$TAG" "$dir/ctx"
