/**
 * The hand-written part of the Divio simulator's seed: organisations, tokens, regions and the
 * named applications and environments the tests refer to. seed-plan.ts expands these (plus
 * generated bulk objects) into the full deterministic object graph. Every id is base32, as the
 * real API's are, derived from a stable label (ids.ts), so each run has the same ones.
 */
import { seedId } from './ids.js';

export const ORGANISATIONS = {
  acme: { id: seedId('organisation/acme'), name: 'Acme Digital' },
  umbrella: { id: seedId('organisation/umbrella'), name: 'Umbrella Labs' },
} as const;

const ACME = ORGANISATIONS.acme.id;
const UMBRELLA = ORGANISATIONS.umbrella.id;

/** Region ids; Divio serves each application from one region. */
export const REGIONS = {
  eu: seedId('region/eu'),
  us: seedId('region/us'),
} as const;

/** DRF tokens are 40 hex characters; each belongs to one user with memberships per organisation. */
export const TOKENS = [
  {
    id: 'acme-ops', token: '9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e', organisations: [ACME],
    memberships: { [ACME]: seedId('membership/acme-ops/acme') },
  },
  {
    id: 'acme-ci', token: 'c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0', organisations: [ACME],
    memberships: { [ACME]: seedId('membership/acme-ci/acme') },
  },
  {
    id: 'umbrella', token: '5e7a9c1b3d5f7e9a2c4b6d8f0e1a3c5b7d9f2e4a', organisations: [UMBRELLA],
    memberships: { [UMBRELLA]: seedId('membership/umbrella/umbrella') },
  },
  {
    id: 'consultant', token: '0a2b4c6d8e1f3a5b7c9d2e4f6a8b1c3d5e7f9a0b', organisations: [ACME, UMBRELLA],
    memberships: { [ACME]: seedId('membership/consultant/acme'), [UMBRELLA]: seedId('membership/consultant/umbrella') },
  },
] as const;

/** Seeded deployments were started by a CI user, so they carry that user's membership. */
export const SEED_DEPLOYER_MEMBERSHIP: Record<string, string> = {
  [ACME]: TOKENS[1].memberships[ACME]!,
  [UMBRELLA]: TOKENS[2].memberships[UMBRELLA]!,
};

export interface NamedApplicationSpec {
  id: string;
  slug: string;
  name: string;
  organisation: string;
}

export const NAMED_APPLICATIONS = {
  acmeShop: { id: seedId('application/acme-shop'), slug: 'acme-shop', name: 'Acme Shop', organisation: ACME },
  acmeWebsite: { id: seedId('application/acme-website'), slug: 'acme-website', name: 'Acme Website', organisation: ACME },
  acmeLabs: { id: seedId('application/acme-labs'), slug: 'acme-labs', name: 'Acme Labs', organisation: ACME },
  umbrellaResearch: {
    id: seedId('application/research-portal'), slug: 'research-portal', name: 'Research Portal', organisation: UMBRELLA,
  },
} as const satisfies Record<string, NamedApplicationSpec>;

export type NamedApplicationKey = keyof typeof NAMED_APPLICATIONS;

export interface NamedEnvironmentSpec {
  id: string;
  application: NamedApplicationKey;
  slug: string;
  branch: string;
  pendingCommitCount: number;
  /** Finished deployments, oldest first. */
  finished: number;
  /** Indexes (0 = oldest) of finished deployments that failed. */
  failed: readonly number[];
  /** A deployment is still running when the simulator starts. */
  runningAtStart?: string;
}

/** The live environment is the production-grade one, as on Divio. */
export const NAMED_ENVIRONMENTS = {
  shopLive: {
    id: seedId('environment/shopLive'), application: 'acmeShop', slug: 'live', branch: 'main',
    pendingCommitCount: 0, finished: 40, failed: [5, 17, 29],
  },
  shopStage: {
    id: seedId('environment/shopStage'), application: 'acmeShop', slug: 'stage', branch: 'develop',
    pendingCommitCount: 3, finished: 8, failed: [2],
  },
  shopTest: {
    id: seedId('environment/shopTest'), application: 'acmeShop', slug: 'test', branch: 'develop',
    pendingCommitCount: 1, finished: 3, failed: [],
  },
  websiteLive: {
    id: seedId('environment/websiteLive'), application: 'acmeWebsite', slug: 'live', branch: 'main',
    pendingCommitCount: 1, finished: 6, failed: [1], runningAtStart: seedId('deployment/websiteLive/running'),
  },
  websiteStage: {
    id: seedId('environment/websiteStage'), application: 'acmeWebsite', slug: 'stage', branch: 'develop',
    pendingCommitCount: 2, finished: 5, failed: [4],
  },
  websiteTest: {
    id: seedId('environment/websiteTest'), application: 'acmeWebsite', slug: 'test', branch: 'develop',
    pendingCommitCount: 0, finished: 0, failed: [],
  },
  labsLive: {
    id: seedId('environment/labsLive'), application: 'acmeLabs', slug: 'live', branch: 'main',
    pendingCommitCount: 0, finished: 3, failed: [],
  },
  labsExperiment: {
    id: seedId('environment/labsExperiment'), application: 'acmeLabs', slug: 'experiment', branch: 'fail-fast',
    pendingCommitCount: 4, finished: 2, failed: [0, 1],
  },
  researchLive: {
    id: seedId('environment/researchLive'), application: 'umbrellaResearch', slug: 'live', branch: 'main',
    pendingCommitCount: 0, finished: 4, failed: [1],
  },
  researchStage: {
    id: seedId('environment/researchStage'), application: 'umbrellaResearch', slug: 'stage', branch: 'develop',
    pendingCommitCount: 2, finished: 2, failed: [],
  },
} as const satisfies Record<string, NamedEnvironmentSpec>;

export type NamedEnvironmentKey = keyof typeof NAMED_ENVIRONMENTS;

/** acme-shop gets this many `feature-N` environments besides live/stage/test (130 in all). */
export const SHOP_FEATURE_ENVIRONMENTS = 127;

/** Generated Acme applications: with the three named ones, Acme has 36. */
export const ACME_BULK_NAMES = [
  'Analytics', 'API Gateway', 'Billing', 'Blog', 'Careers', 'Checkout', 'CMS', 'Customer Portal', 'Dashboard',
  'Docs', 'Events', 'Forum', 'Help Center', 'Intranet', 'Inventory', 'Investor Relations', 'Jobs Board',
  'Knowledge Base', 'Landing Pages', 'Loyalty', 'Marketing', 'Media Library', 'Newsletter', 'Partner Portal',
  'Payments', 'Press Room', 'Recruiting', 'Search', 'Status Page', 'Store Locator', 'Support', 'Webhooks', 'Wiki',
] as const;

/** Generated Umbrella applications: with Research Portal, Umbrella has 4. */
export const UMBRELLA_BULK_NAMES = ['Hive Monitor', 'Raccoon City Intranet', 'Umbrella Store'] as const;
