// Docker containers on vxnet networks, end to end: a real cluster in
// namespaces, a real dockerd per host (the lab's own code, unique names), the
// agent serving the vxnet network + IPAM plugin, real traffic across hosts.
// Fails, never skips, when Docker cannot run here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerCluster, LAB_IMAGE } from './docker-hosts.js';

let d: DockerCluster;
before(async () => {
  d = await DockerCluster.start(3, ['h1', 'h3']);
});
after(async () => {
  await d?.stop();
});

const SUBNET = '10.93.0.0/24';
const create = (host: string, name: string, extra: string[] = []) =>
  d.docker(host, ['network', 'create', '-d', 'vxnet', '--ipam-driver', 'vxnet', ...extra, name]);
const runDetached = (host: string, name: string, net: string, extra: string[] = [], cmd = ['sleep', '600']) =>
  d.dockerOk(host, ['run', '-d', '--name', name, '--network', net, ...extra, LAB_IMAGE, ...cmd]);
const exec = (host: string, name: string, argv: string[]) => d.docker(host, ['exec', name, ...argv]);
const ipIn = async (host: string, name: string) =>
  (await d.dockerOk(host, ['inspect', '-f', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', name])).trim();

test('docker network create on two hosts joins one vxnet network; containers on h1 and h3 reach each other', async () => {
  for (const h of ['h1', 'h3']) {
    const r = await create(h, 'dnet', ['--subnet', SUBNET]);
    assert.equal(r.code, 0, r.stderr);
  }
  // Each container's first command records its eth0: the interface is handed to Docker at Join and
  // moved in before the container starts, so the command already sees it with its vxnet address.
  const atStart = ['sh', '-c', 'ip -o -4 addr show eth0 > /tmp/at-start 2>&1; exec sleep 600'];
  await runDetached('h1', 'c1', 'dnet', [], atStart);
  await runDetached('h3', 'c3', 'dnet', [], atStart);
  const [ip1, ip3] = [await ipIn('h1', 'c1'), await ipIn('h3', 'c3')];
  assert.match(ip1, /^10\.93\.0\.\d+$/);
  assert.notEqual(ip1, ip3);
  for (const [h, c, ip] of [
    ['h1', 'c1', ip1],
    ['h3', 'c3', ip3],
  ] as const) {
    const seen = async () => (await exec(h, c, ['cat', '/tmp/at-start'])).stdout;
    await d.c.until(async () => (await seen()) !== '', 10_000, `${c} never ran its first command`);
    assert.match(await seen(), new RegExp(`eth0\\s+inet ${ip.replace(/\./g, '\\.')}/24`), `${c}'s first command saw no eth0 with ${ip}`);
  }
  // Positive control and the point: across hosts, both ways.
  await d.c.until(async () => (await exec('h1', 'c1', ['ping', '-c1', '-W2', ip3])).code === 0, 15_000, 'c1 (h1) cannot ping c3 (h3)');
  assert.equal((await exec('h3', 'c3', ['ping', '-c1', '-W2', ip1])).code, 0, 'c3 (h3) cannot ping c1 (h1)');
  // One vxnet network with one VNI behind both Docker networks; the containers are its endpoints.
  const [view] = JSON.parse(await d.c.cliOk(['network', 'inspect', 'dnet', '--format', 'json'])) as {
    network: { subnet: string };
    endpoints: { workload: string; host: string; ip: string }[];
  }[];
  assert.equal(view!.network.subnet, SUBNET);
  assert.deepEqual(view!.endpoints.map((e) => [e.workload, e.host, e.ip]).sort(), [
    ['c1', 'h1', ip1],
    ['c3', 'h3', ip3],
  ]);
  const ps = await d.c.cliOk(['ps']);
  assert.match(ps, /c1/);
  assert.match(ps, /c3/);
  // A vxnet workload on h2 (no Docker there) reaches both containers.
  await d.c.cliOk(['run', '--host', 'h2', '--name', 'w2', '--network', 'dnet']);
  await d.c.until(async () => (await d.c.cli(['exec', 'w2', '--', 'ping', '-c1', '-W2', ip1])).code === 0, 15_000, 'w2 cannot ping c1');
  assert.equal((await d.c.cli(['exec', 'w2', '--', 'ping', '-c1', '-W2', ip3])).code, 0, 'w2 cannot ping c3');
});

test('names across hosts: containers and vxnet workloads resolve each other, --network-alias included', async () => {
  // Each daemon knows only its own containers: n3 (h3) is a name h1's daemon forwards to vxnet's resolver.
  await runDetached('h1', 'n1', 'dnet', ['--network-alias', 'alias1']);
  await runDetached('h3', 'n3', 'dnet', ['--network-alias', 'alias3']);
  const ip3 = await ipIn('h3', 'n3');
  const resolves = async (name: string, want?: string) => {
    const r = await exec('h1', 'n1', ['nslookup', name]);
    return r.code === 0 && (want === undefined || r.stdout.includes(want));
  };
  // Positive: the name and the alias of a container on another host, then by name over the overlay.
  await d.c.until(() => resolves('n3', ip3), 20_000, 'n1 (h1) cannot resolve n3 (h3)');
  assert.ok(await resolves('alias3', ip3), 'n1 (h1) cannot resolve alias3 (n3 on h3)');
  // A name can resolve a moment before its container is wired on its host (the endpoint is written
  // first): pings are polled, not asserted once.
  const pings = (from: string, name: string) => async () => (await exec('h1', from, ['ping', '-c1', '-W1', name])).code === 0;
  await d.c.until(pings('n1', 'n3'), 15_000, 'n1 cannot ping n3 by name');
  await d.c.until(pings('n1', 'alias3'), 15_000, 'n1 cannot ping alias3');
  // A vxnet workload on a third host (no Docker there), by name.
  assert.ok(await resolves('w2'), 'n1 cannot resolve the vxnet workload w2');
  await d.c.until(pings('n1', 'w2'), 15_000, 'n1 cannot ping w2 by name');
  // The other way: the vxnet workload resolves the containers' names and aliases (the plugin registered them).
  for (const name of ['n1', 'alias1', 'n3', 'alias3'])
    await d.c.until(
      async () => (await d.c.cli(['exec', 'w2', '--', 'ping', '-c1', '-W1', name])).code === 0,
      15_000,
      `w2 cannot ping ${name}`,
    );
  // Negative, through the same path as the positives above: an unknown name, and a workload on
  // another vxnet network (names are per network), are not answered.
  // wother is on n1's host, and h1's resolver answers it to its own network (the control).
  await d.c.cliOk(['network', 'create', 'onet', '--subnet', '10.98.0.0/24']);
  await d.c.cliOk(['run', '--host', 'h1', '--name', 'wother', '--network', 'onet']);
  await d.c.cliOk(['run', '--host', 'h1', '--name', 'wpeer', '--network', 'onet']);
  await d.c.until(
    async () => (await d.c.cli(['exec', 'wpeer', '--', 'getent', 'hosts', 'wother'])).code === 0,
    15_000,
    'wpeer cannot resolve wother on their own network',
  );
  assert.equal(await resolves('nosuch'), false, 'n1 resolved a name nobody has');
  assert.equal(await resolves('wother'), false, 'n1 resolved a workload of another network');
  assert.ok(await resolves('n3', ip3), 'n1 no longer resolves n3');
  await d.c.cliOk(['rm', '-f', 'wother', 'wpeer']);
  for (const [h, n] of [
    ['h1', 'n1'],
    ['h3', 'n3'],
  ] as const)
    await d.dockerOk(h, ['rm', '-f', n]);
});

test('names across hosts on an --internal overlay: no gateway path, so the container names the network gateway with --dns', async () => {
  for (const h of ['h1', 'h3']) assert.equal((await create(h, 'inet', ['--internal', '--subnet', '10.89.0.0/24'])).code, 0);
  await runDetached('h3', 'i3', 'inet', ['--network-alias', 'ialias3']);
  await runDetached('h1', 'i1', 'inet', ['--dns', '10.89.0.1']);
  await runDetached('h1', 'i1b', 'inet');
  const ip3 = await ipIn('h3', 'i3');
  const resolves = async (from: string, name: string) => {
    const r = await exec('h1', from, ['nslookup', name]);
    return r.code === 0 && r.stdout.includes(ip3);
  };
  // Positive: with --dns the gateway, the container on h1 resolves i3 (h3) and its alias.
  await d.c.until(() => resolves('i1', 'i3'), 20_000, 'i1 (--dns gateway) cannot resolve i3 on an internal overlay');
  assert.ok(await resolves('i1', 'ialias3'), 'i1 cannot resolve ialias3');
  // Negative, same network and question: without --dns the daemon's server (the gateway bridge) is unreachable.
  assert.equal(await resolves('i1b', 'i3'), false, 'i1b resolved i3 without a way to the resolver');
  for (const [h, n] of [
    ['h1', 'i1'],
    ['h1', 'i1b'],
    ['h3', 'i3'],
  ] as const)
    await d.dockerOk(h, ['rm', '-f', n]);
});

test('--ip is honoured, and docker rm -f releases the address for the next container', async () => {
  await runDetached('h1', 'fixed', 'dnet', ['--ip', '10.93.0.50']);
  assert.equal(await ipIn('h1', 'fixed'), '10.93.0.50');
  await d.c.until(
    async () => (await exec('h3', 'c3', ['ping', '-c1', '-W2', '10.93.0.50'])).code === 0,
    15_000,
    'c3 cannot reach 10.93.0.50',
  );
  // Taken: a second container cannot have it (on another host either), with vxnet's one line.
  const taken = await d.docker('h3', ['run', '-d', '--name', 'thief', '--network', 'dnet', '--ip', '10.93.0.50', LAB_IMAGE, 'sleep', '60']);
  assert.notEqual(taken.code, 0);
  assert.match(taken.stderr, /vxnet: address 10\.93\.0\.50 is already in use/);
  await d.docker('h3', ['rm', '-f', 'thief']);
  await d.dockerOk('h1', ['rm', '-f', 'fixed']);
  await d.c.until(
    async () => !(await d.c.cliOk(['network', 'inspect', 'dnet', '--format', 'json'])).includes('10.93.0.50'),
    10_000,
    'the address of the removed container is still held',
  );
  await runDetached('h1', 'again', 'dnet', ['--ip', '10.93.0.50']);
  assert.equal(await ipIn('h1', 'again'), '10.93.0.50');
  await d.c.until(
    async () => (await exec('h3', 'c3', ['ping', '-c1', '-W2', '10.93.0.50'])).code === 0,
    15_000,
    'c3 cannot reach the new 10.93.0.50',
  );
  await d.dockerOk('h1', ['rm', '-f', 'again']);
});

test('docker network connect and disconnect change a running container live', async () => {
  for (const h of ['h1', 'h3']) assert.equal((await create(h, 'dnet2', ['--subnet', '10.94.0.0/24'])).code, 0);
  await runDetached('h3', 'only2', 'dnet2', ['--ip', '10.94.0.9']);
  await d.c.until(async () => (await exec('h3', 'only2', ['ip', 'addr'])).stdout.includes('10.94.0.9'), 15_000, 'only2 not wired');
  // Negative first, with the positive control below through the same path.
  assert.notEqual((await exec('h1', 'c1', ['ping', '-c1', '-W1', '10.94.0.9'])).code, 0, 'c1 reaches dnet2 before connect');
  await d.dockerOk('h1', ['network', 'connect', 'dnet2', 'c1']);
  await d.c.until(
    async () => (await exec('h1', 'c1', ['ping', '-c1', '-W2', '10.94.0.9'])).code === 0,
    15_000,
    'c1 cannot reach dnet2 after connect',
  );
  const ps = await d.c.cliOk(['ps']);
  assert.match(ps, /c1\.dnet2/);
  await d.dockerOk('h1', ['network', 'disconnect', 'dnet2', 'c1']);
  await d.c.until(
    async () => !(await exec('h1', 'c1', ['ip', 'addr'])).stdout.includes('10.94.0.'),
    15_000,
    'c1 still has dnet2 after disconnect',
  );
  assert.notEqual((await exec('h1', 'c1', ['ping', '-c1', '-W1', '10.94.0.9'])).code, 0, 'c1 reaches dnet2 after disconnect');
  await d.dockerOk('h3', ['rm', '-f', 'only2']);
});

test('bad input through Docker: vxnet refuses with one line and nothing changes', async () => {
  const before = await d.c.cliOk(['network', 'ls', '--format', 'json']);
  const cases: [string[], RegExp][] = [
    [['-o', 'colour=blue'], /vxnet: unknown option -o colour/],
    [['--subnet', '10.93.0.128/25'], /vxnet: subnet 10\.93\.0\.128\/25 overlaps vxnet network dnet \(10\.93\.0\.0\/24\)/],
    [['-o', 'vxnet.driver=ring'], /vxnet: -o vxnet\.driver=ring: use overlay \(default\) or bridge/],
  ];
  for (const [extra, want] of cases) {
    const r = await create('h1', 'badnet', extra);
    assert.notEqual(r.code, 0, `docker network create ${extra.join(' ')} was accepted`);
    assert.match(r.stderr, want);
    assert.equal(r.stderr.trim().split('\n').length, 1, `more than one line: ${r.stderr}`);
  }
  assert.equal((await d.docker('h1', ['network', 'inspect', 'badnet'])).code, 1, 'a refused network exists in Docker');
  const outside = await d.docker('h1', ['run', '-d', '--name', 'out', '--network', 'dnet', '--ip', '10.95.0.5', LAB_IMAGE, 'sleep', '60']);
  assert.notEqual(outside.code, 0);
  assert.match(outside.stderr, /10\.95\.0\.5/);
  await d.docker('h1', ['rm', '-f', 'out']);
  assert.equal(await d.c.cliOk(['network', 'ls', '--format', 'json']), before, 'vxnet networks changed');
});

test('docker run -p on a vxnet bridge network is published by vxnet and reachable from another host', async () => {
  assert.equal((await create('h1', 'lbr', ['--subnet', '10.97.0.0/24', '-o', 'vxnet.driver=bridge'])).code, 0);
  await runDetached(
    'h1',
    'web',
    'lbr',
    ['-p', '8080:80'],
    ['sh', '-c', 'echo hello-from-web > /tmp/index.html; exec httpd -f -p 80 -h /tmp'],
  );
  // From h3's host namespace to h1's address: the published port, served by the container.
  const get = () => d.c.exec(d.c.hostNs('h3'), ['curl', '-sf', '--max-time', '2', `http://${d.c.hostIp(1)}:8080/index.html`]);
  await d.c.until(() => get() === 0, 15_000, 'h1:8080 does not answer from h3');
  // Negative control through the same path: a port nothing publishes.
  assert.notEqual(d.c.exec(d.c.hostNs('h3'), ['curl', '-sf', '--max-time', '2', `http://${d.c.hostIp(1)}:8081/index.html`]), 0);
  assert.match(await d.c.cliOk(['port', 'web']), /80\/tcp -> 0\.0\.0\.0:8080/);
  await d.dockerOk('h1', ['rm', '-f', 'web']);
  await d.c.until(() => get() !== 0, 10_000, 'h1:8080 still answers after docker rm -f');
});

test('docker run -p and -P on a vxnet overlay are published through the gateway path: from another host, the host itself and its loopback', async () => {
  const serve = ['sh', '-c', 'echo hello-from-oweb > /tmp/index.html; exec httpd -f -p 80 -h /tmp'];
  await runDetached('h1', 'oweb', 'dnet', ['-p', '8090:80'], serve);
  await runDetached('h1', 'pweb', 'dnet', ['-P', '--expose', '80'], serve);
  const curl = (ns: string, url: string) => d.c.exec(ns, ['curl', '-sf', '--max-time', '2', url]);
  const [h1, h3, h1ip] = [d.c.hostNs('h1'), d.c.hostNs('h3'), d.c.hostIp(1)];
  // -p HOST:PORT: another host, the host's own underlay address, its loopback.
  await d.c.until(() => curl(h3, `http://${h1ip}:8090/index.html`) === 0, 20_000, 'h1:8090 does not answer from h3');
  assert.equal(curl(h1, `http://${h1ip}:8090/index.html`), 0, 'h1:8090 does not answer from h1 itself');
  assert.equal(curl(h1, 'http://127.0.0.1:8090/index.html'), 0, '127.0.0.1:8090 does not answer on h1');
  assert.match(await d.c.cliOk(['port', 'oweb']), /80\/tcp -> 0\.0\.0\.0:8090/);
  // -P: a random host port, which vxnet shows (Docker shows none for a remote driver).
  const m = /80\/tcp -> 0\.0\.0\.0:(\d+)/.exec(await d.c.cliOk(['port', 'pweb']));
  assert.ok(m, 'pweb has no published port');
  await d.c.until(() => curl(h3, `http://${h1ip}:${m[1]}/index.html`) === 0, 20_000, `h1:${m[1]} (-P) does not answer from h3`);
  // Negative controls through the same path: a port nothing publishes, and oweb's after docker rm -f.
  assert.notEqual(curl(h3, `http://${h1ip}:8091/index.html`), 0, 'h1:8091 answers');
  await d.dockerOk('h1', ['rm', '-f', 'oweb', 'pweb']);
  await d.c.until(() => curl(h3, `http://${h1ip}:8090/index.html`) !== 0, 10_000, 'h1:8090 still answers after docker rm -f');
});

test('without --subnet vxnet picks the subnet, the same command on another host joins it, and docker network rm leaves it', async () => {
  for (const h of ['h1', 'h3']) assert.equal((await create(h, 'anet')).code, 0);
  // Each host keeps the overlay's namespace from docker network create on, before any container
  // (as Docker's bridge driver keeps its bridge): a container's start then adds only its interface.
  const netns = (h: string) => `${d.c.agentPrefix(h)}net-anet`;
  const has = (h: string) => d.c.namespaces().includes(netns(h));
  await d.c.until(() => has('h1') && has('h3'), 10_000, 'docker network create made no namespace for anet on h1 and h3');
  const [view] = JSON.parse(await d.c.cliOk(['network', 'inspect', 'anet', '--format', 'json'])) as { network: { subnet: string } }[];
  const prefix = view!.network.subnet.split('.').slice(0, 3).join('.');
  await runDetached('h3', 'a3', 'anet');
  const ip = await ipIn('h3', 'a3');
  assert.ok(ip.startsWith(`${prefix}.`), `${ip} is not in ${view!.network.subnet}`);
  await runDetached('h1', 'a1', 'anet');
  await d.c.until(async () => (await exec('h1', 'a1', ['ping', '-c1', '-W2', ip])).code === 0, 15_000, 'a1 cannot reach a3');
  await d.dockerOk('h1', ['rm', '-f', 'a1']);
  assert.ok(has('h1'), "h1's container gone, its Docker network left: the namespace stays");
  await d.dockerOk('h1', ['network', 'rm', 'anet']);
  await d.c.until(() => !has('h1'), 10_000, 'docker network rm on h1 left the namespace of anet there');
  // Still there for h3's container.
  assert.equal((await exec('h3', 'a3', ['ping', '-c1', '-W1', ip])).code, 0);
  assert.match(await d.c.cliOk(['network', 'ls']), /anet/);
  await d.dockerOk('h3', ['rm', '-f', 'a3']);
  await new Promise((r) => setTimeout(r, 1000)); // a pass or two of h3's agent
  assert.ok(has('h3'), "h3's Docker network still uses anet: its namespace stays without a container");
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => d.c.assertPredictionsHeld());
