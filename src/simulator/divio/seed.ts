/**
 * DIVIO_SEED: the fixed ids, credentials and counts every simulator instance starts from,
 * summarised from the seed graph so tests and the gateway can refer to them. Every id is base32,
 * as the real API's are, and the same in every run.
 */
import {
  NAMED_APPLICATIONS,
  NAMED_ENVIRONMENTS,
  ORGANISATIONS,
  REGIONS,
  TOKENS,
  type NamedApplicationKey,
  type NamedEnvironmentKey,
} from './seed-fixtures.js';
import { SEED_PLAN, type ApplicationPlan, type EnvironmentPlan } from './seed-plan.js';
import { RESOURCE_SEED, type DivioSeedResources } from './seed-resources.js';

export interface DivioSeedApplication {
  id: string;
  slug: string;
  name: string;
  organisation: string;
  environmentCount: number;
}

export interface DivioSeedEnvironment {
  id: string;
  slug: string;
  branch: string;
  application: string;
  /** Deployments at start-up, including one still running. */
  deploymentCount: number;
}

export interface DivioSeed {
  /** Each token's user, with the membership id it has in each of its organisations (a deployment's `org_membership`). */
  tokens: Array<{ id: string; token: string; organisations: string[]; memberships: Record<string, string> }>;
  organisations: { [K in keyof typeof ORGANISATIONS]: { id: string; name: string } };
  regions: { [K in keyof typeof REGIONS]: string };
  applications: Record<NamedApplicationKey, DivioSeedApplication>;
  environments: Record<NamedEnvironmentKey, DivioSeedEnvironment>;
  /** The deployment that is still running when a simulator starts (it finishes on the timer). */
  runningDeployment: { id: string; environment: string };
  /**
   * Ids of the described groups' seed: the service catalog, the backup configurations, and per
   * environment (acme-shop live and test, research-portal live) its service instances, domains,
   * variables, backups (newest first) and finished transfers.
   */
  resources: DivioSeedResources;
  counts: {
    applicationsByOrganisation: Record<string, number>;
    environmentsByOrganisation: Record<string, number>;
    deploymentsByOrganisation: Record<string, number>;
  };
}

const deploymentCount = (env: EnvironmentPlan): number => env.deployments.length + (env.runningAtStart === null ? 0 : 1);

function findApplication(id: string): ApplicationPlan {
  const plan = SEED_PLAN.find((app) => app.uuid === id);
  if (plan === undefined) throw new Error(`Seed application ${id} is missing from the plan`);
  return plan;
}

function findEnvironment(id: string): EnvironmentPlan {
  const env = SEED_PLAN.flatMap((app) => app.environments).find((candidate) => candidate.uuid === id);
  if (env === undefined) throw new Error(`Seed environment ${id} is missing from the plan`);
  return env;
}

function countBy(measure: (app: ApplicationPlan) => number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const app of SEED_PLAN) counts[app.organisation] = (counts[app.organisation] ?? 0) + measure(app);
  return counts;
}

function mapValues<K extends string, V, R>(record: Record<K, V>, map: (value: V) => R): Record<K, R> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value as V)])) as Record<K, R>;
}

const running = NAMED_ENVIRONMENTS.websiteLive;

export const DIVIO_SEED: DivioSeed = {
  tokens: TOKENS.map((token) => ({ id: token.id, token: token.token, organisations: [...token.organisations], memberships: { ...token.memberships } })),
  organisations: { acme: { ...ORGANISATIONS.acme }, umbrella: { ...ORGANISATIONS.umbrella } },
  regions: { ...REGIONS },
  applications: mapValues(NAMED_APPLICATIONS, (spec) => ({
    ...spec,
    environmentCount: findApplication(spec.id).environments.length,
  })),
  environments: mapValues(NAMED_ENVIRONMENTS, (spec) => ({
    id: spec.id,
    slug: spec.slug,
    branch: spec.branch,
    application: NAMED_APPLICATIONS[spec.application].id,
    deploymentCount: deploymentCount(findEnvironment(spec.id)),
  })),
  runningDeployment: { id: running.runningAtStart, environment: running.id },
  resources: structuredClone(RESOURCE_SEED.ids),
  counts: {
    applicationsByOrganisation: countBy(() => 1),
    environmentsByOrganisation: countBy((app) => app.environments.length),
    deploymentsByOrganisation: countBy((app) => app.environments.reduce((sum, env) => sum + deploymentCount(env), 0)),
  },
};
