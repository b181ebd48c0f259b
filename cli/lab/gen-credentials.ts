#!/usr/bin/env node
// gen-credentials: NATS users for a real cluster (see deploy/README.md).
//   node dist/cli/lab/gen-credentials.js --hosts h1,h2,h3 --out /etc/vxnet/nats-auth
// Writes auth.conf (nats-server `include`s it), controller.env, admin.env and
// agent-<host>.env, all 0600. Prints the file names, never a password.
import { parseArgs } from 'node:util';
import { errorMessage } from '../../lib/errors.js';
import { DEFAULT_ROUTES, generateCredentials, readCredentials, writeCredentials } from './credentials.js';

const USAGE = `usage: gen-credentials --hosts h1,h2,... --out DIR [--bucket vxnet] [--routes ${DEFAULT_ROUTES.join(',')}]
Run again with more hosts and the same --out: existing users keep their passwords.`;

function main(): void {
  const { values } = parseArgs({
    options: {
      hosts: { type: 'string' },
      out: { type: 'string' },
      bucket: { type: 'string' },
      routes: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.hosts || !values.out) throw new Error(`--hosts and --out are required\n${USAGE}`);
  const hosts = values.hosts
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const routes = values.routes ? values.routes.split(',').map((r) => r.trim()) : DEFAULT_ROUTES;
  for (const r of routes) if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(r)) throw new Error(`--routes: "${r}" is not HOST:PORT`);
  const w = writeCredentials(values.out, generateCredentials(hosts, readCredentials(values.out)), values.bucket, routes);
  process.stdout.write(
    [
      `nats-server: add \`include "${w.authConf}"\` to its config (or paste the block); cluster nodes also include cluster.conf`,
      `controller:  EnvironmentFile=${w.controllerEnv}`,
      `vxnet CLI:   set -a; . ${w.adminEnv}; set +a`,
      ...Object.entries(w.hostEnv).map(([h, p]) => `agent ${h}: EnvironmentFile=${p}`),
      '',
    ].join('\n'),
  );
}

try {
  main();
} catch (err) {
  process.stderr.write(`gen-credentials: ${errorMessage(err)}\n`);
  process.exit(2);
}
