// The `vxnet` command table and dispatcher: globals → verb → parse → run →
// exit code. Every failure ends here as one line, `vxnet: <message>`, on
// stderr, with exit 2 (usage), 1 (refused) or 3 (unreachable). No stack traces
// unless VXNET_DEBUG=1.
import { extractGlobals, parseCommand, helpText, GLOBAL_OPTIONS, type CommandSpec } from './args.js';
import { exitFor, UsageError } from './errors.js';
import type { Command, Io } from './command.js';
import { GROUPS, TOP, TOP_SUMMARY } from './catalog.js';

function topHelp(): string {
  const pad = (s: string) => s.padEnd(20);
  const lines = ['Usage: vxnet [GLOBAL OPTIONS] COMMAND', '', 'Multi-host VXLAN overlay networks, driven through NATS.', '', 'Commands:'];
  for (const [name, summary] of Object.entries(TOP_SUMMARY)) lines.push(`  ${pad(name)}${summary}`);
  for (const [g, grp] of Object.entries(GROUPS)) {
    const name = `${g} ${grp.verbs.join('|')}`;
    if (name.length < 20) lines.push(`  ${pad(name)}${grp.summary}`);
    else lines.push(`  ${name}`, `  ${pad('')}${grp.summary}`);
  }
  lines.push('', 'Global options:');
  const spec: CommandSpec = { name: '', args: '', summary: '', options: GLOBAL_OPTIONS };
  lines.push(
    ...helpText(spec, false)
      .split('\n')
      .filter((l) => l.startsWith('  ')),
  );
  lines.push('', "Run 'vxnet COMMAND --help' for more on a command.", '');
  return lines.join('\n');
}

async function groupHelp(g: string): Promise<string> {
  const grp = GROUPS[g]!;
  const lines = [`Usage: vxnet ${g} COMMAND`, '', grp.summary, '', 'Commands:'];
  for (const [name, c] of Object.entries(await grp.load())) lines.push(`  ${name.padEnd(12)}${c.spec.summary}`);
  lines.push('', `Run 'vxnet ${g} COMMAND --help' for more on a command.`, '');
  return lines.join('\n');
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let command: Command | undefined;
  try {
    const { globals, rest } = extractGlobals(argv);
    const [first, second] = rest;
    if (first === 'help' && second !== undefined) {
      // `vxnet help network`, `vxnet help network create`, `vxnet help run`: the same as --help there.
      return await main([...rest.slice(1), '--help'], io);
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.out(topHelp());
      return 0;
    }
    if (first === '--version' || first === '-v')
      return await (await TOP.version()).version!.run({ globals, io }, { values: {}, positionals: [], rest: undefined, help: false });
    let cmd: Command | undefined;
    let args: string[];
    if (first in GROUPS) {
      if (second === undefined || second === '--help' || second === '-h') {
        io.out(await groupHelp(first));
        return 0;
      }
      cmd = (await GROUPS[first]!.load())[second];
      if (!cmd) throw new UsageError(`unknown command "${first} ${second}"; see 'vxnet ${first} --help'`);
      args = rest.slice(2);
    } else {
      cmd = first in TOP ? (await TOP[first as keyof typeof TOP]())[first] : undefined;
      if (!cmd) throw new UsageError(`unknown command "${first}"; see 'vxnet --help'`);
      args = rest.slice(1);
    }
    command = cmd;
    const parsed = parseCommand(cmd.spec, args);
    if (parsed.help) {
      io.out(helpText(cmd.spec));
      return 0;
    }
    return await cmd.run({ globals, io }, parsed);
  } catch (err) {
    const { code, message } = exitFor(err);
    io.err(`vxnet: ${message}\n`);
    if (process.env.VXNET_DEBUG === '1' && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return command?.ownFailureCode ?? code;
  }
}
