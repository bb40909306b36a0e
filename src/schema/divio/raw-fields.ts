/**
 * Divio objects expose many documented scalar fields; rather than hand-writing a resolver per
 * field, each type lists them in a table (GraphQL name, upstream key, scalar) and they are read
 * from the DTO's raw object defensively: a value of the wrong type is null, never an error.
 */
import { builder } from '../../builder.js';
import type { DivioObject } from '../../upstream/divio/types.js';
import { isDivioId } from '../scalars.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export type RawKind = 'String' | 'Boolean' | 'Int' | 'Float' | 'DateTime' | 'DivioId' | 'JSON';

/** [GraphQL field name, upstream key, scalar, description?] */
export type RawField = readonly [name: string, key: string, kind: RawKind, description?: string];

function coerce(value: unknown, kind: RawKind): unknown {
  switch (kind) {
    case 'String':
      return typeof value === 'string' ? value : null;
    case 'Boolean':
      return typeof value === 'boolean' ? value : null;
    case 'Int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1 ? value : null;
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'DateTime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
    case 'DivioId':
      return typeof value === 'string' && isDivioId(value) ? value : null;
    case 'JSON':
      return value === undefined ? null : value;
  }
}

export function rawFields<Shape extends DivioObject>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  table: readonly RawField[],
): Record<string, ReturnType<typeof t.field>> {
  return Object.fromEntries(
    table.map(([name, key, kind, description]) => [
      name,
      t.field({
        type: kind as 'String',
        nullable: true,
        ...(description ? { description } : {}),
        resolve: (object) => coerce(object.raw[key], kind) as string | null,
      }),
    ]),
  );
}
