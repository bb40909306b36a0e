/**
 * One result per change, shared by its subscribers. Subscribers of one poller receive the same
 * event objects, and those asking the same document with the same variables and credentials get
 * equal results: the first subscriber's result (frozen) answers the rest, and its JSON is written
 * once. yoga's SSE path uses a result's own `stringify`; a WebSocket Next message embeds that JSON
 * (sharedResultJson).
 */
import type { DocumentNode, ExecutionResult } from 'graphql';
import { freezeWithOwnJson } from '../frozen.js';

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;
/** Event object -> results by (credentials, document, variables); gone with the event. */
const resultsByEvent = new WeakMap<object, Map<string, ExecutionResult>>();
/** The event a subscription's context is executing (set by the subscription field's resolver). */
const currentEvents = new WeakMap<object, object>();

/** Shared results' JSON, written once; gone with the result. */
const jsonOfResult = new WeakMap<object, string>();

/** Results serialised, and results handed to another subscriber instead of their own. */
export const sharedResultStats = { serialised: 0, shared: 0 };

/** The subscription field's resolver records which event `context` is executing. */
export function noteLiveEvent(context: object, event: unknown): void {
  if (event !== null && typeof event === 'object') currentEvents.set(context, event);
}

/**
 * This subscriber's result for the event its context just executed, or the equal one another
 * subscriber of the same event already produced (serialised once, when it was first produced).
 */
export function shareEventResult(context: object, fingerprints: string, document: DocumentNode, variables: unknown, result: ExecutionResult): ExecutionResult {
  const event = currentEvents.get(context);
  currentEvents.delete(context);
  if (!event || result.errors?.length || result.extensions !== undefined) return result;
  let documentId = documentIds.get(document);
  if (documentId === undefined) documentIds.set(document, (documentId = nextDocumentId++));
  const key = `${fingerprints}\u0000${documentId}\u0000${JSON.stringify(variables ?? null)}`;
  let results = resultsByEvent.get(event);
  if (!results) resultsByEvent.set(event, (results = new Map()));
  const shared = results.get(key);
  if (shared) {
    sharedResultStats.shared += 1;
    return shared;
  }
  const json = freezeWithOwnJson(result);
  sharedResultStats.serialised += 1;
  jsonOfResult.set(result, json);
  results.set(key, result);
  return result;
}

/** A shared result's JSON (written once for every subscriber of its event), or undefined. */
export function sharedResultJson(result: unknown): string | undefined {
  return result !== null && typeof result === 'object' ? jsonOfResult.get(result) : undefined;
}
