import { describe, expect, it } from 'vitest';
import { pathTemplate } from '../src/upstream/path-template.js';

describe('pathTemplate', () => {
  it('names a call by the described endpoint it matches, query and trailing slash ignored', () => {
    expect(pathTemplate('clickhouse', '/v1/organizations/5f2c0a1e-4c1f-4d2a-9a61-1c9b1f6f0e11/services?filter=x')).toBe('/v1/organizations/{organizationId}/services');
    expect(pathTemplate('clickhouse', '/v1/organizations/o/services/s/backups/b')).toBe('/v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}');
    expect(pathTemplate('divio', '/apps/v3/applications/abc123/')).toBe('/apps/v3/applications/{uuid}');
  });

  it('prefers a literal segment to a parameter of the same shape', () => {
    expect(pathTemplate('clickhouse', '/v1/organizations/o/services/s/state')).toBe('/v1/organizations/{organizationId}/services/{serviceId}/state');
  });

  it('keeps only the API words of a path no endpoint describes', () => {
    expect(pathTemplate('divio', '/trigger/9f8e7d6c5b4a/')).toBe('/trigger/{id}');
    expect(pathTemplate('clickhouse', '/v2/secret-key-123/x')).toBe('/{id}/{id}/x');
  });
});
