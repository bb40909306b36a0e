/**
 * A span around every cached upstream read, with how the cache answered it
 * (`opsgraph.cache.outcome`): `hit` (a fresh entry, no HTTP call below), `miss` (the load ran: its
 * upstream calls are the span's children), `coalesced` (joined a load already on the wire, made by
 * another reader) or `stale` (a last good value, because the load failed or was slow). Installed
 * on a transport's cache only while tracing is on (observability/tracing.ts).
 *
 * The outcome is what the cache tells the read's observer (the same hooks `extensions.cost` is
 * fed by, cost-log.ts), which this wraps and passes on: hit, coalesced or stale; a read it told
 * nothing of ran its load, a miss. On Redis (redis/cache.ts) a read another replica loaded is
 * coalesced, one its entry answered a hit.
 */
import { context, trace } from '@opentelemetry/api';
import { recordFailure, tracer, tracing } from '../observability/tracing.js';
import { pathOfCacheKey, type Cache, type CacheOutcome, type CacheTtl, type GetOrLoadOptions, type Load, type ReadObserver } from './cache.js';
import type { UpstreamName } from './errors.js';
import { ATTR_UPSTREAM, ATTR_URL_TEMPLATE } from './call/trace.js';
import { pathTemplate } from './path-template.js';

export const ATTR_CACHE_OUTCOME = 'opsgraph.cache.outcome';

/**
 * Makes `cache.getOrLoad` traced, on the instance itself (the cache keeps its class and every
 * other member). Does nothing while tracing is off. Returns `cache`.
 */
export function traceCacheReads<C extends Cache>(cache: C, upstream: UpstreamName): C {
  if (!tracing.on) return cache;
  const untraced = cache.getOrLoad.bind(cache);
  cache.getOrLoad = <T>(fingerprint: string, key: string, ttlMs: CacheTtl<T>, load: Load<T>, options: GetOrLoadOptions = {}): Promise<T> => {
    const template = pathTemplate(upstream, pathOfCacheKey(key));
    const span = tracer().startSpan(`cache ${template}`, { attributes: { [ATTR_UPSTREAM]: upstream, [ATTR_URL_TEMPLATE]: template } });
    // Told by the cache; a read it tells nothing of ran its load.
    let answered: CacheOutcome = 'miss';
    const passOn = options.observe;
    const observe: ReadObserver = {
      hit: (read) => {
        answered = 'hit';
        passOn?.hit(read);
      },
      coalesced: (read, waiting) => {
        answered = 'coalesced';
        passOn?.coalesced(read, waiting);
      },
      stale: (read) => {
        answered = 'stale';
        passOn?.stale(read);
      },
    };
    let reading: Promise<T>;
    try {
      reading = context.with(trace.setSpan(context.active(), span), () => untraced(fingerprint, key, ttlMs, load, { ...options, observe }));
    } catch (error) {
      recordFailure(span, error);
      span.end();
      throw error;
    }
    return reading.then(
      (value) => {
        span.setAttribute(ATTR_CACHE_OUTCOME, answered);
        span.end();
        return value;
      },
      (error: unknown) => {
        span.setAttribute(ATTR_CACHE_OUTCOME, answered);
        recordFailure(span, error);
        span.end();
        throw error;
      },
    );
  };
  return cache;
}
