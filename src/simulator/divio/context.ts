/**
 * The Divio routes' vocabulary: the simulator's state, the context every handler receives, what a
 * handler answers, and the path rules of the apps/v3 API on the shared router. Types and tiny
 * constructors only, so every behaviour module can use them without importing another.
 */
import { notFound } from '../core/error.js';
import { decodeSegment, type PathRules, type Route as CoreRoute } from '../core/router.js';
import type { Paging } from '../core/paging.js';
import type { MemoryStore } from '../core/memory-store.js';
import type { DivioGroups, Ownership } from './ownership.js';
import type { TokenRecord } from './types.js';
import { isOpaqueId, type Body } from './validation.js';

/** Everything one simulator instance keeps. */
export interface DivioState {
  store: MemoryStore<DivioGroups>;
  owners: Ownership;
  /** Uploaded files by their /media/ path, served back as a CDN would. */
  media: Map<string, { type: string; bytes: Buffer }>;
  /** Time between two steps of simulated work (a deployment's progress, a backup's states). */
  stepMs: number;
}

export interface RouteContext extends DivioState {
  user: TokenRecord;
  /** The `:uuid` path parameter, lower-cased; '' on collection routes. */
  uuid: string;
  /** The `:arg` path parameter, decoded; '' on routes without one. */
  argument: string;
  /** The JSON object body (`{}` for methods without one). */
  body: Body;
  query: URLSearchParams;
  /** The absolute URL of this request, the base of pagination links. */
  requestUrl: URL;
  paging: Paging;
  now: number;
}

/** A response: status and JSON body (`undefined`: no body, as for 204). */
export interface Reply {
  status: number;
  body?: unknown;
}

export type Handler = (ctx: RouteContext) => Reply;
export type Route = CoreRoute<Handler>;

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const accepted = (body: unknown): Reply => ({ status: 202, body });
export const noContent = (): Reply => ({ status: 204 });

/**
 * Every path ends with a slash (a miss is a 404, no redirect), a `:uuid` segment only matches what
 * can be an id (anything else is no route at all) and an `:arg` any other non-empty parameter.
 */
export const DIVIO_PATHS: PathRules = {
  trailingSlash: 'required',
  parameter: (name, segment) => {
    if (name === 'uuid') return isOpaqueId(segment) ? segment.toLowerCase() : undefined;
    const value = decodeSegment(segment);
    return value === '' ? undefined : value;
  },
};

/** Looks an object up through a visibility-checking getter; other organisations' objects are 404s. */
export function orNotFound<T>(found: T | undefined): T {
  if (found === undefined) throw notFound();
  return found;
}
