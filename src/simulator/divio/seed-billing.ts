/**
 * Seed of the billing and activity groups: a few months of invoices per organization (each with
 * its lines and the charge that paid it), the licenses and country catalog, app templates, the
 * metrics every environment reports, and an activity log for the named applications.
 * Deterministic, like the rest of the seed.
 */
import { ENVIRONMENT_METRICS } from './facts.js';
import { seedId as id } from './ids.js';
import type { WireRecord } from './records.js';
import { NAMED_APPLICATIONS, ORGANISATIONS } from './seed-fixtures.js';
import { isoDateTime } from './wire.js';

const DAY_MS = 86_400_000;
/** The first invoice month; one invoice per organization per month after it. */
const FIRST_INVOICE_MS = Date.UTC(2024, 0, 1);
const MONTHS = 3;
const STATIC_HOST = 'https://static.divio-simulator.invalid';

export const BILLING_GROUPS = ['invoices', 'invoice-items', 'charges', 'licenses', 'countries', 'app-templates', 'environment-metric-metadata', 'application-activities'] as const;

export interface DivioSeedBilling {
  /** Invoices per organization key, newest first, with their lines and charges. */
  invoices: Record<keyof typeof ORGANISATIONS, Array<{ id: string; number: string; items: string[]; charges: string[] }>>;
  countries: string[];
  appTemplates: string[];
  metricMetadata: string[];
  /** Activities of acme-shop, newest first. */
  activities: string[];
}

type Records = Record<string, WireRecord[]>;

function invoicesOf(records: Records, orgKey: keyof typeof ORGANISATIONS, plan: string, monthly: number) {
  const organisation = ORGANISATIONS[orgKey].id;
  const made: DivioSeedBilling['invoices'][typeof orgKey] = [];
  for (let month = 0; month < MONTHS; month += 1) {
    const start = new Date(FIRST_INVOICE_MS);
    start.setUTCMonth(start.getUTCMonth() + month);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    const label = `${orgKey}/invoice/${month}`;
    const invoice = { id: id(label), number: `INV-${orgKey.toUpperCase()}-${2024_01 + month}`, items: [id(`${label}/plan`), id(`${label}/addon`)], charges: [id(`${label}/charge`)] };
    const open = month === MONTHS - 1;
    const total = (monthly + 12).toFixed(2);
    records.invoices!.push({
      uuid: invoice.id, number: invoice.number, created: isoDateTime(end.getTime()), period: `${start.toISOString().slice(0, 7)}`,
      billing_currency: 'EUR', charge_total: total, status: open ? 'open' : 'paid', charge_date: isoDateTime(end.getTime() + 7 * DAY_MS).slice(0, 10),
      organisation, receipt: open ? null : `${STATIC_HOST}/receipts/${invoice.id}.pdf`, payment_methods: 'card', charge_info: '', extra_info: '',
      // Not answered (undescribed): what the `id` and `open` filters read.
      id: 1000 + month + (orgKey === 'acme' ? 0 : 100), open,
    });
    records['invoice-items']!.push(
      {
        uuid: invoice.items[0]!, invoice: invoice.id, title: `${plan} plan`, item_id: 1, item_name: plan, item_class_name: 'Subscription',
        item_url: `${STATIC_HOST}/subscriptions/${orgKey}`, item_obj_archived: false, duration: '1 month', options: '', is_website_additional_service: false,
        start: isoDateTime(start.getTime()), end: isoDateTime(end.getTime()), total: monthly.toFixed(2),
      },
      {
        uuid: invoice.items[1]!, invoice: invoice.id, title: 'Extra storage (10 GB)', item_id: 2, item_name: 'Storage add-on', item_class_name: 'AdditionalService',
        item_url: `${STATIC_HOST}/addons/storage`, item_obj_archived: false, duration: '1 month', options: '10 GB', is_website_additional_service: true,
        start: isoDateTime(start.getTime()), end: isoDateTime(end.getTime()), total: '12.00',
      },
    );
    records.charges!.push({
      uuid: invoice.charges[0]!, invoice: invoice.id, currency: 'EUR', amount: Math.round(Number(total) * 100),
      charged_at: isoDateTime(end.getTime() + 7 * DAY_MS), status: open ? 'pending' : 'succeeded', charge_target: 'Visa •••• 4242', fail_message: '',
    });
    made.unshift(invoice);
  }
  return made;
}

const COUNTRIES = [['CH', 'Switzerland'], ['DE', 'Germany'], ['GB', 'United Kingdom'], ['US', 'United States']] as const;
const TEMPLATES = [
  { identifier: 'django', name: 'Django', services: ['postgres-15', 's3-storage'], release: ['python manage.py migrate'] },
  { identifier: 'wagtail', name: 'Wagtail', services: ['postgres-15', 's3-storage'], release: ['python manage.py migrate'] },
  { identifier: 'nodejs', name: 'Node.js', services: [], release: [] },
] as const;
const METRICS: Record<string, { title: string; unit: string; numerator?: string; denominator?: string }> = {
  cpu_usage: { title: 'CPU usage', unit: '%' },
  memory_usage: { title: 'Memory usage', unit: 'MB' },
  requests_per_minute: { title: 'Requests', unit: 'req/min', numerator: 'requests', denominator: 'minute' },
  response_time_p95: { title: 'Response time (95th percentile)', unit: 'ms' },
};
const ACTIVITY_KINDS = [
  ['deployment', 'started a deployment of live'],
  ['environment_variable', 'changed the environment variables of stage'],
  ['domain', 'added the domain shop.acme.example'],
  ['deployment', 'started a deployment of stage'],
] as const;

export function seedBilling(records: Records): DivioSeedBilling {
  const invoices = { acme: invoicesOf(records, 'acme', 'Business', 149), umbrella: invoicesOf(records, 'umbrella', 'Starter', 39) };
  records.licenses!.push({ uuid: id('license/cms'), name: 'Divio CMS', identifier: 'divio-cms', seats: 10 });
  const countries = COUNTRIES.map(([code, name]) => {
    const uuid = id(`country/${code}`);
    records.countries!.push({ uuid, short_name: code, long_name: name });
    return uuid;
  });
  const appTemplates = TEMPLATES.map((template, index) => {
    const uuid = id(`template/${template.identifier}`);
    records['app-templates']!.push({
      uuid, identifier: template.identifier, name: template.name, short_description: `A ${template.name} application, ready to deploy.`,
      icon_dark_mode: `${STATIC_HOST}/templates/${template.identifier}-dark.svg`, is_default: index === 0, order: index + 1,
      release_commands: [...template.release], services: [...template.services], tags: [template.identifier],
    });
    return uuid;
  });
  const metricMetadata = Object.keys(ENVIRONMENT_METRICS).map((identifier) => {
    const uuid = id(`metric/${identifier}`);
    const metric = METRICS[identifier]!;
    records['environment-metric-metadata']!.push({
      uuid, identifier, is_visible: true, title: metric.title, description: `${metric.title} of the environment's containers.`,
      chart_name: identifier.split('_')[0]!, chart_display: 'line', unit: metric.unit, unit_numerator: metric.numerator ?? '', unit_denominator: metric.denominator ?? '',
    });
    return uuid;
  });
  const shop = NAMED_APPLICATIONS.acmeShop;
  const activities = ACTIVITY_KINDS.map(([type, did], index) => {
    const uuid = id(`activity/acme-shop/${index}`);
    records['application-activities']!.push({
      uuid, application: shop.id, organisation: shop.organisation, created_at: isoDateTime(Date.UTC(2024, 4, 10 - index, 9, 0, 0)),
      user: id('user/ops'), impersonated: false, description: `Olivia Ops ${did}.`, type, context: { environment: index % 2 === 0 ? 'live' : 'stage' },
      user_name: 'Olivia Ops', user_email: 'ops@acme.example', user_avatar_images: { 64: `${STATIC_HOST}/avatars/ops-64.png` }, user_is_removed: false,
    });
    return uuid;
  });
  return { invoices, countries, appTemplates, metricMetadata, activities };
}
