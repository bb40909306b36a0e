/**
 * The hand-written half of the ClickHouse simulator, in one map: what each described operation
 * does where its role's generic behaviour (roles.ts) would not say enough, keyed by its
 * operationId (the other half, where it is served and what it takes, is the descriptions'). The
 * interpreter refuses to start when this map names an operation no description names.
 */
import { ACTIVITY_BEHAVIOURS } from './activities.js';
import type { Behaviour } from './context.js';
import { BACKUP_BEHAVIOURS } from './operations-backups.js';
import { DETAIL_BEHAVIOURS } from './operations-details.js';
import { KEY_BEHAVIOURS } from './operations-keys.js';
import { ORGANIZATION_BEHAVIOURS } from './operations-organizations.js';
import { POSTGRES_BEHAVIOURS } from './operations-postgres.js';
import { SERVICE_SETTING_BEHAVIOURS } from './operations-service-settings.js';
import { SERVICE_BEHAVIOURS } from './operations-services.js';
import { UDF_BEHAVIOURS } from './operations-udfs.js';
import { USAGE_BEHAVIOURS } from './operations-usage.js';
import { KEYED_BEHAVIOURS } from './operations-keyed.js';

export const CLICKHOUSE_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  ...ORGANIZATION_BEHAVIOURS,
  ...SERVICE_BEHAVIOURS,
  ...SERVICE_SETTING_BEHAVIOURS,
  ...BACKUP_BEHAVIOURS,
  ...ACTIVITY_BEHAVIOURS,
  ...KEY_BEHAVIOURS,
  ...POSTGRES_BEHAVIOURS,
  ...UDF_BEHAVIOURS,
  ...USAGE_BEHAVIOURS,
  ...DETAIL_BEHAVIOURS,
  ...KEYED_BEHAVIOURS,
};
