/**
 * Marks a response built from answers served stale (STALE_IF_ERROR_S, upstream/stale.ts): its
 * `extensions.stale` lists each of them as `{ path, ageMs, reason }`, where `path` is the upstream
 * path read (the response cache key, e.g. `/v1/organizations/<id>/services`), `ageMs` how old the
 * answer was and `reason` the code of the error it stands in for.
 */
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../gateway-types.js';
import type { ReadLog } from '../upstream/cache.js';

/** The result with `extensions.stale` listing the answers its reads were given stale, if any. */
export function withStaleMarker(result: ExecutionResult, reads: ReadLog | undefined): ExecutionResult {
  if (!reads || reads.stale.length === 0) return result;
  // A cache key is the upstream path with a `#` that ends it (keys are matched by prefix).
  const stale = reads.stale.map(({ key, ageMs, reason }) => ({ path: key.replace(/#$/, ''), ageMs, reason }));
  return { ...result, extensions: { ...result.extensions, stale } };
}

export function useStaleMarker(): Plugin<Context> {
  return {
    onExecute({ args }: { args: ExecutionArgs }) {
      const reads = (args.contextValue as Context).reads;
      if (!reads) return undefined;
      return {
        onExecuteDone({ result, setResult }: { result: unknown; setResult: (result: ExecutionResult) => void }) {
          if (reads.stale.length === 0 || !result || isAsyncIterable(result)) return;
          setResult(withStaleMarker(result as ExecutionResult, reads));
        },
      };
    },
  };
}
