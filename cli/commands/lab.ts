// `vxnet lab up | down | status`: a multi-host lab on this one machine
// (network namespaces as hosts, see cli/lab/). Needs root.
import { intInRange, str } from '../args.js';
import { CliError, UsageError } from '../errors.js';
import type { Command } from '../command.js';
import { labUp } from '../lab/up.js';
import { labDown } from '../lab/down.js';
import { labStatus } from '../lab/status.js';
import { LabCommandError, LabError } from '../lab/sh.js';
import { LAB, readLabState } from '../lab/state.js';
import { dockerInteractive } from '../lab/dockerd.js';
import { LAB_IMAGE } from '../lab/lab-image.js';

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
    options: {
      hosts: { type: 'string', arg: 'N', desc: 'number of hosts, 1-9 (default 3)' },
      'nats-cluster': {
        type: 'string',
        arg: 'N',
        desc: 'NATS nodes: 1 (default) or 3 (JetStream cluster, KV with 3 replicas, two controllers)',
      },
      docker: { type: 'boolean', desc: `also a private Docker daemon per host, with the vxnet plugin and the ${LAB_IMAGE} image` },
    },
    examples: ['vxnet lab up', 'vxnet lab up --hosts 2', 'vxnet lab up --nats-cluster 3', 'vxnet lab up --docker'],
  },
  async run(ctx, p) {
    const n = intInRange(str(p, 'hosts'), 'hosts', 1, 9, 3);
    const natsCluster = intInRange(str(p, 'nats-cluster'), 'nats-cluster', 1, 3, 1);
    if (natsCluster === 2) throw new UsageError('--nats-cluster must be 1 or 3: a 2-node JetStream cluster stops when either node does');
    const withDocker = p.values.docker === true;
    let state: Awaited<ReturnType<typeof labUp>>;
    try {
      state = await labUp({ hosts: n, natsCluster, say: (t) => ctx.io.out(t), docker: withDocker });
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
        ...(withDocker
          ? [
              `  npx vxnet lab docker ${names[0]} -- network create -d vxnet --ipam-driver vxnet --subnet 10.78.0.0/24 dnet`,
              `  npx vxnet lab docker ${names[names.length - 1]} -- network create -d vxnet --ipam-driver vxnet --subnet 10.78.0.0/24 dnet`,
              `  npx vxnet lab docker ${names[names.length - 1]} -- run -d --name web --network dnet --ip 10.78.0.10 ${LAB_IMAGE} httpd -f -p 80`,
              `  npx vxnet lab docker ${names[0]} -- run --rm --network dnet ${LAB_IMAGE} sh -c 'sleep 0.5; ping -c2 10.78.0.10'`,
            ]
          : []),
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

const dockerCmd: Command = {
  spec: {
    name: 'lab docker',
    args: 'HOST [--] ARGS...',
    summary: "Run the docker CLI against a lab host's own daemon (lab up --docker).",
    minArgs: 1,
    options: {},
    examples: ['vxnet lab docker h1 -- ps', 'vxnet lab docker h1 -- run --rm --network dnet vxnet-lab ping -c1 web'],
  },
  async run(_ctx, p) {
    const host = p.positionals[0]!;
    const args = [...p.positionals.slice(1), ...(p.rest ?? [])];
    const state = readLabState();
    if (!state) throw new CliError(1, "no lab is up: start one with 'vxnet lab up --docker'");
    const h = state.hosts.find((x) => x.name === host);
    if (!h) throw new CliError(1, `no lab host ${host}: the hosts are ${state.hosts.map((x) => x.name).join(', ')}`);
    if (!h.docker)
      throw new CliError(
        1,
        `host ${host} has no docker daemon: the lab was started without --docker (vxnet lab down; vxnet lab up --docker)`,
      );
    if (args.length === 0) throw new CliError(2, "'vxnet lab docker' needs docker arguments, e.g. vxnet lab docker h1 -- ps");
    try {
      return await dockerInteractive(h.docker, args);
    } catch (err) {
      labFailure(err, '');
    }
  },
};

export const labCommands: Record<string, Command> = { up, down, status, docker: dockerCmd };
