// `vxnet version`: this client's version, then (when NATS is reachable) every
// controller's (each answers vxnet.api.version) and every agent's (from its
// heartbeats, via host ls). An unreachable cluster is reported on its line,
// never an error: the client's own version is always printed.
import { TOP_SUMMARY } from '../catalog.js';
import { Api, codecs, PROTOCOL_VERSION, VERSION_SUBJECT, type VersionReply } from '../../proto/index.js';
import { errorMessage } from '../../lib/errors.js';
import { packageVersion } from '../../lib/version.js';
import { Client } from '../client.js';
import { ago, table } from '../format.js';
import type { Command } from '../command.js';

const WAIT_MS = 1000;

async function controllers(c: Client): Promise<VersionReply[]> {
  const out: VersionReply[] = [];
  // No controller at all: the request fails at once with "no responders".
  const replies = await c.nc.requestMany(VERSION_SUBJECT, new Uint8Array(), { maxWait: WAIT_MS, strategy: 'timer' });
  try {
    for await (const m of replies) {
      try {
        out.push(codecs.versionReply.decode(m.data));
      } catch {
        // a reply that does not decode (no responders marker, garbage) is not a controller
      }
    }
  } catch {
    // no responders: no controller is running
  }
  return out;
}

export const version: Command = {
  spec: {
    name: 'version',
    args: '',
    summary: TOP_SUMMARY.version,
    maxArgs: 0,
    options: {},
  },
  async run(ctx) {
    ctx.io.out(`client: vxnet ${packageVersion()} (protocol v${PROTOCOL_VERSION}, node ${process.version})\n`);
    let c: Client;
    try {
      c = await Client.connect(ctx.globals);
    } catch (err) {
      ctx.io.out(`cluster: not reachable (${errorMessage(err)})\n`);
      return 0;
    }
    try {
      const now = Date.now();
      const rows: string[][] = (await controllers(c))
        .sort((a, b) => (a.instance ?? '').localeCompare(b.instance ?? ''))
        .map((v) => ['controller', v.instance ?? '', v.software ?? '', `up ${ago(Number(v.startedMs ?? 0), now).replace(/ ago$/, '')}`]);
      if (rows.length === 0) rows.push(['controller', '-', 'none answered', '']);
      const hosts = await c.call(Api.hostList, codecs.nameRequest, { names: [] }, codecs.hostReply).catch(() => undefined);
      for (const h of hosts?.hosts ?? []) rows.push(['agent', h.host?.name ?? '', h.host?.agentVersion || 'unknown', h.state ?? '']);
      ctx.io.out(table(['COMPONENT', 'INSTANCE', 'VERSION', 'STATE'], rows));
    } finally {
      await c.close();
    }
    return 0;
  },
};
