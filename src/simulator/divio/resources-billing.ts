/**
 * Hooks of the billing and activity groups: filters on facts their records do not hold.
 */
import { sees, type GroupHooks } from './resources-hooks.js';

export const BILLING_HOOKS: Readonly<Record<string, GroupHooks>> = {
  // Every environment reports every metric; an environment the token cannot see reports none.
  'environment-metric-metadata': {
    filters: { environment: (ctx, _record, wanted) => [...wanted].every((id) => sees(ctx, 'environments', id)) },
  },
  // A presentation option (the size of the avatar images), not a filter: every activity passes.
  'application-activities': { filters: { avatar_size: () => true } },
};
