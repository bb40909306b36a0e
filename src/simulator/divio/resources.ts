/**
 * The simulator interpreter of resource descriptions: from each group's description it builds the
 * DRF routes (paged and filtered list, detail, create, PUT/PATCH, DELETE, actions, views) over the
 * shared record store, validating writes from the InputSpecs and scoping every answer to the
 * token's organisations. What is not generic comes from the groups' hooks (resources-registry.ts).
 */
import type { ActionSpec, InputSpec, ResourceDescription } from '../../resources/types.js';
import { created, noContent, ok, orNotFound, type Handler, type Route, type RouteContext } from './context.js';
import { newId } from './ids.js';
import type { WireRecord } from './records.js';
import type { ActionHandler } from './resources-hooks.js';
import { readInputs, type Input, type InputRules } from './resources-input.js';
import { list, matching } from './resources-list.js';
import { hooksOf, present } from './resources-registry.js';
import { FieldErrors } from './validation.js';

const API_PREFIX = '/apps/v3/';

function rules(ctx: RouteContext, required: (spec: InputSpec) => boolean): InputRules {
  return {
    required,
    exists: (type, id) => {
      const group = ctx.owners.groupOf(type);
      return group !== undefined && ctx.owners.visible(ctx.user, group, id) !== undefined;
    },
  };
}

const isRequired = (spec: InputSpec): boolean => spec.required === true;

/** A write's short answer: the given keys, from the record as answered, its hidden keys, then the input. */
function shortReply(ctx: RouteContext, resource: ResourceDescription, keys: readonly string[], record: WireRecord, input: Input) {
  const source: Record<string, unknown> = { ...input, ...record, ...present(ctx, resource, record, 'list') };
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? null]));
}

const subject = (ctx: RouteContext, group: string): WireRecord => orNotFound(ctx.owners.visible(ctx.user, group, ctx.uuid));

/** Reads and checks a write's body: field by field, then (as DRF's validate()) the rules across fields. */
function validated(ctx: RouteContext, resource: ResourceDescription, specs: readonly InputSpec[], required: (spec: InputSpec) => boolean, record?: WireRecord): Input {
  const errors = new FieldErrors();
  const input = readInputs(specs, ctx.body, errors, rules(ctx, required));
  errors.throwIfAny();
  hooksOf(resource.group).validate?.(ctx, input, errors, record);
  errors.throwIfAny();
  return input;
}

function create(resource: ResourceDescription, specs: readonly InputSpec[]): Handler {
  const hooks = hooksOf(resource.group);
  const replyKeys = hooks.createReply ?? ['uuid', ...specs.map((spec) => spec.key)];
  return (ctx) => {
    const input = validated(ctx, resource, specs, isRequired);
    const record: WireRecord = { uuid: newId() };
    for (const field of resource.fields) record[field.key] = input[field.key] ?? null;
    ctx.store.add(resource.group, record);
    hooks.created?.(ctx, record, input);
    return created(shortReply(ctx, resource, replyKeys, record, input));
  };
}

function update(resource: ResourceDescription, specs: readonly InputSpec[], partial: boolean): Handler {
  const hooks = hooksOf(resource.group);
  const replyKeys = hooks.updateReply ?? ['uuid', ...specs.map((spec) => spec.key)];
  const required = new Set(partial ? [] : (hooks.putRequires ?? []));
  const fieldKeys = new Set(resource.fields.map((field) => field.key));
  return (ctx) => {
    const record = subject(ctx, resource.group);
    const input = validated(ctx, resource, specs, (spec) => required.has(spec.key), record);
    for (const [key, value] of Object.entries(input)) if (fieldKeys.has(key)) record[key] = value;
    hooks.updated?.(ctx, record, input);
    return ok(shortReply(ctx, resource, replyKeys, record, input));
  };
}

function destroy(resource: ResourceDescription): Handler {
  return (ctx) => {
    const record = subject(ctx, resource.group);
    hooksOf(resource.group).destroying?.(ctx, record);
    ctx.store.remove(resource.group, record.uuid);
    return noContent();
  };
}

/** An action nothing more is known of: it is accepted and answers an empty object. */
const acknowledge: ActionHandler = () => ok({});

function action(resource: ResourceDescription, spec: ActionSpec): Handler {
  const actions = hooksOf(resource.group).actions ?? {};
  // By operation where one path carries two (an upload and a delete of the same image).
  const run = actions[spec.operation] ?? actions[spec.path] ?? acknowledge;
  return (ctx) => {
    const record = spec.onCollection === true ? null : subject(ctx, resource.group);
    const errors = new FieldErrors();
    const input = readInputs(spec.input ?? [], ctx.body, errors, rules(ctx, isRequired));
    errors.throwIfAny();
    return run(ctx, record, input, (selected) => matching(ctx, selected));
  };
}

/** The collection and detail routes of the group's CRUD operations. */
function crudRoutes(resource: ResourceDescription): { collection: Route; detail: Route } {
  const base = `${API_PREFIX}${resource.group}/`;
  const { operations } = resource;
  const collection: Route = { pattern: base, methods: {} };
  const detail: Route = { pattern: `${base}:uuid/`, methods: {} };
  if (operations.list !== undefined) collection.methods.GET = list(resource);
  if (operations.create !== undefined && resource.create !== undefined) collection.methods.POST = create(resource, resource.create);
  if (operations.get !== undefined) detail.methods.GET = (ctx) => ok(present(ctx, resource, subject(ctx, resource.group), 'detail'));
  // PUT and PATCH as the seed offers them: a deployment takes only PATCH.
  if (resource.update !== undefined && operations.update !== undefined) detail.methods.PUT = update(resource, resource.update, false);
  if (resource.update !== undefined && (operations.partialUpdate ?? operations.update) !== undefined) {
    detail.methods.PATCH = update(resource, resource.update, true);
  }
  if (operations.destroy !== undefined) detail.methods.DELETE = destroy(resource);
  return { collection, detail };
}

/** One route per path: an action and a view (or two actions) may share it under other methods. */
function subRoutes(resource: ResourceDescription): Route[] {
  const base = `${API_PREFIX}${resource.group}/`;
  const byPattern = new Map<string, Route>();
  const add = (pattern: string, method: 'GET' | 'POST' | 'DELETE' | 'PATCH' | 'PUT', handler: Handler) => {
    const route = byPattern.get(pattern) ?? { pattern, methods: {} };
    route.methods[method] = handler;
    byPattern.set(pattern, route);
  };
  for (const spec of resource.actions ?? []) {
    const argument = spec.pathArgument === undefined ? '' : ':arg/';
    add(spec.onCollection === true ? `${base}${spec.path}/` : `${base}:uuid/${spec.path}/${argument}`, spec.method ?? 'POST', action(resource, spec));
  }
  const views = hooksOf(resource.group).views ?? {};
  for (const view of resource.views ?? []) {
    if (views[view.path] === undefined) throw new Error(`The simulator has no answer for the view ${view.operation} of ${resource.group}`);
  }
  for (const [path, answer] of Object.entries(views)) add(`${base}:uuid/${path}/`, 'GET', (ctx) => answer(ctx, subject(ctx, resource.group)));
  return [...byPattern.values()];
}

function routesOf(resource: ResourceDescription): Route[] {
  const { collection, detail } = crudRoutes(resource);
  const actions = subRoutes(resource);
  // Collection actions (`backups/upload/`) come before the detail route, which would take `upload` for an id.
  const onCollection = actions.filter((route) => !route.pattern.includes(':uuid'));
  const onObject = actions.filter((route) => route.pattern.includes(':uuid'));
  return [collection, ...onCollection, detail, ...onObject].filter((route) => Object.keys(route.methods).length > 0);
}

/** The routes of every described group. */
export function resourceRoutes(descriptions: readonly ResourceDescription[]): Route[] {
  return descriptions.flatMap(routesOf);
}
