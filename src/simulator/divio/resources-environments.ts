/**
 * The behaviour of environments beyond their description: what they show of their application,
 * deployments and domains (computed when answered, never stored), one slug per application, the
 * production-grade one kept, copy and stop, and the views of their logs and metrics.
 */
import { invalidFields, nonFieldError } from '../core/error.js';
import { divioResource } from '../../resources/divio/index.js';
import { accepted, created, ok, type RouteContext } from './context.js';
import { environmentLogOccurrences, environmentLogs } from './environment-logs.js';
import { environmentMetrics } from './environment-metrics.js';
import { newId } from './ids.js';
import { project } from './present.js';
import { environmentRecord, type WireRecord } from './records.js';
import { deploymentView, deploymentsOf } from './resources-deployments.js';
import { now, referenced, type Form, type GroupHooks } from './resources-hooks.js';
import { appName, divioDomain, regionLabel } from './wire.js';

const ENVIRONMENTS = 'environments';
const DESCRIPTION = divioResource(ENVIRONMENTS)!;
const SLUG_TAKEN = 'An environment with this slug already exists for this application.';
const SSH_PORT = 22;
/** As short as the range in the API's own samples (`3de23bd4a1c0..develop`). */
const SHORT_SHA_LENGTH = 12;

export const slugTaken = (ctx: RouteContext, application: unknown, slug: unknown): boolean =>
  ctx.store.all(ENVIRONMENTS).some((env) => env.application === application && env.slug === slug);

/** A new environment of an application, stored. */
export function addEnvironment(ctx: RouteContext, application: WireRecord, facts: { slug: string; isProductionGrade: boolean }): WireRecord {
  const { slug, isProductionGrade } = facts;
  const record = environmentRecord({
    uuid: newId(), application: application.uuid, slug, branch: String(application.branch), isProductionGrade,
    alternativeDockerfile: null, pendingCommitCount: 0, createdAt: ctx.now,
  });
  return ctx.store.add(ENVIRONMENTS, record);
}

/** Where an environment's deployments stand: running, last ended, and serving (released). */
function deploymentsState(ctx: RouteContext, env: WireRecord) {
  const deployments = deploymentsOf(ctx, env.uuid);
  const released = deployments.find((deployment) => deployment.success === true);
  const stoppedAt = typeof env.stopped_at === 'string' ? Date.parse(env.stopped_at) : null;
  return {
    running: deployments.find((deployment) => deployment.ended_at === null),
    lastFinished: deployments.find((deployment) => deployment.ended_at !== null),
    released,
    // Stopping takes the site down until a deployment succeeds after the stop.
    serving: released !== undefined && (stoppedAt === null || Date.parse(String(released.ended_at)) > stoppedAt),
  };
}

const primaryDomainOf = (ctx: RouteContext, env: WireRecord): string | null =>
  ctx.store.all('domains').find((domain) => domain.environment === env.uuid && domain.is_primary === true)?.uuid ?? null;

/**
 * What is not deployed yet, as a git revision range: the released commit (short) `..` the branch,
 * e.g. `3de23bd4a1c0..develop`; null before anything was released.
 */
const pendingCommitsLookup = (released: WireRecord | undefined, env: WireRecord): string | null =>
  released === undefined ? null : `${String(released.git_commit).slice(0, SHORT_SHA_LENGTH)}..${String(env.branch)}`;

/** The application in short in the detail view, its id in lists (as the API answers both). */
function presentEnvironment(view: WireRecord, ctx: RouteContext, env: WireRecord, form: Form): WireRecord {
  const app = referenced(ctx, 'applications', env, 'application')!;
  const { running, lastFinished, released, serving } = deploymentsState(ctx, env);
  const domain = divioDomain(app, env);
  const embed = (deployment: WireRecord | undefined) => (deployment === undefined ? null : deploymentView(deployment));
  return {
    ...view,
    application: form === 'list' ? app.uuid : { uuid: app.uuid, slug: app.slug, name: app.name, organisation: app.organisation },
    has_pending_commits: Number(env.pending_commit_count) > 0,
    pending_commits_lookup: pendingCommitsLookup(released, env),
    deployed_url: serving ? `https://${domain}/` : null,
    last_finished_deployment: embed(lastFinished),
    currently_running_deployment: embed(running),
    currently_released_deployment: embed(released),
    app_name: appName(app, env),
    primary_domain: primaryDomainOf(ctx, env),
    divio_domain: domain,
    ssh_endpoint: { host: `ssh.${regionLabel(app.region)}.aldryn.io`, port: SSH_PORT, user: appName(app, env) },
  };
}

/** A filter on a boolean fact computed from the environment's deployments or commits. */
const fact = (read: (ctx: RouteContext, env: WireRecord) => boolean) => (ctx: RouteContext, env: WireRecord, wanted: ReadonlySet<string | boolean>) =>
  wanted.has(read(ctx, env));

export const ENVIRONMENT_HOOKS: Readonly<Record<string, GroupHooks>> = {
  [ENVIRONMENTS]: {
    // Oldest first; the sort is stable over the store's insertion order, which breaks ties.
    order: { key: 'created_at', descending: false },
    putRequires: ['branch'],
    filters: {
      name_search: (ctx, env, wanted) => {
        const name = String(referenced(ctx, 'applications', env, 'application')?.name ?? '').toLowerCase();
        return [...wanted].some((part) => name.includes(String(part).toLowerCase()));
      },
      deployed: fact((ctx, env) => deploymentsState(ctx, env).serving),
      deploying: fact((ctx, env) => deploymentsState(ctx, env).running !== undefined),
      last_deployment_failed: fact((ctx, env) => deploymentsState(ctx, env).lastFinished?.success === false),
      with_pending_commits: fact((_ctx, env) => Number(env.pending_commit_count) > 0),
      is_mirror: fact((ctx, env) => referenced(ctx, 'applications', env, 'application')?.copy_type === 'MIRROR'),
      // The application's own environments and those of its copies.
      related_to_application: (ctx, env, wanted) => {
        const app = referenced(ctx, 'applications', env, 'application');
        return wanted.has(String(app?.uuid)) || wanted.has(String(app?.copied_from));
      },
    },
    validate: (ctx, input, errors, record) => {
      if (record === undefined && slugTaken(ctx, input.application, input.slug)) errors.add('slug', SLUG_TAKEN);
    },
    created: (ctx, env, input) =>
      Object.assign(env, environmentRecord({
        uuid: env.uuid, application: String(input.application), slug: String(input.slug), branch: String(input.branch),
        isProductionGrade: false, alternativeDockerfile: (input.alternative_dockerfile as string | undefined) ?? null,
        pendingCommitCount: 0, createdAt: ctx.now,
      })),
    destroying: (ctx, env) => {
      if (env.is_production_grade === true) throw nonFieldError('A production-grade environment cannot be deleted.');
      for (const deployment of deploymentsOf(ctx, env.uuid)) ctx.store.remove('deployments', deployment.uuid);
    },
    present: presentEnvironment,
    actions: {
      copy: (ctx, source, input) => {
        if (slugTaken(ctx, source!.application, input.new_slug)) throw invalidFields({ new_slug: [SLUG_TAKEN] });
        const copy = ctx.store.add(ENVIRONMENTS, {
          ...structuredClone(source!), uuid: newId(), slug: String(input.new_slug), is_production_grade: false,
          pending_commit_count: 0, created_at: now(ctx), stopped_at: null,
        });
        return created(presentEnvironment(project(DESCRIPTION, copy), ctx, copy, 'detail'));
      },
      stop: (ctx, env) => {
        env!.stopped_at = now(ctx);
        return accepted({});
      },
    },
    views: {
      logs: (ctx, env) => ok(environmentLogs(ctx, env)),
      'logs-occurrence': (ctx, env) => ok(environmentLogOccurrences(ctx, env)),
      metrics: (ctx, env) => ok(environmentMetrics(ctx, env)),
    },
  },
};
