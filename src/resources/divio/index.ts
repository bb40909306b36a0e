/**
 * Every Divio resource group described as data, in one list the interpreters read.
 */
import type { ResourceDescription } from '../types.js';
import { applications } from './applications.js';
import { deployments, environments } from './environments.js';
import { backupDownloadServiceInstances, backupDownloads, backupRestores, serviceInstanceBackupRestores } from './backup-transfers.js';
import { backups, serviceInstanceBackups, serviceInstances } from './backups.js';
import { backupRetentionConfigurations, regions, scheduledBackupConfigurations, services } from './catalogs.js';
import { domains, environmentVariables } from './domains.js';
import { charges, invoiceItems, invoices, licenses } from './billing.js';
import { cronjobs } from './automation.js';
import { builds, maintenanceRuns } from './maintenance.js';
import { containerRegistries, repositories, webhooks } from './repositories.js';
import { applicationActivities, appTemplates, countries, environmentMetricMetadata } from './catalogs-extra.js';

export const DIVIO_RESOURCES: readonly ResourceDescription[] = [
  applications,
  environments,
  deployments,
  regions,
  services,
  backupRetentionConfigurations,
  scheduledBackupConfigurations,
  backups,
  serviceInstanceBackups,
  serviceInstances,
  backupDownloads,
  backupDownloadServiceInstances,
  backupRestores,
  serviceInstanceBackupRestores,
  domains,
  environmentVariables,
  invoices,
  invoiceItems,
  charges,
  licenses,
  countries,
  appTemplates,
  environmentMetricMetadata,
  applicationActivities,
  repositories,
  webhooks,
  containerRegistries,
  cronjobs,
  maintenanceRuns,
  builds,
];

/** The description of a group, by its GraphQL type name or its path segment. */
export function divioResource(typeOrGroup: string): ResourceDescription | undefined {
  return DIVIO_RESOURCES.find((resource) => resource.type === typeOrGroup || resource.group === typeOrGroup);
}
