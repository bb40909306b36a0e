/**
 * Every ClickHouse Cloud resource group described as data, in one list the interpreters read
 * with the ClickHouse profile (../profile.ts).
 */
import type { ResourceDescription } from '../types.js';
export { backups } from './backups.js';
export { organizations } from './organizations.js';
export { services } from './services.js';
import { backups } from './backups.js';
import { organizations } from './organizations.js';
import { services } from './services.js';

export const CLICKHOUSE_RESOURCES: readonly ResourceDescription[] = [organizations, services, backups];

/** The description of a group, by its GraphQL type name or its group. */
export function clickhouseResource(typeOrGroup: string): ResourceDescription | undefined {
  return CLICKHOUSE_RESOURCES.find((resource) => resource.type === typeOrGroup || resource.group === typeOrGroup);
}

/** Every operation the descriptions name, for the contract test and the operation names. */
export function describedOperations(resource: ResourceDescription): string[] {
  return [
    ...Object.values(resource.operations),
    ...(resource.actions ?? []).map((action) => action.operation),
    ...(resource.views ?? []).flatMap((view) => [view.operation, ...(view.update ? [view.update.operation] : [])]),
  ].filter((operation): operation is string => typeof operation === 'string');
}
