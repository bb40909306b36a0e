/**
 * A tiny path-pattern router plus the context every handler receives. Handlers are
 * synchronous: all state lives in memory, and the server has already read the body.
 */
import { notFound } from './http.js';
import type { SimulatorStore } from './store.js';
import type { OrganizationRecord, ServiceRecord } from './types.js';
import type { Body } from './validation.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteContext {
  store: SimulatorStore;
  /** Path parameters, already checked to be UUIDs when their name ends in `Id`. */
  params: Record<string, string>;
  /** The JSON body (`{}` for methods without one). */
  body: Body;
  /** The authenticated key's organization; the server rejects any other organization id. */
  organization: OrganizationRecord;
  now: number;
}

/** A non-JSON answer (Prometheus exposition text). */
export class TextResult {
  constructor(
    readonly contentType: string,
    readonly text: string,
  ) {}
}

/** Returns the envelope's `result` (undefined: no `result` key) or a TextResult. */
export type Handler = (ctx: RouteContext) => unknown;

export interface Route {
  /** Segments starting with `:` are parameters, e.g. `/v1/organizations/:organizationId`. */
  pattern: string;
  methods: Partial<Record<Method, Handler>>;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** A malformed escape stays raw; the UUID check then rejects it with a 400. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function matchRoute(routes: readonly Route[], path: string): RouteMatch | undefined {
  // Tolerate one trailing slash; clients differ on it and upstream does too.
  const segments = (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  for (const route of routes) {
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = safeDecode(segment);
        return segment !== '';
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

export function param(ctx: RouteContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`Route is missing the :${name} parameter`);
  return value;
}

/** The addressed service, or a 404 naming it (services of other organizations are invisible). */
export function requireService(ctx: RouteContext): ServiceRecord {
  const serviceId = param(ctx, 'serviceId');
  const service = ctx.store.services.get(serviceId);
  if (service === undefined || service.organizationId !== ctx.organization.id) {
    throw notFound(`Service ${serviceId} not found in organization ${ctx.organization.id}`);
  }
  return service;
}
