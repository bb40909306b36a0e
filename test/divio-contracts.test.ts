/**
 * Every Divio resource description against the seed, through the committed facts-only extract
 * (test/contracts/divio-seed.json, made by scripts/extract-contracts.ts): the operations it names
 * exist in its group, its fields are exactly the seed's response fields, its filters the list's
 * query parameters, and its inputs the operations' body fields. That the extract is current (when
 * ../shared is present) and holds no prose keys is checked in contracts-extract.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIVIO_RESOURCES } from '../src/resources/divio/index.js';
import type { ResourceDescription } from '../src/resources/types.js';
import { DIVIO_EXTRACT, type SeedExtract, type SeedOperation } from '../scripts/extract-contracts.js';

const extract = JSON.parse(readFileSync(DIVIO_EXTRACT, 'utf8')) as SeedExtract;
/** DRF paging parameters every list takes; the interpreters handle them, descriptions do not list them. */
const PAGING = new Set(['page', 'page_size']);

function operation(name: string): SeedOperation {
  const found = extract.operations.find((op) => op.name === name);
  if (!found) throw new Error(`${name} is not an operation of the seed`);
  return found;
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
/** Body fields: the named ones, and those only the request sample shows (the renderer drops some names). */
const bodyKeys = (op: SeedOperation) => sorted([...op.body.map((f) => f.name), ...op.requestSample.map((f) => f.name)]);

describe.each(DIVIO_RESOURCES.map((resource) => [resource.type, resource] as [string, ResourceDescription]))('%s', (_type, resource) => {
  const ops = Object.values(resource.operations);

  it('names operations of its own seed group', () => {
    for (const name of [...ops, ...(resource.actions ?? []).map((action) => action.operation)]) {
      expect(operation(name).group, name).toBe(resource.group);
    }
  });

  it('describes every field of the seed detail response, and only fields some response of the group shows', () => {
    const keys = resource.fields.map((f) => f.key).filter((key) => key !== '*');
    // A group without a Get (a bare list) is described by what its list shows.
    const detail = operation(resource.operations.get ?? resource.operations.list!);
    expect(sorted(keys)).toEqual(expect.arrayContaining(detail.response.map((f) => f.name).filter((name) => !['uuid', 'count', 'results'].includes(name))));
    const shown = new Set(ops.flatMap((name) => operation(name).response.map((f) => f.name)));
    const beyond = new Set(resource.fields.filter((f) => f.beyondSeed).map((f) => f.key));
    expect(keys.filter((key) => !shown.has(key) && !beyond.has(key))).toEqual([]);
    // The whole object stands in for fields only where the seed shows none.
    if (resource.fields.some((f) => f.key === '*')) expect(detail.response.filter((f) => !['count', 'results'].includes(f.name))).toEqual([]);
  });

  it('takes exactly the list query parameters as filters', () => {
    const list = operation(resource.operations.list!);
    expect(sorted((resource.filters ?? []).map((f) => f.key))).toEqual(sorted(list.queryParameters.map((p) => p.name).filter((n) => !PAGING.has(n))));
  });

  it('takes exactly the body fields of its writes, with the seed requiredness', () => {
    const writes: [string | undefined, ResourceDescription['create']][] = [
      [resource.operations.create, resource.create],
      [resource.operations.partialUpdate ?? resource.operations.update, resource.update],
    ];
    for (const [name, inputs] of writes) {
      if (!name) continue;
      const op = operation(name);
      expect(sorted((inputs ?? []).map((i) => i.key)), name).toEqual(bodyKeys(op));
      if (name === resource.operations.create) {
        const required = op.body.filter((f) => f.required).map((f) => f.name);
        expect(sorted((inputs ?? []).filter((i) => i.required).map((i) => i.key)), `${name} required`).toEqual(sorted(required));
      }
    }
    for (const action of resource.actions ?? []) {
      const op = operation(action.operation);
      const keys = (action.input ?? []).filter((i) => i.key !== '*').map((i) => i.key);
      const open = (action.input ?? []).some((i) => i.key === '*');
      // An open body (`property name*`) is rendered as sample properties, not as fields.
      expect(sorted(keys), action.operation).toEqual(open ? [] : bodyKeys(op));
      const pathParameters = op.pathParameters.map((p) => p.name).filter((n) => n !== 'uuid');
      expect(pathParameters, `${action.operation} path`).toEqual(action.pathArgument ? [action.pathArgument.key] : []);
    }
  });

  it('takes enum values the seed lists, where it lists them', () => {
    for (const op of ops.map(operation)) {
      for (const field of [...op.body, ...op.queryParameters]) {
        if (!field.enum) continue;
        const specs = [...(resource.create ?? []), ...(resource.filters ?? [])].filter((spec) => spec.key === field.name);
        for (const spec of specs) {
          if (typeof spec.type === 'object' && 'enum' in spec.type) expect([...spec.type.values].sort(), `${op.name}.${field.name}`).toEqual([...field.enum].sort());
        }
      }
    }
  });
});

describe('the extract', () => {
  it('holds the seed operations, 139 in 30 resource groups (plus the two schema utilities)', () => {
    const named = extract.operations.filter((op) => /^[A-Z]/.test(op.name));
    expect(named).toHaveLength(139);
    expect(new Set(named.map((op) => op.group)).size).toBe(30);
  });

  it('keeps no prose: no summaries, descriptions or sample values', () => {
    const text = JSON.stringify(extract);
    expect(text).not.toMatch(/A page number within|Number of results|identifying this|Authorizations/);
  });
});
