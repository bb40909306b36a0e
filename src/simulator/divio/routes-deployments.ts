/**
 * /apps/v3/deployments/: list (filters, newest first), create (one running per environment),
 * get, PATCH, and the logs and environment-variables views.
 */
import { randomUUID } from 'node:crypto';
import { deploymentCreateDto, deploymentDto, deploymentVariablesDto } from './dto.js';
import { appName, isoDateTime } from './wire.js';
import { badRequest, nonFieldError } from './http.js';
import { Filters, paginate } from './query.js';
import { created, ok, orNotFound, type Route, type RouteContext } from './router.js';
import { FAILURE_PERCENT, PERCENT_PER_STEP, newestFirst, type DivioStore } from './store.js';
import type { BuildMode, DeploymentRecord } from './types.js';
import { FieldErrors, readBoolean, readChoice, readRelated, readString } from './validation.js';

const BUILD_MODES: readonly BuildMode[] = ['AUTO', 'ADOPT', 'FORCE'];
const MAX_STATUS_CHARS = 255;
const RELEASE_COMMAND = 'python manage.py migrate';

function listDeployments(ctx: RouteContext) {
  const filters = new Filters(ctx.query);
  const application = filters.uuid('application');
  const environment = filters.uuid('environment');
  const organisation = filters.uuid('organisation');
  const isSuccess = filters.boolean('is_success');
  filters.check();
  const deployments = [...ctx.store.deployments.values()]
    .filter((deployment) => environment === undefined || deployment.environment === environment)
    .filter((deployment) => isSuccess === undefined || deployment.success === isSuccess)
    .filter((deployment) => {
      const env = ctx.store.visibleEnvironment(ctx.user, deployment.environment);
      const app = env === undefined ? undefined : ctx.store.applicationOf(env);
      return (
        app !== undefined &&
        (application === undefined || app.uuid === application) &&
        (organisation === undefined || app.organisation === organisation)
      );
    })
    .sort(newestFirst);
  const page = paginate(deployments, ctx.query, ctx.requestUrl, ctx.paging);
  return ok({ ...page, results: page.results.map(deploymentDto) });
}

/**
 * POST deployments/bulk/ (the seed documents no body): `environments` (ids) and an optional
 * `build_mode`; each environment is deployed as CreateDeployment would, or says why not.
 */
function createDeploymentsInBulk(ctx: RouteContext) {
  const { body, store, user } = ctx;
  const environments = body.environments;
  if (!Array.isArray(environments) || environments.length === 0 || !environments.every((id) => typeof id === 'string')) {
    throw badRequest({ environments: ['A non-empty list of environment ids is required.'] });
  }
  const errors = new FieldErrors();
  const buildMode = readChoice(body, 'build_mode', errors, BUILD_MODES) ?? 'AUTO';
  errors.throwIfAny();
  const deployed: Record<string, unknown> = {};
  const errored: Record<string, string> = {};
  for (const id of environments as string[]) {
    const env = store.visibleEnvironment(user, id.toLowerCase());
    if (env === undefined) errored[id] = 'Not found.';
    else if (store.deploymentsOf(env.uuid).some((deployment) => deployment.endedAt === null)) errored[id] = 'A deployment is already running for this environment.';
    else {
      const app = store.applicationOf(env);
      const deployment: DeploymentRecord = { ...store.newDeployment(app, env, randomUUID(), user.memberships[app.organisation] ?? '', ctx.now), buildMode };
      store.addDeployment(deployment);
      deployed[id] = deploymentCreateDto(deployment);
    }
  }
  return ok({ deployed, errored });
}

function createDeployment(ctx: RouteContext) {
  const { body, store, user } = ctx;
  const errors = new FieldErrors();
  const visibleEnvironment = (id: string) => store.visibleEnvironment(user, id) !== undefined;
  const environment = readRelated(body, 'environment', errors, visibleEnvironment, { required: true });
  const buildMode = readChoice(body, 'build_mode', errors, BUILD_MODES) ?? 'AUTO';
  const copyFrom = readRelated(body, 'copy_from', errors, visibleEnvironment, { nullable: true }) ?? null;
  const adoptDeployment =
    readRelated(body, 'adopt_deployment', errors, (id) => store.visibleDeployment(user, id) !== undefined) ?? null;
  const provisionServices = readBoolean(body, 'provision_services', errors) ?? true;
  errors.throwIfAny();
  const env = orNotFound(typeof environment === 'string' ? store.environments.get(environment) : undefined);
  if (store.deploymentsOf(env.uuid).some((deployment) => deployment.endedAt === null)) {
    throw nonFieldError('A deployment is already running for this environment.');
  }
  const app = store.applicationOf(env);
  const uuid = randomUUID();
  const deployment: DeploymentRecord = {
    ...store.newDeployment(app, env, uuid, user.memberships[app.organisation] ?? '', ctx.now),
    buildMode, copyFrom, adoptDeployment, provisionServices,
  };
  store.addDeployment(deployment);
  return created(deploymentCreateDto(deployment));
}

function patchDeployment(ctx: RouteContext) {
  const deployment = orNotFound(ctx.store.visibleDeployment(ctx.user, ctx.uuid));
  const errors = new FieldErrors();
  const status = readString(ctx.body, 'status', errors, { maxLength: MAX_STATUS_CHARS });
  const isUsable = readBoolean(ctx.body, 'is_usable', errors);
  const success = readBoolean(ctx.body, 'success', errors, { nullable: true });
  errors.throwIfAny();
  if (typeof status === 'string') deployment.status = status;
  if (typeof isUsable === 'boolean') deployment.isUsable = isUsable;
  if (success !== undefined) deployment.success = success;
  return ok(deploymentDto(deployment));
}

/** The build log as far as the deployment got: one more block per progress step. */
function deploymentLogs(store: DivioStore, deployment: DeploymentRecord): string {
  const env = store.environmentOf(deployment);
  const name = appName(store.applicationOf(env), env);
  const image = deployment.gitCommit.slice(0, 12);
  const steps = [
    `[25%] Building image from ${deployment.alternativeDockerfile ?? 'Dockerfile'}\n[25%] Successfully built image ${image}`,
    `[50%] Pushing image to registry.divio.internal/${name}:${image}`,
    `[75%] Running release commands: ${RELEASE_COMMAND}`,
    `[100%] Starting containers: web (1 instance)`,
  ];
  const lines = [
    `Deployment ${deployment.uuid} queued at ${isoDateTime(deployment.startedAt)}`,
    `Environment ${name}, commit ${deployment.gitCommit.slice(0, 7)}, build mode ${deployment.buildMode}`,
    ...steps.slice(0, Math.floor(deployment.percent / PERCENT_PER_STEP)),
  ];
  if (deployment.endedAt !== null) {
    const seconds = (deployment.endedAt - deployment.startedAt) / 1000;
    if (deployment.success === false && deployment.percent === FAILURE_PERCENT) {
      lines.push(`[75%] Release command failed: ${RELEASE_COMMAND} exited with code 1`);
    }
    lines.push(deployment.success === true ? `Deployment succeeded in ${seconds}s` : `Deployment failed after ${seconds}s`);
  }
  return `${lines.join('\n')}\n`;
}

export const deploymentRoutes: Route[] = [
  { pattern: '/apps/v3/deployments/', methods: { GET: listDeployments, POST: createDeployment } },
  // Before the detail route, which would take `bulk` for an id.
  { pattern: '/apps/v3/deployments/bulk/', methods: { POST: createDeploymentsInBulk } },
  {
    pattern: '/apps/v3/deployments/:uuid/',
    methods: {
      GET: (ctx) => ok(deploymentDto(orNotFound(ctx.store.visibleDeployment(ctx.user, ctx.uuid)))),
      PATCH: patchDeployment,
    },
  },
  {
    pattern: '/apps/v3/deployments/:uuid/logs/',
    methods: {
      GET: (ctx) => {
        const deployment = orNotFound(ctx.store.visibleDeployment(ctx.user, ctx.uuid));
        return ok({ uuid: deployment.uuid, logs: deploymentLogs(ctx.store, deployment) });
      },
    },
  },
  {
    pattern: '/apps/v3/deployments/:uuid/environment-variables/',
    methods: { GET: (ctx) => ok(deploymentVariablesDto(orNotFound(ctx.store.visibleDeployment(ctx.user, ctx.uuid)))) },
  },
];
