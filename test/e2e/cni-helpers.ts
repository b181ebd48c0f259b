// Running vxnet-cni the way a runtime does (DESIGN "CNI"): the plugin found as
// `vxnet` in a plugin directory (the README's install: a two-line wrapper),
// executed with CNI_* variables and the configuration on stdin; stdout is one
// JSON document. Also: runtime-like network namespaces and background servers
// in them, all named with the cluster's prefix so Cluster.stop() removes them.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cluster } from './cluster.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The bin users install (one CommonJS file, scripts/bundle-cni.mjs): tests run what users run. */
const PLUGIN_MAIN = join(ROOT, 'dist/cni/vxnet-cni.cjs');

/**
 * The README's wrapper: NODE_EXTRA_CA_CERTS is dropped (the plugin speaks no
 * TLS, and Node 20 reads that file at every start: ~40 ms of each call here).
 */
export const PLUGIN_WRAPPER = `#!/bin/sh\nunset NODE_EXTRA_CA_CERTS\nexec ${process.execPath} ${PLUGIN_MAIN} "$@"\n`;

/** Whether a file is a wrapper these tests wrote (from any checkout: a killed run's leftover). */
export function isTestWrapper(text: string): boolean {
  return /^#!\/bin\/sh\n(?:unset NODE_EXTRA_CA_CERTS\n)?exec \S+ \S+\/dist\/cni\/vxnet-cni\.cjs "\$@"\n$/.test(text);
}

/** Writes the plugin into `dir` as `vxnet` (what the README tells operators to install). */
export function installPlugin(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'vxnet');
  writeFileSync(path, PLUGIN_WRAPPER);
  chmodSync(path, 0o755);
  return path;
}

export interface CniRun {
  code: number;
  stdout: string;
  /** stdout parsed (undefined when empty). */
  json: Record<string, unknown> | undefined;
}

/** One plugin execution: only PATH and the given CNI_* variables in the environment. */
export function invoke(plugin: string, env: Record<string, string | undefined>, stdin: unknown): CniRun {
  const clean: Record<string, string> = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) clean[k] = v;
  const input = typeof stdin === 'string' ? stdin : JSON.stringify(stdin);
  const r = spawnSync(plugin, [], { env: clean, input, encoding: 'utf8', timeout: 60_000 });
  const stdout = r.stdout ?? '';
  let json: Record<string, unknown> | undefined;
  try {
    json = stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : undefined;
  } catch {
    json = { unparsable: stdout };
  }
  return { code: r.status ?? 1, stdout, json };
}

/** A runtime's network namespace (lo up, as runtimes run the loopback plugin). */
export function runtimeNs(c: Cluster, name: string): string {
  const ns = `${c.prefix}rt-${name}`;
  execFileSync('ip', ['netns', 'add', ns]);
  execFileSync('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
  return ns;
}

/** A long-running process inside a namespace; killed by the returned function. */
export function startIn(ns: string, argv: string[]): () => void {
  const p: ChildProcess = spawn('ip', ['netns', 'exec', ns, ...argv], { stdio: 'ignore', detached: true });
  return () => {
    try {
      if (p.pid) process.kill(-p.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
}
