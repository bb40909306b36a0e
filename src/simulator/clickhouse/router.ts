/**
 * The ClickHouse routes' vocabulary: the context every handler receives, what a handler returns,
 * and the path rules of the v1 API on the shared router. Handlers are synchronous: all state lives
 * in memory, and the server has already read the body.
 */
import { notFound } from '../core/error.js';
import type { PathRules, Route as CoreRoute } from '../core/router.js';
import { decodeSegment } from '../core/router.js';
import type { ClickHouseState } from './state.js';
import type { OrganizationRecord, ServiceRecord } from './types.js';
import type { Body } from './validation.js';

export interface RouteContext extends ClickHouseState {
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

export type Route = CoreRoute<Handler>;

/**
 * One trailing slash is tolerated (clients differ on it, and the upstream does too). A malformed
 * escape stays raw, so the server's UUID check answers it with a 400 rather than no route.
 */
export const CLICKHOUSE_PATHS: PathRules = {
  trailingSlash: 'tolerated',
  parameter: (_name, segment) => (segment === '' ? undefined : (decodeSegment(segment) ?? segment)),
};

export function param(ctx: RouteContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`Route is missing the :${name} parameter`);
  return value;
}

/** The addressed service, or a 404 naming it (services of other organizations are invisible). */
export function requireService(ctx: RouteContext): ServiceRecord {
  const serviceId = param(ctx, 'serviceId');
  const service = ctx.store.get('services', serviceId);
  if (service === undefined || service.organizationId !== ctx.organization.id) {
    throw notFound(`Service ${serviceId} not found in organization ${ctx.organization.id}`);
  }
  return service;
}
