/**
 * The behaviour of deployments beyond their description: one running per environment, the
 * progress on timers (deployment-progress.ts), deploying several environments at once, and the
 * two reads the gateway makes by hand (the build log and the variables a deployment ran with).
 */
import { invalidFields } from '../core/error.js';
import { BUILD_MODE } from '../../resources/divio/enums.js';
import { divioResource } from '../../resources/divio/index.js';
import { ok, type RouteContext } from './context.js';
import { deploymentLogs, progress } from './deployment-progress.js';
import { newId } from './ids.js';
import { project } from './present.js';
import { deploymentRecord, type WireRecord } from './records.js';
import { referenced, type ActionHandler, type GroupHooks } from './resources-hooks.js';
import type { Input } from './resources-input.js';
import { Filters } from './filters.js';

const DEPLOYMENTS = 'deployments';
const DESCRIPTION = divioResource(DEPLOYMENTS)!;
const ALREADY_RUNNING = 'A deployment is already running for this environment.';
const DEFAULT_BUILD_MODE = 'AUTO';
/** CreateDeployment's answer: what was asked for, not the deployment itself. */
const CREATE_REPLY = ['uuid', 'environment', 'build_mode', 'copy_from', 'adopt_deployment', 'provision_services'] as const;

/** Deployments of one environment, newest first (started_at, then id). */
export function deploymentsOf(ctx: Pick<RouteContext, 'store'>, environment: string): WireRecord[] {
  const started = (deployment: WireRecord) => Date.parse(String(deployment.started_at));
  return ctx.store
    .all(DEPLOYMENTS)
    .filter((deployment) => deployment.environment === environment)
    .sort((a, b) => started(b) - started(a) || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0));
}

const isRunning = (ctx: RouteContext, environment: string): boolean =>
  ctx.store.all(DEPLOYMENTS).some((deployment) => deployment.environment === environment && deployment.ended_at === null);

/** A deployment as answered (also embedded in its environment). */
export const deploymentView = (deployment: WireRecord): WireRecord => project(DESCRIPTION, deployment);

/** Fills a stored deployment of `environment` for the token, and starts it. */
function start(ctx: RouteContext, deployment: WireRecord, environment: WireRecord, input: Input): void {
  const application = referenced(ctx, 'applications', environment, 'application')!;
  const membership = ctx.user.memberships[String(application.organisation)] ?? '';
  Object.assign(deployment, deploymentRecord({ uuid: deployment.uuid, application, environment, orgMembership: membership, startedAt: ctx.now }), {
    build_mode: input.build_mode ?? DEFAULT_BUILD_MODE,
    copy_from: input.copy_from ?? null,
    adopt_deployment: input.adopt_deployment ?? null,
    provision_services: input.provision_services ?? true,
  });
  progress(ctx, deployment);
}

const createReply = (deployment: WireRecord) => Object.fromEntries(CREATE_REPLY.map((key) => [key, deployment[key] ?? null]));

/**
 * POST deployments/bulk/ with the seed's query parameters and no body: every environment the
 * environment list's filters select (in its order, at most `limit`) is deployed as CreateDeployment
 * would, with `build_mode` (and `adopt_deployment`), or says why not.
 */
const bulk: ActionHandler = (ctx, _subject, _input, select) => {
  const filters = new Filters(ctx.query);
  const buildMode = [...(filters.choices('build_mode', BUILD_MODE.values, false) ?? [])][0] ?? DEFAULT_BUILD_MODE;
  const adopt = [...(filters.ids('adopt_deployment', false) ?? [])][0];
  const limitText = ctx.query.get('limit');
  const limit = limitText === null || limitText === '' ? undefined : Number(limitText);
  filters.check();
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) throw invalidFields({ limit: ['A valid integer is required.'] });
  const selected = select(divioResource('environments')!).slice(0, limit);
  const deployed: Record<string, unknown> = {};
  const errored: Record<string, string> = {};
  for (const environment of selected) {
    const id = String(environment.uuid);
    if (isRunning(ctx, id)) errored[id] = ALREADY_RUNNING;
    else {
      const deployment = ctx.store.add(DEPLOYMENTS, { uuid: newId() });
      start(ctx, deployment, environment, { build_mode: buildMode, ...(adopt ? { adopt_deployment: adopt } : {}) });
      deployed[id] = createReply(deployment);
    }
  }
  return ok({ deployed, errored });
};

export const DEPLOYMENT_HOOKS: Readonly<Record<string, GroupHooks>> = {
  [DEPLOYMENTS]: {
    createReply: CREATE_REPLY,
    // PartialUpdateDeployment answers the whole deployment.
    updateReply: ['uuid', ...DESCRIPTION.fields.map((field) => field.key)],
    filters: { is_success: (_ctx, deployment, wanted) => wanted.has(deployment.success as boolean) },
    validate: (ctx, input, errors, record) => {
      if (record === undefined && typeof input.environment === 'string' && isRunning(ctx, input.environment)) errors.add('non_field_errors', ALREADY_RUNNING);
    },
    created: (ctx, deployment, input) => start(ctx, deployment, ctx.store.get('environments', String(input.environment))!, input),
    resume: (state, deployment) => {
      if (deployment.ended_at === null) progress(state, deployment);
    },
    actions: { bulk },
    views: {
      logs: (ctx, deployment) => ok({ uuid: deployment.uuid, logs: deploymentLogs(ctx, deployment) }),
      // The variables' values, which the deployment itself lists by name only.
      'environment-variables': (_ctx, deployment) => {
        const { percent: _percent, ...view } = deploymentView(deployment);
        return ok({ ...view, environment_variables: { ...(deployment.variables as Record<string, string>) } });
      },
    },
  },
};
