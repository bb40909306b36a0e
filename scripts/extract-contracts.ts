/**
 * Makes the facts-only extracts under test/contracts/ from the seed documents in ../shared, so a
 * fresh clone can run the contract tests without them: operation and field names, types,
 * requiredness and enum values. No prose (summaries, descriptions, samples' values) is kept.
 *
 *   npx tsx scripts/extract-contracts.ts [path/to/shared]
 *
 * The Divio seed is a rendered API reference (one operation after another: name, summary,
 * parameter blocks, request and response samples); this reads that layout line by line.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIVIO_SEED_FILE = 'seeds/004_f29770aaf3a636ac.txt';
export const DIVIO_EXTRACT = join(ROOT, 'test/contracts/divio-seed.json');

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

function main(): void {
  const shared = resolve(process.argv[2] ?? join(ROOT, '..', 'shared'));
  const extract = parseDivioSeed(readFileSync(join(shared, DIVIO_SEED_FILE), 'utf8'));
  mkdirSync(dirname(DIVIO_EXTRACT), { recursive: true });
  writeFileSync(DIVIO_EXTRACT, `${JSON.stringify(extract, null, 1)}\n`);
  console.log(`${DIVIO_EXTRACT}: ${extract.groups.length} groups, ${extract.operations.length} operations`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
