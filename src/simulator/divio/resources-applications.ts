/**
 * The behaviour of applications beyond their description: one slug per organisation, the test and
 * live environments every new one gets, archiving (the application and everything under it vanish
 * at once), and copying or moving one. Messages DRF itself does not define are guesses.
 */
import { invalidFields } from '../core/error.js';
import { divioResource } from '../../resources/divio/index.js';
import { ok, type RouteContext } from './context.js';
import { newId } from './ids.js';
import { project } from './present.js';
import { applicationRecord, type WireRecord } from './records.js';
import { MEDIA_ACTIONS } from './resources-application-media.js';
import { addEnvironment } from './resources-environments.js';
import { now, type ActionHandler, type GroupHooks } from './resources-hooks.js';
import { MESSAGES } from './validation.js';

const APPLICATIONS = 'applications';
const DESCRIPTION = divioResource(APPLICATIONS)!;
const SLUG_TAKEN = 'An application with this slug already exists in this organisation.';
/** What Divio creates with every new application: a test and a production-grade live environment. */
const INITIAL_ENVIRONMENTS = [
  { slug: 'test', isProductionGrade: false },
  { slug: 'live', isProductionGrade: true },
] as const;
/** CreateApplication's answer: what was asked for, not the application itself. */
const CREATE_REPLY = ['uuid', 'name', 'region', 'app_template', 'organisation', 'repository', 'branch', 'repository_prepopulated', 'release_commands', 'tags', 'disk', 'transfer'];

const isArchived = (app: WireRecord): boolean => typeof app.archived_at === 'string';
const isMirror = (app: WireRecord | undefined): boolean => app?.copy_type === 'MIRROR';
/** Tags are free-form objects; a tag filter names one by its `name` (or the tag itself, when it is text). */
const tagNames = (app: WireRecord): string[] =>
  (Array.isArray(app.tags) ? (app.tags as unknown[]) : []).map((tag) => String(typeof tag === 'object' && tag !== null ? (tag as { name?: unknown }).name : tag));

const slugTaken = (ctx: RouteContext, organisation: unknown, slug: unknown): boolean =>
  ctx.store.all(APPLICATIONS).some((app) => !isArchived(app) && app.organisation === organisation && app.slug === slug);

/** An organisation id the token does not belong to reads as an unknown one. */
function checkOrganisation(ctx: RouteContext, field: string, id: unknown): void {
  if (typeof id === 'string' && !ctx.user.organisations.includes(id)) throw invalidFields({ [field]: [MESSAGES.pkMissing(id)] });
}

/** A slug free in the organisation: the name's, numbered when taken. */
function freeSlug(ctx: RouteContext, organisation: string, name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'copy';
  let slug = base;
  for (let index = 2; slugTaken(ctx, organisation, slug); index += 1) slug = `${base}-${index}`;
  return slug;
}

const archive: ActionHandler = (ctx, app, input) => {
  if (input.verify_name !== app!.name) throw invalidFields({ verify_name: ['The name does not match the name of the application.'] });
  app!.archived_at = now(ctx);
  const name = String(app!.name);
  const message = input.delete_immediately === true ? `Application "${name}" has been archived and will be deleted immediately.` : `Application "${name}" has been archived.`;
  return ok({ status: true, message, code: 'archived' });
};

/** A fork or a mirror in one of the token's organisations, with copies of the environments (not their deployments). */
const copy: ActionHandler = (ctx, source, input) => {
  checkOrganisation(ctx, 'target_organisation', input.target_organisation);
  const organisation = String(input.target_organisation);
  const name = String(input.target_name);
  const made = ctx.store.add(APPLICATIONS, {
    ...structuredClone(source!), uuid: newId(), name, slug: freeSlug(ctx, organisation, name), organisation, created_at: now(ctx),
    active_subscription: newId(), copied_from: source!.uuid, copy_type: input.type, avatars: {}, custom_screenshots: {},
  });
  for (const env of ctx.store.all('environments').filter((candidate) => candidate.application === source!.uuid)) {
    ctx.store.add('environments', { ...structuredClone(env), uuid: newId(), application: made.uuid, created_at: now(ctx), stopped_at: null, pending_commit_count: 0 });
  }
  return ok(project(DESCRIPTION, made));
};

const transfer: ActionHandler = (ctx, app, input) => {
  checkOrganisation(ctx, 'organisation', input.organisation);
  app!.organisation = input.organisation;
  return ok({ uuid: app!.uuid, organisation: app!.organisation });
};

/** Only to a repository of the application's own organisation. */
const migrate: ActionHandler = (ctx, app, input) => {
  const repository = ctx.store.get('repositories', String(input.repository))!;
  if (repository.organisation !== app!.organisation) throw invalidFields({ repository: [MESSAGES.pkMissing(repository.uuid)] });
  app!.repository = repository.uuid;
  return ok({ status: true, message: `The application now deploys from ${String(repository.url)}.`, code: 'MIGRATED' });
};

export const APPLICATION_HOOKS: Readonly<Record<string, GroupHooks>> = {
  [APPLICATIONS]: {
    order: { key: 'name', descending: false },
    createReply: CREATE_REPLY,
    putRequires: ['name'],
    filters: {
      name_search: (_ctx, app, wanted) => [...wanted].some((part) => String(app.name).toLowerCase().includes(String(part).toLowerCase())),
      is_mirror: (_ctx, app, wanted) => wanted.has(isMirror(app)),
      // No application of the simulator has known problems.
      has_bugs: (_ctx, _app, wanted) => wanted.has(false),
      tags: (_ctx, app, wanted) => tagNames(app).some((name) => wanted.has(name)),
      // Presentation options (the sizes of the images answered), not filters: every application passes.
      avatar_sizes: () => true,
      screenshot_sizes: () => true,
    },
    validate: (ctx, input, errors, record) => {
      if (record !== undefined || typeof input.organisation !== 'string') return;
      if (!ctx.user.organisations.includes(input.organisation)) errors.add('organisation', MESSAGES.pkMissing(input.organisation));
      else if (slugTaken(ctx, input.organisation, input.slug)) errors.add('slug', SLUG_TAKEN);
    },
    created: (ctx, app, input) => {
      const facts = {
        uuid: app.uuid, slug: String(input.slug), name: String(input.name), organisation: String(input.organisation), region: String(input.region),
        repository: (input.repository as string | null | undefined) ?? null, createdAt: ctx.now, activeSubscription: newId(),
      };
      // What was given wins over the defaults (branch, release commands, tags, disk, ...).
      Object.assign(app, applicationRecord(facts), input);
      for (const initial of INITIAL_ENVIRONMENTS) addEnvironment(ctx, app, initial);
    },
    concealed: isArchived,
    actions: { archive, copy, transfer, 'migrate-to-external-repository': migrate, ...MEDIA_ACTIONS },
  },
};
