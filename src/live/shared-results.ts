/**
 * One result per change, shared by its subscribers. Subscribers of one poller receive the same
 * event objects, and those asking the same document with the same variables and credentials get
 * equal results: the first subscriber's result (frozen) answers the rest, and its JSON is written
 * once. yoga's SSE path uses a result's own `stringify`; a graphql-ws message carries a token in
 * place of the payload, which the connection's send replaces with that JSON (expandSharedPayload).
 */
import type { DocumentNode, ExecutionResult } from 'graphql';
import { freezeWithOwnJson } from '../frozen.js';

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;
/** Event object -> results by (credentials, document, variables); gone with the event. */
const resultsByEvent = new WeakMap<object, Map<string, ExecutionResult>>();
/** The event a subscription's context is executing (set by the subscription field's resolver). */
const currentEvents = new WeakMap<object, object>();

/** Shared results' JSON by token; a token is dropped when its result is collected. */
const payloadsByToken = new Map<string, string>();
const tokenOf = new WeakMap<object, string>();
const dropToken = new FinalizationRegistry<string>((token) => payloadsByToken.delete(token));
let nextToken = 1;
/** What a graphql-ws message's JSON looks like with a token for its payload (payload is last). */
const TOKEN_PREFIX = '\u0000opsgraph-shared-result:';
const SERIALISED_TOKEN_PREFIX = JSON.stringify(TOKEN_PREFIX).slice(0, -1);

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
  const token = `${TOKEN_PREFIX}${nextToken++}`;
  payloadsByToken.set(token, json);
  tokenOf.set(result, token);
  dropToken.register(result, token);
  results.set(key, result);
  return result;
}

/** Whether graphql-ws may send `result` as it is (a shared result: no per-subscriber copy). */
export function isSharedResult(result: unknown): boolean {
  return result !== null && typeof result === 'object' && tokenOf.has(result);
}

/** graphql-ws's JSON replacer: a shared result's payload becomes its token. */
export function sharedPayloadReplacer(key: string, value: unknown): unknown {
  if (key === 'payload' && value !== null && typeof value === 'object') return tokenOf.get(value) ?? value;
  return value;
}

/** A Next message whose payload is a token, as JSON.stringify writes it (the payload is last). */
const TOKEN_PAYLOAD = new RegExp(`,"payload":(${SERIALISED_TOKEN_PREFIX.replace(/\\/g, '\\\\')}\\d+")\\}$`);

/** A message as it leaves the socket: a payload token replaced by the shared JSON. */
export function expandSharedPayload(message: string): string {
  if (!message.endsWith('"}')) return message;
  const match = TOKEN_PAYLOAD.exec(message);
  if (!match) return message;
  const json = payloadsByToken.get(JSON.parse(match[1]!) as string);
  return json === undefined ? message : `${message.slice(0, match.index)},"payload":${json}}`;
}
