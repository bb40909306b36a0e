/**
 * Every ClickHouse Cloud resource group described as data, in one list the interpreters read
 * with the ClickHouse profile (../profile.ts).
 */
import type { ResourceDescription } from '../types.js';
import { compileExtras } from './compile.js';
import { compileGroups, GROUP_OVERLAYS } from './groups.js';
export { backups } from './backups.js';
export { organizations } from './organizations.js';
export { services } from './services.js';
import { backups } from './backups.js';
import { organizations } from './organizations.js';
import { services } from './services.js';

/** Paths every group's own collection owns: never compiled as another group's view or command. */
const TAKEN = new Set([organizations, services, backups].map((group) => group.path!).concat(GROUP_OVERLAYS.map((group) => group.path)));

/**
 * The hand-described groups with the views and commands the spec adds under them, then every
 * compiled group (groups.ts), parents first.
 */
const ORGANIZATIONS: ResourceDescription = {
  ...organizations,
  ...compileExtras(organizations, { type: 'Organization', ttlMs: 60_000, links: { serviceId: 'Service' }, names: { usageCost: 'usageCost', 'postgres/prometheus': 'postgresPrometheusMetrics', udfUploadSessionCreate: 'createUdfUploadSession', organizationByocInfrastructureCreate: 'createByocInfrastructure' } }, TAKEN),
};
const SERVICES: ResourceDescription = {
  ...services,
  ...compileExtras(services, { type: 'Service', ttlMs: 30_000, names: { serviceQueryEndpoint: 'queryEndpoint', clickpipesCdcScaling: 'clickPipesCdcScaling', instancePrivateEndpointCreate: 'createServicePrivateEndpoint', serviceClickhouseSettingsUpdate: 'updateClickhouseSettings' } }, TAKEN),
};

export const CLICKHOUSE_RESOURCES: readonly ResourceDescription[] = [ORGANIZATIONS, SERVICES, backups, ...compileGroups([ORGANIZATIONS, SERVICES, backups])];

/** The description of a group, by its GraphQL type name or its group. */
export function clickhouseResource(typeOrGroup: string): ResourceDescription | undefined {
  return CLICKHOUSE_RESOURCES.find((resource) => resource.type === typeOrGroup || resource.group === typeOrGroup);
}

/** Every operation the descriptions name, for the contract test and the operation names. */
export function describedOperations(resource: ResourceDescription): string[] {
  return [
    ...Object.values(resource.operations),
    ...(resource.actions ?? []).map((action) => action.operation),
    ...(resource.views ?? []).flatMap((view) => [view.operation, ...(view.update ? [view.update.operation] : []), ...(view.writes ?? []).map((write) => write.operation)]),
  ].filter((operation): operation is string => typeof operation === 'string');
}
