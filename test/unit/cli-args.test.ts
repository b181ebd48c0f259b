// The CLI's pure parts: argument parsing, local validation, output formatting
// and the mapping of errors to exit codes. No NATS, no processes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractGlobals, parseCommand, keyValues, checkAddHost, intInRange, type CommandSpec } from '../../cli/args.js';
import { checkAddr, perFamily } from '../../cli/ip-args.js';
import { table, portLine, portsCell, ago, commandCell } from '../../cli/format.js';
import { exitFor, UsageError, RemoteError, UnreachableError } from '../../cli/errors.js';
import { InvalidArgument, NotFound } from '../../lib/errors.js';
import { Protocol } from '../../proto/index.js';
import { natsConfig } from '../../cli/lab/nats-config.js';

const spec: CommandSpec = {
  name: 'network create',
  args: 'NETWORK',
  summary: '',
  minArgs: 1,
  maxArgs: 1,
  options: {
    subnet: { type: 'string', desc: '' },
    label: { type: 'string', multiple: true, desc: '' },
    internal: { type: 'boolean', desc: '' },
  },
};

test('global flags are taken from anywhere before --, not after', () => {
  const r = extractGlobals(['network', '--nats', 'nats://x:1', 'ls', '--user=u', '--', '--nats', 'y']);
  assert.deepEqual(r.globals, { nats: 'nats://x:1', user: 'u' });
  assert.deepEqual(r.rest, ['network', 'ls', '--', '--nats', 'y']);
  assert.throws(() => extractGlobals(['--nats']), UsageError);
});

test('parseCommand: values, repeatable flags, rest after --', () => {
  const p = parseCommand(spec, ['--subnet', '10.0.0.0/24', '--label', 'a=1', '--label', 'b', 'demo', '--', 'x', '--y']);
  assert.equal(p.values.subnet, '10.0.0.0/24');
  assert.deepEqual(p.values.label, ['a=1', 'b']);
  assert.deepEqual(p.positionals, ['demo']);
  assert.deepEqual(p.rest, ['x', '--y']);
});

test('parseCommand: usage errors name the flag and point at --help', () => {
  assert.throws(
    () => parseCommand(spec, ['--bogus', 'x']),
    (e: Error) => e instanceof UsageError && /unknown flag --bogus/.test(e.message) && /--help/.test(e.message),
  );
  assert.throws(
    () => parseCommand(spec, ['x', '--subnet']),
    (e: Error) => e instanceof UsageError && /--subnet needs a value/.test(e.message),
  );
  assert.throws(() => parseCommand(spec, ['--internal=yes', 'x']), /flag --internal takes true or false, not "yes"/);
  assert.throws(() => parseCommand(spec, []), /needs NETWORK/);
  assert.throws(() => parseCommand(spec, ['a', 'b']), /unexpected argument "b"/);
  assert.equal(parseCommand(spec, ['--help']).help, true); // --help needs no arguments
});

test('value checks', () => {
  assert.deepEqual(keyValues(['a=1', 'b=', 'c', 'd=x=y'], 'label'), { a: '1', b: '', c: '', d: 'x=y' });
  assert.throws(() => keyValues(['=v'], 'label'), UsageError);
  // The controller's rules, caught before a round trip: one value per family, host bits zero.
  assert.deepEqual(perFamily(['10.1.0.0/16'], 'subnet', 'cidr'), { 4: '10.1.0.0/16' });
  assert.deepEqual(perFamily(['fd00::/64', '10.1.0.0/16'], 'subnet', 'cidr'), { 4: '10.1.0.0/16', 6: 'fd00::/64' });
  for (const bad of ['10.1.0.0', '10.1.0.0/33', 'x/24', '10.1.0/24', 'fd00::1/64', '10.1.0.1/16', 'fd00::/129'])
    assert.throws(() => perFamily([bad], 'subnet', 'cidr'), UsageError, bad);
  assert.throws(() => perFamily(['10.1.0.1/16'], 'subnet', 'cidr'), /host bits are set; use 10\.1\.0\.0\/16/);
  assert.throws(
    () => perFamily(['10.1.0.0/16', '10.2.0.0/16'], 'subnet', 'cidr'),
    /^UsageError: flag --subnet given twice for IPv4 \(10\.1\.0\.0\/16, 10\.2\.0\.0\/16\): give at most one per family$/,
  );
  assert.throws(() => perFamily(['fd00::1', 'fd00::2'], 'gateway', 'ip'), /given twice for IPv6/);
  assert.throws(() => perFamily(['x'], 'gateway', 'ip'), /give an IPv4 or IPv6 address such as/);
  assert.equal(checkAddr('fd00::5', 6, 'ip6', 'ip'), 'fd00::5');
  assert.throws(
    () => checkAddr('fd00::5', 4, 'ip', 'ip6'),
    /invalid --ip "fd00::5": that is an IPv6 address; give an IPv4 one \(IPv6 goes in --ip6\)/,
  );
  assert.throws(() => checkAddr('10.0.0.5', 6, 'ip6', 'ip'), /IPv4 goes in --ip\)/);
  assert.equal(checkAddHost('db:10.0.0.5'), 'db:10.0.0.5');
  assert.equal(checkAddHost('v6:fd00::1'), 'v6:fd00::1');
  assert.throws(() => checkAddHost('db'), UsageError);
  assert.equal(intInRange(undefined, 'hosts', 1, 9, 3), 3);
  assert.equal(intInRange('9', 'hosts', 1, 9, 3), 9);
  assert.throws(() => intInRange('10', 'hosts', 1, 9, 3), /1 to 9/);
  assert.throws(() => intInRange('2x', 'hosts', 1, 9, 3), UsageError);
});

test('table aligns columns like docker and does not pad the last one', () => {
  assert.equal(
    table(
      ['NAME', 'ID'],
      [
        ['a', '1'],
        ['longer', '22'],
      ],
    ),
    'NAME     ID\na        1\nlonger   22\n',
  );
  assert.equal(table(['A', 'B'], []), 'A   B\n');
});

test('ports and ages', () => {
  assert.equal(portLine({ protocol: Protocol.TCP, hostIp: '', hostPort: 8080, containerPort: 80 }), '80/tcp -> 0.0.0.0:8080');
  assert.equal(portLine({ protocol: Protocol.UDP, hostIp: '::1', hostPort: 53, containerPort: 5353 }), '5353/udp -> [::1]:53');
  assert.equal(
    portsCell([{ protocol: Protocol.TCP, hostPort: 8080, containerPort: 80 }], ['80', '53/udp']),
    '0.0.0.0:8080->80/tcp, 53/udp',
  );
  assert.equal(ago(0), 'never');
  assert.equal(ago(1000, 2500), '2s ago');
  assert.equal(ago(0 + 1, 1 + 125_000), '2m ago');
  assert.equal(commandCell(['sleep', 'infinity']), '"sleep infinity"');
  assert.equal(commandCell([]), '');
});

test('exit codes: 2 usage, 1 refused, 3 unreachable; one line', () => {
  assert.deepEqual(exitFor(new UsageError('bad')), { code: 2, message: 'bad' });
  assert.deepEqual(exitFor(new InvalidArgument('invalid name')), { code: 2, message: 'invalid name' });
  assert.deepEqual(exitFor(new RemoteError('no such network')), { code: 1, message: 'no such network' });
  assert.deepEqual(exitFor(new NotFound('x')), { code: 1, message: 'x' });
  assert.deepEqual(exitFor(new UnreachableError('down')), { code: 3, message: 'down' });
  assert.equal(exitFor(new Error('two\nlines')).message, 'two lines');
});

test('lab nats config: no users by default, per-host users when given', () => {
  const base = { serverName: 'lab', listenHost: '198.18.0.254', port: 4222, httpPort: 0, storeDir: '/run/x' };
  const open = natsConfig(base);
  assert.match(open, /listen: "198.18.0.254:4222"/);
  assert.match(open, /store_dir: "\/run\/x"/);
  assert.doesNotMatch(open, /authorization/);
  const locked = natsConfig({
    ...base,
    auth: {
      hosts: { h1: { user: 'h1', password: 'p"w' } },
      admin: { user: 'admin', password: 'a' },
      controller: { user: 'c', password: 'c' },
    },
  });
  assert.match(locked, /authorization/);
  assert.match(locked, /"vxnet\.host\.h1\.>"/);
  assert.match(locked, /password: "p\\"w"/);
});
