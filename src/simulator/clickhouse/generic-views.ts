/**
 * The generic behaviours of views, view writes and actions (generic.ts has the collections').
 * A view answers its object's stored value, or the spec's default for it; a view that can be
 * deleted exists only once written (its GET and PATCH are 404s before a POST or PUT, and after a
 * DELETE). POST and PUT replace the value, PATCH merges into it. A text view answers empty text
 * unless a behaviour says more. A state command moves the object through its state machine
 * (machines.ts); another command answering its object merges the body into the member it is named
 * for (a ClickPipe's `/scaling` into its `scaling`) or into the object; any other action (a
 * collection's too) answers the spec's result with the body's members where they fit.
 */
import { specOperation } from '../../resources/clickhouse/spec.js';
import type { ViewSpec } from '../../resources/types.js';
import { notFound } from '../core/error.js';
import { TextResult, type OperationContext } from './context.js';
import { isoSeconds } from './dto.js';
import { answer, pathIds, specOf } from './generic.js';
import { hasCommands, runCommand } from './machines.js';
import type { StoredObject } from './objects.js';
import { isJson, memberNames, objectSchemaOf, sameSchema, shapeTo, specValue, type Json } from './spec-values.js';

const deletable = (view: ViewSpec): boolean => (view.writes ?? []).some((write) => write.method === 'DELETE');
const camel = (segment: string): string => segment.replace(/[-_]([a-z])/g, (_, char: string) => char.toUpperCase());

function viewOf(ctx: OperationContext): ViewSpec {
  const { role } = ctx.endpoint;
  if (role.kind !== 'view' && role.kind !== 'write') throw new Error(`${ctx.endpoint.operation} is not a view's operation`);
  return role.view;
}

/** Where a view's value is filed: under the view's path and its object's ids. */
export function viewPlace(ctx: OperationContext, view: ViewSpec = viewOf(ctx)): Pick<StoredObject, 'path' | 'ids'> {
  const { resource } = ctx.endpoint;
  return { path: `${resource.path ?? resource.group}/{${resource.idParam}}/${view.path}`, ids: pathIds(ctx) };
}

const absent = (ctx: OperationContext, view: ViewSpec) =>
  notFound(`${ctx.endpoint.resource.type} ${pathIds(ctx).at(-1)} has no ${view.field} (create it first)`);

/** The view's value now: stored, else its default, else (a view that can be deleted) none. */
export function viewValue(ctx: OperationContext, view: ViewSpec = viewOf(ctx)): unknown {
  const place = viewPlace(ctx, view);
  const stored = ctx.objects.get(place.path, place.ids);
  if (stored) return stored.value;
  return deletable(view) ? undefined : specValue(specOperation(view.operation).result ?? {}, ctx.now, { fill: true });
}

export function readView(ctx: OperationContext): unknown {
  const view = viewOf(ctx);
  if (specOf(ctx).text) return new TextResult('text/plain; charset=utf-8', '');
  const value = viewValue(ctx, view);
  if (value === undefined) throw absent(ctx, view);
  return answer(ctx, value);
}

/** Files a view's value (shaped as its GET answers it) and answers it as the write's result. */
export function storeView(ctx: OperationContext, value: Json, view: ViewSpec = viewOf(ctx)): unknown {
  const shaped = shapeTo(value, specOperation(view.operation).result ?? {}, ctx.now) as Json;
  ctx.objects.put({ ...viewPlace(ctx, view), value: shaped });
  return answer(ctx, shaped);
}

export function writeView(ctx: OperationContext): unknown {
  const view = viewOf(ctx);
  const current = viewValue(ctx, view);
  if (ctx.endpoint.method === 'DELETE') {
    if (current === undefined) throw absent(ctx, view);
    const place = viewPlace(ctx, view);
    ctx.objects.remove(place.path, place.ids);
    return undefined;
  }
  if (ctx.endpoint.method === 'PATCH' && current === undefined) throw absent(ctx, view);
  const base = ctx.endpoint.method === 'PATCH' ? current : specValue(specOperation(view.operation).result ?? {}, ctx.now, { like: ctx.input });
  return storeView(ctx, { ...(isJson(base) ? base : {}), ...ctx.input }, view);
}

function touch(ctx: OperationContext, subject: StoredObject): void {
  if (memberNames(objectSchemaOf(ctx.endpoint.resource)).includes('updatedAt')) subject.value.updatedAt = isoSeconds(ctx.now);
}

export function actOn(ctx: OperationContext): unknown {
  const { resource, role } = ctx.endpoint;
  if (role.kind !== 'action') throw new Error(`${ctx.endpoint.operation} is not an action`);
  const subject = role.action.onCollection === true ? undefined : ctx.stored[resource.type];
  const result = specOf(ctx).result;
  if (subject && role.action.fixedBody?.command !== undefined && hasCommands(resource.type)) {
    runCommand(ctx, resource.type, subject, String(ctx.input.command));
    touch(ctx, subject);
    return answer(ctx, subject.value);
  }
  if (subject && sameSchema(result, objectSchemaOf(resource))) {
    const member = camel(role.action.path);
    const held = subject.value[member];
    if (memberNames(objectSchemaOf(resource)).includes(member)) subject.value[member] = { ...(isJson(held) ? held : {}), ...ctx.input };
    else Object.assign(subject.value, ctx.input);
    touch(ctx, subject);
    return answer(ctx, subject.value);
  }
  if (result === undefined) return undefined;
  const base = specValue(result, ctx.now, { like: ctx.input, fill: true });
  return answer(ctx, isJson(base) ? { ...base, ...ctx.input } : base);
}
