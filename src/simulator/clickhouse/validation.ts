/**
 * The input rules the descriptions' InputSpecs cannot state, each failing with a 400 whose
 * message names the offending field: which regions a provider offers, which tiers a provider
 * takes, memory steps and plan-bound ceilings, memory settings only on production services, and
 * min <= max across a memory range. Presence, types, enums, lengths, patterns and the stated
 * bounds are checked before, from the descriptions (input.ts).
 */
import { REPLICA_MEMORY_GB, TOTAL_MEMORY_GB } from '../../resources/clickhouse/input-rules.js';
import { badRequest } from '../core/error.js';
import type { Provider } from './types.js';
import { ceilingRule } from './wording.js';

/** The spec's region enum, split by the cloud that offers each region. */
export const REGIONS_BY_PROVIDER: Record<Provider, readonly string[]> = {
  aws: [
    'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'eu-central-1',
    'eu-west-1', 'eu-west-2', 'il-central-1', 'us-east-1', 'us-east-2', 'us-west-2',
  ],
  gcp: ['us-east1', 'us-central1', 'europe-west2', 'europe-west4', 'asia-southeast1', 'asia-northeast1'],
  azure: ['eastus', 'eastus2', 'westus3', 'germanywestcentral', 'centralus'],
};
const ALL_REGIONS = Object.values(REGIONS_BY_PROVIDER).flat();

/** Checks a region against the spec's enum and, when given, against the provider's regions. */
export function validateRegion(value: string, provider?: Provider): string {
  if (!ALL_REGIONS.includes(value)) throw badRequest(`region must be one of: ${ALL_REGIONS.join(', ')}`);
  if (provider !== undefined && !REGIONS_BY_PROVIDER[provider].includes(value)) {
    throw badRequest(`region ${value} is not available for provider ${provider}`);
  }
  return value;
}

/** The tier is one of the described ones already; Azure offers no development tier. */
export function validateTierOn(tier: string, provider: Provider): string {
  if (provider === 'azure' && tier === 'development') throw badRequest("tier: Azure services don't support the development tier");
  return tier;
}

interface MemoryRule {
  minField: 'minTotalMemoryGb' | 'minReplicaMemoryGb';
  maxField: 'maxTotalMemoryGb' | 'maxReplicaMemoryGb';
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

/** The scaling members of a create, /scaling or /replicaScaling body, as read from the description. */
export interface ScalingInput {
  minTotalMemoryGb?: number;
  maxTotalMemoryGb?: number;
  minReplicaMemoryGb?: number;
  maxReplicaMemoryGb?: number;
  numReplicas?: number;
  idleScaling?: boolean;
  idleTimeoutMinutes?: number;
}

/**
 * One min/max memory pair of the input against the rules its description cannot state: only
 * production services take it, each bound is a multiple of the step and under the plan's ceiling,
 * the upper bound has the lower bound's floor, and min <= max (`current` fills a bound the input
 * leaves out). Undefined when the input sets neither bound.
 */
function memoryRange(input: ScalingInput, rule: MemoryRule, tier: string, paid: boolean, current: MemoryRange): MemoryRange | undefined {
  const min = input[rule.minField];
  const max = input[rule.maxField];
  if (min === undefined && max === undefined) return undefined;
  if (tier !== 'production') {
    throw badRequest(`${min !== undefined ? rule.minField : rule.maxField} is available only for 'production' services`);
  }
  const ceiling = paid ? rule.ceiling.paid : rule.ceiling.unpaid;
  for (const [field, value] of [[rule.minField, min], [rule.maxField, max]] as const) {
    if (value === undefined) continue;
    if (value % rule.step !== 0) throw badRequest(`${field} must be a multiple of ${rule.step}`);
    if (field === rule.maxField && value < rule.floor) throw badRequest(`${field} must be greater than or equal to ${rule.floor}`);
    if (value > ceiling) throw badRequest(`${field} ${ceilingRule(ceiling, paid)}`);
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

/** The scaling members of create, /scaling and /replicaScaling (each described with the memory inputs it takes). */
export function parseScaling(input: ScalingInput, ctx: ScalingContext): ScalingUpdate {
  return {
    totalMemory: memoryRange(input, TOTAL_MEMORY_RULE, ctx.tier, ctx.paid, ctx.totalMemory),
    replicaMemory: memoryRange(input, REPLICA_MEMORY_RULE, ctx.tier, ctx.paid, ctx.replicaMemory),
    numReplicas: input.numReplicas,
    idleScaling: input.idleScaling,
    idleTimeoutMinutes: input.idleTimeoutMinutes,
  };
}
