// The lab's state file (/run/vxnet-lab/lab.json): everything `lab down`,
// `lab status` and the CLI need (pids, ports, namespaces, logs, credentials).
// Written after every step of `lab up`, so a half-started lab can still be
// torn down; read by the CLI to find NATS when no --nats is given.
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HostDocker } from './dockerd.js';

export const LAB_DIR = '/run/vxnet-lab';
export const LAB_STATE = join(LAB_DIR, 'lab.json');
/** `lab up --docker`: one directory per host daemon, and the image tarball. */
export const LAB_DOCKER_DIR = join(LAB_DIR, 'docker');

/** Fixed names and addresses of the lab (RFC 2544 benchmark range, never routed outside). */
export const LAB = {
  prefix: 'vxl-',
  underlayNs: 'vxl-ul',
  bridge: 'ul0',
  rootVeth: 'vxlab0',
  rootPeer: 'vxlab0-ul',
  subnet: '198.18.0.0/24',
  rootIp: '198.18.0.254',
  prefixLen: 24,
  mtu: 1500,
  hostNs: (i: number) => `vxl-h${i}`,
  hostName: (i: number) => `h${i}`,
  hostIp: (i: number) => `198.18.0.${i}`,
  hostPeer: (i: number) => `vxl-h${i}-ul`,
  /** Prometheus /metrics and /healthz: agents on their host address, the controller on the root address. */
  agentMetrics: (ip: string) => `${ip}:9471`,
  controllerMetrics: '198.18.0.254:9470',
} as const;

export interface Proc {
  pid?: number;
  log: string;
  argv: string[];
}

interface LabHost {
  name: string;
  netns: string;
  ip: string;
  stateDir: string;
  agent?: Proc;
  /** `lab up --docker`: this host's private Docker daemon. */
  docker?: HostDocker;
  /** Per-host NATS credentials (hook: empty until the NATS config issues per-host users). */
  user?: string;
  password?: string;
}

/** One node of `lab up --nats-cluster 3`. */
export interface NatsNode extends Proc {
  name: string;
  port: number;
  httpPort: number;
  config: string;
  storeDir: string;
}

export interface LabState {
  version: 1;
  createdMs: number;
  dir: string;
  hosts: LabHost[];
  nats?: Proc & { port: number; clientUrl: string; labUrl: string; config: string; storeDir: string; user?: string; password?: string };
  controller?: Proc;
  /** With --nats-cluster 3: every node (`nats` then describes the cluster: clientUrl lists all three). */
  natsNodes?: NatsNode[];
  /** Controllers beyond the first (two with --nats-cluster 3). */
  moreControllers?: Proc[];
}

export function readLabState(path = LAB_STATE): LabState | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const s = JSON.parse(text) as LabState;
    return s && s.version === 1 && Array.isArray(s.hosts) ? s : undefined;
  } catch {
    return undefined;
  }
}

/** Atomic write (tmp + rename): a crash never leaves a torn state file. */
export function writeLabState(state: LabState, path = LAB_STATE): void {
  mkdirSync(LAB_DIR, { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}
