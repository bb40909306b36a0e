/** The benchmark fixture option of the ClickHouse simulator. */
import { describe, expect, it } from 'vitest';
import { CLICKHOUSE_SEED, startClickHouseSimulator } from '../src/simulator/clickhouse/index.js';

describe('ClickHouse simulator extraServices', () => {
  it('adds running services with backups to the first organization, and validates the count', async () => {
    const simulator = await startClickHouseSimulator({ rateLimit: null, extraServices: 20 });
    try {
      const key = CLICKHOUSE_SEED.keys[0]!;
      const authorization = `Basic ${Buffer.from(`${key.keyId}:${key.keySecret}`).toString('base64')}`;
      const response = await fetch(`${simulator.url}/v1/organizations/${key.organizationId}/services`, { headers: { authorization } });
      const { result } = (await response.json()) as { result: { id: string; name: string; state: string }[] };
      const extra = result.filter((service) => service.name.startsWith('Bench Service'));
      expect(extra).toHaveLength(20);
      expect(extra.every((service) => service.state === 'running')).toBe(true);
      const backups = await fetch(`${simulator.url}/v1/organizations/${key.organizationId}/services/${extra[0]!.id}/backups`, { headers: { authorization } });
      expect(((await backups.json()) as { result: unknown[] }).result).toHaveLength(3);
    } finally {
      await simulator.close();
    }
    await expect(startClickHouseSimulator({ extraServices: -1 })).rejects.toThrow(RangeError);
  });
});
