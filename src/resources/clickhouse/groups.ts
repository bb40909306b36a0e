/**
 * The ClickHouse Cloud groups beyond organizations, services and backups, each named by its
 * collection path and GraphQL type (API.md "The whole ClickHouse Cloud API"); compile.ts reads
 * everything else from the spec. A group's parent must come before it.
 */
import type { ResourceDescription } from '../types.js';
import { compileGroup, type GroupOverlay } from './compile.js';

const ORG = 'organizations/{organizationId}';
const SERVICE = `${ORG}/services/{serviceId}`;

export const GROUP_OVERLAYS: readonly GroupOverlay[] = [
  { type: 'Member', path: `${ORG}/members`, idKey: 'userId', ttlMs: 60_000, links: { roleId: 'Role' }, description: 'A member of the organization.' },
  { type: 'Invitation', path: `${ORG}/invitations`, ttlMs: 60_000, links: { roleId: 'Role' }, description: 'An invitation to join the organization.' },
  { type: 'ApiKey', path: `${ORG}/keys`, plural: 'apiKeys', ttlMs: 60_000, links: { roleId: 'Role' }, description: 'An API key of the organization (its secret is shown once, at creation).' },
  { type: 'Role', path: `${ORG}/roles`, ttlMs: 60_000, description: 'A role (a set of permissions) of the organization.' },
  { type: 'Activity', path: `${ORG}/activities`, plural: 'activities', ttlMs: 60_000, links: { serviceId: 'Service' }, description: 'An entry of the audit log.' },
  { type: 'Quota', path: `${ORG}/quotas`, idKey: 'quotaCode', ttlMs: 300_000, description: 'A limit on what the organization may create, and its usage.' },
  {
    type: 'PostgresService',
    path: `${ORG}/postgres`,
    ttlMs: 10_000,
    inMotion: { key: 'state', values: ['creating', 'restarting', 'replaying_wal', 'restoring_backup', 'finalizing_restore', 'deleting'] },
    live: { one: { field: 'postgresServiceUpdated', description: 'The Postgres service now, then again each time any of its fields changes.' } },
    names: { postgresInstanceCreateReadReplica: 'createPostgresServiceReadReplica', postgresInstanceRestore: 'restorePostgresService', postgresServiceSetPassword: 'resetPostgresServicePassword' },
    description: 'A managed Postgres service of the organization.',
  },
  { type: 'Udf', path: `${ORG}/udfs`, idKey: 'functionName', listKey: 'items', ttlMs: 60_000, description: 'A user-defined function of the organization.' },
  { type: 'UdfVersion', path: `${ORG}/udfs/{functionName}/versions`, plural: 'versions', idKey: 'version', listKey: 'items', ttlMs: 60_000, description: 'A version of a user-defined function.' },
  { type: 'UdfAttachment', path: `${ORG}/udfs/{functionName}/attachments`, plural: 'attachments', idKey: 'serviceId', listKey: 'items', ttlMs: 60_000, links: { serviceId: 'Service' }, description: 'A service a user-defined function is attached to.' },
  {
    type: 'ClickPipe',
    path: `${SERVICE}/clickpipes`,
    ttlMs: 10_000,
    inMotion: { key: 'state', values: ['Provisioning', 'Stopping', 'Resync', 'Setup', 'Snapshot', 'Pausing', 'Modifying'] },
    live: { one: { field: 'clickPipeUpdated', description: 'The ClickPipe now, then again each time any of its fields changes.' } },
    names: { clickPipeSchemaDiscovery: 'discoverClickPipeSchema' },
    description: 'A ClickPipe: data flowing into the service from an outside source.',
  },
  { type: 'ReversePrivateEndpoint', path: `${SERVICE}/clickpipesReversePrivateEndpoints`, ttlMs: 60_000, description: 'A reverse private endpoint ClickPipes use to reach a private source.' },
  { type: 'ClickStackAlert', path: `${SERVICE}/clickstack/alerts`, ttlMs: 30_000, description: 'A ClickStack alert of the service.' },
  { type: 'ClickStackDashboard', path: `${SERVICE}/clickstack/dashboards`, ttlMs: 30_000, names: { clickStackValidateDashboard: 'validateClickStackDashboard' }, description: 'A ClickStack dashboard of the service.' },
  { type: 'ClickStackRole', path: `${SERVICE}/clickstack/roles`, ttlMs: 30_000, description: 'A ClickStack role of the service.' },
  { type: 'ClickStackSavedSearch', path: `${SERVICE}/clickstack/saved-searches`, plural: 'clickStackSavedSearches', ttlMs: 30_000, description: 'A ClickStack saved search of the service.' },
  { type: 'ClickStackSource', path: `${SERVICE}/clickstack/sources`, ttlMs: 30_000, description: 'A ClickStack source of the service.' },
  { type: 'ClickStackWebhook', path: `${SERVICE}/clickstack/webhooks`, ttlMs: 30_000, description: 'A ClickStack webhook of the service.' },
];

/** Compiles the overlays against the spec, each under the groups before it (and the hand-described ones). */
export function compileGroups(described: readonly ResourceDescription[]): ResourceDescription[] {
  const taken = new Set(GROUP_OVERLAYS.flatMap((group) => [group.path]));
  const compiled: ResourceDescription[] = [];
  for (const group of GROUP_OVERLAYS) compiled.push(compileGroup(group, [...described, ...compiled], taken));
  return compiled;
}
