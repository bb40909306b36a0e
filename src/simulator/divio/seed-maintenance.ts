/**
 * Seed of maintenance runs: acme-shop has one upcoming (it may be run early or skipped), one that
 * cannot be skipped, and one completed; acme-website one upcoming. Umbrella's research portal one
 * upcoming, which Acme's tokens never see.
 */
import { NAMED_APPLICATIONS } from './seed-fixtures.js';
import { seedId as id } from './ids.js';
import type { WireRecord } from './records.js';
import { isoDateTime } from './wire.js';

const WINDOW_MS = Date.UTC(2024, 5, 1, 2, 0, 0);
const HOUR_MS = 3_600_000;

export const MAINTENANCE_GROUPS = ['maintenance-runs', 'builds'] as const;

export interface DivioSeedMaintenance {
  /** acme-shop: upcoming (runnable, skippable), mandatory (runnable, not skippable), completed. */
  shop: { upcoming: string; mandatory: string; completed: string };
  website: string;
  umbrella: string;
}

type Records = Record<string, WireRecord[]>;
type AppKey = keyof typeof NAMED_APPLICATIONS;

let nextPk = 100;

function run(records: Records, label: string, app: AppKey, state: 'UPCOMING' | 'COMPLETED', skippable = true): string {
  const uuid = id(`maintenance/${label}`);
  const window = { start: isoDateTime(WINDOW_MS), end: isoDateTime(WINDOW_MS + 2 * HOUR_MS) };
  const completed = state === 'COMPLETED';
  records['maintenance-runs']!.push({
    uuid, pk: (nextPk += 1), application: NAMED_APPLICATIONS[app].id, website: 1 + Object.keys(NAMED_APPLICATIONS).indexOf(app),
    runbook: { name: label.includes('python') ? 'Upgrade Python base image' : 'Rotate database certificates', steps: ['prepare', 'apply', 'verify'] },
    can_run: !completed, can_skip: !completed && skippable, can_cancel: false, estimated_execution_time: '5 minutes',
    running: false, completed, window, scheduled_window: window,
    execution_window: completed ? { start: isoDateTime(WINDOW_MS - 30 * 24 * HOUR_MS), end: isoDateTime(WINDOW_MS - 30 * 24 * HOUR_MS + 300_000) } : {},
    logs: completed ? ['prepare: ok', 'apply: ok', 'verify: ok'] : [],
    // Not answered (undescribed): what the `status` filter reads.
    status: state,
  });
  return uuid;
}

export function seedMaintenance(records: Records): DivioSeedMaintenance {
  return {
    shop: {
      upcoming: run(records, 'shop/python', 'acmeShop', 'UPCOMING'),
      mandatory: run(records, 'shop/certificates', 'acmeShop', 'UPCOMING', false),
      completed: run(records, 'shop/previous', 'acmeShop', 'COMPLETED'),
    },
    website: run(records, 'website/python', 'acmeWebsite', 'UPCOMING'),
    umbrella: run(records, 'umbrella/python', 'umbrellaResearch', 'UPCOMING'),
  };
}
