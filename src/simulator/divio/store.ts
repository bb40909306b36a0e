/**
 * The mutable state of one simulator instance, built fresh from the seed graph, the
 * organisation-scoped lookups every route goes through, and the timers that move running
 * deployments (and the described groups' work) forward.
 */
import { createHash } from 'node:crypto';
import { DIVIO_RESOURCES } from '../../resources/divio/index.js';
import { ResourceStore, describedGroups, seededResourceId } from './resources-store.js';
import { isoDateTime } from './wire.js';
import { RESOURCE_SEED } from './seed-resources.js';
import { seedRepositoryId } from './seed-source.js';
import { ORGANISATIONS, SEED_DEPLOYER_MEMBERSHIP, TOKENS } from './seed-fixtures.js';
import { SEED_PLAN, type ApplicationPlan, type EnvironmentPlan } from './seed-plan.js';
import type {
  ApplicationRecord,
  DeploymentRecord,
  EnvironmentRecord,
  OrganisationRecord,
  TokenRecord,
} from './types.js';

/** Progress gained per timer step; a deployment succeeds at 100 and a `fail*` branch fails at 75. */
export const PERCENT_PER_STEP = 25;
export const FAILURE_PERCENT = 75;
const COMPLETE_PERCENT = 100;
/** The deployment running at start-up has already made this much progress. */
const RUNNING_SEED_PERCENT = 50;
/** Branches starting with this fail their deployments (the failure path of the simulator). */
export const FAILING_BRANCH_PREFIX = 'fail';

/** Defaults of a seeded application's settings (the seed reference gives only ranges). */
export const APPLICATION_DEFAULTS = {
  maintenanceWindowStart: 0,
  maintenanceWindowDuration: 3600,
  port: 80,
  startupProbeMaxRetries: 30,
  startupProbeRequestTimeout: 5,
  startupProbeRetryTimeout: 10,
} as const;

export const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** What the platform injects into every deployment; environments list these names. */
export const BUILT_IN_VARIABLE_NAMES = ['DEFAULT_DATABASE_DSN', 'DEFAULT_STORAGE_DSN', 'GIT_BRANCH', 'SECRET_KEY', 'STAGE'] as const;

function builtInVariables(
  app: ApplicationRecord,
  env: EnvironmentRecord,
  seed: string,
): Record<(typeof BUILT_IN_VARIABLE_NAMES)[number], string> {
  const name = `${app.slug}-${env.slug}`.replace(/-/g, '_');
  const secret = sha1(`${seed}:secret`);
  return {
    DEFAULT_DATABASE_DSN: `postgres://${name}:${secret.slice(0, 16)}@postgres.divio.internal:5432/${name}`,
    DEFAULT_STORAGE_DSN: `s3://${secret.slice(16, 28)}@${app.slug}-${env.slug}-media.s3.divio.internal/`,
    GIT_BRANCH: env.branch,
    SECRET_KEY: secret,
    STAGE: env.slug,
  };
}

export class DivioStore {
  /** Keyed by the secret token, as the Authorization header carries it. */
  readonly tokens = new Map<string, TokenRecord>();
  readonly organisations = new Map<string, OrganisationRecord>();
  readonly applications = new Map<string, ApplicationRecord>();
  readonly environments = new Map<string, EnvironmentRecord>();
  readonly deployments = new Map<string, DeploymentRecord>();
  /** Uploaded files by their /media/ path, served back as a CDN would. */
  readonly media = new Map<string, { type: string; bytes: Buffer }>();
  /** The records of every described group (backups, domains, ...), scoped through their environment. */
  readonly resources = new ResourceStore(describedGroups(DIVIO_RESOURCES), (user, root, id) => {
    if (root === 'environment') return this.visibleEnvironment(user, id) !== undefined;
    if (root === 'application') return this.visibleApplication(user, id) !== undefined;
    return user.organisations.includes(id);
  });
  /** Deployments per environment, so the three computed deployment fields stay cheap on lists. */
  private readonly byEnvironment = new Map<string, DeploymentRecord[]>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly stepMs: number,
    now: number,
  ) {
    for (const token of TOKENS) {
      this.tokens.set(token.token, {
        id: token.id, token: token.token, organisations: [...token.organisations], memberships: { ...token.memberships },
      });
    }
    for (const org of Object.values(ORGANISATIONS)) this.organisations.set(org.id, { uuid: org.id, name: org.name });
    for (const plan of SEED_PLAN) this.seedApplication(plan, now);
    for (const [group, records] of Object.entries(RESOURCE_SEED.records)) {
      // A group no longer described is not served, so its seed has nowhere to go.
      if (this.resources.serves(group)) for (const record of records) this.resources.add(group, structuredClone(record));
    }
  }

  private seedApplication(plan: ApplicationPlan, now: number): void {
    const app: ApplicationRecord = {
      uuid: plan.uuid, slug: plan.slug, name: plan.name, organisation: plan.organisation, region: plan.region,
      repository: seedRepositoryId(plan.slug), appTemplate: null, branch: 'main', repositoryPrepopulated: false, releaseCommands: [], tags: [],
      disk: 0, transfer: 0, createdAt: plan.createdAt, activeSubscription: plan.subscription, archivedAt: null,
      ...APPLICATION_DEFAULTS,
    };
    this.applications.set(app.uuid, app);
    for (const envPlan of plan.environments) this.seedEnvironment(app, envPlan, now);
  }

  private seedEnvironment(app: ApplicationRecord, plan: EnvironmentPlan, now: number): void {
    const env: EnvironmentRecord = {
      uuid: plan.uuid, application: app.uuid, slug: plan.slug, branch: plan.branch,
      isProductionGrade: plan.productionGrade, alternativeDockerfile: null,
      pendingCommitCount: plan.pendingCommitCount, createdAt: plan.createdAt, stoppedAt: null,
    };
    this.environments.set(env.uuid, env);
    for (const deployment of plan.deployments) {
      this.addDeployment({
        ...this.newDeployment(app, env, deployment.uuid, SEED_DEPLOYER_MEMBERSHIP[app.organisation] ?? '', deployment.startedAt),
        endedAt: deployment.startedAt + deployment.durationSeconds * 1000,
        status: deployment.success ? 'success' : 'failure',
        percent: deployment.success ? COMPLETE_PERCENT : FAILURE_PERCENT,
        success: deployment.success,
        isUsable: deployment.success,
      });
    }
    if (plan.runningAtStart !== null) {
      const membership = SEED_DEPLOYER_MEMBERSHIP[app.organisation] ?? '';
      const running = this.newDeployment(app, env, plan.runningAtStart, membership, now - 2 * this.stepMs);
      this.addDeployment({ ...running, status: 'running', percent: RUNNING_SEED_PERCENT });
    }
  }

  /** A queued deployment of `env` as it is right now (branch, dockerfile, variables). */
  newDeployment(app: ApplicationRecord, env: EnvironmentRecord, uuid: string, membership: string, startedAt: number): DeploymentRecord {
    return {
      uuid, environment: env.uuid, region: app.region, orgMembership: membership, startedAt, endedAt: null,
      status: 'queued', percent: 0, success: null, isUsable: false, gitCommit: sha1(uuid),
      alternativeDockerfile: env.alternativeDockerfile, copyFrom: null, adoptDeployment: null, buildMode: 'AUTO',
      provisionServices: true, environmentVariables: builtInVariables(app, env, uuid),
      failsAtEnd: env.branch.startsWith(FAILING_BRANCH_PREFIX),
    };
  }

  /** Stores a deployment; an unfinished one advances one step every `stepMs` until it ends. */
  addDeployment(deployment: DeploymentRecord): void {
    this.deployments.set(deployment.uuid, deployment);
    this.recordBuild(deployment);
    const list = this.byEnvironment.get(deployment.environment) ?? [];
    list.push(deployment);
    this.byEnvironment.set(deployment.environment, list);
    if (deployment.endedAt === null) this.schedule(() => this.advance(deployment));
  }

  private advance(deployment: DeploymentRecord): void {
    // A stale timer: the deployment was removed with its environment, or already ended.
    if (this.deployments.get(deployment.uuid) !== deployment || deployment.endedAt !== null) return;
    const now = Date.now();
    const percent = Math.min(COMPLETE_PERCENT, deployment.percent + PERCENT_PER_STEP);
    if (deployment.failsAtEnd && percent >= FAILURE_PERCENT) {
      Object.assign(deployment, { percent: FAILURE_PERCENT, status: 'failure', success: false, isUsable: false, endedAt: now });
      this.recordBuild(deployment);
      return;
    }
    if (percent >= COMPLETE_PERCENT) {
      Object.assign(deployment, { percent, status: 'success', success: true, isUsable: true, endedAt: now });
      this.recordBuild(deployment);
      const env = this.environments.get(deployment.environment);
      // The deployed code now matches the branch head.
      if (env !== undefined) env.pendingCommitCount = 0;
      return;
    }
    Object.assign(deployment, { percent, status: 'running' });
    this.schedule(() => this.advance(deployment));
  }

  /**
   * The build a deployment runs (GetBuild): made when the deployment starts, ended with it. Its id
   * derives from the deployment's, so a deployment always finds its own build.
   */
  private recordBuild(deployment: DeploymentRecord): void {
    const env = this.environments.get(deployment.environment);
    if (env === undefined || !this.resources.serves('builds')) return;
    const app = this.applicationOf(env);
    const uuid = seededResourceId(`build/${deployment.uuid}`);
    const build = this.resources.get('builds', uuid) ?? this.resources.add('builds', { uuid });
    Object.assign(build, {
      repository: app.repository, website: app.uuid, build_type: 'DOCKER', start: isoDateTime(deployment.startedAt),
      end: deployment.endedAt === null ? null : isoDateTime(deployment.endedAt), git_commit: deployment.gitCommit,
      docker_image: `registry.divio-simulator.invalid/${app.slug}:${deployment.gitCommit.slice(0, 12)}`,
    });
  }

  /** Deployments of one environment, newest first (started_at desc, then uuid). */
  deploymentsOf(environment: string): DeploymentRecord[] {
    return [...(this.byEnvironment.get(environment) ?? [])].sort(newestFirst);
  }

  removeEnvironment(env: EnvironmentRecord): void {
    this.environments.delete(env.uuid);
    for (const deployment of this.byEnvironment.get(env.uuid) ?? []) this.deployments.delete(deployment.uuid);
    this.byEnvironment.delete(env.uuid);
  }

  /** The application if the user may see it: one of their organisations, not archived. */
  visibleApplication(user: TokenRecord, uuid: string): ApplicationRecord | undefined {
    const app = this.applications.get(uuid);
    return app !== undefined && app.archivedAt === null && user.organisations.includes(app.organisation) ? app : undefined;
  }

  visibleEnvironment(user: TokenRecord, uuid: string): EnvironmentRecord | undefined {
    const env = this.environments.get(uuid);
    return env !== undefined && this.visibleApplication(user, env.application) !== undefined ? env : undefined;
  }

  visibleDeployment(user: TokenRecord, uuid: string): DeploymentRecord | undefined {
    const deployment = this.deployments.get(uuid);
    return deployment !== undefined && this.visibleEnvironment(user, deployment.environment) !== undefined ? deployment : undefined;
  }

  /** The application of a stored environment (always present: environments go with it). */
  applicationOf(env: EnvironmentRecord): ApplicationRecord {
    const app = this.applications.get(env.application);
    if (app === undefined) throw new Error(`Environment ${env.uuid} points to a missing application`);
    return app;
  }

  environmentOf(deployment: DeploymentRecord): EnvironmentRecord {
    const env = this.environments.get(deployment.environment);
    if (env === undefined) throw new Error(`Deployment ${deployment.uuid} points to a missing environment`);
    return env;
  }

  /** Runs `run` one step from now; every timer is unref'd and cleared on close. */
  schedule(run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, this.stepMs);
    // Running deployments must never keep a test process or `npm start` alive.
    timer.unref();
    this.timers.add(timer);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

export function newestFirst(a: DeploymentRecord, b: DeploymentRecord): number {
  return b.startedAt - a.startedAt || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);
}
