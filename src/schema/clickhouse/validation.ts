/**
 * The ClickHouse Cloud validation rules stated in the seeds that the input descriptions cannot
 * state (steps, pairs, formats), checked before any upstream call so that bad input costs no
 * budget; ranges, lengths and patterns are the descriptions' and checked by the interpreter. Limits that depend on what the gateway cannot see (paid or
 * unpaid organization, the service's tier) use the most permissive documented bound; the upstream
 * still enforces the exact one and its 400 message comes back as a ValidationError.
 */
import { isIP } from 'node:net';
import type { FieldErrors } from '../errors.js';
import { REPLICA_MEMORY_GB, TOTAL_MEMORY_GB } from '../../resources/clickhouse/input-rules.js';

// The plan is not visible here: the wider (paid) ceiling; the upstream enforces the exact one.
const TOTAL_MEMORY = { ...TOTAL_MEMORY_GB, max: TOTAL_MEMORY_GB.max.paid };
const REPLICA_MEMORY = { ...REPLICA_MEMORY_GB, max: REPLICA_MEMORY_GB.max.paid };
const REGION = /^[a-z0-9-]{2,40}$/;
const MAX_PRIVATE_ENDPOINT_ID = 255;
/** base64 of a SHA-256 digest, as the API's documented pipeline produces it. */
const PASSWORD_SHA256_BASE64 = /^[A-Za-z0-9+/]{43}=$/;
/** hex of a double SHA-1 digest (MySQL protocol). */
const DOUBLE_SHA1_HEX = /^[0-9a-fA-F]{40}$/;

type Maybe<T> = T | null | undefined;

export function checkRegion(errors: FieldErrors, region: string): void {
  if (!REGION.test(region)) errors.add('region', 'must be a region id such as us-east-1 or europe-west4');
}

const gigabytes = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * A min/max memory pair: both in steps, and ordered. The description bounds the min field from
 * below and the max field from above; the other two bounds are checked here.
 */
function checkMemoryRange(errors: FieldErrors, rule: { step: number; min: number; max: number }, minField: string, maxField: string, input: Record<string, unknown>): void {
  const min = gigabytes(input[minField]);
  const max = gigabytes(input[maxField]);
  for (const [field, value] of [[minField, min], [maxField, max]] as const) {
    if (value !== null && value % rule.step !== 0) errors.add(field, `must be a multiple of ${rule.step}`);
  }
  if (min !== null && min > rule.max) errors.add(minField, `must be at most ${rule.max}`);
  if (max !== null && max < rule.min) errors.add(maxField, `must be at least ${rule.min}`);
  if (min !== null && max !== null && min > max) errors.add(minField, `must not exceed ${maxField}`);
}

export function checkScaling(errors: FieldErrors, input: Record<string, unknown>): void {
  checkMemoryRange(errors, TOTAL_MEMORY, 'minTotalMemoryGb', 'maxTotalMemoryGb', input);
  checkMemoryRange(errors, REPLICA_MEMORY, 'minReplicaMemoryGb', 'maxReplicaMemoryGb', input);
}

export function hasMemorySettings(input: Record<string, unknown>): boolean {
  return ['minTotalMemoryGb', 'maxTotalMemoryGb', 'minReplicaMemoryGb', 'maxReplicaMemoryGb'].some((field) => input[field] != null);
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
