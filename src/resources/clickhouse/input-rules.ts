/**
 * The constraints ClickHouse Cloud states for its service and backup inputs (the seeds and the
 * OpenAPI spec), as data: the gateway checks them before any call (schema/clickhouse/validation.ts,
 * schema/clickhouse/backup.ts) and the simulator enforces them as the real API does
 * (simulator/clickhouse/validation.ts). Each fact is written once, here. Bounds that depend on the
 * organization's plan give both; the gateway, which cannot see the plan, checks the wider one.
 * Where the newer OpenAPI spec (the one ClickHouse's CLI ships) and the seeds disagree, the spec
 * wins: test/clickhouse-input-rules.test.ts holds these facts against the committed extract.
 */

/** "Alphanumerical string with whitespaces up to 50 characters." */
export const SERVICE_NAME = { pattern: /^[A-Za-z0-9 ]+$/, maxLength: 50 } as const;

/**
 * Total memory of all replicas (deprecated upstream for replica memory): multiples of 12 GB. The
 * seeds cap unpaid organizations at 360; the spec's maximum (1068) is the paid ceiling.
 */
export const TOTAL_MEMORY_GB = { step: 12, min: 24, max: { unpaid: 360, paid: 1068 } } as const;

/** Memory per replica: multiples of 4 GB; unpaid 120 (the seeds), at most 356 (the spec). */
export const REPLICA_MEMORY_GB = { step: 4, min: 8, max: { unpaid: 120, paid: 356 } } as const;

/** Replicas of a service: the spec allows 1 to 20 (the older seeds said 3 to 20). */
export const NUM_REPLICAS = { min: 1, max: 20 } as const;

export const MIN_IDLE_TIMEOUT_MINUTES = 5;

/** How long each backup is kept: whole days, from 1 to 45. */
export const BACKUP_RETENTION_HOURS = { step: 24, min: 24, max: 1080 } as const;

/** Hours between two backups: at least 1. */
export const MIN_BACKUP_PERIOD_HOURS = 1;

/** When backups start, `HH:MM` in UTC. */
export const BACKUP_START_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
