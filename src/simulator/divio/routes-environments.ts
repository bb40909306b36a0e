/**
 * /apps/v3/environments/: list (filters), create, get, PUT/PATCH, DELETE, and the copy, stop
 * and logs actions.
 */
import { randomUUID } from 'node:crypto';
import { environmentCreateDto, environmentDto, environmentUpdateDto } from './dto.js';
import { environmentLogOccurrences, environmentLogs } from './environment-logs.js';
import { environmentMetrics } from './environment-metrics.js';
import { nonFieldError } from './http.js';
import { Filters, paginate } from './query.js';
import { accepted, created, noContent, ok, orNotFound, type Route, type RouteContext } from './router.js';
import { MAX_CHARS, SLUG_PATTERN } from './routes-applications.js';
import type { EnvironmentRecord } from './types.js';
import { FieldErrors, MESSAGES, readRelated, readString } from './validation.js';

/** CopyEnvironment's stricter slug: lower-case words joined by hyphens. */
const COPY_SLUG_PATTERN = /^[0-9a-z](-*[0-9a-z])*$/;
const SLUG_TAKEN = 'An environment with this slug already exists for this application.';

/** Oldest first; the sort is stable over the store's insertion order, which breaks ties. */
const compareEnvironments = (a: EnvironmentRecord, b: EnvironmentRecord): number => a.createdAt - b.createdAt;

function listEnvironments(ctx: RouteContext) {
  const filters = new Filters(ctx.query);
  const application = filters.uuid('application');
  const organisation = filters.uuid('organisation');
  const slug = filters.string('slug');
  filters.check();
  const envs = [...ctx.store.environments.values()]
    .filter((env) => application === undefined || env.application === application)
    .filter((env) => slug === undefined || env.slug === slug)
    .filter((env) => {
      const app = ctx.store.visibleApplication(ctx.user, env.application);
      return app !== undefined && (organisation === undefined || app.organisation === organisation);
    })
    .sort(compareEnvironments);
  const page = paginate(envs, ctx.query, ctx.requestUrl, ctx.paging);
  return ok({ ...page, results: page.results.map((env) => environmentDto(ctx.store, env, 'list')) });
}

function slugTaken(ctx: RouteContext, application: string, slug: string): boolean {
  return [...ctx.store.environments.values()].some((env) => env.application === application && env.slug === slug);
}

function createEnvironment(ctx: RouteContext) {
  const errors = new FieldErrors();
  const application = readRelated(ctx.body, 'application', errors, (id) => ctx.store.visibleApplication(ctx.user, id) !== undefined, {
    required: true,
  });
  const slug = readString(ctx.body, 'slug', errors, {
    required: true, maxLength: MAX_CHARS, pattern: SLUG_PATTERN, patternMessage: MESSAGES.slug,
  });
  const branch = readString(ctx.body, 'branch', errors, { required: true });
  const dockerfile = readString(ctx.body, 'alternative_dockerfile', errors, { nullable: true, maxLength: MAX_CHARS });
  if (typeof application === 'string' && typeof slug === 'string' && slugTaken(ctx, application, slug)) {
    errors.add('slug', SLUG_TAKEN);
  }
  errors.throwIfAny();
  if (typeof application !== 'string' || typeof slug !== 'string' || typeof branch !== 'string') {
    throw new Error('Validation let a required environment field through');
  }
  const env: EnvironmentRecord = {
    uuid: randomUUID(), application, slug, branch, isProductionGrade: false, alternativeDockerfile: dockerfile ?? null,
    pendingCommitCount: 0, createdAt: ctx.now, stoppedAt: null,
  };
  ctx.store.environments.set(env.uuid, env);
  return created(environmentCreateDto(env));
}

/** PUT requires `branch`; PATCH requires nothing. Only given fields change. */
function updateEnvironment(ctx: RouteContext, partial: boolean) {
  const env = orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid));
  const errors = new FieldErrors();
  const branch = readString(ctx.body, 'branch', errors, { required: !partial });
  const dockerfile = readString(ctx.body, 'alternative_dockerfile', errors, { nullable: true, maxLength: MAX_CHARS });
  errors.throwIfAny();
  if (typeof branch === 'string') env.branch = branch;
  if (dockerfile !== undefined) env.alternativeDockerfile = dockerfile;
  return ok(environmentUpdateDto(env));
}

function deleteEnvironment(ctx: RouteContext) {
  const env = orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid));
  if (env.isProductionGrade) throw nonFieldError('A production-grade environment cannot be deleted.');
  ctx.store.removeEnvironment(env);
  return noContent();
}

function copyEnvironment(ctx: RouteContext) {
  const source = orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid));
  const errors = new FieldErrors();
  const newSlug = readString(ctx.body, 'new_slug', errors, { required: true, maxLength: MAX_CHARS, pattern: COPY_SLUG_PATTERN });
  if (typeof newSlug === 'string' && slugTaken(ctx, source.application, newSlug)) errors.add('new_slug', SLUG_TAKEN);
  errors.throwIfAny();
  if (typeof newSlug !== 'string') throw new Error('Validation let a missing new_slug through');
  const copy: EnvironmentRecord = {
    ...source, uuid: randomUUID(), slug: newSlug, isProductionGrade: false, pendingCommitCount: 0, createdAt: ctx.now,
    stoppedAt: null,
  };
  ctx.store.environments.set(copy.uuid, copy);
  return created(environmentDto(ctx.store, copy, 'detail'));
}

function stopEnvironment(ctx: RouteContext) {
  const env = orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid));
  env.stoppedAt = ctx.now;
  return accepted({});
}

export const environmentRoutes: Route[] = [
  { pattern: '/apps/v3/environments/', methods: { GET: listEnvironments, POST: createEnvironment } },
  {
    pattern: '/apps/v3/environments/:uuid/',
    methods: {
      GET: (ctx) => ok(environmentDto(ctx.store, orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid)), 'detail')),
      PUT: (ctx) => updateEnvironment(ctx, false),
      PATCH: (ctx) => updateEnvironment(ctx, true),
      DELETE: deleteEnvironment,
    },
  },
  { pattern: '/apps/v3/environments/:uuid/copy/', methods: { POST: copyEnvironment } },
  { pattern: '/apps/v3/environments/:uuid/stop/', methods: { POST: stopEnvironment } },
  {
    pattern: '/apps/v3/environments/:uuid/logs/',
    methods: { GET: (ctx) => ok(environmentLogs(ctx, orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid)))) },
  },
  {
    pattern: '/apps/v3/environments/:uuid/logs-occurrence/',
    methods: { GET: (ctx) => ok(environmentLogOccurrences(ctx, orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid)))) },
  },
  {
    pattern: '/apps/v3/environments/:uuid/metrics/',
    methods: { GET: (ctx) => ok(environmentMetrics(ctx, orNotFound(ctx.store.visibleEnvironment(ctx.user, ctx.uuid)))) },
  },
];
