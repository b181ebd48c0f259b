// The flags and formats Docker users type out of habit: Go-style templates,
// filters, flag aliases, booleans with =true/false, repeated single-value flags,
// -h as --hostname, env files, restart policies, the log tail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileTemplate, TemplateError } from '../../cli/template.js';
import { parseCommand, type CommandSpec } from '../../cli/args.js';
import { labelField } from '../../cli/listing.js';
import { checkEnv, readEnvFile } from '../../cli/commands/run-options.js';
import { parseRestartPolicy, shouldRestart } from '../../lib/restart-policy.js';
import { bashScript } from '../../cli/commands/completion.js';

const row = {
  Name: 'web',
  Host: 'h1',
  Aliases: ['a', 'b'],
  Labels: labelField({ team: 'blue', tier: 'db' }),
  Label: (k?: string) => ({ team: 'blue' })[k as 'team'] ?? '',
  Nested: { Deep: { value: 3 } },
};

test('templates: fields, functions, pipelines, method fields, Go printing', () => {
  const r = (t: string) => compileTemplate(t).render(row);
  assert.equal(r('{{.Name}} on {{.Host}}'), 'web on h1');
  assert.equal(r('{{.name}}'), 'web', 'case-insensitive fallback');
  assert.equal(r('{{.Labels}}'), 'team=blue,tier=db');
  assert.equal(r('{{index .Labels "tier"}}'), 'db');
  assert.equal(r('{{.Label "team"}}'), 'blue');
  assert.equal(r('{{json .Aliases}}'), '["a","b"]');
  assert.equal(r('{{join .Aliases ","}}'), 'a,b');
  assert.equal(r('{{.Aliases}}'), '[a b]');
  assert.equal(r('{{.Name | upper}}'), 'WEB');
  assert.equal(r('{{.Nested.Deep.value}}'), '3');
  assert.equal(r('{{.Nested}}'), 'map[Deep:map[value:3]]');
  assert.equal(r('{{len .Aliases}}'), '2');
  assert.match(r('{{json .}}'), /^\{"Name":"web","Host":"h1"/);
  assert.equal(r('a\\tb'), 'a\tb', 'Docker turns a literal \\t into a tab');
  const t = compileTemplate('table {{.Name}}\\t{{.CreatedAt}}\\t{{.Label "team"}}');
  assert.deepEqual([t.table, t.headers], [true, ['NAME', 'CREATED AT', 'LABEL TEAM']]);
});

test('templates: every mistake is a TemplateError that says what to do', () => {
  const bad = (t: string, re: RegExp) =>
    assert.throws(
      () => compileTemplate(t).render(row),
      (e: Error) => e instanceof TemplateError && re.test(e.message),
    );
  bad('{{.Nope}}', /unknown field \.Nope.*fields here: \.Name, \.Host/);
  bad('{{.Name', /unclosed action/);
  bad('{{exec "rm"}}', /unknown function "exec"/);
  bad('{{}}', /empty action/);
  bad('{{.Name "x"}}', /takes no argument/);
  bad('{{index .Name}}', /index takes 2 arguments/);
  bad('{{.Name.Sub}}', /has no fields/);
  bad('{{"abc}}', /unterminated string/);
});

const spec: CommandSpec = {
  name: 'run',
  args: '',
  summary: '',
  options: {
    network: { type: 'string', multiple: true, aliases: ['net'], desc: '' },
    alias: { type: 'string', multiple: true, aliases: ['network-alias'], desc: '' },
    hostname: { type: 'string', short: 'h', desc: '' },
    subnet: { type: 'string', desc: '' },
    all: { type: 'boolean', short: 'a', desc: '' },
  },
};

test('parsing: Docker aliases, -h as hostname, --x=true|false, repeated single-value flags refused', () => {
  const p = parseCommand(spec, ['--net', 'n1', '--network=n2', '--network-alias', 'x', '-h', 'box', '--all=true']);
  assert.deepEqual(p.values.network, ['n1', 'n2']);
  assert.deepEqual(p.values.alias, ['x']);
  assert.equal(p.values.hostname, 'box');
  assert.equal(p.help, false, '-h is the hostname here, not help');
  assert.equal(p.values.all, true);
  assert.equal(parseCommand(spec, ['--all=false']).values.all, undefined);
  assert.equal(parseCommand(spec, ['--help']).help, true);
  assert.throws(() => parseCommand(spec, ['--subnet', 'a', '--subnet', 'b']), /flag --subnet given twice: give it once/);
  assert.throws(() => parseCommand(spec, ['--all=maybe']), /takes true or false/);
  const noH: CommandSpec = { name: 'ps', args: '', summary: '', options: {} };
  assert.equal(parseCommand(noH, ['-h']).help, true, 'where -h is free it is help, as in Docker');
});

test('env: KEY=VALUE, KEY from this shell, env files with comments; bad keys refused', () => {
  assert.equal(checkEnv('A=1=2', {}), 'A=1=2');
  assert.equal(checkEnv('HOME', { HOME: '/root' }), 'HOME=/root');
  assert.throws(() => checkEnv('1A=x', {}), /invalid --env "1A=x"/);
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-env-'));
  try {
    const f = join(dir, 'e');
    writeFileSync(f, '# comment\nA=1\n\n  B=two words\nC\r\n');
    assert.deepEqual(readEnvFile(f, { C: 'from-shell' }), ['A=1', 'B=two words', 'C=from-shell']);
    writeFileSync(f, 'A=1\nnot a key=3\n');
    assert.throws(() => readEnvFile(f, {}), /invalid line 2 in --env-file/);
    assert.throws(() => readEnvFile(join(dir, 'missing'), {}), /cannot read --env-file .*ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('restart policies: Docker names, on-failure:MAX, and when each restarts', () => {
  assert.deepEqual(parseRestartPolicy(''), { name: 'no', max: 0 });
  assert.deepEqual(parseRestartPolicy('on-failure:3'), { name: 'on-failure', max: 3 });
  assert.throws(() => parseRestartPolicy('always:3'), /invalid --restart "always:3"/);
  assert.throws(() => parseRestartPolicy('sometimes'), /use no, on-failure\[:MAX\], always or unless-stopped/);
  const of = parseRestartPolicy('on-failure:2');
  assert.deepEqual(
    [0, 1, 1, 1].map((code, i) => shouldRestart(of, code, i)),
    [false, true, false, false],
  );
  assert.equal(shouldRestart(parseRestartPolicy('always'), 0, 100), true);
  assert.equal(shouldRestart(parseRestartPolicy('no'), 1, 0), false);
});

test('completion: the bash script lists verbs, their flags and Docker aliases', async () => {
  const s = await bashScript();
  assert.match(s, /complete -F _vxnet vxnet/);
  assert.match(s, /"network create"\) flags="[^"]*--subnet/);
  assert.match(s, /"run"\) flags="[^"]*--net /);
  assert.match(s, /--network\) _vxnet_names network/);
});
