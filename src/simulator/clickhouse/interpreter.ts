/**
 * The simulator's interpreter of the ClickHouse descriptions: every operation they name
 * (endpoints.ts) becomes a route on the shared router, whose handler finds the objects its path
 * names (404 for one that is not there, or not under the one before it), reads the body against
 * the operation's InputSpecs (input.ts; a body the spec gives as a oneOf of shapes, which the
 * description cannot list inputs for, must be one of them) and the query against its arguments,
 * and hands all of it to the operation's behaviour: the hand-written one, looked up by operationId,
 * or the generic one of its role (roles.ts). A write then leaves its activity (activities.ts).
 * Building the routes throws when an operation has no behaviour of either kind, a hand-written
 * behaviour is kept without a description, or a description needs what this interpreter cannot
 * do: a simulator that starts serves every described operation.
 */
import type { ApiProfile } from '../../resources/profile.js';
import type { ResourceDescription } from '../../resources/types.js';
import { SPEC_OPERATIONS } from '../../resources/clickhouse/spec.js';
import { badRequest, notFound } from '../core/error.js';
import { recordActivity } from './activities.js';
import type { Behaviour, Body, Handler, OperationContext, Route, RouteContext } from './context.js';
import { describedEndpoints, type Endpoint } from '../../resources/endpoints.js';
import { assertReadable, readFixed, readInputs, readQuery } from './input.js';
import type { StoredObject } from './objects.js';
import { genericBehaviour } from './roles.js';
import { fits, shapesOf } from './spec-values.js';
import { CLICKHOUSE_GROUPS, type ClickHouseGroups } from './state.js';

type Group = keyof ClickHouseGroups;

/** One parameter of a path and the description whose objects it names. */
interface Step {
  param: string;
  owner: ResourceDescription;
  /** Kept in the MemoryStore (organizations, services, backups), not the ObjectStore. */
  legacy: boolean;
}

/** The descriptions by the router pattern of one of their objects (`/v1/organizations/:organizationId`). */
function objectPatterns(resources: readonly ResourceDescription[], profile: ApiProfile): ReadonlyMap<string, ResourceDescription> {
  const patterns = new Map<string, ResourceDescription>();
  for (const resource of resources) {
    if (resource.idParam === undefined) continue;
    patterns.set(`${profile.prefix}${resource.path ?? resource.group}/{${resource.idParam}}`.replace(/\{(\w+)\}/g, ':$1'), resource);
  }
  return patterns;
}

/** Each parameter's owner: the description whose object path the route's path runs through there. */
function stepsOf(endpoint: Endpoint, patterns: ReadonlyMap<string, ResourceDescription>): Step[] {
  const segments = endpoint.pattern.replace(/\/$/, '').split('/');
  return endpoint.params.filter((param) => param !== endpoint.argument).map((param) => {
    const at = segments.indexOf(`:${param}`);
    const owner = patterns.get(segments.slice(0, at + 1).join('/'));
    if (owner === undefined) throw new Error(`${endpoint.operation}: no description has the idParam ${param} there`);
    return { param, owner, legacy: (CLICKHOUSE_GROUPS as readonly string[]).includes(owner.group) };
  });
}

/** A PUT update of a group without a create makes the object it names (a UDF attachment). */
const upserts = (endpoint: Endpoint): boolean => endpoint.role.kind === 'update' && endpoint.method === 'PUT' && endpoint.resource.operations.create === undefined;

interface Found {
  found: Partial<ClickHouseGroups>;
  stored: Record<string, StoredObject>;
}

/** The records the path names, each checked to belong to the one before it. */
function findPath(ctx: RouteContext, endpoint: Endpoint, steps: readonly Step[]): Found {
  const found: Partial<Record<Group, object>> = {};
  const stored: Record<string, StoredObject> = {};
  let parent: { owner: ResourceDescription; id: string } | undefined;
  for (const [index, { param, owner, legacy }] of steps.entries()) {
    const id = ctx.params[param] ?? '';
    const ids = steps.slice(0, index + 1).map((step) => ctx.params[step.param] ?? '');
    const held = legacy ? (ctx.store.get(owner.group as Group, id) as Record<string, unknown> | undefined) : undefined;
    const record = legacy ? held : ctx.objects.get(owner.path!, ids);
    // A MemoryStore record names its parent by the parent's path parameter (a service's `organizationId`).
    const misplaced = held !== undefined && parent !== undefined && held[owner.parent?.filter ?? ''] !== parent.id;
    // An upsert's own object may be missing: the PUT makes it.
    if (record === undefined && index === steps.length - 1 && upserts(endpoint)) break;
    if (record === undefined || misplaced) {
      // Only the outermost id has no parent, and the server has already matched it to the key's organization.
      const where = parent === undefined ? '' : ` in ${parent.owner.type.toLowerCase()} ${parent.id}`;
      throw notFound(`${owner.type} ${id} not found${where}`);
    }
    if (legacy) found[owner.group as Group] = record;
    else stored[owner.type] = record as StoredObject;
    parent = { owner, id };
  }
  return { found: found as Partial<ClickHouseGroups>, stored };
}

/** The body as the operation takes it: its described members, or (a oneOf body) the members of the shape it is. */
function readBody(endpoint: Endpoint, body: Body): Body {
  const spec = SPEC_OPERATIONS.get(endpoint.operation)?.body;
  const shapes = endpoint.inputs.length > 0 || spec === undefined ? undefined : shapesOf(spec);
  if (shapes === undefined) return readInputs(endpoint.inputs, body);
  const variant = shapes.find((shape) => fits(body, shape));
  if (variant === undefined) throw badRequest('The body matches none of the shapes the operation takes');
  return Object.fromEntries(Object.entries(body).filter(([key]) => variant.properties?.[key] !== undefined));
}

function handlerOf(endpoint: Endpoint, behaviour: Behaviour, steps: readonly Step[]): Handler {
  return (ctx) => {
    // What the path names first (a 404 before a 400), then the body and the query.
    const { found, stored } = findPath(ctx, endpoint, steps);
    const input = { ...readBody(endpoint, ctx.body), ...readFixed(endpoint.fixed, ctx.body) };
    const operation: OperationContext = { ...ctx, found, stored, input, args: readQuery(endpoint.query, ctx.query), endpoint };
    const result = behaviour(operation);
    recordActivity(operation, result);
    return result;
  };
}

function checkBehaviours(endpoints: readonly Endpoint[], behaviours: Readonly<Record<string, Behaviour>>): void {
  const described = new Set(endpoints.map((endpoint) => endpoint.operation));
  const missing = endpoints.filter((endpoint) => behaviours[endpoint.operation] === undefined && genericBehaviour(endpoint) === undefined).map((endpoint) => endpoint.operation);
  const unused = Object.keys(behaviours).filter((operation) => !described.has(operation));
  const problems = [
    ...(missing.length > 0 ? [`described without a behaviour: ${missing.join(', ')}`] : []),
    ...(unused.length > 0 ? [`a behaviour without a description: ${unused.join(', ')}`] : []),
  ];
  if (problems.length > 0) throw new Error(`The ClickHouse simulator cannot start: ${problems.join('; ')}`);
}

/**
 * Literal segments before parameters, so a fixed path (`clickhouseSettings/schema`) is never taken
 * for an id: a total order (segment by segment, a literal before a parameter, then by text), as a
 * sort needs one.
 */
function byLiteralsFirst(a: Route, b: Route): number {
  const left = a.pattern.split('/');
  const right = b.pattern.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const literal = Number(left[index]!.startsWith(':')) - Number(right[index]!.startsWith(':'));
    if (literal !== 0) return literal;
    const text = left[index]!.localeCompare(right[index]!);
    if (text !== 0) return text;
  }
  return left.length - right.length;
}

/** The routes of every operation the descriptions name, each served by its hand-written behaviour or its role's. */
export function clickhouseRoutes(resources: readonly ResourceDescription[], profile: ApiProfile, behaviours: Readonly<Record<string, Behaviour>>): Route[] {
  const endpoints = describedEndpoints(resources, profile);
  checkBehaviours(endpoints, behaviours);
  const patterns = objectPatterns(resources, profile);
  const routes = new Map<string, Route>();
  for (const endpoint of endpoints) {
    assertReadable(endpoint.inputs, endpoint.operation);
    assertReadable(endpoint.query, `${endpoint.operation} (query)`);
    const route = routes.get(endpoint.pattern) ?? { pattern: endpoint.pattern, methods: {} };
    route.methods[endpoint.method] = handlerOf(endpoint, behaviours[endpoint.operation] ?? genericBehaviour(endpoint)!, stepsOf(endpoint, patterns));
    routes.set(endpoint.pattern, route);
  }
  return [...routes.values()].sort(byLiteralsFirst);
}
