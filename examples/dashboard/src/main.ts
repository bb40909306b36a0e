/** The dashboard: a header with the gateway and its live connection, then the two panels. */
import './style.css';
import { ApplicationsPanel } from './applications.js';
import { createDashboardClient, type ConnectionState } from './client.js';
import { h, setBadge } from './dom.js';
import { ServicesPanel } from './services.js';
import { testIds } from './testids.js';

const connection = h('span', { class: 'badge', 'data-testid': testIds.connection, 'data-value': 'idle' }, 'idle');
const client = createDashboardClient((state: ConnectionState) => setBadge(connection, state));

const services = new ServicesPanel(client.urql);
const applications = new ApplicationsPanel(client.urql);

document.querySelector('#app')!.replaceChildren(
  h(
    'header',
    { class: 'top' },
    h('h1', {}, 'opsgraph dashboard'),
    h('span', { class: 'muted' }, client.httpUrl, client.persisted ? ' · trusted documents' : ''),
    h('span', {}, 'subscriptions: ', connection),
  ),
  h('main', {}, services.element, applications.element),
);

void services.load();
void applications.load();
