/**
 * The seeded objects of the groups beyond organizations, services and backups: each organization's
 * members, API keys (the seed's credentials, kept hashed), roles, quotas and first activities;
 * Acme's invitations, Postgres service and UDF, and on Acme Production a ClickPipe, a reverse
 * private endpoint, one object of every ClickStack group, the UDF's attachment and the views that
 * exist only once written. Each is the spec's default object with the members written here.
 */
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import { hashSecret, type ObjectStore, type StoredObject } from './objects.js';
import { CLICKHOUSE_SEED, SEED_OBJECT_IDS as IDS, SEED_ORGANIZATIONS, SEED_SERVICES, seedUuid } from './seed.js';
import { objectSchemaOf, shapeTo, specValue, type Json } from './spec-values.js';

const ACME = SEED_ORGANIZATIONS.acme.id;
const GLOBEX = SEED_ORGANIZATIONS.globex.id;
const PRODUCTION = SEED_SERVICES.acmeProduction.id;
const DAY_MS = 86_400_000;

/** What a new Postgres service's configuration holds when the request names none. */
export const DEFAULT_POSTGRES_CONFIG: Readonly<Json> = {
  pgConfig: { max_connections: '200', shared_buffers: '256MB', work_mem: '4096', wal_compression: 'lz4' },
  pgBouncerConfig: { pool_mode: 'transaction', default_pool_size: '20' },
};

/** Where a Postgres service is reached, from its id and region. */
export function postgresEndpoint(id: string, region: string): Json {
  const hostname = `pg-${id.slice(0, 8)}.${region}.aws.postgres.clickhouse.cloud`;
  return { hostname, username: 'postgres', connectionString: `postgresql://postgres@${hostname}:5432/postgres?sslmode=require` };
}

type Put = (type: string, parentIds: readonly string[], fields: Json, credentials?: StoredObject['credentials']) => void;

function putter(objects: ObjectStore, now: number): { put: Put; view: (type: string, segment: string, ids: readonly string[], value: Json) => void } {
  return {
    put: (type, parentIds, fields, credentials) => {
      const resource = clickhouseResource(type)!;
      const schema = objectSchemaOf(resource);
      const value = shapeTo({ ...(specValue(schema, now, { like: fields }) as Json), ...fields }, schema, now) as Json;
      objects.put({ path: resource.path!, ids: [...parentIds, String(fields[resource.idKey ?? 'id'])], value, ...(credentials ? { credentials } : {}) });
    },
    view: (type, segment, ids, value) => {
      const resource = clickhouseResource(type)!;
      objects.put({ path: `${resource.path}/{${resource.idParam}}/${segment}`, ids, value });
    },
  };
}

const role = (id: string, name: string, type: 'system' | 'custom') => ({ roleId: id, roleName: name, roleType: type });

function seedPeople(put: Put, now: number): void {
  const admin = role(IDS.roles.acmeAdmin, 'Admin', 'system');
  const developer = role(IDS.roles.acmeDeveloper, 'Developer', 'system');
  const member = (userId: string, name: string, email: string, joinedAt: string, assigned: Json, legacy: string) => ({ userId, name, email, joinedAt, assignedRoles: [assigned], role: legacy });
  put('Member', [ACME], member(IDS.members.ada, 'Ada Lovelace', 'ada@acme.example', '2022-11-02T08:15:42Z', admin, 'admin'));
  put('Member', [ACME], member(IDS.members.grace, 'Grace Hopper', 'grace@acme.example', '2023-02-11T10:03:00Z', developer, 'developer'));
  put('Member', [ACME], member(IDS.members.linus, 'Linus Pauling', 'linus@acme.example', '2024-04-29T16:45:12Z', developer, 'developer'));
  put('Member', [GLOBEX], member(IDS.members.hedy, 'Hedy Lamarr', 'hedy@globex.example', '2023-06-21T13:04:09Z', role(IDS.roles.globexAdmin, 'Admin', 'system'), 'admin'));
  const invite = (id: string, email: string, daysAgo: number) => ({ id, email, role: 'developer', assignedRoles: [developer], createdAt: iso(now - daysAgo * DAY_MS), expireAt: iso(now + (7 - daysAgo) * DAY_MS) });
  put('Invitation', [ACME], invite(IDS.invitations.analyst, 'new.analyst@acme.example', 2));
  put('Invitation', [ACME], invite(IDS.invitations.contractor, 'contractor@acme.example', 5));
  const names = ['Terraform', 'Gateway', 'Globex CI'];
  CLICKHOUSE_SEED.keys.forEach((key, index) => {
    const admins = key.organizationId === ACME ? admin : role(IDS.roles.globexAdmin, 'Admin', 'system');
    const fields = { id: IDS.apiKeys[index]!, name: names[index]!, keySuffix: key.keySecret.slice(-4), state: 'enabled', roles: ['admin'], assignedRoles: [admins], expireAt: null, createdAt: '2024-01-15T09:00:00Z', ipAccessList: [{ source: '0.0.0.0/0', description: 'Anywhere' }] };
    put('ApiKey', [key.organizationId], fields, { keyId: key.keyId, secretHash: hashSecret(key.keySecret) });
  });
}

function seedRoles(put: Put): void {
  const policy = (id: string, roleId: string, tenantId: string, permissions: string[]) => ({ id, roleId, tenantId, allowDeny: 'ALLOW', permissions, resources: ['*'] });
  const rbac = (tenantId: string, id: string, name: string, type: string, actors: string[], permissions: string[]) =>
    put('Role', [tenantId], { id, name, type, actors, tenantId, ownerId: tenantId, createdAt: '2024-01-15T09:00:00Z', updatedAt: '2024-01-15T09:00:00Z', policies: [policy(seedUuid(`policy:${id}`), id, tenantId, permissions)] });
  rbac(ACME, IDS.roles.acmeAdmin, 'Admin', 'system', [IDS.members.ada, IDS.apiKeys[0]!, IDS.apiKeys[1]!], ['control-plane:organization:manage']);
  rbac(ACME, IDS.roles.acmeDeveloper, 'Developer', 'system', [IDS.members.grace, IDS.members.linus], ['control-plane:service:view']);
  rbac(ACME, IDS.roles.acmeBilling, 'Billing viewer', 'custom', [IDS.members.grace], ['control-plane:organization:view-billing']);
  rbac(GLOBEX, IDS.roles.globexAdmin, 'Admin', 'system', [IDS.members.hedy, IDS.apiKeys[2]!], ['control-plane:organization:manage']);
}

function seedQuotas(put: Put): void {
  const services = Object.values(SEED_SERVICES);
  for (const [organizationId, paid] of [[ACME, true], [GLOBEX, false]] as const) {
    const own = services.filter((service) => service.organizationId === organizationId);
    const [servicesCode, postgresCode, replicasCode] = IDS.quotaCodes;
    put('Quota', [organizationId], { quotaCode: servicesCode, name: 'Services per organization', description: 'How many services the organization may have.', scope: 'organization', value: paid ? 100 : 5, usage: own.length, adjustable: true });
    put('Quota', [organizationId], { quotaCode: postgresCode, name: 'Postgres services per organization', description: 'How many Postgres services the organization may have.', scope: 'organization', value: paid ? 20 : 2, usage: organizationId === ACME ? 2 : 0, adjustable: true });
    put('Quota', [organizationId], { quotaCode: replicasCode, name: 'Replicas per warehouse', description: 'How many replicas one warehouse may have.', scope: 'warehouse', value: 20, usage: Math.max(0, ...own.map((service) => service.numReplicas)), adjustable: false });
  }
}

function seedActivities(put: Put): void {
  const activity = (organizationId: string, id: string, type: string, createdAt: string, extra: Json = {}) =>
    put('Activity', [organizationId], { id, organizationId, type, createdAt, actorType: 'user', actorId: organizationId === ACME ? IDS.members.ada : IDS.members.hedy, actorIpAddress: '203.0.113.10', ...extra });
  activity(ACME, IDS.activities.acmeCreated, 'create_organization', SEED_ORGANIZATIONS.acme.createdAt);
  activity(ACME, IDS.activities.productionCreated, 'service_create', SEED_SERVICES.acmeProduction.createdAt, { serviceId: PRODUCTION });
  activity(ACME, seedUuid('activity:key-created'), 'key_create', '2024-01-15T09:00:00Z', { targetKeyId: IDS.apiKeys[0], keyUpdateType: 'created' });
  activity(GLOBEX, IDS.activities.globexCreated, 'create_organization', SEED_ORGANIZATIONS.globex.createdAt);
}

function seedPostgresAndUdf({ put, view }: ReturnType<typeof putter>): void {
  const id = IDS.postgres;
  const tags = [{ key: 'team', value: 'payments' }];
  put('PostgresService', [ACME], { id, name: 'orders-db', provider: 'aws', region: 'us-east-1', size: 'r8gd.large', haType: 'async', postgresVersion: '17', state: 'running', isPrimary: true, storageSize: 256, tags, createdAt: '2024-06-03T10:00:00Z', ...postgresEndpoint(id, 'us-east-1') }, { secretHash: hashSecret('seed-orders-db') });
  view('PostgresService', 'config', [ACME, id], { ...DEFAULT_POSTGRES_CONFIG });
  const replica = IDS.postgresReplica;
  put('PostgresService', [ACME], { id: replica, name: 'orders-db-replica', provider: 'aws', region: 'us-east-1', size: 'r8gd.large', haType: 'none', postgresVersion: '17', state: 'running', isPrimary: false, storageSize: 256, tags, createdAt: '2024-07-01T10:00:00Z', ...postgresEndpoint(replica, 'us-east-1') }, { secretHash: hashSecret('seed-orders-db-replica') });
  view('PostgresService', 'config', [ACME, replica], { ...DEFAULT_POSTGRES_CONFIG });
  const { functionName, version } = IDS.udf;
  const udf = { functionName, version, status: 'ready', runtime: 'python3.11', type: 'executable', arguments: [{ name: 'url', type: 'String' }], returnType: 'String', commandReadTimeout: 10000, commandWriteTimeout: 10000, maxCommandExecutionTime: 10, format: 'TabSeparated', createdAt: '2024-09-10T12:00:00Z', updatedAt: '2024-09-10T12:00:00Z' };
  put('Udf', [ACME], udf);
  put('UdfVersion', [ACME, functionName], udf);
  put('UdfAttachment', [ACME, functionName], { serviceId: PRODUCTION, functionName, version, status: 'deployed' });
}

function seedProduction({ put, view }: ReturnType<typeof putter>): void {
  const on = [ACME, PRODUCTION];
  const at = { createdAt: '2024-10-01T08:00:00Z', updatedAt: '2024-10-01T08:00:00Z' };
  const kafka = { type: 'confluent', format: 'JSONEachRow', authentication: 'PLAIN', brokers: 'pkc-4r087.us-east-1.aws.confluent.cloud:9092', topics: 'events', consumerGroup: 'clickpipes-events' };
  put('ClickPipe', on, { id: IDS.clickPipe, name: 'Kafka events', state: 'Running', serviceId: PRODUCTION, source: { kafka }, destination: { database: 'default', table: 'events', managedTable: true, columns: [{ name: 'payload', type: 'String' }] }, scaling: { replicas: 1, replicaCpuMillicores: 500, replicaMemoryGb: 2 }, fieldMappings: [], ...at });
  put('ReversePrivateEndpoint', on, { id: IDS.reversePrivateEndpoint, serviceId: PRODUCTION, description: 'Events MSK cluster', type: 'MSK_MULTI_VPC', status: 'Ready', endpointId: 'vpce-0f1e2d3c4b5a69788', mskClusterArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/events/0b1c2d3e', mskAuthentication: 'SASL_IAM', dnsNames: [], privateDnsNames: [] });
  const cs = IDS.clickStack;
  put('ClickStackSource', on, { id: cs.source, kind: 'log', name: 'Logs', connection: 'default', from: { databaseName: 'otel', tableName: 'otel_logs' }, defaultTableSelectExpression: 'Timestamp, ServiceName, SeverityText, Body', timestampValueExpression: 'TimestampTime' });
  put('ClickStackSavedSearch', on, { id: cs.savedSearch, name: 'Errors', sourceId: cs.source, select: '', where: "SeverityText = 'error'", whereLanguage: 'sql', orderBy: 'Timestamp DESC', tags: [], ...at });
  put('ClickStackDashboard', on, { id: cs.dashboard, name: 'Service health', tiles: [{ id: 'errors', name: 'Errors per minute', x: 0, y: 0, w: 6, h: 4 }], tags: ['ops'], filters: [] });
  put('ClickStackWebhook', on, { id: cs.webhook, name: 'Ops Slack', service: 'slack', url: 'https://hooks.slack.com/services/T0000/B0000/opsgraph', ...at });
  put('ClickStackAlert', on, { id: cs.alert, name: 'Error spike', source: 'saved_search', savedSearchId: cs.savedSearch, interval: '5m', threshold: 100, thresholdType: 'above', state: 'OK', channel: { type: 'webhook', webhookId: cs.webhook }, ...at });
  put('ClickStackRole', on, { id: cs.role, name: 'Read only', description: 'Reads every source.', permissions: [{ action: 'read', subject: 'all' }], isPredefined: false, ...at });
  view('Service', 'scalingSchedule', on, {
    entries: [{ id: seedUuid('schedule:business-hours'), name: 'Business hours', weekdays: [1, 2, 3, 4, 5], startHourUtc: 8, endHourUtc: 18, autoscalingMode: 'vertical', isActiveNow: false, minReplicaMemoryGb: 16, maxReplicaMemoryGb: 120 }],
    baseConfig: { autoscalingMode: 'vertical', minReplicaMemoryGb: 16, maxReplicaMemoryGb: 120, idleScaling: false },
  });
  view('Service', 'serviceQueryEndpoint', on, { id: seedUuid('query-endpoint:production'), openApiKeys: [IDS.apiKeys[0]], roles: ['sql_console_read_only'], allowedOrigins: 'https://dashboard.acme.example' });
  view('Service', 'backupBucket', on, { id: seedUuid('backup-bucket:production'), bucketProvider: 'AWS', bucketPath: 's3://acme-clickhouse-backups/production', iamRoleArn: 'arn:aws:iam::123456789012:role/ClickHouseBackups', iamRoleSessionName: 'clickhouse-backups' });
  view('Service', 'upgradeWindow', on, { weekday: 6, startHourUtc: 0, duration: 6 });
  view('Service', 'clickhouseSettings', on, { settings: [{ name: 'max_threads', value: '8' }] });
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Files every seeded object; `now` dates the invitations (sent days ago, expiring within the week). */
export function seedObjects(objects: ObjectStore, now: number): void {
  const file = putter(objects, now);
  seedPeople(file.put, now);
  seedRoles(file.put);
  seedQuotas(file.put);
  seedActivities(file.put);
  seedPostgresAndUdf(file);
  seedProduction(file);
  // BYOC infrastructure is no group (the API lists none): filed where its writes look for it.
  objects.put({ path: 'organizations/{organizationId}/byocInfrastructure', ids: [ACME, IDS.byoc], value: { id: IDS.byoc, accountName: 'acme-byoc', cloudProvider: 'aws', displayName: 'Acme BYOC', regionId: 'us-east-1', state: 'ready' } });
}
