/**
 * ClickHouse Cloud's own words for a refused input, where the upstream does not say it the way the
 * generic reader (input.ts) would. The rule itself (the bound, the pattern) is the description's;
 * only the sentence is written here, keyed by the input's key. The descriptions' `pattern.message`
 * is the gateway's wording for its users, not the upstream's, so it is only the fallback.
 */
import { BACKUP_RETENTION_HOURS } from '../../resources/clickhouse/input-rules.js';
import type { InputSpec } from '../../resources/types.js';

interface Wording {
  /** What follows the key when the string misses the described pattern. */
  pattern?: string;
  /** What follows the key when the number is outside the described min/max. */
  range?: (spec: InputSpec) => string;
  /** Added to "entries must have a non-empty 'key' string" for a required member of listed objects. */
  hint?: string;
}

/** A plan-bound ceiling, as the upstream states it; the descriptions' maximum is the paid one. */
export const ceilingRule = (ceiling: number, paid: boolean): string =>
  `must be lower than or equal to ${ceiling} for ${paid ? 'paid' : 'non paid'} organizations`;

/** Retention is stated as one rule, step and bounds together, whichever of them is missed. */
export const retentionRule = (min: number, max: number): string => `must be a multiple of ${BACKUP_RETENTION_HOURS.step} between ${min} and ${max}`;

const paidCeiling = (spec: InputSpec): string => ceilingRule(spec.max ?? Number.POSITIVE_INFINITY, true);

const WORDING: Readonly<Record<string, Wording>> = {
  name: { pattern: 'must be an alphanumerical string with whitespaces' },
  backupStartTime: { pattern: 'must be in HH:MM format (00:00 to 23:59, UTC)' },
  idleTimeoutMinutes: { range: (spec) => `must be >= ${spec.min} minutes` },
  backupRetentionPeriodInHours: { range: (spec) => retentionRule(spec.min ?? 0, spec.max ?? Number.POSITIVE_INFINITY) },
  maxTotalMemoryGb: { range: paidCeiling },
  maxReplicaMemoryGb: { range: paidCeiling },
  source: { hint: ' (IP or CIDR)' },
};

export const wordingOf = (key: string): Wording => WORDING[key] ?? {};
