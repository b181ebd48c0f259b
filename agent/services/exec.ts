// `vxnet exec`: runs a command inside a local workload's namespace on request
// and streams its output back. Output goes only to this host's own output
// subjects (`vxnet.host.<host>.out.<id>`), which is all a host's NATS
// credentials allow it to publish, so a request cannot make an agent speak
// anywhere else. With an input subject the CLI feeds stdin and forwards
// signals; its keep-alives tell the agent it is still there: a command whose
// CLI went silent for INPUT_SILENCE_MS is stopped (SIGTERM, then SIGKILL), so
// no command outlives a vanished client. There is no other limit unless the
// request sets one.
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { RequestServer } from './request-server.js';
import type { ExecInput, ExecOutput, ExecRequest, Workload } from '../../proto/index.js';
import { codecs, HostSubjects } from '../../proto/index.js';
import { Code, errorMessage } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import type { Kernel, SpawnedProcess } from '../kernel/kernel.js';
import { MINIMAL_PATH } from '../kernel/run.js';

export interface ExecContext {
  workloads(): Map<string, Workload>;
  /** The namespace a workload's commands run in, once it is built. */
  namespaceOf(w: Workload): string | undefined;
}

const MAX_ARGV = 256;
/** The CLI sends a keep-alive every 5 s; this many ms without one means it is gone. */
const INPUT_SILENCE_MS = 20_000;
const SIGNALS = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGKILL', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH']);

/**
 * Why `cmd` cannot be started, as Docker reports it (127: not found, 126: not
 * executable), or undefined. Workloads share the host's filesystem, so the
 * agent can look it up the way the command's PATH would.
 */
function notExecutable(cmd: string, path = MINIMAL_PATH): { code: number; message: string } | undefined {
  const candidates = cmd.includes('/') ? [cmd] : path.split(':').map((d) => join(d, cmd));
  const found = candidates.find((c) => existsSync(c));
  if (!found) return { code: 127, message: `exec: "${cmd}": executable file not found in $PATH` };
  try {
    accessSync(found, constants.X_OK);
    return undefined;
  } catch {
    return { code: 126, message: `exec: "${cmd}": permission denied` };
  }
}

export class ExecServer extends RequestServer {
  constructor(
    nc: NatsConnection,
    private readonly host: string,
    private readonly kernel: Kernel,
    private readonly ctx: ExecContext,
    private readonly log: Logger,
  ) {
    super(nc, HostSubjects.exec(host));
  }

  protected handle(msg: Msg): void {
    const reply = (out: ExecOutput) => {
      if (msg.reply) msg.respond(codecs.execOutput.encode(out));
    };
    const fail = (code: number, message: string) => reply({ seq: 0, done: true, exitCode: 127, error: { code, message } });
    let req: ExecRequest;
    try {
      req = codecs.execRequest.decode(msg.data);
    } catch (err) {
      fail(Code.INVALID_ARGUMENT, errorMessage(err));
      return;
    }
    const outPrefix = `${HostSubjects.execOutput(this.host, '')}`;
    const out = req.outputSubject!;
    if (!out.startsWith(outPrefix) || !/^[A-Za-z0-9_-]{1,64}$/.test(out.slice(outPrefix.length))) {
      fail(Code.INVALID_ARGUMENT, `output subject must be ${outPrefix}<id>`);
      return;
    }
    const argv = req.argv ?? [];
    if (argv.length === 0 || argv.length > MAX_ARGV) {
      fail(Code.INVALID_ARGUMENT, 'exec needs a command: vxnet exec NAME -- CMD [ARGS]');
      return;
    }
    const w = this.ctx.workloads().get(req.workload!);
    if (!w) {
      fail(Code.NOT_FOUND, `no workload ${req.workload} on host ${this.host}`);
      return;
    }
    const ns = this.ctx.namespaceOf(w);
    if (ns === undefined) {
      fail(Code.FAILED_PRECONDITION, `workload ${req.workload} is not running yet`);
      return;
    }

    const input = req.inputSubject ?? '';
    const inPrefix = HostSubjects.execInput(this.host, '');
    if (input && (!input.startsWith(inPrefix) || !/^[A-Za-z0-9_-]{1,64}$/.test(input.slice(inPrefix.length)))) {
      fail(Code.INVALID_ARGUMENT, `input subject must be ${inPrefix}<id>`);
      return;
    }
    const missing = notExecutable(argv[0]!);
    if (missing) {
      // Docker's exit codes for a command that cannot run: 127 not found, 126 not executable.
      reply({ seq: 0 });
      this.nc.publish(out, codecs.execOutput.encode({ seq: 1, stream: 2, data: new TextEncoder().encode(`vxnet: ${missing.message}\n`) }));
      this.nc.publish(out, codecs.execOutput.encode({ seq: 2, done: true, exitCode: missing.code }));
      return;
    }
    const proc = this.kernel.spawnIn(ns, argv, { ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}), stdin: !!req.stdin });
    if (input) this.follow(input, proc);
    reply({ seq: 0 });
    let seq = 0;
    const send = (stream: number, data: Uint8Array) => this.nc.publish(out, codecs.execOutput.encode({ seq: ++seq, stream, data }));
    proc.onStdout((d) => send(1, d));
    proc.onStderr((d) => send(2, d));
    void proc.exited.then((exitCode) => {
      this.nc.publish(out, codecs.execOutput.encode({ seq: ++seq, done: true, exitCode }));
      this.log.debug({ workload: req.workload, argv, exitCode }, 'exec finished');
    });
  }

  /** Feeds stdin and signals from the CLI to the command; stops it when the CLI goes silent. */
  private follow(subject: string, proc: SpawnedProcess): void {
    const sub = this.nc.subscribe(subject);
    let heard = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - heard < INPUT_SILENCE_MS) return;
      this.log.warn({ subject }, 'exec client went silent: stopping its command');
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 2_000).unref();
      clearInterval(watchdog);
    }, 1_000);
    watchdog.unref();
    void proc.exited.finally(() => {
      clearInterval(watchdog);
      sub.unsubscribe();
    });
    void (async () => {
      for await (const m of sub) {
        heard = Date.now();
        let msg: ExecInput;
        try {
          msg = codecs.execInput.decode(m.data);
        } catch {
          continue;
        }
        if (msg.data && msg.data.length > 0) proc.write(msg.data);
        if (msg.eof) proc.end();
        if (msg.signal && SIGNALS.has(msg.signal)) proc.kill(msg.signal as NodeJS.Signals);
      }
    })();
  }
}
