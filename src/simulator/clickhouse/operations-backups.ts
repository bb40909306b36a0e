/**
 * What the backup operations do: a service's backups (newest first), one backup, and the
 * service's backup configuration, read and changed. Inputs arrive checked against the description.
 */
import { BACKUP_RETENTION_HOURS } from '../../resources/clickhouse/input-rules.js';
import { badRequest } from '../core/error.js';
import { found, inputOf, type Behaviour, type OperationContext } from './context.js';
import { backupConfigurationDto, backupDto } from './dto.js';
import { DEFAULT_BACKUP_CONFIGURATION } from './seed.js';
import { backupsOf } from './state.js';
import type { BackupConfigurationRecord } from './types.js';
import { retentionRule } from './wording.js';

/** "When [backupStartTime is] defined the backup period resets to every 24 hours." */
const PERIOD_WITH_START_TIME_HOURS = 24;

/** Each member: absent (kept), null (reset to its default) or a value its description allows. */
interface ConfigurationInput {
  backupPeriodInHours?: number | null;
  backupRetentionPeriodInHours?: number | null;
  backupStartTime?: string | null;
}

/**
 * A `null` resets that field to its default. Defining `backupStartTime` resets the period to 24
 * hours; asking for another period while a start time stays defined is a contradiction and
 * answers 400 rather than silently dropping one of the two. Retention is whole days (the step the
 * description cannot state).
 */
function updateBackupConfiguration(ctx: OperationContext) {
  const service = found(ctx, 'services');
  const { backupPeriodInHours: period, backupRetentionPeriodInHours: retention, backupStartTime: startTime } = inputOf<ConfigurationInput>(ctx);
  if (typeof retention === 'number' && retention % BACKUP_RETENTION_HOURS.step !== 0) {
    throw badRequest(`backupRetentionPeriodInHours ${retentionRule(BACKUP_RETENTION_HOURS.min, BACKUP_RETENTION_HOURS.max)}`);
  }
  const current = service.backupConfiguration;
  const defaults = DEFAULT_BACKUP_CONFIGURATION;
  const next: BackupConfigurationRecord = {
    backupPeriodInHours: period === null ? defaults.backupPeriodInHours : (period ?? current.backupPeriodInHours),
    backupRetentionPeriodInHours: retention === null ? defaults.backupRetentionPeriodInHours : (retention ?? current.backupRetentionPeriodInHours),
    backupStartTime: startTime === null ? defaults.backupStartTime : (startTime ?? current.backupStartTime),
  };
  if (typeof startTime === 'string' && typeof period !== 'number') next.backupPeriodInHours = PERIOD_WITH_START_TIME_HOURS;
  if (next.backupStartTime !== null && next.backupPeriodInHours !== PERIOD_WITH_START_TIME_HOURS) {
    throw badRequest(
      `backupPeriodInHours must be ${PERIOD_WITH_START_TIME_HOURS} while backupStartTime is defined (reset backupStartTime with null first)`,
    );
  }
  service.backupConfiguration = next;
  return backupConfigurationDto(next);
}

export const BACKUP_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  backupGetList: (ctx) => backupsOf(ctx.store, found(ctx, 'services').id).map((backup) => backupDto(backup, ctx.now)),
  backupGet: (ctx) => backupDto(found(ctx, 'backups'), ctx.now),
  backupConfigurationGet: (ctx) => backupConfigurationDto(found(ctx, 'services').backupConfiguration),
  backupConfigurationUpdate: updateBackupConfiguration,
};
