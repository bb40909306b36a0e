/** Global ids of seeded objects, as the gateway encodes them (base64 "Type:key"). */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';

export type SeedServiceName = keyof typeof CLICKHOUSE_SEED.services;

export function seedService(name: SeedServiceName) {
  return CLICKHOUSE_SEED.services[name];
}

export function serviceGlobalId(name: SeedServiceName): string {
  const service = seedService(name);
  return encodeGlobalID('Service', `${service.organizationId}:${service.id}`);
}

export function backupGlobalId(name: SeedServiceName, index = 0): string {
  const service = seedService(name);
  return encodeGlobalID('Backup', `${service.organizationId}:${service.id}:${service.backupIds[index]}`);
}

export function organizationGlobalId(org: keyof typeof CLICKHOUSE_SEED.organizations): string {
  return encodeGlobalID('Organization', CLICKHOUSE_SEED.organizations[org].id);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
