/**
 * The generic behaviour of each role an operation can have in its description (endpoints.ts),
 * for every described operation without a hand-written one (behaviours.ts).
 */
import { specOperation } from '../../resources/clickhouse/spec.js';
import type { Behaviour } from './context.js';
import type { Endpoint } from '../../resources/endpoints.js';
import { answer, createObject, destroyObject, listObjects, subjectOf, upsertObject } from './generic.js';
import { actOn, readView, writeView } from './generic-views.js';

const BEHAVIOURS: Readonly<Record<Endpoint['role']['kind'], Behaviour>> = {
  list: (ctx) => listObjects(ctx),
  get: (ctx) => answer(ctx, subjectOf(ctx).value),
  create: (ctx) => answer(ctx, createObject(ctx).value),
  update: (ctx) => answer(ctx, upsertObject(ctx).value),
  destroy: destroyObject,
  action: actOn,
  view: readView,
  write: writeView,
};

/** The generic behaviour of a described operation, or undefined when the spec has no such operation to shape it by. */
export function genericBehaviour(endpoint: Endpoint): Behaviour | undefined {
  try {
    specOperation(endpoint.operation);
  } catch {
    return undefined;
  }
  return BEHAVIOURS[endpoint.role.kind];
}
