/**
 * A simulator instance's fresh state: every described group in one MemoryStore, filled with copies
 * of the seed (so instances never share objects) plus the deployments running at start-up, and the
 * ownership rules that scope every answer to the token's organisations.
 */
import { MemoryStore } from '../core/memory-store.js';
import { DIVIO_RESOURCES } from '../../resources/divio/index.js';
import type { DivioState } from './context.js';
import { Ownership, type Concealed, type DivioGroups } from './ownership.js';
import { runningAtStart } from './seed-applications.js';
import { RESOURCE_SEED } from './seed-resources.js';

export function createDivioState(options: { stepMs: number; now: number; concealed: Concealed }): DivioState {
  const store = new MemoryStore<DivioGroups>(
    DIVIO_RESOURCES.map((resource) => resource.group),
    (record) => record.uuid,
  );
  for (const [group, records] of Object.entries(RESOURCE_SEED.records)) {
    // A group no longer described is not served, so its seed has nowhere to go.
    if (store.has(group)) for (const record of records) store.add(group, structuredClone(record));
  }
  for (const deployment of runningAtStart(RESOURCE_SEED.records, options.now, options.stepMs)) store.add('deployments', deployment);
  return { store, owners: new Ownership(DIVIO_RESOURCES, store, options.concealed), media: new Map(), stepMs: options.stepMs };
}
