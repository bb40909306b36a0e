/**
 * Reuse of whole query results on the warm path. A dashboard reload asks the same query with the
 * same credentials, and everything it reads is already in the upstream cache; executing it again
 * would only rebuild the same result. A result is reused while every cached upstream answer it was
 * built from is still the one stored: a write that invalidated one, a load that replaced one, or
 * the TTL of one ends the reuse, so a reused result is exactly what executing again would give.
 *
 * Only results of query operations without errors, built from in-process cache hits alone, are
 * kept; they are keyed by both credentials' fingerprints, so one credential's result is never
 * another's. Off with REDIS_URL: another replica's writes are not visible to a local check.
 */
import { getOperationAST, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { credentialScopes, type Context, type GatewayDeps } from './context.js';
import { deepFreeze, freezeWithOwnJson } from './frozen.js';
import { setNewest } from './lru.js';
import type { CacheDependency, ReadLog } from './upstream/cache.js';

interface KeptResult {
  result: ExecutionResult;
  dependencies: readonly CacheDependency[];
}

export interface ResultCacheStats {
  /** Requests answered with a kept result. */
  reused: number;
  /** Results kept. */
  size: number;
}

/** A whole HTTP answer yoga gave from a kept result, replayed for the same request bytes. */
export interface KeptAnswer {
  status: number;
  /** Every header of yoga's answer but x-request-id (per request) and content-length. */
  headers: Readonly<Record<string, string>>;
  body: Buffer;
}

export class ResultCache {
  /** Map order is insertion order: the first entry is the oldest. */
  private readonly results = new Map<string, KeptResult>();
  private readonly answers = new Map<string, KeptAnswer & { kept: KeptResult }>();
  /** Requests yoga answered with a kept result, so the HTTP layer can keep the answer. */
  private readonly answered = new WeakMap<Request, KeptResult>();
  private reused = 0;

  constructor(private readonly maxEntries: number) {}

  /** The kept result for `key`, if every answer it was built from is unchanged (one reuse). */
  reuse(key: string): KeptResult | undefined {
    const kept = this.results.get(key);
    if (!kept) return undefined;
    if (!this.stillCurrent(kept)) {
      this.results.delete(key);
      return undefined;
    }
    this.countReuse(kept);
    return kept;
  }

  /** Keeps `result` if it was built from cache hits alone. */
  set(key: string, result: ExecutionResult, reads: ReadLog): void {
    if (!reads.onlyHits || reads.dependencies.length === 0) return;
    // One object answers many requests: frozen, and serialised once when it has no extensions.
    if (result.extensions === undefined) freezeWithOwnJson(result);
    else deepFreeze(result);
    setNewest(this.results, key, { result, dependencies: [...reads.dependencies] }, this.maxEntries);
  }

  /** yoga answered `request` with `kept`. */
  noteAnswer(request: Request, kept: KeptResult): void {
    this.answered.set(request, kept);
  }

  /** Keeps the HTTP answer to `request` under `key` if yoga gave it from a kept result. */
  keepAnswer(key: string, request: Request, answer: KeptAnswer): void {
    const kept = this.answered.get(request);
    if (kept) setNewest(this.answers, key, { ...answer, kept }, this.maxEntries);
  }

  /** The kept HTTP answer for `key`, while its result is current (one reuse). */
  answer(key: string): KeptAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (!this.stillCurrent(answer.kept)) {
      this.answers.delete(key);
      return undefined;
    }
    this.countReuse(answer.kept);
    return answer;
  }

  stats(): ResultCacheStats {
    return { reused: this.reused, size: this.results.size };
  }

  private stillCurrent(kept: KeptResult): boolean {
    return kept.dependencies.every(({ cache, id, entry }) => cache.stillCurrent(id, entry));
  }

  private countReuse(kept: KeptResult): void {
    // Executing again would have read each of these from the cache: count them as its hits.
    for (const { cache } of kept.dependencies) cache.countHits(1);
    this.reused += 1;
  }
}

/**
 * The yoga plugin: looks a request up once its parameters are known (after persisted operations
 * resolved the document, and after the request-level checks: tokens, CSRF, body limits), and keeps
 * the result of a query executed from cache hits alone. Put it last among the plugins.
 */
export function useResultCache(deps: GatewayDeps, cache: ResultCache): Plugin<Context> {
  const keys = new WeakMap<Request, string>();
  const queries = new WeakMap<Request, ReadLog>();
  return {
    onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      const scopes = credentialScopes(deps, request.headers);
      if (scopes === null) return;
      const key = `${scopes}\u0000${params.operationName ?? ''}\u0000${JSON.stringify(params.variables ?? null)}\u0000${params.query}`;
      const kept = cache.reuse(key);
      if (kept) {
        setResult(kept.result);
        cache.noteAnswer(request, kept);
      } else keys.set(request, key);
    },
    onExecute({ args }) {
      const context = args.contextValue as Context & { request?: Request };
      if (!context.request || !context.reads) return;
      if (getOperationAST(args.document, args.operationName)?.operation === 'query') queries.set(context.request, context.reads);
    },
    onExecutionResult({ result, request }) {
      const key = keys.get(request);
      const reads = queries.get(request);
      if (key === undefined || reads === undefined || !result || Array.isArray(result) || isAsyncIterable(result) || result.errors?.length) return;
      cache.set(key, result, reads);
    },
  };
}
