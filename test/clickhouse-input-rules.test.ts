/**
 * The ClickHouse input rules (src/resources/clickhouse/input-rules.ts) against the committed
 * facts-only extract of the real spec: every bound the spec states for a service's name, memory
 * and replicas is the one the gateway checks and the simulator enforces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NUM_REPLICAS, REPLICA_MEMORY_GB, SERVICE_NAME, TOTAL_MEMORY_GB } from '../src/resources/clickhouse/input-rules.js';

type Property = { minimum?: number; maximum?: number; multipleOf?: number; maxLength?: number; minLength?: number };
const spec = JSON.parse(readFileSync(new URL('./contracts/clickhouse-openapi.json', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, { properties?: Record<string, Property> }> };
};
const property = (schema: string, name: string): Property => {
  const found = spec.components.schemas[schema]?.properties?.[name];
  if (!found) throw new Error(`the extract has no ${schema}.${name}`);
  return found;
};

describe('ClickHouse input rules against the spec', () => {
  it('service names: 1 to 50 characters, on create and on update', () => {
    for (const schema of ['ServicePostRequest', 'ServicePatchRequest']) {
      expect(property(schema, 'name')).toMatchObject({ minLength: 1, maxLength: SERVICE_NAME.maxLength });
    }
  });

  it('total memory: the step, the floor and the ceiling of every request that takes it', () => {
    for (const schema of ['ServicePostRequest', 'ServiceScalingPatchRequest']) {
      for (const name of ['minTotalMemoryGb', 'maxTotalMemoryGb']) {
        expect(property(schema, name), `${schema}.${name}`).toMatchObject({
          multipleOf: TOTAL_MEMORY_GB.step,
          minimum: TOTAL_MEMORY_GB.min,
          maximum: TOTAL_MEMORY_GB.max.paid,
        });
      }
    }
  });

  it('replica memory and replica counts likewise', () => {
    for (const schema of ['ServicePostRequest', 'ServiceReplicaScalingPatchRequest']) {
      for (const name of ['minReplicaMemoryGb', 'maxReplicaMemoryGb']) {
        expect(property(schema, name), `${schema}.${name}`).toMatchObject({
          multipleOf: REPLICA_MEMORY_GB.step,
          minimum: REPLICA_MEMORY_GB.min,
          maximum: REPLICA_MEMORY_GB.max.paid,
        });
      }
    }
    for (const schema of ['ServicePostRequest', 'ServiceScalingPatchRequest', 'ServiceReplicaScalingPatchRequest']) {
      expect(property(schema, 'numReplicas'), schema).toMatchObject({ minimum: NUM_REPLICAS.min, maximum: NUM_REPLICAS.max });
    }
  });
});
