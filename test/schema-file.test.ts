/**
 * schema/schema.graphql is generated (npm run codegen) and committed; it must match the schema the
 * gateway serves, or reviewers and client tooling read a stale contract.
 */
import { readFile } from 'node:fs/promises';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

const normalize = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));

describe('schema/schema.graphql', () => {
  it('matches the served schema (run `npm run codegen` after changing src/schema)', async () => {
    const committed = await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(normalize(committed)).toBe(normalize(printSchema(schema)));
  });

  it('keeps the required public names of API.md', () => {
    const types = schema.getTypeMap();
    for (const name of ['Node', 'Organization', 'Service', 'Backup', 'ServiceConnection', 'BackupConnection', 'UUID', 'SafeInt', 'DateTime']) {
      expect(types[name], name).toBeDefined();
    }
    const query = schema.getQueryType()!.getFields();
    for (const name of ['node', 'nodes', 'organizations', 'organization']) expect(query[name], name).toBeDefined();
    const mutation = schema.getMutationType()!.getFields();
    for (const name of [
      'createService', 'updateService', 'deleteService', 'startService', 'stopService', 'updateServiceScaling',
      'updateServiceReplicaScaling', 'resetServicePassword', 'updateBackupConfiguration', 'updateOrganization',
    ]) {
      expect(mutation[name], name).toBeDefined();
      expect(Object.keys(mutation[name]!.args.map((arg) => arg.name))).toHaveLength(1);
      expect(mutation[name]!.args[0]!.name).toBe('input');
    }
  });
});
