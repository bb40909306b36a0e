/**
 * What a group may add to the generic interpreter (resources.ts): the hand-written behaviour
 * (defaults, cross-field rules, state machines on timers, actions, views, computed fields) and the
 * wire facts the descriptions do not hold (the short shapes writes answer, PUT's required fields,
 * list order). Plus the helpers the groups' hooks share.
 */
import type { ResourceDescription } from '../../resources/types.js';
import type { DivioState, Reply, RouteContext } from './context.js';
import type { WireRecord } from './records.js';
import type { Input } from './resources-input.js';
import type { FieldErrors } from './validation.js';
import { isoDateTime } from './wire.js';

/** An action's behaviour: the subject (null on a collection action) and the validated input. */
/** The records of a group the request's query selects, as its list would (resources-list.ts's matching). */
export type Select = (resource: ResourceDescription) => WireRecord[];

export type ActionHandler = (ctx: RouteContext, subject: WireRecord | null, input: Input, select: Select) => Reply;

/** A view's answer for the (visible) object it reads. */
export type ViewHandler = (ctx: RouteContext, subject: WireRecord) => Reply;

/** Lists show some objects shorter than their detail view does (an environment's application). */
export type Form = 'list' | 'detail';

export interface GroupHooks {
  /** The list order when the description documents none and the request asks for none. */
  order?: { key: string; descending: boolean };
  /** Wire keys of the create answer; default: `uuid` and the create inputs. */
  createReply?: readonly string[];
  /** Wire keys of the update answer; default: `uuid` and the update inputs. */
  updateReply?: readonly string[];
  /** Update fields PUT requires (the seed's required ones); PATCH requires none. */
  putRequires?: readonly string[];
  /** Filters on facts the record and its owners do not hold, by query parameter. */
  filters?: Readonly<Record<string, (ctx: RouteContext, record: WireRecord, wanted: ReadonlySet<string | boolean>) => boolean>>;
  /** Cross-field rules, reported with the field errors; `record` is the object being updated (absent on create). */
  validate?: (ctx: RouteContext, input: Input, errors: FieldErrors, record?: WireRecord) => void;
  /** Completes a stored new record (defaults, derived fields, children) and starts its work. */
  created?: (ctx: RouteContext, record: WireRecord, input: Input) => void;
  /** After an update's fields were written. */
  updated?: (ctx: RouteContext, record: WireRecord, input: Input) => void;
  /** Before a delete: refuse it by throwing, or remove what goes with it. */
  destroying?: (ctx: RouteContext, record: WireRecord) => void;
  /** The record as answered: fields computed from other records, or a secret value left out. */
  present?: (view: WireRecord, ctx: RouteContext, record: WireRecord, form: Form) => WireRecord;
  /** The record exists but no one sees it, nor anything it owns (an archived application). */
  concealed?: (record: WireRecord) => boolean;
  /** Picks up the work a seeded record is in the middle of when the simulator starts. */
  resume?: (state: DivioState, record: WireRecord) => void;
  /** Action behaviour by seed operation name or action path; an action without one only acknowledges (`{}`). */
  actions?: Readonly<Record<string, ActionHandler>>;
  /**
   * What a view (GET `{group}/{id}/{path}/`) answers, by view path: every described view needs one,
   * and one no description lists is served too (reads the gateway makes by hand, a deployment's logs).
   */
  views?: Readonly<Record<string, ViewHandler>>;
}

export const now = (ctx: { now: number }): string => isoDateTime(ctx.now);

/**
 * Runs one step per `stepMs` (on the store's timers) for as long as `alive()` holds, so a record
 * deleted meanwhile stops its work.
 */
export function runSteps(state: DivioState, alive: () => boolean, steps: ReadonlyArray<(at: string) => void>): void {
  const next = (index: number): void => {
    const step = steps[index];
    if (step === undefined) return;
    state.store.schedule(state.stepMs, () => {
      if (!alive()) return;
      step(isoDateTime(Date.now()));
      next(index + 1);
    });
  };
  next(0);
}

/** Whether `record` is still the stored one (not deleted meanwhile): work on it goes on while it is. */
export const stillStored = (state: DivioState, group: string, record: WireRecord) => (): boolean =>
  state.store.get(group, record.uuid) === record;

/** The record of `group` a stored record points to with `key` (its environment, its application). */
export function referenced(state: DivioState, group: string, record: WireRecord | undefined, key: string): WireRecord | undefined {
  const id = record?.[key];
  return typeof id === 'string' ? state.store.get(group, id) : undefined;
}

/** The token's membership in the organisation that owns an environment ('' when none). */
export function membershipIn(ctx: RouteContext, environment: string): string {
  const application = referenced(ctx, 'applications', ctx.store.get('environments', environment), 'application');
  return application === undefined ? '' : (ctx.user.memberships[String(application.organisation)] ?? '');
}

/** The first id whose record's `key` is not `value` (the "belongs to" rules), or undefined. */
export function firstNotMatching(state: DivioState, group: string, ids: readonly string[], key: string, value: unknown): string | undefined {
  return ids.find((id) => state.store.get(group, id)?.[key] !== value);
}

/** Whether `id` names an object of `group` the token may see. */
export const sees = (ctx: RouteContext, group: string, id: unknown): boolean =>
  typeof id === 'string' && ctx.owners.visible(ctx.user, group, id.toLowerCase()) !== undefined;
