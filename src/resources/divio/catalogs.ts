/**
 * Read-only catalogs shared by every application: hosting regions, the backing services one can
 * add, and the backup schedules and retention policies an environment can use. Small lists, so
 * any number of references to them costs one cached list call.
 */
import type { FieldSpec, ResourceDescription } from '../types.js';
import { SERVICE_TYPE } from './enums.js';

const CATALOG_TTL_MS = 300_000;

/** The fields every named catalog entry has (a backup policy, a backup schedule). */
function namedEntry(what: string, saying: string): FieldSpec[] {
  return [
    { key: 'name', type: 'String', description: `Display name of the ${what}.` },
    { key: 'identifier', type: 'String', description: `Stable machine name of the ${what}.` },
    { key: 'short_description', type: 'String', description: `One line saying ${saying}.` },
  ];
}

export const regions: ResourceDescription = {
  group: 'regions',
  type: 'Region',
  plural: 'regions',
  description: 'A Divio hosting region, with its unit prices for memory, disk and transfer.',
  operations: { list: 'ListRegions', get: 'GetRegion' },
  batch: 'catalog',
  ttlMs: CATALOG_TTL_MS,
  fields: [
    { key: 'name', type: 'String', description: 'Display name of the region.' },
    { key: 'short_name', type: 'String', description: 'Short code of the region.' },
    { key: 'short_description_html', type: 'String', description: 'A short HTML description for display.' },
    { key: 'icon_dark_mode', type: 'String', description: 'URL of the icon for dark backgrounds.' },
    { key: 'cloudspace_hash', type: 'String', description: 'Identifier of the cloud space the region runs on.' },
    { key: 'is_public', type: 'Boolean', description: 'Open to every organization.' },
    { key: 'is_default', type: 'Boolean', description: 'Chosen for new applications unless another is given.' },
    { key: 'ram_unit_size', type: 'Int', description: 'Memory in one billing unit.' },
    { key: 'ram_unit_price', type: 'String', description: 'Price of one memory unit (decimal text).' },
    { key: 'disk_unit_size', type: 'Int', description: 'Disk in one billing unit.' },
    { key: 'disk_unit_price', type: 'String', description: 'Price of one disk unit (decimal text).' },
    { key: 'transfer_unit_size', type: 'Int', description: 'Transfer in one billing unit.' },
    { key: 'transfer_unit_price', type: 'String', description: 'Price of one transfer unit (decimal text).' },
  ],
  filters: [
    { key: 'name', type: 'String', description: 'Only the region with this name.' },
    { key: 'organisation', type: 'DivioId', name: 'organizationId', description: 'Only regions open to this organization.' },
    { key: 'short_name', type: 'String', description: 'Only the region with this short name.' },
    { key: 'uuid', type: 'DivioId', name: 'ids', many: true, description: 'Only these regions.' },
  ],
};

export const services: ResourceDescription = {
  group: 'services',
  type: 'DivioService',
  plural: 'divioServices',
  description: 'A kind of backing service an environment can have (a database, storage, a search index, a queue).',
  operations: { list: 'ListServices', get: 'GetService' },
  batch: 'catalog',
  ttlMs: CATALOG_TTL_MS,
  fields: [
    { key: 'name', type: 'String', description: 'Display name, e.g. "PostgreSQL 15".' },
    { key: 'type', type: SERVICE_TYPE, description: 'What kind of service this is.' },
    { key: 'description', type: 'String', description: 'What the service offers.' },
    { key: 'is_backupable', type: 'Boolean', description: 'Its data is included in backups.' },
    { key: 'is_self_manageable', type: 'Boolean', description: 'Users can add and remove it themselves.' },
    { key: 'identifier', type: 'String', description: 'Stable machine name of the service.' },
    { key: 'requires_subscriptions', type: 'JSON', description: 'Subscriptions an application needs before it can use the service (free-form JSON: the API documents no shape).' },
  ],
  filters: [
    { key: 'identifier', type: 'String', description: 'Only the service with this identifier.' },
    { key: 'is_backupable', type: 'Boolean', description: 'Only services that are (or are not) backed up.' },
    { key: 'is_self_manageable', type: 'Boolean', description: 'Only services users can (or cannot) manage themselves.' },
    { key: 'name', type: 'String', description: 'Only the service with this name.' },
    { key: 'region', type: 'DivioId', name: 'regionIds', many: true, description: 'Only services offered in these regions.' },
    { key: 'type', type: SERVICE_TYPE, description: 'Only services of this kind.' },
    { key: 'website', type: 'DivioId', name: 'applicationId', description: 'Only services available to this application.' },
  ],
};

export const backupRetentionConfigurations: ResourceDescription = {
  group: 'backup-retention-configurations',
  type: 'BackupRetentionConfiguration',
  plural: 'backupRetentionConfigurations',
  description: 'A policy for how long backups are kept.',
  operations: { list: 'ListBackupRetentionConfigurations', get: 'GetBackupRetentionConfiguration' },
  batch: 'catalog',
  ttlMs: CATALOG_TTL_MS,
  fields: namedEntry('policy', 'how long backups are kept'),
};

export const scheduledBackupConfigurations: ResourceDescription = {
  group: 'scheduled-backup-configurations',
  type: 'ScheduledBackupConfiguration',
  plural: 'scheduledBackupConfigurations',
  description: 'A schedule on which an environment is backed up automatically, with the retention it applies.',
  operations: { list: 'ListScheduledBackupConfigurations', get: 'GetScheduledBackupConfiguration' },
  batch: 'catalog',
  ttlMs: CATALOG_TTL_MS,
  fields: [
    ...namedEntry('schedule', 'when backups are taken'),
    {
      key: 'retention_config',
      name: 'retentionConfiguration',
      type: { ref: 'BackupRetentionConfiguration' },
      description: 'How long the backups this schedule takes are kept.',
    },
  ],
};
