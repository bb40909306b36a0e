/**
 * Where heap goes, from two V8 heap snapshots of the gateway child: the difference per V8 object
 * kind (closures, scopes, promises, plain objects, ...) and per class, divided by the number of
 * things added between them (subscribers, say).
 */
import { readFileSync } from 'node:fs';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export interface HeapCensus {
  /** Category -> bytes (self size) and count. */
  kinds: Map<string, { bytes: number; count: number }>;
  /** Named classes (JS constructors other than Object and Array) -> count. */
  classes: Map<string, number>;
}

const BUILTIN_OBJECTS = new Set(['Object', 'Array', 'Promise', 'Generator', 'Map', 'Set', 'WeakMap', 'WeakSet', 'system / Context']);

function kindOf(type: string, name: string): string {
  if (type === 'closure') return 'closures (function objects)';
  if (type === 'object' && name === 'system / Context') return 'function scopes (captured variables)';
  if (type === 'object' && name === 'Promise') return 'promises';
  if (type === 'hidden' && name.includes('PromiseReaction')) return 'promises';
  if (type === 'object' && name === 'Generator') return 'generators (async iterator wrappers)';
  if (type === 'object' && name === 'Object') return 'plain objects';
  if (type === 'object' && (name === 'Map' || name === 'Set' || name === 'WeakMap' || name === 'WeakSet')) return 'Maps and Sets';
  if (type === 'object' && name === 'Array') return 'arrays';
  if (type === 'array' || (type === 'hidden' && name.includes('PropertyArray'))) return 'property, element and table stores';
  if (type.includes('string')) return 'strings';
  if (type === 'object') return 'class instances';
  return 'other (code, shapes, internals)';
}

export function censusOf(path: string): HeapCensus {
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as HeapSnapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const kinds = new Map<string, { bytes: number; count: number }>();
  const classes = new Map<string, number>();
  const { nodes, strings } = snapshot;
  for (let index = 0; index < nodes.length; index += width) {
    const type = types[nodes[index + typeAt]!]!;
    const name = strings[nodes[index + nameAt]!]!;
    const kind = kindOf(type, name);
    const entry = kinds.get(kind) ?? { bytes: 0, count: 0 };
    entry.bytes += nodes[index + sizeAt]!;
    entry.count += 1;
    kinds.set(kind, entry);
    if (type === 'object' && !BUILTIN_OBJECTS.has(name) && !name.startsWith('system /')) classes.set(name, (classes.get(name) ?? 0) + 1);
  }
  return { kinds, classes };
}

export interface HeapDifference {
  /** Kind, bytes per unit, objects per unit; largest first. */
  kinds: { kind: string; bytes: number; count: number }[];
  /** Classes with at least one new instance per unit: name and instances per unit. */
  classes: { name: string; count: number }[];
}

/** What `after` holds beyond `before`, per unit (e.g. per subscriber). */
export function heapDifference(before: HeapCensus, after: HeapCensus, units: number): HeapDifference {
  const kinds = [...after.kinds]
    .map(([kind, { bytes, count }]) => {
      const base = before.kinds.get(kind) ?? { bytes: 0, count: 0 };
      return { kind, bytes: (bytes - base.bytes) / units, count: (count - base.count) / units };
    })
    .sort((a, b) => b.bytes - a.bytes);
  const classes = [...after.classes]
    .map(([name, count]) => ({ name, count: (count - (before.classes.get(name) ?? 0)) / units }))
    .filter((entry) => entry.count >= 0.95)
    .sort((a, b) => b.count - a.count);
  return { kinds, classes };
}
