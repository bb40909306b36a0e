/**
 * Backup routes: list (newest first), one backup, and the backup configuration.
 */
import { backupConfigurationDto, backupDto } from './dto.js';
import { badRequest, notFound } from '../core/error.js';
import { param, requireService, type Route, type RouteContext } from './router.js';
import { DEFAULT_BACKUP_CONFIGURATION } from './seed.js';
import { backupsOf } from './state.js';
import type { BackupConfigurationRecord } from './types.js';
import {
  optionalInteger,
  optionalString,
  validateBackupPeriod,
  validateBackupRetention,
  validateBackupStartTime,
} from './validation.js';

const SERVICE = '/v1/organizations/:organizationId/services/:serviceId';
/** "When [backupStartTime is] defined the backup period resets to every 24 hours." */
const PERIOD_WITH_START_TIME_HOURS = 24;

function getBackup(ctx: RouteContext) {
  const service = requireService(ctx);
  const backupId = param(ctx, 'backupId');
  const backup = ctx.store.get('backups', backupId);
  if (backup === undefined || backup.serviceId !== service.id) {
    throw notFound(`Backup ${backupId} not found for service ${service.id}`);
  }
  return backupDto(backup, ctx.now);
}

/**
 * A `null` resets that field to its default. Defining `backupStartTime` resets the
 * period to 24 hours; asking for another period while a start time stays defined is
 * a contradiction and answers 400 rather than silently dropping one of the two.
 */
function patchBackupConfiguration(ctx: RouteContext) {
  const service = requireService(ctx);
  const { body } = ctx;
  const next: BackupConfigurationRecord = { ...service.backupConfiguration };

  if (body.backupPeriodInHours === null) next.backupPeriodInHours = DEFAULT_BACKUP_CONFIGURATION.backupPeriodInHours;
  const period = body.backupPeriodInHours === null ? undefined : optionalInteger(body, 'backupPeriodInHours');
  if (period !== undefined) next.backupPeriodInHours = validateBackupPeriod(period);

  if (body.backupRetentionPeriodInHours === null) {
    next.backupRetentionPeriodInHours = DEFAULT_BACKUP_CONFIGURATION.backupRetentionPeriodInHours;
  }
  const retention =
    body.backupRetentionPeriodInHours === null ? undefined : optionalInteger(body, 'backupRetentionPeriodInHours');
  if (retention !== undefined) next.backupRetentionPeriodInHours = validateBackupRetention(retention);

  if (body.backupStartTime === null) next.backupStartTime = DEFAULT_BACKUP_CONFIGURATION.backupStartTime;
  const startTime = body.backupStartTime === null ? undefined : optionalString(body, 'backupStartTime');
  if (startTime !== undefined) {
    next.backupStartTime = validateBackupStartTime(startTime);
    if (period === undefined) next.backupPeriodInHours = PERIOD_WITH_START_TIME_HOURS;
  }

  if (next.backupStartTime !== null && next.backupPeriodInHours !== PERIOD_WITH_START_TIME_HOURS) {
    throw badRequest(
      `backupPeriodInHours must be ${PERIOD_WITH_START_TIME_HOURS} while backupStartTime is defined (reset backupStartTime with null first)`,
    );
  }
  service.backupConfiguration = next;
  return backupConfigurationDto(next);
}

export const backupRoutes: Route[] = [
  {
    pattern: `${SERVICE}/backups`,
    methods: {
      GET: (ctx) => backupsOf(ctx.store, requireService(ctx).id).map((backup) => backupDto(backup, ctx.now)),
    },
  },
  { pattern: `${SERVICE}/backups/:backupId`, methods: { GET: getBackup } },
  {
    pattern: `${SERVICE}/backupConfiguration`,
    methods: {
      GET: (ctx) => backupConfigurationDto(requireService(ctx).backupConfiguration),
      PATCH: patchBackupConfiguration,
    },
  },
];
