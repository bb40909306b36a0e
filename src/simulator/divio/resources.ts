/**
 * The simulator interpreter of resource descriptions: from each described group it builds the DRF
 * routes (paged and filtered list, detail, create, PUT/PATCH, DELETE, actions) over the generic
 * record store, validating writes from the InputSpecs and scoping every answer to the token's
 * environments. What is not generic lives in one map of group hooks.
 */
import type { ActionSpec, FilterSpec, InputSpec, ResourceDescription } from '../../resources/types.js';
import { Filters, paginate } from './query.js';
import { created, noContent, ok, orNotFound, type Handler, type Route, type RouteContext } from './router.js';
import { BACKUP_HOOKS } from './resources-backups.js';
import { BILLING_HOOKS } from './resources-billing.js';
import { SOURCE_HOOKS } from './resources-source.js';
import { MAINTENANCE_HOOKS } from './resources-maintenance.js';
import { ENVIRONMENT_HOOKS } from './resources-environment.js';
import type { ActionHandler, GroupHooks } from './resources-hooks.js';
import { readInputs, type Input, type InputRules } from './resources-input.js';
import { describedGroups, newResourceId, type WireRecord } from './resources-store.js';
import type { EnvironmentRecord } from './types.js';
import { FieldErrors } from './validation.js';

const API_PREFIX = '/apps/v3/';

const GROUP_HOOKS: Readonly<Record<string, GroupHooks>> = { ...BACKUP_HOOKS, ...ENVIRONMENT_HOOKS, ...BILLING_HOOKS, ...SOURCE_HOOKS, ...MAINTENANCE_HOOKS };
const hooksOf = (group: string): GroupHooks => GROUP_HOOKS[group] ?? {};

/** References to the hand-written groups, checked by the store's own visibility rules. */
const HAND_WRITTEN_TYPES: Readonly<Record<string, (ctx: RouteContext, id: string) => boolean>> = {
  Application: (ctx, id) => ctx.store.visibleApplication(ctx.user, id) !== undefined,
  Environment: (ctx, id) => ctx.store.visibleEnvironment(ctx.user, id) !== undefined,
  Deployment: (ctx, id) => ctx.store.visibleDeployment(ctx.user, id) !== undefined,
};

function rules(ctx: RouteContext, required: (spec: InputSpec) => boolean): InputRules {
  return {
    required,
    exists: (type, id) => {
      const handWritten = HAND_WRITTEN_TYPES[type];
      if (handWritten !== undefined) return handWritten(ctx, id);
      const group = ctx.store.resources.groupOf(type);
      return group !== undefined && ctx.store.resources.visible(ctx.user, group, id) !== undefined;
    },
  };
}

const isRequired = (spec: InputSpec): boolean => spec.required === true;

/** The wire view: the id and every described field (null when unset), then the group's adjustments. */
function present(resource: ResourceDescription, record: WireRecord): WireRecord {
  // A group the seed shows no field of is answered whole.
  if (resource.fields.some((field) => field.key === '*')) return { ...record };
  const view: WireRecord = { uuid: record.uuid };
  for (const field of resource.fields) view[field.key] = record[field.key] ?? null;
  return hooksOf(resource.group).present?.(view) ?? view;
}

/** A write's short answer: the given keys, from the record as answered, its hidden keys, then the input. */
function shortReply(resource: ResourceDescription, keys: readonly string[], record: WireRecord, input: Input) {
  const source: Record<string, unknown> = { ...input, ...record, ...present(resource, record) };
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? null]));
}

const subject = (ctx: RouteContext, group: string): WireRecord => orNotFound(ctx.store.resources.visible(ctx.user, group, ctx.uuid));

/** Filters the record does not hold, answered from the environment it belongs to. */
const ENVIRONMENT_FACTS: Readonly<Record<string, (ctx: RouteContext, env: EnvironmentRecord) => string>> = {
  application: (_ctx, env) => env.application,
  organisation: (ctx, env) => ctx.store.applicationOf(env).organisation,
  environment_slug: (_ctx, env) => env.slug,
};

function valueOf(ctx: RouteContext, group: string, record: WireRecord, key: string): unknown {
  if (key in record) return record[key];
  const fact = ENVIRONMENT_FACTS[key];
  const environment = ctx.store.resources.environmentOf(group, record);
  const env = environment === undefined ? undefined : ctx.store.environments.get(environment);
  return fact === undefined || env === undefined ? undefined : fact(ctx, env);
}

/** Exact match; a list-valued fact (a service's regions) matches when it holds any wanted value. */
function matches(value: unknown, wanted: ReadonlySet<string | boolean>): boolean {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.some((item) => item !== null && item !== undefined && wanted.has(typeof item === 'boolean' ? item : String(item)));
}

function readFilter(filters: Filters, spec: FilterSpec): Set<string | boolean> | undefined {
  const many = spec.many === true;
  const { key, type } = spec;
  if (type === 'Boolean') {
    const value = filters.boolean(key);
    return value === undefined ? undefined : new Set([value]);
  }
  if (type === 'DivioId' || (typeof type === 'object' && 'ref' in type)) return filters.ids(key, many);
  if (typeof type === 'object') return filters.choices(key, type.values, many);
  return filters.strings(key, many);
}

function filterPredicates(ctx: RouteContext, resource: ResourceDescription): Array<(record: WireRecord) => boolean> {
  const filters = new Filters(ctx.query);
  const own = hooksOf(resource.group).filters ?? {};
  const predicates: Array<(record: WireRecord) => boolean> = [];
  // `argument` filters are orderings, which no described group takes; DRF ignores what it does not know.
  for (const spec of (resource.filters ?? []).filter((candidate) => candidate.argument !== true)) {
    const wanted = readFilter(filters, spec);
    const hook = own[spec.key];
    if (wanted === undefined) continue;
    predicates.push(
      hook === undefined ? (record) => matches(valueOf(ctx, resource.group, record, spec.key), wanted) : (record) => hook(ctx, record, wanted),
    );
  }
  filters.check();
  return predicates;
}

/** The documented order (the description's, else the group's); unset values last; ties keep insertion order. */
function comparator(resource: ResourceDescription): ((a: WireRecord, b: WireRecord) => number) | undefined {
  const order = resource.order ?? hooksOf(resource.group).order;
  if (order === undefined) return undefined;
  const isTime = resource.fields.some((field) => field.key === order.key && field.type === 'DateTime');
  const rank = (record: WireRecord): string | number | undefined => {
    const value = record[order.key];
    if (isTime && typeof value === 'string') return Date.parse(value);
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  };
  const sign = order.descending ? -1 : 1;
  return (a, b) => {
    const [x, y] = [rank(a), rank(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return x === y ? 0 : sign * (x < y ? -1 : 1);
  };
}

function list(resource: ResourceDescription): Handler {
  const compare = comparator(resource);
  return (ctx) => {
    const predicates = filterPredicates(ctx, resource);
    const { resources } = ctx.store;
    const records = resources
      .all(resource.group)
      .filter((record) => resources.visible(ctx.user, resource.group, record.uuid) !== undefined)
      .filter((record) => predicates.every((predicate) => predicate(record)));
    if (compare !== undefined) records.sort(compare);
    const page = paginate(records, ctx.query, ctx.requestUrl, ctx.paging);
    return ok({ ...page, results: page.results.map((record) => present(resource, record)) });
  };
}

function create(resource: ResourceDescription, specs: readonly InputSpec[]): Handler {
  const hooks = hooksOf(resource.group);
  const replyKeys = hooks.createReply ?? ['uuid', ...specs.map((spec) => spec.key)];
  return (ctx) => {
    const errors = new FieldErrors();
    const input = readInputs(specs, ctx.body, errors, rules(ctx, isRequired));
    // As DRF's validate(): rules across fields run once every field is valid.
    errors.throwIfAny();
    hooks.validate?.(ctx, input, errors);
    errors.throwIfAny();
    const record: WireRecord = { uuid: newResourceId() };
    for (const field of resource.fields) record[field.key] = input[field.key] ?? null;
    ctx.store.resources.add(resource.group, record);
    hooks.created?.(ctx, record, input);
    return created(shortReply(resource, replyKeys, record, input));
  };
}

function update(resource: ResourceDescription, specs: readonly InputSpec[], partial: boolean): Handler {
  const hooks = hooksOf(resource.group);
  const replyKeys = hooks.updateReply ?? ['uuid', ...specs.map((spec) => spec.key)];
  const required = new Set(partial ? [] : (hooks.putRequires ?? []));
  const fieldKeys = new Set(resource.fields.map((field) => field.key));
  return (ctx) => {
    const record = subject(ctx, resource.group);
    const errors = new FieldErrors();
    const input = readInputs(specs, ctx.body, errors, rules(ctx, (spec) => required.has(spec.key)));
    errors.throwIfAny();
    hooks.validate?.(ctx, input, errors, record);
    errors.throwIfAny();
    for (const [key, value] of Object.entries(input)) if (fieldKeys.has(key)) record[key] = value;
    hooks.updated?.(ctx, record, input);
    return ok(shortReply(resource, replyKeys, record, input));
  };
}

function destroy(resource: ResourceDescription): Handler {
  return (ctx) => {
    const record = subject(ctx, resource.group);
    hooksOf(resource.group).destroying?.(ctx, record);
    ctx.store.resources.remove(resource.group, record.uuid);
    return noContent();
  };
}

/** An action nothing more is known of: it is accepted and answers an empty object. */
const acknowledge: ActionHandler = () => ok({});

function action(resource: ResourceDescription, spec: ActionSpec): Handler {
  const run = hooksOf(resource.group).actions?.[spec.path] ?? acknowledge;
  return (ctx) => {
    const record = spec.onCollection === true ? null : subject(ctx, resource.group);
    const errors = new FieldErrors();
    const input = readInputs(spec.input ?? [], ctx.body, errors, rules(ctx, isRequired));
    errors.throwIfAny();
    return run(ctx, record, input);
  };
}

function routesOf(resource: ResourceDescription): Route[] {
  const base = `${API_PREFIX}${resource.group}/`;
  const { operations } = resource;
  const collection: Route = { pattern: base, methods: {} };
  const detail: Route = { pattern: `${base}:uuid/`, methods: {} };
  if (operations.list !== undefined) collection.methods.GET = list(resource);
  if (operations.create !== undefined && resource.create !== undefined) collection.methods.POST = create(resource, resource.create);
  if (operations.get !== undefined) detail.methods.GET = (ctx) => ok(present(resource, subject(ctx, resource.group)));
  if (resource.update !== undefined) {
    detail.methods.PUT = update(resource, resource.update, false);
    detail.methods.PATCH = update(resource, resource.update, true);
  }
  if (operations.destroy !== undefined) detail.methods.DELETE = destroy(resource);
  // One route per path: an action and a view (or two actions) may share it under other methods.
  const byPattern = new Map<string, Route>();
  const add = (pattern: string, method: 'GET' | 'POST' | 'DELETE', handler: Handler) => {
    const route = byPattern.get(pattern) ?? { pattern, methods: {} };
    route.methods[method] = handler;
    byPattern.set(pattern, route);
  };
  for (const spec of resource.actions ?? []) {
    const argument = spec.pathArgument === undefined ? '' : ':arg/';
    add(spec.onCollection === true ? `${base}${spec.path}/` : `${base}:uuid/${spec.path}/${argument}`, spec.method ?? 'POST', action(resource, spec));
  }
  for (const view of resource.views ?? []) {
    const answer = hooksOf(resource.group).views?.[view.path];
    if (answer === undefined) throw new Error(`The simulator has no answer for the view ${view.operation} of ${resource.group}`);
    add(`${base}:uuid/${view.path}/`, 'GET', (ctx) => answer(ctx, subject(ctx, resource.group)));
  }
  const actions = [...byPattern.values()];
  // Collection actions (`backups/upload/`) come before the detail route, which would take `upload` for an id.
  const onCollection = actions.filter((route) => !route.pattern.includes(':uuid'));
  const onObject = actions.filter((route) => route.pattern.includes(':uuid'));
  return [collection, ...onCollection, detail, ...onObject].filter((route) => Object.keys(route.methods).length > 0);
}

/** The routes of every described group the simulator does not hand-write. */
export function resourceRoutes(descriptions: readonly ResourceDescription[]): Route[] {
  return describedGroups(descriptions).flatMap(routesOf);
}
