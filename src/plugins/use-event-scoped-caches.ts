/**
 * A subscription lives as long as its client, but each of its events is a request of its own:
 * its per-request caches are renewed once it is set up and after every event, each event's result
 * is the one shared by every subscriber asking the same (live/shared-results.ts), and an event
 * built from answers served stale carries the `stale` extension (use-stale-marker.ts).
 */
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { renewRequestCaches } from '../context.js';
import type { Context } from '../gateway-types.js';
import { shareEventResult } from '../live/shared-results.js';
import { withStaleMarker } from './use-stale-marker.js';

/**
 * After each event of a subscription: its result is the one shared by every subscriber of that
 * event asking the same (shared-results.ts), and its per-request caches start afresh.
 */
const renewAfterEvent = {
  onNext({ args, result, setResult }: { args: ExecutionArgs; result: ExecutionResult; setResult: (result: ExecutionResult) => void }) {
    const context = args.contextValue as Context;
    // An event built from answers served stale says so, as a query's result does (and is not shared).
    const marked = withStaleMarker(result, context.reads);
    setResult(shareEventResult(context, context.fingerprints, args.document, args.variableValues, marked));
    renewRequestCaches(context);
  },
};
/** Once a subscription is set up; shared objects, so a subscription costs no closures here. */
const renewAfterSetUp = {
  onSubscribeResult({ args }: { args: { contextValue: unknown } }) {
    renewRequestCaches(args.contextValue as Context);
    return renewAfterEvent;
  },
};

/** A subscription's per-request caches are renewed once it is set up and after every event. */
export function useEventScopedCaches(): Plugin<Context> {
  return { onSubscribe: () => renewAfterSetUp };
}
