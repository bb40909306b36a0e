/**
 * The hand-written half of the ClickHouse simulator, in one map: what each described operation
 * does, keyed by its operationId (the other half, where it is served and what it takes, is the
 * descriptions'). The interpreter refuses to start unless this map and the descriptions name the
 * same operations.
 */
import type { Behaviour } from './context.js';
import { BACKUP_BEHAVIOURS } from './operations-backups.js';
import { ORGANIZATION_BEHAVIOURS } from './operations-organizations.js';
import { SERVICE_SETTING_BEHAVIOURS } from './operations-service-settings.js';
import { SERVICE_BEHAVIOURS } from './operations-services.js';

export const CLICKHOUSE_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  ...ORGANIZATION_BEHAVIOURS,
  ...SERVICE_BEHAVIOURS,
  ...SERVICE_SETTING_BEHAVIOURS,
  ...BACKUP_BEHAVIOURS,
};
