// The agent's settings: defaults, then the JSON config file, then flags.
// Everything that becomes a namespace or interface name is validated here,
// before the agent touches the kernel.
import { readFileSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import { parseArgs } from 'node:util';
import { checkHostName, checkIfName, printable } from '../../lib/names.js';
import { InvalidArgument } from '../../lib/errors.js';
import { natsSettingsFromEnv, type NatsSettings } from '../../lib/nats.js';
import { HostSubjects } from '../../proto/index.js';
import { checkPrefix } from '../model/naming.js';
import type { BridgeSettings, GatewayBridgeSettings } from '../model/desired.js';
import { parseBridgeSettings, parseGatewayBridge } from './bridge-config.js';

/** Where Docker looks for the plugin, and where its API listens, on a real host. */
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
  'gateway-bip': { type: 'string' },
  dns: { type: 'string', multiple: true },
  'resolv-conf': { type: 'string' },
  docker: { type: 'boolean' },
  'docker-plugin-socket': { type: 'string' },
  'docker-socket': { type: 'string' },
  'docker-reconcile-seconds': { type: 'string' },
  socket: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  teardown: { type: 'boolean' },
  'verify-prediction': { type: 'boolean' },
} as const;

export const AGENT_USAGE = `usage: vxnet-agent --host NAME [--nats URL] [--underlay-dev DEV] [--underlay-ip IP]
       [--vxlan-port 4789] [--ns-prefix vx-] [--state-dir /var/lib/vxnet] [--config FILE]
       [--creds FILE | --user U --password P] [--tls-ca FILE] [--resync-seconds 30] [--heartbeat-seconds 2]
       [--bip 172.19.0.1/16|none] [--fixed-cidr CIDR] [--mtu N] [--default-gateway IP] [--dns IP]...
       [--gateway-bip 172.18.0.1/16|none] [--resolv-conf /etc/resolv.conf] [--socket /run/vxnet/agent.sock|none]
       [--verify-prediction] [--teardown]
       [--docker] [--docker-plugin-socket /run/docker/plugins/vxnet.sock] [--docker-socket /var/run/docker.sock]
       [--docker-reconcile-seconds 30]`;

export function loadAgentConfig(argv: string[]): AgentConfig | 'help' {
  const { values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) return 'help';
  const file = values.config ? (JSON.parse(readFileSync(values.config, 'utf8')) as Record<string, unknown>) : {};
  const str = (flag: string | undefined, key: string): string | undefined =>
    flag ?? (typeof file[key] === 'string' ? (file[key] as string) : undefined);
  const num = (flag: string | undefined, key: string, dflt: number, min: number, max: number): number => {
    const raw = flag ?? file[key];
    const n = raw === undefined ? dflt : Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgument(`${key} must be an integer in ${min}-${max}, got ${String(raw)}`);
    return n;
  };

  const host = str(values.host, 'host');
  if (!host) throw new InvalidArgument('--host is required: the name this host has in the cluster');
  const underlayIp = str(values['underlay-ip'], 'underlayIp');
  const cfg: AgentConfig = {
    host: checkHostName(host),
    underlayDev: checkIfName(str(values['underlay-dev'], 'underlayDev') ?? AGENT_DEFAULTS.underlayDev),
    vxlanPort: num(values['vxlan-port'], 'vxlanPort', AGENT_DEFAULTS.vxlanPort, 1, 65535),
    nsPrefix: checkPrefix(str(values['ns-prefix'], 'nsPrefix') ?? AGENT_DEFAULTS.nsPrefix),
    stateDir: str(values['state-dir'], 'stateDir') ?? AGENT_DEFAULTS.stateDir,
    resyncSeconds: num(values['resync-seconds'], 'resyncSeconds', AGENT_DEFAULTS.resyncSeconds, 1, 3600),
    heartbeatSeconds: num(values['heartbeat-seconds'], 'heartbeatSeconds', AGENT_DEFAULTS.heartbeatSeconds, 1, 600),
    nats: natsSettingsFromEnv({
      servers: str(values.nats, 'nats'),
      creds: str(values.creds, 'creds'),
      user: str(values.user, 'user'),
      password: str(values.password, 'password'),
      tlsCa: str(values['tls-ca'], 'tlsCa'),
      tlsCert: str(values['tls-cert'], 'tlsCert'),
      tlsKey: str(values['tls-key'], 'tlsKey'),
      name: `vxnet-agent-${host}`,
      inboxPrefix: HostSubjects.inbox(host),
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
    },
    file.bridge,
  );
  if (bridge) cfg.bridge = bridge;
  const gatewayBridge = parseGatewayBridge({ bip: values['gateway-bip'] }, file.gatewayBridge, bridge);
  if (gatewayBridge) cfg.gatewayBridge = gatewayBridge;
  const resolvConf = str(values['resolv-conf'], 'resolvConf');
  if (resolvConf) cfg.hostResolvConf = resolvConf;
  if (underlayIp) {
    if (!isIPv4(underlayIp)) throw new InvalidArgument(`--underlay-ip must be an IPv4 address, got "${underlayIp}"`);
    cfg.underlayIp = underlayIp;
  }
  const pluginSocket = str(values['docker-plugin-socket'], 'dockerPluginSocket');
  const dockerSocket = str(values['docker-socket'], 'dockerSocket');
  if (values.docker || file.docker === true || pluginSocket || dockerSocket) {
    for (const [flag, p] of [
      ['--docker-plugin-socket', pluginSocket],
      ['--docker-socket', dockerSocket],
    ] as const) {
      if (p !== undefined && (!p.startsWith('/') || p.length > 100 || /\s/.test(p)))
        throw new InvalidArgument(`${flag} must be an absolute path of at most 100 characters, got "${p}"`);
    }
    cfg.docker = {
      pluginSocket: pluginSocket ?? DEFAULT_PLUGIN_SOCKET,
      dockerSocket: dockerSocket ?? DEFAULT_DOCKER_SOCKET,
      reconcileSeconds: num(values['docker-reconcile-seconds'], 'dockerReconcileSeconds', 30, 1, 3600),
    };
  }
  const socket = str(values.socket, 'socket');
  if (socket === 'none') cfg.socket = '';
  else if (socket !== undefined) {
    if (!socket.startsWith('/') || socket.length > 100) {
      throw new InvalidArgument(`--socket must be an absolute path of at most 100 characters (or none), got "${printable(socket)}"`);
    }
    cfg.socket = socket;
  }
  if (values['log-level']) process.env.VXNET_LOG_LEVEL = values['log-level'];
  if (values.teardown) cfg.teardown = true;
  const verify = values['verify-prediction'] ?? file.verifyPrediction;
  if (verify !== undefined && typeof verify !== 'boolean')
    throw new InvalidArgument(`verifyPrediction must be true or false, got ${JSON.stringify(verify)}`);
  if (verify) cfg.verifyPrediction = true;
  return cfg;
}
