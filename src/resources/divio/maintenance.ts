/**
 * Work Divio does on an application: maintenance runs (upcoming, run on demand, skipped or
 * cancelled, followed to completion) and the image builds its deployments come from.
 */
import type { EnumType, ResourceDescription } from '../types.js';

export const MAINTENANCE_STATUS: EnumType = {
  enum: 'MaintenanceRunStatus',
  values: ['UPCOMING', 'QUEUED', 'RUNNING', 'COMPLETED'],
  inputOnly: true,
  description: 'Where a maintenance run stands.',
  meanings: {
    UPCOMING: 'Planned for its window; it may be run early or skipped.',
    QUEUED: 'Asked to run; waiting for a worker.',
    RUNNING: 'Running now.',
    COMPLETED: 'Done.',
  },
};

export const maintenanceRuns: ResourceDescription = {
  group: 'maintenance-runs',
  type: 'MaintenanceRun',
  plural: 'maintenanceRuns',
  description: 'A maintenance task Divio runs on an application (an upgrade, a migration), in a window or on demand.',
  operations: { list: 'ListMaintenanceRuns', get: 'GetMaintenanceRun' },
  batch: 'each',
  ttlMs: 5_000,
  parent: { type: 'Application', filter: 'website', field: 'maintenanceRuns', description: 'The maintenance runs of this application.' },
  filters: [
    { key: 'status', type: MAINTENANCE_STATUS, description: 'Only runs in this state.' },
    { key: 'website', type: 'String', name: 'applicationId', description: 'Only runs of this application (its id).' },
  ],
  fields: [
    { key: 'pk', type: 'Int', description: 'Numeric id of the run.' },
    { key: 'application', type: { ref: 'Application' }, description: 'The application it maintains.' },
    { key: 'website', name: 'websiteId', type: 'Int', description: 'Numeric id of the application.' },
    { key: 'runbook', type: 'JSON', description: 'What the run does, step by step (free-form JSON: the API documents no shape).' },
    { key: 'can_run', type: 'Boolean', description: 'It may be run now (runMaintenanceRun).' },
    { key: 'can_skip', type: 'Boolean', description: 'It may be skipped (skipMaintenanceRun).' },
    { key: 'can_cancel', type: 'Boolean', description: 'It may be cancelled (cancelMaintenanceRun).' },
    { key: 'estimated_execution_time', type: 'String', description: 'How long it is expected to take, as text.' },
    { key: 'running', type: 'Boolean', description: 'Running now.' },
    { key: 'completed', type: 'Boolean', description: 'Done.' },
    { key: 'window', type: 'JSON', description: 'The maintenance window of the application (free-form JSON: the API documents no shape).' },
    { key: 'scheduled_window', type: 'JSON', description: 'When it is planned to run (free-form JSON: the API documents no shape).' },
    { key: 'execution_window', type: 'JSON', description: 'When it actually ran (free-form JSON: the API documents no shape).' },
    { key: 'logs', type: { list: 'JSON' }, description: 'What it logged while running (free-form JSON: the API documents no shape).' },
  ],
  invalidates: ['applications'],
  actions: [
    { operation: 'RunMaintenanceRun', path: 'run', description: 'Runs it now instead of in its window.', guessed: true },
    { operation: 'SkipMaintenanceRun', path: 'skip', description: 'Skips it: it will not run.', guessed: true },
    { operation: 'CancelMaintenanceRun', path: 'cancel', description: 'Cancels it while it is queued.', guessed: true },
  ],
  progress: { subscription: 'maintenanceRunUpdated', doneWhen: { key: 'completed', values: [true] } },
};

export const builds: ResourceDescription = {
  group: 'builds',
  type: 'Build',
  plural: 'builds',
  description: 'The build of an image from one commit of an application, which its deployments run.',
  operations: { list: 'ListBuilds', get: 'GetBuild' },
  // No filter: a credential's builds are one list, loaded once and shared (Deployment.build).
  batch: 'catalog',
  ttlMs: 10_000,
  order: { key: 'start', descending: true },
  fields: [
    { key: 'repository', type: { ref: 'Repository' }, description: 'The repository it was built from.' },
    { key: 'website', name: 'application', type: { ref: 'Application' }, description: 'The application it was built for.' },
    { key: 'build_type', type: 'String', description: 'How it was built, e.g. DOCKER.' },
    { key: 'start', type: 'DateTime', description: 'When it started.' },
    { key: 'end', type: 'DateTime', description: 'When it ended; null while building.' },
    { key: 'git_commit', type: 'String', description: 'The commit it was built from.' },
    { key: 'docker_image', type: 'String', description: 'The image it produced.' },
  ],
  actions: [
    {
      operation: 'PostBuildCloudevent',
      path: 'cloudevent',
      description: "Divio's own build system's callback, not a user action: it records an event of the build (a CloudEvent) as if the build system sent it. Only for tooling that stands in for that build system.",
      input: [{ key: '*', name: 'event', type: 'JSON', description: 'The CloudEvent, as a JSON object (specversion, type, source, id, data).' }],
      guessed: true,
    },
  ],
};
