/**
 * ClickHouse Cloud: every organization of the gateway's key, its services with their state and
 * latest backup, live state over `organizationServicesUpdated` (one subscription per
 * organization, fed by one poller on the gateway), and Stop / Start buttons.
 */
import type { Client } from '@urql/core';
import { badge, errorMessage, fill, formatBytes, formatTime, h, setBadge } from './dom.js';
import { graphql } from './gql/index.js';
import type { DashboardServicesQuery, ServiceState } from './gql/graphql.js';
import { testIds } from './testids.js';

const ServicesQuery = graphql(/* GraphQL */ `
  query DashboardServices {
    organizations {
      id
      uuid
      name
      services(first: 100) {
        totalCount
        edges {
          node {
            id
            uuid
            name
            state
            tier
            provider
            region
            latestBackup {
              id
              status
              startedAt
              finishedAt
              sizeInBytes
            }
          }
        }
      }
    }
  }
`);

const ServiceUpdates = graphql(/* GraphQL */ `
  subscription DashboardServiceUpdates($organizationId: ID!) {
    organizationServicesUpdated(organizationId: $organizationId) {
      id
      uuid
      name
      state
      tier
      provider
      region
    }
  }
`);

const StopService = graphql(/* GraphQL */ `
  mutation DashboardStopService($id: ID!) {
    stopService(input: { id: $id }) {
      __typename
      ... on ServicePayload {
        service {
          id
          uuid
          state
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

const StartService = graphql(/* GraphQL */ `
  mutation DashboardStartService($id: ID!) {
    startService(input: { id: $id }) {
      __typename
      ... on ServicePayload {
        service {
          id
          uuid
          state
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

type Organization = NonNullable<DashboardServicesQuery['organizations']>[number];
type Service = NonNullable<NonNullable<Organization['services']>['edges'][number]>['node'];
type ServiceFields = Pick<Service, 'id' | 'uuid' | 'name' | 'state' | 'tier' | 'provider' | 'region'> & Partial<Pick<Service, 'latestBackup'>>;

/** States the buttons act on; the gateway answers a ConflictError for any other. */
const STOPPABLE: ReadonlySet<ServiceState> = new Set(['RUNNING', 'IDLE', 'DEGRADED', 'PARTIALLY_RUNNING']);
const STARTABLE: ReadonlySet<ServiceState> = new Set(['STOPPED', 'IDLE']);

interface Row {
  service: ServiceFields;
  element: HTMLTableRowElement;
  name: HTMLElement;
  state: HTMLElement;
  stop: HTMLButtonElement;
  start: HTMLButtonElement;
  message: HTMLElement;
  pending: boolean;
}

type MutationResult = { __typename: string; message?: string; currentState?: string | null; fields?: { field: string; messages: string[] }[] };

export class ServicesPanel {
  readonly element = h('section', { class: 'panel', 'data-testid': testIds.servicesPanel });
  private readonly rows = new Map<string, Row>();
  private readonly subscriptions: { unsubscribe(): void }[] = [];

  constructor(private readonly client: Client) {}

  async load(): Promise<void> {
    this.dispose();
    const refresh = h('button', { type: 'button', class: 'secondary' }, 'Refresh');
    refresh.addEventListener('click', () => void this.load());
    fill(this.element, h('header', {}, h('h2', {}, 'ClickHouse Cloud services'), refresh), h('p', { class: 'muted' }, 'Loading…'));

    const result = await this.client.query(ServicesQuery, {}).toPromise();
    const organizations = result.data?.organizations ?? [];
    this.element.lastElementChild!.remove();
    if (result.error) {
      this.element.append(h('p', { class: 'error', 'data-testid': testIds.servicesError }, errorMessage(result.error)));
    }
    if (!result.data?.organizations && !result.error) {
      this.element.append(h('p', { class: 'muted' }, 'No ClickHouse organization.'));
    }
    for (const organization of organizations) this.element.append(this.renderOrganization(organization));
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.unsubscribe();
    this.rows.clear();
  }

  private renderOrganization(organization: Organization): HTMLElement {
    const services = organization.services;
    const status = h('span', { class: 'muted live-status' }, 'connecting…');
    const tbody = h('tbody');
    const section = h(
      'div',
      { class: 'organization', 'data-testid': testIds.organization(organization.uuid), 'data-live': 'false' },
      h('h3', {}, organization.name, ' ', h('span', { class: 'muted' }, services ? `${services.totalCount} services` : 'services unavailable'), ' ', status),
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Service'), h('th', {}, 'State'), h('th', {}, 'Tier'), h('th', {}, 'Region'), h('th', {}, 'Latest backup'), h('th', {}, ''))),
        tbody,
      ),
    );
    for (const edge of services?.edges ?? []) {
      if (edge) tbody.append(this.renderRow(edge.node));
    }

    const subscription = this.client.subscription(ServiceUpdates, { organizationId: organization.id }).subscribe((result) => {
      if (result.error) {
        section.setAttribute('data-live', 'false');
        fill(status, h('span', { class: 'error' }, `live updates stopped: ${errorMessage(result.error)}`));
        return;
      }
      const service = result.data?.organizationServicesUpdated;
      if (!service) return;
      section.setAttribute('data-live', 'true');
      fill(status, h('span', { class: 'live' }, '● live'));
      const row = this.rows.get(service.uuid);
      if (row) this.update(row, service);
      else tbody.append(this.renderRow(service));
    });
    this.subscriptions.push(subscription);
    return section;
  }

  private renderRow(service: ServiceFields): HTMLTableRowElement {
    const uuid = service.uuid;
    const name = h('td', { 'data-testid': testIds.serviceName(uuid) }, service.name);
    const state = badge(service.state, testIds.serviceState(uuid));
    const stop = h('button', { type: 'button', 'data-testid': testIds.stopService(uuid) }, 'Stop');
    const start = h('button', { type: 'button', 'data-testid': testIds.startService(uuid) }, 'Start');
    const message = h('div', { class: 'message', 'data-testid': testIds.serviceMessage(uuid), role: 'status' });
    const element = h(
      'tr',
      { 'data-testid': testIds.serviceRow(uuid) },
      name,
      h('td', {}, state),
      h('td', {}, service.tier ?? ''),
      h('td', {}, `${service.provider} ${service.region}`),
      h(
        'td',
        { 'data-testid': testIds.serviceBackup(uuid) },
        renderBackup(service.latestBackup),
      ),
      h('td', { class: 'actions' }, stop, ' ', start, message),
    );
    const row: Row = { service, element, name, state, stop, start, message, pending: false };
    stop.addEventListener('click', () => void this.mutate(row, 'stop'));
    start.addEventListener('click', () => void this.mutate(row, 'start'));
    this.rows.set(uuid, row);
    this.syncButtons(row);
    return element;
  }

  private update(row: Row, service: Partial<ServiceFields>): void {
    row.service = { ...row.service, ...service };
    if (service.name) row.name.textContent = service.name;
    if (service.state) setBadge(row.state, service.state);
    this.syncButtons(row);
  }

  private syncButtons(row: Row): void {
    row.stop.disabled = row.pending || !STOPPABLE.has(row.service.state);
    row.start.disabled = row.pending || !STARTABLE.has(row.service.state);
  }

  private async mutate(row: Row, action: 'stop' | 'start'): Promise<void> {
    row.pending = true;
    this.syncButtons(row);
    fill(row.message, action === 'stop' ? 'stopping…' : 'starting…');
    try {
      const variables = { id: row.service.id };
      const result =
        action === 'stop'
          ? await this.client.mutation(StopService, variables).toPromise()
          : await this.client.mutation(StartService, variables).toPromise();
      const payload: (MutationResult & { service?: { state: ServiceState } }) | undefined =
        result.data && ('stopService' in result.data ? result.data.stopService : result.data.startService);
      if (result.error || !payload) {
        fill(row.message, h('span', { class: 'error' }, errorMessage(result.error ?? 'no result')));
      } else if (payload.__typename === 'ServicePayload' && payload.service) {
        fill(row.message);
        this.update(row, { state: payload.service.state });
      } else {
        fill(row.message, h('span', { class: 'error' }, describeError(payload)));
      }
    } finally {
      row.pending = false;
      this.syncButtons(row);
    }
  }
}

function renderBackup(backup: Service['latestBackup'] | undefined): HTMLElement {
  // Live events carry no backup: the row keeps what the query read.
  if (backup === undefined) return h('span', { class: 'muted' }, '—');
  if (backup === null) return h('span', { class: 'muted' }, 'no backup');
  return h('span', {}, badge(backup.status), ` ${formatTime(backup.finishedAt ?? backup.startedAt)} ${formatBytes(backup.sizeInBytes)}`);
}

function describeError(payload: MutationResult): string {
  const parts = [`${payload.__typename}: ${payload.message ?? ''}`];
  if (payload.currentState) parts.push(`(state ${payload.currentState})`);
  for (const field of payload.fields ?? []) parts.push(`${field.field}: ${field.messages.join(', ')}`);
  return parts.join(' ');
}
