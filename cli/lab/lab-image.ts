// The `vxnet-lab` image for lab and test Docker daemons, with no registry: a
// root filesystem of this machine's static busybox (sh, ping, ip, nc, nslookup,
// httpd, sleep and the rest of its applets as links) packed by tar and given
// to `docker import`. Must never pull: it only imports.
import { existsSync, mkdirSync, rmSync, symlinkSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docker, type HostDocker } from './dockerd.js';
import { LabError, sh } from './sh.js';

export const LAB_IMAGE = 'vxnet-lab';
const APPLETS = [
  'sh',
  'ping',
  'ip',
  'nc',
  'nslookup',
  'httpd',
  'sleep',
  'cat',
  'echo',
  'ls',
  'hostname',
  'grep',
  'wget',
  'ifconfig',
  'route',
  'kill',
  'ps',
  'true',
  'false',
  'mkdir',
  'timeout',
];

/** Builds the image tarball in `dir` (once) and returns its path. */
export async function labImageTarball(dir: string): Promise<string> {
  const tar = join(dir, `${LAB_IMAGE}.tar`);
  if (existsSync(tar)) return tar;
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
  if (!busybox) throw new LabError('busybox is missing (the lab image is made of it): apt-get install busybox-static');
  const root = join(dir, 'rootfs');
  rmSync(root, { recursive: true, force: true });
  for (const d of ['bin', 'etc', 'tmp', 'var/www']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(busybox, join(root, 'bin/busybox'));
  for (const a of APPLETS) symlinkSync('busybox', join(root, 'bin', a));
  writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/:/bin/sh\n');
  writeFileSync(join(root, 'etc/group'), 'root:x:0:\n');
  await sh(['tar', '-C', root, '-cf', tar, '.']);
  rmSync(root, { recursive: true, force: true });
  return tar;
}

export async function importLabImage(d: HostDocker, tarball: string): Promise<void> {
  await docker(d, ['import', '-c', 'CMD ["/bin/sh"]', '-c', 'ENV PATH=/bin', tarball, LAB_IMAGE]);
}
