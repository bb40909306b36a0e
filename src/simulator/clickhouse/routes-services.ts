/**
 * Service collection and item routes: list, create, get, PATCH basic details, DELETE.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { serviceDto } from './dto.js';
import { badRequest } from '../core/error.js';
import { param, requireService, type Route, type RouteContext } from './router.js';
import { DEFAULT_BACKUP_CONFIGURATION } from './seed.js';
import { hashPassword, servicesOf, transition } from './state.js';
import type { IpAccessEntry, ServiceRecord } from './types.js';
import { isUuid } from '../../ids.js';
import {
  optionalString,
  parseAddRemove,
  parseIpAccessList,
  parseScaling,
  parseStringList,
  validateProvider,
  validateRegion,
  validateServiceName,
  validateTier,
} from './validation.js';

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

function randomString(alphabet: string, length: number): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

export const generatePassword = (): string => randomString(PASSWORD_ALPHABET, PASSWORD_LENGTH);

function requireField(ctx: RouteContext, field: string): unknown {
  const value = ctx.body[field];
  if (value === undefined || value === null) throw badRequest(`${field} is required`);
  return value;
}

/** A restore source must be a finished backup of this organization with the same region and tier. */
function checkRestoreSource(ctx: RouteContext, region: string, tier: string): void {
  const backupId = optionalString(ctx.body, 'backupId');
  if (backupId === undefined) return;
  if (!isUuid(backupId)) throw badRequest('backupId must be a UUID');
  const backup = ctx.store.get('backups', backupId);
  const source = backup === undefined ? undefined : ctx.store.get('services', backup.serviceId);
  if (backup === undefined || source === undefined || source.organizationId !== ctx.organization.id) {
    throw badRequest(`backupId ${backupId} does not match any backup in organization ${ctx.organization.id}`);
  }
  if (backup.status !== 'done') throw badRequest(`backupId ${backupId} refers to a backup that is ${backup.status}`);
  if (source.region !== region || source.tier !== tier) {
    throw badRequest(
      `backupId ${backupId}: region and tier must match the original service (${source.region}, ${source.tier})`,
    );
  }
}

function createService(ctx: RouteContext) {
  const name = validateServiceName(requireField(ctx, 'name'));
  const provider = validateProvider(requireField(ctx, 'provider'));
  const region = validateRegion(requireField(ctx, 'region'), provider);
  const tier = ctx.body.tier === undefined ? DEFAULT_TIER : validateTier(ctx.body.tier, provider);
  const sizing = tier === 'development' || tier === 'production' ? SIZE_DEFAULTS[tier] : SIZE_DEFAULTS.dedicated;
  const scaling = parseScaling(
    ctx.body,
    { tier, paid: ctx.organization.paid, totalMemory: sizing.total, replicaMemory: sizing.replica },
    { total: true, replica: true },
  );
  const ipAccessList = ctx.body.ipAccessList === undefined ? [] : parseIpAccessList(ctx.body.ipAccessList);
  const privateEndpointIds =
    ctx.body.privateEndpointIds === undefined ? [] : parseStringList(ctx.body.privateEndpointIds, 'privateEndpointIds');
  const encryptionKey = optionalString(ctx.body, 'encryptionKey');
  const encryptionAssumedRoleIdentifier = optionalString(ctx.body, 'encryptionAssumedRoleIdentifier');
  checkRestoreSource(ctx, region, tier);

  const id = randomUUID();
  const hostId = randomString(HOST_ALPHABET, HOST_ID_LENGTH);
  const password = generatePassword();
  const service: ServiceRecord = {
    id,
    organizationId: ctx.organization.id,
    name,
    provider,
    region,
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
    ipAccessList,
    privateEndpointIds,
    createdAt: ctx.now,
    iamRole: `arn:aws:iam::471112852104:role/CH-S3-${hostId}-Role`,
    dataWarehouseId: id,
    isPrimary: true,
    ...(encryptionKey === undefined ? {} : { encryptionKey }),
    ...(encryptionAssumedRoleIdentifier === undefined ? {} : { encryptionAssumedRoleIdentifier }),
    passwordHash: hashPassword(password),
    backupConfiguration: { ...DEFAULT_BACKUP_CONFIGURATION },
  };
  ctx.store.add('services', service);
  transition(ctx, service, 'provisioning', 'running');
  return { service: serviceDto(service, ctx.organization), password };
}

function applyIpAccessPatch(list: IpAccessEntry[], patch: { add: IpAccessEntry[]; remove: IpAccessEntry[] }): IpAccessEntry[] {
  const removed = new Set(patch.remove.map((entry) => entry.source));
  const next = list.filter((entry) => !removed.has(entry.source));
  for (const entry of patch.add) {
    // An entry is identified by its source; adding it again replaces the description.
    const index = next.findIndex((existing) => existing.source === entry.source);
    if (index === -1) next.push(entry);
    else next[index] = entry;
  }
  return next;
}

function patchService(ctx: RouteContext) {
  const service = requireService(ctx);
  const name = ctx.body.name === undefined ? undefined : validateServiceName(ctx.body.name);
  const ipPatch =
    ctx.body.ipAccessList === undefined ? undefined : parseAddRemove(ctx.body.ipAccessList, 'ipAccessList', parseIpAccessList);
  const endpointPatch =
    ctx.body.privateEndpointIds === undefined
      ? undefined
      : parseAddRemove(ctx.body.privateEndpointIds, 'privateEndpointIds', parseStringList);

  if (name !== undefined) service.name = name;
  if (ipPatch !== undefined) service.ipAccessList = applyIpAccessPatch(service.ipAccessList, ipPatch);
  if (endpointPatch !== undefined) {
    const kept = service.privateEndpointIds.filter((id) => !endpointPatch.remove.includes(id));
    service.privateEndpointIds = [...new Set([...kept, ...endpointPatch.add])];
  }
  return serviceDto(service, ctx.organization);
}

function deleteService(ctx: RouteContext): undefined {
  const service = requireService(ctx);
  if (service.state !== 'stopped') {
    throw badRequest(
      `Service ${param(ctx, 'serviceId')} must be stopped before it can be deleted (current state: ${service.state})`,
    );
  }
  transition(ctx, service, 'terminating', null);
  return undefined;
}

export const serviceRoutes: Route[] = [
  {
    pattern: '/v1/organizations/:organizationId/services',
    methods: {
      GET: (ctx) => servicesOf(ctx.store, ctx.organization.id).map((service) => serviceDto(service, ctx.organization)),
      POST: createService,
    },
  },
  {
    pattern: '/v1/organizations/:organizationId/services/:serviceId',
    methods: {
      GET: (ctx) => serviceDto(requireService(ctx), ctx.organization),
      PATCH: patchService,
      DELETE: deleteService,
    },
  },
];
