/**
 * The request validation rules stated in the seed documents (newest version), each
 * failing with a 400 whose message names the offending field. Unknown body fields
 * are ignored, as upstream does.
 */
import { badRequest } from '../core/error.js';
import type { IpAccessEntry, Provider } from './types.js';
import {
  BACKUP_RETENTION_HOURS,
  BACKUP_START_TIME,
  MIN_BACKUP_PERIOD_HOURS,
  MIN_IDLE_TIMEOUT_MINUTES,
  NUM_REPLICAS,
  REPLICA_MEMORY_GB,
  SERVICE_NAME,
  TOTAL_MEMORY_GB,
} from '../../resources/clickhouse/input-rules.js';

export const TIERS = [
  'development',
  'production',
  'dedicated_high_mem',
  'dedicated_high_cpu',
  'dedicated_standard',
  'dedicated_standard_n2d_standard_4',
  'dedicated_standard_n2d_standard_8',
  'dedicated_standard_n2d_standard_32',
  'dedicated_standard_n2d_standard_128',
] as const;

/** The spec's region enum, split by the cloud that offers each region. */
export const REGIONS_BY_PROVIDER: Record<Provider, readonly string[]> = {
  aws: [
    'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'eu-central-1',
    'eu-west-1', 'eu-west-2', 'il-central-1', 'us-east-1', 'us-east-2', 'us-west-2',
  ],
  gcp: ['us-east1', 'us-central1', 'europe-west2', 'europe-west4', 'asia-southeast1', 'asia-northeast1'],
  azure: ['eastus', 'eastus2', 'westus3', 'germanywestcentral', 'centralus'],
};
const PROVIDERS = Object.keys(REGIONS_BY_PROVIDER) as Provider[];
const ALL_REGIONS = Object.values(REGIONS_BY_PROVIDER).flat();

export type Body = Record<string, unknown>;


export function optionalString(body: Body, field: string): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  return value;
}

export function optionalBoolean(body: Body, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`${field} must be a boolean`);
  return value;
}

export function optionalInteger(body: Body, field: string): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badRequest(`${field} must be a number`);
  if (!Number.isInteger(value)) throw badRequest(`${field} must be an integer`);
  return value;
}

export function validateServiceName(value: unknown, field = 'name'): string {
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  if (value.length < 1 || value.length > SERVICE_NAME.maxLength || value.trim() === '') {
    throw badRequest(`${field} must be 1 to ${SERVICE_NAME.maxLength} characters long`);
  }
  if (!SERVICE_NAME.pattern.test(value)) {
    throw badRequest(`${field} must be an alphanumerical string with whitespaces`);
  }
  return value;
}

export function validateProvider(value: unknown): Provider {
  if (typeof value !== 'string' || !(PROVIDERS as string[]).includes(value)) {
    throw badRequest(`provider must be one of: ${PROVIDERS.join(', ')}`);
  }
  return value as Provider;
}

/** Checks a region against the spec's enum and, when given, against the provider's regions. */
export function validateRegion(value: unknown, provider?: Provider): string {
  if (typeof value !== 'string' || !ALL_REGIONS.includes(value)) {
    throw badRequest(`region must be one of: ${ALL_REGIONS.join(', ')}`);
  }
  if (provider !== undefined && !REGIONS_BY_PROVIDER[provider].includes(value)) {
    throw badRequest(`region ${value} is not available for provider ${provider}`);
  }
  return value;
}

export function validateTier(value: unknown, provider: Provider): string {
  if (typeof value !== 'string' || !(TIERS as readonly string[]).includes(value)) {
    throw badRequest(`tier must be one of: ${TIERS.join(', ')}`);
  }
  if (provider === 'azure' && value === 'development') {
    throw badRequest("tier: Azure services don't support the development tier");
  }
  return value;
}

interface MemoryRule {
  minField: string;
  maxField: string;
  step: number;
  floor: number;
  ceiling: { unpaid: number; paid: number };
}

const TOTAL_MEMORY_RULE: MemoryRule = {
  minField: 'minTotalMemoryGb', maxField: 'maxTotalMemoryGb',
  step: TOTAL_MEMORY_GB.step, floor: TOTAL_MEMORY_GB.min, ceiling: TOTAL_MEMORY_GB.max,
};
const REPLICA_MEMORY_RULE: MemoryRule = {
  minField: 'minReplicaMemoryGb', maxField: 'maxReplicaMemoryGb',
  step: REPLICA_MEMORY_GB.step, floor: REPLICA_MEMORY_GB.min, ceiling: REPLICA_MEMORY_GB.max,
};

export interface MemoryRange {
  min: number;
  max: number;
}

/**
 * Validates one min/max memory pair of the body against its rule; `current` fills a
 * bound the body leaves out so that min <= max is checked on the resulting values.
 * Returns undefined when the body sets neither bound.
 */
function memoryRange(body: Body, rule: MemoryRule, tier: string, paid: boolean, current: MemoryRange): MemoryRange | undefined {
  const min = optionalInteger(body, rule.minField);
  const max = optionalInteger(body, rule.maxField);
  if (min === undefined && max === undefined) return undefined;
  if (tier !== 'production') {
    throw badRequest(`${min !== undefined ? rule.minField : rule.maxField} is available only for 'production' services`);
  }
  const ceiling = paid ? rule.ceiling.paid : rule.ceiling.unpaid;
  for (const [field, value] of [[rule.minField, min], [rule.maxField, max]] as const) {
    if (value === undefined) continue;
    if (value % rule.step !== 0) throw badRequest(`${field} must be a multiple of ${rule.step}`);
    if (value < rule.floor) throw badRequest(`${field} must be greater than or equal to ${rule.floor}`);
    if (value > ceiling) {
      throw badRequest(`${field} must be lower than or equal to ${ceiling} for ${paid ? 'paid' : 'non paid'} organizations`);
    }
  }
  const range = { min: min ?? current.min, max: max ?? current.max };
  if (range.min > range.max) throw badRequest(`${rule.minField} must be lower than or equal to ${rule.maxField}`);
  return range;
}

export interface ScalingUpdate {
  totalMemory?: MemoryRange;
  replicaMemory?: MemoryRange;
  numReplicas?: number;
  idleScaling?: boolean;
  idleTimeoutMinutes?: number;
}

export interface ScalingContext {
  tier: string;
  paid: boolean;
  totalMemory: MemoryRange;
  replicaMemory: MemoryRange;
}

/** The scaling fields shared by create, /scaling and /replicaScaling. */
export function parseScaling(body: Body, ctx: ScalingContext, memory: { total: boolean; replica: boolean }): ScalingUpdate {
  const update: ScalingUpdate = {};
  if (memory.total) update.totalMemory = memoryRange(body, TOTAL_MEMORY_RULE, ctx.tier, ctx.paid, ctx.totalMemory);
  if (memory.replica) update.replicaMemory = memoryRange(body, REPLICA_MEMORY_RULE, ctx.tier, ctx.paid, ctx.replicaMemory);
  const numReplicas = optionalInteger(body, 'numReplicas');
  if (numReplicas !== undefined && (numReplicas < NUM_REPLICAS.min || numReplicas > NUM_REPLICAS.max)) {
    throw badRequest(`numReplicas must be between ${NUM_REPLICAS.min} and ${NUM_REPLICAS.max}`);
  }
  update.numReplicas = numReplicas;
  update.idleScaling = optionalBoolean(body, 'idleScaling');
  const idleTimeout = optionalInteger(body, 'idleTimeoutMinutes');
  if (idleTimeout !== undefined && idleTimeout < MIN_IDLE_TIMEOUT_MINUTES) {
    throw badRequest(`idleTimeoutMinutes must be >= ${MIN_IDLE_TIMEOUT_MINUTES} minutes`);
  }
  update.idleTimeoutMinutes = idleTimeout;
  return update;
}

function parseIpAccessEntry(value: unknown, field: string): IpAccessEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest(`${field} entries must be objects with a 'source' string`);
  }
  const entry = value as Body;
  if (typeof entry.source !== 'string' || entry.source.trim() === '') {
    throw badRequest(`${field} entries must have a non-empty 'source' string (IP or CIDR)`);
  }
  const description = optionalString(entry, 'description');
  return description === undefined ? { source: entry.source } : { source: entry.source, description };
}

export function parseIpAccessList(value: unknown, field = 'ipAccessList'): IpAccessEntry[] {
  if (!Array.isArray(value)) throw badRequest(`${field} must be an array`);
  return value.map((entry) => parseIpAccessEntry(entry, field));
}

export function parseStringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw badRequest(`${field} must be an array of strings`);
  }
  return value as string[];
}

/** `{add?: [], remove?: []}` patches; remove runs before add, as the spec states. */
export function parseAddRemove<T>(value: unknown, field: string, parseList: (list: unknown, name: string) => T[]): { add: T[]; remove: T[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest(`${field} must be an object with 'add' and/or 'remove' arrays`);
  }
  const patch = value as Body;
  return {
    add: patch.add === undefined ? [] : parseList(patch.add, `${field}.add`),
    remove: patch.remove === undefined ? [] : parseList(patch.remove, `${field}.remove`),
  };
}

export function validateStateCommand(value: unknown): 'start' | 'stop' {
  if (value !== 'start' && value !== 'stop') throw badRequest("command must be one of: 'start', 'stop'");
  return value;
}

export function validateBackupStartTime(value: string): string {
  if (!BACKUP_START_TIME.test(value)) throw badRequest('backupStartTime must be in HH:MM format (00:00 to 23:59, UTC)');
  return value;
}

export function validateBackupRetention(value: number): number {
  const { step, min, max } = BACKUP_RETENTION_HOURS;
  if (value % step !== 0 || value < min || value > max) {
    throw badRequest(`backupRetentionPeriodInHours must be a multiple of ${step} between ${min} and ${max}`);
  }
  return value;
}

export function validateBackupPeriod(value: number): number {
  if (value < MIN_BACKUP_PERIOD_HOURS) throw badRequest('backupPeriodInHours must be a positive integer');
  return value;
}
