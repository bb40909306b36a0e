/**
 * What the ClickHouse simulator's behaviours work with: the context a request reaches its
 * operation with, what a behaviour returns, and the path rules of the v1 API on the shared router.
 * The routes themselves are not written here: the interpreter (interpreter.ts) makes them from
 * the descriptions. Behaviours are synchronous: all state lives in memory, and the server has
 * already read the body.
 */
import type { PathRules, Route as CoreRoute } from '../core/router.js';
import { decodeSegment } from '../core/router.js';
import type { Endpoint } from '../../resources/endpoints.js';
import type { StoredObject } from './objects.js';
import type { ClickHouseGroups, ClickHouseState } from './state.js';
import type { OrganizationRecord } from './types.js';

export type Body = Record<string, unknown>;

/** What the server hands a route: the request as parsed, scoped to the key's organization. */
export interface RouteContext extends ClickHouseState {
  /** Path parameters, already checked to be UUIDs when their name ends in `Id`. */
  params: Record<string, string>;
  /** The JSON body (`{}` for methods without one). */
  body: Body;
  /** The query string, as sent. */
  query: URLSearchParams;
  /** The authenticated API key's id (an activity's actor). */
  keyId: string;
  /** The authenticated key's organization; the server rejects any other organization id. */
  organization: OrganizationRecord;
  now: number;
}

/** What a behaviour gets: the objects its path names, found, and its described inputs, checked. */
export interface OperationContext extends RouteContext {
  /** The records the path's ids name, by group (each one checked to belong to the one before). */
  found: Partial<ClickHouseGroups>;
  /** The objects of the other groups the path's ids name, by type (ClickPipe, Udf, …). */
  stored: Readonly<Record<string, StoredObject>>;
  /** The body's described members (and fixed members), checked; undescribed members are dropped. */
  input: Body;
  /** The described query parameters (a view's arguments), checked. */
  args: Body;
  /** Where and what the operation is: its description and its role there. */
  endpoint: Endpoint;
}

/** The hand-written part of one operation: returns the envelope's `result` (undefined: none) or a TextResult. */
export type Behaviour = (ctx: OperationContext) => unknown;

/** A non-JSON answer (Prometheus exposition text). */
export class TextResult {
  constructor(
    readonly contentType: string,
    readonly text: string,
  ) {}
}

/** What the router calls: the interpreter's wrapper around a behaviour. */
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

/** The record of `group` the path named; its absence is a bug (the operation's path names no such id). */
export function found<G extends keyof ClickHouseGroups>(ctx: OperationContext, group: G): ClickHouseGroups[G] {
  const record = ctx.found[group];
  if (record === undefined) throw new Error(`The operation's path names no ${group} record`);
  return record;
}

/**
 * The input as the behaviour's type says it is: the interpreter has checked every member against
 * the operation's InputSpecs, so `T` restates the description (a member absent, null only where nullable).
 */
export const inputOf = <T>(ctx: OperationContext): T => ctx.input as unknown as T;
