/**
 * A tiny Django-style router: patterns end with a slash like every Divio URL, and a `:uuid`
 * segment only matches a uuid (anything else is no route at all, so a 404). Also the context
 * every handler receives and the small reply constructors.
 */
import { notFound } from './http.js';
import type { DivioStore } from './store.js';
import type { TokenRecord } from './types.js';
import { isUuid, type Body } from './validation.js';

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

export function matchRoute(routes: readonly Route[], path: string): { route: Route; uuid: string } | undefined {
  // No slash appended or tolerated: Divio's URLs all end with one, and a miss is a 404.
  if (!path.endsWith('/')) return undefined;
  const segments = path.split('/');
  for (const route of routes) {
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    let uuid = '';
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part !== ':uuid') return part === segment;
      uuid = segment.toLowerCase();
      return isUuid(segment);
    });
    if (matches) return { route, uuid };
  }
  return undefined;
}

/** Looks an object up through a visibility-checking getter; other organisations' objects are 404s. */
export function orNotFound<T>(found: T | undefined): T {
  if (found === undefined) throw notFound();
  return found;
}
