/**
 * /apps/v3/applications/: list (filters, ordering), create, get, PUT/PATCH settings, archive.
 */
import { randomUUID } from 'node:crypto';
import { applicationCreateDto, applicationDto, applicationUpdateDto } from './dto.js';
import { Filters, paginate } from './query.js';
import { created, ok, orNotFound, type Route, type RouteContext } from './router.js';
import { APPLICATION_DEFAULTS } from './store.js';
import type { ApplicationRecord, EnvironmentRecord } from './types.js';
import {
  FieldErrors,
  MESSAGES,
  readBoolean,
  readInteger,
  readObjectList,
  readRelated,
  readString,
  readUrl,
  readUuid,
  type Body,
} from './validation.js';

/** Django's SlugField pattern, used by application and environment slugs. */
export const SLUG_PATTERN = /^[-a-zA-Z0-9_]+$/;
export const MAX_CHARS = 255;
/** The largest value of a Postgres integer column, the ceiling of the seed's integer ranges. */
const MAX_INT = 2_147_483_647;
const MAX_TAGS = 50;
const DEFAULT_BRANCH = 'main';
const ORDERING = ['name', '-name', 'created_at', '-created_at'] as const;
type Ordering = (typeof ORDERING)[number];
/** What Divio creates with every new application: a test and a production-grade live environment. */
const INITIAL_ENVIRONMENTS = [
  { slug: 'test', isProductionGrade: false },
  { slug: 'live', isProductionGrade: true },
] as const;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareBy(field: Ordering): (a: ApplicationRecord, b: ApplicationRecord) => number {
  const descending = field.startsWith('-');
  const sign = descending ? -1 : 1;
  return field.endsWith('name')
    ? (a, b) => sign * compareText(a.name, b.name)
    : (a, b) => sign * (a.createdAt - b.createdAt);
}

function listApplications(ctx: RouteContext) {
  const filters = new Filters(ctx.query);
  const organisation = filters.uuid('organisation');
  const uuids = filters.uuids('uuid');
  const nameSearch = filters.string('name_search')?.toLowerCase();
  const slug = filters.string('slug');
  const ordering = filters.ordering('o', ORDERING);
  filters.check();
  const comparators = [...(ordering.length > 0 ? ordering : (['name'] as const)).map(compareBy)];
  const apps = [...ctx.store.applications.values()]
    .filter((app) => ctx.store.visibleApplication(ctx.user, app.uuid) !== undefined)
    .filter((app) => organisation === undefined || app.organisation === organisation)
    .filter((app) => uuids === undefined || uuids.has(app.uuid))
    .filter((app) => nameSearch === undefined || app.name.toLowerCase().includes(nameSearch))
    .filter((app) => slug === undefined || app.slug === slug)
    .sort((a, b) => comparators.reduce((result, compare) => result || compare(a, b), 0) || compareText(a.uuid, b.uuid));
  const page = paginate(apps, ctx.query, ctx.requestUrl, ctx.paging);
  return ok({ ...page, results: page.results.map(applicationDto) });
}

function slugTaken(ctx: RouteContext, organisation: string, slug: string): boolean {
  return [...ctx.store.applications.values()].some(
    (app) => app.archivedAt === null && app.organisation === organisation && app.slug === slug,
  );
}

function createApplication(ctx: RouteContext) {
  const { body } = ctx;
  const errors = new FieldErrors();
  const name = readString(body, 'name', errors, { required: true, maxLength: MAX_CHARS });
  const slug = readString(body, 'slug', errors, {
    required: true, maxLength: MAX_CHARS, pattern: SLUG_PATTERN, patternMessage: MESSAGES.slug,
  });
  const organisation = readRelated(body, 'organisation', errors, (id) => ctx.user.organisations.includes(id), { required: true });
  const region = readUuid(body, 'region', errors, { required: true });
  readUuid(body, 'plan_group', errors, { required: true });
  const appTemplate = readUrl(body, 'app_template', errors, { nullable: true });
  const repository = readUuid(body, 'repository', errors, { nullable: true });
  const branch = readString(body, 'branch', errors, { maxLength: MAX_CHARS });
  const prepopulated = readBoolean(body, 'repository_prepopulated', errors);
  const releaseCommands = readObjectList(body, 'release_commands', errors, { nullable: true });
  const tags = readObjectList(body, 'tags', errors, { maxItems: MAX_TAGS });
  const disk = readInteger(body, 'disk', errors, { min: 0, max: MAX_INT });
  const transfer = readInteger(body, 'transfer', errors, { min: 0, max: MAX_INT });
  if (typeof slug === 'string' && typeof organisation === 'string' && slugTaken(ctx, organisation, slug)) {
    errors.add('slug', 'An application with this slug already exists in this organisation.');
  }
  errors.throwIfAny();
  if (typeof name !== 'string' || typeof slug !== 'string' || typeof organisation !== 'string' || typeof region !== 'string') {
    throw new Error('Validation let a required application field through');
  }
  const app: ApplicationRecord = {
    uuid: randomUUID(), slug, name, organisation, region, repository: repository ?? null, appTemplate: appTemplate ?? null,
    branch: branch ?? DEFAULT_BRANCH, repositoryPrepopulated: prepopulated ?? false, releaseCommands: releaseCommands ?? [],
    tags: tags ?? [], disk: disk ?? 0, transfer: transfer ?? 0, createdAt: ctx.now, activeSubscription: randomUUID(),
    archivedAt: null, ...APPLICATION_DEFAULTS,
  };
  ctx.store.applications.set(app.uuid, app);
  for (const initial of INITIAL_ENVIRONMENTS) {
    const env: EnvironmentRecord = {
      uuid: randomUUID(), application: app.uuid, slug: initial.slug, branch: app.branch,
      isProductionGrade: initial.isProductionGrade, alternativeDockerfile: null, pendingCommitCount: 0,
      createdAt: ctx.now, stoppedAt: null,
    };
    ctx.store.environments.set(env.uuid, env);
  }
  return created(applicationCreateDto(app));
}

/** UpdateApplication's fields; PUT requires `name`, PATCH nothing. Only given fields change. */
function updateApplication(ctx: RouteContext, partial: boolean) {
  const app = orNotFound(ctx.store.visibleApplication(ctx.user, ctx.uuid));
  const body: Body = ctx.body;
  const errors = new FieldErrors();
  const changes: Partial<ApplicationRecord> = {
    name: readString(body, 'name', errors, { required: !partial, maxLength: MAX_CHARS }) ?? undefined,
    maintenanceWindowStart: readInteger(body, 'maintenance_window_start', errors, { min: 0, max: MAX_INT }) ?? undefined,
    maintenanceWindowDuration: readInteger(body, 'maintenance_window_duration', errors, { min: 0, max: MAX_INT }) ?? undefined,
    releaseCommands: readObjectList(body, 'release_commands', errors) ?? undefined,
    port: readInteger(body, 'port', errors, { nullable: true, min: 0, max: MAX_INT }),
    startupProbeMaxRetries: readInteger(body, 'startup_probe_max_retries', errors, { min: 1, max: 1000 }) ?? undefined,
    startupProbeRequestTimeout: readInteger(body, 'startup_probe_request_timeout', errors, { min: 1, max: 60 }) ?? undefined,
    startupProbeRetryTimeout: readInteger(body, 'startup_probe_retry_timeout', errors, { min: 1, max: 600 }) ?? undefined,
    tags: readObjectList(body, 'tags', errors, { maxItems: MAX_TAGS }) ?? undefined,
  };
  errors.throwIfAny();
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) Object.assign(app, { [key]: value });
  }
  return ok(applicationUpdateDto(app));
}

function archiveApplication(ctx: RouteContext) {
  const app = orNotFound(ctx.store.visibleApplication(ctx.user, ctx.uuid));
  const errors = new FieldErrors();
  const verifyName = readString(ctx.body, 'verify_name', errors, { required: true });
  const deleteImmediately = readBoolean(ctx.body, 'delete_immediately', errors) ?? false;
  if (typeof verifyName === 'string' && verifyName !== app.name) {
    errors.add('verify_name', 'The name does not match the name of the application.');
  }
  errors.throwIfAny();
  app.archivedAt = ctx.now;
  const message = deleteImmediately
    ? `Application "${app.name}" has been archived and will be deleted immediately.`
    : `Application "${app.name}" has been archived.`;
  return ok({ status: true, message, code: 'archived' });
}

export const applicationRoutes: Route[] = [
  { pattern: '/apps/v3/applications/', methods: { GET: listApplications, POST: createApplication } },
  {
    pattern: '/apps/v3/applications/:uuid/',
    methods: {
      GET: (ctx) => ok(applicationDto(orNotFound(ctx.store.visibleApplication(ctx.user, ctx.uuid)))),
      PUT: (ctx) => updateApplication(ctx, false),
      PATCH: (ctx) => updateApplication(ctx, true),
    },
  },
  { pattern: '/apps/v3/applications/:uuid/archive/', methods: { POST: archiveApplication } },
];
