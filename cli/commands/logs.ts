// `vxnet logs`: a workload's output as `docker logs` prints it: its stdout on
// stdout and its stderr on stderr, all that the agent keeps (or --tail N lines,
// or what lies between --since and --until), optionally with each line's time
// (--timestamps), then (-f) what follows until the command exits. The agent
// keeps the output (agent/services/logs/); this asks it page by page.
// Must never: print anything of its own on stdout.
import { TOP_SUMMARY } from '../catalog.js';
import { codecs, HostSubjects, type LogRecord, type LogsReply } from '../../proto/index.js';
import { checkName } from '../../lib/names.js';
import { InvalidArgument } from '../../lib/errors.js';
import { parseLogTime } from '../../lib/log-time.js';
import { bool, intInRange, str } from '../args.js';
import { withClient, throwIfError, decodeReply } from '../client.js';
import { RemoteError, UsageError } from '../errors.js';
import type { Command, Io } from '../command.js';
import { inspectOne } from './workload.js';

const LOGS_TIMEOUT_MS = 10_000;
const FOLLOW_POLL_MS = 200;

/** Prints records, each stream to its own fd, a time before each line's start when asked. */
export class RecordPrinter {
  /** Per stream: the last record ended its line. */
  private readonly atLineStart = [true, true];

  constructor(
    private readonly io: Pick<Io, 'raw'>,
    private readonly timestamps: boolean,
  ) {}

  print(records: readonly LogRecord[]): void {
    let pending: Uint8Array[] = [];
    let pendingFd: 1 | 2 = 1;
    const flush = () => {
      if (pending.length > 0) this.io.raw(pendingFd, Buffer.concat(pending));
      pending = [];
    };
    for (const r of records) {
      const fd = r.stderr ? 2 : 1;
      if (fd !== pendingFd) flush();
      pendingFd = fd;
      const data = r.data ?? new Uint8Array();
      if (this.timestamps && this.atLineStart[fd - 1]) pending.push(Buffer.from(`${r.time} `));
      pending.push(data);
      this.atLineStart[fd - 1] = data.length > 0 && data[data.length - 1] === 0x0a;
    }
    flush();
  }
}

/** --since/--until as the agent takes them; a bad one is a usage error. */
function logTimeFlag(flag: string, text: string | undefined, nowMs?: number): string | undefined {
  if (text === undefined) return undefined;
  try {
    return parseLogTime(`--${flag}`, text, nowMs);
  } catch (err) {
    if (err instanceof InvalidArgument) throw new UsageError(err.message);
    throw err;
  }
}

const logs: Command = {
  spec: {
    name: 'logs',
    args: 'WORKLOAD',
    summary: TOP_SUMMARY.logs,
    minArgs: 1,
    maxArgs: 1,
    options: {
      follow: { type: 'boolean', short: 'f', desc: 'keep printing new output until the command exits (or Ctrl-C)' },
      tail: { type: 'string', short: 'n', arg: 'N', desc: 'only the last N lines ("all" for everything kept)' },
      timestamps: { type: 'boolean', short: 't', desc: "print each line's time (RFC 3339, nanoseconds, UTC) before it" },
      since: {
        type: 'string',
        arg: 'TIME',
        desc: 'only output since TIME: 2026-11-26T10:00:00Z, a Unix time, or a duration ago (10m, 1h30m)',
      },
      until: { type: 'string', arg: 'TIME', desc: 'only output before TIME (same forms as --since)' },
    },
    examples: ['vxnet logs web', 'vxnet logs -f --tail 20 web', 'vxnet logs -t --since 10m web'],
  },
  async run(ctx, p) {
    const name = checkName('workload', p.positionals[0]!);
    const now = Date.now();
    const since = logTimeFlag('since', str(p, 'since'), now);
    const until = logTimeFlag('until', str(p, 'until'), now);
    const tailText = str(p, 'tail') ?? 'all';
    const tail = tailText === 'all' ? undefined : intInRange(tailText, 'tail', 0, 1_000_000, 0);
    const printer = new RecordPrinter(ctx.io, bool(p, 'timestamps'));
    await withClient(ctx.globals, async (c) => {
      // The controller knows the host; the agent there keeps the output.
      const host = (await inspectOne(c, name)).workload?.host ?? '';
      const ask = async (from?: number): Promise<LogsReply> => {
        const req = codecs.logsRequest.encode({
          workload: name,
          records: true,
          since: since ?? '',
          until: until ?? '',
          fromOffset: from !== undefined,
          offset: from ?? 0,
          tail: from === undefined && tail !== undefined,
          tailLines: tail ?? 0,
        });
        const bytes = await c.raw(HostSubjects.logs(host), req, LOGS_TIMEOUT_MS, {
          noResponders: `no agent is answering for host ${host} (${HostSubjects.logs(host)}): is vxnet-agent running there? see 'vxnet host ls'`,
          timeout: `the agent of host ${host} did not answer within ${LOGS_TIMEOUT_MS / 1000}s`,
        });
        const reply = decodeReply(codecs.logsReply, bytes, `the agent of ${host}`);
        throwIfError(reply.error);
        return reply;
      };
      // An agent older than records answers with the bytes alone (no times, one stream).
      const timed = since !== undefined || until !== undefined || bool(p, 'timestamps');
      const show = (r: LogsReply) => {
        if (r.records?.length) printer.print(r.records);
        else if (r.data?.length) {
          if (timed)
            throw new RemoteError(
              `the agent of host ${host} is older and keeps output without times: upgrade it to use --timestamps, --since or --until`,
            );
          ctx.io.raw(1, r.data);
        }
      };
      let reply = await ask();
      show(reply);
      while (reply.more) {
        reply = await ask(Number(reply.endOffset ?? 0));
        show(reply);
      }
      if (!bool(p, 'follow')) return;
      const untilMs = until === undefined ? Infinity : Date.parse(until);
      for (;;) {
        const wasRunning = reply.running;
        const past = Date.now() > untilMs;
        reply = await ask(Number(reply.endOffset ?? 0));
        show(reply);
        const got = (reply.records?.length ?? 0) + (reply.data?.length ?? 0) > 0;
        if (reply.more) continue;
        if (past || (!wasRunning && !reply.running && !got)) return;
        if (!got) await new Promise((r) => setTimeout(r, FOLLOW_POLL_MS));
      }
    });
    return 0;
  },
};

export const logsCommands: Record<string, Command> = { logs };
