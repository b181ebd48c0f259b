// What systemd would run for a unit, for host containers that have no systemd
// (install-tarball.test.ts): the unit file and its drop-ins as installed in
// the container are read and merged (ExecStart=, User=, DynamicUser=,
// EnvironmentFile=, Restart=, RestartSec=), and the resulting command is
// started the way the unit says: environment files read as root first
// (missing "-" files skipped), then the privileges dropped with setpriv, and
// restarted after RestartSec when Restart= is set. Owns only this reading
// and the runner script; must never invent a command the unit does not have
// (a unit without ExecStart is an error).

export interface Unit {
  execStart: string[];
  user?: string;
  group?: string;
  dynamicUser: boolean;
  environmentFiles: string[];
  restart: boolean;
  restartSec: number;
}

/** Merges a unit file and its drop-ins (in order) into what starting it runs. */
export function parseUnit(name: string, texts: string[]): Unit {
  let exec: string | undefined;
  const u: Unit = { execStart: [], dynamicUser: false, environmentFiles: [], restart: false, restartSec: 0.1 };
  for (const text of texts) {
    let section = '';
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#') || line.startsWith(';')) continue;
      const sec = /^\[(.+)\]$/.exec(line);
      if (sec) {
        section = sec[1]!;
        continue;
      }
      if (section !== 'Service') continue;
      const eq = line.indexOf('=');
      const [k, v] = [line.slice(0, eq).trim(), line.slice(eq + 1).trim()];
      if (k === 'ExecStart') exec = v || undefined;
      else if (k === 'User') u.user = v;
      else if (k === 'Group') u.group = v;
      else if (k === 'DynamicUser') u.dynamicUser = v === 'yes' || v === 'true';
      else if (k === 'EnvironmentFile') u.environmentFiles.push(v);
      else if (k === 'Restart') u.restart = v !== 'no';
      else if (k === 'RestartSec') u.restartSec = Number.parseFloat(v);
    }
  }
  if (!exec) throw new Error(`unit ${name} has no ExecStart`);
  // The units here use no quoting, specifiers or prefixes: anything else is refused rather than guessed.
  if (/["'%$\\]/.test(exec) || /^[-@+!:]/.test(exec)) throw new Error(`unit ${name}: ExecStart=${exec} needs a real systemd`);
  u.execStart = exec.split(/\s+/);
  return u;
}

/**
 * `bash -c RUNNER _ UNIT N (OPTIONAL ENVFILE)... RESTART RESTARTSEC ARGV...`: writes /run/vxnet-unit-UNIT.pid
 * (its own PID; the command is its child), logs to /run/vxnet-unit-UNIT.log.
 */
export const RUNNER = [
  'unit=$1; n=$2; shift 2',
  'exec >>"/run/vxnet-unit-$unit.log" 2>&1',
  'echo $$ >"/run/vxnet-unit-$unit.pid"',
  'set -a',
  'for ((i = 0; i < n; i++)); do opt=$1; f=$2; shift 2',
  '  if [[ -r $f ]]; then . "$f"; elif ((!opt)); then echo "EnvironmentFile $f missing" >&2; exit 1; fi',
  'done',
  'set +a',
  'restart=$1; sec=$2; shift 2',
  'while :; do "$@"; ((restart)) || exit; sleep "$sec"; done',
].join('\n');

/** The argv after `bash -c RUNNER _` that starts this unit. */
export function runnerArgs(name: string, u: Unit): string[] {
  const drop = u.dynamicUser
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups']
    : u.user
      ? ['setpriv', `--reuid=${u.user}`, `--regid=${u.group ?? u.user}`, '--init-groups']
      : [];
  // Each file as a pair: 1 when systemd may skip it ("-" prefix), then its path.
  const envFiles = u.environmentFiles.flatMap((f) => (f.startsWith('-') ? ['1', f.slice(1)] : ['0', f]));
  return [name, String(u.environmentFiles.length), ...envFiles, u.restart ? '1' : '0', String(u.restartSec), ...drop, ...u.execStart];
}

/** `bash -c KILL _ UNIT`: SIGKILL to the unit's command and its runner (no restart): a crash of that machine's service. */
export const KILL = 'p=$(cat "/run/vxnet-unit-$1.pid"); c=$(cat "/proc/$p/task/$p/children" 2>/dev/null || true); kill -9 "$p" $c';

/** Where the tests' shadow-check drop-in goes (shadowCheckDropIn). */
export const SHADOW_CHECK_DROPIN = '/etc/systemd/system/vxnet-agent.service.d/shadow-check.conf';

/**
 * The tests' shadow check on an installed agent: a drop-in that runs the
 * unit's own ExecStart (from `unitText`, the installed vxnet-agent.service)
 * with --verify-prediction, as an admin would turn it on. Not a README step.
 */
export function shadowCheckDropIn(unitText: string): string {
  const start = /^ExecStart=.+$/m.exec(unitText)?.[0];
  if (!start) throw new Error('the installed vxnet-agent unit has no ExecStart');
  return `[Service]\nExecStart=\n${start} --verify-prediction\n`;
}
