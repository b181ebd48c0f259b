#!/usr/bin/env node
// gen-credentials: NATS users for a real cluster (see deploy/README.md).
//   vxnet-gen-credentials --hosts h1,h2,h3 --out /root/vxnet-credentials   (release tarball)
//   node dist/cli/lab/gen-credentials.js --hosts h1,h2,h3 --out DIR          (checkout)
// Run again on the same --out, the hosts listed are added to those already
// there (credentials.json), whose passwords never change; --remove drops hosts.
// Writes auth.conf (nats-server `include`s it), controller.env, admin.env and
// agent-<host>.env, all 0600. Prints the file names, never a password.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../lib/errors.js';
import { DEFAULT_ROUTES, generateCredentials, readCredentials, writeCredentials } from './credentials.js';

const USAGE = `usage: gen-credentials --hosts h1,h2,... --out DIR [--remove h3,...] [--bucket vxnet] [--routes ${DEFAULT_ROUTES.join(',')}]
Run again with the same --out to add hosts (--hosts h4 is enough): every existing user keeps its password.`;

function main(): void {
  const { values } = parseArgs({
    options: {
      hosts: { type: 'string' },
      remove: { type: 'string' },
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
  if ((!values.hosts && !values.remove) || !values.out) throw new Error(`--hosts (or --remove) and --out are required\n${USAGE}`);
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
  const keep = readCredentials(values.out);
  const remove = list(values.remove);
  for (const h of remove) if (!keep?.hosts[h]) throw new Error(`--remove ${h}: no such host in ${values.out}/credentials.json`);
  // Hosts already there stay (same password) unless removed; the listed ones are added.
  const listed = list(values.hosts);
  const hosts = [...Object.keys(keep?.hosts ?? {}).filter((h) => !remove.includes(h) && !listed.includes(h)), ...listed];
  const routes = values.routes ? values.routes.split(',').map((r) => r.trim()) : (keep?.routes ?? DEFAULT_ROUTES);
  for (const r of routes) if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(r)) throw new Error(`--routes: "${r}" is not HOST:PORT`);
  const w = writeCredentials(values.out, { ...generateCredentials(hosts, keep), routes }, values.bucket, routes);
  for (const h of remove) rmSync(join(values.out, `agent-${h}.env`), { force: true });
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
