/**
 * The Environment node and its loader (one detail GET per environment: the API has no uuid filter
 * for environments), kept apart from its fields so loaders and fields can both import it.
 */
import { builder } from '../../builder.js';
import type { EnvironmentDto } from '../../upstream/divio/types.js';
import { notFoundError } from '../node-ids.js';
import { isDivioId } from '../scalars.js';

/** Loads each uuid with one detail call (in parallel); a malformed or missing one is NOT_FOUND. */
export function loadEachByUuid<T>(kind: string, fetch: (uuid: string) => Promise<T>) {
  return (uuids: string[]): Promise<(T | Error)[]> =>
    Promise.all(
      uuids.map(async (uuid) => {
        if (!isDivioId(uuid)) return notFoundError(kind, uuid);
        try {
          return await fetch(uuid.toLowerCase());
        } catch (error) {
          return error as Error;
        }
      }),
    );
}

export const EnvironmentRef = builder.loadableNodeRef('Environment', {
  id: { resolve: (environment: EnvironmentDto) => environment.uuid },
  toKey: (environment: EnvironmentDto) => environment.uuid,
  cacheResolved: true,
  load: (uuids: string[], context) => loadEachByUuid('Environment', (uuid) => context.divio().getEnvironment(uuid))(uuids),
});
