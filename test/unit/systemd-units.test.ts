// The agent's systemd unit keeps the promise its comments make: no option that
// gives the service a private mount namespace (the `ip netns` mounts would be
// invisible to the host) and no restriction that workloads and `vxnet exec`
// would inherit and that breaks ordinary tools. The list of mount-namespace
// options follows systemd's exec_needs_mount_namespace() (src/core/execute.c).
// And systemd's own parser accepts each vxnet unit without a warning:
// `systemd-analyze verify --root` on a throwaway root (the only test here that
// runs a program; offline, it starts nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Any value but an explicit "off" makes systemd set up a mount namespace. */
const MOUNT_NAMESPACE = [
  'RootDirectory',
  'RootImage',
  'ReadWritePaths',
  'ReadOnlyPaths',
  'InaccessiblePaths',
  'ExecPaths',
  'NoExecPaths',
  'BindPaths',
  'BindReadOnlyPaths',
  'TemporaryFileSystem',
  'MountImages',
  'ExtensionImages',
  'ExtensionDirectories',
  'PrivateTmp',
  'PrivateDevices',
  'PrivateMounts',
  'PrivateNetwork',
  'NetworkNamespacePath',
  'PrivateIPC',
  'IPCNamespacePath',
  'PrivateUsers',
  'ProtectSystem',
  'ProtectHome',
  'ProtectKernelTunables',
  'ProtectKernelModules',
  'ProtectKernelLogs',
  'ProtectControlGroups',
  'ProtectProc',
  'ProcSubset',
  'DynamicUser',
  'LogNamespace',
  'JoinsNamespaceOf',
];

/** Inherited by every workload command and `vxnet exec`, and breaks ordinary tools there. */
const INHERITED = [
  'NoNewPrivileges',
  'RestrictAddressFamilies',
  'SystemCallFilter',
  'SystemCallArchitectures',
  'CapabilityBoundingSet',
  'RestrictNamespaces',
  'RestrictSUIDSGID',
  'ProtectClock',
  'DeviceAllow',
  'DevicePolicy',
  'MemoryDenyWriteExecute',
  'LockPersonality',
  'RestrictRealtime',
  'IPAddressDeny',
];

const OFF = /^(no|false|0|off|)$/i;

/** key=value pairs of a unit's [Service] section. */
function serviceOptions(text: string): [string, string][] {
  const out: [string, string][] = [];
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const m = /^\[(.+)\]$/.exec(line);
    if (m) section = m[1]!;
    else if (section === 'Service' && line.includes('='))
      out.push([line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()]);
  }
  return out;
}

/** Every option the agent's unit must not have, with why. */
function violations(text: string): string[] {
  return serviceOptions(text).flatMap(([k, v]) => {
    if (MOUNT_NAMESPACE.includes(k) && !OFF.test(v)) return [`${k}=${v} gives the agent a private mount namespace`];
    if (k === 'MountFlags' && !/^shared$/i.test(v)) return [`${k}=${v} gives the agent a private mount namespace`];
    if (INHERITED.includes(k) && !OFF.test(v)) return [`${k}=${v} is inherited by workloads and breaks ordinary tools`];
    return [];
  });
}

test('the agent unit has no mount-namespace option and nothing workloads would inherit', () => {
  const agent = readFileSync('deploy/systemd/vxnet-agent.service', 'utf8');
  assert.ok(
    serviceOptions(agent).some(([k]) => k === 'ExecStart'),
    'the parser reads the unit',
  );
  assert.deepEqual(violations(agent), []);
});

test('positive control: the same check catches each kind of option', () => {
  const bad =
    '[Unit]\nProtectSystem=strict\n[Service]\nExecStart=/bin/true\nProtectKernelModules=yes\nPrivateTmp=no\nMountFlags=private\nNoNewPrivileges=yes\nRestrictAddressFamilies=AF_INET\n';
  assert.deepEqual(violations(bad), [
    'ProtectKernelModules=yes gives the agent a private mount namespace',
    'MountFlags=private gives the agent a private mount namespace',
    'NoNewPrivileges=yes is inherited by workloads and breaks ordinary tools',
    'RestrictAddressFamilies=AF_INET is inherited by workloads and breaks ordinary tools',
  ]);
  // The controller runs no workloads and makes no mounts: it stays sandboxed.
  const controller = serviceOptions(readFileSync('deploy/systemd/vxnet-controller.service', 'utf8'));
  assert.ok(controller.some(([k, v]) => k === 'ProtectSystem' && v === 'strict'));
});

/** systemd-analyze verify on a root holding the system's units, ours, their drop-ins and stub binaries. */
function verifyUnits(edit: (root: string) => void = () => undefined): { code: number | null; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'vxnet-sdroot-'));
  try {
    const etc = join(root, 'etc/systemd/system');
    mkdirSync(join(root, 'usr/lib/systemd'), { recursive: true });
    cpSync('/usr/lib/systemd/system', join(root, 'usr/lib/systemd/system'), { recursive: true });
    cpSync('deploy/systemd', etc, { recursive: true });
    const units = readdirSync(etc).filter((f) => f.endsWith('.service'));
    // ExecStart must point at an executable: the installed layout's (deploy/install.sh), as stubs.
    for (const u of units) {
      for (const m of readFileSync(join(etc, u), 'utf8').matchAll(/^ExecStart=[-@!+]*(\S+)/gm)) {
        mkdirSync(join(root, m[1]!, '..'), { recursive: true });
        writeFileSync(join(root, m[1]!), '#!/bin/sh\n');
        chmodSync(join(root, m[1]!), 0o755);
      }
    }
    edit(root);
    const r = spawnSync('systemd-analyze', ['verify', `--root=${root}`, ...units.map((u) => join(etc, u))], { encoding: 'utf8' });
    if (r.error)
      throw new Error(`systemd-analyze cannot run (${r.error.message}): install the systemd package (scripts/ensure-deps.sh does)`);
    return { code: r.status, out: `${r.stdout}${r.stderr}`.trim() };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test("systemd's own parser accepts every unit without a warning (systemd-analyze verify); a bad key is caught", () => {
  assert.deepEqual(verifyUnits(), { code: 0, out: '' });
  // Positive control through the same path: an unknown key is reported.
  const bad = verifyUnits((root) => {
    const f = join(root, 'etc/systemd/system/vxnet-agent.service');
    writeFileSync(f, readFileSync(f, 'utf8').replace('[Service]', '[Service]\nProtectKernelModulez=yes'));
  });
  assert.match(bad.out, /Unknown key 'ProtectKernelModulez'/);
});
