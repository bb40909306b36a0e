/**
 * The ClickHouse Cloud validation rules stated in the seeds, checked before any upstream call so
 * that bad input costs no budget. Limits that depend on what the gateway cannot see (paid or
 * unpaid organization, the service's tier) use the most permissive documented bound; the upstream
 * still enforces the exact one and its 400 message comes back as a ValidationError.
 */
import { isIP } from 'node:net';
import type { FieldErrors } from '../errors.js';
import {
  MIN_IDLE_TIMEOUT_MINUTES,
  NUM_REPLICAS as REPLICAS,
  REPLICA_MEMORY_GB,
  SERVICE_NAME,
  TOTAL_MEMORY_GB,
} from '../../resources/clickhouse/input-rules.js';

// The plan is not visible here: the wider (paid) ceiling; the upstream enforces the exact one.
const TOTAL_MEMORY = { ...TOTAL_MEMORY_GB, max: TOTAL_MEMORY_GB.max.paid };
const REPLICA_MEMORY = { ...REPLICA_MEMORY_GB, max: REPLICA_MEMORY_GB.max.paid };
const REGION = /^[a-z0-9-]{2,40}$/;
const MAX_DESCRIPTION = 255;
const MAX_PRIVATE_ENDPOINT_ID = 255;
/** base64 of a SHA-256 digest, as the API's documented pipeline produces it. */
const PASSWORD_SHA256_BASE64 = /^[A-Za-z0-9+/]{43}=$/;
/** hex of a double SHA-1 digest (MySQL protocol). */
const DOUBLE_SHA1_HEX = /^[0-9a-fA-F]{40}$/;

type Maybe<T> = T | null | undefined;

export function checkServiceName(errors: FieldErrors, name: Maybe<string>, field = 'name'): void {
  if (name == null) return;
  if (name.length === 0 || name.length > SERVICE_NAME.maxLength || !SERVICE_NAME.pattern.test(name)) {
    errors.add(field, `must be 1 to ${SERVICE_NAME.maxLength} letters, digits or spaces`);
  }
}

export function checkRegion(errors: FieldErrors, region: string): void {
  if (!REGION.test(region)) errors.add('region', 'must be a region id such as us-east-1 or europe-west4');
}

function checkMemoryRange(
  errors: FieldErrors,
  rule: { step: number; min: number; max: number },
  minField: string,
  min: Maybe<number>,
  maxField: string,
  max: Maybe<number>,
): void {
  for (const [field, value] of [
    [minField, min],
    [maxField, max],
  ] as const) {
    if (value == null) continue;
    if (value % rule.step !== 0) errors.add(field, `must be a multiple of ${rule.step}`);
    if (value < rule.min) errors.add(field, `must be at least ${rule.min}`);
    if (value > rule.max) errors.add(field, `must be at most ${rule.max}`);
  }
  if (min != null && max != null && min > max) errors.add(minField, `must not exceed ${maxField}`);
}

export interface ScalingFields {
  minTotalMemoryGb?: Maybe<number>;
  maxTotalMemoryGb?: Maybe<number>;
  minReplicaMemoryGb?: Maybe<number>;
  maxReplicaMemoryGb?: Maybe<number>;
  numReplicas?: Maybe<number>;
  idleTimeoutMinutes?: Maybe<number>;
}

export function checkScaling(errors: FieldErrors, input: ScalingFields): void {
  checkMemoryRange(errors, TOTAL_MEMORY, 'minTotalMemoryGb', input.minTotalMemoryGb, 'maxTotalMemoryGb', input.maxTotalMemoryGb);
  checkMemoryRange(
    errors,
    REPLICA_MEMORY,
    'minReplicaMemoryGb',
    input.minReplicaMemoryGb,
    'maxReplicaMemoryGb',
    input.maxReplicaMemoryGb,
  );
  const { numReplicas, idleTimeoutMinutes } = input;
  if (numReplicas != null && (numReplicas < REPLICAS.min || numReplicas > REPLICAS.max)) {
    errors.add('numReplicas', `must be between ${REPLICAS.min} and ${REPLICAS.max}`);
  }
  if (idleTimeoutMinutes != null && idleTimeoutMinutes < MIN_IDLE_TIMEOUT_MINUTES) {
    errors.add('idleTimeoutMinutes', `must be at least ${MIN_IDLE_TIMEOUT_MINUTES} minutes`);
  }
}

export function hasMemorySettings(input: ScalingFields): boolean {
  return [input.minTotalMemoryGb, input.maxTotalMemoryGb, input.minReplicaMemoryGb, input.maxReplicaMemoryGb].some(
    (value) => value != null,
  );
}

/** An IPv4/IPv6 address or CIDR range. */
export function isIpSource(source: string): boolean {
  const [address = '', prefix, extra] = source.split('/');
  if (extra !== undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export function checkIpAccessList(
  errors: FieldErrors,
  field: string,
  entries: Maybe<readonly { source: string; description?: Maybe<string> }[]>,
): void {
  entries?.forEach((entry, index) => {
    if (!isIpSource(entry.source)) errors.add(`${field}.${index}.source`, 'must be an IP address or CIDR range');
    if (entry.description != null && entry.description.length > MAX_DESCRIPTION) {
      errors.add(`${field}.${index}.description`, `must be at most ${MAX_DESCRIPTION} characters`);
    }
  });
}

export function checkPrivateEndpointIds(errors: FieldErrors, field: string, ids: Maybe<readonly string[]>): void {
  ids?.forEach((id, index) => {
    if (id.trim().length === 0 || id.length > MAX_PRIVATE_ENDPOINT_ID) {
      errors.add(`${field}.${index}`, `must be a non-empty id of at most ${MAX_PRIVATE_ENDPOINT_ID} characters`);
    }
  });
}

export function checkPasswordHashes(
  errors: FieldErrors,
  input: { newPasswordHash?: Maybe<string>; newDoubleSha1Hash?: Maybe<string> },
): void {
  if (input.newPasswordHash != null && !PASSWORD_SHA256_BASE64.test(input.newPasswordHash)) {
    errors.add('newPasswordHash', 'must be the base64 of a SHA-256 digest (44 characters)');
  }
  if (input.newDoubleSha1Hash != null) {
    if (!DOUBLE_SHA1_HEX.test(input.newDoubleSha1Hash)) {
      errors.add('newDoubleSha1Hash', 'must be 40 hexadecimal characters (double SHA-1)');
    }
    if (input.newPasswordHash == null) {
      errors.add('newDoubleSha1Hash', 'is only used together with newPasswordHash');
    }
  }
}
