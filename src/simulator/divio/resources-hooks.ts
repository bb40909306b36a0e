/**
 * What a described group may add to the generic interpreter: the hand-written behaviour (defaults,
 * cross-field rules, state machines on timers, actions) and the wire facts the descriptions do not
 * hold (the short shapes writes answer, PUT's required fields, list order). Plus the helpers the
 * groups' hooks share.
 */
import type { Reply, RouteContext } from './router.js';
import type { Input } from './resources-input.js';
import type { WireRecord } from './resources-store.js';
import type { DivioStore } from './store.js';
import type { FieldErrors } from './validation.js';
import { isoDateTime } from './wire.js';

/** An action's behaviour: the subject (null on a collection action) and the validated input. */
export type ActionHandler = (ctx: RouteContext, subject: WireRecord | null, input: Input) => Reply;

/** A view's answer for the (visible) object it reads. */
export type ViewHandler = (ctx: RouteContext, subject: WireRecord) => Reply;

export interface GroupHooks {
  /** The list order when the description documents none. */
  order?: { key: string; descending: boolean };
  /** Wire keys of the create answer; default: `uuid` and the create inputs. */
  createReply?: readonly string[];
  /** Wire keys of the update answer; default: `uuid` and the update inputs. */
  updateReply?: readonly string[];
  /** Update fields PUT requires (the seed's required ones); PATCH requires none. */
  putRequires?: readonly string[];
  /** Filters on facts the record does not hold itself, by query parameter. */
  filters?: Readonly<Record<string, (ctx: RouteContext, record: WireRecord, wanted: ReadonlySet<string | boolean>) => boolean>>;
  /** Cross-field rules, reported with the field errors; `record` is the object being updated (absent on create). */
  validate?: (ctx: RouteContext, input: Input, errors: FieldErrors, record?: WireRecord) => void;
  /** Completes a stored new record (defaults, derived fields, children) and starts its work. */
  created?: (ctx: RouteContext, record: WireRecord, input: Input) => void;
  /** After an update's fields were written. */
  updated?: (ctx: RouteContext, record: WireRecord, input: Input) => void;
  /** Before a delete: refuse it by throwing, or let it go. */
  destroying?: (ctx: RouteContext, record: WireRecord) => void;
  /** The record as answered: e.g. without the value of a sensitive variable. */
  present?: (view: WireRecord) => WireRecord;
  /** Action behaviour by action path; an action without one only acknowledges (`{}`). */
  actions?: Readonly<Record<string, ActionHandler>>;
  /** What a view (GET `{group}/{id}/{path}/`) answers, by view path; every described view needs one. */
  views?: Readonly<Record<string, ViewHandler>>;
}

export const now = (ctx: { now: number }): string => isoDateTime(ctx.now);

/**
 * Runs one step per store step (timers unref'd and cleared on close) for as long as `alive()`
 * holds, so a record deleted meanwhile stops its work.
 */
export function runSteps(store: DivioStore, alive: () => boolean, steps: ReadonlyArray<(at: string) => void>): void {
  const next = (index: number): void => {
    const step = steps[index];
    if (step === undefined) return;
    store.schedule(() => {
      if (!alive()) return;
      step(isoDateTime(Date.now()));
      next(index + 1);
    });
  };
  next(0);
}

/** Whether `record` is still the stored one (not deleted meanwhile): work on it goes on while it is. */
export const stillStored = (ctx: RouteContext, group: string, record: WireRecord) => (): boolean =>
  ctx.store.resources.get(group, record.uuid) === record;

/** The token's membership in the organisation that owns an environment ('' when none). */
export function membershipIn(ctx: RouteContext, environment: string): string {
  const env = ctx.store.environments.get(environment);
  return env === undefined ? '' : (ctx.user.memberships[ctx.store.applicationOf(env).organisation] ?? '');
}

/** The first id whose record's `key` is not `value` (the "belongs to" rules), or undefined. */
export function firstNotMatching(
  store: DivioStore,
  group: string,
  ids: readonly string[],
  key: string,
  value: unknown,
): string | undefined {
  return ids.find((id) => store.resources.get(group, id)?.[key] !== value);
}
