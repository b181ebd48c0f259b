// `vxnet exec NAME -- CMD ARGS…`: run a command inside a workload, through its
// host's agent. Order matters: subscribe to the output subject BEFORE asking
// the agent, so no chunk can be published before we listen. Chunks are
// written in `seq` order; the final `done` message carries the exit code.
// Stdin (-i, on by default when stdin is a pipe) and SIGINT/SIGTERM go to the
// agent on an input subject, with keep-alives every 5 s (the agent stops the
// command when they stop). vxnet's own failures exit 125, never 1-3, so they
// cannot be mistaken for the command's; 126/127 are the command's own.
import { TOP_SUMMARY } from '../catalog.js';
import { codecs, HostSubjects, type ExecOutput } from '../../proto/index.js';
import { checkName, randomId } from '../../lib/names.js';
import { bool, intInRange, str } from '../args.js';
import { Client, decodeReply, throwIfError } from '../client.js';
import { inspectOne } from './workload.js';
import { UnreachableError, UsageError } from '../errors.js';
import type { Command, Io } from '../command.js';

const ACK_TIMEOUT_MS = 10_000;

const exec: Command = {
  spec: {
    name: 'exec',
    args: 'WORKLOAD [--] COMMAND [ARG...]',
    summary: TOP_SUMMARY.exec,
    minArgs: 1,
    options: {
      interactive: { type: 'boolean', short: 'i', desc: 'forward stdin to the command (default: on when stdin is a pipe or file)' },
      tty: { type: 'boolean', short: 't', desc: 'refused: vxnet exec has no terminal; pipe input with -i instead' },
      timeout: {
        type: 'string',
        arg: 'SECONDS',
        desc: 'kill the command after this many seconds (default: no limit; it stops when it exits, on Ctrl-C, or 20 s after this CLI vanished)',
      },
    },
    examples: ['vxnet exec a -- ping -c2 10.77.0.3', 'echo hi | vxnet exec a -- cat', 'vxnet exec a -- ip -br addr'],
  },
  ownFailureCode: 125,
  async run(ctx, p) {
    const name = checkName('workload', p.positionals[0]!);
    const argv = [...p.positionals.slice(1), ...(p.rest ?? [])];
    if (argv.length === 0) throw new UsageError("'vxnet exec' needs a command, e.g. vxnet exec a -- ip addr");
    if (bool(p, 'tty')) throw new UsageError('vxnet exec has no terminal (-t): run the command without it, and pipe input with -i');
    const timeoutS = intInRange(str(p, 'timeout'), 'timeout', 1, 86_400, 0);
    const stdin = p.values.interactive === true || (p.values.interactive === undefined && ctx.io.stdinIsPipe === true);
    const c = await Client.connect(ctx.globals);
    try {
      const host = (await inspectOne(c, name)).workload?.host ?? '';
      return await execOn(c, ctx.io, host, name, argv, timeoutS * 1000, stdin);
    } finally {
      await c.close();
    }
  },
};

const KEEPALIVE_MS = 5_000;

export async function execOn(
  c: Client,
  io: Io,
  host: string,
  workload: string,
  argv: string[],
  timeoutMs: number,
  stdin = false,
): Promise<number> {
  const id = randomId();
  const outputSubject = HostSubjects.execOutput(host, id);
  const inputSubject = HostSubjects.execInput(host, id);
  const sub = c.nc.subscribe(outputSubject);
  const send = (m: Parameters<typeof codecs.execInput.encode>[0]) => {
    if (!c.nc.isClosed()) c.nc.publish(inputSubject, codecs.execInput.encode(m));
  };
  const keepalive = setInterval(() => send({}), KEEPALIVE_MS);
  let signals = 0;
  const release = io.onSignal?.((signal) => {
    // The first Ctrl-C goes to the command; a second one gives up on it.
    if (++signals > 1) process.exit(signal === 'SIGINT' ? 130 : 143);
    send({ signal });
  });
  try {
    const req = codecs.execRequest.encode({ workload, argv, outputSubject, timeoutMs, inputSubject, stdin });
    const ackBytes = await c.raw(HostSubjects.exec(host), req, ACK_TIMEOUT_MS, {
      noResponders: `no agent is answering for host ${host} (${HostSubjects.exec(host)}): is vxnet-agent running there? see 'vxnet host ls'`,
      timeout: `the agent of host ${host} did not answer within ${ACK_TIMEOUT_MS / 1000}s`,
    });
    const ack = decodeReply(codecs.execOutput, ackBytes, `the agent of ${host}`);
    throwIfError(ack.error);
    if (ack.done) return writeAndFinish(io, [ack]);
    if (stdin && io.stdin) void pump(io.stdin(), send);
    return await stream(c, io, sub, host, timeoutMs);
  } finally {
    clearInterval(keepalive);
    release?.();
    sub.unsubscribe();
  }
}

/** Stdin → the command, in chunks of at most 32 KiB (well under NATS's max_payload), then EOF. */
async function pump(input: AsyncIterable<Uint8Array>, send: (m: { data?: Uint8Array; eof?: boolean }) => void): Promise<void> {
  try {
    for await (const chunk of input) {
      for (let i = 0; i < chunk.length; i += 32 * 1024) send({ data: chunk.subarray(i, i + 32 * 1024) });
    }
  } catch {
    // stdin closed under us (the command ended first and the CLI is exiting): nothing more to send
  } finally {
    send({ eof: true });
  }
}

async function stream(c: Client, io: Io, sub: AsyncIterable<{ data: Uint8Array }>, host: string, timeoutMs: number): Promise<number> {
  const pending = new Map<number, ExecOutput>();
  let next: number | undefined;
  let done: ExecOutput | undefined;
  // With a command timeout the agent must finish by then; give it a margin before giving up.
  const deadline = timeoutMs > 0 ? setTimeout(() => c.nc.close().catch(() => undefined), timeoutMs + 10_000) : undefined;
  try {
    for await (const m of sub) {
      const out = decodeReply(codecs.execOutput, m.data, `the agent of ${host}`);
      const seq = out.seq ?? 0;
      next ??= seq;
      if (seq < next) {
        write(io, out); // late straggler: better out of order than lost
        continue;
      }
      pending.set(seq, out);
      while (pending.has(next)) {
        const o = pending.get(next)!;
        pending.delete(next);
        next++;
        write(io, o);
        if (o.done) done = o;
      }
      if (done) break;
    }
  } finally {
    if (deadline) clearTimeout(deadline);
  }
  if (!done) {
    // The subscription ended without `done`: flush what we have, then report.
    for (const seq of [...pending.keys()].sort((a, b) => a - b)) write(io, pending.get(seq)!);
    const d = [...pending.values()].find((o) => o.done);
    if (d) return finish(d);
    throw new UnreachableError(`lost the output of the command on host ${host} before it finished`);
  }
  return finish(done);
}

function write(io: Io, o: ExecOutput): void {
  if (o.data && o.data.length > 0) io.raw(o.stream === 2 ? 2 : 1, o.data);
}

function writeAndFinish(io: Io, outs: ExecOutput[]): number {
  for (const o of outs) write(io, o);
  return finish(outs[outs.length - 1]!);
}

function finish(o: ExecOutput): number {
  throwIfError(o.error);
  return o.exitCode ?? 0;
}

export const execCommands: Record<string, Command> = { exec };
