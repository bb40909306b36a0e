/**
 * GET container-specifications/ (container_specifications_retrieve): the container size every
 * application runs with here, one object without an id.
 */
import { ok, type Route } from './router.js';

const CONTAINER_SPECIFICATION = { id: 'default', memory: 512, cpu: 0.5 };

export const containerSpecificationRoutes: Route[] = [
  { pattern: '/apps/v3/container-specifications/', methods: { GET: () => ok(CONTAINER_SPECIFICATION) } },
];
