/**
 * The committed facts-only extracts under test/contracts/ (made by scripts/extract-contracts.ts,
 * `npm run contracts`): that they hold no prose, that they are in the script's canonical form,
 * and, when the source documents in ../shared are present, that they are what the script makes
 * from them today (a stale extract fails). Only that last check needs ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLICKHOUSE_EXTRACT,
  CLICKHOUSE_SPEC_FILE,
  DEFAULT_SHARED,
  DIVIO_EXTRACT,
  DIVIO_SEED_FILE,
  PROSE_KEYWORDS,
  extractClickHouseSpec,
  makeExtracts,
  renderCompact,
  renderExtract,
} from '../scripts/extract-contracts.js';

// The extracts are walked key by key; a structural type would add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const clickhouseText = readFileSync(CLICKHOUSE_EXTRACT, 'utf8');
const divioText = readFileSync(DIVIO_EXTRACT, 'utf8');
const clickhouse: Json = JSON.parse(clickhouseText);
const divio: Json = JSON.parse(divioText);

/**
 * OpenAPI keys whose value maps names (of properties, paths, schemas, content types, status codes...)
 * to objects: those names are data, not keywords. A property may well be called `description`.
 */
const NAME_MAPS = new Set([
  'properties', 'patternProperties', '$defs', 'dependentSchemas', 'paths', 'schemas', 'content', 'responses',
  'headers', 'securitySchemes', 'parameters', 'requestBodies', 'mapping', 'variables',
]);

/** Every keyword of the OpenAPI extract (keys of objects other than name maps), with its JSON pointer. */
function keywords(value: Json, where = '#', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => keywords(item, `${where}/${i}`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      out.push([key, `${where}/${key}`]);
      if (NAME_MAPS.has(key) && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
        for (const [name, item] of Object.entries(inner)) keywords(item, `${where}/${key}/${name}`, out);
      } else keywords(inner, `${where}/${key}`, out);
    }
  }
  return out;
}

function strings(value: Json, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((inner) => strings(inner, out));
  return out;
}

function allKeys(value: Json, out = new Set<string>()): Set<string> {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!Array.isArray(value)) out.add(key);
      allKeys(inner, out);
    }
  }
  return out;
}

describe('the ClickHouse OpenAPI extract', () => {
  it('holds every operation of the spec: 80 paths, 142 operations with ids and responses, 346 schemas', () => {
    expect(clickhouse.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(clickhouse.paths)).toHaveLength(80);
    const operations = Object.values(clickhouse.paths).flatMap((item: Json) => Object.values(item));
    expect(operations).toHaveLength(142);
    for (const op of operations as Json[]) {
      expect(op.operationId).toEqual(expect.any(String));
      // The newer spec answers some creations 201: every operation has one success response.
      expect(Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status))).toHaveLength(1);
    }
    expect(new Set(operations.map((op: Json) => op.operationId)).size).toBe(142);
    expect(Object.keys(clickhouse.components.schemas)).toHaveLength(346);
  });

  it('keeps the facts: parameters, request bodies, response schemas, types, formats, enums, requiredness', () => {
    const get = clickhouse.paths['/v1/organizations/{organizationId}/services/{serviceId}'].get;
    expect(get.parameters.map((p: Json) => [p.name, p.in, p.required, p.schema])).toEqual([
      ['organizationId', 'path', true, { format: 'uuid', type: 'string' }],
      ['serviceId', 'path', true, { format: 'uuid', type: 'string' }],
    ]);
    expect(get.responses['200'].content['application/json'].schema.properties.result).toEqual({ $ref: '#/components/schemas/Service' });
    const post = clickhouse.paths['/v1/organizations/{organizationId}/services'].post;
    expect(post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ServicePostRequest' });
    const service = clickhouse.components.schemas.Service;
    expect(service.properties.state.enum).toContain('running');
    expect(service.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
    // A property called `description` is a field name, and stays.
    expect(clickhouse.components.schemas.IpAccessListEntry.properties).toHaveProperty('description');
    const prometheus = clickhouse.paths['/v1/organizations/{organizationId}/services/{serviceId}/prometheus'].get;
    expect(Object.keys(prometheus.responses['200'].content)).toEqual(expect.arrayContaining([expect.stringMatching(/^text\/plain/)]));
  });

  it('keeps no prose: no description, summary, title, example(s), externalDocs or x- keyword anywhere', () => {
    const found = keywords(clickhouse).filter(([key]) => PROSE_KEYWORDS.has(key) || key.startsWith('x-'));
    expect(found.map(([, where]) => where)).toEqual([]);
    expect(clickhouse.info).toEqual({ version: expect.any(String) });
    // No sentences either: every string is a name, type, format, pattern, $ref or short enum value.
    const wordy = strings(clickhouse).filter((text) => text.trim().split(/\s+/).length > 3 || /\w\.\s/.test(text));
    expect(wordy).toEqual([]);
  });

  it('holds only keywords the script keeps (extracting the extract changes nothing), in its canonical form', () => {
    expect(extractClickHouseSpec(clickhouse)).toEqual(clickhouse);
    expect(renderCompact(extractClickHouseSpec(clickhouse))).toBe(clickhouseText);
  });
});

describe('the Divio seed extract', () => {
  it('keeps no prose keys anywhere', () => {
    const keys = [...allKeys(divio)];
    expect(keys.filter((key) => PROSE_KEYWORDS.has(key) || key.startsWith('x-'))).toEqual([]);
  });

  it('is in its canonical form', () => {
    expect(renderExtract(divio)).toBe(divioText);
  });
});

const SOURCES = [join(DEFAULT_SHARED, DIVIO_SEED_FILE), join(DEFAULT_SHARED, CLICKHOUSE_SPEC_FILE)];
const HAVE_SOURCES = SOURCES.every((file) => existsSync(file));
if (!HAVE_SOURCES) {
  console.log(`[contracts-extract] ${DEFAULT_SHARED} not found: not checking that the committed extracts are current (the contract tests use them all the same)`);
}

describe.skipIf(!HAVE_SOURCES)('against ../shared', () => {
  it('the committed extracts are byte for byte what `npm run contracts` makes today (run it if this fails)', () => {
    const made = makeExtracts(DEFAULT_SHARED);
    expect(made.map((extract) => extract.path)).toEqual([DIVIO_EXTRACT, CLICKHOUSE_EXTRACT]);
    for (const extract of made) expect(readFileSync(extract.path, 'utf8') === extract.text, extract.path).toBe(true);
    // Deterministic: a second run makes the same bytes.
    expect(makeExtracts(DEFAULT_SHARED).map((extract) => extract.text)).toEqual(made.map((extract) => extract.text));
  });
});
