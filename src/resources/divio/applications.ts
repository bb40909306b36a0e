/**
 * Divio applications: the top of the Divio graph. Listed with many filters; any number of lookups
 * by id cost one list call with repeated `uuid`.
 */
import type { ActionSpec, InputSpec, ResourceDescription } from '../types.js';
import { APPLICATION_ORDER, COPY_MODE, COPY_TYPE } from './enums.js';

const INT32_MAX = 2_147_483_647;
/** Django's SlugField, as CreateApplication and CreateEnvironment take slugs. */
export const SLUG_PATTERN = { source: '[-a-zA-Z0-9_]+', message: 'may contain only letters, digits, - and _' } as const;

const SETTINGS: readonly InputSpec[] = [
  { key: 'maintenance_window_start', type: 'Int', min: 0, max: INT32_MAX, description: 'Start of the weekly maintenance window, in seconds from Monday 00:00 UTC.' },
  { key: 'maintenance_window_duration', type: 'Int', min: 0, max: INT32_MAX, description: 'Length of the maintenance window, in seconds.' },
  { key: 'release_commands', type: { list: 'JSON' }, description: 'Commands run before each release, as the API takes them (free-form JSON: the API documents no shape).' },
  { key: 'port', type: 'Int', min: 0, max: INT32_MAX, nullable: true, description: 'Port the application listens on; null for the default.' },
  { key: 'startup_probe_max_retries', type: 'Int', min: 1, max: 1000, description: 'Start-up probes tried before the container counts as failed.' },
  { key: 'startup_probe_request_timeout', type: 'Int', min: 1, max: 60, description: 'Seconds one start-up probe may take.' },
  { key: 'startup_probe_retry_timeout', type: 'Int', min: 1, max: 600, description: 'Seconds between start-up probes.' },
  { key: 'tags', type: { list: 'JSON' }, maxItems: 50, description: 'Labels of the application, as the API takes them (free-form JSON: the API documents no shape).' },
];

/** Images users upload for an application (multipart, like any DRF file field). */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

const APPLICATION_MEDIA_ACTIONS: ActionSpec[] = [
  {
    operation: 'UploadApplicationAvatar',
    path: 'avatar',
    description: "Uploads the application's avatar image; the payload's application shows it in avatars.",
    input: [{ key: 'file', type: 'File', required: true, mediaTypes: IMAGE_TYPES, description: 'The image.' }],
    guessed: true,
  },
  { operation: 'DeleteApplicationAvatar', path: 'avatar', method: 'DELETE', description: "Removes the application's avatar.", guessed: true },
  {
    operation: 'UploadApplicationScreenshot',
    path: 'screenshot',
    description: 'Uploads a screenshot of the site to show instead of the taken ones; the payload shows it in customScreenshots.',
    input: [{ key: 'file', type: 'File', required: true, mediaTypes: IMAGE_TYPES, description: 'The image.' }],
    guessed: true,
  },
  { operation: 'DeleteApplicationScreenshot', path: 'screenshot', method: 'DELETE', description: 'Removes the uploaded screenshot.', guessed: true },
];

/** An application copied, moved to another organization, or moved to its own Git repository. */
const APPLICATION_MOVES: ActionSpec[] = [
  {
    operation: 'CopyApplication',
    path: 'copy',
    description: 'Copies the application (a fork or a mirror) into an organization; the payload is the copy.',
    input: [
      { key: 'target_name', type: 'String', required: true, maxLength: 255, description: 'Name of the copy.' },
      { key: 'target_organisation', name: 'targetOrganizationId', type: 'DivioId', required: true, description: 'The organization to create the copy in.' },
      { key: 'type', type: COPY_MODE, required: true, description: 'A fork (goes its own way) or a mirror (kept in step).' },
    ],
    payloadObject: 'response',
    guessed: true,
  },
  {
    operation: 'TransferApplication',
    path: 'transfer',
    description: 'Moves the application to another organization these credentials belong to.',
    input: [{ key: 'organisation', name: 'organizationId', type: 'DivioId', required: true, description: 'The organization to move it to.' }],
    invalidates: ['environments', 'deployments'],
    guessed: true,
  },
  {
    operation: 'MigrateApplicationToExternalRepository',
    path: 'migrate-to-external-repository',
    description: "Moves the application's code to a repository of your own, which it then deploys from.",
    input: [{ key: 'repository', type: { ref: 'Repository' }, required: true, description: 'The repository to move the code to.' }],
    result: [
      { key: 'status', type: 'Boolean', description: 'Whether it worked.' },
      { key: 'message', type: 'String', description: 'What happened, for a person.' },
      { key: 'code', type: 'String', description: 'What happened, for a program.' },
    ],
    invalidates: ['repositories'],
    guessed: true,
  },
];

export const applications: ResourceDescription = {
  group: 'applications',
  type: 'Application',
  plural: 'applications',
  description: 'A Divio application: code, settings and the environments it runs in.',
  operations: {
    list: 'ListApplications',
    get: 'GetApplication',
    create: 'CreateApplication',
    update: 'UpdateApplication',
    partialUpdate: 'PartialUpdateApplication',
  },
  batch: 'filter',
  ttlMs: 30_000,
  filters: [
    { key: 'avatar_sizes', type: 'String', description: 'Avatar sizes to render, as the API takes them.' },
    { key: 'copied_from', type: { ref: 'Application' }, description: 'Only copies of this application.' },
    { key: 'copy_type', type: COPY_TYPE, description: 'Only copies of this kind.' },
    { key: 'has_bugs', type: 'Boolean', description: 'Only applications with (or without) known problems.' },
    { key: 'is_mirror', type: 'Boolean', description: 'Only mirrors (or only non-mirrors).' },
    { key: 'is_suspended', type: 'Boolean', description: 'Only suspended (or only active) applications.' },
    { key: 'is_undergoing_maintenance', type: 'Boolean', description: 'Only applications in (or out of) maintenance.' },
    { key: 'name_search', type: 'String', description: 'Case-insensitive part of the name.' },
    { key: 'o', name: 'orderBy', type: APPLICATION_ORDER, many: true, argument: true, description: 'Upstream ordering; default by name.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'Only applications of this Divio organization.' },
    { key: 'requires_migration', type: 'Boolean', description: 'Only applications that need (or do not need) a migration.' },
    { key: 'screenshot_sizes', type: 'String', description: 'Screenshot sizes to render, as the API takes them.' },
    { key: 'slug', type: 'String', description: 'Only the application with this slug.' },
    { key: 'tags', type: 'String', description: 'Only applications with this tag.' },
    { key: 'uuid', type: 'DivioId', name: 'ids', many: true, description: 'Only these applications.' },
  ],
  fields: [
    { key: 'name', type: 'String', nonNull: true, description: 'Display name.' },
    { key: 'slug', type: 'String', nonNull: true, description: 'Short name used in URLs and domains.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'The Divio organization that owns it (Divio spells it organisation).' },
    { key: 'region', type: { ref: 'Region' }, description: 'The region the application is hosted in.' },
    { key: 'repository', type: { ref: 'Repository' }, description: 'The Git repository the application deploys from.' },
    { key: 'branch', type: 'String', description: 'The Git branch deployed by default.' },
    { key: 'screenshots', type: 'JSON', description: 'Screenshots of the site, by size (free-form JSON: the API documents no shape).' },
    { key: 'custom_screenshots', type: 'JSON', description: 'Screenshots uploaded by users, by size (free-form JSON: the API documents no shape).' },
    { key: 'avatars', type: 'JSON', description: 'Avatar images, by size (free-form JSON: the API documents no shape).' },
    { key: 'is_suspended', type: 'Boolean', description: 'Suspended: its environments do not serve.' },
    { key: 'suspended_reason', type: 'String', description: 'Why it is suspended.' },
    { key: 'is_undergoing_maintenance', type: 'Boolean', description: 'Divio is maintaining it right now.' },
    { key: 'maintenance_reason', type: 'String', description: 'Why it is in maintenance.' },
    { key: 'copy_type', type: COPY_TYPE, description: 'How it was copied from another application, if it was.' },
    { key: 'is_repository_read_only', type: 'Boolean', description: 'Its repository cannot be pushed to.' },
    { key: 'release_commands', type: 'JSON', description: 'Commands run before each release (free-form JSON: the API documents no shape).' },
    { key: 'has_annotations', type: 'Boolean', description: 'Divio has attached notes to it.' },
    { key: 'updates_available', type: 'Boolean', description: 'Newer base images or addons are available.' },
    { key: 'created_at', type: 'DateTime', description: 'When it was created.' },
    { key: 'active_subscription', name: 'activeSubscription', type: 'DivioId', description: 'The subscription it is billed under.' },
    { key: 'tags', type: 'JSON', description: 'Its labels (free-form JSON: the API documents no shape).' },
    { key: 'on_free_trial', type: 'Boolean', description: 'Running on a free trial.' },
    { key: 'free_trial_days_left', type: 'Int', description: 'Days left of the free trial.' },
    { key: 'copied_from', type: { ref: 'Application' }, description: 'The application it was copied from.' },
    { key: 'screenshot_taken_at', type: 'DateTime', description: 'When the last screenshot was taken.' },
    { key: 'maintenance_window_start', type: 'Int', description: 'Start of the weekly maintenance window, in seconds from Monday 00:00 UTC.' },
    { key: 'maintenance_window_duration', type: 'Int', description: 'Length of the maintenance window, in seconds.' },
    { key: 'unconfirmed_subscription', name: 'unconfirmedSubscription', type: 'DivioId', description: 'A subscription change not confirmed yet.' },
    { key: 'support_level', type: 'String', description: 'The support plan.' },
    { key: 'mirrors_count', type: 'Int', description: 'How many mirrors it has.' },
    { key: 'upcoming_maintenances_count', type: 'Int', description: 'Maintenance runs planned for it.' },
    { key: 'port', type: 'Int', description: 'Port the application listens on.' },
    { key: 'startup_probe_max_retries', type: 'Int', description: 'Start-up probes tried before the container counts as failed.' },
    { key: 'startup_probe_request_timeout', type: 'Int', description: 'Seconds one start-up probe may take.' },
    { key: 'startup_probe_retry_timeout', type: 'Int', description: 'Seconds between start-up probes.' },
    { key: 'requires_migration', type: 'Boolean', description: 'It must be migrated before the next deployment.' },
    { key: 'requires_migration_to', name: 'requiresMigrationTo', type: 'DivioId', description: 'What it must be migrated to.' },
    { key: 'is_locked', type: 'Boolean', description: 'Changes are locked.' },
    { key: 'features', type: 'JSON', description: 'Features enabled for it (free-form JSON: the API documents no shape).' },
    { key: 'permissions', type: 'JSON', description: 'What these credentials may do with it (free-form JSON: the API documents no shape).' },
    { key: 'can_add_environment', type: 'Boolean', description: 'Another environment may be added.' },
  ],
  create: [
    { key: 'name', type: 'String', required: true, maxLength: 255, description: 'Display name.' },
    { key: 'region', type: 'DivioId', required: true, description: 'The region to host it in (a Region id).' },
    { key: 'app_template', type: 'String', url: true, nullable: true, description: 'URL of an app template to start from.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', required: true, description: 'The Divio organization to create it in.' },
    { key: 'plan_group', type: 'DivioId', required: true, description: 'The plan group to bill it under.' },
    { key: 'repository', type: 'DivioId', nullable: true, description: 'A repository to deploy from; default: a new Divio-hosted one.' },
    { key: 'branch', type: 'String', maxLength: 255, description: 'The branch to deploy; default main.' },
    { key: 'repository_prepopulated', type: 'Boolean', description: 'The repository already holds the application code.' },
    { key: 'release_commands', type: { list: 'JSON' }, description: 'Commands run before each release (free-form JSON: the API documents no shape).' },
    { key: 'slug', type: 'String', required: true, maxLength: 255, pattern: SLUG_PATTERN, description: 'Short name used in URLs and domains.' },
    { key: 'tags', type: { list: 'JSON' }, maxItems: 50, description: 'Labels of the application (free-form JSON: the API documents no shape).' },
    { key: 'disk', type: 'Int', min: 0, max: INT32_MAX, description: 'Disk to reserve.' },
    { key: 'transfer', type: 'Int', min: 0, max: INT32_MAX, description: 'Transfer to reserve.' },
    { key: 'container_structure', type: 'JSON', description: 'Containers to run, as the API takes them (free-form JSON: the API documents no shape).' },
    { key: 'billable_service_subscriptions', type: 'JSON', description: 'Service subscriptions to add, as the API takes them (free-form JSON: the API documents no shape).' },
  ],
  update: [{ key: 'name', type: 'String', maxLength: 255, description: 'Display name.' }, ...SETTINGS],
  invalidates: ['environments', 'deployments'],
  actions: [
    {
      operation: 'ArchiveApplication',
      path: 'archive',
      description: "Archives the application after checking verifyName against its name.",
      input: [
        { key: 'verify_name', type: 'String', required: true, description: "The application's exact name, to confirm." },
        { key: 'delete_immediately', type: 'Boolean', description: 'Delete right away instead of after the grace period.' },
      ],
      confirms: { input: 'verify_name', field: 'name' },
      payloadObject: 'none',
      result: [
        { key: 'status', type: 'Boolean', description: 'Whether the upstream archived it.' },
        { key: 'message', type: 'String', description: 'What the upstream said.' },
        { key: 'code', type: 'String', description: 'The upstream outcome code.' },
      ],
      invalidates: ['environments', 'deployments'],
      guessed: true,
    },
    ...APPLICATION_MEDIA_ACTIONS,
    ...APPLICATION_MOVES,
  ],
};
