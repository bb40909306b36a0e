/**
 * ClickHouse Cloud's OpenAPI document, as the facts-only extract `npm run contracts` commits
 * (names, paths, types, bounds; no prose): the neutral operation list the descriptions of the
 * whole API are compiled from (compile.ts), read once at start.
 */
import { readFileSync } from 'node:fs';

export interface SchemaObject {
  type?: string | readonly string[];
  properties?: Readonly<Record<string, SchemaObject>>;
  items?: SchemaObject;
  $ref?: string;
  enum?: readonly unknown[];
  format?: string;
  required?: readonly string[];
  oneOf?: readonly SchemaObject[];
  anyOf?: readonly SchemaObject[];
  allOf?: readonly SchemaObject[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  deprecated?: boolean;
}

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: SchemaObject;
}

interface RawOperation {
  operationId: string;
  deprecated?: boolean;
  parameters?: readonly Parameter[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}

export interface SpecOperation {
  operationId: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The path after the profile's prefix, with `{param}`s: `organizations/{organizationId}/members`. */
  path: string;
  query: readonly { name: string; required: boolean; schema: SchemaObject }[];
  body?: SchemaObject;
  /** The envelope's `result` on success; absent for answers without one (DELETE). */
  result?: SchemaObject;
  /** The success answer is text, not the JSON envelope (Prometheus, PEM certificates). */
  text: boolean;
  deprecated: boolean;
}

const document = JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, SchemaObject> };
};

/** A `$ref`'s schema (`#/components/schemas/Member`), or the schema itself. */
export function resolved(schema: SchemaObject): SchemaObject {
  if (!schema.$ref) return schema;
  const target = document.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`The ClickHouse spec has no schema ${schema.$ref}`);
  return resolved(target);
}

/**
 * One object shape for a schema that is one of several objects (a backup bucket on AWS, GCP or
 * Azure): every variant's properties, a property's enum values joined; a property whose variants
 * disagree on its type has no single shape (oneOf, JSON downstream). Other schemas as they are.
 */
export function shapeOf(schema: SchemaObject): SchemaObject {
  const target = resolved(schema);
  const variants = (target.oneOf ?? target.anyOf)?.map(resolved).filter((variant) => variant.type !== 'null');
  if (!variants || variants.length < 2 || !variants.every((variant) => variant.properties)) return target;
  const properties: Record<string, SchemaObject> = {};
  // A variant's tag (`const: 'executable'`) is one value of the merged property's enum.
  const asEnum = (schema: SchemaObject): SchemaObject => ('const' in schema ? { type: 'string', enum: [(schema as { const: unknown }).const] } : schema);
  for (const variant of variants) {
    for (const [key, raw] of Object.entries(variant.properties!)) {
      const property = asEnum(resolved(raw));
      const known = properties[key];
      const next = property;
      if (!known) properties[key] = property;
      else if (known.enum && next.enum) properties[key] = { ...known, enum: [...new Set([...known.enum, ...next.enum])] };
      else if (JSON.stringify(resolved(known)) !== JSON.stringify(next)) properties[key] = { oneOf: [known, property] };
    }
  }
  return { type: 'object', properties };
}

/** The schema name a `$ref` names (`Member`), if it is one. */
export const refName = (schema: SchemaObject): string | undefined => schema.$ref?.replace('#/components/schemas/', '');

function read(method: string, path: string, raw: RawOperation): SpecOperation {
  const success = Object.entries(raw.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1];
  const content = success?.content ?? {};
  const json = content['application/json']?.schema;
  const result = json ? resolved(json).properties?.result : undefined;
  return {
    operationId: raw.operationId,
    method: method.toUpperCase() as SpecOperation['method'],
    path: path.replace(/^\/v1\//, ''),
    query: (raw.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} })),
    body: raw.requestBody?.content?.['application/json']?.schema,
    result,
    text: Object.keys(content).length > 0 && !json,
    deprecated: raw.deprecated === true,
  };
}

/** Every operation of the spec, by operationId. */
export const SPEC_OPERATIONS: ReadonlyMap<string, SpecOperation> = new Map(
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
      .map(([method, raw]) => [raw.operationId, read(method, path, raw)] as const),
  ),
);

/** Each path parameter's schema, by name (the spec gives a name one rule wherever it appears). */
export const PATH_PARAMETERS: ReadonlyMap<string, SchemaObject> = new Map(
  Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).flatMap((raw) => (raw.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.schema ?? {}] as const)),
  ),
);

/** Path parameters whose values the spec says are UUIDs (`serviceId`), as opposed to names and codes. */
export const UUID_PARAMETERS: ReadonlySet<string> = new Set([...PATH_PARAMETERS].filter(([, schema]) => schema.format === 'uuid').map(([name]) => name));

export function specOperation(operationId: string): SpecOperation {
  const operation = SPEC_OPERATIONS.get(operationId);
  if (!operation) throw new Error(`The ClickHouse spec has no operation ${operationId}`);
  return operation;
}
