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

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class ResultCache {
  /** Map order is insertion order: the first entry is the oldest. */
  private readonly results = new Map<string, KeptResult>();
  private reused = 0;

  constructor(private readonly maxEntries: number) {}

  /** The kept result for `key`, if every answer it was built from is unchanged. */
  get(key: string): ExecutionResult | undefined {
    const kept = this.results.get(key);
    if (!kept) return undefined;
    for (const { cache, id, entry } of kept.dependencies) {
      if (!cache.stillCurrent(id, entry)) {
        this.results.delete(key);
        return undefined;
      }
    }
    // Executing again would have read each of these from the cache: count them as its hits.
    for (const { cache } of kept.dependencies) cache.countHits(1);
    this.reused += 1;
    return kept.result;
  }

  /** Keeps `result` if it was built from cache hits alone. */
  set(key: string, result: ExecutionResult, reads: ReadLog): void {
    if (!reads.onlyHits || reads.dependencies.length === 0) return;
    this.results.delete(key);
    if (result.extensions === undefined) {
      // Serialised once: yoga's result processor uses a result's own `stringify` when it has one
      // (not enumerable, so it is not part of the JSON).
      const json = JSON.stringify(result);
      Object.defineProperty(result, 'stringify', { value: () => json, enumerable: false });
    }
    // Frozen: one object answers many requests, so nothing may change it after this one.
    this.results.set(key, { result: deepFreeze(result), dependencies: [...reads.dependencies] });
    while (this.results.size > this.maxEntries) {
      const oldest = this.results.keys().next();
      if (oldest.done) break;
      this.results.delete(oldest.value);
    }
  }

  stats(): ResultCacheStats {
    return { reused: this.reused, size: this.results.size };
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
      const reused = cache.get(key);
      if (reused) setResult(reused);
      else keys.set(request, key);
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
