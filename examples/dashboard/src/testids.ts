/**
 * The stable `data-testid`s of the dashboard, shared by the app and its end-to-end test
 * (test/dashboard-e2e.test.ts). Rows and buttons are keyed by the upstream id (a ClickHouse
 * service UUID, a Divio environment id), which does not change across reloads.
 */
export const testIds = {
  connection: 'connection-status',
  servicesPanel: 'services-panel',
  servicesError: 'services-error',
  organization: (uuid: string) => `organization-${uuid}`,
  serviceRow: (uuid: string) => `service-${uuid}`,
  serviceName: (uuid: string) => `service-name-${uuid}`,
  serviceState: (uuid: string) => `service-state-${uuid}`,
  serviceBackup: (uuid: string) => `service-backup-${uuid}`,
  serviceMessage: (uuid: string) => `service-message-${uuid}`,
  stopService: (uuid: string) => `stop-service-${uuid}`,
  startService: (uuid: string) => `start-service-${uuid}`,
  applicationsPanel: 'applications-panel',
  applicationsError: 'applications-error',
  application: (uuid: string) => `application-${uuid}`,
  applicationName: (uuid: string) => `application-name-${uuid}`,
  environmentRow: (uuid: string) => `environment-${uuid}`,
  environmentSlug: (uuid: string) => `environment-slug-${uuid}`,
  lastDeployment: (uuid: string) => `last-deployment-${uuid}`,
  deploymentStatus: (uuid: string) => `deployment-status-${uuid}`,
  deployProgress: (uuid: string) => `deploy-progress-${uuid}`,
  deployMessage: (uuid: string) => `deploy-message-${uuid}`,
  deployEnvironment: (uuid: string) => `deploy-environment-${uuid}`,
} as const;
