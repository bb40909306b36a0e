/**
 * Lists of the interpreter: every declared filter read from the query (a fact the record does not
 * hold is read off its owners: a deployment's application, an environment's organisation), the
 * requested ordering (`o`) or the documented one, DRF paging, and each record as answered.
 */
import { paginate } from '../core/paging.js';
import type { EnumType, FilterSpec, ResourceDescription } from '../../resources/types.js';
import { ok, type Handler, type RouteContext } from './context.js';
import { Filters } from './filters.js';
import type { WireRecord } from './records.js';
import { hooksOf, present } from './resources-registry.js';

type Predicate = (record: WireRecord) => boolean;
type Compare = (a: WireRecord, b: WireRecord) => number;

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

/** Orders by one key: date-times as instants, unset values last; ties keep insertion order. */
function orderBy(resource: ResourceDescription, key: string, descending: boolean): Compare {
  const isTime = resource.fields.some((field) => field.key === key && field.type === 'DateTime');
  const rank = (record: WireRecord): string | number | undefined => {
    const value = record[key];
    if (isTime && typeof value === 'string') return Date.parse(value);
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  };
  const sign = descending ? -1 : 1;
  return (a, b) => {
    const [x, y] = [rank(a), rank(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return x === y ? 0 : sign * (x < y ? -1 : 1);
  };
}

/** OrderingFilter's fields (`-name` is descending), in the order given; later ones break earlier ties. */
function ordering(filters: Filters, resource: ResourceDescription, spec: FilterSpec): Compare[] {
  const allowed = (spec.type as EnumType).values;
  return filters.ordering(spec.key, allowed).map((field) => orderBy(resource, field.replace(/^-/, ''), field.startsWith('-')));
}

function readQuery(ctx: RouteContext, resource: ResourceDescription): { predicates: Predicate[]; order: Compare[] } {
  const filters = new Filters(ctx.query);
  const own = hooksOf(resource.group).filters ?? {};
  const predicates: Predicate[] = [];
  let order: Compare[] = [];
  for (const spec of resource.filters ?? []) {
    if (spec.argument === true) {
      order = ordering(filters, resource, spec);
      continue;
    }
    const wanted = readFilter(filters, spec);
    const hook = own[spec.key];
    if (wanted === undefined) continue;
    const fact = (record: WireRecord) => (spec.key in record ? record[spec.key] : ctx.owners.inherited(resource.group, record, spec.key));
    predicates.push(hook === undefined ? (record) => matches(fact(record), wanted) : (record) => hook(ctx, record, wanted));
  }
  filters.check();
  const documented = resource.order ?? hooksOf(resource.group).order;
  if (order.length === 0 && documented !== undefined) order = [orderBy(resource, documented.key, documented.descending)];
  return { predicates, order };
}

/** The group's records the user sees that the request's query (the list's filters and ordering) selects, in order. */
export function matching(ctx: RouteContext, resource: ResourceDescription): WireRecord[] {
  const { predicates, order } = readQuery(ctx, resource);
  const records = ctx.store
    .all(resource.group)
    .filter((record) => ctx.owners.visible(ctx.user, resource.group, record.uuid) !== undefined)
    .filter((record) => predicates.every((predicate) => predicate(record)));
  return records.sort((a, b) => order.reduce((result, compare) => result || compare(a, b), 0));
}

export function list(resource: ResourceDescription): Handler {
  return (ctx) => {
    const records = matching(ctx, resource);
    const page = paginate(records, ctx.query, ctx.requestUrl, ctx.paging);
    return ok({ ...page, results: page.results.map((record) => present(ctx, resource, record, 'list')) });
  };
}
