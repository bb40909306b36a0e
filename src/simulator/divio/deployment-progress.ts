/**
 * A deployment's progress over time, the one state machine of the core groups: queued, then
 * running one step (+25 %) every `stepMs`, ending (status `done`) in success at 100 % or, on a
 * `fail*` branch, in failure at 75 %. A success brings the environment up to its branch head. The
 * build a deployment runs follows it, and its log grows with it.
 */
import type { DivioState } from './context.js';
import { COMPLETE_PERCENT, FAILURE_PERCENT, PERCENT_PER_STEP } from './facts.js';
import { buildRecord, endDeployment, statusWord, type WireRecord } from './records.js';
import { referenced } from './resources-hooks.js';
import { appName, isoDateTime } from './wire.js';

const RELEASE_COMMAND = 'python manage.py migrate';

/** Makes or updates the build a deployment runs (GetBuild). */
function recordBuild(state: DivioState, deployment: WireRecord): void {
  const application = referenced(state, 'applications', referenced(state, 'environments', deployment, 'environment'), 'application');
  if (application === undefined || !state.store.has('builds')) return;
  const build = buildRecord(application, deployment);
  const stored = state.store.get('builds', build.uuid);
  if (stored === undefined) state.store.add('builds', build);
  else Object.assign(stored, build);
}

function advance(state: DivioState, deployment: WireRecord): void {
  // A stale timer: the deployment was removed with its environment, or has already ended.
  if (state.store.get('deployments', deployment.uuid) !== deployment || deployment.ended_at !== null) return;
  const percent = Math.min(COMPLETE_PERCENT, Number(deployment.percent) + PERCENT_PER_STEP);
  if (deployment.fails_at_end === true && percent >= FAILURE_PERCENT) {
    endDeployment(deployment, false, Date.now());
    recordBuild(state, deployment);
    return;
  }
  if (percent >= COMPLETE_PERCENT) {
    endDeployment(deployment, true, Date.now());
    recordBuild(state, deployment);
    const environment = referenced(state, 'environments', deployment, 'environment');
    // The deployed code now matches the branch head.
    if (environment !== undefined) environment.pending_commit_count = 0;
    return;
  }
  Object.assign(deployment, { percent, status: statusWord(deployment, 'running') });
  state.store.schedule(state.stepMs, () => advance(state, deployment));
}

/** Starts (or, for a seeded one, resumes) a stored deployment's progress; a finished one only gets its build. */
export function progress(state: DivioState, deployment: WireRecord): void {
  recordBuild(state, deployment);
  if (deployment.ended_at === null) state.store.schedule(state.stepMs, () => advance(state, deployment));
}

/** The build log as far as the deployment got: one more block per progress step. */
export function deploymentLogs(state: DivioState, deployment: WireRecord): string {
  const environment = referenced(state, 'environments', deployment, 'environment');
  const application = referenced(state, 'applications', environment, 'application');
  const name = environment === undefined || application === undefined ? '' : appName(application, environment);
  const commit = String(deployment.git_commit);
  const image = commit.slice(0, 12);
  const steps = [
    `[25%] Building image from ${String(deployment.alternative_dockerfile ?? 'Dockerfile')}\n[25%] Successfully built image ${image}`,
    `[50%] Pushing image to registry.divio.internal/${name}:${image}`,
    `[75%] Running release commands: ${RELEASE_COMMAND}`,
    `[100%] Starting containers: web (1 instance)`,
  ];
  const lines = [
    `Deployment ${deployment.uuid} queued at ${isoDateTime(Date.parse(String(deployment.started_at)))}`,
    `Environment ${name}, commit ${commit.slice(0, 7)}, build mode ${String(deployment.build_mode)}`,
    ...steps.slice(0, Math.floor(Number(deployment.percent) / PERCENT_PER_STEP)),
  ];
  if (deployment.ended_at !== null) {
    if (deployment.success === false && deployment.percent === FAILURE_PERCENT) {
      lines.push(`[75%] Release command failed: ${RELEASE_COMMAND} exited with code 1`);
    }
    lines.push(deployment.success === true ? `Deployment succeeded in ${String(deployment.duration)}s` : `Deployment failed after ${String(deployment.duration)}s`);
  }
  return `${lines.join('\n')}\n`;
}
