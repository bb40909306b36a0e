/**
 * The groups' hand-written behaviour in one map, and what the interpreter asks of it: how a record
 * is answered, which records no one sees, and the work seeded records resume at start-up. Behaviour
 * modules never import this one (nor the interpreter), so the imports point one way.
 */
import type { ResourceDescription } from '../../resources/types.js';
import type { DivioState, RouteContext } from './context.js';
import type { Concealed } from './ownership.js';
import { project } from './present.js';
import type { WireRecord } from './records.js';
import { APPLICATION_HOOKS } from './resources-applications.js';
import { BACKUP_HOOKS } from './resources-backups.js';
import { BILLING_HOOKS } from './resources-billing.js';
import { DEPLOYMENT_HOOKS } from './resources-deployments.js';
import { ENVIRONMENT_PART_HOOKS } from './resources-environment-parts.js';
import { ENVIRONMENT_HOOKS } from './resources-environments.js';
import type { Form, GroupHooks } from './resources-hooks.js';
import { MAINTENANCE_HOOKS } from './resources-maintenance.js';
import { SOURCE_HOOKS } from './resources-source.js';

const GROUP_HOOKS: Readonly<Record<string, GroupHooks>> = {
  ...APPLICATION_HOOKS,
  ...ENVIRONMENT_HOOKS,
  ...DEPLOYMENT_HOOKS,
  ...ENVIRONMENT_PART_HOOKS,
  ...BACKUP_HOOKS,
  ...BILLING_HOOKS,
  ...SOURCE_HOOKS,
  ...MAINTENANCE_HOOKS,
};

export const hooksOf = (group: string): GroupHooks => GROUP_HOOKS[group] ?? {};

/** A record as answered: its described fields, then the group's adjustments. */
export function present(ctx: RouteContext, resource: ResourceDescription, record: WireRecord, form: Form): WireRecord {
  const view = project(resource, record);
  return hooksOf(resource.group).present?.(view, ctx, record, form) ?? view;
}

export const concealed: Concealed = (group, record) => hooksOf(group).concealed?.(record) === true;

/** Lets every seeded record pick up the work it is in the middle of (the deployment running at start-up). */
export function resumeSeededWork(state: DivioState): void {
  for (const [group, hooks] of Object.entries(GROUP_HOOKS)) {
    if (hooks.resume === undefined || !state.store.has(group)) continue;
    for (const record of state.store.all(group)) hooks.resume(state, record);
  }
}
