/**
 * The Environment node and its loader (one detail GET per environment: the API has no uuid filter
 * for environments), kept apart from its fields so loaders and fields can both import it.
 */
import { builder } from '../../builder.js';
import type { EnvironmentDto } from '../../upstream/divio/types.js';
import { notFoundError } from '../node-ids.js';
import { isUuid } from '../scalars.js';

export const EnvironmentRef = builder.loadableNodeRef('Environment', {
  id: { resolve: (environment: EnvironmentDto) => environment.uuid },
  toKey: (environment: EnvironmentDto) => environment.uuid,
  cacheResolved: true,
  load: (uuids: string[], context) =>
    Promise.all(
      uuids.map(async (uuid) => {
        if (!isUuid(uuid)) return notFoundError('Environment', uuid);
        try {
          return await context.divio().getEnvironment(uuid.toLowerCase());
        } catch (error) {
          return error as Error;
        }
      }),
    ),
});
