/**
 * The simulator's interpreter of the ClickHouse descriptions: every operation they name
 * (endpoints.ts) becomes a route on the shared router, whose handler finds the objects its path
 * names (404 for one that is not there, or not under the one before it), reads the body against
 * the operation's InputSpecs (input.ts), and hands both to the operation's behaviour, the one
 * hand-written part, looked up by operationId. Building the routes throws when an operation is
 * described without a behaviour, a behaviour is kept without a description, or a description
 * needs what this interpreter cannot do: a simulator that starts serves every described operation.
 */
import type { ApiProfile } from '../../resources/profile.js';
import type { ResourceDescription } from '../../resources/types.js';
import { notFound } from '../core/error.js';
import type { Behaviour, Handler, OperationContext, Route, RouteContext } from './context.js';
import { describedEndpoints, type Endpoint } from './endpoints.js';
import { assertReadable, readFixed, readInputs } from './input.js';
import { CLICKHOUSE_GROUPS, type ClickHouseGroups } from './state.js';

type Group = keyof ClickHouseGroups;

/** The description whose objects a path parameter names (`serviceId`: services), checked against the store's groups. */
function ownersOf(resources: readonly ResourceDescription[]): ReadonlyMap<string, ResourceDescription> {
  const owners = new Map<string, ResourceDescription>();
  for (const resource of resources) {
    if (resource.idParam === undefined) continue;
    if (!(CLICKHOUSE_GROUPS as readonly string[]).includes(resource.group)) throw new Error(`The simulator's store holds no group ${resource.group}`);
    owners.set(resource.idParam, resource);
  }
  return owners;
}

function checkPath(endpoint: Endpoint, owners: ReadonlyMap<string, ResourceDescription>): void {
  endpoint.params.forEach((param, index) => {
    const owner = owners.get(param);
    if (owner === undefined) throw new Error(`${endpoint.operation}: no description has the idParam ${param}`);
    // A record names its parent by the parent's path parameter (a service's `organizationId`).
    if (index > 0 && owner.parent?.filter !== endpoint.params[index - 1]) {
      throw new Error(`${endpoint.operation}: ${owner.group} is not found under ${endpoint.params[index - 1]} (its parent filter)`);
    }
  });
}

/** The records the path names, each checked to belong to the one before it (its parent's `filter` key). */
function findPath(ctx: RouteContext, endpoint: Endpoint, owners: ReadonlyMap<string, ResourceDescription>): Partial<ClickHouseGroups> {
  const found: Partial<Record<Group, object>> = {};
  let parent: { resource: ResourceDescription; id: string } | undefined;
  for (const param of endpoint.params) {
    const resource = owners.get(param)!;
    const id = ctx.params[param] ?? '';
    const record = ctx.store.get(resource.group as Group, id) as Record<string, unknown> | undefined;
    if (record === undefined || (parent !== undefined && record[resource.parent?.filter ?? ''] !== parent.id)) {
      // Only the outermost id has no parent, and the server has already matched it to the key's organization.
      const where = parent === undefined ? '' : ` in ${parent.resource.type.toLowerCase()} ${parent.id}`;
      throw notFound(`${resource.type} ${id} not found${where}`);
    }
    found[resource.group as Group] = record;
    parent = { resource, id: String(record.id) };
  }
  return found as Partial<ClickHouseGroups>;
}

function handlerOf(endpoint: Endpoint, behaviour: Behaviour, owners: ReadonlyMap<string, ResourceDescription>): Handler {
  return (ctx) => {
    // What the path names first (a 404 before a 400), then the body.
    const found = findPath(ctx, endpoint, owners);
    const input = { ...readInputs(endpoint.inputs, ctx.body), ...readFixed(endpoint.fixed, ctx.body) };
    const operation: OperationContext = { ...ctx, found, input };
    return behaviour(operation);
  };
}

function checkBehaviours(endpoints: readonly Endpoint[], behaviours: Readonly<Record<string, Behaviour>>): void {
  const described = new Set(endpoints.map((endpoint) => endpoint.operation));
  const missing = [...described].filter((operation) => behaviours[operation] === undefined);
  const unused = Object.keys(behaviours).filter((operation) => !described.has(operation));
  const problems = [
    ...(missing.length > 0 ? [`described without a behaviour: ${missing.join(', ')}`] : []),
    ...(unused.length > 0 ? [`a behaviour without a description: ${unused.join(', ')}`] : []),
  ];
  if (problems.length > 0) throw new Error(`The ClickHouse simulator cannot start: ${problems.join('; ')}`);
}

/** Literal segments before parameters, so a fixed path is never taken for an id. */
function byLiteralsFirst(a: Route, b: Route): number {
  const left = a.pattern.split('/');
  const right = b.pattern.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const literal = Number(left[index]!.startsWith(':')) - Number(right[index]!.startsWith(':'));
    if (literal !== 0) return literal;
  }
  return 0;
}

/** The routes of every operation the descriptions name, each served by its behaviour. */
export function clickhouseRoutes(resources: readonly ResourceDescription[], profile: ApiProfile, behaviours: Readonly<Record<string, Behaviour>>): Route[] {
  const endpoints = describedEndpoints(resources, profile);
  checkBehaviours(endpoints, behaviours);
  const owners = ownersOf(resources);
  const routes = new Map<string, Route>();
  for (const endpoint of endpoints) {
    checkPath(endpoint, owners);
    assertReadable(endpoint.inputs, endpoint.operation);
    const route = routes.get(endpoint.pattern) ?? { pattern: endpoint.pattern, methods: {} };
    route.methods[endpoint.method] = handlerOf(endpoint, behaviours[endpoint.operation]!, owners);
    routes.set(endpoint.pattern, route);
  }
  return [...routes.values()].sort(byLiteralsFirst);
}
