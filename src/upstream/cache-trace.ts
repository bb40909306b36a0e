/**
 * A span around every cached upstream read, with how the cache answered it
 * (`opsgraph.cache.outcome`): `hit` (a fresh entry, no HTTP call below), `miss` (the load ran: its
 * upstream calls are the span's children), `coalesced` (joined a load already on the wire, made by
 * another reader) or `stale` (a last good value, because the load failed or was slow). Installed
 * on a transport's cache only while tracing is on (observability/tracing.ts).
 *
 * The cache is not changed: hit and coalesced are told apart by its counters, which getOrLoad
 * moves before it returns (nothing else runs in between); a miss is a load that ran; a stale
 * answer is one the request's ReadLog recorded, or a value given although the load failed. On
 * Redis (redis/cache.ts), a read answered by another replica's entry or load counts as a hit.
 */
import { context, trace } from '@opentelemetry/api';
import { recordFailure, tracer, tracing } from '../observability/tracing.js';
import type { Cache, CacheTtl, GetOrLoadOptions, Load } from './cache.js';
import type { UpstreamName } from './errors.js';
import { ATTR_UPSTREAM, ATTR_URL_TEMPLATE } from './call/trace.js';
import { pathTemplate } from './path-template.js';

export const ATTR_CACHE_OUTCOME = 'opsgraph.cache.outcome';
export type CacheOutcome = 'hit' | 'miss' | 'coalesced' | 'stale';

/** The upstream path a cache key stands for: keys are the path, then `#` and a kind. */
function keyPath(key: string): string {
  const hash = key.indexOf('#');
  return hash === -1 ? key : key.slice(0, hash);
}

/**
 * Makes `cache.getOrLoad` traced, on the instance itself (the cache keeps its class and every
 * other member). Does nothing while tracing is off. Returns `cache`.
 */
export function traceCacheReads<C extends Cache>(cache: C, upstream: UpstreamName): C {
  if (!tracing.on) return cache;
  const untraced = cache.getOrLoad.bind(cache);
  cache.getOrLoad = <T>(fingerprint: string, key: string, ttlMs: CacheTtl<T>, load: Load<T>, options: GetOrLoadOptions = {}): Promise<T> => {
    const template = pathTemplate(upstream, keyPath(key));
    const span = tracer().startSpan(`cache ${template}`, { attributes: { [ATTR_UPSTREAM]: upstream, [ATTR_URL_TEMPLATE]: template } });
    let loaded = false;
    let loadFailed = false;
    const tracedLoad: Load<T> = (signal) => {
      loaded = true;
      return load(signal).catch((error: unknown) => {
        loadFailed = true;
        throw error;
      });
    };
    const staleBefore = options.reads?.stale.length ?? 0;
    const before = cache.stats();
    let reading: Promise<T>;
    try {
      reading = context.with(trace.setSpan(context.active(), span), () => untraced(fingerprint, key, ttlMs, tracedLoad, options));
    } catch (error) {
      recordFailure(span, error);
      span.end();
      throw error;
    }
    const after = cache.stats();
    const answered: CacheOutcome | undefined = after.hits > before.hits ? 'hit' : after.coalesced > before.coalesced ? 'coalesced' : undefined;
    const outcome = (): CacheOutcome => {
      if ((options.reads?.stale.length ?? 0) > staleBefore || loadFailed) return 'stale';
      return loaded ? 'miss' : (answered ?? 'hit');
    };
    return reading.then(
      (value) => {
        span.setAttribute(ATTR_CACHE_OUTCOME, outcome());
        span.end();
        return value;
      },
      (error: unknown) => {
        span.setAttribute(ATTR_CACHE_OUTCOME, loaded ? 'miss' : (answered ?? 'miss'));
        recordFailure(span, error);
        span.end();
        throw error;
      },
    );
  };
  return cache;
}
