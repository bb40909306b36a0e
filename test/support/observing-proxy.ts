/**
 * A transparent HTTP proxy in front of a simulator that records how many requests were in flight
 * at once (per path pattern) and can add latency, so tests can prove that calls run in parallel
 * without timing assertions.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ObservingProxy {
  url: string;
  /** Highest number of simultaneously in-flight requests whose path matched `pattern`. */
  maxConcurrent(pattern: RegExp): number;
  /** Answers the next `count` GET requests whose path matches `pattern` with `status` itself. */
  failNext(pattern: RegExp, count: number, status?: number): void;
  /**
   * The next `count` requests of `method` whose path matches `pattern` reach the simulator (which
   * acts on them), but their answer is lost: the connection is reset instead.
   */
  loseAnswerOfNext(method: string, pattern: RegExp, count: number): void;
  /** Requests whose caller (the gateway) hung up before the answer was complete. */
  readonly abandoned: number;
  /** The x-request-id header of every request that came through, in order. */
  readonly requestIds: string[];
  /** Requests answered by failNext so far. */
  readonly injectedFailures: number;
  reset(): void;
  close(): Promise<void>;
}

interface InFlight {
  path: string;
}

export async function startObservingProxy(targetUrl: string, latencyMs: number): Promise<ObservingProxy> {
  const target = new URL(targetUrl);
  const inFlight = new Set<InFlight>();
  /** Snapshots of the in-flight paths each time a request starts. */
  let snapshots: string[][] = [];
  let failure: { pattern: RegExp; remaining: number; status: number } | undefined;
  let injectedFailures = 0;
  let abandoned = 0;
  let lostAnswers: { method: string; pattern: RegExp; remaining: number } | undefined;
  const requestIds: string[] = [];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const entry: InFlight = { path: (req.url ?? '/').split('?')[0]! };
    res.on('close', () => {
      if (!res.writableFinished) abandoned += 1;
    });
    const requestId = req.headers['x-request-id'];
    if (typeof requestId === 'string') requestIds.push(requestId);
    inFlight.add(entry);
    snapshots.push([...inFlight].map((item) => item.path));
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (failure && failure.remaining > 0 && req.method === 'GET' && failure.pattern.test(entry.path)) {
        failure.remaining -= 1;
        injectedFailures += 1;
        inFlight.delete(entry);
        res.writeHead(failure.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: failure.status, error: 'injected failure' }));
        return;
      }
      setTimeout(() => {
        const upstream = httpRequest(
          { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
          (upstreamRes) => {
            if (lostAnswers && lostAnswers.remaining > 0 && req.method === lostAnswers.method && lostAnswers.pattern.test(entry.path)) {
              lostAnswers.remaining -= 1;
              inFlight.delete(entry);
              upstreamRes.resume();
              res.destroy();
              return;
            }
            res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
            upstreamRes.pipe(res);
            upstreamRes.on('end', () => inFlight.delete(entry));
          },
        );
        upstream.on('error', () => {
          inFlight.delete(entry);
          res.destroy();
        });
        upstream.end(Buffer.concat(chunks));
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    maxConcurrent(pattern) {
      return Math.max(0, ...snapshots.map((paths) => paths.filter((path) => pattern.test(path)).length));
    },
    failNext(pattern, count, status = 503) {
      failure = { pattern, remaining: count, status };
    },
    loseAnswerOfNext(method, pattern, count) {
      lostAnswers = { method, pattern, remaining: count };
    },
    requestIds,
    get injectedFailures() {
      return injectedFailures;
    },
    get abandoned() {
      return abandoned;
    },
    reset() {
      snapshots = [];
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
