// What a CNI runtime hands the plugin, checked: the CNI_* environment, the
// network configuration on stdin (with runtimeConfig and prevResult) and
// CNI_ARGS. Owns the spec's error codes (CniError) and which versions and
// commands vxnet-cni speaks. Pure: no I/O, so the conformance of the parsing is
// unit-testable. Must never import anything heavy (the plugin starts per call).
import { DEFAULT_AGENT_SOCKET, type PortMappingSpec } from '../lib/agent-protocol.js';

/** The spec's well-known error codes (SPEC.md "Error codes"); 100+ are ours. */
export const CniCode = {
  INCOMPATIBLE_VERSION: 1,
  UNSUPPORTED_FIELD: 2,
  UNKNOWN_CONTAINER: 3,
  INVALID_ENV: 4,
  IO_FAILURE: 5,
  DECODE_FAILURE: 6,
  INVALID_CONFIG: 7,
  TRY_AGAIN_LATER: 11,
  NOT_AVAILABLE: 50,
  /** Ours: the same container and interface were already added. */
  ALREADY_ADDED: 101,
  /** Ours: CHECK found the live interface different from prevResult. */
  CHECK_FAILED: 102,
  /** Ours: no address or host port left. */
  EXHAUSTED: 103,
  /** Ours: vxnet refused (e.g. another host's endpoint) or failed inside. */
  VXNET_ERROR: 104,
} as const;

export class CniError extends Error {
  override name = 'CniError';
  constructor(
    readonly code: number,
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }
}

export const SUPPORTED_VERSIONS = ['0.3.0', '0.3.1', '0.4.0', '1.0.0', '1.1.0'] as const;
export const LATEST_VERSION = '1.1.0';
const COMMANDS = ['ADD', 'DEL', 'CHECK', 'VERSION', 'STATUS', 'GC'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CniEnv {
  command: Command;
  containerId: string;
  netns: string;
  ifname: string;
  args: CniArgs;
}

export interface CniArgs {
  ip?: string;
  mac?: string;
  podName?: string;
  podNamespace?: string;
}

export interface NetConf {
  cniVersion: string;
  name: string;
  network: string;
  agentSocket: string;
  mtu?: number;
  ports: PortMappingSpec[];
  aliases: string[];
  prevResult?: Record<string, unknown>;
  dns?: { nameservers?: string[]; search?: string[] };
  /** GC (1.1): the attachments the runtime still has. */
  validAttachments?: { containerId: string; ifname: string }[];
}

/** Which CNI_* variables each command needs (the spec's table; CNI_NETNS is optional for DEL). */
const REQUIRED: Record<Command, string[]> = {
  ADD: ['CNI_CONTAINERID', 'CNI_NETNS', 'CNI_IFNAME', 'CNI_PATH'],
  CHECK: ['CNI_CONTAINERID', 'CNI_NETNS', 'CNI_IFNAME', 'CNI_PATH'],
  DEL: ['CNI_CONTAINERID', 'CNI_IFNAME', 'CNI_PATH'],
  VERSION: [],
  STATUS: [],
  GC: [],
};

export function parseCommand(env: NodeJS.ProcessEnv): Command {
  const c = env.CNI_COMMAND;
  if (!c) throw new CniError(CniCode.INVALID_ENV, 'CNI_COMMAND is not set: run vxnet-cni from a CNI runtime (ADD, DEL, CHECK, VERSION)');
  if (!(COMMANDS as readonly string[]).includes(c)) {
    throw new CniError(CniCode.INVALID_ENV, `unknown CNI_COMMAND "${clip(c)}": use one of ${COMMANDS.join(', ')}`);
  }
  return c as Command;
}

export function parseEnv(command: Command, env: NodeJS.ProcessEnv): CniEnv {
  for (const name of REQUIRED[command]) {
    if (!env[name]) throw new CniError(CniCode.INVALID_ENV, `${name} is not set: ${command} needs ${REQUIRED[command].join(', ')}`);
  }
  const ifname = env.CNI_IFNAME ?? '';
  if (ifname && !/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,14}$/.test(ifname)) {
    throw new CniError(CniCode.INVALID_ENV, `CNI_IFNAME "${clip(ifname)}" is not a valid interface name (1-15 of [a-zA-Z0-9_.-])`);
  }
  return { command, containerId: env.CNI_CONTAINERID ?? '', netns: env.CNI_NETNS ?? '', ifname, args: parseArgs(env.CNI_ARGS ?? '') };
}

/** CNI_ARGS "K=V;K=V": IP, MAC and the pod's name; anything else needs IgnoreUnknown=1. */
export function parseArgs(text: string): CniArgs {
  const out: CniArgs = {};
  const unknown: string[] = [];
  let ignoreUnknown = false;
  for (const pair of text.split(';').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CniError(CniCode.INVALID_ENV, `CNI_ARGS entry "${clip(pair)}" is not KEY=VALUE`);
    const [k, v] = [pair.slice(0, eq), pair.slice(eq + 1)];
    if (k === 'IgnoreUnknown') ignoreUnknown = v === '1' || v.toLowerCase() === 'true';
    else if (k === 'IP') out.ip = v;
    else if (k === 'MAC') out.mac = v;
    else if (k === 'K8S_POD_NAME') out.podName = v;
    else if (k === 'K8S_POD_NAMESPACE') out.podNamespace = v;
    else if (k !== 'K8S_POD_INFRA_CONTAINER_ID' && k !== 'K8S_POD_UID') unknown.push(k);
  }
  if (unknown.length > 0 && !ignoreUnknown) {
    throw new CniError(CniCode.INVALID_ENV, `CNI_ARGS has unknown keys ${unknown.map(clip).join(', ')}: add IgnoreUnknown=1 or drop them`);
  }
  if (out.ip !== undefined && !/^\d{1,3}(\.\d{1,3}){3}$/.test(out.ip)) {
    throw new CniError(CniCode.INVALID_ENV, `CNI_ARGS IP=${clip(out.ip)} is not an IPv4 address`);
  }
  if (out.mac !== undefined && !/^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/.test(out.mac)) {
    throw new CniError(CniCode.INVALID_ENV, `CNI_ARGS MAC=${clip(out.mac)} is not a MAC address (xx:xx:xx:xx:xx:xx)`);
  }
  return out;
}

export function decodeJson(text: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new CniError(CniCode.DECODE_FAILURE, `the network configuration on stdin is not JSON (${(err as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new CniError(CniCode.DECODE_FAILURE, 'the network configuration on stdin is not a JSON object');
  }
  return v as Record<string, unknown>;
}

function checkVersion(v: unknown): string {
  if (typeof v !== 'string' || v === '') throw new CniError(CniCode.INVALID_CONFIG, 'cniVersion is missing from the network configuration');
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(v)) {
    throw new CniError(CniCode.INCOMPATIBLE_VERSION, `cniVersion ${clip(v)} is not supported: use one of ${SUPPORTED_VERSIONS.join(', ')}`);
  }
  return v;
}

export function parseConf(raw: Record<string, unknown>): NetConf {
  const cniVersion = checkVersion(raw.cniVersion);
  const name = raw.name;
  if (typeof name !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
    throw new CniError(CniCode.INVALID_CONFIG, 'the network configuration needs a "name" ([a-zA-Z0-9][a-zA-Z0-9_.-]*)');
  }
  const network = optString(raw, 'network') ?? name;
  const agentSocket = optString(raw, 'agentSocket') ?? DEFAULT_AGENT_SOCKET;
  if (!agentSocket.startsWith('/'))
    throw new CniError(CniCode.INVALID_CONFIG, `agentSocket "${clip(agentSocket)}" must be an absolute path`);
  const conf: NetConf = { cniVersion, name, network, agentSocket, ports: [], aliases: [] };
  if (raw.mtu !== undefined) {
    const mtu = raw.mtu;
    if (typeof mtu !== 'number' || !Number.isInteger(mtu) || mtu < 576 || mtu > 65535) {
      throw new CniError(CniCode.INVALID_CONFIG, `mtu ${clip(String(mtu))} must be an integer in 576-65535`);
    }
    conf.mtu = mtu;
  }
  const rc = raw.runtimeConfig;
  if (rc !== undefined && (typeof rc !== 'object' || rc === null))
    throw new CniError(CniCode.INVALID_CONFIG, 'runtimeConfig must be an object');
  const runtime = (rc ?? {}) as Record<string, unknown>;
  conf.ports = parsePorts(runtime.portMappings);
  conf.aliases = parseAliases(runtime.aliases, name);
  if (raw.prevResult !== undefined) {
    if (typeof raw.prevResult !== 'object' || raw.prevResult === null)
      throw new CniError(CniCode.INVALID_CONFIG, 'prevResult must be an object');
    conf.prevResult = raw.prevResult as Record<string, unknown>;
  }
  if (typeof raw.dns === 'object' && raw.dns !== null) conf.dns = raw.dns as NetConf['dns'];
  const valid = raw['cni.dev/valid-attachments'];
  if (Array.isArray(valid)) {
    conf.validAttachments = valid.map((a: { containerID?: unknown; ifname?: unknown }) => ({
      containerId: String(a?.containerID ?? ''),
      ifname: String(a?.ifname ?? ''),
    }));
  }
  return conf;
}

function optString(raw: Record<string, unknown>, key: string): string | undefined {
  const v = raw[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw new CniError(CniCode.INVALID_CONFIG, `"${key}" must be a non-empty string`);
  return v;
}

/** runtimeConfig.portMappings (capability portMappings): [{hostPort, containerPort, protocol, hostIP}]. */
function parsePorts(v: unknown): PortMappingSpec[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new CniError(CniCode.INVALID_CONFIG, 'runtimeConfig.portMappings must be a list');
  return v.map((p: Record<string, unknown>) => {
    const protocol = String(p?.protocol ?? 'tcp').toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'udp') {
      throw new CniError(CniCode.INVALID_CONFIG, `port mapping protocol "${clip(protocol)}" is not supported: use tcp or udp`);
    }
    const hostPort = Number(p?.hostPort);
    const containerPort = Number(p?.containerPort);
    for (const n of [hostPort, containerPort]) {
      if (!Number.isInteger(n) || n < 1 || n > 65535)
        throw new CniError(CniCode.INVALID_CONFIG, `port ${clip(String(n))} is not in 1-65535`);
    }
    const hostIp = typeof p?.hostIP === 'string' ? p.hostIP : '';
    return { hostPort, containerPort, protocol, hostIp };
  });
}

/** runtimeConfig.aliases: podman sends {network: [names]}; a plain list is taken as is. */
function parseAliases(v: unknown, network: string): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : typeof v === 'object' ? (v as Record<string, unknown>)[network] : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list) || list.some((a) => typeof a !== 'string')) {
    throw new CniError(CniCode.INVALID_CONFIG, 'runtimeConfig.aliases must be a list of names (or a map of network to names)');
  }
  return list as string[];
}

/** The endpoint's name in vxnet: the pod's (podman: the container's) name, else the short container id. */
export function endpointName(env: CniEnv): string {
  const valid = (n: string) => /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/.test(n);
  const pod = env.args.podName ? (env.args.podNamespace ? `${env.args.podName}.${env.args.podNamespace}` : env.args.podName) : '';
  let base = pod && valid(pod) ? pod : env.containerId.slice(0, 12);
  if (!valid(base)) base = `cni-${env.containerId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 12)}`;
  const name = env.ifname && env.ifname !== 'eth0' ? `${base}-${env.ifname}` : base;
  return name.slice(0, 63);
}

/** Untrusted text in one line of an error message. */
export function clip(s: string): string {
  const clean = [...s].map((ch) => (ch >= ' ' && ch !== '\u007f' ? ch : '?')).join('');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
