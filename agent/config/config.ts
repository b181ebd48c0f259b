// The agent's settings: defaults, then the JSON config file, then flags.
// The file is strict (lib/config-file.ts): an unknown key, a wrong type or an
// out-of-range value stops the agent at start with one line naming the key.
// Everything that becomes a namespace or interface name is validated here,
// before the agent touches the kernel.
import { isIPv4 } from 'node:net';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { flagNumber, inFile, intIn, parseStrict, readConfigFile, text } from '../../lib/config-file.js';
import { checkHostName, checkIfName, printable } from '../../lib/names.js';
import { InvalidArgument } from '../../lib/errors.js';
import { metricsAddress } from '../../lib/metrics.js';
import { natsSettingsFromEnv, type NatsSettings } from '../../lib/nats.js';
import { HostSubjects } from '../../proto/index.js';
import { checkPrefix } from '../model/naming.js';
import type { BridgeSettings, GatewayBridgeSettings } from '../model/desired.js';
import { parseBridgeSettings, parseGatewayBridge } from './bridge-config.js';
import { DEFAULT_LOG_LIMITS, MIN_LOG_SIZE, type LogLimits } from '../services/logs/store.js';

const DEFAULT_PLUGIN_SOCKET = '/run/docker/plugins/vxnet.sock';
const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

export interface AgentConfig {
  host: string;
  underlayDev: string;
  underlayIp?: string;
  vxlanPort: number;
  nsPrefix: string;
  stateDir: string;
  resyncSeconds: number;
  heartbeatSeconds: number;
  /** The host's resolver settings for workloads (default /etc/resolv.conf; /dev/null = none). */
  hostResolvConf?: string;
  /** The default bridge; undefined when disabled (`--bip none`). */
  bridge?: BridgeSettings;
  /** IPv4:PORT for Prometheus /metrics and /healthz; unset = off. */
  metrics?: string;
  /** Shadow check: observe after every apply and count predictions that differ from the kernel. */
  verifyPrediction?: boolean;
  /** The Docker network + IPAM plugin (`--docker`); undefined = off. */
  docker?: { pluginSocket: string; dockerSocket: string; reconcileSeconds: number };
  /**
   * The root-only unix socket for local runtimes' front-ends (CNI plugin):
   * '' = none; undefined = not configured (vxnet-agent then uses DEFAULT_AGENT_SOCKET,
   * in-process agents none).
   */
  socket?: string;
  /** The gateway bridge (overlay workloads' way out); undefined when disabled (`--gateway-bip none`). */
  gatewayBridge?: GatewayBridgeSettings;
  /** Outbound NAT66 for the IPv6 subnets of bridges (default off; the gateway bridge's IPv6 is always masqueraded). */
  ipv6Nat?: boolean;
  /** Workload output kept per workload: segment size and count (Docker's max-size/max-file). */
  logLimits?: LogLimits;
  /** Remove everything the agent made on this host and exit (uninstall). */
  teardown?: boolean;
  nats: NatsSettings;
}

const AGENT_DEFAULTS = {
  underlayDev: 'eth0',
  vxlanPort: 4789,
  nsPrefix: 'vx-',
  stateDir: '/var/lib/vxnet',
  resyncSeconds: 30,
  heartbeatSeconds: 2,
} as const;

const FLAGS = {
  config: { type: 'string' },
  nats: { type: 'string' },
  creds: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  'tls-ca': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  host: { type: 'string' },
  'underlay-dev': { type: 'string' },
  'underlay-ip': { type: 'string' },
  'vxlan-port': { type: 'string' },
  'ns-prefix': { type: 'string' },
  'state-dir': { type: 'string' },
  'resync-seconds': { type: 'string' },
  'heartbeat-seconds': { type: 'string' },
  'log-level': { type: 'string' },
  bip: { type: 'string' },
  'fixed-cidr': { type: 'string' },
  mtu: { type: 'string' },
  'default-gateway': { type: 'string' },
  'fixed-cidr-v6': { type: 'string' },
  dns: { type: 'string', multiple: true },
  'resolv-conf': { type: 'string' },
  metrics: { type: 'string' },
  'gateway-bip': { type: 'string' },
  'gateway-bip6': { type: 'string' },
  'ipv6-nat': { type: 'boolean' },
  docker: { type: 'boolean' },
  'docker-plugin-socket': { type: 'string' },
  'docker-socket': { type: 'string' },
  'docker-reconcile-seconds': { type: 'string' },
  socket: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  teardown: { type: 'boolean' },
  'verify-prediction': { type: 'boolean' },
  'log-max-size': { type: 'string' },
  'log-max-file': { type: 'string' },
} as const;

export const AGENT_USAGE = `usage: vxnet-agent --host NAME [--nats URL] [--underlay-dev DEV] [--underlay-ip IP]
       [--vxlan-port 4789] [--ns-prefix vx-] [--state-dir /var/lib/vxnet] [--config FILE]
       [--creds FILE | --user U --password P] [--tls-ca FILE] [--resync-seconds 30] [--heartbeat-seconds 2]
       [--bip 172.19.0.1/16|none] [--fixed-cidr CIDR] [--fixed-cidr-v6 V6CIDR] [--mtu N] [--default-gateway IP] [--dns IP]...
       [--gateway-bip 172.18.0.1/16|none] [--gateway-bip6 V6ADDR/LEN] [--ipv6-nat] [--resolv-conf /etc/resolv.conf] [--socket /run/vxnet/agent.sock|none]
       [--metrics IP:PORT] [--verify-prediction] [--teardown] [--log-max-size 10m] [--log-max-file 3]
       [--docker] [--docker-plugin-socket /run/docker/plugins/vxnet.sock] [--docker-socket /var/run/docker.sock]
       [--docker-reconcile-seconds 30]`;

const SIZE = /^(\d+)([kmg]?)b?$/i;
const MAX_LOG_SIZE = 1024 ** 3;
/** Docker's size form (10m, 512k, 1g, 65536: binary units), for workloadLogs.maxSize. */
const logSize = () =>
  z.union([z.number(), z.string()], { error: 'must be a size such as "10m"' }).transform((v, ctx) => {
    const m = SIZE.exec(String(v));
    const n = m ? Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase()) : Number.NaN;
    if (!(n >= MIN_LOG_SIZE && n <= MAX_LOG_SIZE)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a size from ${MIN_LOG_SIZE / 1024}k to 1g, such as "10m" (k, m, g: KiB, MiB, GiB)`,
      });
      return z.NEVER;
    }
    return n;
  });

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
const optText = () => text().optional();

/** Every option of the agent's config file (deploy/config/agent.json lists them all). */
export const AGENT_FILE_SCHEMA = z.strictObject({
  nats: optText(),
  creds: optText(),
  user: optText(),
  password: optText(),
  tlsCa: optText(),
  tlsCert: optText(),
  tlsKey: optText(),
  host: optText(),
  underlayDev: optText(),
  underlayIp: optText(),
  vxlanPort: intIn(1, 65535).optional(),
  nsPrefix: optText(),
  stateDir: optText(),
  resyncSeconds: intIn(1, 3600).optional(),
  heartbeatSeconds: intIn(1, 600).optional(),
  resolvConf: optText(),
  metrics: metricsAddress().optional(),
  verifyPrediction: z.boolean({ error: 'must be true or false' }).optional(),
  socket: optText(),
  docker: z.boolean({ error: 'must be true or false' }).optional(),
  dockerPluginSocket: optText(),
  dockerSocket: optText(),
  dockerReconcileSeconds: intIn(1, 3600).optional(),
  gatewayBridge: z.strictObject({ bip: optText(), bip6: optText(), mtu: intIn(576, 65535).optional() }).optional(),
  ipv6Nat: z.boolean({ error: 'must be true or false' }).optional(),
  workloadLogs: z.strictObject({ maxSize: logSize().optional(), maxFile: intIn(1, 100).optional() }).optional(),
  logLevel: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  bridge: z
    .strictObject({
      bip: optText(),
      fixedCidr: optText(),
      mtu: intIn(576, 65535).optional(),
      defaultGateway: optText(),
      dns: z.array(text()).optional(),
      fixedCidrV6: optText(),
    })
    .optional(),
});

/** Config key -> the flag that overrides it (for error lines). */
const FLAG_OF: Record<string, string> = {
  underlayDev: 'underlay-dev',
  underlayIp: 'underlay-ip',
  vxlanPort: 'vxlan-port',
  nsPrefix: 'ns-prefix',
  stateDir: 'state-dir',
  resyncSeconds: 'resync-seconds',
  heartbeatSeconds: 'heartbeat-seconds',
  resolvConf: 'resolv-conf',
  logLevel: 'log-level',
  dockerPluginSocket: 'docker-plugin-socket',
  dockerSocket: 'docker-socket',
  dockerReconcileSeconds: 'docker-reconcile-seconds',
  tlsCa: 'tls-ca',
  tlsCert: 'tls-cert',
  tlsKey: 'tls-key',
  'workloadLogs.maxSize': 'log-max-size',
  'workloadLogs.maxFile': 'log-max-file',
};

export function loadAgentConfig(argv: string[]): AgentConfig | 'help' {
  const { values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) return 'help';
  const fromFlags = Object.fromEntries(
    Object.entries({
      nats: values.nats,
      creds: values.creds,
      user: values.user,
      password: values.password,
      tlsCa: values['tls-ca'],
      tlsCert: values['tls-cert'],
      tlsKey: values['tls-key'],
      host: values.host,
      underlayDev: values['underlay-dev'],
      underlayIp: values['underlay-ip'],
      vxlanPort: flagNumber(values['vxlan-port']),
      nsPrefix: values['ns-prefix'],
      stateDir: values['state-dir'],
      resyncSeconds: flagNumber(values['resync-seconds']),
      heartbeatSeconds: flagNumber(values['heartbeat-seconds']),
      resolvConf: values['resolv-conf'],
      logLevel: values['log-level'],
      metrics: values.metrics,
      socket: values.socket,
      dockerPluginSocket: values['docker-plugin-socket'],
      dockerSocket: values['docker-socket'],
      dockerReconcileSeconds: flagNumber(values['docker-reconcile-seconds']),
    }).filter(([, v]) => v !== undefined),
  );
  const fileWhere = inFile(values.config);
  const logFlags = Object.fromEntries(
    Object.entries({ maxSize: values['log-max-size'], maxFile: flagNumber(values['log-max-file']) }).filter(([, v]) => v !== undefined),
  );
  const flagged = (key: string) => key in fromFlags || (key.startsWith('workloadLogs.') && key.slice(13) in logFlags);
  const where = (key: string) => (flagged(key) ? `--${FLAG_OF[key] ?? key}` : fileWhere(key));
  const file = parseStrict(AGENT_FILE_SCHEMA, readConfigFile(values.config), fileWhere);
  const merged: Record<string, unknown> = { ...file, ...fromFlags };
  if (Object.keys(logFlags).length > 0) merged.workloadLogs = { ...file.workloadLogs, ...logFlags };
  const c = parseStrict(AGENT_FILE_SCHEMA, merged, where);

  if (!c.host) throw new InvalidArgument('--host is required: the name this host has in the cluster');
  const cfg: AgentConfig = {
    host: checkHostName(c.host),
    underlayDev: checkIfName(c.underlayDev ?? AGENT_DEFAULTS.underlayDev),
    vxlanPort: c.vxlanPort ?? AGENT_DEFAULTS.vxlanPort,
    nsPrefix: checkPrefix(c.nsPrefix ?? AGENT_DEFAULTS.nsPrefix),
    stateDir: c.stateDir ?? AGENT_DEFAULTS.stateDir,
    resyncSeconds: c.resyncSeconds ?? AGENT_DEFAULTS.resyncSeconds,
    heartbeatSeconds: c.heartbeatSeconds ?? AGENT_DEFAULTS.heartbeatSeconds,
    nats: natsSettingsFromEnv({
      servers: c.nats,
      creds: c.creds,
      user: c.user,
      password: c.password,
      tlsCa: c.tlsCa,
      tlsCert: c.tlsCert,
      tlsKey: c.tlsKey,
      name: `vxnet-agent-${c.host}`,
      inboxPrefix: HostSubjects.inbox(c.host),
      reconnect: true,
    }),
  };
  const bridge = parseBridgeSettings(
    {
      bip: values.bip,
      fixedCidr: values['fixed-cidr'],
      mtu: values.mtu,
      defaultGateway: values['default-gateway'],
      dns: values.dns,
      fixedCidrV6: values['fixed-cidr-v6'],
    },
    file.bridge,
  );
  if (bridge) cfg.bridge = bridge;
  const gatewayBridge = parseGatewayBridge({ bip: values['gateway-bip'], bip6: values['gateway-bip6'] }, file.gatewayBridge, bridge);
  if (gatewayBridge) cfg.gatewayBridge = gatewayBridge;
  if (values['ipv6-nat'] || c.ipv6Nat === true) cfg.ipv6Nat = true;
  if (values.docker || c.docker === true || c.dockerPluginSocket || c.dockerSocket) {
    for (const [flag, p] of [
      ['--docker-plugin-socket', c.dockerPluginSocket],
      ['--docker-socket', c.dockerSocket],
    ] as const) {
      if (p !== undefined && (!p.startsWith('/') || p.length > 100 || /\s/.test(p)))
        throw new InvalidArgument(`${flag} must be an absolute path of at most 100 characters, got "${p}"`);
    }
    cfg.docker = {
      pluginSocket: c.dockerPluginSocket ?? DEFAULT_PLUGIN_SOCKET,
      dockerSocket: c.dockerSocket ?? DEFAULT_DOCKER_SOCKET,
      reconcileSeconds: c.dockerReconcileSeconds ?? 30,
    };
  }
  if (c.socket === 'none') cfg.socket = '';
  else if (c.socket !== undefined) {
    if (!c.socket.startsWith('/') || c.socket.length > 100) {
      throw new InvalidArgument(`--socket must be an absolute path of at most 100 characters (or none), got "${printable(c.socket)}"`);
    }
    cfg.socket = c.socket;
  }
  if (c.resolvConf) cfg.hostResolvConf = c.resolvConf;
  if (c.metrics) cfg.metrics = c.metrics;
  if (c.underlayIp) {
    if (!isIPv4(c.underlayIp)) throw new InvalidArgument(`underlayIp (--underlay-ip) must be an IPv4 address, got "${c.underlayIp}"`);
    cfg.underlayIp = c.underlayIp;
  }
  if (c.logLevel) process.env.VXNET_LOG_LEVEL = c.logLevel;
  if (values.teardown) cfg.teardown = true;
  if (values['verify-prediction'] ?? c.verifyPrediction) cfg.verifyPrediction = true;
  if (c.workloadLogs) cfg.logLimits = { ...DEFAULT_LOG_LIMITS, ...c.workloadLogs };
  return cfg;
}
