/**
 * The seed of the described groups: the catalogs every token sees, and for a few named
 * environments their service instances, domains, variables, completed backups and finished
 * transfers. Deterministic: ids come from labels, times from fixed instants. The ids tests need are
 * summarised in RESOURCE_SEED_IDS (and so in DIVIO_SEED.resources).
 */
import { NAMED_APPLICATIONS, NAMED_ENVIRONMENTS, REGIONS, SEED_DEPLOYER_MEMBERSHIP } from './seed-fixtures.js';
import { SEED_PLAN } from './seed-plan.js';
import { BILLING_GROUPS, seedBilling, type DivioSeedBilling } from './seed-billing.js';
import { SOURCE_GROUPS, seedSource, type DivioSeedSource } from './seed-source.js';
import { MAINTENANCE_GROUPS, seedMaintenance, type DivioSeedMaintenance } from './seed-maintenance.js';
import { APPLICATION_GROUPS, seedApplications } from './seed-applications.js';
import {
  BACKUP_OUTCOME,
  BACKUP_STATE,
  COPY_BYTES,
  COPY_FAILED,
  RESTORE_TRIGGER_MANUAL,
  SERVICE_STATUS,
  SUCCESS,
  TRANSFER_HOST,
  VERIFY_DNS_ACTION,
  serviceVariable,
  setupInstructions,
} from './facts.js';
import { seedId as id } from './ids.js';
import type { WireRecord } from './records.js';
import { divioDomain, isoDateTime } from './wire.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** The first seeded backup was taken then; each later one a day after. */
const BACKUP_EPOCH_MS = Date.UTC(2024, 4, 6, 2, 0, 0);
/** Service instances, domains and variables date from before the backups. */
const SETUP_MS = Date.UTC(2024, 0, 15, 9, 30, 0);
const BACKUPS_PER_LIVE_ENVIRONMENT = 3;
/** Copies grow a little from one backup to the next. */
const GROWTH_BYTES = { DATABASE: 1_048_576, STORAGE: 4_194_304 } as const;
const PREFIX = 'DEFAULT';
/** Icons and the like live on a reserved host, as downloads do (resources-backups.ts). */
const STATIC_HOST = 'https://static.divio-simulator.invalid';

const at = (ms: number): string => isoDateTime(ms);

export const SEED_SERVICES = {
  postgres: { name: 'PostgreSQL 15', type: 'DATABASE', identifier: 'postgres-15', backupable: true, selfManaged: true, regions: [REGIONS.eu, REGIONS.us] },
  mysql: { name: 'MySQL 8.0', type: 'DATABASE', identifier: 'mysql-8', backupable: true, selfManaged: true, regions: [REGIONS.eu] },
  s3: { name: 'S3 object storage', type: 'STORAGE', identifier: 's3-storage', backupable: true, selfManaged: true, regions: [REGIONS.eu, REGIONS.us] },
  elasticsearch: { name: 'Elasticsearch 8', type: 'SEARCH', identifier: 'elasticsearch-8', backupable: false, selfManaged: false, regions: [REGIONS.eu] },
  rabbitmq: { name: 'RabbitMQ 3.12', type: 'AMQP', identifier: 'rabbitmq-3', backupable: false, selfManaged: true, regions: [REGIONS.eu, REGIONS.us] },
} as const;
type ServiceKey = keyof typeof SEED_SERVICES;

const RETENTIONS = { week: { name: '7 days', days: 7 }, month: { name: '30 days', days: 30 } } as const;
const SCHEDULES = {
  daily: { name: 'Daily', when: 'Every day at 02:00 UTC.', retention: 'week' },
  weekly: { name: 'Weekly', when: 'Every Sunday at 03:00 UTC.', retention: 'month' },
} as const;

/** Environments that get resources: two of acme-shop and one of Umbrella's research portal. */
const RESOURCE_ENVIRONMENTS = {
  shopLive: { custom: 'shop.acme.example' },
  shopTest: { custom: 'test.shop.acme.example' },
  researchLive: { custom: 'research.umbrella.example' },
} as const;
export type ResourceEnvironmentKey = keyof typeof RESOURCE_ENVIRONMENTS;

const VARIABLES = [
  { name: 'LOG_LEVEL', value: 'info' },
  { name: 'SITE_URL', value: 'https://${DIVIO_DOMAIN}/', patterns: true },
  { name: 'SENTRY_DSN', value: 'https://public@sentry.example/42', sensitive: true },
  { name: 'RELEASE_CHANNEL', value: 'stable', readOnly: true },
] as const;

export interface SeededBackup {
  id: string;
  serviceInstanceBackups: string[];
}

export interface DivioSeedEnvironmentResources {
  environment: string;
  serviceInstances: { database: string; storage: string };
  domains: { primary: string; custom: string };
  /** In their order; `sensitive` has its value hidden, `readOnly` refuses changes. */
  environmentVariables: { ids: string[]; sensitive: string; readOnly: string };
  /** COMPLETED backups, newest first, with their copies (database first); none on test environments. */
  backups: SeededBackup[];
  /** Finished restores and downloads with their parts (acme-shop live only). */
  backupRestores: Array<{ id: string; parts: string[] }>;
  backupDownloads: Array<{ id: string; parts: string[] }>;
}

export type DivioSeedResources = {
  billing: DivioSeedBilling;
  source: DivioSeedSource;
  maintenance: DivioSeedMaintenance;
  services: Record<ServiceKey, string>;
  retentionConfigurations: Record<keyof typeof RETENTIONS, string>;
  scheduledConfigurations: Record<keyof typeof SCHEDULES, string>;
} & Record<ResourceEnvironmentKey, DivioSeedEnvironmentResources>;

type Records = Record<string, WireRecord[]>;

function catalogs(records: Records) {
  records.regions = Object.entries(REGIONS).map(([label, uuid]) => ({
    uuid, name: label === 'eu' ? 'Europe (Frankfurt)' : 'United States (Virginia)', short_name: label,
    short_description_html: `<p>Hosted in ${label === 'eu' ? 'Frankfurt, Germany' : 'Ashburn, Virginia'}.</p>`,
    icon_dark_mode: `${STATIC_HOST}/regions/${label}-dark.svg`, cloudspace_hash: id(`cloudspace/${label}`),
    is_public: true, is_default: label === 'eu', ram_unit_size: 128, ram_unit_price: '0.50', disk_unit_size: 1024,
    disk_unit_price: '0.10', transfer_unit_size: 1024, transfer_unit_price: '0.05',
  }));
  const services = Object.fromEntries(Object.keys(SEED_SERVICES).map((key) => [key, id(`service/${key}`)])) as Record<ServiceKey, string>;
  records.services = Object.entries(SEED_SERVICES).map(([key, spec]) => ({
    uuid: services[key as ServiceKey], name: spec.name, type: spec.type, description: `${spec.name}, run and backed up by Divio.`,
    is_backupable: spec.backupable, is_self_manageable: spec.selfManaged, identifier: spec.identifier, requires_subscriptions: [],
    // Hidden from answers (not a described field): what the `region` and `website` filters read.
    region: [...spec.regions],
  }));
  const retention = { week: id('retention/week'), month: id('retention/month') };
  records['backup-retention-configurations'] = Object.entries(RETENTIONS).map(([key, spec]) => ({
    uuid: retention[key as keyof typeof RETENTIONS], name: spec.name, identifier: `retention-${spec.days}d`,
    short_description: `Backups are kept for ${spec.days} days.`,
  }));
  const schedules = { daily: id('schedule/daily'), weekly: id('schedule/weekly') };
  records['scheduled-backup-configurations'] = Object.entries(SCHEDULES).map(([key, spec]) => ({
    uuid: schedules[key as keyof typeof SCHEDULES], name: spec.name, identifier: key, short_description: spec.when,
    retention_config: retention[spec.retention],
  }));
  return { services, retentionConfigurations: retention, scheduledConfigurations: schedules };
}

function planOf(key: ResourceEnvironmentKey) {
  const spec = NAMED_ENVIRONMENTS[key];
  const app = SEED_PLAN.find((plan) => plan.uuid === NAMED_APPLICATIONS[spec.application].id);
  const env = app?.environments.find((plan) => plan.uuid === spec.id);
  if (app === undefined || env === undefined) throw new Error(`Seed environment ${key} is missing from the plan`);
  return { app, env };
}

/**
 * The seeded share of backups that did not end SUCCESS, as real ones sometimes do: the oldest of
 * Umbrella's research portal, whose storage copy failed (PARTIAL, its notes say so as the simulator's
 * rule for new backups reads them, facts.ts backupOutcome).
 */
const PARTIAL_SEEDED_BACKUP = { key: 'researchLive', index: 0, notes: 'Partial: the storage copy failed' } as const;

function backupsOf(records: Records, key: ResourceEnvironmentKey, instances: WireRecord[], membership: string): SeededBackup[] {
  const environment = NAMED_ENVIRONMENTS[key].id;
  const backups = Array.from({ length: BACKUPS_PER_LIVE_ENVIRONMENT }, (_, index) => {
    const taken = BACKUP_EPOCH_MS + index * DAY_MS;
    const partial = key === PARTIAL_SEEDED_BACKUP.key && index === PARTIAL_SEEDED_BACKUP.index;
    const copies = instances.map((instance, position) => {
      // A partial backup copied its first service instance only.
      const failed = partial && position > 0;
      return {
        uuid: id(`${key}/backup-${index}/${String(instance.type)}`), backup: id(`${key}/backup-${index}`), service: instance.service,
        service_instance: instance.uuid, service_type: instance.type, service_prefix: PREFIX,
        size: failed ? 0 : (COPY_BYTES[String(instance.type)] ?? 0) + index * GROWTH_BYTES[instance.type as keyof typeof GROWTH_BYTES],
        errors: failed ? [COPY_FAILED] : [],
        queued_at: at(taken), started_at: at(taken + MINUTE_MS), ended_at: at(taken + 3 * MINUTE_MS), taken_at: failed ? null : at(taken + MINUTE_MS),
      };
    });
    records['service-instance-backups']!.push(...copies);
    records.backups!.push({
      uuid: id(`${key}/backup-${index}`), environment, org_membership: membership, tags: index === 0 ? ['scheduled'] : [],
      created: at(taken), trigger: 'MANUAL', notes: partial ? PARTIAL_SEEDED_BACKUP.notes : index === 0 ? 'Nightly backup' : `Before release ${index}`,
      state: BACKUP_STATE.completed, size: copies.reduce((sum, copy) => sum + copy.size, 0), meta_information: null,
      service_instance_backups: copies.map((copy) => copy.uuid), scheduled_for_deletion_at: at(taken + 30 * DAY_MS),
      success: partial ? BACKUP_OUTCOME.partial : SUCCESS,
    });
    return { id: id(`${key}/backup-${index}`), serviceInstanceBackups: copies.map((copy) => copy.uuid) };
  });
  return backups.reverse();
}

function environmentResources(records: Records, key: ResourceEnvironmentKey, services: Record<ServiceKey, string>): DivioSeedEnvironmentResources {
  const { app, env } = planOf(key);
  const environment = env.uuid;
  const instances = (['postgres', 's3'] as const).map((service) => ({
    uuid: id(`${key}/service-instance/${service}`), environment, region: app.region, service: services[service],
    service_status: SERVICE_STATUS.ready, last_status_update: at(SETUP_MS), prefix: PREFIX, type: SEED_SERVICES[service].type,
    last_config_update: at(SETUP_MS), environment_variables: [serviceVariable(PREFIX, SEED_SERVICES[service].type)],
  }));
  records['service-instances']!.push(...instances);

  const primary = divioDomain({ slug: app.slug, region: app.region }, { slug: env.slug, is_production_grade: env.productionGrade });
  const custom = RESOURCE_ENVIRONMENTS[key].custom;
  const domain = { environment, last_check_timestamp: at(SETUP_MS), is_wildcard: false, domain_config: {} };
  records.domains!.push(
    {
      uuid: id(`${key}/domain/primary`), name: primary, ...domain, last_check_status: true, last_check_details: {},
      is_tls_enabled: true, is_redirect_to_primary: false, is_primary: true, is_editable: false, is_managed_by_divio: true,
      is_monitored: true, setup_instructions_html: '', additional_actions: [], state: 'ACTIVE', state_message: '',
    },
    {
      uuid: id(`${key}/domain/custom`), name: custom, ...domain, last_check_status: false,
      last_check_details: { record: 'CNAME', expected: primary, found: null },
      is_tls_enabled: false, is_redirect_to_primary: false, is_primary: false, is_editable: true, is_managed_by_divio: false,
      is_monitored: false, setup_instructions_html: setupInstructions(custom, primary), additional_actions: [VERIFY_DNS_ACTION],
      state: 'PENDING', state_message: 'Waiting for the DNS record.',
    },
  );

  const variables = VARIABLES.map((spec, index) => ({
    uuid: id(`${key}/variable/${spec.name}`), name: spec.name, environment, value: spec.value, order: index + 1,
    is_sensitive: 'sensitive' in spec, is_read_only: 'readOnly' in spec, is_pattern_replacement_active: 'patterns' in spec,
    date_created: at(SETUP_MS + index * MINUTE_MS), date_modified: at(SETUP_MS + index * MINUTE_MS),
  }));
  records['environment-variables']!.push(...variables);
  const named = (name: string) => variables.find((variable) => variable.name === name)!.uuid;

  const membership = SEED_DEPLOYER_MEMBERSHIP[app.organisation] ?? '';
  const backups = env.productionGrade ? backupsOf(records, key, instances, membership) : [];
  return {
    environment,
    serviceInstances: { database: instances[0]!.uuid, storage: instances[1]!.uuid },
    domains: { primary: id(`${key}/domain/primary`), custom: id(`${key}/domain/custom`) },
    environmentVariables: { ids: variables.map((variable) => variable.uuid), sensitive: named('SENTRY_DSN'), readOnly: named('RELEASE_CHANNEL') },
    backups,
    backupRestores: [],
    backupDownloads: [],
  };
}

/** A finished restore of the middle backup's database copy and a finished download of the newest one. */
function transfers(records: Records, key: ResourceEnvironmentKey, seeded: DivioSeedEnvironmentResources): void {
  const [newest, middle] = seeded.backups;
  if (newest === undefined || middle === undefined) return;
  const membership = records.backups!.find((backup) => backup.uuid === newest.id)!.org_membership;
  const restored = middle.serviceInstanceBackups[0]!;
  const restoredAt = BACKUP_EPOCH_MS + DAY_MS + 6 * 60 * MINUTE_MS;
  const restore = { id: id(`${key}/restore`), parts: [id(`${key}/restore/part`)] };
  records['service-instance-backup-restores']!.push({
    uuid: restore.parts[0]!, backup_restore: restore.id, service_instance_backup: restored, service_instance: seeded.serviceInstances.database,
    queued_at: at(restoredAt), started_at: at(restoredAt + MINUTE_MS), ended_at: at(restoredAt + 4 * MINUTE_MS), errors: [],
  });
  records['backup-restores']!.push({
    uuid: restore.id, environment: seeded.environment, backup: middle.id, org_membership: membership, started_at: at(restoredAt),
    trigger: RESTORE_TRIGGER_MANUAL, finished: true, success: SUCCESS, notes: 'Roll back the catalogue import',
    service_instance_backup_restores: restore.parts,
  });
  const downloadedAt = BACKUP_EPOCH_MS + 2 * DAY_MS + 8 * 60 * MINUTE_MS;
  const download = { id: id(`${key}/download`), parts: [id(`${key}/download/part`)] };
  records['backup-download-service-instances']!.push({
    uuid: download.parts[0]!, backup_download: download.id, service_instance_backup: newest.serviceInstanceBackups[0]!,
    download_url: `${TRANSFER_HOST}/downloads/${download.parts[0]!}.tar.gz`, queued_at: at(downloadedAt),
    started_at: at(downloadedAt + MINUTE_MS), ended_at: at(downloadedAt + 2 * MINUTE_MS), errors: [],
  });
  records['backup-downloads']!.push({ uuid: download.id, backup: newest.id, author: membership, started_at: at(downloadedAt), trigger: 'PULL' });
  seeded.backupRestores.push(restore);
  seeded.backupDownloads.push(download);
}

const GROUPS = [
  ...APPLICATION_GROUPS,
  ...BILLING_GROUPS,
  ...SOURCE_GROUPS,
  ...MAINTENANCE_GROUPS,
  'regions', 'services', 'backup-retention-configurations', 'scheduled-backup-configurations', 'service-instances', 'domains',
  'environment-variables', 'backups', 'service-instance-backups', 'backup-downloads', 'backup-download-service-instances',
  'backup-restores', 'service-instance-backup-restores',
] as const;

function buildSeed(): { records: Readonly<Records>; ids: DivioSeedResources } {
  const records: Records = Object.fromEntries(GROUPS.map((group) => [group, []]));
  seedApplications(records);
  const catalog = catalogs(records);
  const environments = Object.fromEntries(
    (Object.keys(RESOURCE_ENVIRONMENTS) as ResourceEnvironmentKey[]).map((key) => [key, environmentResources(records, key, catalog.services)]),
  ) as Record<ResourceEnvironmentKey, DivioSeedEnvironmentResources>;
  transfers(records, 'shopLive', environments.shopLive);
  const billing = seedBilling(records);
  const source = seedSource(records);
  const maintenance = seedMaintenance(records);
  return { records, ids: { ...catalog, ...environments, billing, source, maintenance } };
}

/** The whole seed of the described groups, computed once (it is pure); stores copy it. */
export const RESOURCE_SEED = buildSeed();
