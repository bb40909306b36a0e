/**
 * Wire formats several parts of the simulator print the same way: DRF's date-times, the hostnames
 * Divio derives from an application and an environment, and the digests deterministic values are
 * made from. Pure, so the seed can use them as well as the behaviour.
 */
import { createHash } from 'node:crypto';
import { REGIONS } from './seed-fixtures.js';

/** Python's isoformat as DRF prints it: microseconds only when there are any, `Z` for UTC. */
export function isoDateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? iso.replace(/\.\d{3}Z$/, 'Z') : iso.replace(/Z$/, '000Z');
}

/** A hex digest: commit hashes, secrets and log lines derive from one, so the same input reads the same. */
export const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Hosting domain label per region; applications created with an unknown region get the EU one. */
export function regionLabel(region: unknown): string {
  return region === REGIONS.us ? 'us' : 'eu';
}

/** Any wire-shaped object: what these read of an application or an environment is named at each use. */
type Facts = Readonly<Record<string, unknown>>;

export const appName = (app: Facts, env: Facts): string => `${String(app.slug)}-${String(env.slug)}`;

/** Divio's generated hostname: the bare slug for the production-grade environment. */
export function divioDomain(app: Facts, env: Facts): string {
  const label = env.is_production_grade === true ? String(app.slug) : appName(app, env);
  return `${label}.${regionLabel(app.region)}.aldryn.io`;
}
