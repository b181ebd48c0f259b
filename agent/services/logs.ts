// Answers `vxnet logs NAME` (vxnet.host.<h>.logs): the tail of the output file
// the process supervisor keeps for a workload on this host, bounded so a
// reply always fits in one NATS message.
// Must never read anything but a workload's own log file.
import { open } from 'node:fs/promises';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { RequestServer } from './request-server.js';
import { codecs, HostSubjects, type LogsReply, type Workload } from '../../proto/index.js';
import { Code, errorMessage } from '../../lib/errors.js';

export const MAX_LOG_BYTES = 64 * 1024;

/** The last `max` bytes of a file (and whether older bytes were left out); a missing file is empty. */
export async function tailFile(path: string, max: number): Promise<{ data: Uint8Array; truncated: boolean }> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { data: new Uint8Array(), truncated: false };
    throw err;
  }
  try {
    const { size } = await fh.stat();
    const n = Math.min(size, max);
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, size - n);
    return { data: buf.subarray(0, bytesRead), truncated: size > n };
  } finally {
    await fh.close();
  }
}

export interface LogsContext {
  workloads(): Map<string, Workload>;
  logFile(name: string): string;
}

export class LogsServer extends RequestServer {
  constructor(
    nc: NatsConnection,
    private readonly host: string,
    private readonly ctx: LogsContext,
  ) {
    super(nc, HostSubjects.logs(host));
  }

  protected async handle(msg: Msg): Promise<void> {
    let reply: LogsReply;
    try {
      const req = codecs.logsRequest.decode(msg.data);
      const w = this.ctx.workloads().get(req.workload!);
      if (!w) {
        reply = { error: { code: Code.NOT_FOUND, message: `no workload ${req.workload} on host ${this.host}` } };
      } else {
        const max = Math.min(req.maxBytes || MAX_LOG_BYTES, MAX_LOG_BYTES);
        reply = await tailFile(this.ctx.logFile(w.name!), max);
      }
    } catch (err) {
      reply = { error: { code: Code.INVALID_ARGUMENT, message: errorMessage(err) } };
    }
    if (msg.reply) msg.respond(codecs.logsReply.encode(reply));
  }
}
