// `vxnet lab up | down | status`: a multi-host lab on this one machine
// (network namespaces as hosts, see cli/lab/). Needs root.
import { intInRange, str } from '../args.js';
import { CliError } from '../errors.js';
import type { Command } from '../command.js';
import { labUp } from '../lab/up.js';
import { labDown } from '../lab/down.js';
import { labStatus } from '../lab/status.js';
import { LabCommandError, LabError } from '../lab/sh.js';
import { LAB } from '../lab/state.js';

/** Lab failures are local problems (exit 1) with a message that says what to do. */
function labFailure(err: unknown, hint: string): never {
  if (err instanceof LabError || err instanceof LabCommandError) throw new CliError(1, `${err.message}${hint}`);
  throw err;
}

const up: Command = {
  spec: {
    name: 'lab up',
    args: '',
    summary: `Start a lab: N hosts as network namespaces on one underlay bridge (${LAB.subnet}), nats-server, the controller and one agent per host.`,
    maxArgs: 0,
    options: { hosts: { type: 'string', arg: 'N', desc: 'number of hosts, 1-9 (default 3)' } },
    examples: ['vxnet lab up', 'vxnet lab up --hosts 2'],
  },
  async run(ctx, p) {
    const n = intInRange(str(p, 'hosts'), 'hosts', 1, 9, 3);
    let state: Awaited<ReturnType<typeof labUp>>;
    try {
      state = await labUp({ hosts: n, say: (t) => ctx.io.out(t) });
    } catch (err) {
      const created =
        err instanceof LabError && /already up|already routed|already assigned|needs root|missing|not installed/.test(err.message);
      labFailure(err, created ? '' : `; logs are in /run/vxnet-lab/logs, clean up with 'vxnet lab down'`);
    }
    const names = state.hosts.map((h) => h.name);
    ctx.io.out(
      [
        '',
        `lab is up: ${names.length} host(s) ${names.join(', ')} on ${LAB.subnet}, NATS at ${state.nats?.labUrl}`,
        '',
        'next:',
        '  npx vxnet host ls',
        `  npx vxnet network create demo --subnet 10.77.0.0/24`,
        `  npx vxnet run --host ${names[0]} --name a --network demo`,
        `  npx vxnet run --host ${names[names.length - 1]} --name b --network demo`,
        '  npx vxnet exec a -- ping -c2 b',
        '  npx vxnet lab status',
        '  npx vxnet lab down',
        '',
      ].join('\n'),
    );
    return 0;
  },
};

const down: Command = {
  spec: {
    name: 'lab down',
    args: '',
    summary: 'Stop the lab and remove everything it created (safe to run twice).',
    maxArgs: 0,
    options: {},
  },
  async run(ctx) {
    if (process.getuid?.() !== 0) throw new CliError(1, 'the lab needs root: run it as root');
    const r = await labDown((t) => ctx.io.out(t));
    if (r.errors.length > 0) {
      throw new CliError(1, `lab down finished with ${r.errors.length} error(s): ${r.errors.map((e) => e.message).join('; ')}`);
    }
    ctx.io.out(r.stopped === 0 && r.removed.length === 0 ? 'no lab was up: nothing to do\n' : 'lab is down\n');
    return 0;
  },
};

const status: Command = {
  spec: { name: 'lab status', args: '', summary: 'Show the lab: processes, hosts (ready or not), namespaces.', maxArgs: 0, options: {} },
  async run(ctx) {
    const s = await labStatus();
    ctx.io.out(s.text);
    if (!s.state) {
      if (s.problems.length > 0) throw new CliError(1, s.problems[0]!);
      return 1;
    }
    if (!s.healthy) throw new CliError(1, `lab is degraded: ${s.problems.join('; ')}`);
    return 0;
  },
};

export const labCommands: Record<string, Command> = { up, down, status };
