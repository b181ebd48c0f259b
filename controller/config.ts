// Controller settings: documented defaults, a JSON config file, and flags that
// override it. Owns: parsing and validating settings. Must never: connect or
// allocate anything.
import { readFileSync } from 'node:fs';
import { InvalidArgument, errorMessage } from '../lib/errors.js';
import { parseCidr } from '../lib/ipv4.js';
import type { NatsSettings } from '../lib/nats.js';

export interface PortRange {
  from: number;
  to: number;
}

/** What the domain modules need. */
export interface DomainConfig {
  /** Where default subnets come from (network create without --subnet). */
  defaultPool: string;
  defaultPrefix: number;
  /** A host whose last heartbeat is older than this is "down". */
  hostDownAfterMs: number;
  /** Host ports for -P and `-p CONTAINERPORT`. */
  portRange: PortRange;
  /** Write a host's record at most this often from heartbeats. */
  heartbeatWriteMs: number;
  /** How long the address-claim cache is trusted before it is reloaded. */
  addressCacheMs: number;
  /** Claims and endpoints of no workload (a request cut short by a crash) are removed after this long; 0 = never. */
  orphanGraceMs: number;
}

/** NATS credentials and TLS files, as lib/nats.ts takes them. */
type NatsAuth = Pick<NatsSettings, 'creds' | 'user' | 'password' | 'tlsCa' | 'tlsCert' | 'tlsKey'>;

export interface ControllerConfig extends DomainConfig, NatsAuth {
  nats: string;
  /** KV bucket replicas: 1 single node, 3 in a cluster. */
  replicas: number;
  logLevel: string;
}

export const DEFAULTS: ControllerConfig = {
  nats: 'nats://127.0.0.1:4222',
  defaultPool: '10.200.0.0/16',
  defaultPrefix: 24,
  hostDownAfterMs: 10_000,
  portRange: { from: 32768, to: 60999 },
  heartbeatWriteMs: 2000,
  addressCacheMs: 5000,
  orphanGraceMs: 30_000,
  replicas: 1,
  logLevel: 'info',
};

export function domainConfig(partial: Partial<DomainConfig> = {}): DomainConfig {
  const c = { ...DEFAULTS, ...partial };
  return {
    defaultPool: c.defaultPool,
    defaultPrefix: c.defaultPrefix,
    hostDownAfterMs: c.hostDownAfterMs,
    portRange: c.portRange,
    heartbeatWriteMs: c.heartbeatWriteMs,
    addressCacheMs: c.addressCacheMs,
    orphanGraceMs: c.orphanGraceMs,
  };
}

function parsePortRange(text: string): PortRange {
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(text.trim());
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (!m || from < 1 || to > 65535 || from > to) {
    throw new InvalidArgument(`invalid port range "${text}": use FROM-TO within 1-65535, e.g. 32768-60999`);
  }
  return { from, to };
}

const FLAGS: Record<string, keyof ControllerConfig> = {
  '--nats': 'nats',
  '--creds': 'creds',
  '--user': 'user',
  '--password': 'password',
  '--tls-ca': 'tlsCa',
  '--tls-cert': 'tlsCert',
  '--tls-key': 'tlsKey',
  '--default-pool': 'defaultPool',
  '--default-prefix': 'defaultPrefix',
  '--host-down-after-ms': 'hostDownAfterMs',
  '--port-range': 'portRange',
  '--replicas': 'replicas',
  '--log-level': 'logLevel',
  '--orphan-grace-ms': 'orphanGraceMs',
};

export const USAGE = `usage: vxnet-controller [--config FILE] [--nats URL] [--creds FILE | --user U --password P]
       [--tls-ca FILE] [--tls-cert FILE --tls-key FILE] [--default-pool ${DEFAULTS.defaultPool}]
       [--default-prefix ${DEFAULTS.defaultPrefix}] [--host-down-after-ms ${DEFAULTS.hostDownAfterMs}]
       [--port-range ${DEFAULTS.portRange.from}-${DEFAULTS.portRange.to}] [--replicas ${DEFAULTS.replicas}] [--log-level ${DEFAULTS.logLevel}]
       [--orphan-grace-ms ${DEFAULTS.orphanGraceMs}]
The NATS URL also comes from VXNET_NATS; flags override the config file (JSON with the same names in camelCase).`;

/** Defaults < config file < environment < flags. */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ControllerConfig {
  const flags: Record<string, unknown> = {};
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new InvalidArgument(`flag ${flag} needs a value\n${USAGE}`);
    if (flag === '--config') file = value;
    else if (FLAGS[flag]) flags[FLAGS[flag]] = value;
    else throw new InvalidArgument(`unknown flag ${flag}\n${USAGE}`);
  }
  let fromFile: Record<string, unknown> = {};
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new InvalidArgument(`cannot read config file ${file}: ${errorMessage(err)}`);
    }
  }
  const fromEnv: Record<string, unknown> = {};
  if (env.VXNET_NATS) fromEnv.nats = env.VXNET_NATS;
  if (env.VXNET_LOG_LEVEL) fromEnv.logLevel = env.VXNET_LOG_LEVEL;
  return normalize({ ...DEFAULTS, ...fromFile, ...fromEnv, ...flags });
}

function normalize(raw: Record<string, unknown>): ControllerConfig {
  const num = (k: string, min: number, max: number): number => {
    const n = Number(raw[k]);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgument(`invalid ${k} "${String(raw[k])}": use an integer between ${min} and ${max}`);
    return n;
  };
  const pr = raw.portRange;
  const portRange = typeof pr === 'string' ? parsePortRange(pr) : parsePortRange(`${(pr as PortRange).from}-${(pr as PortRange).to}`);
  parseCidr(String(raw.defaultPool), 'default pool');
  const out: ControllerConfig = {
    nats: String(raw.nats),
    defaultPool: String(raw.defaultPool),
    defaultPrefix: num('defaultPrefix', 8, 30),
    hostDownAfterMs: num('hostDownAfterMs', 1000, 86_400_000),
    portRange,
    heartbeatWriteMs: num('heartbeatWriteMs', 0, 60_000),
    addressCacheMs: num('addressCacheMs', 0, 600_000),
    orphanGraceMs: num('orphanGraceMs', 0, 86_400_000),
    replicas: num('replicas', 1, 5),
    logLevel: String(raw.logLevel),
  };
  for (const k of ['creds', 'user', 'password', 'tlsCa', 'tlsCert', 'tlsKey'] as const) {
    if (typeof raw[k] === 'string' && raw[k]) out[k] = raw[k] as string;
  }
  return out;
}
