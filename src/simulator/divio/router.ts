/**
 * A tiny Django-style router: patterns end with a slash like every Divio URL, a `:uuid` segment
 * only matches what can be an id (UUIDs and the real API's opaque base32 ids; anything else is no
 * route at all, so a 404) and an `:arg` segment any other path parameter. Routes are tried in
 * order, as Django's urlpatterns are, so literal paths go before `:uuid` ones of the same shape.
 * Also the context every handler receives and the small reply constructors.
 */
import { notFound } from './http.js';
import type { DivioStore } from './store.js';
import type { TokenRecord } from './types.js';
import { isOpaqueId, type Body } from './validation.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Paging {
  maxPageSize: number;
  defaultPageSize: number;
}

export interface RouteContext {
  store: DivioStore;
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

export interface Route {
  /** e.g. `/apps/v3/applications/:uuid/archive/`; must end with '/'. */
  pattern: string;
  methods: Partial<Record<Method, Handler>>;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const accepted = (body: unknown): Reply => ({ status: 202, body });
export const noContent = (): Reply => ({ status: 204 });

export interface RouteMatch {
  route: Route;
  uuid: string;
  argument: string;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchRoute(routes: readonly Route[], path: string): RouteMatch | undefined {
  // No slash appended or tolerated: Divio's URLs all end with one, and a miss is a 404.
  if (!path.endsWith('/')) return undefined;
  const segments = path.split('/');
  for (const route of routes) {
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const match: RouteMatch = { route, uuid: '', argument: '' };
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part === ':uuid') {
        match.uuid = segment.toLowerCase();
        return isOpaqueId(segment);
      }
      if (part === ':arg') {
        match.argument = decodeSegment(segment) ?? '';
        return match.argument !== '';
      }
      return part === segment;
    });
    if (matches) return match;
  }
  return undefined;
}

/** Looks an object up through a visibility-checking getter; other organisations' objects are 404s. */
export function orNotFound<T>(found: T | undefined): T {
  if (found === undefined) throw notFound();
  return found;
}
