/**
 * Any OpenAPI 3 document read down to what the descriptions can disagree with, operation by
 * operation: method and path, path and query parameters, the request body's fields and the
 * answer's fields, with their enums (top level). `$ref`s (JSON pointers into the document) are
 * followed; `allOf` merges, and `oneOf`/`anyOf` of objects join their properties, enums united. An
 * answer is read through its wrapping: a DRF page's `results`, ClickHouse's envelope `result`, a list's items.
 */
import type { OpenApiDocument, Schema } from './document.js';

export interface Property {
  /** The values of a string enum (or of an array of them). */
  enum?: readonly string[];
  required: boolean;
}

export interface OperationShape {
  operationId: string;
  method: string;
  /** The templated path, e.g. `/apps/v3/environments/{uuid}/stop/`. */
  path: string;
  pathParams: readonly string[];
  query: ReadonlyMap<string, Property>;
  /** The JSON body's fields; undefined when it takes none; `open` when it takes any member. */
  body?: { fields: ReadonlyMap<string, Property>; open: boolean };
  /** The answer's fields; undefined when it is not a JSON object (none, text, a free-form value). */
  answer?: ReadonlyMap<string, Property>;
  guessed: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A path as compared: parameters' names do not matter, their places do. */
export const pathShape = (path: string): string => path.replace(/\{[^}]+\}/g, '{}');

type Fields = { fields: Map<string, Property>; open: boolean; object: boolean };

const compositions = (schema: Schema): unknown[] => [...((schema.allOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? []), ...((schema.anyOf as unknown[]) ?? [])];

/** Schemas of one document, `$ref`s followed. */
class SchemaReader {
  constructor(private readonly document: Record<string, unknown>) {}

  resolve(schema: unknown, depth = 0): Schema {
    if (!schema || typeof schema !== 'object' || depth > 20) return {};
    const ref = (schema as Schema).$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema as Schema;
    let target: unknown = this.document;
    for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return this.resolve(target, depth + 1);
  }

  /** Top-level properties of an object schema, variants and compositions merged. */
  properties(raw: unknown, depth = 0): Fields {
    const schema = this.resolve(raw);
    const fields = new Map<string, Property>();
    let open = schema.additionalProperties === true || (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null);
    let object = schema.type === 'object' || schema.properties !== undefined;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    for (const [key, value] of Object.entries((schema.properties as Record<string, unknown> | undefined) ?? {})) {
      fields.set(key, { ...this.enumOf(value), required: required.has(key) });
    }
    if (depth >= 10) return { fields, open, object };
    const all = new Set((schema.allOf as unknown[]) ?? []);
    for (const part of compositions(schema)) {
      const merged = this.properties(part, depth + 1);
      if (!merged.object) continue;
      object = true;
      open ||= merged.open;
      for (const [key, property] of merged.fields) {
        const known = fields.get(key);
        const values = known?.enum && property.enum ? [...new Set([...known.enum, ...property.enum])] : (known?.enum ?? property.enum);
        fields.set(key, { ...(values ? { enum: values } : {}), required: (known?.required ?? false) || (all.has(part) && property.required) });
      }
    }
    return { fields, open, object };
  }

  enumOf(raw: unknown): { enum?: string[] } {
    let schema = this.resolve(raw);
    if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))) schema = this.resolve(schema.items);
    const variants = [schema, ...compositions(schema).map((part) => this.resolve(part))];
    const values = variants.flatMap((variant) => (Array.isArray(variant.enum) ? variant.enum : 'const' in variant ? [variant.const] : [])).filter((value): value is string => typeof value === 'string');
    return values.length > 0 ? { enum: [...new Set(values)].sort() } : {};
  }

  /** The answer's object, through DRF's page, ClickHouse's envelope, a list key and list items. */
  answer(raw: unknown, listKey: string | undefined): Map<string, Property> | undefined {
    let schema = this.resolve(raw);
    for (let step = 0; step < 5; step += 1) {
      const { fields } = this.properties(schema);
      if (fields.has('results') && fields.has('count')) schema = this.property(schema, 'results');
      else if (listKey !== undefined && fields.has(listKey) && !fields.has('status')) schema = this.property(schema, listKey);
      else if (fields.has('result') && (fields.has('status') || fields.has('requestId'))) schema = this.property(schema, 'result');
      else if (schema.type === 'array') schema = this.resolve(schema.items);
      else break;
    }
    const read = this.properties(schema);
    return read.object && read.fields.size > 0 ? read.fields : undefined;
  }

  private property(raw: unknown, key: string): Schema {
    const schema = this.resolve(raw);
    const own = (schema.properties as Record<string, unknown> | undefined)?.[key];
    if (own !== undefined) return this.resolve(own);
    for (const part of compositions(schema)) {
      const found = this.property(part, key);
      if (Object.keys(found).length > 0) return found;
    }
    return {};
  }

  /** The shape of one operation of the document. */
  operation(path: string, method: string, operation: Schema, shared: unknown[], listKeys: ReadonlyMap<string, string>): OperationShape {
    const operationId = String(operation.operationId);
    const parameters = [...shared, ...((operation.parameters as unknown[]) ?? [])].map((parameter) => this.resolve(parameter));
    const query = new Map<string, Property>();
    for (const parameter of parameters) {
      if (parameter.in === 'query' && typeof parameter.name === 'string') query.set(parameter.name, { ...this.enumOf(parameter.schema), required: parameter.required === true });
    }
    const requestContent = (this.resolve(operation.requestBody).content as Record<string, { schema?: unknown }> | undefined) ?? {};
    const requestSchema = requestContent['application/json']?.schema ?? Object.values(requestContent)[0]?.schema;
    const body = requestSchema === undefined ? undefined : this.properties(requestSchema);
    const success = Object.entries((operation.responses as Record<string, unknown> | undefined) ?? {}).find(([status]) => status.startsWith('2'))?.[1];
    const json = (this.resolve(success).content as Record<string, { schema?: unknown }> | undefined)?.['application/json']?.schema;
    return {
      operationId,
      method: method.toUpperCase(),
      path,
      pathParams: parameters.filter((parameter) => parameter.in === 'path').map((parameter) => String(parameter.name)),
      query,
      ...(body ? { body: { fields: body.fields, open: body.open } } : {}),
      ...(json !== undefined ? { answer: this.answer(json, listKeys.get(operationId)) } : {}),
      guessed: operation['x-opsgraph-guessed'] === true,
    };
  }
}

/**
 * Every operation of `document`. `listKeys`: operations whose list answer holds its items under a
 * key (`{ items: [...] }`, a description's listKey), unwrapped like a page.
 */
export function operationShapes(document: OpenApiDocument | Record<string, unknown>, listKeys: ReadonlyMap<string, string> = new Map()): OperationShape[] {
  const reader = new SchemaReader(document as Record<string, unknown>);
  const shapes: OperationShape[] = [];
  for (const [path, item] of Object.entries((document.paths as Record<string, Record<string, unknown>> | undefined) ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as Schema | undefined;
      if (operation && typeof operation.operationId === 'string') shapes.push(reader.operation(path, method, operation, (item.parameters as unknown[]) ?? [], listKeys));
    }
  }
  return shapes;
}
