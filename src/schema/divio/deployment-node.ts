/**
 * The Deployment node: loaded by uuid with one detail GET each (short-lived cache: deployments
 * progress), and read from embedded objects when the environment carries them.
 */
import { builder } from '../../builder.js';
import { parseDeployment } from '../../upstream/divio/parse.js';
import type { DeploymentDto } from '../../upstream/divio/types.js';
import { loadEachByUuid } from './environment-node.js';
import { isDivioId } from '../scalars.js';

export const DeploymentRef = builder.loadableNodeRef('Deployment', {
  id: { resolve: (deployment: DeploymentDto) => deployment.uuid },
  toKey: (deployment: DeploymentDto) => deployment.uuid,
  cacheResolved: true,
  load: (uuids: string[], context) => loadEachByUuid('Deployment', (uuid) => context.divio().getDeployment(uuid))(uuids),
});

/**
 * An environment's embedded deployment reference (`last_finished_deployment`, ...): null, a uuid
 * (loaded), or an object (used as is, with the environment filled in when the object omits it).
 */
export function embeddedDeployment(value: unknown, environmentUuid: string): DeploymentDto | string | null {
  if (typeof value === 'string') return isDivioId(value) ? value : null;
  if (!value || typeof value !== 'object' || !('uuid' in value) || typeof value.uuid !== 'string') return null;
  const object = value as Record<string, unknown>;
  try {
    return parseDeployment(object.environment ? object : { ...object, environment: environmentUuid });
  } catch {
    return object.uuid as string;
  }
}
