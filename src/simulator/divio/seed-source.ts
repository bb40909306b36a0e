/**
 * Seed of the source groups: every seeded application deploys from a repository of its
 * organization (acme-shop's has a webhook), Acme has a private container registry, and acme-shop's
 * live environment runs two cron jobs.
 */
import { NAMED_APPLICATIONS, NAMED_ENVIRONMENTS, ORGANISATIONS } from './seed-fixtures.js';
import { SEED_PLAN } from './seed-plan.js';
import { seedId as id } from './ids.js';
import type { WireRecord } from './records.js';
import { isoDateTime } from './wire.js';

const PULLED_MS = Date.UTC(2024, 4, 10, 8, 0, 0);

export const SOURCE_GROUPS = ['repositories', 'webhooks', 'container-registries', 'cronjobs'] as const;

/** The repository a seeded application deploys from (the store gives it to the application). */
export const seedRepositoryId = (slug: string): string => id(`repository/${slug}`);

export interface DivioSeedSource {
  /** Repositories of the named applications, by application key. */
  repositories: Record<keyof typeof NAMED_APPLICATIONS, string>;
  webhook: string;
  containerRegistry: string;
  /** Cron jobs of acme-shop live. */
  cronjobs: string[];
}

type Records = Record<string, WireRecord[]>;

export function seedSource(records: Records): DivioSeedSource {
  for (const plan of SEED_PLAN) {
    records.repositories!.push({
      uuid: seedRepositoryId(plan.slug), organisation: plan.organisation, url: `git@git.divio-simulator.invalid:${plan.slug}.git`,
      authentication_type: 'KEYPAIR', authentication_config: { key_type: 'ED25519' }, auth_info: null, is_read_only: false,
      last_pull_success: true, last_pulled_at: isoDateTime(PULLED_MS), last_push_success: true, last_pushed_at: isoDateTime(PULLED_MS - 3_600_000),
      state: 'CONNECTED', state_message: '',
    });
  }
  const repositories = Object.fromEntries(
    Object.entries(NAMED_APPLICATIONS).map(([key, app]) => [key, seedRepositoryId(app.slug)]),
  ) as DivioSeedSource['repositories'];
  const webhook = id('webhook/acme-shop');
  records.webhooks!.push({
    uuid: webhook, repository: repositories.acmeShop, provider: 'GITHUB', provider_class: 'github', provider_config: { events: ['push'] },
    trigger_url: null, last_dispatch_at: isoDateTime(PULLED_MS), last_dispatch_success: true,
    last_dispatch_message: 'Pulled main', date_created: isoDateTime(PULLED_MS - 86_400_000), date_modified: isoDateTime(PULLED_MS),
  });
  const containerRegistry = id('registry/acme');
  records['container-registries']!.push({ uuid: containerRegistry, server: 'registry.acme.example', organisation: ORGANISATIONS.acme.id });
  const live = NAMED_ENVIRONMENTS.shopLive.id;
  const cronjobs = [
    { label: 'clearsessions', command: 'python manage.py clearsessions', frequency: 'DAILY', time: '03:30' },
    { label: 'sync', command: 'python manage.py sync_inventory', frequency: 'EVERY10MIN', time: '' },
  ].map((job) => {
    const uuid = id(`cronjob/shop-live/${job.label}`);
    records.cronjobs!.push({ uuid, environment: live, command: job.command, frequency: job.frequency, time: job.time, custom_timeout: null });
    return uuid;
  });
  return { repositories, webhook, containerRegistry, cronjobs };
}
