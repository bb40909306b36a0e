/**
 * Expands the fixtures into the full, deterministic seed graph: applications, their
 * environments and their finished deployments, with fixed timestamps (nothing here depends
 * on the clock) and generated ids derived from their kind and a counter.
 */
import { seedId } from './ids.js';
import {
  ACME_BULK_NAMES,
  NAMED_APPLICATIONS,
  NAMED_ENVIRONMENTS,
  ORGANISATIONS,
  REGIONS,
  SHOP_FEATURE_ENVIRONMENTS,
  UMBRELLA_BULK_NAMES,
  type NamedApplicationKey,
  type NamedEnvironmentSpec,
} from './seed-fixtures.js';

export interface DeploymentPlan {
  uuid: string;
  startedAt: number;
  durationSeconds: number;
  success: boolean;
}

export interface EnvironmentPlan {
  uuid: string;
  slug: string;
  branch: string;
  productionGrade: boolean;
  pendingCommitCount: number;
  createdAt: number;
  /** Finished deployments, oldest first. */
  deployments: DeploymentPlan[];
  /** Uuid of a deployment still running when the simulator starts. */
  runningAtStart: string | null;
}

export interface ApplicationPlan {
  uuid: string;
  slug: string;
  name: string;
  organisation: string;
  region: string;
  createdAt: number;
  subscription: string;
  environments: EnvironmentPlan[];
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The first seeded application was created then; later ones follow at APP_SPACING_MS. */
const APP_EPOCH_MS = Date.UTC(2021, 2, 1, 9, 0, 0);
const APP_SPACING_MS = 13 * DAY_MS + 5 * HOUR_MS;
const ENV_SPACING_MS = 2 * DAY_MS;
const DEPLOY_SPACING_MS = 3 * DAY_MS;
/** Deterministic jitter so deployment times do not look machine-made (stays below the spacing). */
const DEPLOY_JITTER_SECONDS = 3600;
const MIN_DEPLOY_SECONDS = 60;
const DEPLOY_SECONDS_SPREAD = 300;
/** Generated deployments fail when `counter % FAIL_EVERY === FAIL_AT`: mostly success, some failure. */
const FAIL_EVERY = 7;
const FAIL_AT = 3;
/** Bulk environments get `(app * 3 + env * 5) % 9` deployments: 0..8. */
const BULK_DEPLOYMENT_MODULO = 9;
const FEATURE_DEPLOYMENT_MODULO = 3;
type Kind = 'application' | 'environment' | 'deployment' | 'subscription';

const slugify = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

type EnvironmentSpec = Omit<EnvironmentPlan, 'deployments' | 'uuid' | 'runningAtStart'> & { uuid?: string; runningAtStart?: string };

/** Builds the graph in one pass, in a fixed order: the counters make every generated id reproducible. */
class PlanBuilder {
  readonly plans: ApplicationPlan[] = [];
  private readonly counters: Record<Kind, number> = { application: 0, environment: 0, deployment: 0, subscription: 0 };

  private nextId(kind: Kind): string {
    this.counters[kind] += 1;
    return seedId(`generated/${kind}/${this.counters[kind]}`);
  }

  private deployments(createdAt: number, count: number, failed: readonly number[] | null): DeploymentPlan[] {
    return Array.from({ length: count }, (_, index) => {
      const uuid = this.nextId('deployment');
      const serial = this.counters.deployment;
      const jitter = ((serial * 7919) % DEPLOY_JITTER_SECONDS) * 1000;
      return {
        uuid,
        startedAt: createdAt + (index + 1) * DEPLOY_SPACING_MS + jitter,
        durationSeconds: MIN_DEPLOY_SECONDS + ((serial * 37) % DEPLOY_SECONDS_SPREAD),
        success: failed === null ? serial % FAIL_EVERY !== FAIL_AT : !failed.includes(index),
      };
    });
  }

  environment(spec: EnvironmentSpec, finished: number, failed: readonly number[] | null): EnvironmentPlan {
    const uuid = spec.uuid ?? this.nextId('environment');
    return { ...spec, uuid, runningAtStart: spec.runningAtStart ?? null, deployments: this.deployments(spec.createdAt, finished, failed) };
  }

  private application(spec: { uuid: string; slug: string; name: string; organisation: string; region: string }): ApplicationPlan {
    const plan: ApplicationPlan = {
      ...spec,
      createdAt: APP_EPOCH_MS + this.plans.length * APP_SPACING_MS,
      subscription: this.nextId('subscription'),
      environments: [],
    };
    this.plans.push(plan);
    return plan;
  }

  named(key: NamedApplicationKey, region: string): ApplicationPlan {
    const spec = NAMED_APPLICATIONS[key];
    const plan = this.application({ uuid: spec.id, slug: spec.slug, name: spec.name, organisation: spec.organisation, region });
    const envSpecs: NamedEnvironmentSpec[] = Object.values(NAMED_ENVIRONMENTS).filter((env) => env.application === key);
    envSpecs.forEach((env, index) => {
      const facts: EnvironmentSpec = {
        uuid: env.id, slug: env.slug, branch: env.branch, productionGrade: env.slug === 'live',
        pendingCommitCount: env.pendingCommitCount, createdAt: plan.createdAt + index * ENV_SPACING_MS,
        ...(env.runningAtStart === undefined ? {} : { runningAtStart: env.runningAtStart }),
      };
      plan.environments.push(this.environment(facts, env.finished, env.failed));
    });
    return plan;
  }

  bulk(name: string, organisation: string, region: string, bulkIndex: number): void {
    const plan = this.application({ uuid: this.nextId('application'), slug: slugify(name), name, organisation, region });
    const slugs = bulkIndex % 2 === 0 ? ['live', 'stage', 'test'] : ['live', 'stage'];
    slugs.forEach((slug, envIndex) => {
      const finished = (bulkIndex * 3 + envIndex * 5) % BULK_DEPLOYMENT_MODULO;
      const pendingCommitCount = slug === 'live' ? 0 : (bulkIndex + envIndex) % 4;
      const createdAt = plan.createdAt + envIndex * ENV_SPACING_MS;
      const branch = slug === 'live' ? 'main' : 'develop';
      plan.environments.push(this.environment({ slug, branch, productionGrade: slug === 'live', pendingCommitCount, createdAt }, finished, null));
    });
  }
}

function buildPlan(): ApplicationPlan[] {
  const builder = new PlanBuilder();
  const shop = builder.named('acmeShop', REGIONS.eu);
  for (let n = 1; n <= SHOP_FEATURE_ENVIRONMENTS; n += 1) {
    const facts = { slug: `feature-${n}`, branch: `feature/${n}`, productionGrade: false, pendingCommitCount: n % 5, createdAt: shop.createdAt + (3 + n) * ENV_SPACING_MS };
    shop.environments.push(builder.environment(facts, n % FEATURE_DEPLOYMENT_MODULO, null));
  }
  builder.named('acmeWebsite', REGIONS.eu);
  builder.named('acmeLabs', REGIONS.us);
  ACME_BULK_NAMES.forEach((name, index) => builder.bulk(`Acme ${name}`, ORGANISATIONS.acme.id, index % 4 === 3 ? REGIONS.us : REGIONS.eu, index));
  builder.named('umbrellaResearch', REGIONS.us);
  UMBRELLA_BULK_NAMES.forEach((name, index) => builder.bulk(name, ORGANISATIONS.umbrella.id, REGIONS.us, index));
  return builder.plans;
}

/** The whole seed graph, computed once at module load (it is pure). */
export const SEED_PLAN: readonly ApplicationPlan[] = buildPlan();
