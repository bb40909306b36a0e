/**
 * The OpenAPI document of what the descriptions say an upstream is: every described operation at
 * its method and path (endpoints.ts), its path and query parameters, its request body's fields and
 * its answer's fields, with their enums. The simulators serve it as their own document
 * (`/apps/v3/schema.json`, `/v1/openapi.json`), and `npm run check-upstream` compares it, operation
 * by operation, with the document the real upstream publishes (drift.ts). Guessed paths carry
 * `x-opsgraph-guessed: true`.
 */
import { describedEndpoints, type Endpoint } from '../endpoints.js';
import type { ApiProfile } from '../profile.js';
import type { FieldSpec, FieldType, FilterSpec, InputSpec, ResourceDescription } from '../types.js';

export type Schema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Schema>>;
}

const SCALARS: Record<string, Schema> = {
  String: { type: 'string' },
  DateTime: { type: 'string', format: 'date-time' },
  Date: { type: 'string', format: 'date' },
  DivioId: { type: 'string' },
  UUID: { type: 'string', format: 'uuid' },
  Boolean: { type: 'boolean' },
  Int: { type: 'integer' },
  SafeInt: { type: 'integer' },
  Float: { type: 'number' },
  JSON: {},
  File: { type: 'string', format: 'binary' },
};

function typeSchema(type: FieldType | InputSpec['type'] | FilterSpec['type']): Schema {
  if (typeof type === 'string') return SCALARS[type] ?? {};
  if ('enum' in type) return { type: 'string', enum: [...type.values] };
  if ('ref' in type) return { type: 'string' };
  if ('refs' in type) return { type: 'array', items: { type: 'string' } };
  if ('list' in type) return { type: 'array', items: typeSchema(type.list) };
  if ('objects' in type) {
    const object = objectSchema(type.fields);
    return type.single ? object : { type: 'array', items: object };
  }
  if ('inputObjects' in type) {
    const object = inputSchema(type.fields);
    return type.single ? object : { type: 'array', items: object };
  }
  if ('patch' in type) {
    const item = typeof type.of === 'string' ? typeSchema(type.of) : inputSchema(type.of.fields);
    return { type: 'object', properties: { add: { type: 'array', items: item }, remove: { type: 'array', items: item } } };
  }
  return {};
}

/** `listed`: as a list gives the object, without what only its own GET carries (`detail`). */
function objectSchema(fields: readonly FieldSpec[], idKey?: string, listed = false): Schema {
  const properties: Record<string, Schema> = idKey === undefined ? {} : { [idKey]: { type: 'string' } };
  for (const field of fields) if (field.key !== '*' && !(listed && field.detail)) properties[field.key] = typeSchema(field.type);
  return { type: 'object', properties };
}

function inputSchema(inputs: readonly InputSpec[], fixed: Readonly<Record<string, readonly string[]>> = {}): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const input of inputs) {
    if (input.key === '*') continue;
    properties[input.key] = typeSchema(input.type);
    if (input.required) required.push(input.key);
  }
  for (const [key, values] of Object.entries(fixed)) {
    properties[key] = { type: 'string', enum: [...values] };
    required.push(key);
  }
  const open = inputs.some((input) => input.key === '*');
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), ...(open ? { additionalProperties: true } : {}) };
}

/** The answer as the profile wraps it: DRF pages its lists; ClickHouse wraps everything in its envelope. */
function answer(profile: ApiProfile, body: Schema, list: boolean, listKey?: string): Schema {
  if (profile.response === 'envelope') {
    const items: Schema = { type: 'array', items: body };
    const result = !list ? body : listKey ? { type: 'object', properties: { [listKey]: items } } : items;
    return { type: 'object', properties: { status: { type: 'number' }, requestId: { type: 'string' }, result } };
  }
  if (!list) return body;
  return { type: 'object', properties: { count: { type: 'integer' }, next: { type: 'string' }, previous: { type: 'string' }, results: { type: 'array', items: body } } };
}

/** Divio's list filters are its query parameters; ClickHouse filters in the gateway unless a filter says it is sent. */
const sentUpstream = (filter: FilterSpec, profile: ApiProfile): boolean => profile.paging === 'drf' || filter.upstream === true;

function parameters(endpoint: Endpoint, profile: ApiProfile): Schema[] {
  const path = endpoint.params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const query: Schema[] = endpoint.query.map((input) => ({ name: input.key, in: 'query', required: input.required === true, schema: typeSchema(input.type) }));
  if (endpoint.role.kind === 'list') {
    for (const filter of endpoint.resource.filters ?? []) {
      if (!sentUpstream(filter, profile)) continue;
      const schema = typeSchema(filter.type);
      query.push({ name: filter.key, in: 'query', required: false, schema: filter.many ? { type: 'array', items: schema } : schema });
    }
    if (profile.paging === 'drf') query.push({ name: 'page', in: 'query', required: false, schema: { type: 'integer' } }, { name: 'page_size', in: 'query', required: false, schema: { type: 'integer' } });
  }
  return [...path, ...query];
}

function responseBody(endpoint: Endpoint, profile: ApiProfile): Schema | undefined {
  const { resource, role } = endpoint;
  const idKey = resource.idKey ?? profile.idKey;
  const object = () => objectSchema(resource.fields, idKey);
  switch (role.kind) {
    case 'list':
      return answer(profile, objectSchema(resource.fields, idKey, true), true, resource.listKey);
    case 'get':
    case 'update':
      return answer(profile, object(), false);
    case 'create':
      return answer(profile, resource.createResult ? objectSchema(resource.createResult.fields) : object(), false);
    case 'destroy':
      return undefined;
    case 'action':
      return role.action.result ? answer(profile, objectSchema(role.action.result), false) : undefined;
    case 'write':
      if (endpoint.method === 'DELETE') return undefined;
    // falls through: a write answers the view
    case 'view': {
      const { view } = role;
      if (view.answer === 'text') return undefined;
      const body = view.result ? objectSchema(view.result.fields) : { type: 'object' };
      return answer(profile, body, view.answer === 'list');
    }
  }
}

const guessed = (endpoint: Endpoint): boolean =>
  (endpoint.role.kind === 'action' && endpoint.role.action.guessed === true) || ((endpoint.role.kind === 'view' || endpoint.role.kind === 'write') && endpoint.role.view.guessed === true);

/** `/apps/v3/environments/:uuid/stop/` as OpenAPI writes it: `/apps/v3/environments/{uuid}/stop/`. */
export const templatePath = (pattern: string): string => pattern.replace(/:(\w+)/g, '{$1}');

export function describedDocument(resources: readonly ResourceDescription[], profile: ApiProfile): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const endpoint of describedEndpoints(resources, profile)) {
    const body = responseBody(endpoint, profile);
    const status = endpoint.role.kind === 'create' && profile.paging === 'drf' ? '201' : endpoint.role.kind === 'destroy' ? '204' : '200';
    const text = (endpoint.role.kind === 'view' || endpoint.role.kind === 'write') && endpoint.role.view.answer === 'text';
    const content = text ? { 'text/plain': { schema: { type: 'string' } } } : body ? { 'application/json': { schema: body } } : undefined;
    const operation: Schema = {
      operationId: endpoint.operation,
      parameters: parameters(endpoint, profile),
      responses: { [status]: { description: 'Success', ...(content ? { content } : {}) } },
      ...(guessed(endpoint) ? { 'x-opsgraph-guessed': true } : {}),
    };
    if (endpoint.inputs.length > 0 || Object.keys(endpoint.fixed).length > 0) {
      operation.requestBody = { content: { 'application/json': { schema: inputSchema(endpoint.inputs, endpoint.fixed) } } };
    }
    (paths[templatePath(endpoint.pattern)] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  return { openapi: '3.0.3', info: { title: `${profile.label} API as opsgraph describes it`, version: 'opsgraph' }, paths };
}

const served = new WeakMap<readonly ResourceDescription[], OpenApiDocument>();

/** describedDocument, built once per list of descriptions: the simulators answer it on every request for it. */
export function servedDocument(resources: readonly ResourceDescription[], profile: ApiProfile): OpenApiDocument {
  let document = served.get(resources);
  if (!document) served.set(resources, (document = describedDocument(resources, profile)));
  return document;
}
