/**
 * Every operation of the Divio seed is reachable under the name ../shared/API.md's naming rules
 * give it. The operations come from the committed facts-only extract; the names are derived here
 * from the rules alone (not from our descriptions), and looked up in the schema the gateway
 * serves, read by an introspection query over HTTP. The figure is printed.
 */
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, isObjectType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

interface SeedOperation {
  name: string;
  group: string;
}

const extract = JSON.parse(readFileSync(new URL('./contracts/divio-seed.json', import.meta.url), 'utf8')) as { operations: SeedOperation[] };

/** The API's own description document, not an operation on Divio objects: nothing to expose. */
const NOT_API_OPERATIONS = new Set(['schema_retrieve']);

/** API.md: the two groups that would collide with ClickHouse types take a prefix. */
const PREFIXED: Readonly<Record<string, string>> = { backups: 'DivioBackup', services: 'DivioService' };

/** API.md's renames: `CreateDeployment` is `deployEnvironment`. */
const RENAMED: Readonly<Record<string, string>> = { CreateDeployment: 'deployEnvironment' };

/**
 * API.md: operations that return something other than the resource are fields on their object,
 * named for what they return. The first four are API.md's own examples.
 */
const FIELDS_ON_OBJECTS: Readonly<Record<string, string>> = {
  GetEnvironmentLogs: 'Environment.logs',
  GetCronjobLogs: 'Cronjob.logs',
  GetRepositoryCommits: 'Repository.commits',
  GetEnvironmentMetrics: 'Environment.metrics',
  GetEnvironmentLogsOccurrence: 'Environment.logOccurrences',
  GetDeploymentLogs: 'Deployment.logs',
  GetDeploymentEnvironmentVariables: 'Deployment.environmentVariables',
  GetRepositoryEndpoint: 'Repository.endpoint',
  container_specifications_retrieve: 'Query.containerSpecifications',
  // API.md names the list `environmentMetricMetadata`, which is also the type's camelCase; one entry needs another name.
  GetEnvironmentMetricMetadata: 'Query.environmentMetricMetadataEntry',
};

const pascal = (group: string) => group.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);
const singular = (word: string) => (word.endsWith('metadata') ? word : word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, ''));

/** API.md: one Node type per group, the group's name in singular PascalCase. */
function typeOf(group: string): string {
  return PREFIXED[group] ?? singular(pascal(group));
}

/** API.md: root lists are the type's camelCase plural (`divioBackups`, `environmentMetricMetadata`). */
function pluralOf(group: string): string {
  const type = typeOf(group);
  const plural = type.endsWith('metadata') || type.endsWith('Metadata') ? type : `${type.replace(/y$/, 'ie')}s`;
  return lowerFirst(plural.replace(/ys$/, 'ys'));
}

/** `Type.field` an operation is reachable at, by the rules alone. */
export function expectedCoordinate(operation: SeedOperation): string {
  const special = FIELDS_ON_OBJECTS[operation.name];
  if (special) return special;
  const renamed = RENAMED[operation.name];
  if (renamed) return `Mutation.${renamed}`;
  const type = typeOf(operation.group);
  const bare = type.replace(/^Divio/, '');
  if (operation.name.startsWith('List')) return `Query.${pluralOf(operation.group)}`;
  if (operation.name === `Get${bare}` || operation.name === `Get${type}`) return `Query.${lowerFirst(type)}`;
  if (operation.name.startsWith('PartialUpdate')) return `Mutation.update${operation.name.slice('PartialUpdate'.length)}`;
  if (operation.name.startsWith('Destroy')) return `Mutation.delete${operation.name.slice('Destroy'.length)}`;
  return `Mutation.${lowerFirst(operation.name)}`;
}

function reachable(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, fieldName] = coordinate.split('.') as [string, string];
  const type = schema.getType(typeName);
  return isObjectType(type) && fieldName in type.getFields();
}

describe('every Divio seed operation is reachable under its API.md name', () => {
  let stack: Stack;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    stack = await startStack();
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    schema = buildClientSchema(((await response.json()) as { data: IntrospectionQuery }).data);
  });
  afterAll(() => stack.close());

  it('derives the names the way API.md spells its examples', () => {
    const named = (name: string, group: string) => expectedCoordinate({ name, group });
    expect(named('ListDomains', 'domains')).toBe('Query.domains');
    expect(named('ListEnvironmentVariables', 'environment-variables')).toBe('Query.environmentVariables');
    expect(named('ListBackups', 'backups')).toBe('Query.divioBackups');
    expect(named('ListServices', 'services')).toBe('Query.divioServices');
    expect(named('ListEnvironmentMetricMetadata', 'environment-metric-metadata')).toBe('Query.environmentMetricMetadata');
    expect(named('ListRepositories', 'repositories')).toBe('Query.repositories');
    expect(named('GetDomain', 'domains')).toBe('Query.domain');
    expect(named('GetBackup', 'backups')).toBe('Query.divioBackup');
    expect(named('CreateDomain', 'domains')).toBe('Mutation.createDomain');
    expect(named('MakePrimaryDomain', 'domains')).toBe('Mutation.makePrimaryDomain');
    expect(named('CheckRepository', 'repositories')).toBe('Mutation.checkRepository');
    expect(named('PartialUpdateDomain', 'domains')).toBe('Mutation.updateDomain');
    expect(named('DestroyDomain', 'domains')).toBe('Mutation.deleteDomain');
  });

  it('reaches all of them (the figure is printed)', () => {
    const operations = extract.operations.filter((operation) => !NOT_API_OPERATIONS.has(operation.name));
    const missing = operations.filter((operation) => !reachable(schema, expectedCoordinate(operation)));
    const share = ((operations.length - missing.length) / operations.length) * 100;
    console.log(`Divio seed operations reachable under their API.md names: ${operations.length - missing.length}/${operations.length} (${share.toFixed(1)}%)`);
    expect(missing.map((operation) => `${operation.name} -> ${expectedCoordinate(operation)}`)).toEqual([]);
  });
});
