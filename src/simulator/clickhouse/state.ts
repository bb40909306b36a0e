/**
 * The ClickHouse simulator's state: organizations, services and backups in the shared MemoryStore,
 * every other described group in the ObjectStore (objects.ts), all built fresh from the seed, and
 * the timed transitions that move services and backups (service states, backup completion). API
 * keys are ApiKey objects whose credentials hold a hash of the secret (the server checks them).
 */
import { createHash } from 'node:crypto';
import { services as SERVICES } from '../../resources/clickhouse/services.js';
import { MemoryStore } from '../core/memory-store.js';
import { ObjectStore } from './objects.js';
import { SEED_ORGANIZATIONS, SEED_SERVICES, seedBackupIds, type SeedService } from './seed.js';
import { seedObjects } from './seed-objects.js';
import type { BackupRecord, OrganizationRecord, ServiceRecord, ServiceState } from './types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Seeded done backups finish in about this throughput, so durations scale with size. */
const BACKUP_BYTES_PER_SECOND = 400 * 1024 ** 2;
const MIN_BACKUP_SECONDS = 30;
/** An incremental backup is this share of a full one (plus a deterministic wobble). */
const INCREMENTAL_SHARE = 0.035;
/** Every 7th backup (counting from the oldest) is a full one. */
const FULL_BACKUP_EVERY = 7;

export interface StoreTiming {
  transitionMs: number;
  backupCompletionMs: number;
  /** Extra running services in the first organization (benchmark fixtures). */
  extraServices: number;
}

// A type alias, not an interface: MemoryStore's groups need its implicit index signature.
export type ClickHouseGroups = { organizations: OrganizationRecord; services: ServiceRecord; backups: BackupRecord };
/** The store's groups, named as the descriptions name them (`group`). */
export const CLICKHOUSE_GROUPS: readonly (keyof ClickHouseGroups)[] = ['organizations', 'services', 'backups'];

/** The stores and the pace of their timed work, as handlers and the seeding need them together. */
export interface ClickHouseState {
  store: MemoryStore<ClickHouseGroups>;
  /** The objects of every other described group; the MemoryStore's timers move them too. */
  objects: ObjectStore;
  timing: StoreTiming;
}

/** A deterministic extra service modelled on Acme Production, with three backups. */
function benchService(index: number): SeedService {
  const hex = index.toString(16).padStart(7, '0');
  const template = SEED_SERVICES.acmeProduction;
  return {
    ...template,
    id: `e${hex}-0000-4000-8000-000000000000`,
    name: `Bench Service ${index}`,
    hostId: `bench${hex}`,
    privateEndpointIds: [],
    backups: { count: 3, idPrefix: `b${hex}-0000-4000-8000-`, fullSizeBytes: template.backups.fullSizeBytes },
  };
}

export function hashPassword(password: string): string {
  return createHash('sha256').update(password).digest('base64');
}

/** A fresh store built from the seed (plus `extraServices` bench services). */
export function createClickHouseState(timing: StoreTiming): ClickHouseState {
  const state: ClickHouseState = { store: new MemoryStore<ClickHouseGroups>(CLICKHOUSE_GROUPS, (record) => record.id), objects: new ObjectStore(), timing };
  const now = Date.now();
  for (const org of Object.values(SEED_ORGANIZATIONS)) {
    state.store.add('organizations', {
      id: org.id, name: org.name, paid: org.paid, createdAt: Date.parse(org.createdAt), privateEndpoints: [], enableCoreDumps: false,
    });
  }
  state.store.get('organizations', SEED_ORGANIZATIONS.acme.id)?.privateEndpoints.push({
    id: SEED_SERVICES.acmeProduction.privateEndpointIds[0],
    description: 'Acme production VPC',
    cloudProvider: 'aws',
    region: 'us-east-1',
  });
  for (const seed of Object.values(SEED_SERVICES)) seedService(state, seed, now);
  for (let index = 1; index <= timing.extraServices; index++) seedService(state, benchService(index), now);
  seedObjects(state.objects, now);
  return state;
}

function seedService(state: ClickHouseState, seed: SeedService, now: number): void {
  const service: ServiceRecord = {
    id: seed.id,
    organizationId: seed.organizationId,
    name: seed.name,
    provider: seed.provider,
    region: seed.region,
    tier: seed.tier,
    state: seed.state,
    clickhouseVersion: seed.clickhouseVersion,
    hostId: seed.hostId,
    minTotalMemoryGb: seed.totalMemoryGb[0],
    maxTotalMemoryGb: seed.totalMemoryGb[1],
    minReplicaMemoryGb: seed.replicaMemoryGb[0],
    maxReplicaMemoryGb: seed.replicaMemoryGb[1],
    numReplicas: seed.numReplicas,
    idleScaling: seed.idleScaling,
    idleTimeoutMinutes: seed.idleTimeoutMinutes,
    ipAccessList: seed.ipAccessList.map((entry) => ({ ...entry })),
    privateEndpointIds: [...seed.privateEndpointIds],
    createdAt: Date.parse(seed.createdAt),
    iamRole: `arn:aws:iam::471112852104:role/CH-S3-${seed.hostId}-Role`,
    dataWarehouseId: seed.id,
    isPrimary: true,
    passwordHash: hashPassword(`seed-${seed.hostId}`),
    backupConfiguration: { ...seed.backupConfiguration },
  };
  state.store.add('services', service);
  // A seeded service caught mid-provisioning finishes like a freshly created one.
  if (service.state === 'provisioning') transition(state, service, 'provisioning', 'running');
  seedBackups(state, seed, now);
}

function seedBackups(state: ClickHouseState, seed: SeedService, now: number): void {
  const plan = seed.backups;
  // Done backups run daily at 02:00 UTC, the newest one yesterday (or today when past 02:00).
  const todayAtTwo = Math.floor(now / DAY_MS) * DAY_MS + 2 * HOUR_MS;
  const newestDone = todayAtTwo < now - HOUR_MS ? todayAtTwo : todayAtTwo - DAY_MS;
  seedBackupIds(plan).forEach((id, index) => {
    const fromOldest = plan.count - 1 - index;
    const isFull = fromOldest % FULL_BACKUP_EVERY === 0;
    const wobble = 1 + ((index * 7919) % 97) / 400;
    const size = Math.round(plan.fullSizeBytes * (isFull ? wobble : INCREMENTAL_SHARE * wobble));
    const failed = plan.errorIndexes?.includes(index) === true;
    if (index === 0 && plan.newestInProgress === true) {
      addInProgressBackup(state, { id, serviceId: seed.id, type: isFull ? 'full' : 'incremental', sizeInBytes: size }, now);
      return;
    }
    // With an in-progress newest backup, older ones keep their daily slots behind it.
    const startedAt = newestDone - (plan.newestInProgress === true ? index - 1 : index) * DAY_MS;
    const seconds = Math.max(MIN_BACKUP_SECONDS, Math.round(size / BACKUP_BYTES_PER_SECOND));
    state.store.add('backups', {
      id,
      serviceId: seed.id,
      status: failed ? 'error' : 'done',
      type: isFull ? 'full' : 'incremental',
      startedAt,
      finishedAt: startedAt + seconds * 1000,
      sizeInBytes: failed ? 0 : size,
    });
  });
}

/** Registers a running backup that completes after `backupCompletionMs`. */
export function addInProgressBackup(
  { store, timing }: ClickHouseState,
  backup: Pick<BackupRecord, 'id' | 'serviceId' | 'type' | 'sizeInBytes'>,
  startedAt: number,
): void {
  const record = store.add('backups', { ...backup, status: 'in_progress', startedAt, finishedAt: null });
  store.schedule(timing.backupCompletionMs, () => {
    if (store.get('backups', record.id) !== record || record.status !== 'in_progress') return;
    record.status = 'done';
    record.finishedAt = startedAt + timing.backupCompletionMs;
  });
}

/**
 * Moves a service into `via` now and into `to` after `transitionMs`; `to === null`
 * removes the service (and its backups), as termination does upstream.
 */
export function transition({ store, objects, timing }: ClickHouseState, service: ServiceRecord, via: ServiceState, to: ServiceState | null): void {
  service.state = via;
  store.schedule(timing.transitionMs, () => {
    // Ignore a stale timer: the service may have been removed or moved on meanwhile.
    if (store.get('services', service.id) !== service || service.state !== via) return;
    if (to !== null) {
      service.state = to;
      return;
    }
    store.remove('services', service.id);
    objects.removeUnder(SERVICES.path!, [service.organizationId, service.id]);
    for (const backup of store.all('backups')) {
      if (backup.serviceId === service.id) store.remove('backups', backup.id);
    }
  });
}

export function servicesOf(store: MemoryStore<ClickHouseGroups>, organizationId: string): ServiceRecord[] {
  return store.all('services').filter((service) => service.organizationId === organizationId);
}

/** Backups of one service, newest first (the order the API promises). */
export function backupsOf(store: MemoryStore<ClickHouseGroups>, serviceId: string): BackupRecord[] {
  return store
    .all('backups')
    .filter((backup) => backup.serviceId === serviceId)
    .sort((a, b) => b.startedAt - a.startedAt);
}
