// Answers `vxnet logs NAME` (vxnet.host.<h>.logs) from the output this host
// keeps for a workload (store.ts): the last lines, what follows an offset
// (logs -f and paging), what lies between --since and --until, bounded so a
// reply always fits in one NATS message. A request without `records` (an
// older CLI) gets the bytes alone, as before.
// Must never read anything but a workload's own log directory.
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { RequestServer } from '../request-server.js';
import { codecs, HostSubjects, type LogsReply, type LogsRequest, type Workload } from '../../../proto/index.js';
import { Code, errorMessage, InvalidArgument } from '../../../lib/errors.js';
import { isStamp } from '../../../lib/log-time.js';
import { readLog, type ReadRequest } from './read.js';

/** Output bytes in one reply (NATS' default max_payload is 1 MiB). */
const MAX_LOG_BYTES = 256 * 1024;
const RECORD_OVERHEAD = 40;

export interface LogsContext {
  workloads(): Map<string, Workload>;
  logDir(name: string): string;
  /** Takes what the workload's command wrote so far. */
  drain(name: string): void;
  /** The command runs or will restart: more output may come. */
  running(w: Workload): boolean;
}

export function readRequestOf(req: LogsRequest): ReadRequest {
  for (const [field, v] of [
    ['since', req.since],
    ['until', req.until],
  ] as const) {
    if (v && !isStamp(v))
      throw new InvalidArgument(`${field} must be an RFC 3339 UTC time with 9 fraction digits, got "${v.slice(0, 40)}"`);
  }
  const legacyMax = 64 * 1024;
  const out: ReadRequest = { maxBytes: Math.min(req.maxBytes || (req.records ? MAX_LOG_BYTES : legacyMax), MAX_LOG_BYTES) };
  // A LogRecord spends ~40 bytes on its time, stream and field tags: a reply of
  // one-byte lines must fit in a NATS message too.
  if (req.records) out.perRecord = RECORD_OVERHEAD;
  if (req.since) out.since = req.since;
  if (req.until) out.until = req.until;
  if (req.fromOffset) out.from = Number(req.offset ?? 0);
  else if (req.tail) out.tailLines = req.tailLines ?? 0;
  else if (!req.records) {
    // An older CLI: the last bytes, as it always got.
    out.tailLines = Number.MAX_SAFE_INTEGER;
    out.tailBytes = out.maxBytes;
  }
  return out;
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
        const running = this.ctx.running(w);
        this.ctx.drain(w.name!);
        const r = readLog(this.ctx.logDir(w.name!), readRequestOf(req));
        reply = { truncated: r.truncated, endOffset: r.endOffset, running, more: r.more };
        const data = r.records.map((x) => (x.partial ? x.bytes : Buffer.concat([x.bytes, NEWLINE])));
        if (req.records) reply.records = r.records.map((x, i) => ({ time: x.time, stderr: x.stream === 'stderr', data: data[i]! }));
        else reply.data = Buffer.concat(data);
      }
    } catch (err) {
      reply = { error: { code: Code.INVALID_ARGUMENT, message: errorMessage(err) } };
    }
    if (msg.reply) msg.respond(codecs.logsReply.encode(reply));
  }
}

const NEWLINE = Buffer.from('\n');
