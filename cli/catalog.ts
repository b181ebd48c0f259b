// Which verbs exist and where each lives, without loading any of them: `vxnet
// --help` prints from here, and a verb's module (with NATS, protobuf or the
// lab's process runner behind it) is imported only when that verb runs.
// The summaries of top-level verbs live here once; their specs use them.
import type { Command } from './command.js';

type Loader = () => Promise<Record<string, Command>>;

const workload: Loader = () => import('./commands/workload.js').then((m) => m.workloadCommands);
const runVerb: Loader = () => import('./commands/run.js').then((m) => m.runCommands);
const logs: Loader = () => import('./commands/logs.js').then((m) => m.logsCommands);
const exec: Loader = () => import('./commands/exec.js').then((m) => m.execCommands);
const completion: Loader = () => import('./commands/completion.js').then((m) => m.completionCommands);

export const TOP_SUMMARY = {
  run: 'Create a workload on a host: a network namespace with its interfaces, and a command if one is given.',
  ps: 'List workloads (exited ones only with -a).',
  inspect: 'Show workloads in detail (JSON or a template): host, interfaces, addresses, ports, status.',
  rm: 'Remove workloads (their interfaces, addresses and published ports go with them).',
  port: "List a workload's published ports, or the host address of one port.",
  logs: "Show a workload's output (its command's stdout and stderr as kept by the agent, with each line's time).",
  exec: "Run a command inside a workload; its output and exit code become this command's.",
  completion: 'Print a shell completion script (bash or zsh).',
  version: 'Show the versions of this client, the controllers and the agents.',
} as const;

export const TOP: Record<keyof typeof TOP_SUMMARY, Loader> = {
  run: runVerb,
  ps: workload,
  inspect: workload,
  rm: workload,
  port: workload,
  logs,
  exec,
  completion,
  version: () => import('./commands/version.js').then((m) => ({ version: m.version })),
};

export interface Group {
  summary: string;
  verbs: readonly string[];
  load: Loader;
}

export const GROUPS: Record<string, Group> = {
  network: {
    summary: 'Manage networks',
    verbs: ['create', 'ls', 'inspect', 'rm', 'prune', 'connect', 'disconnect'],
    load: () => import('./commands/network.js').then((m) => m.networkCommands),
  },
  host: { summary: 'List hosts', verbs: ['ls'], load: () => import('./commands/host.js').then((m) => m.hostCommands) },
  lab: {
    summary: 'Run a multi-host lab on this machine',
    verbs: ['up', 'down', 'status'],
    load: () => import('./commands/lab.js').then((m) => m.labCommands),
  },
};
