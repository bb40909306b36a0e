/**
 * The container size Divio runs applications with (container_specifications_retrieve): one object
 * at the group's path, without an id of its own, so not a resource description.
 */
import { builder } from '../../builder.js';
import { DIVIO_API_PREFIX } from '../../upstream/resources.js';
import { UpstreamProtocolError } from '../../upstream/errors.js';
import { divioCalls } from '../operation-names.js';

interface ContainerSpecification {
  id: string;
  memory: number | null;
  cpu: number | null;
}

const PATH = `${DIVIO_API_PREFIX}container-specifications/`;
const TTL_MS = 300_000;

function parseSpecification(value: unknown): ContainerSpecification {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { id?: unknown }).id !== 'string') {
    throw new UpstreamProtocolError('divio', 'an unexpected container specification');
  }
  const raw = value as Record<string, unknown>;
  return { id: raw.id as string, memory: typeof raw.memory === 'number' ? raw.memory : null, cpu: typeof raw.cpu === 'number' ? raw.cpu : null };
}

const ContainerSpecificationRef = builder.objectRef<ContainerSpecification>('ContainerSpecification').implement({
  description: 'The resources of one application container.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Name of the specification.' }),
    memory: t.exposeInt('memory', { nullable: true, description: 'Memory of a container, in MB.' }),
    cpu: t.exposeFloat('cpu', { nullable: true, description: 'CPU share of a container (1.0: one core).' }),
  }),
});

builder.queryField('containerSpecifications', (t) =>
  t.field({
    type: ContainerSpecificationRef,
    extensions: divioCalls('container_specifications_retrieve'),
    nullable: true,
    description: 'The container size applications run with (cached for five minutes).',
    resolve: (_root, _args, context) => context.divio().get(PATH, TTL_MS, parseSpecification),
  }),
);
