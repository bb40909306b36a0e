/**
 * Kept query results (result-cache.ts) as a yoga plugin: a request is looked up once its
 * parameters are known, and the result of a query executed from cache hits alone is kept.
 */
import { getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context, GatewayDeps } from '../gateway-types.js';
import { requestFingerprints } from '../request-credentials.js';
import type { ResultCache } from '../result-cache.js';
import type { ReadLog } from '../upstream/cache.js';

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
      const fingerprints = requestFingerprints(deps, request.headers);
      if (fingerprints === null) return;
      const key = `${fingerprints}\u0000${params.operationName ?? ''}\u0000${JSON.stringify(params.variables ?? null)}\u0000${params.query}`;
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
