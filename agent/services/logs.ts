// Answers `vxnet logs NAME` (vxnet.host.<h>.logs): the tail of the output file
// the process supervisor keeps for a workload on this host, or what follows an
// offset (logs -f polls with it), bounded so a reply always fits in one NATS message.
// Must never read anything but a workload's own log file.
import { open, type FileHandle } from 'node:fs/promises';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { RequestServer } from './request-server.js';
import { codecs, HostSubjects, type LogsReply, type Workload } from '../../proto/index.js';
import { Code, errorMessage } from '../../lib/errors.js';

const MAX_LOG_BYTES = 64 * 1024;

export interface FileSlice {
  data: Uint8Array;
  /** Older bytes were left out. */
  truncated: boolean;
  endOffset: number;
}

/**
 * The last `max` bytes of a file, or (with `from`) up to `max` bytes from that
 * offset; a file that shrank below `from` (rotated) is read from its start.
 * A missing file is empty.
 */
export async function readSlice(path: string, max: number, from?: number): Promise<FileSlice> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { data: new Uint8Array(), truncated: false, endOffset: 0 };
    throw err;
  }
  try {
    const { size } = await fh.stat();
    const start = from === undefined ? Math.max(0, size - max) : from > size ? 0 : from;
    const n = Math.min(size - start, max);
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, start);
    return { data: buf.subarray(0, bytesRead), truncated: from === undefined && start > 0, endOffset: start + bytesRead };
  } finally {
    await fh.close();
  }
}

export interface LogsContext {
  workloads(): Map<string, Workload>;
  logFile(name: string): string;
  /** The command runs or will restart: more output may come. */
  running(w: Workload): boolean;
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
        const slice = await readSlice(this.ctx.logFile(w.name!), max, req.fromOffset ? Number(req.offset ?? 0) : undefined);
        reply = { ...slice, running: this.ctx.running(w) };
      }
    } catch (err) {
      reply = { error: { code: Code.INVALID_ARGUMENT, message: errorMessage(err) } };
    }
    if (msg.reply) msg.respond(codecs.logsReply.encode(reply));
  }
}
