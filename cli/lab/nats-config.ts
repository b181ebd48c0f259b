// nats-server configuration for the lab and for deploy/: the server block, an
// optional TLS block and the authorization block with one user per role.
// Owns: which subjects each role may publish and subscribe (the security
// model of vxnet on NATS). Must never: generate secrets (credentials.ts) or
// write files.
//
// Roles (subjects from proto/subjects.ts):
// - agent hN: publishes only under `vxnet.host.hN.>`; reads the KV bucket
//   through consumers whose filter is its own workloads (`wl.hN.>`) or a
//   network's endpoint list (`nw.*.ep.>`): the filter is part of the
//   consumer-create subject, so the server enforces it; replies come to its
//   private inbox `_INBOX_hN`; it hears the controller's endpoint hints
//   (`vxnet.hint.vxnet.nw.*.ep.>`, the same lists). It can never write `$KV.vxnet.>`, call
//   `vxnet.api.>` or speak for another host. It answers requests (exec) only
//   through allow_responses and may not send them (not even to itself). The
//   one thing it asks: `vxnet.host.hN.attach|detach` (endpoints for containers
//   of local runtimes), served by the controller, which takes the host from
//   the subject: a host can attach endpoints only on itself.
// - controller: everything on the JetStream API and the bucket (and publishes its endpoint hints), serves
//   `vxnet.api.>` and every host's attach/detach, reads every host's heartbeat and status, may ask hosts
//   (HOST_REQUESTS).
// - admin (the CLI): calls `vxnet.api.>`, sends host requests (exec) and reads
//   the exec output subjects. No JetStream access: the CLI goes through the
//   controller.
import { API_PREFIX, BUCKET, EndpointHints, HostSubjects } from '../../proto/index.js';

export interface NatsUser {
  user: string;
  password: string;
}

export interface Credentials {
  admin: NatsUser;
  controller: NatsUser;
  /** host name → its user. */
  hosts: Record<string, NatsUser>;
  /** The system account's user (`nats server report jetstream`, monitoring); none = no system account. */
  system?: NatsUser;
  /** What NATS nodes present to each other on the cluster (route) port. */
  route?: NatsUser;
  /** gen-credentials: the route addresses cluster.conf was written with (kept when a re-run gives no --routes). */
  routes?: string[];
}

/** A node's place in a NATS cluster: where it listens for routes and where the others are. */
export interface ClusterInput {
  name: string;
  listenHost: string;
  port: number;
  /** Every node's route address (host:port), this one included (a node skips itself). */
  routes: string[];
  /** Required from every route and used for the routes this node opens. */
  route: NatsUser;
  /** TLS between nodes (each node's certificate must be good for serverAuth and clientAuth; verify: true). */
  tls?: TlsFiles;
}

export interface TlsFiles {
  cert: string;
  key: string;
  ca: string;
  /** Require client certificates signed by `ca`. */
  verify?: boolean;
}

export interface NatsConfigInput {
  serverName: string;
  listenHost: string;
  port: number;
  /** Loopback-only monitoring endpoint (/healthz), 0 = none. */
  httpPort: number;
  storeDir: string;
  /** Per-role users; without it the server accepts anyone (tests only). */
  auth?: Credentials;
  tls?: TlsFiles;
  bucket?: string;
  cluster?: ClusterInput;
}

/**
 * Largest message the server accepts. Requests to the controller are capped at
 * 64 KiB by the controller itself; replies (`ps`, `network ls` of a big
 * cluster) and KV values (registry.networks holds every network) need more,
 * so 1 MiB, which is also the nats-server default, written down so it is a
 * decision rather than an accident.
 */
export const MAX_PAYLOAD = '1MB';

/** Requests a host answers on `vxnet.host.<h>.<kind>` (the controller and the admin may send them). */
const HOST_REQUESTS = ['exec', 'logs', 'portcheck'] as const;

interface Permissions {
  publish: string[];
  /** Carved out of `publish` (deny wins in nats-server). */
  publishDeny?: string[];
  subscribe: string[];
  allowResponses: boolean;
}

const JS = '$JS.API';

function agentPermissions(host: string, bucket = BUCKET): Permissions {
  const stream = `KV_${bucket}`;
  const kv = `$KV.${bucket}`;
  return {
    publish: [
      `${HostSubjects.prefix(host)}.>`,
      `${JS}.INFO`,
      `${JS}.STREAM.INFO.${stream}`,
      // Consumer create with the filter in the subject (nats-server >= 2.9):
      // only its own workloads and the endpoint lists of networks.
      `${JS}.CONSUMER.CREATE.${stream}.*.${kv}.wl.${host}.>`,
      `${JS}.CONSUMER.CREATE.${stream}.*.${kv}.nw.*.ep.>`,
      `${JS}.CONSUMER.INFO.${stream}.*`,
      `${JS}.CONSUMER.DELETE.${stream}.*`,
      // Flow-control answers of its ordered consumers.
      `$JS.FC.${stream}.>`,
    ],
    // Its own request subjects: only the admin and the controller ask a host
    // to exec; the agent answers through allow_responses.
    publishDeny: HOST_REQUESTS.map((r) => `${HostSubjects.prefix(host)}.${r}`),
    // The controller's endpoint hints: the same endpoint lists it may already read from the bucket.
    subscribe: [`${HostSubjects.prefix(host)}.>`, `${HostSubjects.inbox(host)}.>`, EndpointHints.any(bucket)],
    allowResponses: true,
  };
}

function controllerPermissions(bucket = BUCKET): Permissions {
  return {
    publish: [
      `${JS}.>`,
      `$KV.${bucket}.>`,
      '$JS.ACK.>',
      '$JS.FC.>',
      EndpointHints.any(bucket),
      ...HOST_REQUESTS.map((r) => `vxnet.host.*.${r}`),
    ],
    subscribe: [
      `${API_PREFIX}.>`,
      HostSubjects.anyHeartbeat,
      HostSubjects.anyStatus,
      HostSubjects.anyNetwork,
      HostSubjects.anyNetworks,
      HostSubjects.anyAttach,
      HostSubjects.anyDetach,
      '_INBOX.>',
    ],
    allowResponses: true,
  };
}

function adminPermissions(): Permissions {
  return {
    publish: [`${API_PREFIX}.>`, ...HOST_REQUESTS.map((r) => `vxnet.host.*.${r}`), HostSubjects.execInput('*', '*')],
    subscribe: ['_INBOX.>', HostSubjects.execOutput('*', '*')],
    allowResponses: false,
  };
}

const q = (s: string) => JSON.stringify(s);
const list = (xs: readonly string[]) => `[${xs.map(q).join(', ')}]`;

function userEntry(u: NatsUser, p: Permissions): string {
  return [
    `    { user: ${q(u.user)}, password: ${q(u.password)}, permissions: {`,
    `        publish: { allow: ${list(p.publish)}${p.publishDeny?.length ? `, deny: ${list(p.publishDeny)}` : ''} }`,
    `        subscribe: { allow: ${list(p.subscribe)} }`,
    ...(p.allowResponses ? ['        allow_responses: true'] : []),
    '    } }',
  ].join('\n');
}

/**
 * The users block; also usable alone via `include`. With a system user it is
 * an `accounts` block: vxnet's users in account VXNET (JetStream on), the
 * system user alone in SYS (`system_account`), which `nats server report`
 * and the monitoring requests need. Without one, the plain `authorization`
 * block of the global account.
 */
export function authorizationBlock(c: Credentials, bucket = BUCKET): string {
  const users = [
    `    # admin: the vxnet CLI`,
    userEntry(c.admin, adminPermissions()),
    `    # controller(s)`,
    userEntry(c.controller, controllerPermissions(bucket)),
    ...Object.entries(c.hosts).flatMap(([host, u]) => [`    # agent of host ${host}`, userEntry(u, agentPermissions(host, bucket))]),
  ];
  if (!c.system) return ['authorization {', '  users = [', ...users, '  ]', '}', ''].join('\n');
  return [
    'system_account: SYS',
    'accounts {',
    `  SYS: { users = [ { user: ${q(c.system.user)}, password: ${q(c.system.password)} } ] }`,
    '  VXNET: {',
    '    jetstream: enabled',
    '    users = [',
    ...users.map((l) => `  ${l}`),
    '    ]',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** `cluster { }`: route authorization (a node without the route user is refused) and credentialed routes. */
export function clusterBlock(c: ClusterInput): string {
  const auth = `${encodeURIComponent(c.route.user)}:${encodeURIComponent(c.route.password)}`;
  return [
    'cluster {',
    `  name: ${q(c.name)}`,
    `  listen: ${q(`${c.listenHost}:${c.port}`)}`,
    `  authorization { user: ${q(c.route.user)}, password: ${q(c.route.password)}, timeout: 2 }`,
    `  routes: ${list(c.routes.map((r) => `nats-route://${auth}@${r}`))}`,
    ...(c.tls
      ? tlsBlock(c.tls)
          .trimEnd()
          .split('\n')
          .map((l) => `  ${l}`)
      : []),
    '}',
    '',
  ].join('\n');
}

export function tlsBlock(t: TlsFiles): string {
  return [
    'tls {',
    `  cert_file: ${q(t.cert)}`,
    `  key_file: ${q(t.key)}`,
    `  ca_file: ${q(t.ca)}`,
    `  verify: ${t.verify ? 'true' : 'false'}`,
    '  timeout: 2',
    '}',
    '',
  ].join('\n');
}

export function natsConfig(c: NatsConfigInput): string {
  const lines = [
    '# Generated by vxnet (cli/lab/nats-config.ts); regenerated on every start, do not edit.',
    `server_name: ${q(c.serverName)}`,
    `listen: ${q(`${c.listenHost}:${c.port}`)}`,
    ...(c.httpPort ? [`http: ${q(`127.0.0.1:${c.httpPort}`)}`] : []),
    `max_payload: ${MAX_PAYLOAD}`,
    'jetstream {',
    `  store_dir: ${q(c.storeDir)}`,
    '  max_memory_store: 64MB',
    '  max_file_store: 1GB',
    '}',
  ];
  let out = `${lines.join('\n')}\n`;
  if (c.tls) out += tlsBlock(c.tls);
  if (c.cluster) out += clusterBlock(c.cluster);
  if (c.auth) out += authorizationBlock(c.auth, c.bucket);
  return out;
}
