/**
 * Application: Divio applications, `applications` / `application(uuid)`, and the application
 * mutations. Applications are loaded in batches by uuid: any number of `application(uuid:)`
 * lookups in one operation cost one list call with repeated `uuid` filters.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import type { ApplicationDto } from '../../upstream/divio/types.js';
import { connectionFromArray, withTotalCount } from '../connections.js';
import { FieldErrors, typedResult } from '../errors.js';
import { notFoundError } from '../node-ids.js';
import { isDivioId } from '../scalars.js';
import { divioIdFromInput, withDivioTypedErrors } from './ids.js';
import { rawFields, type RawField } from './raw-fields.js';
import { checkApplicationUpdate, checkLength, checkSlug, SLUG_PATTERN } from './validation.js';

/** uuids per list call: keeps URLs far below common 8 KB limits (a uuid filter costs ~42 bytes). */
const UUIDS_PER_CALL = 50;

export const ApplicationRef = builder.loadableNodeRef('Application', {
  id: { resolve: (application: ApplicationDto) => application.uuid },
  toKey: (application: ApplicationDto) => application.uuid,
  cacheResolved: true,
  load: async (uuids: string[], context) => {
    const wanted = uuids.map((uuid) => uuid.toLowerCase());
    const valid = [...new Set(wanted.filter(isDivioId))];
    const found = new Map<string, ApplicationDto>();
    try {
      const chunks = Array.from({ length: Math.ceil(valid.length / UUIDS_PER_CALL) }, (_, i) =>
        valid.slice(i * UUIDS_PER_CALL, (i + 1) * UUIDS_PER_CALL),
      );
      const lists = await Promise.all(chunks.map((chunk) => context.divio().listApplications({ uuid: chunk })));
      for (const application of lists.flatMap((list) => list?.items ?? [])) found.set(application.uuid, application);
    } catch (error) {
      return wanted.map(() => error as Error);
    }
    return wanted.map((uuid) => found.get(uuid) ?? notFoundError('Application', uuid));
  },
});

const APPLICATION_FIELDS: readonly RawField[] = [
  ['organisationId', 'organisation', 'DivioId', 'The owning Divio organisation.'],
  ['repository', 'repository', 'DivioId'],
  ['branch', 'branch', 'String'],
  ['createdAt', 'created_at', 'DateTime'],
  ['isSuspended', 'is_suspended', 'Boolean'],
  ['suspendedReason', 'suspended_reason', 'String'],
  ['isUndergoingMaintenance', 'is_undergoing_maintenance', 'Boolean'],
  ['maintenanceReason', 'maintenance_reason', 'String'],
  ['copyType', 'copy_type', 'String', 'COPY, FORK or MIRROR.'],
  ['copiedFrom', 'copied_from', 'DivioId'],
  ['isRepositoryReadOnly', 'is_repository_read_only', 'Boolean'],
  ['hasAnnotations', 'has_annotations', 'Boolean'],
  ['updatesAvailable', 'updates_available', 'Boolean'],
  ['activeSubscription', 'active_subscription', 'DivioId'],
  ['unconfirmedSubscription', 'unconfirmed_subscription', 'DivioId'],
  ['onFreeTrial', 'on_free_trial', 'Boolean'],
  ['freeTrialDaysLeft', 'free_trial_days_left', 'Int'],
  ['screenshotTakenAt', 'screenshot_taken_at', 'DateTime'],
  ['maintenanceWindowStart', 'maintenance_window_start', 'Int'],
  ['maintenanceWindowDuration', 'maintenance_window_duration', 'Int'],
  ['supportLevel', 'support_level', 'String'],
  ['mirrorsCount', 'mirrors_count', 'Int'],
  ['upcomingMaintenancesCount', 'upcoming_maintenances_count', 'Int'],
  ['port', 'port', 'Int'],
  ['startupProbeMaxRetries', 'startup_probe_max_retries', 'Int'],
  ['startupProbeRequestTimeout', 'startup_probe_request_timeout', 'Int'],
  ['startupProbeRetryTimeout', 'startup_probe_retry_timeout', 'Int'],
  ['requiresMigration', 'requires_migration', 'Boolean'],
  ['requiresMigrationTo', 'requires_migration_to', 'DivioId'],
  ['isLocked', 'is_locked', 'Boolean'],
  ['canAddEnvironment', 'can_add_environment', 'Boolean'],
  ['screenshots', 'screenshots', 'JSON'],
  ['customScreenshots', 'custom_screenshots', 'JSON'],
  ['avatars', 'avatars', 'JSON'],
  ['releaseCommands', 'release_commands', 'JSON'],
  ['tags', 'tags', 'JSON'],
  ['features', 'features', 'JSON'],
  ['permissions', 'permissions', 'JSON'],
];

ApplicationRef.implement({
  description: 'A Divio application.',
  fields: (t) => ({
    uuid: t.field({ type: 'DivioId', resolve: (application) => application.uuid }),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    ...rawFields(t, APPLICATION_FIELDS),
  }),
});

const ApplicationOrder = builder.enumType('ApplicationOrder', {
  values: {
    NAME_ASC: { value: 'name' },
    NAME_DESC: { value: '-name' },
    CREATED_AT_ASC: { value: 'created_at' },
    CREATED_AT_DESC: { value: '-created_at' },
  } as const,
});

const ApplicationFilter = builder.inputType('ApplicationFilter', {
  fields: (t) => ({
    organisation: t.field({ type: 'DivioId', description: 'Only applications of this Divio organisation.' }),
    nameSearch: t.string({ description: 'Case-insensitive part of the name.' }),
    slug: t.string(),
  }),
});

builder.queryFields((t) => ({
  applications: t.connection(
    {
      type: ApplicationRef,
      description: 'Divio applications visible to the token (every page of the upstream list).',
      args: {
        filter: t.arg({ type: ApplicationFilter }),
        orderBy: t.arg({ type: [ApplicationOrder], description: 'Upstream ordering; default by name.' }),
      },
      resolve: async (_root, args, context) => {
        const { filter } = args;
        const list = await context.divio().listApplications({
          organisation: filter?.organisation,
          name_search: filter?.nameSearch,
          slug: filter?.slug,
          o: args.orderBy ?? undefined,
        });
        return connectionFromArray(list?.items ?? [], args);
      },
    },
    { name: 'ApplicationConnection', ...withTotalCount },
    { name: 'ApplicationEdge' },
  ),
  application: t.field({
    type: ApplicationRef,
    nullable: true,
    args: { uuid: t.arg({ type: 'DivioId', required: true }) },
    resolve: (_root, args) => args.uuid,
  }),
}));

const ApplicationPayload = builder.objectRef<{ uuid: string }>('ApplicationPayload').implement({
  fields: (t) => ({ application: t.field({ type: ApplicationRef, resolve: (payload) => payload.uuid }) }),
});

const CreateApplicationInput = builder.inputType('CreateApplicationInput', {
  fields: (t) => ({
    organizationId: t.id({ required: true, description: 'UUID of the Divio organisation.' }),
    name: t.string({ required: true }),
    slug: t.string({ required: true, description: `Letters, digits, - and _ (${SLUG_PATTERN.source}).` }),
    region: t.field({ type: 'DivioId', required: true }),
    planGroup: t.field({ type: 'DivioId', required: true }),
    branch: t.string({ description: 'Default: main.' }),
    repository: t.field({ type: 'DivioId' }),
    appTemplate: t.string({ description: 'URL of an app template.' }),
  }),
});

builder.mutationField('createApplication', (t) =>
  t.field({
    type: ApplicationPayload,
    errors: typedResult('CreateApplicationResult'),
    args: { input: t.arg({ type: CreateApplicationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const errors = new FieldErrors();
        const organisation = String(input.organizationId);
        if (!isDivioId(organisation)) errors.add('organizationId', 'must be the Divio id of an organisation');
        checkLength(errors, 'name', input.name, 1, 255);
        checkSlug(errors, 'slug', input.slug);
        if (input.branch != null) checkLength(errors, 'branch', input.branch, 1, 255);
        if (input.appTemplate != null && !URL.canParse(input.appTemplate)) errors.add('appTemplate', 'must be a URL');
        errors.throwIfAny();
        const application = await context.divio().createApplication({
          name: input.name,
          slug: input.slug,
          organisation: organisation.toLowerCase(),
          region: input.region,
          plan_group: input.planGroup,
          ...(input.branch == null ? {} : { branch: input.branch }),
          ...(input.repository == null ? {} : { repository: input.repository }),
          ...(input.appTemplate == null ? {} : { app_template: input.appTemplate }),
        });
        return { uuid: application.uuid };
      }),
  }),
);

const UpdateApplicationInput = builder.inputType('UpdateApplicationInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id (or Divio id) of the application.' }),
    name: t.string(),
    maintenanceWindowStart: t.int(),
    maintenanceWindowDuration: t.int(),
    port: t.int(),
    startupProbeMaxRetries: t.int({ description: '1 to 1000.' }),
    startupProbeRequestTimeout: t.int({ description: '1 to 60 seconds.' }),
    startupProbeRetryTimeout: t.int({ description: '1 to 600 seconds.' }),
    releaseCommands: t.field({ type: 'JSON', description: 'Array of release commands, as the API takes them.' }),
    tags: t.field({ type: 'JSON', description: 'Array of at most 50 tags, as the API takes them.' }),
  }),
});

builder.mutationField('updateApplication', (t) =>
  t.field({
    type: ApplicationPayload,
    errors: typedResult('UpdateApplicationResult'),
    args: { input: t.arg({ type: UpdateApplicationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const uuid = divioIdFromInput(input.id, 'Application', 'id');
        const errors = new FieldErrors();
        const body = checkApplicationUpdate(errors, input);
        errors.throwIfAny();
        await context.divio().updateApplication(uuid, body);
        ApplicationRef.getDataloader(context).clear(uuid);
        return { uuid };
      }),
  }),
);

const ArchiveApplicationInput = builder.inputType('ArchiveApplicationInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id (or Divio id) of the application.' }),
    verifyName: t.string({ required: true, description: "The application's exact name, to confirm." }),
    deleteImmediately: t.boolean({ description: 'Delete right away instead of after the grace period.' }),
  }),
});

const ArchiveApplicationPayload = builder
  .objectRef<{ id: string; uuid: string; message: string | null }>('ArchiveApplicationPayload')
  .implement({
    fields: (t) => ({
      archivedApplicationId: t.exposeID('id'),
      archivedApplicationUuid: t.field({ type: 'DivioId', resolve: (payload) => payload.uuid }),
      message: t.exposeString('message', { nullable: true }),
    }),
  });

builder.mutationField('archiveApplication', (t) =>
  t.field({
    type: ArchiveApplicationPayload,
    description: 'Archives an application after checking verifyName against its name.',
    errors: typedResult('ArchiveApplicationResult'),
    args: { input: t.arg({ type: ArchiveApplicationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const uuid = divioIdFromInput(input.id, 'Application', 'id');
        const application = await ApplicationRef.getDataloader(context).load(uuid);
        if (input.verifyName !== application.name) {
          const errors = new FieldErrors();
          errors.add('verifyName', 'does not match the application name');
          errors.throwIfAny();
        }
        const result = await context.divio().archiveApplication(uuid, input.verifyName, input.deleteImmediately ?? false);
        const message = result && typeof result === 'object' && 'message' in result ? String(result.message) : null;
        return { id: encodeGlobalID('Application', uuid), uuid, message };
      }),
  }),
);
