/**
 * Deterministic seed of the ClickHouse Cloud simulator: hand-written ids, two
 * organizations (one paid, one not), their API keys, services and backup plans.
 * Every simulator instance builds fresh state from these constants (see state.ts),
 * so tests and the gateway can refer to the same fixed ids.
 */
import { createHash } from 'node:crypto';
import type { BackupConfigurationRecord, IpAccessEntry, Provider, ServiceState } from './types.js';

const ACME_ORG_ID = '4f2c8e1a-6b3d-4a7e-9c15-2d8f0b6e3a91';
const GLOBEX_ORG_ID = 'b81d7e42-3c9a-4f6e-8d20-5a1c7e9b4f63';

/** One organization-scoped private endpoint, referenced by Acme Production. */
export const ACME_PRIVATE_ENDPOINT_ID = 'vpce-0a1b2c3d4e5f60718';

export const SEED_ORGANIZATIONS = {
  acme: { id: ACME_ORG_ID, name: 'Acme Analytics', paid: true, createdAt: '2022-11-02T08:15:42Z' },
  globex: { id: GLOBEX_ORG_ID, name: 'Globex Research', paid: false, createdAt: '2023-06-21T13:04:09Z' },
} as const;

const SEED_KEYS = [
  { keyId: 'Q7ZK3M9VT2XR8HWN4BLA', keySecret: '4b1dKx9Qm2Zt7Rw3Vn8Yp5Lc1Hs6Jd0Fg4Ta9Ue2', organizationId: ACME_ORG_ID, organizationName: 'Acme Analytics' },
  { keyId: 'P2MW8RC4YJ6NQ1TXD5KE', keySecret: '4b1dPq3Wm8Zr1Tx6Vc9Ny2Lb5Hk7Jf0Gs4Ra8Ud3', organizationId: ACME_ORG_ID, organizationName: 'Acme Analytics' },
  { keyId: 'G5HN1VQ8XZ3KT7MRW2CF', keySecret: '4b1dGh5Nz1Vq8Xk3Tm7Rw2Cf6Ly9Pb4Js0Dx5Ea1', organizationId: GLOBEX_ORG_ID, organizationName: 'Globex Research' },
];

/** A fixed UUID (version 4 layout) named by a label, for seeded objects. */
export function seedUuid(label: string): string {
  const hex = createHash('sha256').update(`opsgraph-seed:${label}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** ClickStack names its objects with MongoDB-style ids (24 hex digits). */
const objectId = (label: string): string => createHash('sha256').update(`opsgraph-seed:${label}`).digest('hex').slice(0, 24);

/** The ids of the seeded objects of the groups beyond organizations, services and backups (seed-objects.ts). */
export const SEED_OBJECT_IDS = {
  members: { ada: seedUuid('member:ada'), grace: seedUuid('member:grace'), linus: seedUuid('member:linus'), hedy: seedUuid('member:hedy') },
  invitations: { analyst: seedUuid('invitation:analyst'), contractor: seedUuid('invitation:contractor') },
  /** The ApiKey objects of the seed's keys, in the order of `CLICKHOUSE_SEED.keys`. */
  apiKeys: [seedUuid('key:0'), seedUuid('key:1'), seedUuid('key:2')],
  roles: { acmeAdmin: seedUuid('role:acme-admin'), acmeDeveloper: seedUuid('role:acme-developer'), acmeBilling: seedUuid('role:acme-billing'), globexAdmin: seedUuid('role:globex-admin') },
  activities: { acmeCreated: seedUuid('activity:acme-created'), productionCreated: seedUuid('activity:production-created'), globexCreated: seedUuid('activity:globex-created') },
  quotaCodes: ['services-per-organization', 'postgres-services-per-organization', 'replicas-per-warehouse'],
  postgres: seedUuid('postgres:orders'),
  /** A read replica of the Postgres service. */
  postgresReplica: seedUuid('postgres:orders-replica'),
  clickPipe: seedUuid('clickpipe:events'),
  /** Acme's BYOC infrastructure. */
  byoc: seedUuid('byoc:acme'),
  reversePrivateEndpoint: seedUuid('rpe:msk'),
  clickStack: {
    alert: objectId('clickstack:alert'), dashboard: objectId('clickstack:dashboard'), role: objectId('clickstack:role'),
    savedSearch: objectId('clickstack:saved-search'), source: objectId('clickstack:source'), webhook: objectId('clickstack:webhook'),
  },
  udf: { functionName: 'normalize_url', version: 1 },
} as const;

/** How a seeded service's backup history is generated (newest is index 0). */
export interface SeedBackupPlan {
  count: number;
  /** First 24 characters of every backup id; the last 12 hex digits are the index + 1. */
  idPrefix: string;
  /** Size of a full backup; incrementals are a few percent of it. */
  fullSizeBytes: number;
  /** The newest backup is still running when the simulator starts. */
  newestInProgress?: boolean;
  /** Indexes (0 = newest) of backups that failed. */
  errorIndexes?: readonly number[];
}

export interface SeedService {
  id: string;
  organizationId: string;
  name: string;
  provider: Provider;
  region: string;
  tier: string;
  state: ServiceState;
  hostId: string;
  clickhouseVersion: string;
  createdAt: string;
  numReplicas: number;
  totalMemoryGb: readonly [number, number];
  replicaMemoryGb: readonly [number, number];
  idleScaling: boolean;
  idleTimeoutMinutes: number;
  ipAccessList: readonly IpAccessEntry[];
  privateEndpointIds: readonly string[];
  backupConfiguration: BackupConfigurationRecord;
  backups: SeedBackupPlan;
}

const GIB = 1024 ** 3;
/** What a new service gets, and what a `null` in PATCH /backupConfiguration resets to. */
export const DEFAULT_BACKUP_CONFIGURATION: Readonly<BackupConfigurationRecord> = {
  backupPeriodInHours: 24,
  backupRetentionPeriodInHours: 24,
  backupStartTime: null,
};
const OPEN_TO_ALL: readonly IpAccessEntry[] = [{ source: '0.0.0.0/0', description: 'Anywhere' }];

export const SEED_SERVICES = {
  acmeProduction: {
    id: '1e7b3c9d-5a2f-4e8b-b6c1-7d4a9e2f0c35', organizationId: ACME_ORG_ID, name: 'Acme Production',
    provider: 'aws', region: 'us-east-1', tier: 'production', state: 'running', hostId: 'k3x9q2m7pa',
    clickhouseVersion: '24.8.1.2684', createdAt: '2023-03-14T09:26:53Z', numReplicas: 3,
    totalMemoryGb: [48, 360], replicaMemoryGb: [16, 120], idleScaling: false, idleTimeoutMinutes: 15,
    ipAccessList: [
      { source: '203.0.113.0/24', description: 'Acme HQ office' },
      { source: '198.51.100.17', description: 'CI runner' },
    ],
    privateEndpointIds: [ACME_PRIVATE_ENDPOINT_ID],
    backupConfiguration: { backupPeriodInHours: 24, backupRetentionPeriodInHours: 720, backupStartTime: '02:00' },
    backups: { count: 25, idPrefix: 'c4a1e7b2-3d9f-4c6a-8e15-', fullSizeBytes: 192 * GIB },
  },
  acmeAnalyticsDev: {
    id: '2a8c4d0e-6b3f-4f9c-a7d2-8e5b0f3a1d46', organizationId: ACME_ORG_ID, name: 'Analytics Dev',
    provider: 'gcp', region: 'us-east1', tier: 'development', state: 'stopped', hostId: 'b7r2n5w8zc',
    clickhouseVersion: '24.8.1.2684', createdAt: '2023-05-02T15:40:11Z', numReplicas: 1,
    totalMemoryGb: [24, 24], replicaMemoryGb: [24, 24], idleScaling: true, idleTimeoutMinutes: 5,
    ipAccessList: OPEN_TO_ALL, privateEndpointIds: [], backupConfiguration: DEFAULT_BACKUP_CONFIGURATION,
    backups: { count: 3, idPrefix: 'd5b2f8c3-4e0a-4d7b-9f26-', fullSizeBytes: 5 * GIB },
  },
  acmeReporting: {
    id: '3b9d5e1f-7c4a-4a0d-b8e3-9f6c1a4b2e57', organizationId: ACME_ORG_ID, name: 'Reporting Warehouse',
    provider: 'azure', region: 'westus3', tier: 'production', state: 'idle', hostId: 'v4t8m1q6xd',
    clickhouseVersion: '24.6.2.17', createdAt: '2023-09-18T11:02:37Z', numReplicas: 3,
    totalMemoryGb: [24, 240], replicaMemoryGb: [8, 80], idleScaling: true, idleTimeoutMinutes: 10,
    ipAccessList: [{ source: '203.0.113.0/24', description: 'Acme HQ office' }], privateEndpointIds: [],
    backupConfiguration: { backupPeriodInHours: 12, backupRetentionPeriodInHours: 48, backupStartTime: null },
    backups: { count: 4, idPrefix: 'e6c3a9d4-5f1b-4e8c-a037-', fullSizeBytes: 36 * GIB },
  },
  acmeEventIngest: {
    id: '4c0e6f2a-8d5b-4b1e-89f4-0a7d2b5c3f68', organizationId: ACME_ORG_ID, name: 'Event Ingest',
    provider: 'aws', region: 'eu-west-1', tier: 'dedicated_high_mem', state: 'running', hostId: 'h9p3w7k2re',
    clickhouseVersion: '24.8.1.2684', createdAt: '2024-01-09T07:45:00Z', numReplicas: 3,
    totalMemoryGb: [360, 360], replicaMemoryGb: [120, 120], idleScaling: false, idleTimeoutMinutes: 15,
    ipAccessList: [{ source: '192.0.2.64/26', description: 'Kafka brokers' }], privateEndpointIds: [],
    backupConfiguration: { backupPeriodInHours: 24, backupRetentionPeriodInHours: 168, backupStartTime: null },
    backups: { count: 6, idPrefix: 'f7d4b0e5-6a2c-4f9d-b148-', fullSizeBytes: 910 * GIB, newestInProgress: true },
  },
  acmeSandbox: {
    id: '5d1f7a3b-9e6c-4c2f-9a05-1b8e3c6d4a79', organizationId: ACME_ORG_ID, name: 'Sandbox 2',
    provider: 'aws', region: 'us-west-2', tier: 'development', state: 'stopped', hostId: 's2d6f0j4nu',
    clickhouseVersion: '24.8.1.2684', createdAt: '2024-04-22T16:31:28Z', numReplicas: 1,
    totalMemoryGb: [24, 24], replicaMemoryGb: [24, 24], idleScaling: true, idleTimeoutMinutes: 5,
    ipAccessList: OPEN_TO_ALL, privateEndpointIds: [], backupConfiguration: DEFAULT_BACKUP_CONFIGURATION,
    backups: { count: 0, idPrefix: 'a0000000-0000-4000-8000-', fullSizeBytes: 0 },
  },
  acmeRealtime: {
    id: '6e2a8b4c-0f7d-4d3a-ab16-2c9f4d7e5b8a', organizationId: ACME_ORG_ID, name: 'Realtime Metrics',
    provider: 'gcp', region: 'europe-west4', tier: 'dedicated_standard_n2d_standard_8', state: 'provisioning',
    hostId: 'r5c1z9g3ty', clickhouseVersion: '24.8.1.2684', createdAt: '2024-06-03T10:12:45Z', numReplicas: 3,
    totalMemoryGb: [96, 96], replicaMemoryGb: [32, 32], idleScaling: false, idleTimeoutMinutes: 15,
    ipAccessList: OPEN_TO_ALL, privateEndpointIds: [], backupConfiguration: DEFAULT_BACKUP_CONFIGURATION,
    backups: { count: 0, idPrefix: 'a0000000-0000-4000-8000-', fullSizeBytes: 0 },
  },
  acmeFeatureStore: {
    id: '7f3b9c5d-1a8e-4e4b-bc27-3d0a5e8f6c9b', organizationId: ACME_ORG_ID, name: 'ML Feature Store',
    provider: 'aws', region: 'ap-southeast-2', tier: 'dedicated_high_cpu', state: 'stopped', hostId: 'm8e4u2y6wb',
    clickhouseVersion: '24.3.5.47', createdAt: '2023-12-11T04:58:19Z', numReplicas: 3,
    totalMemoryGb: [192, 192], replicaMemoryGb: [64, 64], idleScaling: false, idleTimeoutMinutes: 15,
    ipAccessList: [{ source: '10.20.0.0/16', description: 'Training cluster VPC' }], privateEndpointIds: [],
    backupConfiguration: DEFAULT_BACKUP_CONFIGURATION,
    backups: { count: 2, idPrefix: 'a8e5c1f6-7b3d-4a0e-8259-', fullSizeBytes: 74 * GIB },
  },
  globexResearch: {
    id: '8a4c0d6e-2b9f-4f5c-8d38-4e1b6f9a7d0c', organizationId: GLOBEX_ORG_ID, name: 'Globex Research DB',
    provider: 'aws', region: 'eu-central-1', tier: 'production', state: 'running', hostId: 'g1l7o3b5xq',
    clickhouseVersion: '24.8.1.2684', createdAt: '2023-07-01T12:00:00Z', numReplicas: 3,
    totalMemoryGb: [24, 360], replicaMemoryGb: [8, 120], idleScaling: true, idleTimeoutMinutes: 15,
    ipAccessList: [{ source: '192.0.2.10', description: 'Lab gateway' }], privateEndpointIds: [],
    backupConfiguration: { backupPeriodInHours: 24, backupRetentionPeriodInHours: 72, backupStartTime: null },
    backups: { count: 3, idPrefix: 'b9f6d2a7-8c4e-4b1f-936a-', fullSizeBytes: 12 * GIB, errorIndexes: [1] },
  },
  globexNotebooks: {
    id: '9b5d1e7f-3c0a-4a6d-9e49-5f2c7a0b8e1d', organizationId: GLOBEX_ORG_ID, name: 'Notebooks',
    provider: 'gcp', region: 'asia-southeast1', tier: 'development', state: 'stopped', hostId: 'n6o0t4e8bk',
    clickhouseVersion: '24.6.2.17', createdAt: '2023-10-30T21:17:55Z', numReplicas: 1,
    totalMemoryGb: [24, 24], replicaMemoryGb: [24, 24], idleScaling: true, idleTimeoutMinutes: 5,
    ipAccessList: OPEN_TO_ALL, privateEndpointIds: [], backupConfiguration: DEFAULT_BACKUP_CONFIGURATION,
    backups: { count: 2, idPrefix: 'ca07e3b8-9d5f-4c2a-a47b-', fullSizeBytes: 3 * GIB },
  },
} as const satisfies Record<string, SeedService>;

export type SeedServiceKey = keyof typeof SEED_SERVICES;

const BACKUP_INDEX_DIGITS = 12;

/** Backup ids of a plan, newest first. */
export function seedBackupIds(plan: SeedBackupPlan): string[] {
  return Array.from({ length: plan.count }, (_, index) =>
    plan.idPrefix + (index + 1).toString(16).padStart(BACKUP_INDEX_DIGITS, '0'),
  );
}

function summarize(service: SeedService) {
  return {
    id: service.id,
    organizationId: service.organizationId,
    name: service.name,
    provider: service.provider,
    region: service.region,
    tier: service.tier,
    /** State when the simulator starts (provisioning ones move to running after `transitionMs`). */
    state: service.state,
    backupCount: service.backups.count,
    /** Newest first, as the API lists them. */
    backupIds: seedBackupIds(service.backups),
    newestBackupInProgress: service.backups.newestInProgress === true,
  };
}

type SeedSummary = ReturnType<typeof summarize>;

/** The fixed ids and credentials every simulator instance starts from. */
export const CLICKHOUSE_SEED: {
  keys: Array<{ keyId: string; keySecret: string; organizationId: string; organizationName: string }>;
  organizations: { [K in keyof typeof SEED_ORGANIZATIONS]: { id: string; name: string; paid: boolean } };
  services: Record<SeedServiceKey, SeedSummary>;
  /** Acme's seeded members, keys, roles, Postgres service, ClickPipe, ClickStack objects and UDF (on Acme Production), Globex's few. */
  objects: typeof SEED_OBJECT_IDS;
} = {
  keys: SEED_KEYS,
  objects: SEED_OBJECT_IDS,
  organizations: {
    acme: { id: SEED_ORGANIZATIONS.acme.id, name: SEED_ORGANIZATIONS.acme.name, paid: SEED_ORGANIZATIONS.acme.paid },
    globex: { id: SEED_ORGANIZATIONS.globex.id, name: SEED_ORGANIZATIONS.globex.name, paid: SEED_ORGANIZATIONS.globex.paid },
  },
  services: Object.fromEntries(
    Object.entries(SEED_SERVICES).map(([key, service]) => [key, summarize(service)]),
  ) as Record<SeedServiceKey, SeedSummary>,
};
