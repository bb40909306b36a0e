/**
 * Maintenance runs move UPCOMING -> (run) QUEUED -> RUNNING -> COMPLETED, one store step each; an
 * upcoming run may be skipped (when skippable) and a queued one cancelled (back to UPCOMING).
 * What a run cannot do now is refused as DRF refuses it: 400 with the reason.
 */
import { nonFieldError } from '../core/error.js';
import { ok, type RouteContext } from './context.js';
import type { WireRecord } from './records.js';
import { runSteps, stillStored, type GroupHooks } from './resources-hooks.js';

const GROUP = 'maintenance-runs';

function refuseUnless(allowed: unknown, why: string): void {
  if (allowed !== true) throw nonFieldError(why);
}

function runNow(ctx: RouteContext, runbook: WireRecord | null) {
  const record = runbook!;
  refuseUnless(record.can_run, 'This maintenance run cannot be run now.');
  Object.assign(record, { status: 'QUEUED', can_run: false, can_skip: false, can_cancel: true });
  const queued = stillStored(ctx, GROUP, record);
  const attempt = Symbol('run');
  record.attempt = attempt;
  // The same attempt and still queued or running: a cancel meanwhile ends the work.
  const alive = () => queued() && record.attempt === attempt && (record.status === 'QUEUED' || record.status === 'RUNNING');
  runSteps(ctx, alive, [
    (at) => Object.assign(record, { status: 'RUNNING', running: true, can_cancel: false, execution_window: { start: at }, logs: ['prepare: ok'] }),
    (at) => Object.assign(record, { logs: ['prepare: ok', 'apply: ok'], execution_window: { start: (record.execution_window as { start: string }).start, end: at } }),
    () => Object.assign(record, { status: 'COMPLETED', running: false, completed: true, logs: ['prepare: ok', 'apply: ok', 'verify: ok'] }),
  ]);
  return ok({});
}

export const MAINTENANCE_HOOKS: Readonly<Record<string, GroupHooks>> = {
  [GROUP]: {
    // `website` is the application: by its id (what clients send) or its numeric pk.
    filters: { website: (_ctx, record, wanted) => wanted.has(String(record.application)) || wanted.has(String(record.website)) },
    actions: {
      run: runNow,
      skip: (_ctx, record) => {
        refuseUnless(record!.can_skip, 'This maintenance run cannot be skipped.');
        Object.assign(record!, { status: 'COMPLETED', completed: true, can_run: false, can_skip: false, can_cancel: false, logs: ['skipped'] });
        return ok({});
      },
      cancel: (_ctx, record) => {
        refuseUnless(record!.can_cancel, 'Only a queued maintenance run can be cancelled.');
        Object.assign(record!, { status: 'UPCOMING', can_run: true, can_skip: true, can_cancel: false, attempt: null });
        return ok({});
      },
    },
  },
};
