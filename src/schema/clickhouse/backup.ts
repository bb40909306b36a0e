/**
 * Backup: a service's backups (most recent first), its backup configuration and private endpoint
 * configuration, and updateBackupConfiguration. A service's backups come from one list call per
 * service; the per-request loader puts the lists of all services in flight together.
 */
import { services } from '../../resources/clickhouse/index.js';
import type { ViewSpec } from '../../resources/types.js';
const viewOf = (path: string): ViewSpec => services.views!.find((view) => view.path === path)!;
import { builder } from '../../builder.js';
import type { BackupRecord } from '../../gateway-types.js';
import type { BackupConfigurationDto, PrivateEndpointConfigDto } from '../../upstream/clickhouse/types.js';
import { connectionFromArray, withTotalCount } from '../connections.js';
import { FieldErrors, typedResult, withTypedErrors } from '../errors.js';
import { notFoundError } from '../../graphql-errors.js';
import { backupKey, serviceKey, splitKey } from '../node-ids.js';
import { BackupStatusEnum, BackupTypeEnum, toUpstreamValue } from './enums.js';
import { ServiceRef } from './service.js';
import { resolveService, serviceReference } from './service-input.js';
import { clickhouseCalls } from '../operation-names.js';
import { BACKUP_RETENTION_HOURS, BACKUP_START_TIME, MIN_BACKUP_PERIOD_HOURS } from '../../resources/clickhouse/input-rules.js';

export const BackupRef = builder.loadableNodeRef('Backup', {
  id: { resolve: (backup: BackupRecord) => backupKey(backup.organizationId, backup.serviceId, backup.id) },
  toKey: (backup: BackupRecord) => backupKey(backup.organizationId, backup.serviceId, backup.id),
  cacheResolved: true,
  load: (keys: string[], context) =>
    Promise.all(
      keys.map(async (key) => {
        const parts = splitKey(key, 3);
        if (!parts) return notFoundError('Backup', key);
        const [organizationId, serviceId, backupId] = parts as [string, string, string];
        try {
          const backups = await context.loaders.backupsByService.load(serviceKey(organizationId, serviceId));
          return backups.find((backup) => backup.id === backupId) ?? notFoundError('Backup', backupId);
        } catch (error) {
          return error as Error;
        }
      }),
    ),
});

BackupRef.implement({
  description: 'A backup of a ClickHouse Cloud service.',
  fields: (t) => ({
    uuid: t.field({ type: 'UUID', description: 'The ClickHouse Cloud backup id, as createService takes it in backupId.', resolve: (backup) => backup.id }),
    status: t.field({
      type: BackupStatusEnum.ref,
      description: 'Whether the backup is still running, done or failed; UNKNOWN for a status this gateway does not know yet.',
      resolve: (backup) => BackupStatusEnum.fromUpstream(backup.status),
    }),
    type: t.field({
      type: BackupTypeEnum.ref,
      nullable: true,
      description: 'Full or incremental; null when the upstream does not say.',
      resolve: (backup) => (backup.type === undefined ? null : BackupTypeEnum.fromUpstream(backup.type)),
    }),
    startedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the backup started; null when the upstream does not say.', resolve: (backup) => backup.startedAt ?? null }),
    finishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the backup finished; null while it is in progress.',
      resolve: (backup) => backup.finishedAt ?? null,
    }),
    sizeInBytes: t.field({ type: 'SafeInt', nullable: true, description: 'Size of the backup in bytes; null when the upstream does not say.', resolve: (backup) => backup.sizeInBytes ?? null }),
    durationInSeconds: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'How long the backup took, in whole seconds (while in progress: time since it started); null when the upstream does not say.',
      resolve: (backup) => (backup.durationInSeconds === undefined ? null : Math.round(backup.durationInSeconds)),
    }),
    service: t.field({ extensions: clickhouseCalls('instanceGetList'), type: ServiceRef, description: 'The service this is a backup of.', resolve: (backup) => serviceKey(backup.organizationId, backup.serviceId) }),
  }),
});

const BackupConfigurationRef = builder.objectRef<BackupConfigurationDto>('BackupConfiguration').implement({
  description: 'When and how long a service is backed up.',
  fields: (t) => ({
    backupPeriodInHours: t.exposeInt('backupPeriodInHours', { nullable: true, description: 'Hours between two backups; null when the upstream does not say.' }),
    backupRetentionPeriodInHours: t.exposeInt('backupRetentionPeriodInHours', {
      nullable: true,
      description: 'Least time each backup is kept, in hours: whole days from 24 to 1080 (45 days); null when the upstream does not say.',
    }),
    backupStartTime: t.exposeString('backupStartTime', {
      nullable: true,
      description: 'HH:MM in UTC; when set, backups run every 24 hours from then.',
    }),
  }),
});

const PrivateEndpointConfigRef = builder.objectRef<PrivateEndpointConfigDto>('PrivateEndpointConfig').implement({
  description: 'What is needed to set up a private endpoint to the service.',
  fields: (t) => ({
    endpointServiceId: t.exposeString('endpointServiceId', {
      nullable: true,
      description: "The service to create your interface endpoint against: the AWS service name, GCP target service or Azure Private Link service; null when the upstream gives none.",
    }),
    privateDnsHostname: t.exposeString('privateDnsHostname', {
      nullable: true,
      description: 'The host name clients in your VPC use to reach the service privately; null when the upstream gives none.',
    }),
  }),
});

const BackupFilter = builder.inputType('BackupFilter', {
  description: 'Keeps backups matching every given criterion.',
  fields: (t) => ({ status: t.field({ type: [BackupStatusEnum.ref], description: 'Only backups with one of these statuses.' }) }),
});

builder.objectFields(ServiceRef, (t) => ({
  backups: t.connection(
    {
      type: BackupRef,
      extensions: clickhouseCalls('backupGetList'),
      nullable: true,
      description: 'Backups of the service, most recent first; null (with a coded error) only when the upstream list call fails.',
      args: { filter: t.arg({ type: BackupFilter, description: 'Only backups matching all of these; all backups without it.' }) },
      resolve: async (service, args, context) => {
        const backups = await context.loaders.backupsByService.load(serviceKey(service.organizationId, service.id));
        const statuses = args.filter?.status?.map(toUpstreamValue);
        const kept = statuses && statuses.length > 0 ? backups.filter((b) => statuses.includes(b.status)) : backups;
        return connectionFromArray(kept, args);
      },
    },
    { name: 'BackupConnection', ...withTotalCount },
    { name: 'BackupEdge' },
  ),
  backup: t.field({
    type: BackupRef,
    extensions: clickhouseCalls('backupGetList'),
    nullable: true,
    description: 'One backup of this service; null with a NOT_FOUND error when it has no such backup.',
    args: { uuid: t.arg({ type: 'UUID', required: true, description: 'The ClickHouse Cloud backup id (Backup.uuid).' }) },
    resolve: (service, args) => backupKey(service.organizationId, service.id, args.uuid),
  }),
  latestBackup: t.field({
    type: BackupRef,
    extensions: clickhouseCalls('backupGetList'),
    nullable: true,
    description: 'The most recent backup (possibly still in progress); null when there is none.',
    resolve: async (service, _args, context) => {
      const backups = await context.loaders.backupsByService.load(serviceKey(service.organizationId, service.id));
      return backups[0] ?? null;
    },
  }),
  backupConfiguration: t.field({
    type: BackupConfigurationRef,
    extensions: clickhouseCalls('backupConfigurationGet'),
    nullable: true,
    description: 'How often the service is backed up and how long backups are kept; null (with a coded error) when the upstream call fails.',
    resolve: (service, _args, context) =>
      context.clickhouse().view(services, viewOf('backupConfiguration'), [service.organizationId, service.id]) as Promise<BackupConfigurationDto>,
  }),
  privateEndpointConfig: t.field({
    type: PrivateEndpointConfigRef,
    extensions: clickhouseCalls('instancePrivateEndpointConfigGet'),
    nullable: true,
    description: 'What you need to connect to the service over a private endpoint; null (with a coded error) when the upstream call fails.',
    resolve: (service, _args, context) =>
      context.clickhouse().view(services, viewOf('privateEndpointConfig'), [service.organizationId, service.id]) as Promise<PrivateEndpointConfigDto>,
  }),
}));

const UpdateBackupConfigurationInput = builder.inputType('UpdateBackupConfigurationInput', {
  description: 'Fields left out are unchanged; a field set to null is reset to its default.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id of the service.' }),
    backupPeriodInHours: t.int({ description: 'Hours between two backups, at least 1.' }),
    backupRetentionPeriodInHours: t.int({ description: `Least time each backup is kept, in hours: a multiple of ${BACKUP_RETENTION_HOURS.step} from ${BACKUP_RETENTION_HOURS.min} to ${BACKUP_RETENTION_HOURS.max} (${BACKUP_RETENTION_HOURS.max / 24} days).` }),
    backupStartTime: t.string({ description: 'HH:MM (UTC).' }),
  }),
});

const UpdateBackupConfigurationPayload = builder
  .objectRef<{ serviceKey: string; backupConfiguration: BackupConfigurationDto }>('UpdateBackupConfigurationPayload')
  .implement({
    description: 'What updateBackupConfiguration did.',
    fields: (t) => ({
      service: t.field({ type: ServiceRef, description: 'The service whose backups were configured.', resolve: (payload) => payload.serviceKey }),
      backupConfiguration: t.field({
        type: BackupConfigurationRef,
        description: 'The backup configuration as the upstream returned it after the change.',
        resolve: (payload) => payload.backupConfiguration,
      }),
    }),
  });


function present<T>(input: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(input, key) && (input as Record<string, T>)[key] !== undefined;
}

builder.mutationField('updateBackupConfiguration', (t) =>
  t.field({
    type: UpdateBackupConfigurationPayload,
    extensions: clickhouseCalls('backupConfigurationUpdate'),
    description: 'Changes how often a service is backed up, how long backups are kept, or when they start.',
    errors: typedResult('UpdateBackupConfigurationResult'),
    args: { input: t.arg({ type: UpdateBackupConfigurationInput, required: true, description: 'The service and the backup settings to change.' }) },
    resolve: (_root, { input }, context) =>
      withTypedErrors(async () => {
        const reference = serviceReference(String(input.id));
        const errors = new FieldErrors();
        const { backupPeriodInHours: period, backupRetentionPeriodInHours: retention, backupStartTime: start } = input;
        if (period != null && period < MIN_BACKUP_PERIOD_HOURS) errors.add('backupPeriodInHours', 'must be a positive number of hours');
        if (
          retention != null &&
          (retention < BACKUP_RETENTION_HOURS.min || retention > BACKUP_RETENTION_HOURS.max || retention % BACKUP_RETENTION_HOURS.step !== 0)
        ) {
          errors.add('backupRetentionPeriodInHours', 'must be a whole number of days: a multiple of 24 from 24 to 1080');
        }
        if (start != null && !BACKUP_START_TIME.test(start)) errors.add('backupStartTime', 'must be HH:MM (UTC), 00:00 to 23:59');
        const fields = ['backupPeriodInHours', 'backupRetentionPeriodInHours', 'backupStartTime'] as const;
        const body = Object.fromEntries(fields.filter((f) => present(input, f)).map((f) => [f, input[f] ?? null]));
        if (Object.keys(body).length === 0) errors.add('input', 'nothing to update: give at least one backup setting');
        errors.throwIfAny();
        const { organizationId, serviceId } = await resolveService(context, reference);
        const backupConfiguration = (await context.clickhouse().updateView(services, viewOf('backupConfiguration'), [organizationId, serviceId], body)) as BackupConfigurationDto;
        return { serviceKey: serviceKey(organizationId, serviceId), backupConfiguration };
      }),
  }),
);
