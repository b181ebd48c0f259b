// The agent's systemd unit keeps the promise its comments make: no option that
// gives the service a private mount namespace (the `ip netns` mounts would be
// invisible to the host) and no restriction that workloads and `vxnet exec`
// would inherit and that breaks ordinary tools. The list of mount-namespace
// options follows systemd's exec_needs_mount_namespace() (src/core/execute.c).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

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
