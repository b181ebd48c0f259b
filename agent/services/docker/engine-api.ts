// A minimal client of the Docker Engine API on the daemon's unix socket: the
// few reads the plugin needs to learn what Docker never sends a driver (a
// network's name, a container's name and aliases) and to reconcile against
// the daemon's view, and the container's creation record in the daemon's
// data root (its aliases before it starts). Read-only: it never changes the
// daemon's state.
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';

export interface EngineNetwork {
  Name: string;
  Id: string;
  Driver: string;
  Internal?: boolean;
  /** `-o` options of `docker network create`. */
  Options?: Record<string, string> | null;
  IPAM?: { Driver?: string; Config?: { Subnet?: string; Gateway?: string }[] | null };
  Containers?: Record<string, { Name?: string; EndpointID?: string; IPv4Address?: string }> | null;
}

export interface EngineContainer {
  Id: string;
  /** In an inspect ("/web"); the list gives Names instead. */
  Name?: string;
  Names?: string[];
  State?: string;
  NetworkSettings?: { Networks?: Record<string, { NetworkID?: string; EndpointID?: string; Aliases?: string[] | null }> | null };
}

class EngineError extends Error {
  override name = 'EngineError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export class EngineApi {
  constructor(
    readonly socketPath: string,
    private readonly timeoutMs = 5000,
  ) {}

  networks(): Promise<EngineNetwork[]> {
    return this.get('/networks');
  }

  network(id: string): Promise<EngineNetwork> {
    return this.get(`/networks/${encodeURIComponent(id)}`);
  }

  /** Every container, running or not (`docker ps -a`). */
  containers(): Promise<EngineContainer[]> {
    return this.get('/containers/json?all=1');
  }

  /** One container's list entry (no lock: readable during its start); undefined when there is none. */
  async listed(id: string): Promise<EngineContainer | undefined> {
    const filters = encodeURIComponent(JSON.stringify({ id: [id] }));
    return (await this.get<EngineContainer[]>(`/containers/json?all=1&filters=${filters}`)).find((c) => c.Id === id);
  }

  /** Blocks while Docker holds the container's lock (during its start): only call after. */
  container(id: string): Promise<EngineContainer> {
    return this.get(`/containers/${encodeURIComponent(id)}/json`);
  }

  /**
   * The container as Docker recorded it at creation (its data root's
   * containers/ID/config.v2.json, written before the start): what inspect
   * would say, readable while the start holds the container's lock.
   */
  async created(id: string): Promise<EngineContainer> {
    if (!/^[0-9a-f]{64}$/.test(id)) throw new EngineError(`not a container id: ${id.slice(0, 80)}`);
    this.root ??= this.get<{ DockerRootDir?: string }>('/info').then((i) => {
      if (!i.DockerRootDir) throw new EngineError('docker API /info: no DockerRootDir');
      return i.DockerRootDir;
    });
    const root = await this.root.catch((err) => {
      this.root = undefined;
      throw err;
    });
    return JSON.parse(await readFile(join(root, 'containers', id, 'config.v2.json'), 'utf8')) as EngineContainer;
  }
  private root: Promise<string> | undefined;

  private get<T>(path: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socketPath, path, method: 'GET', timeout: this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200)
            return reject(new EngineError(`docker API ${path}: ${res.statusCode} ${text.trim()}`, res.statusCode));
          try {
            resolve(JSON.parse(text) as T);
          } catch (err) {
            reject(new EngineError(`docker API ${path}: unreadable answer (${(err as Error).message})`));
          }
        });
      });
      req.on('timeout', () => req.destroy(new EngineError(`docker API ${path}: no answer within ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end();
    });
  }
}
