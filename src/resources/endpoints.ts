/**
 * Where each described operation is served: the method and path of every operation a description
 * (of either API) names, read from the description and the API's profile; the ClickHouse simulator
 * routes by them, and the OpenAPI document of a profile (openapi/document.ts) is built from them. The collection is the
 * profile's prefix and the description's path (`{x}` a parameter); one object adds `/:idParam`; an
 * action or a view adds its own segment (a collection action its segment after the collection).
 * List and get are GETs, create a POST, update a PATCH (a PUT where the description's
 * `updateMethod` says so), destroy a DELETE; an action says its method (POST when it does not); a
 * view is a GET, its update a PATCH and its writes their methods, on the same path. Each endpoint keeps its role in its description, which the
 * generic behaviours go by.
 */
import type { Method } from '../simulator/core/router.js';
import type { ApiProfile } from './profile.js';
import type { ActionSpec, InputSpec, ResourceDescription, ViewSpec } from './types.js';

/** What the operation is in its description. */
export type Role =
  | { kind: 'list' | 'get' | 'create' | 'update' | 'destroy' }
  | { kind: 'action'; action: ActionSpec }
  | { kind: 'view'; view: ViewSpec }
  | { kind: 'write'; view: ViewSpec };

export interface Endpoint {
  /** The spec's operationId. */
  operation: string;
  method: Method;
  /** The router's pattern, e.g. `/v1/organizations/:organizationId/services/:serviceId/state`. */
  pattern: string;
  /** The path's parameters, outermost first (`organizationId`, `serviceId`). */
  params: readonly string[];
  /** What the body may hold. */
  inputs: readonly InputSpec[];
  /** Fixed body members, with every value the described commands of this endpoint send (`command`: start, stop). */
  fixed: Readonly<Record<string, readonly string[]>>;
  /** The description the operation is one of, and its role there. */
  resource: ResourceDescription;
  role: Role;
  /** Query parameters the description names (a view's arguments, an action's query inputs). */
  query: readonly InputSpec[];
  /** The last path parameter names one of several things under the object (`clickhouseSettings/:settingName`), not an object of a group. */
  argument?: string;
}

interface Paths {
  /** The collection's path, without the profile's trailing slash. */
  collection: string;
  /** One object's path; throws for a description without an `idParam`. */
  item(): string;
  /** The router's pattern of a path (the profile's trailing slash added) and its parameters. */
  route(path: string): Pick<Endpoint, 'pattern' | 'params'>;
}

function pathsOf(resource: ResourceDescription, profile: ApiProfile): Paths {
  const collection = `${profile.prefix}${resource.path ?? resource.group}`.replace(/\{(\w+)\}/g, ':$1').replace(/\/$/, '');
  return {
    collection,
    item: () => {
      const idParam = resource.idParam ?? profile.itemParam;
      if (idParam === undefined) throw new Error(`${resource.group} names an operation on one object but no idParam`);
      return `${collection}/:${idParam}`;
    },
    route: (path) => ({
      pattern: `${path}${profile.trailingSlash ? '/' : ''}`,
      params: path.split('/').filter((segment) => segment.startsWith(':')).map((segment) => segment.slice(1)),
    }),
  };
}

function actionEndpoint(resource: ResourceDescription, paths: Paths, action: ActionSpec): Endpoint {
  const argument = action.pathArgument?.key;
  const route = paths.route(`${action.onCollection === true ? paths.collection : paths.item()}/${action.path}${argument ? `/:${argument}` : ''}`);
  const fixed = Object.fromEntries(Object.entries(action.fixedBody ?? {}).map(([key, value]) => [key, [value]]));
  return { operation: action.operation, method: action.method ?? 'POST', ...route, inputs: action.input ?? [], fixed, resource, role: { kind: 'action', action }, query: action.query ?? [], ...(argument ? { argument } : {}) };
}

function viewEndpoints(resource: ResourceDescription, paths: Paths, view: ViewSpec): Endpoint[] {
  const argument = view.pathArgument?.key;
  const route = paths.route(`${paths.item()}/${view.path}${argument ? `/:${argument}` : ''}`);
  const common = { ...route, fixed: {}, resource, query: [], ...(argument ? { argument } : {}) };
  const read: Endpoint = { ...common, operation: view.operation, method: 'GET', inputs: [], role: { kind: 'view', view }, query: view.arguments ?? [] };
  const update = view.update === undefined ? [] : [{ operation: view.update.operation, method: 'PATCH' as const, input: view.update.input }];
  const writes = [...update, ...(view.writes ?? [])].map((write): Endpoint => ({ ...common, operation: write.operation, method: write.method, inputs: write.input, role: { kind: 'write', view } }));
  return [read, ...writes];
}

/** The endpoints of one description, before endpoints that share an operation and a route are merged. */
function endpointsOf(resource: ResourceDescription, profile: ApiProfile): Endpoint[] {
  const paths = pathsOf(resource, profile);
  const { list, get, create, update, partialUpdate, destroy } = resource.operations;
  type Kind = 'list' | 'get' | 'create' | 'update' | 'destroy';
  const crud: Array<[string | undefined, Kind, Method, () => string, readonly InputSpec[]]> = [
    [list, 'list', 'GET', () => paths.collection, []],
    [create, 'create', 'POST', () => paths.collection, resource.create ?? []],
    [get, 'get', 'GET', paths.item, []],
    [update, 'update', resource.updateMethod ?? profile.updateMethod, paths.item, resource.update ?? []],
    [partialUpdate, 'update', 'PATCH', paths.item, resource.update ?? []],
    [destroy, 'destroy', 'DELETE', paths.item, []],
  ];
  return [
    ...crud.flatMap(([operation, kind, method, path, inputs]) =>
      operation === undefined ? [] : [{ operation, method, ...paths.route(path()), inputs, fixed: {}, resource, role: { kind }, query: [] }],
    ),
    ...(resource.actions ?? []).map((action) => actionEndpoint(resource, paths, action)),
    ...(resource.views ?? []).flatMap((view) => viewEndpoints(resource, paths, view)),
  ];
}

const routeOf = (endpoint: Endpoint): string => `${endpoint.method} ${endpoint.pattern}`;
const inputKeys = (endpoint: Endpoint): string => endpoint.inputs.map((spec) => spec.key).join(',');

/** Two described commands on one route (start and stop) are one endpoint whose fixed members take either value. */
function merge(into: Endpoint, next: Endpoint): Endpoint {
  if (inputKeys(into) !== inputKeys(next)) throw new Error(`${next.operation} is described twice at ${routeOf(next)} with different inputs`);
  const fixed: Record<string, string[]> = Object.fromEntries(Object.entries(into.fixed).map(([key, values]) => [key, [...values]]));
  for (const [key, values] of Object.entries(next.fixed)) {
    fixed[key] = [...new Set([...(fixed[key] ?? []), ...values])];
  }
  return { ...into, fixed };
}

/**
 * Every endpoint the descriptions name, one per operation. Throws when an operation is described
 * at two routes, or one route (method and path) carries two operations.
 */
export function describedEndpoints(resources: readonly ResourceDescription[], profile: ApiProfile): Endpoint[] {
  const byOperation = new Map<string, Endpoint>();
  const byRoute = new Map<string, string>();
  for (const endpoint of resources.flatMap((resource) => endpointsOf(resource, profile))) {
    const known = byOperation.get(endpoint.operation);
    if (known !== undefined && routeOf(known) !== routeOf(endpoint)) {
      throw new Error(`${endpoint.operation} is described at two routes: ${routeOf(known)} and ${routeOf(endpoint)}`);
    }
    const holder = byRoute.get(routeOf(endpoint));
    if (holder !== undefined && holder !== endpoint.operation) {
      throw new Error(`${routeOf(endpoint)} is described for two operations: ${holder} and ${endpoint.operation}`);
    }
    byRoute.set(routeOf(endpoint), endpoint.operation);
    byOperation.set(endpoint.operation, known === undefined ? endpoint : merge(known, endpoint));
  }
  return [...byOperation.values()];
}
