/** Upstream payloads are read defensively: older shapes are tolerated, broken ones are coded errors. */
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../src/upstream/errors.js';
import { backups, services } from '../src/resources/clickhouse/index.js';
import { readList, readRecord } from '../src/upstream/clickhouse/client.js';

const parseService = (value: unknown) => readRecord(services, value, ['org']);

describe('ClickHouse payload parsing', () => {
  it('reads the oldest seed shape (regionId, no replica fields, isPrimary as a string)', () => {
    const service = parseService({
      id: '1e7b3c9d-5a2f-4e8b-b6c1-7d4a9e2f0c35',
      name: 'legacy',
      provider: 'aws',
      regionId: 'us-east-1',
      state: 'running',
      endpoints: [{ protocol: 'https', host: 'h.example', port: 8443 }],
      tier: 'development',
      ipAccessList: ['203.0.113.7'],
      isPrimary: 'true',
    });
    expect(service).toMatchObject({
      region: 'us-east-1',
      tier: 'development',
      isPrimary: true,
      ipAccessList: [{ source: '203.0.113.7' }],
      organizationId: 'org',
    });
    expect(service).not.toHaveProperty('numReplicas');
    expect(service).not.toHaveProperty('regionId');
  });

  it('turns a payload missing what the graph needs into UPSTREAM_ERROR, not a crash', () => {
    for (const broken of [null, 'text', { id: 'x' }, { id: 'x', name: 'n', provider: 'aws', state: 'running' }]) {
      let caught: unknown;
      try {
        parseService(broken);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UpstreamError);
      expect((caught as UpstreamError).code).toBe('UPSTREAM_ERROR');
    }
  });

  it('restores most-recent-first order of backups whatever order they arrive in', () => {
    const read = readList(
      backups,
      [
        { id: 'a', status: 'done', startedAt: '2024-01-01T00:00:00Z' },
        { id: 'c', status: 'in_progress', startedAt: '2024-01-03T00:00:00Z' },
        { id: 'b', status: 'done', startedAt: '2024-01-02T00:00:00Z' },
      ],
      ['org', 'svc'],
    );
    expect(read.map((backup) => backup.id)).toEqual(['c', 'b', 'a']);
    expect(read[0]!.serviceId).toBe('svc');
  });
});
