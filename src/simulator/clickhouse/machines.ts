/**
 * The small state machines the spec implies for the generic groups, hand-written as tables: the
 * state a new object passes through (a ClickPipe provisions, a Postgres service is created, a UDF
 * builds, an attachment deploys) and the state commands (ClickPipe start, stop, resync; Postgres
 * restart, promote, switchover), each moving through a state now and on to the next after the
 * simulator's transition time, as services do (state.ts). Values are the spec's enums'.
 */
import { badRequest } from '../core/error.js';
import type { StoredObject } from './objects.js';
import type { ClickHouseState } from './state.js';

interface Lifecycle {
  /** The member holding the state. */
  key: string;
  /** A new object is in the first state now and in the second after the transition time. */
  created: readonly [string, string];
  /** A deleted object stays in this state for the transition time before it is gone. */
  deleting?: string;
}

const LIFECYCLES: Readonly<Record<string, Lifecycle>> = {
  ClickPipe: { key: 'state', created: ['Provisioning', 'Running'] },
  PostgresService: { key: 'state', created: ['creating', 'running'], deleting: 'deleting' },
  Udf: { key: 'status', created: ['building', 'ready'] },
  UdfVersion: { key: 'status', created: ['building', 'ready'] },
  UdfAttachment: { key: 'status', created: ['provisioning', 'deployed'] },
  ReversePrivateEndpoint: { key: 'status', created: ['Provisioning', 'Ready'] },
};

/** Members a new object of the type has unless the request says otherwise (a role made through the API is a custom one). */
const CREATED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  Role: { type: 'custom' },
  ApiKey: { state: 'enabled' },
  PostgresService: { isPrimary: true, haType: 'none' },
};

export const createdMembers = (type: string): Readonly<Record<string, unknown>> => CREATED[type] ?? {};

interface Command {
  /** States the command may be sent in; any other is a 400. */
  from: readonly string[];
  /** States in which the command changes nothing (already done or under way). */
  already?: readonly string[];
  via: string;
  /** The state after the transition time; none: `via` is final. */
  to?: string;
  /** Members the command also sets. */
  sets?: Readonly<Record<string, unknown>>;
  /** Members the object must hold for the command (only a replica is promoted), and why. */
  only?: { members: Readonly<Record<string, unknown>>; reason: string };
}

const COMMANDS: Readonly<Record<string, Readonly<Record<string, Command>>>> = {
  ClickPipe: {
    start: { from: ['Stopped', 'Paused', 'Failed', 'Degraded'], already: ['Running', 'Provisioning'], via: 'Running' },
    stop: { from: ['Running', 'Degraded', 'Provisioning', 'Setup', 'Snapshot'], already: ['Stopping', 'Stopped'], via: 'Stopping', to: 'Stopped' },
    resync: { from: ['Running', 'Stopped', 'Paused', 'Degraded', 'Failed'], already: ['Resync'], via: 'Resync', to: 'Running' },
  },
  PostgresService: {
    restart: { from: ['running'], already: ['restarting'], via: 'restarting', to: 'running' },
    promote: { from: ['running'], via: 'restarting', to: 'running', sets: { isPrimary: true }, only: { members: { isPrimary: false }, reason: 'it is a primary already' } },
    switchover: { from: ['running'], via: 'restarting', to: 'running' },
  },
};

/** Puts `key` to `via` now and to `to` after the transition time (`null`: the object is removed), unless it moved on meanwhile. */
export function settle(state: ClickHouseState, object: StoredObject, key: string, via: string, to: string | null): void {
  object.value[key] = via;
  state.store.schedule(state.timing.transitionMs, () => {
    if (state.objects.get(object.path, object.ids) !== object || object.value[key] !== via) return;
    if (to === null) state.objects.remove(object.path, object.ids);
    else object.value[key] = to;
  });
}

/** Starts a new object's lifecycle, where its type has one. */
export function born(state: ClickHouseState, type: string, object: StoredObject): void {
  const lifecycle = LIFECYCLES[type];
  if (lifecycle) settle(state, object, lifecycle.key, ...lifecycle.created);
}

/** Removes an object, at once or after its deleting state. */
export function retire(state: ClickHouseState, type: string, object: StoredObject): void {
  const lifecycle = LIFECYCLES[type];
  if (lifecycle?.deleting === undefined) state.objects.remove(object.path, object.ids);
  else settle(state, object, lifecycle.key, lifecycle.deleting, null);
}

/** Whether the type answers state commands (and a command is one of its). */
export const hasCommands = (type: string): boolean => COMMANDS[type] !== undefined;

/** Runs a state command on an object: a 400 from a state it cannot be sent in. */
export function runCommand(state: ClickHouseState, type: string, object: StoredObject, command: string): void {
  const plan = COMMANDS[type]?.[command];
  if (plan === undefined) throw new Error(`No state plan for the described ${type} command ${command}`);
  const current = String(object.value.state);
  if (plan.already?.includes(current)) return;
  if (!plan.from.includes(current)) throw badRequest(`Cannot ${command} ${type} ${object.ids.at(-1)} while it is ${current}`);
  if (plan.only && Object.entries(plan.only.members).some(([key, value]) => object.value[key] !== value)) throw badRequest(`Cannot ${command} ${type} ${object.ids.at(-1)}: ${plan.only.reason}`);
  Object.assign(object.value, plan.sets);
  if (plan.to === undefined) object.value.state = plan.via;
  else settle(state, object, 'state', plan.via, plan.to);
}
