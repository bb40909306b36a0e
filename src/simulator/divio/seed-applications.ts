/**
 * The seed graph (seed-plan.ts) as records of the store: applications, their environments, their
 * finished deployments and the builds those ran; and the deployment still running at start-up,
 * which depends on when the simulator starts and how fast its deployments step.
 */
import { RUNNING_SEED_PERCENT } from './facts.js';
import { applicationRecord, buildRecord, deploymentRecord, endDeployment, environmentRecord, type WireRecord } from './records.js';
import { SEED_DEPLOYER_MEMBERSHIP } from './seed-fixtures.js';
import { SEED_PLAN, type ApplicationPlan, type EnvironmentPlan } from './seed-plan.js';
import { seedRepositoryId } from './seed-source.js';

export const APPLICATION_GROUPS = ['applications', 'environments', 'deployments'] as const;

type Records = Record<string, WireRecord[]>;

const application = (plan: ApplicationPlan): WireRecord =>
  applicationRecord({
    uuid: plan.uuid, slug: plan.slug, name: plan.name, organisation: plan.organisation, region: plan.region,
    repository: seedRepositoryId(plan.slug), createdAt: plan.createdAt, activeSubscription: plan.subscription,
  });

const environment = (app: WireRecord, plan: EnvironmentPlan): WireRecord =>
  environmentRecord({
    uuid: plan.uuid, application: app.uuid, slug: plan.slug, branch: plan.branch, isProductionGrade: plan.productionGrade,
    alternativeDockerfile: null, pendingCommitCount: plan.pendingCommitCount, createdAt: plan.createdAt,
  });

/** Seeded deployments were started by a CI user of the organisation. */
const deployer = (app: WireRecord): string => SEED_DEPLOYER_MEMBERSHIP[String(app.organisation)] ?? '';

export function seedApplications(records: Records): void {
  for (const plan of SEED_PLAN) {
    const app = application(plan);
    records.applications!.push(app);
    for (const envPlan of plan.environments) {
      const env = environment(app, envPlan);
      records.environments!.push(env);
      for (const finished of envPlan.deployments) {
        const deployment = deploymentRecord({ uuid: finished.uuid, application: app, environment: env, orgMembership: deployer(app), startedAt: finished.startedAt });
        endDeployment(deployment, finished.success, finished.startedAt + finished.durationSeconds * 1000);
        records.deployments!.push(deployment);
        records.builds!.push(buildRecord(app, deployment));
      }
    }
  }
}

/**
 * The deployments running when a simulator starts (`runningAtStart` of the plan): begun two steps
 * ago and halfway through. Their behaviour (deployment-progress.ts) takes them on from there.
 */
export function runningAtStart(records: Readonly<Records>, now: number, stepMs: number): WireRecord[] {
  const running: WireRecord[] = [];
  for (const plan of SEED_PLAN) {
    for (const envPlan of plan.environments) {
      if (envPlan.runningAtStart === null) continue;
      const app = records.applications!.find((candidate) => candidate.uuid === plan.uuid)!;
      const env = records.environments!.find((candidate) => candidate.uuid === envPlan.uuid)!;
      const deployment = deploymentRecord({ uuid: envPlan.runningAtStart, application: app, environment: env, orgMembership: deployer(app), startedAt: now - 2 * stepMs });
      running.push(Object.assign(deployment, { status: 'running', percent: RUNNING_SEED_PERCENT }));
    }
  }
  return running;
}
