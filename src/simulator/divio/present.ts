/**
 * The wire view of a record: its id and every described field (null when unset), nothing else, so
 * the keys a record keeps for the simulator's own use never leak into an answer.
 */
import type { ResourceDescription } from '../../resources/types.js';
import type { WireRecord } from './records.js';

/** The key that stands for the whole object, in a group the seed shows no field of. */
const WHOLE_OBJECT_KEY = '*';

export function project(resource: ResourceDescription, record: WireRecord): WireRecord {
  if (resource.fields.some((field) => field.key === WHOLE_OBJECT_KEY)) return { ...record };
  const view: WireRecord = { uuid: record.uuid };
  for (const field of resource.fields) view[field.key] = record[field.key] ?? null;
  return view;
}
