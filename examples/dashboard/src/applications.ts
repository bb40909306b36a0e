/**
 * Divio: every application of the gateway's token, its environments and each environment's
 * newest deployment, with a Deploy button that follows the new deployment over
 * `deploymentUpdated` (status and percent) until the gateway completes the stream.
 */
import type { Client } from '@urql/core';
import { badge, errorMessage, fill, formatTime, h, setBadge } from './dom.js';
import { graphql } from './gql/index.js';
import type { DashboardApplicationsQuery, DashboardDeploymentFragment } from './gql/graphql.js';
import { testIds } from './testids.js';

/** Environments shown per application (an application may have a hundred and more). */
export const ENVIRONMENTS_SHOWN = 10;

graphql(/* GraphQL */ `
  fragment DashboardDeployment on Deployment {
    id
    uuid
    status
    success
    percent
    startedAt
    endedAt
    gitCommit
  }
`);

const ApplicationsQuery = graphql(/* GraphQL */ `
  query DashboardApplications($environments: Int!) {
    applications(first: 50) {
      totalCount
      edges {
        node {
          id
          uuid
          name
          slug
          environments(first: $environments) {
            totalCount
            edges {
              node {
                id
                uuid
                slug
                branch
                deployedUrl
                deployments(first: 1) {
                  edges {
                    node {
                      ...DashboardDeployment
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const DeploymentUpdated = graphql(/* GraphQL */ `
  subscription DashboardDeploymentUpdated($id: ID!) {
    deploymentUpdated(id: $id) {
      ...DashboardDeployment
    }
  }
`);

const DeployEnvironment = graphql(/* GraphQL */ `
  mutation DashboardDeployEnvironment($environmentId: ID!) {
    deployEnvironment(input: { environmentId: $environmentId }) {
      __typename
      ... on DeployEnvironmentPayload {
        deployment {
          ...DashboardDeployment
        }
      }
      ... on ConflictError {
        currentState
      }
      ... on ValidationError {
        fields {
          field
          messages
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Application = NonNullable<NonNullable<DashboardApplicationsQuery['applications']>['edges'][number]>['node'];
type Environment = NonNullable<NonNullable<Application['environments']>['edges'][number]>['node'];
type Deployment = DashboardDeploymentFragment;

// Whether a deployment has ended is endedAt or success, never its status: the API says `done` of
// every ended deployment (successful or not), and may say words this dashboard does not know yet.
const inProgress = (deployment: Deployment | null) =>
  deployment !== null && (deployment.endedAt === null || deployment.endedAt === undefined) && (deployment.success === null || deployment.success === undefined);
/** What the badge says: the verdict once ended, else where the deployment stands. */
const label = (deployment: Deployment): string => {
  if (!inProgress(deployment)) return deployment.success === true ? 'SUCCESS' : 'FAILURE';
  return deployment.status ?? 'UNKNOWN';
};

interface Row {
  environment: Environment;
  deployment: Deployment | null;
  cell: HTMLElement;
  deploy: HTMLButtonElement;
  message: HTMLElement;
  progress: HTMLProgressElement | null;
  following: { unsubscribe(): void } | null;
  pending: boolean;
}

export class ApplicationsPanel {
  readonly element = h('section', { class: 'panel', 'data-testid': testIds.applicationsPanel });
  private readonly rows = new Map<string, Row>();

  constructor(private readonly client: Client) {}

  async load(): Promise<void> {
    this.dispose();
    const refresh = h('button', { type: 'button', class: 'secondary' }, 'Refresh');
    refresh.addEventListener('click', () => void this.load());
    fill(this.element, h('header', {}, h('h2', {}, 'Divio applications'), refresh), h('p', { class: 'muted' }, 'Loading…'));

    const result = await this.client.query(ApplicationsQuery, { environments: ENVIRONMENTS_SHOWN }).toPromise();
    this.element.lastElementChild!.remove();
    if (result.error) {
      this.element.append(h('p', { class: 'error', 'data-testid': testIds.applicationsError }, errorMessage(result.error)));
    }
    const applications = result.data?.applications;
    if (!applications) return;
    this.element.append(h('p', { class: 'muted' }, `${applications.totalCount} applications`));
    for (const edge of applications.edges) {
      if (edge) this.element.append(this.renderApplication(edge.node));
    }
  }

  dispose(): void {
    for (const row of this.rows.values()) row.following?.unsubscribe();
    this.rows.clear();
  }

  private renderApplication(application: Application): HTMLElement {
    const environments = application.environments;
    const tbody = h('tbody');
    for (const edge of environments?.edges ?? []) {
      if (edge) tbody.append(this.renderEnvironment(edge.node));
    }
    const more = environments && environments.totalCount > environments.edges.length ? environments.totalCount - environments.edges.length : 0;
    return h(
      'div',
      { class: 'application', 'data-testid': testIds.application(application.uuid) },
      h('h3', { 'data-testid': testIds.applicationName(application.uuid) }, application.name, ' ', h('span', { class: 'muted' }, application.slug)),
      environments === null || environments === undefined
        ? h('p', { class: 'error' }, 'Environments unavailable.')
        : h(
            'table',
            {},
            h('thead', {}, h('tr', {}, h('th', {}, 'Environment'), h('th', {}, 'Branch'), h('th', {}, 'Last deployment'), h('th', {}, ''))),
            tbody,
          ),
      more > 0 ? h('p', { class: 'muted' }, `… and ${more} more environments`) : null,
    );
  }

  private renderEnvironment(environment: Environment): HTMLTableRowElement {
    const uuid = environment.uuid;
    const deployment = environment.deployments?.edges[0]?.node ?? null;
    const cell = h('td', { 'data-testid': testIds.lastDeployment(uuid) });
    const deploy = h('button', { type: 'button', 'data-testid': testIds.deployEnvironment(uuid) }, 'Deploy');
    const message = h('div', { class: 'message', 'data-testid': testIds.deployMessage(uuid), role: 'status' });
    const row: Row = { environment, deployment, cell, deploy, message, progress: null, following: null, pending: false };
    deploy.addEventListener('click', () => void this.deploy(row));
    this.rows.set(uuid, row);
    this.renderDeployment(row);
    // A deployment already under way when the page loads is followed too.
    if (inProgress(deployment)) this.follow(row, deployment!);
    return h(
      'tr',
      { 'data-testid': testIds.environmentRow(uuid) },
      h(
        'td',
        { 'data-testid': testIds.environmentSlug(uuid) },
        environment.deployedUrl ? h('a', { href: environment.deployedUrl, target: '_blank', rel: 'noreferrer' }, environment.slug) : environment.slug,
      ),
      h('td', {}, environment.branch ?? ''),
      cell,
      h('td', { class: 'actions' }, deploy, message),
    );
  }

  private renderDeployment(row: Row): void {
    const uuid = row.environment.uuid;
    const deployment = row.deployment;
    row.deploy.disabled = row.pending || inProgress(deployment);
    if (!deployment) {
      fill(row.cell, h('span', { class: 'muted', 'data-testid': testIds.deploymentStatus(uuid) }, 'never deployed'));
      return;
    }
    const status = label(deployment);
    const followed = row.following !== null || row.progress !== null;
    if (followed && !row.progress) {
      row.progress = h('progress', { max: 100, 'data-testid': testIds.deployProgress(uuid) });
    }
    if (row.progress) {
      row.progress.value = deployment.percent ?? 0;
      row.progress.setAttribute('data-percent', String(deployment.percent ?? 0));
      row.progress.setAttribute('data-status', status);
    }
    const existing = row.cell.querySelector(`[data-testid="${testIds.deploymentStatus(uuid)}"]`);
    if (existing && existing.classList.contains('badge')) {
      // Patch in place, so the progress bar and badge keep their identity while events arrive.
      setBadge(existing, status);
      row.cell.querySelector('.detail')!.textContent = detail(deployment);
      if (row.progress && !row.progress.isConnected) row.cell.append(row.progress);
      return;
    }
    fill(row.cell, badge(status, testIds.deploymentStatus(uuid)), ' ', h('span', { class: 'detail' }, detail(deployment)), row.progress);
  }

  private async deploy(row: Row): Promise<void> {
    row.pending = true;
    this.renderDeployment(row);
    fill(row.message, 'deploying…');
    try {
      const result = await this.client.mutation(DeployEnvironment, { environmentId: row.environment.id }).toPromise();
      const payload = result.data?.deployEnvironment;
      if (result.error || !payload) {
        fill(row.message, h('span', { class: 'error' }, errorMessage(result.error ?? 'no result')));
      } else if (payload.__typename === 'DeployEnvironmentPayload') {
        fill(row.message);
        if (payload.deployment) this.follow(row, payload.deployment);
      } else {
        const fields = payload.__typename === 'ValidationError' ? payload.fields.map((field) => ` ${field.field}: ${field.messages.join(', ')}`).join('') : '';
        const state = payload.__typename === 'ConflictError' && payload.currentState ? ` (state ${payload.currentState})` : '';
        fill(row.message, h('span', { class: 'error' }, `${payload.__typename}: ${payload.message}${state}${fields}`));
      }
    } finally {
      row.pending = false;
      this.renderDeployment(row);
    }
  }

  /** Shows `deployment` and follows it until the gateway completes its stream. */
  private follow(row: Row, deployment: Deployment): void {
    row.following?.unsubscribe();
    row.deployment = deployment;
    row.progress = null;
    row.following = { unsubscribe: () => undefined };
    this.renderDeployment(row);
    const subscription = this.client.subscription(DeploymentUpdated, { id: deployment.id }).subscribe((result) => {
      if (result.error) {
        fill(row.message, h('span', { class: 'error' }, errorMessage(result.error)));
        return;
      }
      const update = result.data?.deploymentUpdated;
      if (!update || update.uuid !== row.deployment?.uuid) return;
      row.deployment = update;
      if (!inProgress(update)) {
        row.progress?.setAttribute('data-done', 'true');
        subscription.unsubscribe();
        row.following = null;
      }
      this.renderDeployment(row);
    });
    if (row.following !== null) row.following = subscription;
  }
}

function detail(deployment: Deployment): string {
  const parts = [`${deployment.percent ?? 0}%`];
  const time = formatTime(deployment.endedAt ?? deployment.startedAt);
  if (time) parts.push(time);
  if (deployment.gitCommit) parts.push(deployment.gitCommit.slice(0, 7));
  return parts.join(' · ');
}
