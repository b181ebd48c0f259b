// Controller settings: documented defaults, a JSON config file, and flags that
// override it. The file is strict (lib/config-file.ts): unknown keys, wrong
// types and out-of-range values stop the controller with one line naming the
// key. Owns: parsing and validating settings. Must never: connect or allocate
// anything.
import { z } from 'zod';
import { flagNumber, inFile, intIn, parseStrict, readConfigFile, text } from '../lib/config-file.js';
import { InvalidArgument } from '../lib/errors.js';
import { metricsAddress } from '../lib/metrics.js';
import { parseCidr } from '../lib/ipv4.js';
import { parseCidr6 } from '../lib/ip6.js';
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
  /** Where IPv6 subnets come from (network create --ipv6 without an IPv6 --subnet); "" = the cluster's random ULA /48 (ula.ts). */
  defaultPool6: string;
  defaultPrefix6: number;
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
  /** IPv4:PORT for Prometheus /metrics and /healthz; unset = off. */
  metrics?: string;
}

export const DEFAULTS: ControllerConfig = {
  nats: 'nats://127.0.0.1:4222',
  defaultPool: '10.200.0.0/16',
  defaultPrefix: 24,
  defaultPool6: '',
  defaultPrefix6: 64,
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
    defaultPool6: c.defaultPool6,
    defaultPrefix6: c.defaultPrefix6,
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

/** The IPv6 default pool, when given, must hold blocks of the IPv6 default prefix. */
function checkPool6(pool: string, prefix: number, where: string): void {
  if (!pool) return;
  const c = parseCidr6(pool, `${where} (default IPv6 pool)`);
  if (c.prefix > prefix) {
    throw new InvalidArgument(`${where}: the IPv6 pool ${pool} is smaller than a /${prefix}: give a wider pool or a longer defaultPrefix6`);
  }
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
  '--default-pool6': 'defaultPool6',
  '--default-prefix6': 'defaultPrefix6',
  '--host-down-after-ms': 'hostDownAfterMs',
  '--port-range': 'portRange',
  '--replicas': 'replicas',
  '--log-level': 'logLevel',
  '--orphan-grace-ms': 'orphanGraceMs',
  '--metrics': 'metrics',
};

export const USAGE = `usage: vxnet-controller [--config FILE] [--nats URL] [--creds FILE | --user U --password P]
       [--tls-ca FILE] [--tls-cert FILE --tls-key FILE] [--default-pool ${DEFAULTS.defaultPool}]
       [--default-prefix ${DEFAULTS.defaultPrefix}] [--default-pool6 CIDR (default: a random ULA /48 per cluster)]
       [--default-prefix6 ${DEFAULTS.defaultPrefix6}] [--host-down-after-ms ${DEFAULTS.hostDownAfterMs}]
       [--port-range ${DEFAULTS.portRange.from}-${DEFAULTS.portRange.to}] [--replicas ${DEFAULTS.replicas}] [--log-level ${DEFAULTS.logLevel}]
       [--orphan-grace-ms ${DEFAULTS.orphanGraceMs}] [--metrics IP:PORT]
The NATS URL also comes from VXNET_NATS; flags override the config file (JSON with the same names in camelCase).`;

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** Every option of the controller's config file (deploy/config/controller.json lists them all). */
export const CONTROLLER_SCHEMA = z.strictObject({
  nats: text(),
  creds: text().optional(),
  user: text().optional(),
  password: text().optional(),
  tlsCa: text().optional(),
  tlsCert: text().optional(),
  tlsKey: text().optional(),
  defaultPool: text(),
  defaultPrefix: intIn(8, 30),
  defaultPool6: z.string({ error: 'must be a string' }),
  defaultPrefix6: intIn(48, 120),
  hostDownAfterMs: intIn(1000, 86_400_000),
  portRange: z.union([text(), z.strictObject({ from: intIn(1, 65535), to: intIn(1, 65535) })], {
    error: 'must be "FROM-TO" or {"from": N, "to": N}',
  }),
  heartbeatWriteMs: intIn(0, 60_000),
  addressCacheMs: intIn(0, 600_000),
  orphanGraceMs: intIn(0, 86_400_000),
  replicas: intIn(1, 5),
  logLevel: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  metrics: metricsAddress().optional(),
});

const NUMERIC = new Set(['defaultPrefix', 'defaultPrefix6', 'hostDownAfterMs', 'orphanGraceMs', 'replicas']);

/** Defaults < config file < environment < flags. */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ControllerConfig {
  const flags: Record<string, unknown> = {};
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new InvalidArgument(`flag ${flag} needs a value\n${USAGE}`);
    const key = FLAGS[flag];
    if (flag === '--config') file = value;
    else if (key) flags[key] = NUMERIC.has(key) ? flagNumber(value) : value;
    else throw new InvalidArgument(`unknown flag ${flag}\n${USAGE}`);
  }
  const fromEnv: Record<string, unknown> = {};
  if (env.VXNET_NATS) fromEnv.nats = env.VXNET_NATS;
  if (env.VXNET_LOG_LEVEL) fromEnv.logLevel = env.VXNET_LOG_LEVEL;
  const flagOf = (key: string) => Object.keys(FLAGS).find((f) => FLAGS[f] === key);
  const where = (key: string) =>
    key in flags ? flagOf(key)! : key in fromEnv ? `VXNET_${key === 'nats' ? 'NATS' : 'LOG_LEVEL'}` : inFile(file)(key);
  const fromFile = parseStrict(CONTROLLER_SCHEMA.partial(), readConfigFile(file), inFile(file));
  const c = parseStrict(CONTROLLER_SCHEMA, { ...DEFAULTS, ...fromFile, ...fromEnv, ...flags }, where);
  const portRange = typeof c.portRange === 'string' ? parsePortRange(c.portRange) : parsePortRange(`${c.portRange.from}-${c.portRange.to}`);
  parseCidr(c.defaultPool, 'default pool');
  checkPool6(c.defaultPool6, c.defaultPrefix6, where('defaultPool6'));
  const out: ControllerConfig = { ...c, portRange };
  for (const k of ['creds', 'user', 'password', 'tlsCa', 'tlsCert', 'tlsKey', 'metrics'] as const) if (out[k] === undefined) delete out[k];
  return out;
}
