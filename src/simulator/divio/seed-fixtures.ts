/**
 * The hand-written part of the Divio simulator's seed: organisations, tokens, regions and the
 * named applications and environments the tests refer to. seed-plan.ts expands these (plus
 * generated bulk objects) into the full deterministic object graph.
 */

export const ORGANISATIONS = {
  acme: { id: '3f6c2d8e-41a7-4b5e-9c0d-7e2a1b9f4c63', name: 'Acme Digital' },
  umbrella: { id: '9d4b7e1c-2a6f-4c83-b5e0-1f7a3c9d2e48', name: 'Umbrella Labs' },
} as const;

const ACME = ORGANISATIONS.acme.id;
const UMBRELLA = ORGANISATIONS.umbrella.id;

/** Region uuids; Divio serves each application from one region. */
export const REGIONS = {
  eu: '6a1d3c5e-8b2f-4e7a-9c14-0d5b7f3e2a91',
  us: '2c7e9a4b-5d1f-4b8c-a3e6-8f0d2b4c6e17',
} as const;

/** DRF tokens are 40 hex characters; each belongs to one user with memberships per organisation. */
export const TOKENS = [
  {
    id: 'acme-ops', token: '9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e', organisations: [ACME],
    memberships: { [ACME]: '11a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8' },
  },
  {
    id: 'acme-ci', token: 'c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0', organisations: [ACME],
    memberships: { [ACME]: '22b3c4d5-e6f7-4a81-92a3-b4c5d6e7f8a9' },
  },
  {
    id: 'umbrella', token: '5e7a9c1b3d5f7e9a2c4b6d8f0e1a3c5b7d9f2e4a', organisations: [UMBRELLA],
    memberships: { [UMBRELLA]: '33c4d5e6-f7a8-4b92-a3b4-c5d6e7f8a9b0' },
  },
  {
    id: 'consultant', token: '0a2b4c6d8e1f3a5b7c9d2e4f6a8b1c3d5e7f9a0b', organisations: [ACME, UMBRELLA],
    memberships: { [ACME]: '44d5e6f7-a8b9-4ca3-b4c5-d6e7f8a9b0c1', [UMBRELLA]: '55e6f7a8-b9c0-4db4-85d6-e7f8a9b0c1d2' },
  },
] as const;

/** Seeded deployments were started by a CI user, so they carry that user's membership. */
export const SEED_DEPLOYER_MEMBERSHIP: Record<string, string> = {
  [ACME]: TOKENS[1].memberships[ACME],
  [UMBRELLA]: TOKENS[2].memberships[UMBRELLA],
};

export interface NamedApplicationSpec {
  id: string;
  slug: string;
  name: string;
  organisation: string;
}

export const NAMED_APPLICATIONS = {
  acmeShop: { id: 'a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b', slug: 'acme-shop', name: 'Acme Shop', organisation: ACME },
  acmeWebsite: { id: '4b6d8f0a-2c3e-4a5b-9d7f-1e3a5c7e9b2d', slug: 'acme-website', name: 'Acme Website', organisation: ACME },
  acmeLabs: { id: '5c7e9a1b-3d4f-4b6c-8e0a-2f4b6d8f0a3c', slug: 'acme-labs', name: 'Acme Labs', organisation: ACME },
  umbrellaResearch: {
    id: 'e1f3a5c7-9b2d-4e6f-8a0c-3b5d7f9e1a2c', slug: 'research-portal', name: 'Research Portal', organisation: UMBRELLA,
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
    id: 'b1d3f5a7-9c2e-4b4d-8f6a-0c2e4a6b8d1f', application: 'acmeShop', slug: 'live', branch: 'main',
    pendingCommitCount: 0, finished: 40, failed: [5, 17, 29],
  },
  shopStage: {
    id: 'c2e4a6b8-0d3f-4c5e-9a7b-1d3f5b7c9e2a', application: 'acmeShop', slug: 'stage', branch: 'develop',
    pendingCommitCount: 3, finished: 8, failed: [2],
  },
  shopTest: {
    id: 'd3f5b7c9-1e4a-4d6f-8b8c-2e4a6c8d0f3b', application: 'acmeShop', slug: 'test', branch: 'develop',
    pendingCommitCount: 1, finished: 3, failed: [],
  },
  websiteLive: {
    id: 'e4a6c8d0-2f5b-4e7a-9c9d-3f5b7d9e1a4c', application: 'acmeWebsite', slug: 'live', branch: 'main',
    pendingCommitCount: 1, finished: 6, failed: [1], runningAtStart: 'd7e9f1a3-5b2c-4d6e-8f0a-1c3e5a7b9d2f',
  },
  websiteStage: {
    id: 'f5b7d9e1-3a6c-4f8b-8dae-4a6c8e0f2b5d', application: 'acmeWebsite', slug: 'stage', branch: 'develop',
    pendingCommitCount: 2, finished: 5, failed: [4],
  },
  websiteTest: {
    id: '06c8eaf2-4b7d-4a9c-9ebf-5b7d9f1a3c6e', application: 'acmeWebsite', slug: 'test', branch: 'develop',
    pendingCommitCount: 0, finished: 0, failed: [],
  },
  labsLive: {
    id: '17d9fb03-5c8e-4bad-8fc0-6c8eaf2b4d7f', application: 'acmeLabs', slug: 'live', branch: 'main',
    pendingCommitCount: 0, finished: 3, failed: [],
  },
  labsExperiment: {
    id: '28eaac14-6d9f-4cbe-90d1-7d9fb03c5e8a', application: 'acmeLabs', slug: 'experiment', branch: 'fail-fast',
    pendingCommitCount: 4, finished: 2, failed: [0, 1],
  },
  researchLive: {
    id: '39fbbd25-7eaa-4dcf-a1e2-8eaac14d6f9b', application: 'umbrellaResearch', slug: 'live', branch: 'main',
    pendingCommitCount: 0, finished: 4, failed: [1],
  },
  researchStage: {
    id: '4aacce36-8fbb-4ed0-b2f3-9fbbd25e7aac', application: 'umbrellaResearch', slug: 'stage', branch: 'develop',
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
