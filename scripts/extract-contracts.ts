/**
 * Makes the facts-only extracts under test/contracts/ from the source documents in ../shared, so a
 * fresh clone can run the contract tests without them: operation and field names, types,
 * requiredness and enum values. No prose (summaries, descriptions, titles, examples, samples'
 * values, vendor extensions) is kept.
 *
 *   npx tsx scripts/extract-contracts.ts [path/to/shared]      (npm run contracts)
 *
 * - test/contracts/divio-seed.json: the Divio seed is a rendered API reference (one operation
 *   after another: name, summary, parameter blocks, request and response samples); this reads
 *   that layout line by line.
 * - test/contracts/clickhouse-openapi.json: the ClickHouse Cloud OpenAPI document, pruned to its
 *   structure: still an OpenAPI document (same paths, methods, operationIds, parameters, request
 *   bodies, responses by status and content type, components.schemas), so JSON pointers into the
 *   original resolve in the extract too. Every object is read against a list of the keywords it
 *   may hold: facts are kept, prose is dropped, and anything else stops the script, so a new
 *   keyword in the document is a decision rather than a silent loss or a silent copy.
 *
 * The output is deterministic (object keys sorted in the ClickHouse extract); running the script
 * twice writes byte-identical files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIVIO_SEED_FILE = 'seeds/004_f29770aaf3a636ac.txt';
export const DIVIO_EXTRACT = join(ROOT, 'test/contracts/divio-seed.json');
export const CLICKHOUSE_SPEC_FILE = 'reference/clickhouse-cloud-openapi.json';
export const CLICKHOUSE_EXTRACT = join(ROOT, 'test/contracts/clickhouse-openapi.json');
/** Where the source documents are when nothing else is said: ../shared next to the repository. */
export const DEFAULT_SHARED = join(ROOT, '..', 'shared');

export interface SeedField {
  name: string;
  /** The rendered type, e.g. `string <uuid>`, `integer`, `Array of strings <uuid>`, `string or null <date-time>`. */
  type: string;
  required: boolean;
  nullable: boolean;
  enum?: string[];
}

export interface SeedSampleField {
  name: string;
  /** What the sample shows: string, uuid, date-time, uri, number, integer, boolean, null, array or object. */
  kind: string;
}

export interface SeedOperation {
  name: string;
  group: string;
  pathParameters: SeedField[];
  queryParameters: SeedField[];
  body: SeedField[];
  /** Top-level keys of the request sample (the renderer drops some body names, never these). */
  requestSample: SeedSampleField[];
  /** Top-level keys of the response sample; a paginated list shows count/results. */
  response: SeedSampleField[];
  /** The response is a DRF page (`count` and `results`). */
  paginated: boolean;
}

export interface SeedExtract {
  source: string;
  groups: string[];
  operations: SeedOperation[];
}

const OPERATION_NAME = /^[A-Za-z][A-Za-z_]*$/;
const GROUP_NAME = /^[a-z][a-z-]*$/;
const FIELD_NAME = /^[a-z_][a-z0-9_]*$/;
const TYPE_START = /^(string|integer|number|boolean|Array|object|any|null)\b/;
const SECTION_MARKERS = ['path Parameters', 'query Parameters', 'Request Body schema:', 'Responses'];

function sampleKind(value: string): string {
  const text = value.replace(/,$/, '').trim();
  if (text.startsWith('[')) return 'array';
  if (text.startsWith('{')) return 'object';
  if (text === 'null') return 'null';
  if (text === 'true' || text === 'false') return 'boolean';
  if (/^-?\d+$/.test(text)) return 'integer';
  if (/^-?\d+\.\d+$/.test(text)) return 'number';
  const inner = text.replace(/^"|"$/g, '');
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(inner)) return 'uuid';
  if (/^\d{4}-\d{2}-\d{2}T/.test(inner)) return 'date-time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(inner)) return 'date';
  if (/^https?:\/\//.test(inner)) return 'uri';
  return 'string';
}

/** Top-level `• "key": value` lines of a sample block (two-space indent; nested blocks are collapsed). */
function sampleFields(lines: string[]): SeedSampleField[] {
  const fields: SeedSampleField[] = [];
  for (const line of lines) {
    const match = /^ {2}• "([^"]+)": (.*)$/.exec(line);
    if (match) fields.push({ name: match[1]!, kind: sampleKind(match[2]!) });
  }
  return fields;
}

/** Parameter or body field blocks: name, optional `required`, type line, then notes. */
function fieldBlocks(lines: string[]): SeedField[] {
  const fields: SeedField[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const name = lines[i]!.trim();
    // The renderer drops some names and leaves `required` standing alone; those fields are known
    // from the request sample instead.
    if (!FIELD_NAME.test(name) || name === 'required') continue;
    let j = i + 1;
    const required = lines[j]?.trim() === 'required';
    if (required) j += 1;
    const type = lines[j]?.trim() ?? '';
    if (!TYPE_START.test(type)) continue;
    const field: SeedField = { name, type: type.replace(/\s*\[ items.*$/, ''), required, nullable: / or null\b/.test(type) };
    for (let k = j + 1; k < lines.length && k < j + 4; k += 1) {
      const note = lines[k]!.trim();
      if (FIELD_NAME.test(note)) break;
      const enumMatch = /^(?:Items )?Enum: (.*)$/.exec(note);
      if (enumMatch) field.enum = [...enumMatch[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    }
    fields.push(field);
    i = j;
  }
  return fields;
}

function sectionLines(lines: string[], marker: string): string[] {
  const start = lines.findIndex((line) => line.trim().startsWith(marker));
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => SECTION_MARKERS.some((other) => line.trim().startsWith(other)));
  return end < 0 ? rest : rest.slice(0, end);
}

function sampleBlock(lines: string[], marker: string): string[] {
  const start = lines.findIndex((line) => line.trim() === marker);
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^(Request samples|Response samples)$/.test(line.trim()));
  return end < 0 ? rest : rest.slice(0, end);
}

export function parseDivioSeed(text: string): SeedExtract {
  const lines = text.split('\n');
  // An operation heading: an identifier line, a blank line, and "Authorizations:" within the next
  // lines (a summary line may stand between).
  const starts: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    if (!OPERATION_NAME.test(lines[i]!) || lines[i - 1] !== '') continue;
    const window = lines.slice(i + 1, i + 12);
    const auth = window.findIndex((line) => line === 'Authorizations:');
    if (auth >= 0 && !window.slice(0, auth).some((line) => OPERATION_NAME.test(line))) starts.push(i);
  }
  const operations: SeedOperation[] = [];
  const groups: string[] = [];
  let group = '';
  for (let n = 0; n < starts.length; n += 1) {
    const start = starts[n]!;
    // The group heading stands two lines above the first operation of a group.
    const above = lines[start - 2] ?? '';
    if (GROUP_NAME.test(above) && lines[start - 1] === '') {
      group = above;
      groups.push(group);
    }
    const end = n + 1 < starts.length ? starts[n + 1]! - (GROUP_NAME.test(lines[starts[n + 1]! - 2] ?? '') ? 2 : 0) : lines.length;
    const block = lines.slice(start + 1, end);
    const responseFields = sampleFields(sampleBlock(block, 'Response samples'));
    operations.push({
      name: lines[start]!,
      group,
      pathParameters: fieldBlocks(sectionLines(block, 'path Parameters')),
      queryParameters: fieldBlocks(sectionLines(block, 'query Parameters')),
      body: fieldBlocks(sectionLines(block, 'Request Body schema:')),
      requestSample: sampleFields(sampleBlock(block, 'Request samples')),
      response: responseFields,
      paginated: responseFields.some((f) => f.name === 'count') && responseFields.some((f) => f.name === 'results'),
    });
  }
  return { source: DIVIO_SEED_FILE, groups, operations };
}

// ---------------------------------------------------------------------------------------------
// ClickHouse Cloud OpenAPI document

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Keywords that hold text for people, dropped wherever they stand (as are all `x-` extensions). */
export const PROSE_KEYWORDS: ReadonlySet<string> = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', '$comment']);

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isProse = (key: string): boolean => PROSE_KEYWORDS.has(key) || key.startsWith('x-');

/**
 * One object of the document read against its keywords: `keep` maps each keyword to how its value
 * is read (`true`: copied as it is; `false`: dropped, being neither prose nor contract); prose is
 * dropped; any other keyword throws.
 */
function facts(where: string, value: Json | undefined, keep: Record<string, boolean | ((value: Json, where: string) => Json)>): JsonObject {
  if (!isObject(value)) throw new Error(`${where}: expected an object, got ${JSON.stringify(value)?.slice(0, 60)}`);
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    const read = Object.hasOwn(keep, key) ? keep[key] : undefined;
    if (read === true) out[key] = inner;
    else if (typeof read === 'function') out[key] = read(inner, `${where}/${key}`);
    else if (read === undefined && !isProse(key)) throw new Error(`${where}: unexpected keyword ${JSON.stringify(key)}; keep it or drop it in scripts/extract-contracts.ts`);
  }
  return out;
}

/** A map from names (paths, properties, content types, status codes...) to objects read alike. */
const mapOf = (read: (value: Json, where: string) => Json) => (value: Json, where: string): Json => {
  if (!isObject(value)) throw new Error(`${where}: expected a map`);
  return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, read(inner, `${where}/${name}`)]));
};
const listOf = (read: (value: Json, where: string) => Json) => (value: Json, where: string): Json => {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list`);
  return value.map((inner, i) => read(inner, `${where}/${i}`));
};

/** JSON Schema (2020-12, as OpenAPI 3.1 uses it, plus 3.0's `nullable`): structure and constraints. */
function schema(value: Json, where: string): Json {
  if (typeof value === 'boolean') return value;
  return facts(where, value, {
    $ref: true, $id: true, $anchor: true, $dynamicRef: true, $dynamicAnchor: true, $schema: true,
    type: true, format: true, enum: true, const: true, default: true, nullable: true,
    deprecated: true, readOnly: true, writeOnly: true, contentMediaType: true, contentEncoding: true,
    required: true, dependentRequired: true,
    minimum: true, maximum: true, exclusiveMinimum: true, exclusiveMaximum: true, multipleOf: true,
    minLength: true, maxLength: true, pattern: true,
    minItems: true, maxItems: true, uniqueItems: true, minContains: true, maxContains: true,
    minProperties: true, maxProperties: true,
    properties: mapOf(schema), patternProperties: mapOf(schema), $defs: mapOf(schema), dependentSchemas: mapOf(schema),
    items: schema, additionalProperties: schema, unevaluatedProperties: schema, unevaluatedItems: schema,
    propertyNames: schema, contains: schema, not: schema, if: schema, then: schema, else: schema,
    oneOf: listOf(schema), anyOf: listOf(schema), allOf: listOf(schema), prefixItems: listOf(schema),
    discriminator: (inner, at) => facts(at, inner, { propertyName: true, mapping: true }),
  });
}

const media = (value: Json, where: string): Json => facts(where, value, { schema, encoding: true });
const header = (value: Json, where: string): Json =>
  facts(where, value, { $ref: true, required: true, deprecated: true, style: true, explode: true, schema, content: mapOf(media) });
const parameter = (value: Json, where: string): Json =>
  facts(where, value, {
    $ref: true, name: true, in: true, required: true, deprecated: true, allowEmptyValue: true,
    style: true, explode: true, allowReserved: true, schema, content: mapOf(media),
  });
const requestBody = (value: Json, where: string): Json => facts(where, value, { $ref: true, required: true, content: mapOf(media) });
const response = (value: Json, where: string): Json => facts(where, value, { $ref: true, content: mapOf(media), headers: mapOf(header) });
const operation = (value: Json, where: string): Json =>
  facts(where, value, {
    operationId: true, tags: true, deprecated: true, security: true,
    parameters: listOf(parameter), requestBody, responses: mapOf(response),
  });
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const pathItem = (value: Json, where: string): Json =>
  facts(where, value, { $ref: true, parameters: listOf(parameter), ...Object.fromEntries(METHODS.map((method) => [method, operation])) });
const securityScheme = (value: Json, where: string): Json =>
  facts(where, value, { type: true, scheme: true, bearerFormat: true, in: true, name: true, openIdConnectUrl: true, flows: true });

/** Deep copy with every object's keys in code-unit order; lists keep their order. */
function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => [key, sortKeys(value[key]!)]),
  );
}

/** The OpenAPI document without its prose: still an OpenAPI document with the same pointers. */
export function extractClickHouseSpec(document: unknown): JsonObject {
  const extract = facts('#', document as Json, {
    openapi: true,
    info: (value, where) => facts(where, value, { version: true, contact: false, license: false, termsOfService: false }),
    servers: listOf((value, where) => facts(where, value, { url: true, variables: true })),
    security: true,
    tags: listOf((value, where) => facts(where, value, { name: true })),
    // Navigation groups of the rendered docs: neither structure nor contract.
    'x-tagGroups': false,
    paths: mapOf(pathItem),
    components: (value, where) =>
      facts(where, value, {
        schemas: mapOf(schema), parameters: mapOf(parameter), requestBodies: mapOf(requestBody),
        responses: mapOf(response), headers: mapOf(header), securitySchemes: mapOf(securityScheme),
      }),
  });
  return sortKeys(extract) as JsonObject;
}

// ---------------------------------------------------------------------------------------------

/** The text the Divio extract is written as: one value a line. */
export const renderExtract = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

/**
 * The text the ClickHouse extract is written as: like renderExtract, but a value that fits on its
 * line (key and indentation included, within `width` characters) stays on one line, so a schema
 * property reads as one line and the file is about a third smaller.
 */
export function renderCompact(value: Json, width = 100): string {
  const render = (inner: Json, indent: string, lead: number): string => {
    const flat = JSON.stringify(inner);
    if (inner === null || typeof inner !== 'object' || lead + flat.length <= width) return flat;
    const deeper = `${indent} `;
    const lines = Array.isArray(inner)
      ? inner.map((item) => `${deeper}${render(item, deeper, deeper.length)}`)
      : Object.entries(inner).map(([key, item]) => {
          const head = `${deeper}${JSON.stringify(key)}: `;
          return `${head}${render(item, deeper, head.length)}`;
        });
    const [open, close] = Array.isArray(inner) ? ['[', ']'] : ['{', '}'];
    return lines.length === 0 ? `${open}${close}` : `${open}\n${lines.join(',\n')}\n${indent}${close}`;
  };
  return `${render(value, '', 0)}\n`;
}

/** Every extract, made in memory from the documents under `shared`: path and file content. */
export function makeExtracts(shared = DEFAULT_SHARED): { path: string; text: string; summary: string }[] {
  const divio = parseDivioSeed(readFileSync(join(shared, DIVIO_SEED_FILE), 'utf8'));
  const clickhouse = extractClickHouseSpec(JSON.parse(readFileSync(join(shared, CLICKHOUSE_SPEC_FILE), 'utf8')));
  const paths = clickhouse.paths as JsonObject;
  const operations = Object.values(paths).flatMap((item) => Object.keys(item as JsonObject).filter((key) => (METHODS as readonly string[]).includes(key)));
  const schemas = (clickhouse.components as JsonObject).schemas as JsonObject;
  return [
    { path: DIVIO_EXTRACT, text: renderExtract(divio), summary: `${divio.groups.length} groups, ${divio.operations.length} operations` },
    {
      path: CLICKHOUSE_EXTRACT,
      text: renderCompact(clickhouse),
      summary: `${Object.keys(paths).length} paths, ${operations.length} operations, ${Object.keys(schemas).length} schemas`,
    },
  ];
}

function main(): void {
  const shared = resolve(process.argv[2] ?? DEFAULT_SHARED);
  for (const { path, text, summary } of makeExtracts(shared)) {
    mkdirSync(dirname(path), { recursive: true });
    const unchanged = existsSync(path) && readFileSync(path, 'utf8') === text;
    if (!unchanged) writeFileSync(path, text);
    console.log(`${path}: ${summary}, ${Buffer.byteLength(text)} bytes${unchanged ? ' (unchanged)' : ''}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
