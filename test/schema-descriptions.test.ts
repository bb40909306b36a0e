/**
 * The schema documents itself: GraphiQL, codegen'd clients and schema/schema.graphql readers see a
 * description on every type, field, input field, argument and enum value. A new field without one
 * (or with a placeholder that only repeats its name) fails here, listing every gap at once.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

/** One schema element: what it is (`field Service.name`), its own name, its description. */
interface Element {
  path: string;
  name: string;
  description: string | null | undefined;
}

/** Every described element, walked as `schema.getTypeMap()` lists the types (built-ins skipped). */
function elements(graph: GraphQLSchema): Element[] {
  const found: Element[] = [];
  for (const type of Object.values(graph.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    found.push({ path: `type ${type.name}`, name: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        found.push({ path: `field ${type.name}.${field.name}`, name: field.name, description: field.description });
        for (const arg of 'args' in field ? field.args : []) {
          found.push({ path: `arg ${type.name}.${field.name}(${arg.name})`, name: arg.name, description: arg.description });
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        found.push({ path: `enum ${type.name}.${value.name}`, name: value.name, description: value.description });
      }
    }
  }
  return found;
}

/** Letters and digits only, lower-cased: `Service name.` and `serviceName` compare equal. */
const bare = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

describe('schema descriptions', () => {
  const all = elements(schema);

  it('walks the whole schema', () => {
    // A walk that found (almost) nothing would make the checks below pass vacuously.
    expect(all.length).toBeGreaterThan(1000);
    expect(all.map((element) => element.path)).toEqual(
      expect.arrayContaining(['type Service', 'field Service.state', 'arg Query.organization(uuid)', 'enum ServiceState.RUNNING']),
    );
  });

  it('describes every type, field, argument and enum value', () => {
    const missing = all.filter((element) => element.description == null || element.description === '').map((element) => element.path);
    expect(missing).toEqual([]);
  });

  it('has no description that is only whitespace or repeats the name', () => {
    const empty = all
      .filter((element) => typeof element.description === 'string' && element.description !== '')
      .filter((element) => element.description!.trim() === '' || bare(element.description!) === bare(element.name))
      .map((element) => `${element.path}: ${JSON.stringify(element.description)}`);
    expect(empty).toEqual([]);
  });
});
