/**
 * What the service operations do: list, create (defaults by tier, restore from a backup), read,
 * PATCH of the basic details, and DELETE (only of a stopped service). Inputs arrive checked
 * against the description; the rules it cannot state are checked here (validation.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { badRequest } from '../core/error.js';
import { found, inputOf, type Behaviour, type OperationContext } from './context.js';
import { serviceDto } from './dto.js';
import type { ListPatch } from './input.js';
import { DEFAULT_BACKUP_CONFIGURATION } from './seed.js';
import { hashPassword, servicesOf, transition } from './state.js';
import type { IpAccessEntry, Provider, ServiceRecord } from './types.js';
import { parseScaling, validateRegion, validateTierOn, type ScalingInput, type ScalingUpdate } from './validation.js';

const NEW_SERVICE_CLICKHOUSE_VERSION = '24.8.1.2684';
const DEFAULT_TIER = 'production';
const DEFAULT_IDLE_TIMEOUT_MINUTES = 15;
const HOST_ID_LENGTH = 10;
const PASSWORD_LENGTH = 16;
const HOST_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789~._';

/** Sizing a new service gets when the request leaves it out, by tier family. */
const SIZE_DEFAULTS = {
  development: { numReplicas: 1, total: { min: 24, max: 24 }, replica: { min: 24, max: 24 } },
  production: { numReplicas: 3, total: { min: 24, max: 360 }, replica: { min: 8, max: 120 } },
  dedicated: { numReplicas: 3, total: { min: 192, max: 192 }, replica: { min: 64, max: 64 } },
} as const;

export function randomString(alphabet: string, length: number): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

export const generatePassword = (): string => randomString(PASSWORD_ALPHABET, PASSWORD_LENGTH);

interface CreateInput extends ScalingInput {
  name: string;
  provider: Provider;
  region: string;
  tier?: string;
  ipAccessList?: IpAccessEntry[];
  privateEndpointIds?: string[];
  backupId?: string;
  encryptionKey?: string;
  encryptionAssumedRoleIdentifier?: string;
}

/** A restore source must be a finished backup of this organization with the same region and tier. */
function checkRestoreSource(ctx: OperationContext, backupId: string | undefined, region: string, tier: string): void {
  if (backupId === undefined) return;
  const backup = ctx.store.get('backups', backupId);
  const source = backup === undefined ? undefined : ctx.store.get('services', backup.serviceId);
  if (backup === undefined || source === undefined || source.organizationId !== ctx.organization.id) {
    throw badRequest(`backupId ${backupId} does not match any backup in organization ${ctx.organization.id}`);
  }
  if (backup.status !== 'done') throw badRequest(`backupId ${backupId} refers to a backup that is ${backup.status}`);
  if (source.region !== region || source.tier !== tier) {
    throw badRequest(`backupId ${backupId}: region and tier must match the original service (${source.region}, ${source.tier})`);
  }
}

type Sizing = (typeof SIZE_DEFAULTS)[keyof typeof SIZE_DEFAULTS];

interface Made {
  tier: string;
  sizing: Sizing;
  scaling: ScalingUpdate;
  password: string;
}

/** A new service's record: the input where it says, the tier's sizing and the defaults elsewhere. */
function newService(ctx: OperationContext, input: CreateInput, { tier, sizing, scaling, password }: Made): ServiceRecord {
  const id = randomUUID();
  const hostId = randomString(HOST_ALPHABET, HOST_ID_LENGTH);
  const { encryptionKey, encryptionAssumedRoleIdentifier } = input;
  return {
    id,
    organizationId: ctx.organization.id,
    name: input.name,
    provider: input.provider,
    region: input.region,
    tier,
    state: 'provisioning',
    clickhouseVersion: NEW_SERVICE_CLICKHOUSE_VERSION,
    hostId,
    minTotalMemoryGb: scaling.totalMemory?.min ?? sizing.total.min,
    maxTotalMemoryGb: scaling.totalMemory?.max ?? sizing.total.max,
    minReplicaMemoryGb: scaling.replicaMemory?.min ?? sizing.replica.min,
    maxReplicaMemoryGb: scaling.replicaMemory?.max ?? sizing.replica.max,
    numReplicas: scaling.numReplicas ?? sizing.numReplicas,
    idleScaling: scaling.idleScaling ?? true,
    idleTimeoutMinutes: scaling.idleTimeoutMinutes ?? DEFAULT_IDLE_TIMEOUT_MINUTES,
    ipAccessList: input.ipAccessList ?? [],
    privateEndpointIds: input.privateEndpointIds ?? [],
    createdAt: ctx.now,
    iamRole: `arn:aws:iam::471112852104:role/CH-S3-${hostId}-Role`,
    dataWarehouseId: id,
    isPrimary: true,
    ...(encryptionKey === undefined ? {} : { encryptionKey }),
    ...(encryptionAssumedRoleIdentifier === undefined ? {} : { encryptionAssumedRoleIdentifier }),
    passwordHash: hashPassword(password),
    backupConfiguration: { ...DEFAULT_BACKUP_CONFIGURATION },
  };
}

function createService(ctx: OperationContext) {
  const input = inputOf<CreateInput>(ctx);
  validateRegion(input.region, input.provider);
  const tier = validateTierOn(input.tier ?? DEFAULT_TIER, input.provider);
  const sizing = tier === 'development' || tier === 'production' ? SIZE_DEFAULTS[tier] : SIZE_DEFAULTS.dedicated;
  const scaling = parseScaling(input, { tier, paid: ctx.organization.paid, totalMemory: sizing.total, replicaMemory: sizing.replica });
  checkRestoreSource(ctx, input.backupId, input.region, tier);

  const password = generatePassword();
  const service = newService(ctx, input, { tier, sizing, scaling, password });
  ctx.store.add('services', service);
  transition(ctx, service, 'provisioning', 'running');
  return { service: serviceDto(service, ctx.organization), password };
}

/** An entry is identified by its source: removals first, then an added one replaces its namesake. */
function applyIpAccessPatch(list: IpAccessEntry[], patch: ListPatch<IpAccessEntry>): IpAccessEntry[] {
  const removed = new Set(patch.remove.map((entry) => entry.source));
  const next = list.filter((entry) => !removed.has(entry.source));
  for (const entry of patch.add) {
    const index = next.findIndex((existing) => existing.source === entry.source);
    if (index === -1) next.push(entry);
    else next[index] = entry;
  }
  return next;
}

interface UpdateInput {
  name?: string;
  ipAccessList?: ListPatch<IpAccessEntry>;
  privateEndpointIds?: ListPatch<string>;
}

function updateService(ctx: OperationContext) {
  const service = found(ctx, 'services');
  const { name, ipAccessList, privateEndpointIds } = inputOf<UpdateInput>(ctx);
  if (name !== undefined) service.name = name;
  if (ipAccessList !== undefined) service.ipAccessList = applyIpAccessPatch(service.ipAccessList, ipAccessList);
  if (privateEndpointIds !== undefined) {
    const kept = service.privateEndpointIds.filter((id) => !privateEndpointIds.remove.includes(id));
    service.privateEndpointIds = [...new Set([...kept, ...privateEndpointIds.add])];
  }
  return serviceDto(service, ctx.organization);
}

function deleteService(ctx: OperationContext): undefined {
  const service = found(ctx, 'services');
  if (service.state !== 'stopped') {
    throw badRequest(`Service ${service.id} must be stopped before it can be deleted (current state: ${service.state})`);
  }
  transition(ctx, service, 'terminating', null);
  return undefined;
}

export const SERVICE_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  instanceGetList: (ctx) => servicesOf(ctx.store, ctx.organization.id).map((service) => serviceDto(service, ctx.organization)),
  instanceCreate: createService,
  instanceGet: (ctx) => serviceDto(found(ctx, 'services'), ctx.organization),
  instanceUpdate: updateService,
  instanceDelete: deleteService,
};
