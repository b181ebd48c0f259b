// `vxnet exec`: runs a command inside a local workload's namespace on request
// and streams its output back. Output goes only to this host's own output
// subjects (`vxnet.host.<host>.out.<id>`), which is all a host's NATS
// credentials allow it to publish, so a request cannot make an agent speak
// anywhere else.
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { RequestServer } from './request-server.js';
import type { ExecOutput, Workload } from '../../proto/index.js';
import { codecs, HostSubjects } from '../../proto/index.js';
import { Code, errorMessage } from '../../lib/errors.js';
import type { Logger } from '../../lib/log.js';
import type { Kernel } from '../kernel/kernel.js';

export interface ExecContext {
  workloads(): Map<string, Workload>;
  /** The namespace a workload's commands run in, once it is built. */
  namespaceOf(w: Workload): string | undefined;
}

const MAX_ARGV = 256;
const MAX_TIMEOUT_MS = 3_600_000;

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
    let req;
    try {
      req = codecs.execRequest.decode(msg.data);
    } catch (err) {
      return fail(Code.INVALID_ARGUMENT, errorMessage(err));
    }
    const outPrefix = `${HostSubjects.execOutput(this.host, '')}`;
    const out = req.outputSubject!;
    if (!out.startsWith(outPrefix) || !/^[A-Za-z0-9_-]{1,64}$/.test(out.slice(outPrefix.length))) {
      return fail(Code.INVALID_ARGUMENT, `output subject must be ${outPrefix}<id>`);
    }
    const argv = req.argv ?? [];
    if (argv.length === 0 || argv.length > MAX_ARGV)
      return fail(Code.INVALID_ARGUMENT, 'exec needs a command: vxnet exec NAME -- CMD [ARGS]');
    const w = this.ctx.workloads().get(req.workload!);
    if (!w) return fail(Code.NOT_FOUND, `no workload ${req.workload} on host ${this.host}`);
    const ns = this.ctx.namespaceOf(w);
    if (ns === undefined) return fail(Code.FAILED_PRECONDITION, `workload ${req.workload} is not running yet`);

    const timeoutMs = Math.min(req.timeoutMs || MAX_TIMEOUT_MS, MAX_TIMEOUT_MS);
    const proc = this.kernel.spawnIn(ns, argv, { timeoutMs });
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
}
