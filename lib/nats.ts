// One way to connect to NATS for the CLI, the agent and the controller:
// servers, credentials and TLS come from flags or the environment.
import { readFileSync } from 'node:fs';
import { connect, credsAuthenticator, type NatsConnection, type ConnectionOptions } from '@nats-io/transport-node';
import { Unavailable } from './errors.js';

export interface NatsSettings {
  /** Comma-separated URLs, e.g. "nats://10.0.0.1:4222,nats://10.0.0.2:4222". */
  servers: string;
  /** A .creds file (JWT + nkey seed) ... */
  creds?: string;
  /** ... or a user/password pair (the lab and deploy/ use per-host users). */
  user?: string;
  password?: string;
  /** TLS: CA to verify the server, and a client certificate if the server asks for one. */
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  name?: string;
  /** Reply inbox prefix (default `_INBOX`): agents use their own so their credentials can stop there. */
  inboxPrefix?: string;
  /** Keep retrying forever (daemons) or fail fast (CLI). */
  reconnect?: boolean;
  timeoutMs?: number;
}

export function natsSettingsFromEnv(overrides: Partial<NatsSettings> = {}): NatsSettings {
  const env = process.env;
  const pick = (v: string | undefined) => (v && v.length > 0 ? v : undefined);
  const s: NatsSettings = { servers: overrides.servers ?? env.VXNET_NATS ?? 'nats://127.0.0.1:4222' };
  const creds = overrides.creds ?? pick(env.VXNET_NATS_CREDS);
  const user = overrides.user ?? pick(env.VXNET_NATS_USER);
  const password = overrides.password ?? pick(env.VXNET_NATS_PASSWORD);
  const tlsCa = overrides.tlsCa ?? pick(env.VXNET_NATS_TLS_CA);
  const tlsCert = overrides.tlsCert ?? pick(env.VXNET_NATS_TLS_CERT);
  const tlsKey = overrides.tlsKey ?? pick(env.VXNET_NATS_TLS_KEY);
  if (creds) s.creds = creds;
  if (user) s.user = user;
  if (password) s.password = password;
  if (tlsCa) s.tlsCa = tlsCa;
  if (tlsCert) s.tlsCert = tlsCert;
  if (tlsKey) s.tlsKey = tlsKey;
  return { ...s, ...stripUndefined(overrides) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Without reconnects (the CLI), nats.js gives up after the first server it
 * picks: with one node of a cluster down, a third of the commands would fail.
 * So each server is tried in turn until one answers; the last error is kept.
 */
async function connectAny(opts: ConnectionOptions): Promise<NatsConnection> {
  const servers = opts.servers as string[];
  if (opts.maxReconnectAttempts === -1 || servers.length < 2) return connect(opts);
  let last: unknown;
  for (const server of servers) {
    try {
      return await connect({ ...opts, servers: [server] });
    } catch (err) {
      last = err;
      if (/authorization/i.test((err as Error).message)) break;
    }
  }
  throw last;
}

export async function connectNats(s: NatsSettings): Promise<NatsConnection> {
  const opts: ConnectionOptions = {
    servers: s.servers
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    name: s.name,
    timeout: s.timeoutMs ?? 5000,
    maxReconnectAttempts: s.reconnect ? -1 : 0,
    reconnectTimeWait: 500,
    waitOnFirstConnect: s.reconnect ?? false,
    // No stack captured per request (a TimeoutError and a RequestError per
    // call: 15% of a busy controller's CPU); errors keep their messages.
    noAsyncTraces: true,
    ...(s.inboxPrefix ? { inboxPrefix: s.inboxPrefix } : {}),
  };
  if (s.creds) opts.authenticator = credsAuthenticator(readFileSync(s.creds));
  if (s.user) {
    opts.user = s.user;
    opts.pass = s.password ?? '';
  }
  if (s.tlsCa || s.tlsCert) {
    opts.tls = {
      ...(s.tlsCa ? { caFile: s.tlsCa } : {}),
      ...(s.tlsCert ? { certFile: s.tlsCert } : {}),
      ...(s.tlsKey ? { keyFile: s.tlsKey } : {}),
    };
  }
  try {
    return await connectAny(opts);
  } catch (err) {
    const why = (err as Error).message;
    if (/authorization/i.test(why)) {
      throw new Unavailable(
        `NATS at ${s.servers} refused the credentials (${why}): give a vxnet user with --user/--password or --creds (env VXNET_NATS_USER/VXNET_NATS_PASSWORD)`,
        { cause: err },
      );
    }
    throw new Unavailable(`cannot reach NATS at ${s.servers}: ${why}; start it or point --nats / VXNET_NATS at it`, { cause: err });
  }
}
