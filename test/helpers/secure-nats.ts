// A throwaway nats-server with vxnet's per-role users (and optionally TLS),
// plus connections as each role. Built on helpers/nats.ts (loopback only, temp
// dir removed in stop()). Every connection opened here is closed by stop().
import type { NatsConnection } from '@nats-io/transport-node';
import { connectNats, type NatsSettings } from '../../lib/nats.js';
import { HostSubjects } from '../../proto/index.js';
import { generateCredentials } from '../../cli/lab/credentials.js';
import { authorizationBlock, MAX_PAYLOAD, tlsBlock, type Credentials, type NatsUser, type TlsFiles } from '../../cli/lab/nats-config.js';
import { startNatsServer, type NatsServer } from './nats.js';

export interface SecureNats {
  server: NatsServer;
  url: string;
  creds: Credentials;
  /** Connects as a user (fail fast, no reconnect); closed by stop(). */
  as(u: NatsUser, extra?: Partial<NatsSettings>): Promise<NatsConnection>;
  /** Connects as the agent of `host`, with its private inbox, as the agent does. */
  asHost(host: string, extra?: Partial<NatsSettings>): Promise<NatsConnection>;
  stop(): Promise<void>;
}

export async function startSecureNats(hosts: string[], o: { tls?: TlsFiles } = {}): Promise<SecureNats> {
  const creds = generateCredentials(hosts);
  const server = await startNatsServer({
    extraConfig: `max_payload: ${MAX_PAYLOAD}\n${o.tls ? tlsBlock(o.tls) : ''}${authorizationBlock(creds)}`,
  });
  const conns: NatsConnection[] = [];
  const as = async (u: NatsUser, extra: Partial<NatsSettings> = {}) => {
    const nc = await connectNats({ servers: server.url, user: u.user, password: u.password, reconnect: false, ...extra });
    conns.push(nc);
    return nc;
  };
  return {
    server,
    url: server.url,
    creds,
    as,
    asHost: (host, extra = {}) => as(creds.hosts[host]!, { inboxPrefix: HostSubjects.inbox(host), name: `agent-${host}`, ...extra }),
    async stop() {
      await Promise.allSettled(conns.map((c) => (c.isClosed() ? Promise.resolve() : c.close())));
      await server.stop();
    },
  };
}
