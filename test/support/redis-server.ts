/**
 * A private redis-server for tests that stop, freeze and restart Redis mid-run, on its own port, so
 * the machine's Redis (and other test files using it) is never touched. Needs the redis-server
 * binary (Debian's redis-server); `redisServerBinary()` says whether it is there.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** How often start() looks for the new server, and how many looks before it gives up. */
const START_PROBE_MS = 50;
const START_PROBES = 100;

export function redisServerBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

export interface PrivateRedis {
  /** redis://127.0.0.1:<port>, with the password in the userinfo when the server has one. */
  url: string;
  port: number;
  /** Kills the server (SIGKILL: no goodbye to its clients). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /**
   * SIGSTOP: the server keeps its sockets open and the kernel keeps accepting bytes, but nothing
   * answers, the way a Redis stuck in a long command, a swap storm or a paused VM looks.
   */
  freeze(): void;
  /** SIGCONT: it answers again, everything queued meanwhile included. */
  thaw(): void;
}

export interface PrivateRedisOptions {
  /** requirepass: clients must send it. */
  password?: string;
}

export async function startPrivateRedis(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
  const binary = redisServerBinary();
  if (binary === null) throw new Error('redis-server is not installed (apt-get install -y redis-server)');
  const port = await freePort();
  const auth = options.password === undefined ? '' : `:${encodeURIComponent(options.password)}@`;
  const url = `redis://${auth}127.0.0.1:${port}`;
  const passwordArgs = options.password === undefined ? [] : ['--requirepass', options.password];
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...passwordArgs], { stdio: 'ignore' });
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    probe.on('error', () => {});
    for (let attempt = 0; ; attempt += 1) {
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch (error) {
        if (attempt > START_PROBES) throw error;
        await new Promise((resolve) => setTimeout(resolve, START_PROBE_MS));
      }
    }
  };
  // A killed server has a signalCode and no exitCode.
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const signal = (name: NodeJS.Signals) => {
    if (running()) child!.kill(name);
  };
  await start();
  return {
    url,
    port,
    async stop() {
      if (!running()) return;
      const exited = once(child!, 'exit');
      child!.kill('SIGKILL');
      await exited;
    },
    start,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
  };
}
