/**
 * A seeded object for every path parameter of the ClickHouse spec, so a test can fill any path
 * template with ids that exist in the simulator (Acme's organization, its production service).
 */
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';

const OBJECTS = CLICKHOUSE_SEED.objects;
const PRODUCTION = CLICKHOUSE_SEED.services.acmeProduction;

export const SEEDED_PATH_IDS: Readonly<Record<string, string>> = {
  organizationId: CLICKHOUSE_SEED.organizations.acme.id,
  serviceId: PRODUCTION.id,
  backupId: PRODUCTION.backupIds[0]!,
  userId: OBJECTS.members.grace,
  invitationId: OBJECTS.invitations.analyst,
  keyId: OBJECTS.apiKeys[1]!,
  roleId: OBJECTS.roles.acmeBilling,
  activityId: OBJECTS.activities.acmeCreated,
  quotaCode: OBJECTS.quotaCodes[0],
  postgresId: OBJECTS.postgres,
  functionName: OBJECTS.udf.functionName,
  version: String(OBJECTS.udf.version),
  clickPipeId: OBJECTS.clickPipe,
  reversePrivateEndpointId: OBJECTS.reversePrivateEndpoint,
  clickStackAlertId: OBJECTS.clickStack.alert,
  clickStackDashboardId: OBJECTS.clickStack.dashboard,
  clickStackRoleId: OBJECTS.clickStack.role,
  clickStackSavedSearchId: OBJECTS.clickStack.savedSearch,
  clickStackSourceId: OBJECTS.clickStack.source,
  clickStackWebhookId: OBJECTS.clickStack.webhook,
  settingName: 'max_threads',
  byocInfrastructureId: OBJECTS.byoc,
  queryId: 'query-1',
};
