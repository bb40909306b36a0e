/**
 * Wire formats several parts of the simulator print the same way: DRF's date-times and the
 * hostnames Divio derives from an application and an environment. Pure, so the seed can use them
 * as well as the DTOs.
 */
import { REGIONS } from './seed-fixtures.js';

/** Python's isoformat as DRF prints it: microseconds only when there are any, `Z` for UTC. */
export function isoDateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? iso.replace(/\.\d{3}Z$/, 'Z') : iso.replace(/Z$/, '000Z');
}

/** Hosting domain label per region; applications created with an unknown region get the EU one. */
export function regionLabel(region: string): string {
  return region === REGIONS.us ? 'us' : 'eu';
}

export const appName = (app: { slug: string }, env: { slug: string }): string => `${app.slug}-${env.slug}`;

/** Divio's generated hostname: the bare slug for the production-grade environment. */
export function divioDomain(app: { slug: string; region: string }, env: { slug: string; isProductionGrade: boolean }): string {
  const label = env.isProductionGrade ? app.slug : appName(app, env);
  return `${label}.${regionLabel(app.region)}.aldryn.io`;
}
