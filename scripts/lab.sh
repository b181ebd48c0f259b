#!/usr/bin/env bash
# `npm run lab`: a fresh 3-host lab on this machine, then a short demo that shows
# it working (hosts, an overlay network, one workload on h1 and one on h3, a
# ping across hosts). The lab stays up afterwards; `npx vxnet lab down` removes it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -ne 0 ]]; then
  echo "npm run lab needs root (it creates network namespaces): sudo npm run lab" >&2
  exit 1
fi

bash scripts/ensure-deps.sh

vxnet() { node dist/cli/bundle/main.js "$@"; }
show() { printf '\n$ vxnet %s\n' "$*"; vxnet "$@"; }
json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=new Function("x","return x"+process.argv[1])(JSON.parse(s));console.log(v??"")})' "$1"; }

trap 'echo; echo "lab: the demo failed; the lab is still up for a look: npx vxnet lab status, logs in /run/vxnet-lab/logs; remove it with: npx vxnet lab down" >&2' ERR

if [[ -e /run/vxnet-lab/lab.json ]] || ip netns list | grep -q '^vxl-'; then
  echo "removing the previous lab"
  vxnet lab down >/dev/null
fi
# Progress lines only: the demo below prints its own "what next".
vxnet lab up | sed '/^$/,$d'

show host ls
show network create demo --subnet 10.77.0.0/24
show run --host h1 --name a --network demo
show run --host h3 --name b --network demo

# Workloads are built asynchronously by their hosts' agents (which retry after
# an error): wait until both run.
states=""
for _ in $(seq 1 60); do
  states=$(vxnet ps -a -f name=a -f name=b --format '{{.Name}} {{.State}}' | awk '$1=="a"||$1=="b" {print $2}' | tr '\n' ' ' | sed 's/ $//')
  [[ $states == "running running" ]] && break
  sleep 0.5
done
if [[ $states != "running running" ]]; then
  vxnet ps >&2
  vxnet inspect a b --format json | json_field '.map(w=>w.workload.name+": "+(w.status.error||w.status.state)).join("\n")' >&2
  echo "lab: workloads a and b are not running after 30s" >&2
  false
fi
show ps

b_ip=$(vxnet ps -f name=b --format '{{.Name}} {{.IPs}}' | awk '$1=="b" {print $2}')
show exec a -- ping -c2 -W2 "$b_ip"

cat <<MSG

The lab is up: 3 hosts (network namespaces vxl-h1..vxl-h3 on 198.18.0.0/24), nats-server,
the controller and one agent per host. Try:

  npx vxnet ps
  npx vxnet exec b -- ip -br addr
  npx vxnet network inspect demo
  npx vxnet run --host h2 --name c --network demo
  npx vxnet --help
  npx vxnet lab status
  npx vxnet lab down        # removes everything the lab created

(npx vxnet runs dist/cli/bundle/main.js; 'node dist/cli/main.js' works too.)
MSG
